"""The import step that adds what is known about a call beyond its recording: the file-name
conventions of telephone systems (reviewer.importers.filenames) and the batch's CSV sidecar
(reviewer.importers.sidecar). Called by the import service for every imported conversation."""

from __future__ import annotations

from pathlib import Path

from reviewer.domain import Conversation
from reviewer.importers.base import ImportOptions
from reviewer.importers.filenames import CallDetails, details_from_name


def apply_call_details(conversation: Conversation, path: Path, options: ImportOptions, recording: bool) -> None:
    """Fill the start time, employee and metadata["call"] (direction, customer number, agent
    extension) from the file name (recordings only) and the sidecar row for this file (which wins,
    and names the employee even over the batch's). Still without an employee (none for the
    batch, none in the sidecar), the call gets the one its agent extension belongs to
    (``options.extensions``)."""
    found: list[CallDetails] = []
    if recording:
        named = details_from_name(path.name)
        if named is not None:
            found.append(named)
    sidecar = getattr(options, "sidecar", None)
    row = sidecar.details_for(path) if sidecar is not None else None
    if row is not None:
        found.append(row)
    if not found:
        return
    call = dict(conversation.metadata.get("call") or {})
    for details in found:  # later ones (the sidecar) win
        if details.started_at:
            conversation.started_at = details.started_at
        if details.employee:
            conversation.employee = details.employee
        call.update(details.metadata())
    if row is not None and len(found) > 1:
        call["named_by"] = f"{found[0].system}, sidecar"
    extension = call.get("agent_extension")
    owner = (getattr(options, "extensions", None) or {}).get(extension) if extension else None
    if owner and not conversation.employee:
        conversation.employee = owner
        call["employee_from"] = "agent extension"
    conversation.metadata = {**conversation.metadata, "call": call}

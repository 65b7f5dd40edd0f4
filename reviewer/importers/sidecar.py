"""A CSV sidecar: what a telephone system's export knows about each recording, one row per file.

    file,employee,started_at,direction,customer_number
    out-0291234567-201-20261120-143012-1763649012.77.wav,Anna Ivanova,2026-11-20T14:30:12,outbound,+37129123456

Given with ``reviewer import --sidecar FILE.csv`` (or chosen in the import dialog). Column names
are matched in any letter case, spaces or underscores alike ("Customer number"), with a few aliases (``filename``, ``agent``, ``start``, ``phone``…);
only ``file`` is required. ``file`` is the recording's name, or its path relative to the CSV.
Comma, semicolon or tab separated; UTF-8 (with or without BOM) or the encodings chat exports use.
A sidecar with a problem is refused whole, naming the file, line and problem, before anything is
imported.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from reviewer.importers.filenames import INBOUND, INTERNAL, OUTBOUND, CallDetails

_COLUMNS = {
    "file": ("file", "filename", "file_name", "recording", "path", "файл", "fails"),
    "employee": ("employee", "agent", "agent_name", "operator", "сотрудник", "оператор", "darbinieks"),
    "started_at": ("started_at", "start", "started", "start_time", "datetime", "date", "call_time",
                   "время", "дата", "laiks", "datums"),
    "direction": ("direction", "call_direction", "type", "направление", "virziens"),
    "customer_number": ("customer_number", "customer", "phone", "number", "caller", "caller_number",
                        "customer_phone", "телефон", "номер", "tālrunis"),
    "agent_extension": ("agent_extension", "extension", "ext"),
}
_DIRECTIONS = {
    INBOUND: ("in", "inbound", "incoming", "входящий", "вх", "ienākošais"),
    OUTBOUND: ("out", "outbound", "outgoing", "исходящий", "исх", "izejošais"),
    INTERNAL: ("internal", "внутренний", "iekšējais"),
}
_DATE_FORMATS = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
                 "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M")


class SidecarError(Exception):
    """The sidecar cannot be used; the message names the file, the line and the problem."""


class Sidecar:
    def __init__(self, path: Path, rows: dict[str, CallDetails]):
        self.path = path
        self._rows = rows  # file name, or resolved path, -> details

    def __len__(self) -> int:
        return len(self._rows)

    def details_for(self, recording: Path) -> CallDetails | None:
        try:
            resolved = str(recording.resolve())
        except OSError:
            resolved = ""
        return self._rows.get(resolved) or self._rows.get(recording.name)


def _started_at(value: str) -> str | None:
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
        for fmt in _DATE_FORMATS:
            try:
                moment = datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if moment is None:
        return None
    return moment.isoformat(timespec="seconds")


def _direction(value: str) -> str | None:
    folded = value.strip().casefold()
    for direction, words in _DIRECTIONS.items():
        if folded in words:
            return direction
    return None


def load(path: str | Path) -> Sidecar:
    from reviewer.importers.textio import read_text

    path = Path(path)
    try:
        text = read_text(path)
    except OSError as exc:
        raise SidecarError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except Exception as exc:  # an encoding nobody can read
        raise SidecarError(f"{path}: cannot read as text: {exc}") from None
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise SidecarError(f"{path}: empty, expected a header row with a 'file' column")
    names = ["_".join(h.strip().casefold().replace("-", " ").split()) for h in header]
    where: dict[str, int] = {}
    for field, aliases in _COLUMNS.items():
        for alias in aliases:
            if alias in names:
                where[field] = names.index(alias)
                break
    if "file" not in where:
        raise SidecarError(f"{path}:1: no 'file' column (found: {', '.join(header)})")
    rows: dict[str, CallDetails] = {}
    for line, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(field: str) -> str:
            index = where.get(field)
            return row[index].strip() if index is not None and index < len(row) else ""

        name = cell("file")
        if not name:
            raise SidecarError(f"{path}:{line}: the file column is empty")
        details = CallDetails(system="sidecar")
        details.employee = " ".join(cell("employee").split()) or None
        if cell("started_at"):
            details.started_at = _started_at(cell("started_at"))
            if details.started_at is None:
                raise SidecarError(f"{path}:{line}: started_at {cell('started_at')!r} is not a date and time"
                                   " (for example 2026-11-20T14:30:12 or 20.11.2026 14:30)")
        if cell("direction"):
            details.direction = _direction(cell("direction"))
            if details.direction is None:
                raise SidecarError(f"{path}:{line}: direction {cell('direction')!r} is not one of"
                                   " inbound, outbound, internal")
        details.customer_number = cell("customer_number") or None
        details.agent_extension = cell("agent_extension") or None
        key = str((path.parent / name).resolve()) if ("/" in name or "\\" in name) else name
        if key in rows:
            raise SidecarError(f"{path}:{line}: {name!r} is listed twice")
        rows[key] = details
    return Sidecar(path, rows)

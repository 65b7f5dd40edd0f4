"""Saving and loading visits and test calls with their photos and audio (``library.visits``).

A visit is a conversation (so the library, reviews and reports show it like any other) plus a
``visits`` row with what the shopper logged. Its first audio becomes the conversation's
recording, waiting for transcription like an imported call. Files are copied into the library
atomically before their row is committed; when the row cannot be committed the new file is
removed again, so a failed attachment leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import uuid
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from reviewer.domain import Channel, Conversation, ConversationStatus
from reviewer.domain.visit import (
    Attachment,
    AttachmentError,
    AttachmentKind,
    Persona,
    Visit,
    VisitError,
    is_late,
    normalize_time,
)
from reviewer.storage import attachments as rows
from reviewer.storage.recordings import sha256_of
from reviewer.storage.attachments import AttachmentFiles, now_utc

if TYPE_CHECKING:
    from reviewer.storage.library import Library

#: Recordings being made are written here (inside the library), then stored under their hash.
IN_PROGRESS_DIR = "in-progress"
_IN_PROGRESS_NAME = re.compile(r"^visit-(\d+)-.*\.wav$")
SOURCE_FORMAT = "visit"

_COLUMNS = (
    "v.conversation_id, c.channel, v.visited_at, v.branch, v.address, e.name, v.employee_description,"
    " v.scenario, v.persona, v.persona_custom, v.wait_ms, v.length_ms, v.notes, v.shopper"
)
_FROM = (
    "visits v JOIN conversations c ON c.id = v.conversation_id LEFT JOIN employees e ON e.id = c.employee_id"
)


def _clean(text: str | None) -> str:
    return (text or "").strip()


def _recording_name(path: Path) -> str:
    """The attachment name, such as "Recording 2026-11-24 14:05.wav", from the in-progress file name."""
    match = re.search(r"-(\d{8}-\d{6})", path.stem)
    try:
        started = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") if match else datetime.now()
    except ValueError:
        started = datetime.now()
    return f"Recording {started.strftime('%Y-%m-%d %H:%M')}.wav"


class VisitRepository:
    def __init__(self, library: "Library"):
        self._library = library
        self.files = AttachmentFiles(library.root, library.recordings)

    @property
    def _conn(self):
        return self._library.conn

    @property
    def in_progress_dir(self) -> Path:
        return self._library.root / IN_PROGRESS_DIR

    # Visits -------------------------------------------------------------------------------

    def create(self, visit: Visit, *, source_name: str | None = None) -> int:
        """Store a new visit as a conversation; returns its id (also set on ``visit``).

        ``visit.attachments`` are not stored here: add files with add_attachment."""
        visit.check()
        visit.visited_at = normalize_time(visit.visited_at, "visited_at")
        lib = self._library
        now = now_utc()
        with lib.transaction() as conn:
            conversation = Conversation(
                channel=Channel(visit.channel),
                source_name=source_name or ("test call form" if visit.is_test_call else "visit form"),
                source_format=SOURCE_FORMAT,
                # No file behind a visit: a random identity keeps the (sha256, key) pair unique.
                source_sha256=hashlib.sha256(uuid.uuid4().bytes).hexdigest(),
                employee=_clean(visit.employee) or None,
                started_at=visit.visited_at.strip(),
                duration_ms=visit.length_ms,
                title=visit.title(),
                status=ConversationStatus.NEW,
            )
            cid = lib.conversations.add(conversation)
            conn.execute(
                "INSERT INTO visits (conversation_id, visited_at, branch, address, employee_description, scenario,"
                " persona, persona_custom, wait_ms, length_ms, notes, shopper, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, *self._values(visit), now, now),
            )
        visit.conversation_id = cid
        return cid

    @staticmethod
    def _values(visit: Visit) -> tuple:
        return (
            visit.visited_at.strip(),
            _clean(visit.branch),
            _clean(visit.address),
            _clean(visit.employee_description),
            visit.scenario.strip(),
            str(Persona(visit.persona)) if visit.persona is not None else None,
            _clean(visit.persona_custom) if visit.persona == Persona.CUSTOM else "",
            visit.wait_ms,
            visit.length_ms,
            visit.notes.strip(),
            _clean(visit.shopper),
        )

    def update(self, conversation_id: int, visit: Visit) -> None:
        """Replace what was logged about a visit (its attachments are changed on their own)."""
        visit.check()
        visit.visited_at = normalize_time(visit.visited_at, "visited_at")
        lib = self._library
        with lib.transaction() as conn:
            row = conn.execute(
                "SELECT c.recording_path FROM visits v JOIN conversations c ON c.id = v.conversation_id"
                " WHERE v.conversation_id = ?",
                (conversation_id,),
            ).fetchone()
            if row is None:
                raise VisitError(f"no visit {conversation_id}")
            conn.execute(
                "UPDATE visits SET visited_at = ?, branch = ?, address = ?, employee_description = ?, scenario = ?,"
                " persona = ?, persona_custom = ?, wait_ms = ?, length_ms = ?, notes = ?, shopper = ?, updated_at = ?"
                " WHERE conversation_id = ?",
                (*self._values(visit), now_utc(), conversation_id),
            )
            fields = dict(
                channel=str(Channel(visit.channel)),
                employee=_clean(visit.employee) or None,
                started_at=visit.visited_at.strip(),
                title=visit.title(),
            )
            if row[0] is None:  # with a recording, the conversation lasts as long as the recording
                fields["duration_ms"] = visit.length_ms
            lib.conversations.update(conversation_id, **fields)
        visit.conversation_id = conversation_id

    def get(self, conversation_id: int) -> Visit | None:
        found = self.get_many([conversation_id])
        return found.get(conversation_id)

    def get_many(self, conversation_ids: Iterable[int], *, with_attachments: bool = True) -> dict[int, Visit]:
        """Conversation id -> visit, for those of the ids that are visits."""
        ids = sorted(set(conversation_ids))
        visits: dict[int, Visit] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE v.conversation_id IN ({marks})", chunk):
                (cid, channel, visited_at, branch, address, employee, description, scenario, persona,
                 persona_custom, wait_ms, length_ms, notes, shopper) = row
                visits[cid] = Visit(
                    channel=Channel(channel),
                    visited_at=visited_at,
                    branch=branch,
                    address=address,
                    employee=employee,
                    employee_description=description,
                    scenario=scenario,
                    persona=Persona(persona) if persona else None,
                    persona_custom=persona_custom,
                    wait_ms=wait_ms,
                    length_ms=length_ms,
                    notes=notes,
                    shopper=shopper,
                    conversation_id=cid,
                )
        if with_attachments and visits:
            for cid, found in rows.of_conversations(self._conn, list(visits)).items():
                visits[cid].attachments = found
        return visits

    def is_visit(self, conversation_id: int) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM visits WHERE conversation_id = ?", (conversation_id,)
        ).fetchone() is not None

    # Lateness ------------------------------------------------------------------------------

    def first_submitted_at(self, conversation_id: int) -> str | None:
        """When a review of this visit was first submitted (ISO 8601 UTC), or None."""
        row = self._conn.execute(
            "SELECT MIN(h.at) FROM review_history h JOIN reviews r ON r.id = h.review_id"
            " WHERE r.conversation_id = ? AND h.action = 'submit'",
            (conversation_id,),
        ).fetchone()
        return row[0] if row else None

    def late_of(self, conversation_ids: Iterable[int]) -> set[int]:
        """Of these conversations, the visits whose review was first submitted late (one query
        per 500 ids: the library table asks for a page of rows at a time)."""
        ids = sorted(set(conversation_ids))
        found: set[int] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._conn.execute(
                "SELECT v.conversation_id, v.visited_at, MIN(h.at) FROM visits v"
                " JOIN reviews r ON r.conversation_id = v.conversation_id"
                " JOIN review_history h ON h.review_id = r.id AND h.action = 'submit'"
                f" WHERE v.conversation_id IN ({marks}) GROUP BY v.conversation_id",
                chunk,
            )
            for cid, visited_at, submitted in rows:
                try:
                    if is_late(visited_at, submitted):
                        found.add(cid)
                except VisitError:
                    pass
        return found

    def late(self, conversation_id: int) -> bool:
        """Whether the visit's review was first submitted more than 12 hours after the visit;
        False while nothing has been submitted, and for conversations that are not visits."""
        row = self._conn.execute(
            "SELECT visited_at FROM visits WHERE conversation_id = ?", (conversation_id,)
        ).fetchone()
        submitted = self.first_submitted_at(conversation_id)
        if row is None or submitted is None:
            return False
        try:
            return is_late(row[0], submitted)
        except VisitError:
            return False

    # Attachments ----------------------------------------------------------------------------

    def add_attachment(self, conversation_id: int, path: Path, *, name: str | None = None) -> Attachment:
        """Attach a photo or an audio recording, recognised by content. The file is copied into
        the library under its SHA-256; attaching the same file again returns the attachment it
        already is. The visit's first audio becomes its recording, waiting for transcription.
        AttachmentError names the file when it is neither a photo nor a readable recording."""
        from reviewer.visits.media import identify

        path = Path(path)
        self._require_visit(conversation_id)
        media = identify(path)
        try:
            sha = sha256_of(path)
        except OSError as exc:
            raise AttachmentError(f"{path}: cannot read: {exc.strerror or exc}") from None
        existing = rows.find(self._conn, conversation_id, sha)
        if existing is not None:
            return existing
        try:
            relative, created = self.files.add(media.kind, path, sha, media.suffix)
        except OSError as exc:
            raise AttachmentError(f"{path}: cannot copy into the library: {exc.strerror or exc}") from None
        try:
            with self._library.transaction() as conn:
                attachment = rows.insert(
                    conn,
                    conversation_id,
                    Attachment(media.kind, name or path.name, sha, relative, media.taken_at),
                )
                if media.kind is AttachmentKind.AUDIO:
                    self._use_as_recording(conn, conversation_id, relative, media)
        except BaseException:
            if created:
                self.files.absolute(relative).unlink(missing_ok=True)
            raise
        return attachment

    def _require_visit(self, conversation_id: int) -> None:
        if not self.is_visit(conversation_id):
            raise VisitError(f"no visit {conversation_id}")

    def _use_as_recording(self, conn, conversation_id: int, relative: str, media) -> bool:
        """Make the audio the conversation's recording if it has none yet; returns whether it did."""
        recording, status = conn.execute(
            "SELECT recording_path, status FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if recording:
            return False
        # A reviewed visit stays reviewed: transcribing it would replace the turns its review cites.
        new_status = status if status == ConversationStatus.REVIEWED else str(ConversationStatus.NEEDS_TRANSCRIPTION)
        conn.execute(
            "UPDATE conversations SET recording_path = ?, audio_channels = ?, sample_rate = ?, duration_ms = ?,"
            " status = ?, metadata = json_patch(metadata, ?) WHERE id = ?",
            (
                self.files.recording_relative(relative),
                media.channels,
                media.sample_rate,
                media.duration_ms,
                new_status,
                json.dumps({"codec": media.codec, "container": media.container}),
                conversation_id,
            ),
        )
        return True

    def remove_attachment(self, attachment_id: int) -> None:
        """Detach a file; the stored file is deleted when nothing else uses it. The audio that
        is the visit's recording can only be removed before it has been transcribed (turns and
        reviews point into it); another audio attachment then becomes the recording."""
        lib = self._library
        with lib.transaction() as conn:
            found = rows.get(conn, attachment_id)
            if found is None:
                raise VisitError(f"no attachment {attachment_id}")
            cid, attachment = found
            conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            recording = self.files.recording_relative(attachment.path)
            is_recording = recording is not None and conn.execute(
                "SELECT 1 FROM conversations WHERE id = ? AND recording_path = ?", (cid, recording)
            ).fetchone()
            if is_recording:
                turns = conn.execute("SELECT COUNT(*) FROM turns WHERE conversation_id = ?", (cid,)).fetchone()[0]
                if turns:
                    raise VisitError(
                        f"{attachment.name} is the visit's transcribed recording ({turns} turns come from it);"
                        " it cannot be removed"
                    )
                self._replace_recording(conn, cid)
        self.files.remove_if_unused(self._conn, attachment.path)

    def _replace_recording(self, conn, cid: int) -> None:
        """The removed recording's place goes to the next audio attachment, or stays empty."""
        from reviewer.visits.media import identify

        status = conn.execute("SELECT status FROM conversations WHERE id = ?", (cid,)).fetchone()[0]
        conn.execute(
            "UPDATE conversations SET recording_path = NULL, audio_channels = NULL, sample_rate = NULL,"
            " duration_ms = (SELECT length_ms FROM visits WHERE conversation_id = ?), status = ? WHERE id = ?",
            (cid, status if status == ConversationStatus.REVIEWED else str(ConversationStatus.NEW), cid),
        )
        for other in rows.of_conversations(conn, [cid]).get(cid, []):
            if other.kind is AttachmentKind.AUDIO:
                try:
                    media = identify(self.files.absolute(other.path))
                except AttachmentError:
                    continue  # the stored copy went missing or bad: not a recording to transcribe
                self._use_as_recording(conn, cid, other.path, media)
                return

    def remove_unused_files(self, attachments: Iterable[Attachment]) -> None:
        """Delete the stored files of these attachments that nothing refers to any more: after
        an outer transaction that added them was rolled back."""
        for attachment in attachments:
            self.files.remove_if_unused(self._conn, attachment.path)

    # Recording on the device ---------------------------------------------------------------

    def new_recording_path(self, conversation_id: int) -> Path:
        """Where a recording of this visit is written while it is made: inside the library, so
        that a crash keeps it (recover_recordings stores it at the next start)."""
        self._require_visit(conversation_id)
        folder = self.in_progress_dir
        from reviewer.storage.private import private_dir

        private_dir(folder)  # owner-only, like the rest of the library
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in range(1000):
            path = folder / f"visit-{conversation_id}-{stamp}{f'-{n}' if n else ''}.wav"
            if not path.exists():
                return path
        raise VisitError(f"{folder}: too many recordings in progress for visit {conversation_id}")

    def finish_recording(self, conversation_id: int, path: Path) -> Attachment:
        """Store a finished (or recovered) recording under its hash as an audio attachment; it
        becomes the visit's recording if it has none. The file in the in-progress folder is
        deleted once stored; a file elsewhere is left where it is."""
        from reviewer.visits.media import repair_wav_header, wav_without_frames

        path = Path(path)
        in_progress = path.resolve().parent == self.in_progress_dir.resolve()
        if in_progress and path.suffix.lower() == ".wav" and path.is_file():
            repair_wav_header(path)  # a crash leaves the header short of the audio written
        name = _recording_name(path) if in_progress else path.name
        try:
            attachment = self.add_attachment(conversation_id, path, name=name)
        except AttachmentError:
            if in_progress and wav_without_frames(path):
                path.unlink(missing_ok=True)  # nothing was recorded: nothing to keep
                raise AttachmentError(f"{path}: nothing was recorded") from None
            raise
        if in_progress:
            path.unlink(missing_ok=True)
        return attachment

    def recover_recordings(self, *, idle_s: float = 5.0) -> list[int]:
        """Store the recordings a crash left in the in-progress folder; returns the ids of the
        visits that got one. Files written to in the last ``idle_s`` seconds are left alone (a
        recording may be going on in another window). A file that holds no usable audio is
        renamed ``*.unreadable`` so that it is not tried again, and never deleted."""
        folder = self.in_progress_dir
        if not folder.is_dir():
            return []
        recovered = []
        for path in sorted(folder.iterdir()):
            match = _IN_PROGRESS_NAME.match(path.name)
            if not match or not path.is_file():
                continue
            if time.time() - path.stat().st_mtime < idle_s:
                continue
            cid = int(match.group(1))
            if not self.is_visit(cid):
                continue  # the visit was deleted: keep the audio for the user to rescue
            try:
                self.finish_recording(cid, path)
            except AttachmentError:
                if path.exists():  # an empty recording is deleted by finish_recording
                    os.replace(path, path.with_name(path.name + ".unreadable"))
                continue
            recovered.append(cid)
        return recovered

"""Files attached to visits: rows in ``attachments`` and the files, stored under their SHA-256.

Audio goes into the recordings store (``recordings/ab/ab12….wav``), where the transcription and
the player look for a conversation's recording; photos into ``photos/`` beside it. One file may
serve several rows (the same receipt attached to two visits, a recording also imported as a
call), so a file is deleted only when nothing refers to it any more.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from reviewer.domain.visit import Attachment, AttachmentKind
from reviewer.storage.recordings import RecordingStore

PHOTOS_DIR = "photos"
RECORDINGS_DIR = "recordings"

_COLUMNS = "id, kind, name, sha256, path, taken_at, added_at"


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class AttachmentFiles:
    """The two hash stores of a library, addressed by paths relative to the library folder."""

    def __init__(self, root: Path, recordings: RecordingStore):
        self.root = root
        self._stores = {AttachmentKind.AUDIO: (RECORDINGS_DIR, recordings),
                        AttachmentKind.PHOTO: (PHOTOS_DIR, RecordingStore(root / PHOTOS_DIR))}

    def add(self, kind: AttachmentKind, source: Path, sha256: str, suffix: str) -> tuple[str, bool]:
        """Copy source into its store atomically (temp file + rename); returns (path relative
        to the library folder, whether the file was newly created)."""
        folder, store = self._stores[kind]
        relative, created = store.add(source, sha256, suffix)
        return f"{folder}/{relative}", created

    def absolute(self, library_relative: str) -> Path:
        return self.root / library_relative

    @staticmethod
    def recording_relative(library_relative: str) -> str | None:
        """The path as conversations.recording_path has it (relative to recordings/), or None."""
        prefix = RECORDINGS_DIR + "/"
        return library_relative[len(prefix):] if library_relative.startswith(prefix) else None

    def remove_if_unused(self, conn, library_relative: str) -> bool:
        """Delete the file when no attachment and no conversation refers to it; returns whether
        it was deleted. Call it after the transaction that dropped the reference committed."""
        if conn.execute("SELECT 1 FROM attachments WHERE path = ? LIMIT 1", (library_relative,)).fetchone():
            return False
        recording = self.recording_relative(library_relative)
        if recording is not None and conn.execute(
            "SELECT 1 FROM conversations WHERE recording_path = ? LIMIT 1", (recording,)
        ).fetchone():
            return False
        path = self.absolute(library_relative)
        if not path.resolve().is_relative_to(self.root.resolve()):
            return False  # never delete outside the library, whatever a row says
        path.unlink(missing_ok=True)
        return True


def attachment_from_row(row) -> Attachment:
    aid, kind, name, sha, path, taken_at, added_at = row
    return Attachment(AttachmentKind(kind), name, sha, path, taken_at, added_at, aid)


def insert(conn, conversation_id: int, attachment: Attachment) -> Attachment:
    added_at = attachment.added_at or now_utc()
    aid = conn.execute(
        "INSERT INTO attachments (conversation_id, kind, name, sha256, path, taken_at, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (conversation_id, str(attachment.kind), attachment.name, attachment.sha256, attachment.path,
         attachment.taken_at, added_at),
    ).lastrowid
    return Attachment(attachment.kind, attachment.name, attachment.sha256, attachment.path,
                      attachment.taken_at, added_at, aid)


def find(conn, conversation_id: int, sha256: str) -> Attachment | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM attachments WHERE conversation_id = ? AND sha256 = ?", (conversation_id, sha256)
    ).fetchone()
    return attachment_from_row(row) if row else None


def get(conn, attachment_id: int) -> tuple[int, Attachment] | None:
    """(conversation id, attachment) of one row."""
    row = conn.execute(
        f"SELECT conversation_id, {_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,)
    ).fetchone()
    return (row[0], attachment_from_row(row[1:])) if row else None


def of_conversations(conn, ids: list[int]) -> dict[int, list[Attachment]]:
    """Conversation id -> its attachments in the order they were added."""
    found: dict[int, list[Attachment]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            f"SELECT conversation_id, {_COLUMNS} FROM attachments WHERE conversation_id IN ({marks}) ORDER BY id",
            chunk,
        ):
            found.setdefault(row[0], []).append(attachment_from_row(row[1:]))
    return found

"""How many speakers a conversation has, as the reviewer set it (``conversations.speakers``,
m0023): NULL is the default (2 for calls), 0 means detect, N that many."""

from __future__ import annotations

DEFAULT_CALL_SPEAKERS = 2
MAX_SPEAKERS = 8


def stored(library, cid: int) -> int | None:
    row = library.conn.execute("SELECT speakers FROM conversations WHERE id = ?", (cid,)).fetchone()
    return None if row is None else row[0]


def set_stored(library, cid: int, speakers: int | None) -> None:
    """Set the count (None: the default, 0: detect); ValueError for a count out of range."""
    if speakers is not None and not 0 <= speakers <= MAX_SPEAKERS:
        raise ValueError(f"the number of speakers must be between 1 and {MAX_SPEAKERS}, or auto")
    with library.transaction() as conn:
        conn.execute("UPDATE conversations SET speakers = ? WHERE id = ?", (speakers, cid))


def found(library, cid: int) -> int | None:
    """How many speakers separation found: the separated speakers of the call's turns
    (turns.speaker); None for a call never separated (not transcribed yet, two channels, no
    speaker models)."""
    row = library.conn.execute(
        "SELECT COUNT(DISTINCT speaker) FROM turns WHERE conversation_id = ? AND speaker IS NOT NULL", (cid,)
    ).fetchone()
    return row[0] or None


def for_separation(library, cid: int) -> int | None:
    """The count to separate with: N, or None to detect."""
    value = stored(library, cid)
    if value is None:
        return DEFAULT_CALL_SPEAKERS
    return value or None


def parse(text: str) -> int:
    """'auto' -> 0 (detect), '3' -> 3; ValueError with a clear message otherwise."""
    text = text.strip().lower()
    if text in ("auto", "detect"):
        return 0
    try:
        value = int(text)
    except ValueError:
        raise ValueError(f"--speakers: '{text}' is not a number of speakers or 'auto'") from None
    if not 1 <= value <= MAX_SPEAKERS:
        raise ValueError(f"--speakers: the number of speakers must be between 1 and {MAX_SPEAKERS}, or auto")
    return value

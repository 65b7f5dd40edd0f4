"""A reviewer's corrections of turns, with the machine or import original kept beside them.

The corrected text lives in ``turns.text`` (so search, reports and evidence quotes read it, and
the FTS trigger of m0001 re-indexes it); a relabelled turn points to a participant of the new
role. One ``turn_edits`` row per edited turn keeps what the turn was before its first edit, so
reverting is always possible. Deleting the turn (re-transcription) deletes its edit row.
"""

STATEMENTS = [
    """CREATE TABLE turn_edits (
        turn_id INTEGER PRIMARY KEY REFERENCES turns(id) ON DELETE CASCADE,
        original_text TEXT NOT NULL,
        original_participant_id INTEGER NOT NULL REFERENCES participants(id),
        edited_at TEXT NOT NULL,  -- ISO 8601 UTC, the latest edit
        edited_by TEXT  -- reviewer name of the latest edit, when known
    )""",
    # Foreign-key checks on deleting a participant look turn_edits up by this column.
    "CREATE INDEX turn_edits_participant ON turn_edits (original_participant_id)",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

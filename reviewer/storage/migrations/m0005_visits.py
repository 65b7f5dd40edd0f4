"""Mystery-shopper visits and test calls, and the photos and audio attached to them.

A visit is a conversation (channel ``visit``, or ``call`` for a test call); ``visits`` keeps what
the shopper logged beside it. Its employee, channel, time and length live in ``conversations``.
Attachment files are stored under their SHA-256, like imported recordings: photos in
``photos/``, audio in ``recordings/`` (where the transcription finds it); ``path`` is relative
to the library folder.
"""

STATEMENTS = [
    """CREATE TABLE visits (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        visited_at TEXT NOT NULL,  -- ISO 8601 local time of the visit
        branch TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        employee_description TEXT NOT NULL DEFAULT '',  -- when the name is not known
        scenario TEXT NOT NULL DEFAULT '',
        persona TEXT CHECK (persona IN ('unaware', 'expert', 'rude', 'suspicious', 'custom')),
        persona_custom TEXT NOT NULL DEFAULT '',
        wait_ms INTEGER CHECK (wait_ms >= 0),  -- before being greeted
        length_ms INTEGER CHECK (length_ms >= 0),
        notes TEXT NOT NULL DEFAULT '',
        shopper TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'audio')),
        name TEXT NOT NULL,  -- the original file name
        sha256 TEXT NOT NULL,
        path TEXT NOT NULL,  -- relative to the library folder
        taken_at TEXT,  -- photos: EXIF time
        added_at TEXT NOT NULL,
        UNIQUE (conversation_id, sha256)
    )""",
    # Deleting a file from the store first checks that no other attachment uses it.
    "CREATE INDEX attachments_path ON attachments (path)",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

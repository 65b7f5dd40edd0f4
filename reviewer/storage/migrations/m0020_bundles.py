"""Bundles: this library's own identity (bundles record which library made them) and a log of
the bundles imported into it (who made each, when, from which library, its checksum)."""

import uuid

STATEMENTS = [
    """CREATE TABLE library_identity (
        uid TEXT NOT NULL PRIMARY KEY,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE bundle_imports (
        id INTEGER PRIMARY KEY,
        checksum TEXT NOT NULL,
        made_by TEXT NOT NULL,
        made_at TEXT NOT NULL,
        library_uid TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        counts TEXT NOT NULL  -- JSON: what the import added and replaced
    )""",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO library_identity (uid, created_at) VALUES (?, datetime('now'))", (uuid.uuid4().hex,)
    )

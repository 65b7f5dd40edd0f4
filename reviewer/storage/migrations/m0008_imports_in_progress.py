"""Conversations still being written by an import.

A large file is written in several short transactions so that the write lock is never held for
long; until its last one the conversation is listed here and hidden from the library. Rows whose
process has gone (killed mid-import) are removed, with their conversation, at the next open.
"""


def up(conn) -> None:
    conn.execute(
        """CREATE TABLE imports_in_progress (
            conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
            pid INTEGER NOT NULL,
            host TEXT NOT NULL,
            started_at TEXT NOT NULL
        )"""
    )

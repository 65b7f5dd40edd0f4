"""Which separated speaker of a mono call is the agent: every decision, the machine's and a
reviewer's, with the cue that decided and how sure it was. The latest decided_at per
(conversation, speaker) is the one in force; older rows are the history."""


def up(conn) -> None:
    conn.execute(
        """CREATE TABLE speaker_roles (
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            speaker INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('agent', 'customer', 'system', 'unknown')),
            cue TEXT NOT NULL,
            confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
            decided_by TEXT NOT NULL CHECK (decided_by IN ('machine', 'reviewer')),
            reviewer TEXT,
            decided_at TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX speaker_roles_conversation ON speaker_roles (conversation_id, id)")

"""Music heard in a transcribed recording (hold music), per channel as voice_activity keeps its
speech: the metrics tell a hold with music from one in silence without decoding it again.

Written and replaced together with the conversation's voice_activity rows (whose triggers make
the figures stale), so it needs no triggers of its own.
"""

STATEMENTS = [
    """CREATE TABLE heard_music (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        channel INTEGER NOT NULL,  -- as in voice_activity: 0 left, 1 right, -1 the whole recording
        regions TEXT NOT NULL,  -- JSON [start_ms, end_ms, start_ms, end_ms, ...]
        PRIMARY KEY (conversation_id, channel)
    )""",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

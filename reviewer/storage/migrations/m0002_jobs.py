"""Transcription jobs: the queue of recordings to turn into turns, and what became of each."""

STATEMENTS = [
    """CREATE TABLE transcription_jobs (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        state TEXT NOT NULL
            CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled', 'interrupted')),
        model TEXT NOT NULL DEFAULT '',  -- name or folder; '' is the embedded model
        language TEXT,  -- asked for this conversation; NULL: the library's setting, else detect
        word_timestamps INTEGER NOT NULL DEFAULT 0,
        restart INTEGER NOT NULL DEFAULT 0,  -- 1 until the old turns have been discarded
        progress REAL NOT NULL DEFAULT 0,
        message TEXT,  -- why it failed or stopped
        owner_pid INTEGER,  -- the process running it, to tell a crash from work in progress
        owner_host TEXT,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT
    )""",
    "CREATE INDEX transcription_jobs_state ON transcription_jobs (state)",
    "CREATE INDEX transcription_jobs_conversation ON transcription_jobs (conversation_id)",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

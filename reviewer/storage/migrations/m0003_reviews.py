"""Reviews: answers with evidence, the history of changes after submission, and rubric copies.

A review points to an exact copy of its rubric (``rubric_snapshots``, keyed by the SHA-256 of the
rubric's canonical JSON), so editing a rubric file later never changes an old review's score.
"""

STATEMENTS = [
    """CREATE TABLE rubric_snapshots (
        hash TEXT PRIMARY KEY,  -- SHA-256 of content
        rubric_id TEXT NOT NULL,
        version TEXT NOT NULL,
        content TEXT NOT NULL,  -- the rubric as canonical JSON
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        rubric_hash TEXT NOT NULL REFERENCES rubric_snapshots(hash),
        rubric_id TEXT NOT NULL,
        rubric_version TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
        score REAL,  -- percent, recomputed from the snapshot on every change; NULL: nothing scored yet
        flagged INTEGER NOT NULL DEFAULT 0,  -- a critical criterion failed
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        submitted_at TEXT  -- the latest submission
    )""",
    "CREATE INDEX reviews_conversation ON reviews (conversation_id)",
    "CREATE INDEX reviews_reviewer ON reviews (reviewer)",
    "CREATE INDEX reviews_submitted ON reviews (submitted_at)",
    """CREATE TABLE answers (
        review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        value TEXT,  -- JSON: "yes", "partly", "no", "n/a" or a number; NULL: not answered yet
        comment TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (review_id, criterion_id)
    )""",
    """CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL,
        criterion_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        turn_index INTEGER,
        start_ms INTEGER,
        end_ms INTEGER,
        FOREIGN KEY (review_id, criterion_id) REFERENCES answers (review_id, criterion_id) ON DELETE CASCADE,
        CHECK ((turn_index IS NOT NULL AND start_ms IS NULL AND end_ms IS NULL)
            OR (turn_index IS NULL AND start_ms IS NOT NULL AND end_ms >= start_ms))
    )""",
    "CREATE INDEX evidence_answer ON evidence (review_id, criterion_id)",
    """CREATE TABLE review_history (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('submit', 'reopen', 'answer', 'comment', 'evidence')),
        criterion_id TEXT,
        old TEXT,  -- JSON
        new TEXT  -- JSON
    )""",
    "CREATE INDEX review_history_review ON review_history (review_id)",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

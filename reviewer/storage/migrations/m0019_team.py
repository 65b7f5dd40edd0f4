"""The team loop: samples (rule, seed, result), assignments of conversations to reviewers with a
due date, calibration sessions, and the mark on reviews made for a calibration session.

Samples, assignments and sessions have a ``uid`` (random hex) as reviews do, because they travel
in bundles between libraries; conversations are referred to by local id here and by their
SHA-256 in bundles.
"""

STATEMENTS = [
    """CREATE TABLE samples (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        rule TEXT NOT NULL,  -- JSON of reviewer.domain.sampling.SampleRule
        seed INTEGER NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE sample_items (
        sample_id INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        reason TEXT NOT NULL DEFAULT '',  -- the stratum it was drawn for: "Anna · 2026-W47"
        PRIMARY KEY (sample_id, position)
    )""",
    """CREATE TABLE assignments (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        sample_uid TEXT,  -- the sample it came from, when it did
        reviewer TEXT NOT NULL,
        due TEXT,  -- ISO date
        assigned_by TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX assignments_reviewer ON assignments (reviewer)",
    """CREATE TABLE assignment_items (
        assignment_id INTEGER NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        PRIMARY KEY (assignment_id, position),
        UNIQUE (assignment_id, conversation_id)
    )""",
    """CREATE TABLE calibration_sessions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        rubric_id TEXT NOT NULL,
        deadline TEXT,  -- ISO date
        benchmark_reviewer TEXT,  -- whose reviews are the benchmark answers (the lead), if any
        state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE calibration_conversations (
        session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, conversation_id)
    )""",
    "CREATE INDEX calibration_conversations_conversation ON calibration_conversations (conversation_id)",
    """CREATE TABLE calibration_reviewers (
        session_id INTEGER NOT NULL REFERENCES calibration_sessions(id) ON DELETE CASCADE,
        reviewer TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (session_id, reviewer)
    )""",
    # A review made for a calibration session: never counted in employee scores or reports.
    "ALTER TABLE reviews ADD COLUMN calibration_uid TEXT",
    "CREATE INDEX reviews_calibration ON reviews (calibration_uid) WHERE calibration_uid IS NOT NULL",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

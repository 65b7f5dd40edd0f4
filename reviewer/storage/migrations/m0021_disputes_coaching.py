"""Disputes of review answers, and coaching sessions with their focus criteria and follow-ups.

Evidence of a dispute and the moments discussed in a session are JSON lists in the answers-file
form (turn numbers or {"start_ms", "end_ms"}); focus criteria and discussed conversations get
tables of their own, so that deleting a conversation drops what pointed to it.
"""

STATEMENTS = [
    """CREATE TABLE disputes (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,  -- stable across libraries
        review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        raised_by TEXT NOT NULL,
        raised_role TEXT NOT NULL CHECK (raised_role IN ('employee', 'trainer')),
        raised_at TEXT NOT NULL,
        old_answer TEXT,  -- JSON: the answer disputed
        proposed TEXT NOT NULL,  -- JSON
        argument TEXT NOT NULL,
        evidence TEXT NOT NULL DEFAULT '[]',  -- JSON list
        state TEXT NOT NULL DEFAULT 'open'
            CHECK (state IN ('open', 'accepted', 'partly_accepted', 'rejected')),
        decided_by TEXT,
        decided_at TEXT,
        reason TEXT CHECK (reason IS NULL OR reason IN ('reviewer_error', 'not_reviewer_error', 'rubric_unclear')),
        decision_note TEXT NOT NULL DEFAULT '',
        new_answer TEXT,  -- JSON: what the answer became
        CHECK ((state = 'open') = (decided_at IS NULL))
    )""",
    "CREATE INDEX disputes_review ON disputes (review_id)",
    "CREATE INDEX disputes_open ON disputes (state) WHERE state = 'open'",
    """CREATE TABLE coaching_sessions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        employee_id INTEGER NOT NULL REFERENCES employees(id),
        held_on TEXT NOT NULL,  -- YYYY-MM-DD
        trainer TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        actions TEXT NOT NULL DEFAULT '',
        follow_up_on TEXT,  -- YYYY-MM-DD
        follow_up_done_at TEXT,
        follow_up_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX coaching_sessions_employee ON coaching_sessions (employee_id, held_on)",
    "CREATE INDEX coaching_sessions_follow_up ON coaching_sessions (follow_up_on) WHERE follow_up_done_at IS NULL",
    """CREATE TABLE coaching_focus (
        session_id INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        rubric_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        PRIMARY KEY (session_id, rubric_id, criterion_id)
    )""",
    """CREATE TABLE coaching_discussed (
        session_id INTEGER NOT NULL REFERENCES coaching_sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        moments TEXT NOT NULL DEFAULT '[]',  -- JSON list of evidence
        PRIMARY KEY (session_id, conversation_id)
    )""",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

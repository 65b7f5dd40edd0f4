"""A review's history can record an answer changed by a dispute's decision, and why.

SQLite cannot change a CHECK constraint in place: the table is rebuilt with the new action and
a ``note`` column, its rows copied with their ids, and its index made again. Nothing refers to
review_history, so dropping the old table breaks no foreign key; it refers to reviews, whose
rows stay as they are.
"""

STATEMENTS = [
    """CREATE TABLE review_history_new (
        id INTEGER PRIMARY KEY,
        review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('submit', 'reopen', 'answer', 'comment', 'evidence', 'dispute')),
        criterion_id TEXT,
        old TEXT,  -- JSON
        new TEXT,  -- JSON
        note TEXT  -- why (a dispute's decision: its reason and the decider's note)
    )""",
    "INSERT INTO review_history_new (id, review_id, at, who, action, criterion_id, old, new)"
    " SELECT id, review_id, at, who, action, criterion_id, old, new FROM review_history",
    "DROP TABLE review_history",
    "ALTER TABLE review_history_new RENAME TO review_history",
    "CREATE INDEX review_history_review ON review_history (review_id)",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

"""What automatic QA suggested and what the reviewer decided, per criterion of a review.

Filled when a review is submitted (and again on every later submission); the agreement
command and the team summary read it. ``override_reason`` is the reviewer's note on a
suggestion they did not take: wrong_answer, wrong_evidence or missed_evidence.
"""


def up(conn) -> None:
    conn.execute(
        """CREATE TABLE review_suggestions (
            review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            suggested TEXT NOT NULL,  -- JSON answer
            confidence REAL NOT NULL,
            checker_version TEXT NOT NULL,
            decided TEXT,  -- JSON answer at submission; NULL until submitted
            override_reason TEXT,
            PRIMARY KEY (review_id, criterion_id)
        )"""
    )

"""Indexes that let the library table sort by the latest submitted review's score.

The table joins each conversation's most recently submitted review (``conversations.page``):
the first index finds that review of a conversation without a sort, the second walks the
submitted reviews in score order, so the first page of 100,000 conversations sorted by score
reads only about a page of rows.
"""

STATEMENTS = [
    "CREATE INDEX reviews_latest_submitted ON reviews (conversation_id, state, submitted_at)",
    "CREATE INDEX reviews_state_score ON reviews (state, score)",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

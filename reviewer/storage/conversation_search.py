"""Which conversations a filter selects, as the WHERE clause of a query over
``conversations c LEFT JOIN employees e``; the search text's part chosen by how common it is.

A search is one FTS5 lookup in ``turns_fts`` (reviewer.search.query builds it). What it costs
depends on what is asked with it:

- a rare word: its few matching turns give the set of conversations, which is then sorted;
- a common word ("delivery" in every tenth turn of a 100,000-conversation library: 50,000 turns)
  shown a page at a time: turning every matching turn into its conversation and sorting tens of
  thousands of rows cost ~600 ms. Instead the query walks the conversations in the requested
  order (an index) and keeps those with a matching turn, probing the matching turn ids (read
  once from the index into a temporary b-tree), and stops at the page's end, a few hundred
  conversations in.

Which one is used is decided by counting the matching turns up to ``COMMON_TURNS`` (a bounded
count: at most that many index entries are read).
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.domain import Channel, ConversationStatus
from reviewer.search.query import fts_match

# Above this many matching turns a page in an indexed order is found quicker by the walk.
COMMON_TURNS = 2000

# The matching turns of a search, each as its conversation (rare words).
_IN_MATCHES = (
    "c.id IN (SELECT t.conversation_id FROM turns_fts JOIN turns t ON t.id = turns_fts.rowid"
    " WHERE turns_fts MATCH ?)"
)
# A conversation with a matching turn (common words, walking conversations in order). The unary
# plus keeps SQLite from driving the probe by turn id: it looks up the conversation's own turns
# (UNIQUE (conversation_id, idx)) and tests each against the matching ids, read once.
_HAS_MATCH = (
    "EXISTS (SELECT 1 FROM turns t WHERE t.conversation_id = c.id AND +t.id IN"
    " (SELECT rowid FROM turns_fts WHERE turns_fts MATCH ?))"
)
# Metric filters: ConversationFilter field -> column it bounds from below.
_METRIC_FILTERS = {
    "silence_over_ms": "longest_silence_ms",
    "first_reply_over_ms": "first_reply_ms",
    "overtalk_over_ms": "overtalk_ms",
}


@dataclass(frozen=True)
class ConversationFilter:
    employee: str | None = None
    channel: Channel | None = None
    status: ConversationStatus | None = None
    search: str | None = None  # words (and "phrases") that must all occur in one turn; see reviewer.search
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    # What still needs a review: no submitted review at all (a reopened one counts as not
    # submitted), or none submitted by this reviewer (their name as stored on reviews).
    to_review: bool = False
    not_reviewed_by: str | None = None
    limit: int | None = None
    offset: int = 0
    disputed: bool = False  # only conversations with an open dispute of a review (issue 17)
    # Conversation metrics over these (stored figures; reviewer.metrics.refresh brings them up to date).
    silence_over_ms: int | None = None  # the longest silence
    first_reply_over_ms: int | None = None
    overtalk_over_ms: int | None = None  # overtalk in total
    auto_flag: str | None = None  # automatic QA flagged it so (reviewer.domain.checks.Flag)


def matching_turns(conn, match: str, up_to: int) -> int:
    """How many turns an FTS5 query matches, counting no further than ``up_to``."""
    return conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM turns_fts WHERE turns_fts MATCH ? LIMIT ?)", (match, up_to)
    ).fetchone()[0]


def search_clause(conn, text: str, walking: bool) -> tuple[str, str, bool] | None:
    """(SQL condition on ``c``, its one parameter, whether it is the walk) for a search text;
    None when it has no words. ``walking``: the query reads conversations in an indexed order
    and stops at a limit, so a common word is found by the walk."""
    match = fts_match(text)
    if not match:
        return None
    if walking and matching_turns(conn, match, COMMON_TURNS) >= COMMON_TURNS:
        return _HAS_MATCH, match, True
    return _IN_MATCHES, match, False


@dataclass(frozen=True)
class Where:
    sql: str  # " WHERE ..."
    params: list
    # The search's few matching conversations are the place to start: sort them rather than
    # walk an index in the sort order testing each (the query says so with "+" before the
    # sort expression, which keeps SQLite from using an index for the order).
    from_matches: bool = False

    def order(self, expression: str) -> str:
        return f"+{expression}" if self.from_matches else expression


def where(conn, flt: ConversationFilter, walking: bool = False) -> Where:
    """The WHERE clause and its parameters for the conversations ``flt`` selects."""
    # A large file still being imported (in several short transactions) is not listed yet.
    clauses, params = ["c.id NOT IN (SELECT conversation_id FROM imports_in_progress)"], []
    # While walking in the sort order, "+" keeps SQLite from starting at these columns' indexes
    # instead (and then testing every conversation of the employee for the search word).
    plus = "+" if walking and flt.search else ""
    if flt.employee:
        clauses.append(f"{plus}c.employee_id = (SELECT id FROM employees WHERE name = ? COLLATE NOCASE)")
        params.append(flt.employee)
    if flt.channel:
        clauses.append(f"{plus}c.channel = ?")
        params.append(str(flt.channel))
    if flt.status:
        clauses.append(f"{plus}c.status = ?")
        params.append(str(flt.status))
    if flt.since:
        clauses.append("c.started_at >= ?")
        params.append(flt.since)
    if flt.until:
        clauses.append("substr(c.started_at, 1, 10) <= ?")
        params.append(flt.until[:10])
    if flt.to_review:
        clauses.append("NOT EXISTS (SELECT 1 FROM reviews r WHERE r.conversation_id = c.id"
                       " AND r.state = 'submitted')")
    if flt.not_reviewed_by is not None:
        clauses.append("NOT EXISTS (SELECT 1 FROM reviews r WHERE r.conversation_id = c.id"
                       " AND r.state = 'submitted' AND r.reviewer = ? COLLATE NOCASE)")
        params.append(" ".join(flt.not_reviewed_by.split()))
    for field, column in _METRIC_FILTERS.items():
        bound = getattr(flt, field)
        if bound is not None:
            # The column name comes from the allow-list above, never from the caller.
            clauses.append(f"c.id IN (SELECT conversation_id FROM conversation_metrics WHERE {column} > ?)")
            params.append(int(bound))
    searched = search_clause(conn, flt.search, walking) if flt.search else None
    if searched:
        clauses.append(searched[0])
        params.append(searched[1])
    from_matches = bool(searched) and not searched[2]
    if flt.auto_flag:
        clauses.append("c.id IN (SELECT conversation_id FROM auto_flags WHERE flag = ?)")
        params.append(flt.auto_flag)
    if flt.disputed:
        clauses.append(
            "c.id IN (SELECT r.conversation_id FROM disputes d JOIN reviews r ON r.id = d.review_id"
            " WHERE d.state = 'open')"
        )
    return Where(" WHERE " + " AND ".join(clauses), params, from_matches)

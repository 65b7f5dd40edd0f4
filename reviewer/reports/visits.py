"""What reports show of mystery-shopper visits: the visit's facts and whether its review was late.

A review of a visit is late when it was first submitted more than 12 hours after the visit
(reopening and submitting again later does not make an on-time review late).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from reviewer.domain.visit import Persona, Visit, VisitError, is_late

if TYPE_CHECKING:
    from reviewer.reports.data import ScoredReview
    from reviewer.storage.library import Library

_CHUNK = 500


def first_submissions(library: "Library", review_ids: list[int]) -> dict[int, str]:
    """Review id -> when it was first submitted (ISO 8601 UTC)."""
    found: dict[int, str] = {}
    for start in range(0, len(review_ids), _CHUNK):
        chunk = review_ids[start:start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(
            library.conn.execute(
                f"SELECT review_id, MIN(at) FROM review_history WHERE action = 'submit' AND review_id IN ({marks})"
                " GROUP BY review_id",
                chunk,
            ).fetchall()
        )
    return found


def attach_visits(library: "Library", items: Iterable["ScoredReview"]) -> None:
    """Set ``visit`` and ``late`` on the reviews of visits (others keep None and False)."""
    items = list(items)
    visits = library.visits.get_many({i.review.conversation_id for i in items}, with_attachments=False)
    if not visits:
        return
    ofvisits = [i for i in items if i.review.conversation_id in visits]
    submitted = first_submissions(library, [i.id for i in ofvisits])
    for item in ofvisits:
        item.visit = visits[item.review.conversation_id]
        first = submitted.get(item.id) or item.review.submitted_at
        try:
            item.late = bool(first) and is_late(item.visit.visited_at, first)
        except VisitError:
            item.late = False


def persona_name(visit: Visit, t) -> str:
    """The persona in the report's language; a custom one in the shopper's words."""
    if visit.persona is None:
        return "—"
    if visit.persona == Persona.CUSTOM:
        return visit.persona_custom or t("persona_custom")
    return t(f"persona_{visit.persona.value}")

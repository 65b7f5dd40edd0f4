"""What the check kinds share: answers on the criterion's scale, and which turns a rule looks at."""

from __future__ import annotations

from reviewer.checks.context import CheckContext
from reviewer.domain.checks import Evidence, Reason, Suggestion
from reviewer.domain.conversation import Turn
from reviewer.domain.rubric import NOT_APPLICABLE, PARTLY, Criterion, ScaleKind


class CheckError(Exception):
    """A check that cannot run on this conversation (a bug or an impossible rule); the others go on."""


def top(criterion: Criterion):
    return criterion.scale.top


def bottom(criterion: Criterion):
    return criterion.scale.bottom


def partly(criterion: Criterion):
    """The middle answer: "partly" on yes/partly/no, the middle point of a rating or points
    scale, else the bottom (a yes/no criterion has nothing between)."""
    scale = criterion.scale
    if scale.kind is ScaleKind.YES_PARTLY_NO:
        return PARTLY
    if scale.kind is ScaleKind.YES_NO:
        return scale.bottom
    return (scale.low + scale.high + 1) // 2


def not_applicable(criterion: Criterion, reason: Reason, confidence: float = 0.6) -> Suggestion | None:
    """N/A where the criterion allows it; otherwise no suggestion (the reviewer decides)."""
    if not criterion.na_allowed:
        return None
    return Suggestion(criterion.id, NOT_APPLICABLE, confidence, reason)


def suggestion(criterion: Criterion, answer, confidence: float, reason: Reason, evidence=(), flags=()) -> Suggestion:
    return Suggestion(criterion.id, answer, confidence, reason, tuple(evidence), tuple(flags))


def scoped_turns(ctx: CheckContext, rule: dict) -> tuple[list[Turn], tuple | None]:
    """The agent turns a rule looks at, and how the reason says where it looked."""
    turns = ctx.agent_turns()
    if "within_turns" in rule:
        n = int(rule["within_turns"])
        return turns[:n], ("first_turns", n)
    if "last_turns" in rule:
        n = int(rule["last_turns"])
        return turns[-n:] if n else [], ("last_turns", n)
    if "within_seconds" in rule:
        limit = int(rule["within_seconds"] * 1000)
        start = _first_moment(ctx)
        kept = []
        for turn in turns:
            moment = _moment_ms(ctx, turn)
            if moment is None or start is None or moment - start <= limit:
                kept.append(turn)
        return kept, ("first_seconds", rule["within_seconds"])
    return turns, None


def _moment_ms(ctx: CheckContext, turn: Turn) -> int | None:
    if turn.start_ms is not None:
        return turn.start_ms
    from reviewer.domain.replies import _wall_ms

    return _wall_ms(turn)


def _first_moment(ctx: CheckContext) -> int | None:
    for turn in ctx.turns:
        moment = _moment_ms(ctx, turn)
        if moment is not None:
            return moment
    return None


def turn_evidence(turn: Turn, start: int | None = None, end: int | None = None) -> Evidence:
    return Evidence(turn=turn.index, start=start, end=end)

"""Kind "phrase": the agent says one of these phrases, optionally early or late in the conversation.

Rule keys: ``phrases`` ({ru = [...], lv = [...], en = [...]} or one list for every language);
``also``, a second list that must be said as well (both: the top of the scale, one: partly);
at most one of ``within_turns`` / ``last_turns`` (agent turns) and ``within_seconds``; ``flag``,
a library flag raised when nothing was said (e.g. "no_greeting").
"""

from __future__ import annotations

from reviewer.checks.base import bottom, partly, scoped_turns, suggestion, top, turn_evidence
from reviewer.checks.context import CheckContext
from reviewer.checks.text import find
from reviewer.domain.checks import Flag, Reason

KEYS = ("phrases", "also", "within_turns", "last_turns", "within_seconds", "flag")


def first_said(ctx: CheckContext, turns, phrases):
    for turn in turns:
        match = find(ctx.text(turn), phrases, fuzzy=ctx.spoken)
        if match is not None:
            return turn, match
    return None


def _listing(phrases, limit: int = 3) -> str:
    texts = list(dict.fromkeys(p.text for p in phrases))
    shown = ", ".join(f"«{t}»" for t in texts[:limit])
    return shown + (" …" if len(texts) > limit else "")


def run(ctx: CheckContext, rule: dict, criterion):
    turns, where = scoped_turns(ctx, rule)
    groups = [ctx.phrases(rule["phrases"])]
    if "also" in rule:
        groups.append(ctx.phrases(rule["also"]))
    found = [first_said(ctx, turns, phrases) for phrases in groups]
    hits = [f for f in found if f]
    confidence_missing = 0.65 if ctx.spoken else 0.8
    if not hits:
        flags = (Flag(rule["flag"]),) if rule.get("flag") else ()
        reason = Reason("not_said", {"phrases": _listing(groups[0]), "where": where})
        return suggestion(criterion, bottom(criterion), confidence_missing, reason, flags=flags)
    evidence = [turn_evidence(turn, m.start, m.end) for turn, m in hits]
    turn, match = hits[0]
    quote = match.quote(turn.text)
    reason = Reason("said", {"quote": quote, "at": ctx.moment(turn)})
    confidence = 0.9 if not ctx.spoken else 0.8
    if len(hits) == len(groups):
        return suggestion(criterion, top(criterion), confidence, reason, evidence)
    missing = groups[1] if found[0] else groups[0]
    reason = Reason("said_one_part", {"quote": quote, "at": ctx.moment(turn), "missing": _listing(missing)})
    return suggestion(criterion, partly(criterion), confidence_missing, reason, evidence)

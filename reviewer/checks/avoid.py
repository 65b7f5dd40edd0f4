"""Kind "avoid": the agent never says any of these (the avoid list of the service standards,
slang, rude words). Any one of them in an agent turn gives the bottom of the scale.

Rule keys: ``phrases`` (per language or one list), ``flag`` (raised when one is said:
"forbidden_word", "rude_word").
"""

from __future__ import annotations

from reviewer.checks.base import bottom, suggestion, top, turn_evidence
from reviewer.checks.context import CheckContext
from reviewer.checks.text import find
from reviewer.domain.checks import Flag, Reason

KEYS = ("phrases", "flag")


def run(ctx: CheckContext, rule: dict, criterion):
    phrases = ctx.phrases(rule["phrases"])
    hits = []
    for turn in ctx.agent_turns():
        match = find(ctx.text(turn), phrases, fuzzy=False)  # a misheard word must not accuse
        if match is not None:
            hits.append((turn, match))
    if not hits:
        count = len(dict.fromkeys(p.text for p in phrases))
        return suggestion(criterion, top(criterion), 0.85, Reason("avoided_clean", {"count": count}))
    turn, match = hits[0]
    # The turn as numbered on screen (from 1); the evidence keeps the index.
    reason = Reason(
        "avoided_said", {"quote": match.quote(turn.text), "turn": turn.index + 1, "phrase": match.phrase.text}
    )
    flags = (Flag(rule["flag"]),) if rule.get("flag") else ()
    evidence = [turn_evidence(t, m.start, m.end) for t, m in hits[:10]]
    return suggestion(criterion, bottom(criterion), 0.8 if ctx.spoken else 0.9, reason, evidence, flags)

"""Kind "formal_address": the polite «Вы/Вас/Ваш» and never «ты/тебя/твой» to the customer in
Russian; «Jūs», not «tu», in Latvian. English has no such forms: only the name part counts.

Rule keys: ``with_name`` (default true on a yes/partly/no scale): the top of the scale also
needs the customer's name once it is known; polite but never by name gives partly.
"""

from __future__ import annotations

from reviewer.checks.base import bottom, partly, suggestion, top, turn_evidence
from reviewer.checks.context import CheckContext
from reviewer.checks.names import name_used
from reviewer.checks.text import fold
from reviewer.domain.checks import Reason
from reviewer.domain.rubric import ScaleKind

KEYS = ("with_name",)

FAMILIAR = {
    "ru": {"ты", "тебя", "тебе", "тобой", "тобою", "твой", "твоя", "твое", "твои", "твоего", "твоей", "твоему", "твоих", "твоим", "твоими", "твою"},
    "lv": {"tu", "tev", "tevi", "tevis", "tavs", "tava", "tavu", "tavam", "tavai", "tavi", "tavas", "taviem", "tavām", "tavs", "tavējais"},
}
# Folded (no diacritics), as tokens are compared.
_FAMILIAR_FOLDED = {lang: {fold(w) for w in words} for lang, words in FAMILIAR.items()}


def familiar_said(ctx: CheckContext):
    langs = [ctx.language] if ctx.language in _FAMILIAR_FOLDED else list(_FAMILIAR_FOLDED)
    cyrillic_ok = "ru" in langs
    for turn in ctx.agent_turns():
        for token in ctx.text(turn).tokens:
            for lang in langs:
                if token.folded in _FAMILIAR_FOLDED[lang]:
                    if lang == "lv" and ctx.language != "lv" and token.folded == "tu":
                        continue  # "tu" alone is only trusted in a conversation known to be Latvian
                    if lang == "ru" and not cyrillic_ok:
                        continue
                    return turn, token
    return None


def run(ctx: CheckContext, rule: dict, criterion):
    if not ctx.agent_turns():
        return None
    found = familiar_said(ctx)
    if found is not None:
        turn, token = found
        reason = Reason("familiar", {"quote": token.text, "turn": turn.index + 1})  # as numbered on screen
        return suggestion(criterion, bottom(criterion), 0.85, reason, [turn_evidence(turn, token.start, token.end)])
    with_name = rule.get("with_name", criterion.scale.kind is ScaleKind.YES_PARTLY_NO)
    known = ctx.customer_name() if with_name else None
    if known is not None:
        name, where = known
        used = name_used(ctx, name, where)
        if used is None:
            return suggestion(criterion, partly(criterion), 0.65, Reason("formal_no_name", {"name": name}))
        turn, start, end = used
        return suggestion(
            criterion, top(criterion), 0.8, Reason("formal", {"name": f" · {turn.text[start:end]}"}),
            [turn_evidence(turn, start, end)],
        )
    return suggestion(criterion, top(criterion), 0.75, Reason("formal", {"name": ""}))

"""Kind "question": the agent asks a question, of a given kind.

A question is a sentence of an agent turn that ends with a question mark; in calls, where the
recogniser may leave it out, also a sentence that starts with a question word (rising
intonation is out of scope). Rule keys: ``about`` = "any" (default), "needs" (a question that
is not about the name or "anything else"), "name" or "anything_else"; ``phrases`` replaces the
built-in words of that kind; ``min_count`` (default 1): fewer questions, but at least one, give
partly; the scope keys of "phrase".
"""

from __future__ import annotations

import re

from reviewer.checks.base import bottom, not_applicable, partly, scoped_turns, suggestion, top, turn_evidence
from reviewer.checks.context import CheckContext
from reviewer.checks.context import compiled_phrases
from reviewer.checks.text import find
from reviewer.domain.checks import Reason

KEYS = ("about", "phrases", "min_count", "within_turns", "last_turns", "within_seconds")
ABOUT = ("any", "needs", "name", "anything_else")

KIND_PHRASES = {
    "name": {
        "ru": ["зовут", "обращаться", "ваше имя", "представиться"],
        "lv": ["sauc", "uzrunāt", "jūsu vārds", "vārds"],
        "en": ["your name", "call you", "address you", "speaking with", "speaking to", "who am i"],
    },
    "anything_else": {
        "ru": ["ещё", "еще", "другие вопросы", "что-нибудь ещё", "что-то ещё"],
        "lv": ["vēl", "kaut kas cits", "citi jautājumi"],
        "en": ["anything else", "something else", "other questions", "further questions", "anything more"],
    },
}

QUESTION_WORDS = {
    "ru": ("как", "какой", "какая", "какие", "какое", "что", "где", "когда", "сколько", "почему", "зачем", "куда", "откуда", "можно", "могу", "подскажите", "есть"),
    "lv": ("kā", "kas", "kur", "kad", "cik", "kāpēc", "kādēļ", "kāds", "kāda", "kādu", "vai"),
    "en": ("what", "how", "when", "where", "which", "who", "why", "do", "does", "did", "are", "is", "can", "could", "would", "will", "may", "shall", "have"),
}

_SENTENCE = re.compile(r"[^.!?…]+[.!?…]*")


def questions(ctx: CheckContext, turn) -> list[tuple[int, int]]:
    """Character spans of the question sentences of a turn."""
    spans = []
    text = turn.text
    words = None
    for match in _SENTENCE.finditer(text):
        sentence = match.group()
        stripped = sentence.strip()
        if not stripped:
            continue
        start = match.start() + (len(sentence) - len(sentence.lstrip()))
        if "?" in sentence:
            spans.append((start, match.end()))
        elif ctx.spoken:
            words = words or {w for lang in QUESTION_WORDS.values() for w in lang}
            first = re.match(r"[^\W\d_]+", stripped)
            if first and first.group().lower() in words:
                spans.append((start, match.end()))
    return spans


def _name_asked_before(ctx: CheckContext, index: int) -> bool:
    from reviewer.checks.names import _NAME_QUESTION

    return any(t.index < index and _NAME_QUESTION.search(t.text) for t in ctx.agent_turns())


def run(ctx: CheckContext, rule: dict, criterion):
    about = rule.get("about", "any")
    min_count = int(rule.get("min_count", 1))
    turns, where = scoped_turns(ctx, rule)
    kind_table = rule.get("phrases") or KIND_PHRASES.get(about)
    kind_phrases = compiled_phrases(kind_table, ctx.language) if kind_table else []
    other = [] if about != "needs" else [
        p for table in KIND_PHRASES.values() for p in compiled_phrases(table, ctx.language)
    ]
    found = []
    for turn in turns:
        for start, end in questions(ctx, turn):
            piece = ctx.text(turn).part(start, end)
            if kind_phrases and find(piece, kind_phrases, fuzzy=ctx.spoken) is None:
                continue
            if other and find(piece, other, fuzzy=False) is not None:
                continue
            found.append((turn, start, end))
    if about == "name" and criterion.na_allowed:
        # The guidance: N/A when the customer gave the name without being asked.
        known = ctx.customer_name()
        if known is not None and known[1] >= 0 and not _name_asked_before(ctx, known[1]) and (
            not found or known[1] < found[0][0].index
        ):
            return not_applicable(criterion, Reason("name_given", {"name": known[0]}))
    if not found:
        return suggestion(criterion, bottom(criterion), 0.6 if ctx.spoken else 0.75, Reason("no_questions", {"where": where}))
    turn, start, end = found[0]
    quote = turn.text[start:end].strip()
    if len(quote) > 80:
        quote = quote[:77] + "…"
    reason = Reason("questions", {"count": len(found), "quote": quote, "at": ctx.moment(turn)})
    evidence = [turn_evidence(t, s, e) for t, s, e in found[:10]]
    answer = top(criterion) if len(found) >= min_count else partly(criterion)
    return suggestion(criterion, answer, 0.75 if ctx.spoken else 0.85, reason, evidence)

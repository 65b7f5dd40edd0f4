"""Kind "spelling": spelling errors in the agent's written text (chats and e-mails).

A word is checked against pyspellchecker's dictionary of the conversation's language (ru, lv
and en ship with it) and simplemma's word forms (the spelling dictionaries hold few inflected
forms). A word counts as an error only when both know nothing of it and the spelling dictionary
has a word one letter away: a rare word or a name nobody listed is not an error. Capitalised
words inside a sentence (names, brands), words with digits, links and addresses, the
conversation's participant names and the library's glossary are left out.

Rule keys: ``partly_max`` (default 2): up to this many errors give partly, more the bottom;
``allow``: more words that are right (per language or one list).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reviewer.checks.base import bottom, partly, suggestion, top, turn_evidence
from reviewer.checks.context import SPOKEN, CheckContext
from reviewer.checks.text import fold
from reviewer.domain.checks import Reason

KEYS = ("partly_max", "allow")
LANGUAGES = ("ru", "lv", "en")

# Everyday words of shop chats that the shipped dictionaries lack.
ALLOWED = {
    "ru": {"ок", "окей", "онлайн", "email", "e-mail"},
    "lv": {"labdien", "labvakar", "labrīt", "sveicināti", "e-pasts", "e-pastu", "e-pastā", "ok"},
    "en": {"ok", "okay", "email", "online", "dm", "pm", "thx"},
}

_SKIP = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|@\w+|#\w+")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
_SCRIPT = {"ru": re.compile(r"^[а-яё-]+$"), "lv": re.compile(r"^[a-zāčēģīķļņšūž'’-]+$"), "en": re.compile(r"^[a-z'’-]+$")}


@lru_cache(maxsize=3)
def dictionary(language: str):
    from spellchecker import SpellChecker

    return SpellChecker(language=language, distance=1)


@lru_cache(maxsize=100_000)
def is_error(word: str, language: str) -> bool:
    """Whether a lower-case word is misspelt (see the module's rule)."""
    import simplemma

    checker = dictionary(language)
    if word in checker or simplemma.is_known(word, lang=language):
        return False
    if word in ALLOWED.get(language, ()):
        return False
    candidates = checker.candidates(word)
    return bool(candidates) and word not in candidates


def misspelt_words(ctx: CheckContext, turn, language: str, allowed: set[str]):
    """(start, end, word) of every misspelt word of a turn."""
    text = turn.text
    masked = _SKIP.sub(lambda m: " " * len(m.group()), text)
    found = []
    sentence_start = True
    for match in _WORD.finditer(masked):
        word = match.group()
        before = masked[: match.start()].rstrip()
        sentence_start = not before or before[-1] in ".!?…\n:"
        if len(word) < 3 or (word[0].isupper() and not sentence_start) or word.isupper():
            continue
        if any(ch.isupper() for ch in word[1:]) or re.search(r"(.)\1\1", word):
            continue  # iOS, McDonald: brands; "Ooo", "sooo": interjections
        lower = word.lower().replace("’", "'")
        if fold(lower) in allowed or not _SCRIPT[language].match(lower):
            continue
        if is_error(lower, language):
            found.append((match.start(), match.end(), word))
    return found


def run(ctx: CheckContext, rule: dict, criterion):
    if ctx.channel in SPOKEN:
        return None  # recognised speech has no spelling of the agent's own
    language = ctx.language
    if language not in LANGUAGES:
        return None  # without the language no dictionary can judge
    turns = ctx.agent_turns()
    if not turns:
        return None
    allowed = {fold(w) for w in ctx.glossary for w in w.split()}
    for name in ctx.conversation.participants:
        allowed.update(fold(part) for part in name.split())
    extra = rule.get("allow", [])
    extra = extra if isinstance(extra, list) else extra.get(language, [])
    allowed.update(fold(w) for w in extra)
    errors = []
    words = 0
    for turn in turns:
        words += len(_WORD.findall(turn.text))
        errors.extend((turn, s, e, w) for s, e, w in misspelt_words(ctx, turn, language, allowed))
    if not errors:
        return suggestion(criterion, top(criterion), 0.8, Reason("spelling_clean", {"count": words}))
    partly_max = int(rule.get("partly_max", 2))
    answer = partly(criterion) if len(errors) <= partly_max else bottom(criterion)
    shown = ", ".join(f"«{w}»" for _, _, _, w in errors[:5]) + (" …" if len(errors) > 5 else "")
    evidence = [turn_evidence(t, s, e) for t, s, e, _ in errors[:10]]
    return suggestion(criterion, answer, 0.7, Reason("spelling_errors", {"count": len(errors), "words": shown}), evidence)

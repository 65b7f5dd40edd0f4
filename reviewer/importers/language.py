"""A cheap guess of a chat's language from its letters, for the languages our users work in.

Only answers when the evidence is clear (enough letters, one script dominating, language-specific
letters or words present); otherwise None, and the reviewer can set it by hand.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
_LATVIAN = set("āēīūčšžģķļņ")
_LITHUANIAN = set("ąęėįųč")  # č is shared; ąęėįų are not Latvian
_UKRAINIAN = set("іїєґ")
_BELARUSIAN = set("ўі")
_ENGLISH_WORDS = frozenset(
    "the and you to is for of in it your my we can on this that with have be are not please thank thanks".split()
)
_GERMAN_WORDS = frozenset("und der die das ist nicht ich sie wir mit".split())
MIN_LETTERS = 12


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")
SAMPLE_CHARS = 8000


def detect_language(texts: list[str]) -> str | None:
    sample = " ".join(texts)[:SAMPLE_CHARS].lower()
    letters = len(_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return None
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    special = set(sample)
    if cyrillic > 0.6 * letters:
        if special & _UKRAINIAN:
            return "uk"
        if "ў" in special:
            return "be"
        return "ru"
    if latin > 0.6 * letters:
        if special & (_LITHUANIAN - {"č"}):
            return "lt"
        if special & _LATVIAN:
            return "lv"
        words = _WORD.findall(sample)
        english = sum(1 for w in words if w in _ENGLISH_WORDS)
        german = sum(1 for w in words if w in _GERMAN_WORDS)
        if english >= max(2, len(words) // 20) and english > german:
            return "en"
        if german >= 2 and german > english:
            return "de"
    return None

"""Finding a phrase in a turn: inflected forms, letter case, «ё» and diacritics ignored.

A phrase is written once per language in its dictionary form ("проблема", "you must"); every
word of the text and of the phrase is reduced to its lemma with simplemma (ru, lv and en ship
with it, nothing is downloaded), and compared after folding case, «ё» and diacritics. In calls a
word may also match with a small spelling difference (rapidfuzz), because speech recognition
mishears. A phrase never spans two turns: matching is per turn. A phrase word ending in ``*``
matches any word that begins with it ("спасиб*"). Only a phrase word written in its dictionary
form matches other forms: "проблема" finds "проблему", but the slang "чё" (whose lemma is "что")
and the form "вы должны" match only as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[€$£₽]", re.UNICODE)

#: Similarity (0-100) above which a recognised word counts as the phrase word in calls.
FUZZY_SCORE = 84
#: Shorter words must match exactly: "вас" and "нас" are one letter apart.
FUZZY_MIN_LENGTH = 5

LEMMA_LANGUAGES = ("ru", "lv", "en")


def fold(text: str) -> str:
    """Lower case, «ё» as «е», Latvian and other diacritics removed (ā → a, š → s)."""
    text = text.lower().replace("ё", "е")
    if text.isascii():
        return text
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn":
            # й is и + breve in NFD: keep the breve so that "мой" and "мои" stay apart.
            if ch == "\u0306" and out and out[-1] in "иИ":
                out[-1] = "й"
            continue
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=200_000)
def lemma(word: str, language: str) -> str:
    """The folded lemma of a (lower-case) word in a language simplemma knows."""
    if language not in LEMMA_LANGUAGES:
        return fold(word)
    import simplemma

    try:
        return fold(simplemma.lemmatize(word, lang=language))
    except ValueError:
        return fold(word)


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as written
    start: int  # character offsets in the turn's text
    end: int
    folded: str


#: Links, e-mail addresses and @handles are not words anybody said.
_NOT_SPOKEN = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+|@\w+")


def tokens(text: str) -> list[Token]:
    if "@" in text or "http" in text or "www." in text:
        text = _NOT_SPOKEN.sub(lambda m: " " * len(m.group()), text)
    return [Token(m.group(), m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]


@dataclass(frozen=True, slots=True)
class PhraseWord:
    folded: str
    lemma: str
    prefix: bool  # written with a trailing *


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str  # as written in the rubric
    language: str
    words: tuple[PhraseWord, ...]


def compile_phrase(text: str, language: str) -> Phrase | None:
    words = []
    for match in re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*\*?|[€$£₽]", text):
        raw = match.group()
        prefix = raw.endswith("*")
        raw = raw.rstrip("*")
        folded = fold(raw)
        base = lemma(raw.lower(), language)
        # Not written as its own lemma: match that form only (a slang word is not its lemma).
        words.append(PhraseWord(folded, base if base == folded else "\0" + folded, prefix))
    return Phrase(text, language, tuple(words)) if words else None


class TurnText:
    """A turn's words with their lemmas per language, computed once and shared by every check."""

    __slots__ = ("text", "tokens", "_lemmas")

    def __init__(self, text: str):
        self.text = text
        self.tokens = tokens(text)
        self._lemmas: dict[str, list[str]] = {}

    def lemmas(self, language: str) -> list[str]:
        found = self._lemmas.get(language)
        if found is None:
            found = [lemma(t.text.lower(), language) for t in self.tokens]
            self._lemmas[language] = found
        return found


@dataclass(frozen=True, slots=True)
class Match:
    phrase: Phrase
    start: int  # character span in the turn's text
    end: int

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


def _word_matches(word: PhraseWord, token: Token, token_lemma: str, fuzzy: bool) -> bool:
    if word.prefix:
        return token.folded.startswith(word.folded)
    if token.folded == word.folded or token_lemma == word.lemma:
        return True
    if fuzzy and len(word.folded) >= FUZZY_MIN_LENGTH and len(token.folded) >= FUZZY_MIN_LENGTH - 1:
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz.fuzz import ratio

        if ratio(token.folded, word.folded) >= FUZZY_SCORE:
            return True
        # The lemma form may be further from the spoken form than one typo: compare stems.
        return Levenshtein.distance(token_lemma, word.lemma) <= 1 and len(word.lemma) >= 6
    return False


def find(turn: TurnText, phrases: list[Phrase], fuzzy: bool = False) -> Match | None:
    """The first place in the turn where one of the phrases is said, or None."""
    best: Match | None = None
    toks = turn.tokens
    if not toks:
        return None
    for phrase in phrases:
        lemmas = turn.lemmas(phrase.language)
        size = len(phrase.words)
        first = phrase.words[0]
        for i in range(len(toks) - size + 1):
            if best is not None and toks[i].start >= best.start:
                break
            if not _word_matches(first, toks[i], lemmas[i], fuzzy):
                continue
            if all(_word_matches(phrase.words[k], toks[i + k], lemmas[i + k], fuzzy) for k in range(1, size)):
                best = Match(phrase, toks[i].start, toks[i + size - 1].end)
                break
    return best

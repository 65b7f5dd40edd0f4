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


_FOLDED: dict[str, str] = {}


def tokens(text: str) -> list[Token]:
    if "@" in text or "http" in text or "www." in text:
        text = _NOT_SPOKEN.sub(lambda m: " " * len(m.group()), text)
    folded = _FOLDED
    if len(folded) > 200_000:
        folded.clear()
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        f = folded.get(word)
        if f is None:
            f = folded[word] = fold(word)
        out.append(Token(word, m.start(), m.end(), f))
    return out


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

    __slots__ = ("text", "tokens", "_lemmas", "_words", "folded")

    def __init__(self, text: str):
        self.text = text
        self.tokens = tokens(text)
        self._lemmas: dict[str, list[str]] = {}
        self._words: dict[str, set[str]] = {}
        self.folded = {t.folded for t in self.tokens}

    def part(self, start: int, end: int) -> "TurnText":
        """The words between two character offsets (a sentence), sharing the lemmas found so far."""
        piece = TurnText.__new__(TurnText)
        keep = [i for i, t in enumerate(self.tokens) if t.start >= start and t.end <= end]
        piece.text = self.text
        piece.tokens = [self.tokens[i] for i in keep]
        piece._lemmas = {lang: [found[i] for i in keep] for lang, found in self._lemmas.items()}
        piece._words = {}
        piece.folded = {t.folded for t in piece.tokens}
        return piece

    def words(self, language: str) -> set[str]:
        """Every folded form and lemma of the turn, to rule a phrase set out at once."""
        found = self._words.get(language)
        if found is None:
            found = self._words[language] = self.folded | set(self.lemmas(language))
        return found

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


class PhraseSet(list):
    """Compiled phrases with an index from first words to phrases, so that a turn is scanned
    once whatever the number of phrases."""

    _index: dict | None = None

    def index(self) -> dict:
        if self._index is None:
            index: dict[str, tuple[dict, dict, list]] = {}
            for phrase in self:
                if not phrase.words:
                    continue  # a placeholder filled in per conversation
                exact, by_lemma, prefix = index.setdefault(phrase.language, ({}, {}, []))
                first = phrase.words[0]
                if first.prefix:
                    prefix.append(phrase)
                else:
                    exact.setdefault(first.folded, []).append(phrase)
                    by_lemma.setdefault(first.lemma, []).append(phrase)
            self._index = index
        return self._index


def _rest_matches(phrase: Phrase, toks, lemmas, i: int, fuzzy: bool) -> bool:
    size = len(phrase.words)
    if i + size > len(toks):
        return False
    return all(_word_matches(phrase.words[k], toks[i + k], lemmas[i + k], fuzzy) for k in range(1, size))


def find(turn: TurnText, phrases: list[Phrase], fuzzy: bool = False) -> Match | None:
    """The first place in the turn where one of the phrases is said, or None."""
    toks = turn.tokens
    if not toks or not phrases:
        return None
    if fuzzy:
        return _find_fuzzy(turn, phrases)
    if not isinstance(phrases, PhraseSet):
        phrases = PhraseSet(phrases)
    best: Match | None = None
    for language, (exact, by_lemma, prefix) in phrases.index().items():
        if not prefix:
            words = turn.words(language)
            if words.isdisjoint(exact) and words.isdisjoint(by_lemma):
                continue
        lemmas = turn.lemmas(language)
        for i, tok in enumerate(toks):
            if best is not None and tok.start >= best.start:
                break
            candidates = exact.get(tok.folded, ()), by_lemma.get(lemmas[i], ()), prefix
            hit = None
            for group in candidates:
                for phrase in group:
                    if (group is not prefix or tok.folded.startswith(phrase.words[0].folded)) and _rest_matches(
                        phrase, toks, lemmas, i, False
                    ):
                        hit = phrase
                        break
                if hit:
                    break
            if hit is not None:
                best = Match(hit, tok.start, toks[i + len(hit.words) - 1].end)
                break
    return best


def _find_fuzzy(turn: TurnText, phrases: list[Phrase]) -> Match | None:
    best: Match | None = None
    toks = turn.tokens
    for phrase in phrases:
        lemmas = turn.lemmas(phrase.language)
        size = len(phrase.words)
        first = phrase.words[0]
        for i in range(len(toks) - size + 1):
            if best is not None and toks[i].start >= best.start:
                break
            if _word_matches(first, toks[i], lemmas[i], True) and _rest_matches(phrase, toks, lemmas, i, True):
                best = Match(phrase, toks[i].start, toks[i + size - 1].end)
                break
    return best

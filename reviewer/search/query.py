"""A user's search text: as one FTS5 query over ``turns_fts``, and as the spans it matches in a
turn's text (for highlighting in the opened conversation).

The rule, the same in both places (case, diacritics and invisible marks ignored):

- a word matches every word that starts with it (3 letters or more; shorter words match only
  themselves) and every word of the same stem: "лампа" finds "лампу", "ламп" finds "лампы",
  "lampa" finds "lampas"; a different word that only shares the first letters ("ламинат") does not;
- "a quoted phrase" matches those words in that order, exactly;
- a turn matches when it matches every word and phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.search.normalize import INVISIBLE, clean, fold, words
from reviewer.search.stems import stems

MIN_PREFIX = 3
_PHRASE = re.compile(r'"([^"]*)"?')
# A word of a stored text, invisible marks inside it included (they do not split it).
_TEXT_WORD = re.compile(r"[^\W_](?:" + INVISIBLE.pattern + r"*[^\W_])*")


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...]  # lower-case, as typed
    phrases: tuple[tuple[str, ...], ...]

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases


def parse(text: str) -> Query:
    found_words: list[str] = []
    phrases: list[tuple[str, ...]] = []
    rest = []
    last = 0
    for m in _PHRASE.finditer(text or ""):
        rest.append(text[last:m.start()])
        last = m.end()
        phrase = tuple(words(m.group(1)))
        if phrase:  # a quoted single word is matched exactly too
            phrases.append(phrase)
    rest.append((text or "")[last:])
    for part in rest:
        found_words.extend(words(part))
    return Query(tuple(dict.fromkeys(found_words)), tuple(dict.fromkeys(phrases)))


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_match(text: str) -> str:
    """The FTS5 MATCH expression for a search text ('' when it has no words)."""
    query = parse(text)
    groups = []
    for word in query.words:
        if len(word) < MIN_PREFIX:
            groups.append(f"text : {_quoted(word)}")
            continue
        terms = [f"text : {_quoted(word)} *", "{text stems} : " + _quoted(word)]
        terms += ["{text stems} : " + _quoted(s) for s in stems(word)]
        groups.append("(" + " OR ".join(terms) + ")")
    for phrase in query.phrases:
        groups.append(f"text : {_quoted(' '.join(phrase))}")
    return " AND ".join(groups)


def _forms(word: str) -> set[str]:
    """A word and its stems, folded as the index compares them."""
    return {fold(word), *(fold(s) for s in stems(word))}


class Matcher:
    """Finds where a search text matches inside a turn's text."""

    def __init__(self, text: str):
        self.query = parse(text)
        self._words = [(fold(w), _forms(w)) for w in self.query.words]
        self._phrases = [tuple(fold(w) for w in p) for p in self.query.phrases]

    def word_matches(self, word: str) -> bool:
        """Whether one lower-case, clean word of a text matches a word of the query."""
        return any(self._word_matches_one(word, q, q_forms) for q, q_forms in self._words)

    def matches(self, text: str) -> bool:
        """Whether a text matches every word and phrase of the query (as a turn must in the
        library search)."""
        if self.query.empty:
            return False
        tokens = [clean(m.group()).casefold() for m in _TEXT_WORD.finditer(text or "")]
        for q, q_forms in self._words:
            if not any(self._word_matches_one(t, q, q_forms) for t in tokens):
                return False
        folded = [fold(t) for t in tokens]
        for phrase in self._phrases:
            n = len(phrase)
            if not any(tuple(folded[i:i + n]) == phrase for i in range(len(folded) - n + 1)):
                return False
        return True

    @staticmethod
    def _word_matches_one(word: str, q: str, q_forms: set[str]) -> bool:
        folded = fold(word)
        if len(q) < MIN_PREFIX:
            return folded == q
        return folded.startswith(q) or bool(_forms(word) & q_forms)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) character ranges of ``text`` that match, in order, not overlapping."""
        if self.query.empty or not text:
            return []
        tokens = [(m.start(), m.end(), clean(m.group()).casefold()) for m in _TEXT_WORD.finditer(text)]
        marked: list[tuple[int, int]] = []
        for start, end, word in tokens:
            if self.word_matches(word):
                marked.append((start, end))
        folded = [fold(t[2]) for t in tokens]
        for phrase in self._phrases:
            n = len(phrase)
            for i in range(len(tokens) - n + 1):
                if tuple(folded[i:i + n]) == phrase:
                    marked.append((tokens[i][0], tokens[i + n - 1][1]))
        marked.sort()
        merged: list[tuple[int, int]] = []
        for start, end in marked:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

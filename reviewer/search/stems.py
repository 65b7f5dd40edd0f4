"""The stems of a word: Snowball (PyStemmer) for Russian and English, the Latvian light stemmer
(LatvianStemmer, the Python port of Lucene's) for Latvian.

Which stemmer applies is told by the letters: a Cyrillic word is Russian; a Latin one is stemmed
as English and as Latvian (a Latvian word written without its diacritics looks English). Both are
rule-based, so nothing is loaded beyond the code (the command line stays quick), and each stemmer
is only imported when a word of its script first needs it.
"""

from __future__ import annotations

from functools import lru_cache

_stemmers: dict[str, object] = {}


def _snowball(language: str):
    stemmer = _stemmers.get(language)
    if stemmer is None:
        import Stemmer  # PyStemmer

        stemmer = _stemmers[language] = Stemmer.Stemmer(language)
    return stemmer


def _latvian(word: str) -> str:
    import LatvianStemmer

    return LatvianStemmer.stem(word)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _is_latin(word: str) -> bool:
    return any(ch.isalpha() and ch < "\u0250" for ch in word)


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """Stems of a lower-case word other than the word itself (none for digits or short words)."""
    if len(word) < 3 or word.isdigit():
        return ()
    found: list[str] = []
    if _is_cyrillic(word):
        found.append(_snowball("russian").stemWord(word))
    elif _is_latin(word):
        found.append(_snowball("english").stemWord(word))
        found.append(_latvian(word))
    return tuple(dict.fromkeys(s for s in found if s and s != word))

"""Text as the search index and the query see it.

Invisible direction and zero-width marks (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF)
glued to words by real exports would split a word in two for the FTS tokenizer, so both the index
and the query drop them; the stored text keeps them as written.
"""

from __future__ import annotations

import re
import unicodedata

INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# A word as FTS5's unicode61 tokenizer sees one: a run of letters and digits.
WORD = re.compile(r"[^\W_]+")


def clean(text: str) -> str:
    """Text without invisible marks, in NFC (so a stemmer sees "ā" as one letter)."""
    if text.isascii():  # the marks are not ASCII: most English turns need nothing
        return text
    return unicodedata.normalize("NFC", INVISIBLE.sub("", text))


def words(text: str, cleaned: bool = False) -> list[str]:
    """The lower-case words of a text, invisible marks removed (already, when ``cleaned``)."""
    return WORD.findall((text if cleaned else clean(text)).casefold())


def fold(word: str) -> str:
    """A word without diacritics, as the index compares words (remove_diacritics 2)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

"""What ``turns_fts`` holds for a turn (migration m0010): the text without invisible marks, and
the stems of its words that differ from the words (each once).

The same two values are SQL functions on every library connection (``register``), so that the
FTS triggers can remove a deleted or edited turn's entry, and a rebuild can re-index every turn.
New turns are indexed by the repository with values computed before its write transaction.
"""

from __future__ import annotations

import sqlite3

from reviewer.search.normalize import clean, words
from reviewer.search.stems import stems


def search_text(text: str | None) -> str:
    return clean(text or "")


def search_stems(text: str | None, cleaned: bool = False) -> str:
    found: dict[str, None] = {}
    for word in dict.fromkeys(words(text or "", cleaned)):
        for stem in stems(word):
            found[stem] = None
    return " ".join(found)


def index_values(text: str) -> tuple[str, str]:
    """(text, stems) columns of a turn's index entry."""
    cleaned = search_text(text)
    return cleaned, search_stems(cleaned, cleaned=True)


def register(conn: sqlite3.Connection) -> None:
    """Make search_text() and search_stems() callable from SQL on this connection."""
    conn.create_function("search_text", 1, search_text, deterministic=True)
    conn.create_function("search_stems", 1, search_stems, deterministic=True)

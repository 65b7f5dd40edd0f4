"""Search that finds inflected forms, prefixes and exact phrases, in a real library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.search.query import Matcher, fts_match
from reviewer.storage.conversations import ConversationFilter
from reviewer.storage.library import Library

CORPUS = json.loads((Path(__file__).parent / "data" / "search_inflections.json").read_text("utf-8"))
LANGUAGES = ("ru", "lv", "en")


def _chat(text: str, name: str) -> Conversation:
    return Conversation(
        channel=Channel.CHAT, source_name=name, source_sha256=name,
        turns=[Turn(role=SpeakerRole.CUSTOMER, speaker_name="Client", text=text)],
    )


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "lib") as lib:
        yield lib


def _found(library, text: str) -> set[str]:
    return {c.source_name for c in library.conversations.list(ConversationFilter(search=text))}


@pytest.fixture(scope="module")
def corpus_library(tmp_path_factory):
    """One conversation per word of the corpus: a shop sentence around the word."""
    lib = Library.open(tmp_path_factory.mktemp("corpus") / "lib")
    for lang in LANGUAGES:
        for entry in CORPUS[lang]:
            for word in [entry["word"], *entry["forms"], entry["other"]]:
                lib.conversations.add(_chat(f"Ok, {word.capitalize()}? 42", f"{lang}:{word}"))
    yield lib
    lib.close()


def test_corpus_has_thirty_pairs_per_language():
    for lang in LANGUAGES:
        assert sum(len(e["forms"]) for e in CORPUS[lang]) >= 30, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_inflected_forms_find_each_other(corpus_library, lang):
    pairs = hits = 0
    missed = []
    for entry in CORPUS[lang]:
        for form in entry["forms"]:
            for query, target in ((entry["word"], form), (form, entry["word"])):
                pairs += 1
                if f"{lang}:{target}" in _found(corpus_library, query):
                    hits += 1
                else:
                    missed.append((query, target))
    assert hits / pairs >= 0.95, missed


@pytest.mark.parametrize("lang", LANGUAGES)
def test_whole_word_does_not_find_a_different_word_with_the_same_first_letters(corpus_library, lang):
    wrong = []
    for entry in CORPUS[lang]:
        assert entry["other"][:3] == entry["word"][:3]
        for query in [entry["word"], *entry["forms"]]:
            if f"{lang}:{entry['other']}" in _found(corpus_library, query):
                wrong.append((query, entry["other"]))
    assert wrong == []


def test_prefix_of_three_letters_finds_words_starting_with_it(corpus_library):
    assert {"ru:лампа", "ru:лампу", "ru:лампы", "ru:лампой", "ru:ламп"} <= _found(corpus_library, "ламп")
    # Three letters: every word starting with them, the different word included.
    assert {"ru:лампа", "ru:ламинат"} <= _found(corpus_library, "лам")
    assert {"lv:lampas", "lv:lampām", "lv:lamināts"} <= _found(corpus_library, "lam")
    assert "lv:lampas" in _found(corpus_library, "lampa")


def test_two_letters_match_only_the_word_itself(library):
    library.conversations.add(_chat("ok then", "a"))
    library.conversations.add(_chat("okay then", "b"))
    assert _found(library, "ok") == {"a"}


def test_case_diacritics_and_all_words(library):
    library.conversations.add(_chat("Piegāde uz Rīgu rīt", "a"))
    library.conversations.add(_chat("Piegāde uz Liepāju", "b"))
    assert _found(library, "PIEGADE rigu") == {"a"}
    assert _found(library, "piegādes") == {"a", "b"}


def test_quoted_phrase_matches_exactly(library):
    library.conversations.add(_chat("Синюю лампу доставим завтра", "a"))
    library.conversations.add(_chat("Лампу синюю доставим", "b"))
    library.conversations.add(_chat("Синяя лампа", "c"))
    assert _found(library, '"синюю лампу"') == {"a"}
    assert _found(library, "синяя лампа") == {"a", "b", "c"}
    assert _found(library, '"лампа"') == {"c"}
    assert _found(library, '"синюю лампу" доставим') == {"a"}


def test_operators_and_punctuation_are_inert(library):
    library.conversations.add(_chat("lamp NEAR door, OR (not) *", "a"))
    for text in ['lamp OR', 'NEAR(', '"', '*', 'lamp) AND', '"unclosed phrase', "{text stems}:x"]:
        library.conversations.list(ConversationFilter(search=text))  # never an FTS syntax error
    assert _found(library, "lamp OR") == {"a"}
    assert fts_match("  *  ") == ""


def test_invisible_marks_ignored_in_index_and_query_text_kept(library):
    text = "Follow \u2066@Bra\u200bnd\u2069 for news, zero\ufeffwidth"
    cid = library.conversations.add(_chat(text, "a"))
    assert _found(library, "@Brand") == {"a"}
    assert _found(library, "brand") == {"a"}
    assert _found(library, "zerowidth") == {"a"}
    assert _found(library, "Br\u200band") == {"a"}
    assert library.conversations.get(cid).turns[0].text == text


def test_edits_and_deletes_keep_the_index_in_step(library):
    cid = library.conversations.add(_chat("Лампу привезём", "a"))
    library.conversations.edit_turn(cid, 0, text="Доставку оформим")
    assert _found(library, "лампа") == set()
    assert _found(library, "доставка") == {"a"}
    library.conversations.delete(cid)
    assert _found(library, "доставка") == set()
    library.conn.execute("INSERT INTO turns_fts (turns_fts, rank) VALUES ('integrity-check', 1)")


def test_migration_rebuilds_the_index_of_an_existing_library(tmp_path):
    """A library made before m0010 (whole-word index) finds inflected forms once opened."""
    import sqlite3

    from reviewer.storage import migrations

    db = tmp_path / "lib" / "library.db"
    db.parent.mkdir()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                 " applied_at TEXT NOT NULL)")
    for migration in migrations.available():
        if migration.version < 10:
            migration.module.up(conn)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')", (migration.version, migration.name))
    conn.execute("INSERT INTO conversations (id, channel, source_name, source_sha256, status, imported_at)"
                 " VALUES (1, 'chat', 'old.txt', 'x', 'new', 'then')")
    conn.execute("INSERT INTO participants (id, conversation_id, name, role) VALUES (1, 1, 'A', 'agent')")
    conn.execute("INSERT INTO turns (id, conversation_id, idx, participant_id, text) VALUES (1, 1, 0, 1, 'Лампы')")
    conn.execute("INSERT INTO turns_fts (rowid, text) VALUES (1, 'Лампы')")
    assert conn.execute("SELECT count(*) FROM turns_fts WHERE turns_fts MATCH 'лампа'").fetchone()[0] == 0
    conn.close()
    with Library.open(tmp_path / "lib") as lib:
        assert _found(lib, "лампа") == {"old.txt"}


def test_matcher_spans_follow_the_same_rule():
    text = "Лампу доставим; ламинат нет. \u2066@Bra\u200bnd\u2069!"
    spans = Matcher("лампа brand").spans(text)
    assert [text[a:b] for a, b in spans] == ["Лампу", "Bra\u200bnd"]
    phrase = "the blue lamp and a lamp blue"
    assert [phrase[a:b] for a, b in Matcher('"blue lamp"').spans(phrase)] == ["blue lamp"]
    assert Matcher("").spans("anything") == []

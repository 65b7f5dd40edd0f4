"""The library database: schema, migrations, transactions, search."""

import sqlite3

import pytest

from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole, Turn, Word
from reviewer.storage import Library, LibraryError, resolve_library_dir
from reviewer.storage.conversations import ConversationFilter, fts_query
from reviewer.storage.settings import Setting


def chat(sha: str, *turns: tuple[str, SpeakerRole, str], employee="Anna Ivanova", **kw) -> Conversation:
    return Conversation(
        channel=Channel.CHAT,
        source_name=f"{sha}.txt",
        source_sha256=sha,
        employee=employee,
        turns=[Turn(text, role, name, start_ms=i * 1000) for i, (text, role, name) in enumerate(turns)],
        **kw,
    )


def test_new_library_has_wal_foreign_keys_and_recorded_migrations(tmp_path):
    lib = Library.open(tmp_path / "lib")
    assert (tmp_path / "lib" / "library.db").is_file()
    assert (tmp_path / "lib" / "recordings").is_dir()
    assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    versions = [r[0] for r in lib.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions[0] == 1 and versions == sorted(set(versions))
    tables = set(lib.db.table_names())
    assert {"employees", "conversations", "participants", "turns", "turns_fts", "settings"} <= tables
    lib.close()
    # Reopening applies nothing twice.
    again = Library.open(tmp_path / "lib")
    assert [r[0] for r in again.conn.execute("SELECT version FROM schema_migrations ORDER BY version")] == versions
    again.close()


def test_round_trip_keeps_every_field(library):
    conv = chat(
        "a" * 64,
        ("Добрый день, меня зовут Анна", SpeakerRole.AGENT, "Анна"),
        ("Здравствуйте", SpeakerRole.CUSTOMER, "Пётр"),
        started_at="2026-11-24T14:05:00",
        duration_ms=61_000,
        language="ru",
        metadata={"k": "v"},
    )
    conv.turns[0].words = [Word(0, 400, "Добрый", 0.9), Word(400, 900, "день", 0.8)]
    cid = library.conversations.add(conv)
    got = library.conversations.get(cid)
    assert got.employee == "Anna Ivanova"
    assert got.channel is Channel.CHAT and got.language == "ru" and got.duration_ms == 61_000
    assert got.metadata == {"k": "v"}
    assert [(t.role, t.speaker_name, t.start_ms, t.text) for t in got.turns] == [
        (SpeakerRole.AGENT, "Анна", 0, "Добрый день, меня зовут Анна"),
        (SpeakerRole.CUSTOMER, "Пётр", 1000, "Здравствуйте"),
    ]
    assert got.turns[0].words == [Word(0, 400, "Добрый", 0.9), Word(400, 900, "день", 0.8)]
    assert got.turns[1].words is None


def test_failed_transaction_leaves_nothing(library):
    library.conversations.add(chat("b" * 64, ("hi", SpeakerRole.AGENT, "A")))
    with pytest.raises(RuntimeError):
        with library.transaction():
            library.conversations.add(chat("c" * 64, ("x", SpeakerRole.AGENT, "B"), employee="New Person"))
            raise RuntimeError("boom")
    assert library.conversations.count() == 1
    assert library.employees() == ["Anna Ivanova"]
    assert library.conn.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 1


def test_nested_transaction_rolls_back_only_inner(library):
    with library.transaction():
        library.conversations.add(chat("d" * 64, ("one", SpeakerRole.AGENT, "A")))
        with pytest.raises(ValueError):
            with library.transaction():
                library.conversations.add(chat("e" * 64, ("two", SpeakerRole.AGENT, "A")))
                raise ValueError
    assert [c.source_sha256 for c in library.conversations.list()] == ["d" * 64]


def test_same_source_twice_is_refused_by_the_schema(library):
    library.conversations.add(chat("f" * 64, ("hi", SpeakerRole.AGENT, "A")))
    with pytest.raises(sqlite3.IntegrityError):
        library.conversations.add(chat("f" * 64, ("hi", SpeakerRole.AGENT, "A")))
    assert library.conversations.ids_with_sha256("f" * 64) == [1]


def test_full_text_search_filters_and_updates(library):
    a = library.conversations.add(chat("1" * 64, ("Хочу вернуть товар", SpeakerRole.CUSTOMER, "K")))
    b = library.conversations.add(
        chat("2" * 64, ("Kur ir mans pasūtījums?", SpeakerRole.CUSTOMER, "K"), employee="Jānis Bērziņš")
    )
    search = lambda text, **kw: [c.id for c in library.conversations.list(ConversationFilter(search=text, **kw))]
    assert search("товар") == [a]
    assert search("ТОВАР") == [a]  # case-insensitive, also for Cyrillic
    assert search("pasutijums") == [b]  # diacritics folded
    assert search("товар pasūtījums") == []  # all words must match
    # FTS syntax typed by a user is taken as plain words, never as a query error.
    assert search('"товар"') == [a]
    assert search("NEAR(товар") == []
    assert search("товар*") == [a]
    assert search("товар", employee="jānis bērziņš") == []
    # Editing a turn's text re-indexes it.
    library.conn.execute("UPDATE turns SET text = 'Хочу обменять' WHERE conversation_id = ?", (a,))
    assert search("товар") == [] and search("обменять") == [a]
    library.conversations.delete(a)
    assert search("обменять") == []


def test_fts_query_quotes_words():
    # Short words match themselves, a quoted word is a phrase; "*" typed by the user is inert.
    assert fts_query('a "b" c*') == 'text : "a" AND text : "c" AND text : "b"'
    assert fts_query('   ') == ""


def test_relabel_participant_changes_all_their_turns(library):
    cid = library.conversations.add(
        chat("3" * 64, ("a", SpeakerRole.UNKNOWN, "Olga"), ("b", SpeakerRole.UNKNOWN, "Olga"), ("c", SpeakerRole.UNKNOWN, "Ivan"))
    )
    library.conversations.set_participant_role(cid, "Olga", SpeakerRole.AGENT)
    roles = [(t.speaker_name, t.role) for t in library.conversations.turns(cid)]
    assert roles == [("Olga", SpeakerRole.AGENT), ("Olga", SpeakerRole.AGENT), ("Ivan", SpeakerRole.UNKNOWN)]
    with pytest.raises(KeyError):
        library.conversations.set_participant_role(cid, "Nobody", SpeakerRole.AGENT)


def test_append_turns_continues_the_index(library):
    cid = library.conversations.add(
        Conversation(channel=Channel.CALL, source_name="c.wav", source_sha256="4" * 64,
                     status=ConversationStatus.NEEDS_TRANSCRIPTION)
    )
    library.conversations.append_turns(cid, [Turn("first", start_ms=0, end_ms=900)])
    library.conversations.append_turns(cid, [Turn("second", start_ms=1000, end_ms=1900)])
    turns = library.conversations.turns(cid)
    assert [(t.index, t.text, t.role) for t in turns] == [(0, "first", SpeakerRole.UNKNOWN), (1, "second", SpeakerRole.UNKNOWN)]


def test_settings_are_typed(library):
    assert library.setting(Setting.AGENT_NAMES) == []
    library.set_setting(Setting.AGENT_NAMES, ["Anna", "Support"])
    assert library.setting(Setting.AGENT_NAMES) == ["Anna", "Support"]
    with pytest.raises(ValueError):
        library.set_setting(Setting.AGENT_AUDIO_CHANNEL, "left")
    assert library.setting(Setting.AGENT_AUDIO_CHANNEL) == 0


def test_library_location_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("REVIEWER_LIBRARY", str(tmp_path / "from-env"))
    assert resolve_library_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert resolve_library_dir(None) == tmp_path / "from-env"
    monkeypatch.delenv("REVIEWER_LIBRARY")
    assert "Reviewer" in str(resolve_library_dir(None))


def test_a_file_that_is_not_a_database_is_reported(tmp_path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "library.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="not a usable library database"):
        Library.open(tmp_path / "lib")

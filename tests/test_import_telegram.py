"""Telegram Desktop "Export chat history" JSON."""

import json

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.telegram import IMPORTER


def _write_json(tmp_path, name, data, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(json.dumps(data, ensure_ascii=False, indent=1).encode(encoding))
    return path


@pytest.mark.parametrize("name", ["test_single_export.json", "test_batch_export.json"])
def test_chat_miner_fixtures_match_the_expected_parse(testdata, name):
    path = testdata("chats", "chat-miner-fixtures", "telegram", name)
    expected = json.loads(testdata("chats", "chat-miner-fixtures", "telegram", "target.json").read_text())
    assert detect(path) is IMPORTER
    [conversation] = IMPORTER.parse(path, ImportOptions()).conversations
    # Only Unix times in these files: they are UTC, and say so. Entities are joined exactly as
    # exported (real exports carry the spaces as string parts); target.json adds a space.
    got = [(t.sent_at, t.speaker_name, "".join(t.text.split())) for t in conversation.turns]
    assert got == [(e["timestamp"] + "+00:00", e["author"], "".join(e["message"].split())) for e in expected]
    assert conversation.turns[1].text == "Link:https://telegram.org/"
    assert [t.start_ms for t in conversation.turns] == [0, 614_000]
    assert conversation.source_format == "telegram" and conversation.channel is Channel.CHAT
    if name == "test_batch_export.json":
        assert conversation.title == "Chatname" and conversation.source_key == "Chatname"


def test_personal_chat_with_entities_and_a_call(testdata):
    path = testdata("chats", "telegram-desktop-json", "personal_chat.json")
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions(agents=["Bob"]))
    [conversation] = parsed.conversations
    assert [(t.role, t.speaker_name, t.text) for t in conversation.turns] == [
        (SpeakerRole.CUSTOMER, "Alice", "Hello!"),
        (SpeakerRole.AGENT, "Bob", "Hi there!"),
        (SpeakerRole.CUSTOMER, "Alice", "Check this important message"),
        (SpeakerRole.AGENT, "Bob", "Got it!"),
        (SpeakerRole.SYSTEM, None, "Alice: phone call"),
    ]
    # "date" is the exporting computer's local time, kept as written.
    assert conversation.turns[3].sent_at == "2024-01-16T09:00:00"
    assert conversation.started_at == "2024-01-15T10:30:00"
    assert conversation.duration_ms == 84_600_000
    assert conversation.title == "Test User" and conversation.source_key == "123456789"
    assert parsed.notes == []


def test_personal_chat_named_after_neither_sender_gets_no_exporter(testdata):
    # The fixture's chat is called "Test User" but Alice and Bob wrote: no reliable exporter.
    parsed = IMPORTER.parse(testdata("chats", "telegram-desktop-json", "personal_chat.json"), ImportOptions())
    assert "agent not identified" in parsed.notes[0]


def test_supergroup_service_messages_are_system_turns(testdata):
    [conversation] = IMPORTER.parse(
        testdata("chats", "telegram-desktop-json", "supergroup_with_topics.json"), ImportOptions()
    ).conversations
    assert len(conversation.turns) == 7
    system = [t.text for t in conversation.turns if t.role is SpeakerRole.SYSTEM]
    assert system == [
        "Admin: create group (\u201cTest Group\u201d)",
        "Admin: topic created (\u201cGeneral\u201d)",
        "Admin: topic created (\u201cFinances\u201d)",
    ]
    assert [t.speaker_name for t in conversation.turns if t.speaker_name] == ["User1", "User2", "User1", "User3"]


def _message(i, sender, text, **extra):
    return {
        "id": i, "type": "message", "date": f"2026-11-24T14:0{i}:00", "date_unixtime": str(1795000000 + i * 60),
        "from": sender, "from_id": f"user{sender}", "text": text, **extra,
    }


def test_exporter_of_a_personal_chat_is_the_agent(tmp_path):
    chat = {
        "name": "Иван", "type": "personal_chat", "id": 42,
        "messages": [
            _message(1, "Иван", "Здравствуйте, где заказ?"),
            _message(2, "Магазин Ромашка", [{"type": "bold", "text": "Добрый день!"}, " Уже в пути."]),
            _message(3, "Иван", "", media_type="voice_message"),
            _message(4, "Иван", "", photo="photos/1.jpg"),
        ],
    }
    conversation = IMPORTER.parse(_write_json(tmp_path, "result.json", chat), ImportOptions()).conversations[0]
    assert [(t.role, t.text) for t in conversation.turns] == [
        (SpeakerRole.CUSTOMER, "Здравствуйте, где заказ?"),
        (SpeakerRole.AGENT, "Добрый день! Уже в пути."),
        (SpeakerRole.CUSTOMER, "[voice message]"),
        (SpeakerRole.CUSTOMER, "[photo]"),
    ]


def test_account_export_gives_one_conversation_per_chat(tmp_path):
    data = {
        "about": "Here is the data you requested.",
        "personal_information": {"first_name": "Shop"},
        "chats": {"list": [
            {"name": "A", "type": "personal_chat", "id": 1, "messages": [_message(1, "A", "hi")]},
            {"name": "B", "type": "personal_chat", "id": 2,
             "messages": [_message(1, "B", "hello"), _message(2, "Shop", "yes?")]},
            {"name": "Empty", "type": "personal_chat", "id": 3, "messages": []},
        ]},
    }
    path = _write_json(tmp_path, "result.json", data, "utf-8-sig")
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    assert [(c.source_key, c.title, len(c.turns)) for c in parsed.conversations] == [("1", "A", 1), ("2", "B", 2)]
    assert parsed.conversations[1].turns[1].role is SpeakerRole.AGENT  # B's chat was exported by Shop


def test_other_json_is_not_claimed_and_is_refused_clearly(tmp_path, testdata):
    other = _write_json(tmp_path, "other.json", {"messages": "not a list", "hello": 1})
    assert IMPORTER.sniff(other, other.read_bytes()) == 0
    with pytest.raises(ImportProblem, match="not a Telegram export: no 'messages' list"):
        IMPORTER.parse(other, ImportOptions())
    intercom = testdata("chats", "intercom", "intercom_conversation_get_example.json")
    assert IMPORTER.sniff(intercom, intercom.read_bytes()) == 0
    with pytest.raises(ImportProblem, match="not a Telegram export"):
        IMPORTER.parse(_write_json(tmp_path, "list.json", [1, 2]), ImportOptions())


def test_truncated_export(tmp_path, testdata):
    whole = testdata("chats", "telegram-desktop-json", "personal_chat.json").read_bytes()
    path = tmp_path / "result.json"
    path.write_bytes(whole[: len(whole) // 2])
    assert detect(path) is IMPORTER  # the head still looks like Telegram
    with pytest.raises(ImportProblem, match="truncated"):
        IMPORTER.parse(path, ImportOptions())

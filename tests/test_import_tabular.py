"""Conversations as CSV tables and JSON lists."""

import json

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.tabular import IMPORTER


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _rows(conversation):
    return [(t.speaker_name, t.role, t.sent_at, t.start_ms, t.end_ms, t.text) for t in conversation.turns]


def test_russian_excel_csv_semicolons_cp1251_separate_date_and_time(tmp_path):
    text = (
        "Дата;Время;Автор;Роль;Сообщение\r\n"
        "24.11.2026;14:05;Анна;оператор;Здравствуйте!\r\n"
        '24.11.2026;14:06:30;Иван;клиент;"Где заказ; номер\r\n5521?"\r\n'
        ";;;;\r\n"
        "25.11.2026;09:00;Анна;оператор;Передан в доставку\r\n"
    )
    path = _write(tmp_path, "export.csv", text, "cp1251")
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [conversation] = parsed.conversations
    assert _rows(conversation) == [
        ("Анна", SpeakerRole.AGENT, "2026-11-24T14:05:00", 0, None, "Здравствуйте!"),
        ("Иван", SpeakerRole.CUSTOMER, "2026-11-24T14:06:30", 90_000, None, "Где заказ; номер\n5521?"),
        ("Анна", SpeakerRole.AGENT, "2026-11-25T09:00:00", 68_100_000, None, "Передан в доставку"),
    ]
    assert conversation.channel is Channel.CHAT and conversation.started_at == "2026-11-24T14:05:00"
    assert parsed.notes == []


def test_excel_separator_hint_line(tmp_path):
    path = _write(tmp_path, "export.csv", "sep=;\r\nspeaker;text\r\nAnna;Hello, world\r\n")
    assert detect(path) is IMPORTER
    assert [t.text for t in IMPORTER.parse(path, ImportOptions()).conversations[0].turns] == ["Hello, world"]


def test_comma_csv_with_iso_times_and_agent_option(tmp_path):
    text = (
        "timestamp,from,body\n"
        "2024-01-15T10:30:00+02:00,Anna,\"Hello, how can I help?\"\n"
        "2024-01-15T10:31:00+02:00,Mark,Where is my parcel?\n"
    )
    path = _write(tmp_path, "chat.csv", text)
    parsed = IMPORTER.parse(path, ImportOptions(agents=["Anna"]))
    assert _rows(parsed.conversations[0]) == [
        ("Anna", SpeakerRole.AGENT, "2024-01-15T10:30:00+02:00", 0, None, "Hello, how can I help?"),
        ("Mark", SpeakerRole.CUSTOMER, "2024-01-15T10:31:00+02:00", 60_000, None, "Where is my parcel?"),
    ]


def test_tab_separated_call_transcript_with_offsets(tmp_path):
    text = "start\tend\tspeaker\ttext\n00:00:01.500\t00:00:03.000\tAgent\tGood morning\n3.5\t5,25\tCustomer\tHi\n"
    path = _write(tmp_path, "call.tsv", text, "utf-16")
    assert detect(path) is IMPORTER
    [conversation] = IMPORTER.parse(path, ImportOptions()).conversations
    assert _rows(conversation) == [
        ("Agent", SpeakerRole.AGENT, None, 1500, 3000, "Good morning"),
        ("Customer", SpeakerRole.CUSTOMER, None, 3500, 5250, "Hi"),
    ]
    assert conversation.channel is Channel.CALL and conversation.duration_ms == 5250


def test_json_list_and_wrapped_lists(tmp_path):
    items = [
        {"time": 0, "author": {"name": "Bot", "type": "bot"}, "content": "Hi! How can I help?"},
        {"time": 4000, "author": {"name": "Eva", "type": "user"}, "content": "Refund please"},
    ]
    path = _write(tmp_path, "a.json", json.dumps(items))
    assert detect(path) is IMPORTER
    assert _rows(IMPORTER.parse(path, ImportOptions()).conversations[0]) == [
        ("Bot", SpeakerRole.AGENT, None, 0, None, "Hi! How can I help?"),
        ("Eva", SpeakerRole.CUSTOMER, None, 4000, None, "Refund please"),
    ]
    wrapped = {"title": "Refund", "channel": "email", "messages": [
        {"date": 1705314600, "sender": "Eva", "message": "one"},
        {"date": 1705314660000, "sender": "Eva", "message": "two"},
    ]}
    conversation = IMPORTER.parse(_write(tmp_path, "b.json", json.dumps(wrapped)), ImportOptions()).conversations[0]
    assert conversation.title == "Refund" and conversation.channel is Channel.EMAIL
    assert [t.sent_at for t in conversation.turns] == ["2024-01-15T10:30:00+00:00", "2024-01-15T10:31:00+00:00"]
    # Whisper's JSON: segments with seconds.
    whisper = {"text": "...", "segments": [{"id": 0, "start": 0.0, "end": 2.48, "text": " Hello."}]}
    conversation = IMPORTER.parse(_write(tmp_path, "c.json", json.dumps(whisper)), ImportOptions()).conversations[0]
    assert _rows(conversation) == [(None, SpeakerRole.UNKNOWN, None, 0, 2480, "Hello.")]
    assert conversation.channel is Channel.CALL


def test_instagram_fixture_matches_the_expected_parse(testdata):
    path = testdata("chats", "chat-miner-fixtures", "instagram", "test_export.json")
    expected = json.loads(testdata("chats", "chat-miner-fixtures", "instagram", "target.json").read_text())
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [conversation] = parsed.conversations
    # Instagram lists the newest message first; turns are put in time order.
    got = [(t.sent_at, t.speaker_name, t.text) for t in reversed(conversation.turns)]
    assert got == [(e["timestamp"] + "+00:00", e["author"], e["message"]) for e in expected]
    assert conversation.turns[-1].start_ms == 2_107_560_000


def test_messenger_mojibake_is_repaired(tmp_path):
    broken = "Привет".encode("utf-8").decode("latin-1")  # how Meta exports write non-ASCII text
    data = {
        "participants": [{"name": "A"}],
        "messages": [{"sender_name": "A", "timestamp_ms": 1579294140000, "content": broken}],
    }
    path = _write(tmp_path, "message_1.json", json.dumps(data))
    conversation = IMPORTER.parse(path, ImportOptions()).conversations[0]
    assert conversation.turns[0].text == "Привет"


def test_ambiguous_dates_are_reported(tmp_path):
    path = _write(tmp_path, "a.csv", "date,speaker,text\n03/04/2024 10:00,A,one\n05/06/2024 10:00,B,two\n")
    parsed = IMPORTER.parse(path, ImportOptions())
    assert parsed.conversations[0].turns[0].sent_at == "2024-04-03T10:00:00"
    assert any("day/month" in n for n in parsed.notes)
    path = _write(tmp_path, "ordered.csv", "date,speaker,text\n03/04/2024 10:00,A,one\n04/03/2024 10:00,B,two\n")
    parsed = IMPORTER.parse(path, ImportOptions())
    assert [t.sent_at for t in parsed.conversations[0].turns] == ["2024-03-04T10:00:00", "2024-04-03T10:00:00"]
    assert parsed.notes == ["agent not identified (speakers: A, B); use --agent NAME"]
    path = _write(tmp_path, "b.csv", "date,speaker,text\n12/31/2024 11:00 PM,A,one\n")
    assert IMPORTER.parse(path, ImportOptions()).conversations[0].turns[0].sent_at == "2024-12-31T23:00:00"


def test_bad_tables_are_refused_clearly(tmp_path):
    no_text = _write(tmp_path, "a.csv", "time,speaker,amount\n10:00,A,5\n")
    assert IMPORTER.sniff(no_text, no_text.read_bytes()) == 0
    expected = "CSV, but no text column: expected one of text, message.*found: time, speaker, amount"
    with pytest.raises(ImportProblem, match=expected):
        IMPORTER.parse(no_text, ImportOptions())
    with pytest.raises(ImportProblem, match="unreadable time 'yesterday'"):
        IMPORTER.parse(_write(tmp_path, "b.csv", "time,text\nyesterday,hi\n"), ImportOptions())
    with pytest.raises(ImportProblem, match="every row's text is empty"):
        IMPORTER.parse(_write(tmp_path, "c.csv", "speaker,text\nA,\n"), ImportOptions())
    with pytest.raises(ImportProblem, match="JSON, but not a conversation table"):
        IMPORTER.parse(_write(tmp_path, "d.json", json.dumps({"rows": []})), ImportOptions())
    with pytest.raises(ImportProblem, match="one object per message"):
        IMPORTER.parse(_write(tmp_path, "e.json", json.dumps(["a", "b"])), ImportOptions())
    with pytest.raises(ImportProblem, match="truncated JSON: the file ends early"):
        IMPORTER.parse(_write(tmp_path, "f.json", '[{"speaker": "A", "text": "hi"}, {"speak'), ImportOptions())
    with pytest.raises(ImportProblem, match="not valid JSON"):
        IMPORTER.parse(_write(tmp_path, "g.json", '[{"speaker": "A", "text": "hi"} {"a": 1}]'), ImportOptions())
    with pytest.raises(ImportProblem, match="no comma, semicolon or tab"):
        IMPORTER.parse(_write(tmp_path, "h.csv", "just text\n"), ImportOptions())

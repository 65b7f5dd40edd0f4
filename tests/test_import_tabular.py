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


# Real exports of speech datasets and ASR tools (built after ones seen in other projects): an ASR
# transcript beside the human one, offsets and durations in milliseconds, rows without text.
ASR_TABLE = (
    "segment_id,speaker,offset_ms,duration_ms,transcript,human_transcript\n"
    "s1,Agent,500,2300,good morning north lamp,\"Good morning, NordLamp.\"\n"
    "s2,Customer,3100,1800,my lamp is broken,My lamp arrived broken.\n"
    "s3,Customer,5200,400,,\n"
    "s4,Agent,5900,2100,sorry to here that,\n"
)


def test_human_transcript_wins_and_offsets_with_durations_make_a_call(tmp_path):
    path = _write(tmp_path, "segments.csv", ASR_TABLE)
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [conversation] = parsed.conversations
    assert conversation.channel is Channel.CALL
    assert _rows(conversation) == [
        ("Agent", SpeakerRole.AGENT, None, 500, 2800, "Good morning, NordLamp."),
        ("Customer", SpeakerRole.CUSTOMER, None, 3100, 4900, "My lamp arrived broken."),
        ("Agent", SpeakerRole.AGENT, None, 5900, 8000, "sorry to here that"),  # nobody corrected it
    ]
    assert parsed.notes == [
        'text read from the column "human_transcript" (the table also has "transcript")',
        '1 row with an empty "human_transcript" kept the "transcript" text',
        "1 row without text left out",
    ]


def test_corrected_text_json_with_duration_in_seconds(tmp_path):
    data = {
        "utterances": [
            {"speaker": "Anna", "start": 0.5, "duration": 1.25, "text": "helo", "corrected_text": "Hello"},
            {"speaker": "Mark", "start": 2.0, "duration": 2, "text": "hi i called yesterday",
             "corrected_text": "Hi, I called yesterday."},
            {"speaker": "Mark", "start": 4.5, "duration": 0.5, "text": "", "corrected_text": ""},
        ]
    }
    path = _write(tmp_path, "call.json", json.dumps(data))
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions(agents=["Anna"]))
    [conversation] = parsed.conversations
    assert conversation.channel is Channel.CALL
    assert [(t.text, t.start_ms, t.end_ms) for t in conversation.turns] == [
        ("Hello", 500, 1750),
        ("Hi, I called yesterday.", 2000, 4000),
    ]
    assert parsed.notes == [
        'text read from the column "corrected_text" (the table also has "text")',
        "1 row without text left out",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "start_ms,speaker,text\n0,Agent,Good morning\n2400,Customer,Hello\n",
        json.dumps({"segments": [{"start": 0.0, "text": "Good morning"}, {"start": 2.4, "text": "Hello"}]}),
    ],
    ids=["csv-start-offsets", "json-segments"],
)
def test_timed_speech_segments_without_ends_are_a_call(tmp_path, text):
    path = _write(tmp_path, "segments.json" if text.startswith("{") else "segments.csv", text)
    [conversation] = IMPORTER.parse(path, ImportOptions()).conversations
    assert conversation.channel is Channel.CALL
    assert [t.start_ms for t in conversation.turns] == [0, 2400]


def test_chat_table_with_sent_times_stays_a_chat_and_counts_empty_rows(tmp_path):
    text = "sent_at,author,message\n2026-11-24T14:05:00,Anna,Hello\n2026-11-24T14:06:00,Ivan,\n"
    parsed = IMPORTER.parse(_write(tmp_path, "chat.csv", text), ImportOptions(agents=["Anna"]))
    assert parsed.conversations[0].channel is Channel.CHAT
    assert parsed.notes == ["1 row without text left out"]

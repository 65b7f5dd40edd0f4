"""Plain-text chats and transcripts ("Name: message" lines)."""

import time

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.plain_text import IMPORTER


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_names_only_with_multi_line_messages(tmp_path):
    path = _write(
        tmp_path,
        "chat.txt",
        "Support chat, order 5521\n\nAnna: Hello, how can I help?\nMark: My parcel is late.\n"
        "It was due on Monday.\n\nAnna: Let me check.\n",
    )
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions(agents=["anna"]))
    conversation = parsed.conversations[0]
    assert [(t.speaker_name, t.role, t.text) for t in conversation.turns] == [
        ("Anna", SpeakerRole.AGENT, "Hello, how can I help?"),
        ("Mark", SpeakerRole.CUSTOMER, "My parcel is late.\nIt was due on Monday."),
        ("Anna", SpeakerRole.AGENT, "Let me check."),
    ]
    assert conversation.metadata["preamble"] == "Support chat, order 5521"
    assert all(t.start_ms is None and t.sent_at is None for t in conversation.turns)
    assert conversation.channel is Channel.CHAT and parsed.notes == []


def test_bracketed_dates_in_cp1251_with_role_labels(tmp_path):
    text = (
        "[15.01.2024 23:58:10] Оператор: Добрый вечер!\n"
        "[15.01.2024 23:59:00] Клиент: Итого: 500 рублей?\n"
        "Note: continuation with a colon stays text\n"
        "[16.01.2024 00:01:30] Оператор: Да.\n"
    )
    path = _write(tmp_path, "chat.txt", text, "cp1251")
    parsed = IMPORTER.parse(path, ImportOptions())
    conversation = parsed.conversations[0]
    got = [(t.role, t.speaker_name, t.text, t.sent_at, t.start_ms) for t in conversation.turns]
    assert got == [
        (SpeakerRole.AGENT, "Оператор", "Добрый вечер!", "2024-01-15T23:58:10", 0),
        (SpeakerRole.CUSTOMER, "Клиент", "Итого: 500 рублей?\nNote: continuation with a colon stays text",
         "2024-01-15T23:59:00", 50_000),
        (SpeakerRole.AGENT, "Оператор", "Да.", "2024-01-16T00:01:30", 200_000),
    ]
    assert conversation.started_at == "2024-01-15T23:58:10" and conversation.duration_ms == 200_000
    assert parsed.notes == []
    # Bracketed dates are also how iPhone WhatsApp exports look; either importer reads them alike.
    detected = detect(path)
    assert detected.name in ("whatsapp", "plain_text")
    again = detected.parse(path, ImportOptions()).conversations[0]
    assert [(t.role, t.speaker_name, t.text, t.sent_at, t.start_ms) for t in again.turns] == got


def test_time_only_prefixes(tmp_path):
    # Times of day: counted from the first message, across midnight.
    path = _write(tmp_path, "a.txt", "23:50 Anna: hi\n23:55 Bob: hello\n00:05 Anna: late\n")
    conversation = IMPORTER.parse(path, ImportOptions()).conversations[0]
    assert [t.start_ms for t in conversation.turns] == [0, 300_000, 900_000]
    assert conversation.started_at is None and conversation.duration_ms == 900_000
    # Offsets into a call keep their value; fractions are milliseconds.
    path = _write(tmp_path, "b.txt", "00:00:05.250 - Agent: Good morning\n00:00:09 - Customer: Hi\n")
    conversation = IMPORTER.parse(path, ImportOptions()).conversations[0]
    assert [t.start_ms for t in conversation.turns] == [5_250, 9_000]
    assert [t.role for t in conversation.turns] == [SpeakerRole.AGENT, SpeakerRole.CUSTOMER]
    # Minutes above 59 show that two-number times are minutes:seconds.
    path = _write(tmp_path, "c.txt", "[00:10] A: one\n[75:30] B: two\n")
    assert [t.start_ms for t in IMPORTER.parse(path, ImportOptions()).conversations[0].turns] == [10_000, 4_530_000]


def test_twelve_hour_clock_and_us_dates(tmp_path):
    path = _write(tmp_path, "a.txt", "[1/15/2024 11:59 PM] Anna: one\n[1/16/2024 12:01 AM] Bob: two\n")
    conversation = IMPORTER.parse(path, ImportOptions()).conversations[0]
    assert [t.sent_at for t in conversation.turns] == ["2024-01-15T23:59:00", "2024-01-16T00:01:00"]
    assert conversation.turns[1].start_ms == 120_000


def test_ambiguous_dates(tmp_path):
    # 03/04 then 04/03: only month/day keeps the messages in order.
    path = _write(tmp_path, "a.txt", "[03/04/2024 10:00] A: one\n[04/03/2024 10:00] B: two\n")
    parsed = IMPORTER.parse(path, ImportOptions())
    assert [t.sent_at for t in parsed.conversations[0].turns] == ["2024-03-04T10:00:00", "2024-04-03T10:00:00"]
    assert not any("day/month" in n for n in parsed.notes)
    path = _write(tmp_path, "b.txt", "[03/04/2024 10:00] A: one\n[05/06/2024 10:00] B: two\n")
    parsed = IMPORTER.parse(path, ImportOptions())
    assert parsed.conversations[0].turns[0].sent_at == "2024-04-03T10:00:00"
    assert any("day/month" in n for n in parsed.notes)
    with pytest.raises(ImportProblem, match="impossible date"):
        IMPORTER.parse(_write(tmp_path, "c.txt", "[30.02.2024 10:00] A: one\n"), ImportOptions())


def test_unrecognised_text_is_not_claimed(tmp_path):
    prose = _write(tmp_path, "notes.txt", "This is a letter.\nIt has no speakers at all.\nRegards.\n")
    assert IMPORTER.sniff(prose, prose.read_bytes()) == 0
    with pytest.raises(ImportProblem, match="not a recognised"):
        detect(prose)
    with pytest.raises(ImportProblem, match="no messages found"):
        IMPORTER.parse(prose, ImportOptions())


def test_binary_garbage_and_empty_files(tmp_path):
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportProblem, match="not a recognised"):
        detect(garbage)
    with pytest.raises(ImportProblem, match="binary data"):
        IMPORTER.parse(garbage, ImportOptions())
    empty = _write(tmp_path, "empty.txt", "")
    with pytest.raises(ImportProblem, match="empty file"):
        detect(empty)
    with pytest.raises(ImportProblem, match="empty file"):
        IMPORTER.parse(empty, ImportOptions())


def test_unknown_speakers_get_a_note(tmp_path):
    parsed = IMPORTER.parse(_write(tmp_path, "a.txt", "Anna: hi\nBob: hello\n"), ImportOptions())
    assert parsed.notes == ["agent not identified (speakers: Anna, Bob); use --agent NAME"]


def test_a_twenty_message_chat_parses_fast(tmp_path):
    """The library benchmark needs well over 1,000 chats a second through the whole pipeline."""
    lines = [f"[2024-01-15 10:{i:02d}] {'Anna' if i % 2 else 'Mark'}: message number {i}, all fine" for i in range(20)]
    path = _write(tmp_path, "chat.txt", "\n".join(lines) + "\n")
    options = ImportOptions(agents=["Anna"])
    IMPORTER.parse(path, options)
    runs = 300
    start = time.perf_counter()
    for _ in range(runs):
        conversation = IMPORTER.parse(path, options).conversations[0]
    per_chat = (time.perf_counter() - start) / runs
    assert len(conversation.turns) == 20
    assert per_chat < 0.0015, f"{per_chat * 1e6:.0f} us per chat"  # about 0.1 ms on the dev machine

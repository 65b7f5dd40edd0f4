"""WhatsApp "Export chat" text files."""

import json

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.whatsapp import IMPORTER

FIXTURES = ("chats", "chat-miner-fixtures", "whatsapp")
VARIANTS = [
    "test_ddmmyy_24hrs.txt",
    "test_mmddyy_24hrs.txt",
    "test_[mmddyy]_24hrs.txt",
    "test_mmddyyyy_12hrs.txt",
    "test_yyyymmdd_24hrs.txt",
]

RUSSIAN = (
    "24.11.2026, 14:05 - Сообщения и звонки защищены сквозным шифрованием.\n"
    "24.11.2026, 14:05 - Анна: Здравствуйте! Чем могу помочь?\n"
    "24.11.2026, 14:07 - Иван Петров: Добрый день, где мой заказ?\n"
    "Номер 5521.\n"
    "25.11.2026, 09:15 - Анна: Заказ передан в доставку.\n"
)


def _write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("name", VARIANTS)
def test_fixture_variants_match_the_expected_parse(testdata, name):
    path = testdata(*FIXTURES, name)
    expected = json.loads(testdata(*FIXTURES, "target.json").read_text(encoding="utf-8"))
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [conversation] = parsed.conversations
    messages = [t for t in conversation.turns if t.role is not SpeakerRole.SYSTEM]
    # target.json lists the newest message first and joins continuation lines with a space.
    got = [(t.sent_at, t.speaker_name, " ".join(t.text.split())) for t in reversed(messages)]
    assert got == [(e["timestamp"], e["author"], e["message"]) for e in expected]
    # WhatsApp's own notices are kept as system turns, in their place.
    notices = [t.text for t in conversation.turns if t.role is SpeakerRole.SYSTEM]
    assert notices == ["John Doe:.", '+12 345 578 created group "Groupname"', "You were added"]
    assert conversation.channel is Channel.CHAT
    assert conversation.started_at == "2019-01-01T11:25:00"
    assert conversation.turns[0].start_ms == 0
    assert conversation.duration_ms == conversation.turns[-1].start_ms == 94_559_760_000
    assert parsed.notes and "agent not identified" in parsed.notes[0]


def test_russian_android_export_with_notice_and_continuation(tmp_path):
    path = _write(tmp_path, "WhatsApp Chat with Иван Петров.txt", RUSSIAN)
    parsed = IMPORTER.parse(path, ImportOptions())
    conversation = parsed.conversations[0]
    assert [(t.role, t.speaker_name) for t in conversation.turns] == [
        (SpeakerRole.SYSTEM, None),
        (SpeakerRole.AGENT, "Анна"),  # the exporter: the file is named after the other person
        (SpeakerRole.CUSTOMER, "Иван Петров"),
        (SpeakerRole.AGENT, "Анна"),
    ]
    assert conversation.turns[2].text == "Добрый день, где мой заказ?\nНомер 5521."
    assert [t.start_ms for t in conversation.turns] == [0, 0, 120_000, 69_000_000]  # 19 h 10 min later
    assert conversation.turns[3].sent_at == "2026-11-25T09:15:00"
    assert parsed.notes == []


def test_exporter_is_not_guessed_without_a_reliable_file_name(tmp_path):
    parsed = IMPORTER.parse(_write(tmp_path, "chat.txt", RUSSIAN), ImportOptions())
    assert {t.role for t in parsed.conversations[0].turns if t.speaker_name} == {SpeakerRole.UNKNOWN}
    assert "agent not identified" in parsed.notes[0]
    # Named after someone who did not write: no exporter either.
    parsed = IMPORTER.parse(_write(tmp_path, "WhatsApp Chat with Оля.txt", RUSSIAN), ImportOptions())
    assert "agent not identified" in parsed.notes[0]


def test_agent_option_wins(tmp_path):
    path = _write(tmp_path, "WhatsApp Chat with Иван Петров.txt", RUSSIAN)
    conversation = IMPORTER.parse(path, ImportOptions(agents=["иван петров"])).conversations[0]
    assert conversation.turns[1].role is SpeakerRole.CUSTOMER
    assert conversation.turns[2].role is SpeakerRole.AGENT


def test_iphone_export_utf16_with_marks_and_seconds(tmp_path):
    text = (
        "\u200e[15.01.24, 10:30:05] Shop: \u200eMessages and calls are end-to-end encrypted.\n"
        "[15.01.24, 10:30:05] Anna: Hello\n"
        "[15.01.24, 10:31:45] Mark: \u200eimage omitted\n"
    )
    path = _write(tmp_path, "_chat.txt", text, "utf-16")
    assert detect(path) is IMPORTER
    conversation = IMPORTER.parse(path, ImportOptions(agents=["Anna"])).conversations[0]
    assert [t.text for t in conversation.turns][1:] == ["Hello", "image omitted"]
    assert conversation.turns[0].role is SpeakerRole.SYSTEM  # the notice, not a message by "Shop"
    assert conversation.turns[2].sent_at == "2024-01-15T10:31:45"
    assert conversation.turns[2].start_ms == 100_000
    assert conversation.turns[1].role is SpeakerRole.AGENT
    assert conversation.turns[2].role is SpeakerRole.CUSTOMER


def test_cp1251_export(tmp_path):
    path = _write(tmp_path, "chat.txt", RUSSIAN, "cp1251")
    assert detect(path) is IMPORTER
    conversation = IMPORTER.parse(path, ImportOptions()).conversations[0]
    assert conversation.turns[1].text == "Здравствуйте! Чем могу помочь?"


def test_ambiguous_dates_follow_time_order_or_are_reported(tmp_path):
    # 03/04 then 04/03: only month/day keeps the messages in order.
    ordered = "03/04/24, 10:00 - A: one\n04/03/24, 10:00 - B: two\n"
    conversation = IMPORTER.parse(_write(tmp_path, "a.txt", ordered), ImportOptions()).conversations[0]
    assert [t.sent_at for t in conversation.turns] == ["2024-03-04T10:00:00", "2024-04-03T10:00:00"]
    # Both orders possible: read as day/month and say so.
    path = _write(tmp_path, "b.txt", "03/04/24, 10:00 - A: one\n05/06/24, 10:00 - B: two\n")
    parsed = IMPORTER.parse(path, ImportOptions())
    assert parsed.conversations[0].turns[0].sent_at == "2024-04-03T10:00:00"
    assert any("day/month" in note for note in parsed.notes)


def test_content_decides_not_the_extension(tmp_path):
    for name in ("export.csv", "export"):
        path = _write(tmp_path, name, RUSSIAN)
        assert detect(path) is IMPORTER
        assert len(IMPORTER.parse(path, ImportOptions()).conversations[0].turns) == 4


def test_bad_inputs_raise_clear_problems(tmp_path):
    with pytest.raises(ImportProblem, match="no messages found"):
        IMPORTER.parse(_write(tmp_path, "a.txt", "hello there\nno dates here\n"), ImportOptions())
    with pytest.raises(ImportProblem, match="nobody wrote"):
        IMPORTER.parse(_write(tmp_path, "b.txt", "24.11.2026, 14:05 - You were added\n"), ImportOptions())
    with pytest.raises(ImportProblem, match="impossible date"):
        IMPORTER.parse(_write(tmp_path, "c.txt", "31.02.2026, 14:05 - A: hi\n"), ImportOptions())


def test_imports_into_a_library(library, tmp_path):
    from reviewer.importing import Outcome, import_paths

    path = _write(tmp_path, "WhatsApp Chat with Иван Петров.txt", RUSSIAN)
    [result] = list(import_paths(library, [path]))
    assert result.outcome is Outcome.IMPORTED and result.format == "whatsapp"
    stored = library.conversations.get(result.conversation_ids[0])
    assert stored.employee == "Анна"
    assert stored.started_at == "2026-11-24T14:05:00"
    parsed = IMPORTER.parse(path, ImportOptions()).conversations[0]
    assert [(t.text, t.role) for t in stored.turns] == [(t.text, t.role) for t in parsed.turns]


# A business's group chat exported on an iPhone: WhatsApp writes its notices as messages of the
# group's name, with or without a direction mark (as in real exports seen in other projects).
GROUP = (
    "[9/22/26, 10:17:02 AM] Seller Hub Support: Messages and calls are end-to-end encrypted. "
    "No one outside of this chat can read them.\n"
    "[9/22/26, 10:17:02 AM] Seller Hub Support: \u200eThis business uses a secure service from Meta "
    "to manage this chat. Tap to learn more.\n"
    "[9/22/26, 10:17:40 AM] Seller Hub Support: \u200eAnna Ozola added Sofia Reyes\n"
    "[9/22/26, 10:18:05 AM] Sofia Reyes: My payout is missing. Are messages and calls are end-to-end "
    "encrypted here?\n"
    "[9/22/26, 10:19:11 AM] Anna Ozola: Good morning Sofia, I am checking it now.\n"
    "[9/22/26, 10:19:30 AM] Sofia Reyes: \u200eimage omitted\n"
    "[9/22/26, 10:25:00 AM] Seller Hub Support: \u200eSofia Reyes left\n"
)


def test_group_notices_are_system_turns_whatever_name_stands_before_them(tmp_path):
    path = _write(tmp_path, "_chat.txt", GROUP)
    conversation = IMPORTER.parse(path, ImportOptions(agents=["Anna Ozola"])).conversations[0]
    turns = [(t.role, t.speaker_name, t.text[:30]) for t in conversation.turns]
    assert turns == [
        (SpeakerRole.SYSTEM, None, "Messages and calls are end-to-"),
        (SpeakerRole.SYSTEM, None, "This business uses a secure se"),
        (SpeakerRole.SYSTEM, None, "Anna Ozola added Sofia Reyes"),
        (SpeakerRole.CUSTOMER, "Sofia Reyes", "My payout is missing. Are mess"),
        (SpeakerRole.AGENT, "Anna Ozola", "Good morning Sofia, I am check"),
        (SpeakerRole.CUSTOMER, "Sofia Reyes", "image omitted"),  # media of a person stays hers
        (SpeakerRole.SYSTEM, None, "Sofia Reyes left"),
    ]
    assert set(conversation.participants) == {"Sofia Reyes", "Anna Ozola"}


def test_android_notice_under_a_name_in_russian_is_a_system_turn(tmp_path):
    text = RUSSIAN.replace("24.11.2026, 14:05 - Сообщения", "24.11.2026, 14:05 - NordLamp: Сообщения", 1)
    path = _write(tmp_path, "chat.txt", text)
    conversation = IMPORTER.parse(path, ImportOptions()).conversations[0]
    assert conversation.turns[0].role is SpeakerRole.SYSTEM and conversation.turns[0].speaker_name is None
    assert "NordLamp" not in conversation.participants

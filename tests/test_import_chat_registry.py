"""Picking the chat importer by content, across all formats, and importing into a library."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importing import Outcome, import_paths

EXPECTED = {
    "abcd/abcd_sample.json": "abcd",
    "chat-miner-fixtures/instagram/test_export.json": "tabular",
    "chat-miner-fixtures/signal/test_export.txt": "whatsapp",  # same line shape as an iPhone export
    "chat-miner-fixtures/telegram/test_batch_export.json": "telegram",
    "chat-miner-fixtures/telegram/test_single_export.json": "telegram",
    "chat-miner-fixtures/whatsapp/test_[mmddyy]_24hrs.txt": "whatsapp",
    "chat-miner-fixtures/whatsapp/test_ddmmyy_24hrs.txt": "whatsapp",
    "chat-miner-fixtures/whatsapp/test_mmddyy_24hrs.txt": "whatsapp",
    "chat-miner-fixtures/whatsapp/test_mmddyyyy_12hrs.txt": "whatsapp",
    "chat-miner-fixtures/whatsapp/test_yyyymmdd_24hrs.txt": "whatsapp",
    # The expected parses are themselves chat tables: lists of {timestamp, author, message}.
    "chat-miner-fixtures/whatsapp/target.json": "tabular",
    "chat-miner-fixtures/telegram/target.json": "tabular",
    "chat-miner-fixtures/signal/target.json": "tabular",
    "chat-miner-fixtures/instagram/target.json": "tabular",
    "ibm-twitter-customer-care/dev.json": "twitter_care",
    "intercom/intercom_conversation_get_example.json": "intercom",
    "intercom/intercom_conversation_openapi_example.json": "intercom",
    "telegram-desktop-json/personal_chat.json": "telegram",
    "telegram-desktop-json/supergroup_with_topics.json": "telegram",
    "zendesk/zendesk_ticket_comments_api_response.json": "zendesk",
    "zendesk/zenpy_spec_comment.json": "zendesk",
    "zendesk/zenpy_spec_ticket.json": "zendesk",
}


@pytest.mark.parametrize("relative, name", sorted(EXPECTED.items()))
def test_every_fixture_is_recognised_by_content(testdata, tmp_path, relative, name):
    path = testdata("chats", relative)
    assert detect(path).name == name
    # Without its extension the content still decides.
    bare = tmp_path / "export"
    bare.write_bytes(path.read_bytes())
    assert detect(bare).name == name


def test_unknown_json_binary_and_empty_files_are_not_recognised(tmp_path):
    cases = {
        "settings.json": json.dumps({"volume": 3, "theme": "dark"}).encode(),
        "list.json": json.dumps([1, 2, 3]).encode(),
        "photo.txt": bytes(range(256)) * 64,
        "letter.txt": "Dear shop,\nthe parcel was fine.\nThanks\n".encode(),
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportProblem, match="not a recognised recording or chat export"):
            detect(path)
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    with pytest.raises(ImportProblem, match="empty file"):
        detect(empty)


def test_whole_chats_folder_into_a_library(library, testdata):
    folder = testdata("chats")
    results = list(import_paths(library, [folder], ImportOptions()))
    by_name = {r.path.relative_to(folder).as_posix(): r for r in results}
    for relative, name in EXPECTED.items():
        assert by_name[relative].outcome is Outcome.IMPORTED, by_name[relative].message
        assert by_name[relative].format == name
    others = {k: r.outcome for k, r in by_name.items() if k not in EXPECTED}
    # Licences and read-me files are not conversations: skipped or reported, never stored.
    assert set(others.values()) <= {Outcome.SKIPPED, Outcome.FAILED}
    assert all(k.rsplit("/", 1)[-1].startswith(("LICENSE", "README", "ZENPY_LICENSE")) for k in others)
    assert library.conversations.count() == sum(len(by_name[k].conversation_ids) for k in EXPECTED)
    twitter = by_name["ibm-twitter-customer-care/dev.json"]
    assert len(twitter.conversation_ids) == 525 and twitter.turns == 1211
    stored = library.conversations.get(twitter.conversation_ids[0])
    assert stored.employee == "TeamYouTube"  # the only agent in the thread
    assert [t.role.value for t in stored.turns] == ["customer", "agent"]
    # Importing again finds every file already there.
    again = [r for r in import_paths(library, [folder]) if r.path.relative_to(folder).as_posix() in EXPECTED]
    assert {r.outcome for r in again} == {Outcome.DUPLICATE}


# Whatever a user drops in, an importer answers with a result or one clear ImportProblem,
# never with a crash that the import service would report as "unexpected error".
_LINE_PIECES = st.sampled_from([
    "24.11.2026, 14:05 - ", "[1/2/24, 9:05:01 PM] ", "[2024-01-15 10:30] ", "10:30 ", "00:00:01,000 --> 00:00:02,000",
    "Анна: ", "Agent: ", "WEBVTT", "From: a@b.c", "Date: Mon, 1 Jan 2024 10:00:00 +0000", "Subject: x", "> quoted",
    "time;speaker;text", "<v Anna>", "\u200e", "31.02.2026, 25:61 - X: y", "", "sep=;", "On Mon wrote:",
])
_TEXT_FILES = st.lists(st.one_of(_LINE_PIECES, st.text(max_size=30)), max_size=12).map("\n".join)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(["messages", "text", "from", "date", "type", "comments", "body", "author_id",
                         "conversation_parts", "source", "dialogContent", "original", "chats", "list", "time",
                         "speaker", "role", "start", "end", "value", "turns", "created_at", "users", "ticket"]),
        children,
        max_size=5,
    ),
    max_leaves=25,
)


def _parse_or_problem(path) -> None:
    try:
        importer = detect(path)
    except ImportProblem:
        return
    try:
        parsed = importer.parse(path, ImportOptions(agents=["Анна"]))
    except ImportProblem as exc:
        assert str(exc)
        return
    assert parsed.conversations and all(c.turns for c in parsed.conversations)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_TEXT_FILES, suffix=st.sampled_from([".txt", ".csv", ".srt", ".eml", ""]))
def test_any_text_gives_a_result_or_a_clear_problem(tmp_path, text, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_text(text, encoding="utf-8")
    _parse_or_problem(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=_JSON_VALUES)
def test_any_json_gives_a_result_or_a_clear_problem(tmp_path, value):
    path = tmp_path / "input.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    _parse_or_problem(path)

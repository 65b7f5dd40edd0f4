"""Intercom conversations (REST API JSON)."""

import json
from datetime import datetime, timezone

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.intercom import IMPORTER


def _part(i, kind, author_type, name, body, at):
    return {
        "type": "conversation_part", "id": str(i), "part_type": kind, "body": body, "created_at": at,
        "author": {"type": author_type, "id": str(100 + i), "name": name, "email": f"{name}@x.io"},
    }


def _conversation(source_type="conversation", parts=()):
    return {
        "type": "conversation", "id": "5001", "created_at": 1719492825, "title": None,
        "source": {
            "type": source_type, "id": "9", "delivered_as": "customer_initiated", "subject": "<p>Refund</p>",
            "body": "<p>Hi, I want a <b>refund</b>.</p>",
            "author": {"type": "user", "id": "u1", "name": "Jane Roe", "email": "jane@example.com"},
        },
        "conversation_parts": {"type": "conversation_part.list", "conversation_parts": list(parts)},
    }


@pytest.mark.parametrize(
    "name, speaker",
    [
        ("intercom_conversation_get_example.json", "Ciaran153 Lee"),
        ("intercom_conversation_openapi_example.json", "Ciaran157 Lee"),
    ],
)
def test_fixtures(testdata, name, speaker):
    path = testdata("chats", "intercom", name)
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [conversation] = parsed.conversations
    # The opening message is the admin's; the bot's attribute updates have no body and are skipped.
    assert [(t.role, t.speaker_name, t.text) for t in conversation.turns] == [
        (SpeakerRole.AGENT, speaker, "this is the message body")
    ]
    created = json.loads(path.read_text())["value"]["created_at"]
    assert conversation.started_at == datetime.fromtimestamp(created, timezone.utc).isoformat()
    assert conversation.channel is Channel.CHAT and parsed.notes == []


def test_roles_notes_html_and_times(tmp_path):
    data = _conversation(parts=[
        _part(1, "comment", "admin", "Ann", "<p>Sure &amp; sorry!</p><p>Which order?</p>", 1719492885),
        _part(2, "note", "admin", "Ann", "<p>internal: VIP customer</p>", 1719492890),
        _part(3, "assignment", "bot", "Fin", None, 1719492895),
        _part(4, "comment", "lead", "Jane Roe", "Order 77", 1719492945),
        _part(5, "close", "bot", "Fin", "<p>Closed, thanks</p>", 1719493125),
    ])
    path = tmp_path / "conversation.json"
    path.write_text(json.dumps(data))
    assert detect(path) is IMPORTER
    [conversation] = IMPORTER.parse(path, ImportOptions()).conversations
    assert [(t.role, t.speaker_name, t.text) for t in conversation.turns] == [
        (SpeakerRole.CUSTOMER, "Jane Roe", "Hi, I want a refund."),
        (SpeakerRole.AGENT, "Ann", "Sure & sorry!\n\nWhich order?"),
        (SpeakerRole.CUSTOMER, "Jane Roe", "Order 77"),
        (SpeakerRole.AGENT, "Fin", "Closed, thanks"),
    ]
    assert [t.start_ms for t in conversation.turns] == [0, 60_000, 120_000, 300_000]
    assert conversation.turns[0].sent_at == "2024-06-27T12:53:45+00:00"
    assert conversation.title == "Refund" and conversation.source_key == "5001"


def test_email_conversations_and_lists(tmp_path):
    first = _conversation("email")
    second = dict(_conversation(), id="5002")
    path = tmp_path / "list.json"
    path.write_text(json.dumps({"type": "conversation.list", "conversations": [first, second]}))
    parsed = IMPORTER.parse(path, ImportOptions())
    got = [(c.source_key, c.channel) for c in parsed.conversations]
    assert got == [("5001", Channel.EMAIL), ("5002", Channel.CHAT)]


def test_other_json_is_refused(tmp_path, testdata):
    path = tmp_path / "other.json"
    path.write_text(json.dumps({"items": [1, 2, 3]}))
    assert IMPORTER.sniff(path, path.read_bytes()) == 0
    with pytest.raises(ImportProblem, match="not an Intercom conversation"):
        IMPORTER.parse(path, ImportOptions())
    telegram = testdata("chats", "telegram-desktop-json", "personal_chat.json")
    assert IMPORTER.sniff(telegram, telegram.read_bytes()) == 0
    truncated = tmp_path / "cut.json"
    truncated.write_text(json.dumps(_conversation())[:200])
    with pytest.raises(ImportProblem, match="truncated"):
        IMPORTER.parse(truncated, ImportOptions())

"""Zendesk ticket comments (REST API JSON)."""

import json

import pytest

from reviewer.domain import Channel, SpeakerRole
from reviewer.importers import ImportOptions, ImportProblem, detect
from reviewer.importers.zendesk import IMPORTER


def _comment(i, author, body, at, public=True, channel="web"):
    return {
        "id": i, "type": "Comment", "author_id": author, "body": body, "plain_body": body,
        "html_body": f"<p>{body}</p>", "public": public, "created_at": at, "via": {"channel": channel},
    }


def test_comments_api_response_fixture(testdata):
    path = testdata("chats", "zendesk", "zendesk_ticket_comments_api_response.json")
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [conversation] = parsed.conversations
    [turn] = conversation.turns
    # Nothing in this response says who author 21311632247 is: unknown, and the user is told.
    assert (turn.speaker_name, turn.role, turn.text) == ("User 21311632247", SpeakerRole.UNKNOWN, "I am comment")
    assert turn.sent_at == "2017-04-19T11:14:25+00:00" and turn.start_ms == 0
    assert "agent not identified" in parsed.notes[0]


def test_single_comment_and_ticket_fixtures(testdata):
    comment = testdata("chats", "zendesk", "zenpy_spec_comment.json")
    assert detect(comment) is IMPORTER
    [turn] = IMPORTER.parse(comment, ImportOptions()).conversations[0].turns
    assert turn.text == "Thanks for your help!" and turn.sent_at == "2009-07-20T22:55:29+00:00"

    ticket = testdata("chats", "zendesk", "zenpy_spec_ticket.json")
    assert detect(ticket) is IMPORTER
    [conversation] = IMPORTER.parse(ticket, ImportOptions(agents=["User 1159307768"])).conversations
    assert conversation.title == "This is a sample ticket requested and submitted by you"
    [turn] = conversation.turns
    assert turn.text == "This is the first comment. Feel free to delete this sample ticket."
    # Requester and assignee are the same person here, so the ticket says nothing; --agent decides.
    assert turn.role is SpeakerRole.AGENT
    assert conversation.metadata == {"id": 1, "status": "pending", "priority": "high"}


def test_sideloaded_users_give_names_and_roles(tmp_path):
    data = {
        "comments": [
            _comment(1, 11, "Мой заказ не пришёл", "2024-03-01T09:00:00Z", channel="email"),
            _comment(2, 22, "Проверяю, минуту", "2024-03-01T09:05:00Z"),
            _comment(3, 22, "internal note", "2024-03-01T09:06:00Z", public=False),
            _comment(4, 33, "Посылка у курьера", "2024-03-01T09:10:30Z"),
        ],
        "users": [
            {"id": 11, "name": "Иван", "role": "end-user"},
            {"id": 22, "name": "Анна", "role": "agent"},
            {"id": 33, "name": "Ольга", "role": "admin"},
        ],
    }
    path = tmp_path / "comments.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert detect(path) is IMPORTER
    parsed = IMPORTER.parse(path, ImportOptions())
    [conversation] = parsed.conversations
    assert [(t.speaker_name, t.role) for t in conversation.turns] == [
        ("Иван", SpeakerRole.CUSTOMER), ("Анна", SpeakerRole.AGENT), ("Ольга", SpeakerRole.AGENT)
    ]
    assert [t.start_ms for t in conversation.turns] == [0, 300_000, 630_000]
    assert conversation.channel is Channel.EMAIL  # the ticket came in by e-mail
    assert parsed.notes == []


def test_ticket_requester_and_assignee(tmp_path):
    data = {
        "ticket": {"id": 7, "subject": "Late parcel", "requester_id": 11, "assignee_id": 22, "via": {"channel": "web"}},
        "comments": [
            _comment(1, 11, "Where is it?", "2024-03-01T09:00:00Z"),
            _comment(2, 22, "On its way", "2024-03-01T09:01:00Z"),
        ],
    }
    path = tmp_path / "ticket.json"
    path.write_text(json.dumps(data))
    [conversation] = IMPORTER.parse(path, ImportOptions()).conversations
    assert [t.role for t in conversation.turns] == [SpeakerRole.CUSTOMER, SpeakerRole.AGENT]
    assert conversation.title == "Late parcel" and conversation.channel is Channel.CHAT


def test_wrong_shapes_are_refused(tmp_path, testdata):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"tickets": []}))
    assert IMPORTER.sniff(path, path.read_bytes()) == 0
    with pytest.raises(ImportProblem, match="not a Zendesk ticket: no 'comments' list"):
        IMPORTER.parse(path, ImportOptions())
    path.write_text(json.dumps({"comments": [_comment(1, 5, "secret", "2024-03-01T09:00:00Z", public=False)]}))
    with pytest.raises(ImportProblem, match="no public comments"):
        IMPORTER.parse(path, ImportOptions())
    intercom = testdata("chats", "intercom", "intercom_conversation_openapi_example.json")
    assert IMPORTER.sniff(intercom, intercom.read_bytes()) == 0

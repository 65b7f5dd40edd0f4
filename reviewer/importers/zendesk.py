"""Zendesk tickets: the ticket comments API response (GET /api/v2/tickets/{id}/comments.json).

Each public comment is a turn; private comments are internal notes the customer never saw and
are skipped. Who is the agent comes from the JSON itself: sideloaded users ("users": [...] with
"role": "end-user" | "agent" | "admin"), else the ticket's requester (customer) and assignee
(agent) when a "ticket" object is included. Authors the JSON says nothing about stay unknown
and go through the user's --agent rules.

Accepted shapes: {"comments": [...], "users": [...]?, "ticket": {...}?}, a single ticket (its
description is the requester's first message), or a single comment. A ticket that came in by
e-mail (via.channel "email") is an e-mail conversation.
"""

from __future__ import annotations

import re
from pathlib import Path

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.importers import chattime, htmltext, jsonio
from reviewer.importers.agents import assign_roles
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed

_SNIFF_COMMENTS = re.compile(r'"comments"\s*:')
_SNIFF_COMMENT = re.compile(r'"author_id"\s*:')
_SNIFF_TICKET = re.compile(r'"requester_id"\s*:')
_SNIFF_ZENDESK = re.compile(r'"type"\s*:\s*"Comment"|zendesk\.com|"plain_body"\s*:|"via"\s*:')
_USER_ROLES = {"end-user": SpeakerRole.CUSTOMER, "agent": SpeakerRole.AGENT, "admin": SpeakerRole.AGENT}


class ZendeskImporter:
    name = "zendesk"
    suffixes = (".json",)

    def sniff(self, path: Path, head: bytes) -> int:
        text = jsonio.head_json(head)
        if text is None:
            return 0
        if _SNIFF_COMMENT.search(text) and _SNIFF_ZENDESK.search(text):
            return 3
        if _SNIFF_TICKET.search(text) and _SNIFF_ZENDESK.search(text):
            return 3
        return 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        data = jsonio.unwrap(jsonio.load(path, "Zendesk export"))
        if not isinstance(data, dict):
            raise ImportProblem("JSON, but not a Zendesk ticket: expected an object with a 'comments' list")
        ticket = data.get("ticket") if isinstance(data.get("ticket"), dict) else None
        if isinstance(data.get("comments"), list):
            comments = data["comments"]
        elif data.get("type") == "Comment" or ("author_id" in data and "body" in data):
            comments = [data]
        elif "requester_id" in data and "description" in data:
            ticket = data
            comments = [{
                "body": data["description"],
                "author_id": data.get("requester_id"),
                "created_at": data.get("created_at"),
                "public": True,
            }]
        else:
            raise ImportProblem("JSON, but not a Zendesk ticket: no 'comments' list")

        users = _users(data.get("users"))
        roles = {uid: role for uid, (_name, role) in users.items() if role is not SpeakerRole.UNKNOWN}
        if ticket:
            requester, assignee = _id(ticket.get("requester_id")), _id(ticket.get("assignee_id"))
            if requester is not None and requester != assignee:
                roles.setdefault(requester, SpeakerRole.CUSTOMER)
                if assignee is not None:
                    roles.setdefault(assignee, SpeakerRole.AGENT)

        conversation = Conversation(
            channel=options.channel or _channel(ticket, comments),
            source_name=path.name,
            source_format=self.name,
            title=jsonio.string((ticket or {}).get("subject")),
            source_key="",
            metadata={k: ticket[k] for k in ("id", "status", "priority") if ticket and ticket.get(k) is not None},
        )
        moments = []
        for comment in comments:
            if not isinstance(comment, dict) or comment.get("public") is False:
                continue
            text = _body(comment)
            if not text:
                continue
            author = _id(comment.get("author_id"))
            name = users.get(author, (None, None))[0] or (f"User {author}" if author is not None else "Unknown")
            moment = chattime.parse_iso(comment["created_at"]) if isinstance(comment.get("created_at"), str) else None
            conversation.turns.append(
                Turn(
                    text=text,
                    role=roles.get(author, SpeakerRole.UNKNOWN),
                    speaker_name=name,
                    sent_at=chattime.iso(moment) if moment is not None else None,
                )
            )
            moments.append(moment)
        if not conversation.turns:
            raise ImportProblem("no messages found: the Zendesk ticket has no public comments")
        chattime.finish(conversation, moments)
        notes = []
        note = assign_roles(conversation, options.agents)
        if note:
            notes.append(note)
        return Parsed([conversation], notes)


def _users(listed) -> dict:
    """Sideloaded users: id -> (name, role)."""
    users = {}
    for user in listed if isinstance(listed, list) else []:
        if isinstance(user, dict) and _id(user.get("id")) is not None:
            role = _USER_ROLES.get(str(user.get("role", "")).lower(), SpeakerRole.UNKNOWN)
            users[user["id"]] = (jsonio.string(user.get("name")) or jsonio.string(user.get("email")), role)
    return users


def _id(value) -> int | str | None:
    """A user id as Zendesk writes it (a number; a string in some exports), else None."""
    return value if isinstance(value, (int, str)) and not isinstance(value, bool) else None


def _channel(ticket: dict | None, comments: list) -> Channel:
    vias = [ticket.get("via")] if ticket else []
    vias += [c.get("via") for c in comments[:1] if isinstance(c, dict)]
    for via in vias:
        if isinstance(via, dict) and via.get("channel") in ("email", "mail"):
            return Channel.EMAIL
    return Channel.CHAT


def _body(comment: dict) -> str:
    for key in ("plain_body", "body"):
        if isinstance(comment.get(key), str) and comment[key].strip():
            return comment[key].strip()
    if isinstance(comment.get("html_body"), str):
        return htmltext.to_text(comment["html_body"])
    return ""


IMPORTER = ZendeskImporter()

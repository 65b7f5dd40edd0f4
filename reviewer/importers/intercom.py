"""Intercom conversations as the REST API returns them (GET /conversations/{id}).

The opening message is the conversation's "source"; replies are "conversation_parts". Authors of
type admin, bot or team are the agent side; user, lead and contact are the customer. Parts without
a body (assignments, attribute changes) are skipped, and so are internal notes, which the
customer never saw. Bodies are HTML and are stored as plain text. A conversation that started as
an e-mail (source type "email") is an e-mail conversation.

Accepted: one conversation object, a list of them, or a list response {"conversations": [...]}.
"""

from __future__ import annotations

import re
from pathlib import Path

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.importers import chattime, htmltext, jsonio
from reviewer.importers.agents import assign_roles
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed

_SNIFF = re.compile(r'"conversation_parts"\s*:|"type"\s*:\s*"conversation(?:\.list)?"')
_ROLES = {
    "admin": SpeakerRole.AGENT,
    "bot": SpeakerRole.AGENT,
    "team": SpeakerRole.AGENT,
    "user": SpeakerRole.CUSTOMER,
    "lead": SpeakerRole.CUSTOMER,
    "contact": SpeakerRole.CUSTOMER,
}
_HIDDEN_PARTS = {"note", "note_and_reopen"}


class IntercomImporter:
    name = "intercom"
    suffixes = (".json",)

    def sniff(self, path: Path, head: bytes) -> int:
        text = jsonio.head_json(head)
        return 3 if text is not None and _SNIFF.search(text) else 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        found = _conversation_objects(jsonio.unwrap(jsonio.load(path, "Intercom export")))
        conversations, notes = [], []
        for index, item in enumerate(found):
            conversation = _conversation(item, index, path, options)
            if not conversation.turns:
                continue
            note = assign_roles(conversation, options.agents)
            if note:
                notes.append(f"conversation {conversation.source_key}: {note}" if len(found) > 1 else note)
            conversations.append(conversation)
        if not conversations:
            raise ImportProblem("no messages found in the Intercom conversation")
        return Parsed(conversations, notes)


def _conversation_objects(data) -> list[dict]:
    def is_conversation(item) -> bool:
        return isinstance(item, dict) and ("conversation_parts" in item or item.get("type") == "conversation")

    if is_conversation(data):
        return [data]
    if isinstance(data, dict) and isinstance(data.get("conversations"), list):
        data = data["conversations"]
    if isinstance(data, list) and data and all(is_conversation(item) for item in data):
        return data
    raise ImportProblem("JSON, but not an Intercom conversation: no 'conversation_parts' or 'source'")


def _conversation(item: dict, index: int, path: Path, options: ImportOptions) -> Conversation:
    source = item.get("source") if isinstance(item.get("source"), dict) else {}
    channel = Channel.EMAIL if source.get("type") == "email" else Channel.CHAT
    subject = source.get("subject") if isinstance(source.get("subject"), str) else ""
    title = jsonio.string(item.get("title")) or htmltext.to_text(subject) or None
    conversation = Conversation(
        channel=options.channel or channel,
        source_name=path.name,
        source_format="intercom",
        title=title,
        source_key=jsonio.string(item.get("id")) or f"conversation-{index + 1}",
        metadata={k: item[k] for k in ("state", "priority") if isinstance(item.get(k), str)},
    )
    moments = []
    opening = _turn(source, source.get("created_at") or item.get("created_at"))
    if opening is not None:
        conversation.turns.append(opening[0])
        moments.append(opening[1])
    parts = item.get("conversation_parts")
    if isinstance(parts, dict):
        parts = parts.get("conversation_parts")
    for part in parts if isinstance(parts, list) else []:
        if not isinstance(part, dict) or jsonio.string(part.get("part_type")) in _HIDDEN_PARTS:
            continue
        made = _turn(part, part.get("created_at"))
        if made is not None:
            conversation.turns.append(made[0])
            moments.append(made[1])
    if isinstance(item.get("custom_attributes"), dict) and item["custom_attributes"]:
        conversation.metadata["custom_attributes"] = item["custom_attributes"]
    chattime.finish(conversation, moments)
    return conversation


def _turn(part: dict, created_at) -> tuple[Turn, object] | None:
    body = part.get("body")
    text = htmltext.to_text(body) if isinstance(body, str) else ""
    if not text:
        return None
    author = part.get("author") if isinstance(part.get("author"), dict) else {}
    kind = author.get("type")
    name = jsonio.string(author.get("name")) or jsonio.string(author.get("email"))
    if name is None and jsonio.string(author.get("id")):
        name = f"{kind or 'author'} {jsonio.string(author['id'])}"
    role = _ROLES.get(kind, SpeakerRole.UNKNOWN) if isinstance(kind, str) else SpeakerRole.UNKNOWN
    moment = None
    if isinstance(created_at, (int, float)) and not isinstance(created_at, bool):
        moment = chattime.from_epoch(created_at)
    turn = Turn(
        text=text,
        role=role,
        speaker_name=name,
        sent_at=chattime.iso(moment) if moment is not None else None,
    )
    return turn, moment


IMPORTER = IntercomImporter()

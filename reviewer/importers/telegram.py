"""Telegram Desktop "Export chat history" in JSON (result.json).

One chat ({"name", "type", "messages": [...]}) or the whole-account export
({"chats": {"list": [chat, ...]}}), where each chat becomes its own conversation, told apart by
the chat's id. Message text may be a string or a list of strings and {"type", "text"} entities.
Service messages (calls, joins, pins, topic changes) become system turns.
"""

from __future__ import annotations

import re
from pathlib import Path

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.importers import chattime, jsonio
from reviewer.importers.agents import assign_roles
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed

_MESSAGES = jsonio.key("messages")
_TELEGRAM_MARKS = re.compile(r'"(?:date_unixtime|from_id|actor_id)"\s*:|"type"\s*:\s*"(?:service|personal_chat)"')
# The whole-account export starts with the account's data; its chats may lie beyond the head.
_ACCOUNT_EXPORT = jsonio.key("personal_information")
_MEDIA = {
    "voice_message": "voice message",
    "video_message": "video message",
    "video_file": "video",
    "audio_file": "audio",
    "animation": "GIF",
    "sticker": "sticker",
}


class TelegramImporter:
    name = "telegram"
    suffixes = (".json",)

    def sniff(self, path: Path, head: bytes) -> int:
        text = jsonio.head_json(head)
        if text is None:
            return 0
        if _ACCOUNT_EXPORT.search(text):
            return 3
        return 3 if _MESSAGES.search(text) and _TELEGRAM_MARKS.search(text) else 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        data = jsonio.load(path, "Telegram export")
        chats = _chats(data)
        conversations, notes = [], []
        for index, chat in enumerate(chats):
            conversation = _conversation(chat, index, path, options)
            if conversation is None:
                continue
            note = assign_roles(conversation, options.agents, _exporter(chat, conversation))
            if note:
                label = f"chat {conversation.title!r}: " if len(chats) > 1 and conversation.title else ""
                notes.append(label + note)
            conversations.append(conversation)
        if not conversations:
            raise ImportProblem("no messages found in the Telegram export")
        return Parsed(conversations, notes)


def _chats(data) -> list[dict]:
    if not isinstance(data, dict):
        raise ImportProblem("JSON, but not a Telegram export: expected an object with a 'messages' list")
    if isinstance(data.get("messages"), list):
        return [data]
    found = []
    for section in ("chats", "left_chats"):
        listed = data.get(section)
        if isinstance(listed, dict) and isinstance(listed.get("list"), list):
            found.extend(c for c in listed["list"] if isinstance(c, dict) and isinstance(c.get("messages"), list))
    if not found and not isinstance(data.get("chats"), dict):
        raise ImportProblem("JSON, but not a Telegram export: no 'messages' list")
    return found


def _conversation(chat: dict, index: int, path: Path, options: ImportOptions) -> Conversation | None:
    conversation = Conversation(
        channel=options.channel or Channel.CHAT,
        source_name=path.name,
        source_format="telegram",
        title=jsonio.string(chat.get("name")),
        source_key=jsonio.string(chat.get("id")) or jsonio.string(chat.get("name")) or f"chat-{index + 1}",
        metadata={k: chat[k] for k in ("type", "id") if chat.get(k) is not None},
    )
    moments = []
    for message in chat["messages"]:
        if not isinstance(message, dict):
            continue
        kind = message.get("type", "message")
        if kind == "message":
            text = _message_text(message)
            if not text:
                continue
            name = jsonio.string(message.get("from")) or jsonio.string(message.get("from_id")) or "Deleted Account"
            turn = Turn(text=text, speaker_name=name)
        elif kind == "service":
            turn = Turn(text=_service_text(message), role=SpeakerRole.SYSTEM)
        else:
            continue
        moment = _moment(message)
        turn.sent_at = chattime.iso(moment) if moment is not None else None
        conversation.turns.append(turn)
        moments.append(moment)
    if not any(t.speaker_name for t in conversation.turns):
        return None
    chattime.finish(conversation, moments)
    return conversation


def _moment(message: dict):
    """Telegram's "date" is the exporting computer's local time; "date_unixtime" is UTC. The
    local time is what the agent and customer saw, so it wins when present."""
    date = message.get("date")
    if isinstance(date, str):
        moment = chattime.parse_iso(date)
        if moment is not None:
            return moment
    unix = message.get("date_unixtime")
    try:
        return chattime.from_epoch(int(unix)) if unix is not None else None
    except (TypeError, ValueError):
        return None


def flatten(text) -> str:
    """Message text from a string or a list of strings and {"type", "text"} entities."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        parts = []
        for part in text:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict):
                parts.append(jsonio.text_of(part.get("text")))
        return "".join(parts)
    return jsonio.text_of(text)


def _message_text(message: dict) -> str:
    text = flatten(message.get("text")).strip()
    extras = []
    media = jsonio.string(message.get("media_type"))
    if media:
        label = _MEDIA.get(media, media.replace("_", " "))
        if media == "sticker" and jsonio.string(message.get("sticker_emoji")):
            label += " " + jsonio.string(message["sticker_emoji"])
        extras.append(f"[{label}]")
    elif "photo" in message:
        extras.append("[photo]")
    elif "file" in message:
        extras.append(f"[file: {message.get('file_name') or Path(str(message['file'])).name}]")
    if isinstance(message.get("poll"), dict):
        extras.append(f"[poll: {message['poll'].get('question', '')}]")
    if isinstance(message.get("location_information"), dict):
        extras.append("[location]")
    if isinstance(message.get("contact_information"), dict):
        info = message["contact_information"]
        extras.append(f"[contact: {info.get('first_name', '')} {info.get('phone_number', '')}]".replace("  ", " "))
    if extras:
        text = (" ".join(extras) + ("\n" + text if text else "")).strip()
    return text


def _service_text(message: dict) -> str:
    actor = message.get("actor") or "Telegram"
    action = str(message.get("action") or "service message").replace("_", " ")
    details = []
    if message.get("title"):
        details.append(f"\u201c{message['title']}\u201d")
    if isinstance(message.get("members"), list):
        details.append(", ".join(str(m) for m in message["members"] if m))
    if message.get("duration_seconds") is not None:
        details.append(f"{message['duration_seconds']} s")
    if message.get("discard_reason"):
        details.append(str(message["discard_reason"]))
    text = flatten(message.get("text")).strip()
    if text:
        details.append(text)
    return f"{actor}: {action}" + (" (" + "; ".join(details) + ")" if details else "")


def _exporter(chat: dict, conversation: Conversation) -> str | None:
    """In a personal chat the export is named after the other person, so the other sender is
    the account that exported it. Only when exactly two people wrote and one is the chat's name."""
    name = jsonio.string(chat.get("name"))
    if chat.get("type") != "personal_chat" or not name:
        return None
    senders = list(conversation.participants)
    if len(senders) != 2 or name not in senders:
        return None
    return next(s for s in senders if s != name)


IMPORTER = TelegramImporter()

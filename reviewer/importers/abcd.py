"""ABCD, the Action-Based Conversations Dataset (ASAPP): typed customer-service chats.

A JSON list of conversations (the sample) or the full file {"train"|"dev"|"test": [...]}. Each has
"original": [[speaker, text], ...] with speaker "agent", "customer" or "action" (what the agent
did in the shop's tools: system turns). The data has no times. The customer is named from the
scenario; the intent ("flow" / "subflow") is the title.
"""

from __future__ import annotations

import re
from pathlib import Path

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.importers import jsonio
from reviewer.importers.base import ImportOptions, ImportProblem, Parsed

_SNIFF = re.compile(r'"convo_id"\s*:')
_ROLES = {"agent": SpeakerRole.AGENT, "customer": SpeakerRole.CUSTOMER, "action": SpeakerRole.SYSTEM}


class AbcdImporter:
    name = "abcd"
    suffixes = (".json",)

    def sniff(self, path: Path, head: bytes) -> int:
        text = jsonio.head_json(head)
        return 3 if text is not None and _SNIFF.search(text) else 0

    def parse(self, path: Path, options: ImportOptions) -> Parsed:
        data = jsonio.load(path, "ABCD export")
        if isinstance(data, dict):
            data = [c for split in ("train", "dev", "test") for c in data.get(split) or []]
        if not isinstance(data, list) or not data or not all(
            isinstance(c, dict) and isinstance(c.get("original"), list) for c in data
        ):
            raise ImportProblem("JSON, but not ABCD conversations: no 'original' turn lists")
        conversations = [_conversation(c, i, path, options) for i, c in enumerate(data)]
        conversations = [c for c in conversations if c.turns]
        if not conversations:
            raise ImportProblem("no messages found in the ABCD conversations")
        return Parsed(conversations)


def _conversation(item: dict, index: int, path: Path, options: ImportOptions) -> Conversation:
    scenario = item.get("scenario") if isinstance(item.get("scenario"), dict) else {}
    personal = scenario.get("personal") if isinstance(scenario.get("personal"), dict) else {}
    customer = (jsonio.string(personal.get("customer_name")) or "Customer").title()
    intent = " / ".join(str(scenario[k]).replace("_", " ") for k in ("flow", "subflow") if scenario.get(k))
    conversation = Conversation(
        channel=options.channel or Channel.CHAT,
        source_name=path.name,
        source_format="abcd",
        title=intent or None,
        source_key=str(item.get("convo_id", f"conversation-{index + 1}")),
    )
    names = {SpeakerRole.AGENT: "Agent", SpeakerRole.CUSTOMER: customer, SpeakerRole.SYSTEM: None}
    for entry in item["original"]:
        if not isinstance(entry, list) or len(entry) != 2:
            continue
        role = _ROLES.get(str(entry[0]).lower(), SpeakerRole.UNKNOWN)
        text = jsonio.text_of(entry[1]).strip()
        if text:
            conversation.turns.append(Turn(text=text, role=role, speaker_name=names.get(role)))
    return conversation


IMPORTER = AbcdImporter()

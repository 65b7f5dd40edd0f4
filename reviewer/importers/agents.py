"""Deciding who in a conversation is the agent: only from rules the user gave, never by guessing."""

from __future__ import annotations

import re

from reviewer.domain import Conversation, SpeakerRole


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def assign_roles(
    conversation: Conversation,
    agents: list[str],
    exporter: str | None = None,
    aliases: dict[str, list[str]] | None = None,
) -> str | None:
    """Give turns whose role is still unknown the role their speaker has under the rules.

    A speaker is the agent when their name is in ``agents`` or, failing that, when they are the
    side that exported the chat (``exporter``). Once someone is the agent, the other named people
    are customers. With no agent found, roles stay unknown and a note for the user is returned.

    ``aliases`` gives other identifiers of a speaker (an e-mail address) that ``agents`` may name
    instead; an ``agents`` entry "@example.com" names everyone writing from that domain.
    """
    wanted = {_norm(a) for a in agents if a.strip()}
    domains = {a[1:] for a in wanted if a.startswith("@") and len(a) > 1}
    names = [n for n, role in conversation.participants.items() if role is SpeakerRole.UNKNOWN]

    def is_agent(name: str) -> bool:
        ids = [_norm(name)] + [_norm(a) for a in (aliases or {}).get(name, ())]
        if any(i in wanted for i in ids):
            return True
        return any("@" in i and i.rsplit("@", 1)[1] in domains for i in ids)

    agent_names = {n for n in names if is_agent(n)}
    if not agent_names and exporter and exporter in names:
        agent_names = {exporter}
    if not agent_names:
        already = any(t.role is SpeakerRole.AGENT for t in conversation.turns)
        if already or not names:
            return None
        return "agent not identified (speakers: " + ", ".join(names) + "); use --agent NAME"
    for turn in conversation.turns:
        if turn.role is SpeakerRole.UNKNOWN and turn.speaker_name:
            turn.role = SpeakerRole.AGENT if turn.speaker_name in agent_names else SpeakerRole.CUSTOMER
    return None


def agent_name(conversation: Conversation) -> str | None:
    """The single agent's name, used as the conversation's employee when none was given."""
    names = {t.speaker_name for t in conversation.turns if t.role is SpeakerRole.AGENT and t.speaker_name}
    return names.pop() if len(names) == 1 else None


# Words that name a side rather than a person: a role column's values, or transcripts whose
# speakers are labelled "Agent:" / "Клиент:" instead of by name (English, Russian, Latvian).
_ROLE_WORDS = {
    SpeakerRole.AGENT: (
        "agent operator support admin administrator staff employee manager teammate bot consultant"
        " оператор агент менеджер сотрудник консультант поддержка продавец"
        " operators aģents konsultants darbinieks pārdevējs atbalsts"
    ),
    SpeakerRole.CUSTOMER: (
        "customer client user caller lead contact end-user end_user enduser visitor buyer shopper requester"
        " клиент покупатель абонент пользователь звонящий посетитель"
        " klients pircējs zvanītājs lietotājs apmeklētājs"
    ),
    SpeakerRole.SYSTEM: "system action note event система sistēma",
}
_ROLE_OF_WORD = {word: role for role, words in _ROLE_WORDS.items() for word in words.split()}
_NUMBERED = re.compile(r"^(\S+?)[\s_#-]*\d{0,3}$")


def role_from_label(label: str | None) -> SpeakerRole | None:
    """The role a label states ("Agent", "оператор", "Customer 2", "end-user"), else None.

    Only whole words count: "Anna" or "Speaker 1" state nothing.
    """
    if not label:
        return None
    word = label.strip().casefold()
    role = _ROLE_OF_WORD.get(word)
    if role is not None:
        return role
    m = _NUMBERED.match(word)
    return _ROLE_OF_WORD.get(m.group(1)) if m else None


def label_roles(conversation: Conversation) -> None:
    """Set the role of turns whose speaker is named after a role ("Agent:", "Клиент:")."""
    cache: dict[str, SpeakerRole | None] = {}
    for turn in conversation.turns:
        if turn.role is SpeakerRole.UNKNOWN and turn.speaker_name:
            name = turn.speaker_name
            if name not in cache:
                cache[name] = role_from_label(name)
            role = cache[name]
            if role is not None:
                turn.role = role

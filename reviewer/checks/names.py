"""Kind "name": the agent addresses the customer by name, the name learned from the
conversation itself: the customer's own introduction, the answer to the agent's question about
the name, the chat participant's name, or the signature of the customer's e-mail.

Rule keys: none. A name that never came up gives N/A where the criterion allows it, otherwise
no suggestion (the reviewer decides).
"""

from __future__ import annotations

import re

from reviewer.checks.base import bottom, not_applicable, suggestion, top, turn_evidence
from reviewer.checks.context import CheckContext
from reviewer.checks.text import fold
from reviewer.domain.checks import Reason

KEYS: tuple[str, ...] = ()

# Words that are not a person's given name even when written like one.
_NOT_NAMES = {
    fold(w)
    for w in (
        "customer client user guest unknown agent support visitor anonymous me you hi hello thanks regards "
        "клиент покупатель пользователь гость оператор менеджер спасибо здравствуйте добрый "
        "klients pircējs lietotājs viesis paldies labdien sveiki"
    ).split()
}

_INTRODUCTION = re.compile(
    r"(?:меня\s+зовут|моё\s+имя|мое\s+имя|это|mani\s+sauc|mans\s+vārds\s+ir|my\s+name\s+is|my\s+name's|"
    r"name\s+is|this\s+is|i\s+am|i'm|es\s+esmu)\s+([A-ZА-ЯЁĀ-Ž][\w'-]+)",
    re.IGNORECASE | re.UNICODE,
)
_NAME_QUESTION = re.compile(
    r"(зовут|обращаться|имя|sauc|uzrunāt|vārd|your name|call you|address you|speaking (?:with|to))",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?:regards|best regards|kind regards|thanks|thank you|best|cheers|sincerely|с уважением|спасибо|"
    r"всего доброго|ar cieņu|paldies)[,!.]?\s*$",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"^[A-ZА-ЯЁĀČĒĢĪĶĻŅŠŪŽ][a-zа-яёāčēģīķļņšūž'-]+$")


def _usable(word: str) -> str | None:
    word = word.strip(" ,.!?:;\"'«»()")
    if len(word) < 2 or not _CAPITALISED.match(word) or fold(word) in _NOT_NAMES:
        return None
    return word


def learn_customer_name(ctx: CheckContext) -> tuple[str, int] | None:
    """(the customer's given name, the turn index where it became known), or None."""
    turns = ctx.turns
    asked = False
    for turn in turns:
        # Whisper often leaves out the question mark: in a call the agent's words are enough.
        if turn.role.value == "agent" and ("?" in turn.text or ctx.spoken) and _NAME_QUESTION.search(turn.text):
            asked = True
            continue
        if turn.role.value != "customer":
            continue
        match = _INTRODUCTION.search(turn.text)
        if match and (name := _usable(match.group(1))):
            return name, turn.index
        if asked:
            words = turn.text.split()
            if 1 <= len(words) <= 3 and (name := _usable(words[0])):
                return name, turn.index
            asked = False
        if ctx.channel.value == "email":
            lines = [line.strip() for line in turn.text.strip().splitlines() if line.strip()]
            for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
                if _SIGN_OFF.match(lines[i]) and i + 1 < len(lines):
                    parts = lines[i + 1].split()
                    if 1 <= len(parts) <= 3 and (name := _usable(parts[0])):
                        return name, turn.index
    for turn in turns:
        if turn.role.value == "customer" and turn.speaker_name:
            parts = turn.speaker_name.split()
            if parts and 1 <= len(parts) <= 3 and (name := _usable(parts[0])):
                return name, -1  # known from the start
            break
    return None


def _surname(ctx: CheckContext, name: str, where: int) -> str | None:
    """The family name the customer gave with the given name ("Tom Baker"), if any."""
    if where < 0 or where >= len(ctx.turns):
        return None
    match = re.search(re.escape(name) + r"\s+([A-ZА-ЯЁĀ-Ž][\w'-]+)", ctx.turns[where].text)
    return _usable(match.group(1)) if match else None


def name_used(ctx: CheckContext, name: str, after: int):
    """(turn, start, end) of the first agent turn after ``after`` that says the name in any
    inflected form ("Ирина", "Ирине", "Irina"), or the family name given with it ("Mr Baker"),
    or None."""
    targets = [fold(n) for n in (name, _surname(ctx, name, after)) if n]
    for turn in ctx.agent_turns():
        if turn.index <= after:
            continue
        for token in ctx.text(turn).tokens:
            word = token.folded
            for target in targets:
                stem = target[: max(3, len(target) - 2)]
                if word == target or (word.startswith(stem) and len(word) - len(target) <= 2 and token.text[:1].isupper()):
                    return turn, token.start, token.end
    return None


def run(ctx: CheckContext, rule: dict, criterion):
    known = ctx.customer_name()
    if known is None:
        return not_applicable(criterion, Reason("name_unknown"))
    name, where = known
    used = name_used(ctx, name, where)
    if used is None:
        return suggestion(criterion, bottom(criterion), 0.7, Reason("name_not_used", {"name": name}))
    turn, start, end = used
    reason = Reason("name_used", {"quote": turn.text[start:end], "at": ctx.moment(turn), "name": name})
    return suggestion(criterion, top(criterion), 0.85, reason, [turn_evidence(turn, start, end)])

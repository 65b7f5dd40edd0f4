"""What every check of one conversation shares: its agent turns, their words, the metrics, the
customer's name. Computed once per conversation, whatever the number of criteria."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from reviewer.checks.text import Phrase, PhraseSet, PhraseWord, TurnText, compile_phrase
from reviewer.domain.conversation import Channel, Conversation, SpeakerRole, Turn
from reviewer.domain.checks import clock

SPOKEN = (Channel.CALL, Channel.VISIT)
LANGUAGES = ("ru", "lv", "en")
AGENT_NAME = "{agent}"
_SIGNATURE = re.compile(r"(?:\^|~|—|-)\s?([A-ZА-ЯЁĀ-Ž][a-zа-яёā-ž]{2,})(?:[A-Z][a-z]+)?\s*$")


@dataclass
class CheckContext:
    conversation: Conversation
    metrics_loader: Callable[[Conversation], dict] | None = None
    glossary: tuple[str, ...] = ()
    _texts: dict[int, TurnText] = field(default_factory=dict)
    _metrics: dict | None = None
    _name: tuple | None = None
    _agent_turns: list | None = None
    _phrase_sets: dict = field(default_factory=dict)

    @property
    def channel(self) -> Channel:
        return self.conversation.channel

    @property
    def spoken(self) -> bool:
        """Calls and visits: words come from speech recognition and may be misheard."""
        return self.channel in SPOKEN

    @property
    def language(self) -> str | None:
        return self.conversation.language

    @property
    def turns(self) -> list[Turn]:
        return self.conversation.turns

    def agent_turns(self) -> list[Turn]:
        if self._agent_turns is None:
            self._agent_turns = [
                t for t in self.conversation.turns if t.role is SpeakerRole.AGENT and t.text.strip()
            ]
        return self._agent_turns

    def customer_turns(self) -> list[Turn]:
        return [t for t in self.conversation.turns if t.role is SpeakerRole.CUSTOMER and t.text.strip()]

    def text(self, turn: Turn) -> TurnText:
        found = self._texts.get(turn.index)
        if found is None:
            found = self._texts[turn.index] = TurnText(turn.text)
        return found

    def metrics(self) -> dict:
        if self._metrics is None:
            if self.metrics_loader is not None:
                self._metrics = self.metrics_loader(self.conversation)
            else:
                from reviewer.checks.metric_source import local_metrics

                self._metrics = local_metrics(self.conversation)
        return self._metrics

    def phrases(self, table) -> list[Phrase]:
        """A rule's phrase table ({lang: [..]} or a plain list for every language), compiled
        for this conversation's language (every language when it is not known). A phrase
        "{agent}" stands for the agent's own first name ("Šeit Jānis no NordLamp")."""
        cached = self._phrase_sets.get(id(table))
        if cached is not None and cached[0] is table:
            return cached[1]
        out = self._phrases(table)
        self._phrase_sets[id(table)] = (table, out)
        return out

    def _phrases(self, table) -> list[Phrase]:
        found = compiled_phrases(table, self.language)
        if not any(p.text == AGENT_NAME for p in found):
            return found
        out = PhraseSet(p for p in found if p.text != AGENT_NAME)
        names = [n for n in (self.agent_first_name(), *self.agent_signatures()) if n]
        for name in dict.fromkeys(names):
            for lang in {p.language for p in found if p.text == AGENT_NAME}:
                phrase = compile_phrase(name, lang)
                if phrase is not None:
                    out.append(Phrase(name, lang, tuple(PhraseWord(w.folded, w.folded, False) for w in phrase.words)))
        return out

    def agent_signatures(self) -> list[str]:
        """Names agents sign messages with in messenger and social care ("… ^Kartika", "~ Olivia")."""
        found = []
        for turn in self.agent_turns()[:3]:
            match = _SIGNATURE.search(turn.text)
            if match:
                found.append(match.group(1))
        return found

    def agent_first_name(self) -> str | None:
        for turn in self.turns:
            if turn.role is SpeakerRole.AGENT and turn.speaker_name:
                first = turn.speaker_name.split()[0]
                if first[:1].isupper() and first.isalpha() and len(first) > 1:
                    return first
        if self.conversation.employee:
            return self.conversation.employee.split()[0]
        return None

    def moment(self, turn: Turn) -> str:
        """Where a turn is, as a reviewer reads it: 0:02 in a call, 14:05 in a chat."""
        if self.spoken or not turn.sent_at:
            return clock(turn.start_ms) if turn.start_ms is not None else f"#{turn.index + 1}"
        return turn.sent_at[11:16] if len(turn.sent_at) >= 16 else turn.sent_at

    def customer_name(self):
        """(name, where it was learned) or None; see reviewer.checks.names."""
        if self._name is None:
            from reviewer.checks.names import learn_customer_name

            self._name = (learn_customer_name(self),)
        return self._name[0]


_COMPILED: dict = {}


def compiled_phrases(table, language: str | None) -> list[Phrase]:
    """Phrases of a rule for a conversation language; shared by every conversation (rules are
    parsed once per rubric, so the table object identifies them)."""
    key = (id(table), language)
    found = _COMPILED.get(key)
    if found is not None and found[0] is table:
        return found[1]
    if isinstance(table, list):
        langs = [language] if language in LANGUAGES else list(LANGUAGES)
        items = [(lang, text) for lang in langs for text in table]
    else:
        langs = [language] if language in table else [lang for lang in table]
        items = [(lang, text) for lang in langs for text in table.get(lang, ())]
    phrases = PhraseSet(
        Phrase(text, lang, ()) if text == AGENT_NAME else p
        for lang, text in items
        if text == AGENT_NAME or (p := compile_phrase(text, lang)) is not None
    )
    if len(_COMPILED) > 10_000:
        _COMPILED.clear()
    _COMPILED[key] = (table, phrases)
    return phrases


"""Per-library settings with typed keys, stored as JSON in the settings table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any


@dataclass(frozen=True)
class _Spec:
    key: str
    kind: type
    default: Any
    help: str


class Setting(Enum):
    """Every library setting, its type and default. Add new keys here, never as loose strings."""

    AGENT_NAMES = _Spec("agent_names", list, [], "names (or accounts) that are always the agent")
    AGENT_AUDIO_CHANNEL = _Spec(
        "agent_audio_channel", int, 0, "in two-channel calls, the channel with the agent (0 left, 1 right)"
    )
    LANGUAGE = _Spec("language", str, "", "spoken language of the calls; empty means detect")
    GLOSSARY = _Spec("glossary", list, [], "names to spell right in transcripts")
    MODEL = _Spec("model", str, "", "speech model name or folder; empty means the embedded model")
    WORD_TIMESTAMPS = _Spec("word_timestamps", bool, False, "keep the time of every word in transcripts")
    REVIEWER_NAME = _Spec("reviewer_name", str, "", "name recorded on reviews")
    # reviewer.speakers.roles: on a separated mono call, who greets with it is the agent.
    COMPANY_NAMES = _Spec("company_names", list, [], "the company's names as agents say them on calls")
    # reviewer.storage.extensions: an imported recording's agent extension names its employee.
    AGENT_EXTENSIONS = _Spec(
        "agent_extensions", dict, {}, "agent extensions of recorded calls and whose they are: {\"201\": \"Anna Ozola\"}"
    )
    LIBRARY_SHOW = _Spec(
        "library_show", str, "to_review",
        "what the library window lists: to_review (no submitted review), not_mine (none by you) or all",
    )
    # Conversation metrics (reviewer.metrics): the standards' figures by default.
    SILENCE_MS = _Spec("silence_ms", int, 10_000, "metrics: a stretch nobody speaks is a silence from this long (ms)")
    PAUSE_MS = _Spec("pause_ms", int, 2_000, "metrics: shorter gaps are ordinary pauses, not silence (ms)")
    HOLD_MS = _Spec("hold_ms", int, 30_000, "metrics: this long without a word mid-call is a hold (ms)")
    OVERTALK_MS = _Spec("overtalk_ms", int, 500, "metrics: both speaking at once this long is overtalk (ms)")
    CHAT_REPLY_MS = _Spec("chat_reply_ms", int, 30_000, "metrics: the standard for a chat reply (ms)")
    EMAIL_REPLY_MS = _Spec("email_reply_ms", int, 7_200_000, "metrics: the standard for an e-mail reply (ms)")

    @property
    def key(self) -> str:
        return self.value.key

    @property
    def default(self) -> Any:
        default = self.value.default
        return type(default)(default) if isinstance(default, (list, dict)) else default

    @classmethod
    def from_key(cls, key: str) -> "Setting":
        for setting in cls:
            if setting.key == key:
                return setting
        raise KeyError(key)

    def check(self, value: Any) -> Any:
        kind = self.value.kind
        if kind is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"{self.key} must be a list of strings")
            return value
        if kind is dict:
            if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str)
                                                      for k, v in value.items()):
                raise ValueError(f"{self.key} must map names to names")
            return value
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            raise ValueError(f"{self.key} must be {kind.__name__}")
        return value


def read(conn, setting: Setting) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
    return setting.default if row is None else json.loads(row[0])


def write(conn, setting: Setting, value: Any) -> None:
    value = setting.check(value)
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (setting.key, json.dumps(value, ensure_ascii=False)),
    )

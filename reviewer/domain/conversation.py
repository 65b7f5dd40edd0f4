"""Conversations and their turns: what every other part of Reviewer works on."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Channel(StrEnum):
    CALL = "call"
    CHAT = "chat"
    EMAIL = "email"
    VISIT = "visit"


class SpeakerRole(StrEnum):
    AGENT = "agent"
    CUSTOMER = "customer"
    SYSTEM = "system"
    UNKNOWN = "unknown"


class ConversationStatus(StrEnum):
    NEEDS_TRANSCRIPTION = "needs_transcription"
    NEW = "new"  # has turns, not reviewed yet
    TRANSCRIBED = "transcribed"
    REVIEWED = "reviewed"


@dataclass(frozen=True, slots=True)
class Word:
    """One recognised word with its time span (integer milliseconds)."""

    start_ms: int
    end_ms: int
    text: str
    probability: float | None = None


@dataclass(slots=True)
class Turn:
    """One speaker's contribution: a chat message, an e-mail, a stretch of speech."""

    text: str
    role: SpeakerRole = SpeakerRole.UNKNOWN
    speaker_name: str | None = None
    start_ms: int | None = None  # offset from the conversation start
    end_ms: int | None = None
    sent_at: str | None = None  # wall-clock ISO time where the source has one (chats)
    words: list[Word] | None = None
    index: int = 0
    id: int | None = None
    # A reviewer's correction: what the machine transcript or import said (None: unchanged).
    original_text: str | None = None
    original_role: SpeakerRole | None = None
    edited_at: str | None = None  # ISO 8601 UTC of the latest edit
    edited_by: str | None = None
    # Speaker number (1..N) that speaker separation gave a turn of a mono call; None otherwise.
    speaker: int | None = None

    @property
    def edited(self) -> bool:
        return self.original_text is not None or self.original_role is not None


@dataclass(slots=True)
class Conversation:
    channel: Channel
    source_name: str
    turns: list[Turn] = field(default_factory=list)
    employee: str | None = None
    started_at: str | None = None  # ISO 8601, local time of the source unless it says otherwise
    duration_ms: int | None = None
    language: str | None = None
    status: ConversationStatus = ConversationStatus.NEW
    title: str | None = None
    source_format: str | None = None
    source_sha256: str | None = None
    source_key: str = ""  # tells apart several conversations found in one file
    recording_path: str | None = None  # relative to the library's recordings store
    audio_channels: int | None = None
    sample_rate: int | None = None
    metadata: dict = field(default_factory=dict)
    id: int | None = None
    imported_at: str | None = None

    @property
    def participants(self) -> dict[str, SpeakerRole]:
        """Speaker name -> role, in order of first appearance."""
        seen: dict[str, SpeakerRole] = {}
        for turn in self.turns:
            if turn.speaker_name and turn.speaker_name not in seen:
                seen[turn.speaker_name] = turn.role
        return seen

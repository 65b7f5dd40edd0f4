"""Plain data and pure functions; standard library only."""

from reviewer.domain.conversation import (
    Channel,
    Conversation,
    ConversationStatus,
    SpeakerRole,
    Turn,
    Word,
)

__all__ = ["Channel", "Conversation", "ConversationStatus", "SpeakerRole", "Turn", "Word"]

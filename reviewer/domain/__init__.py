"""Plain data and pure functions; standard library only."""

from reviewer.domain.conversation import (
    Channel,
    Conversation,
    ConversationStatus,
    SpeakerRole,
    Turn,
    Word,
)

# Rubrics, scoring and reviews are loaded on first use (PEP 562), so that commands that only
# read conversations do not pay for them at start-up.
_LAZY = {
    "reviewer.domain.review": (
        "Answer", "Evidence", "HistoryAction", "HistoryEntry", "Review", "ReviewError", "ReviewState",
    ),
    "reviewer.domain.rubric": (
        "NOT_APPLICABLE", "AnswerError", "Criterion", "CriticalRule", "NotApplicablePolicy", "Rubric",
        "Scale", "ScaleKind", "Section", "Text",
    ),
    "reviewer.domain.scoring": ("CriterionScore", "ReviewScore", "SectionScore", "score_review"),
}
_WHERE = {name: module for module, names in _LAZY.items() for name in names}

__all__ = ["Channel", "Conversation", "ConversationStatus", "SpeakerRole", "Turn", "Word", *_WHERE]


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value

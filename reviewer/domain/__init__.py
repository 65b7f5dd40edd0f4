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

# Rubrics, scoring and reviews (issue 4).
from reviewer.domain.review import (  # noqa: E402
    Answer,
    Evidence,
    HistoryAction,
    HistoryEntry,
    Review,
    ReviewError,
    ReviewState,
)
from reviewer.domain.rubric import (  # noqa: E402
    NOT_APPLICABLE,
    AnswerError,
    Criterion,
    CriticalRule,
    NotApplicablePolicy,
    Rubric,
    Scale,
    ScaleKind,
    Section,
    Text,
)
from reviewer.domain.scoring import CriterionScore, ReviewScore, SectionScore, score_review  # noqa: E402

__all__ += [
    "Answer",
    "AnswerError",
    "Criterion",
    "CriterionScore",
    "CriticalRule",
    "Evidence",
    "HistoryAction",
    "HistoryEntry",
    "NOT_APPLICABLE",
    "NotApplicablePolicy",
    "Review",
    "ReviewError",
    "ReviewScore",
    "ReviewState",
    "Rubric",
    "Scale",
    "ScaleKind",
    "Section",
    "SectionScore",
    "Text",
    "score_review",
]

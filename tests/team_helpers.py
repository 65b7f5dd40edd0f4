"""Libraries with conversations and submitted reviews, for the team tests and benchmark."""

from __future__ import annotations

import hashlib

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.rubrics.loader import parse_rubric
from reviewer.storage import Library
from reviewer.storage.settings import Setting

RUBRIC = """\
id = "desk"
version = "1"
title = "Help desk"

[[sections]]
id = "greeting"
title = "Greeting"

[[sections.criteria]]
id = "greets"
title = "Greets"
scale = "yes_no"

[[sections.criteria]]
id = "name"
title = "Uses the name"
scale = "yes_partly_no"
na_allowed = true

[[sections]]
id = "solution"
title = "Solution"
weight = 3

[[sections.criteria]]
id = "solves"
title = "Solves the request"
scale = { kind = "rating", min = 1, max = 5, labels = { 1 = "no", 2 = "barely", 3 = "partly", 4 = "mostly", 5 = "fully" } }
"""


def rubric():
    return parse_rubric(RUBRIC, "desk.toml")


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def open_library(path, reviewer: str | None = None) -> Library:
    library = Library.open(path)
    if reviewer:
        library.set_setting(Setting.REVIEWER_NAME, reviewer)
    return library


def add_chat(library, name: str, employee: str = "Anna", started_at: str = "2026-11-02T10:00:00") -> int:
    return library.conversations.add(
        Conversation(
            Channel.CHAT, f"{name}.txt", employee=employee, started_at=started_at, source_sha256=sha(name),
            turns=[
                Turn(f"Labdien! {name}", SpeakerRole.AGENT, employee, sent_at=started_at),
                Turn("Man nepienāca pasūtījums.", SpeakerRole.CUSTOMER, "Jānis"),
                Turn("Tūlīt pārbaudīšu.", SpeakerRole.AGENT, employee),
            ],
        )
    )


def submit(library, cid: int, reviewer: str, answers: dict, comment: str = "", at: str | None = None):
    review = library.reviews.create(cid, rubric(), reviewer, at=at)
    library.reviews.set_answers(review.id, [(k, v, comment, [0]) for k, v in answers.items()], at=at)
    return library.reviews.submit(review.id, at=at)


GOOD = {"greets": "yes", "name": "yes", "solves": 5}
POOR = {"greets": "no", "name": "partly", "solves": 2}

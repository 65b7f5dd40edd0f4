"""All scores as CSV, one row per review criterion, for spreadsheets and BI tools.

UTF-8 with a byte-order mark, so that spreadsheet programs show Cyrillic and Latvian names
right; answers are written as stored ("yes", "partly", "no", "n/a" or a number).
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from typing import Iterable

from reviewer.reports.data import ScoredReview
from reviewer.reports.pdf_style import write_atomically

COLUMNS = [
    "review_id",
    "submitted_at",
    "conversation_id",
    "channel",
    "employee",
    "reviewer",
    "rubric_id",
    "rubric_version",
    "section_id",
    "section",
    "criterion_id",
    "criterion",
    "answer",
    "points",
    "max_points",
    "critical_failed",
    "review_score",
    "comment",
    # Mystery-shopper visits (empty for other conversations).
    "visited_at",
    "branch",
    "persona",
    "late",
]


#: What a spreadsheet runs as a formula when a cell starts with it (OWASP "CSV Injection", ASVS
#: 1.2.10: = + - @ tab CR NUL), and the full-width forms some Excel locales read the same way.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def neutralised(value: object) -> object:
    """A cell that cannot run as a formula: text starting like one gets a leading apostrophe
    (which spreadsheets read as "this is text" and do not show); numbers, negative ones too,
    stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.4g}" if abs(value) < 1000 else f"{value:.2f}"


def visit_columns(item: ScoredReview) -> dict:
    visit = item.visit
    if visit is None:
        return {"visited_at": "", "branch": "", "persona": "", "late": ""}
    persona = "" if visit.persona is None else str(visit.persona)
    if visit.persona_custom:
        persona += f": {visit.persona_custom}"  # "custom: the shopper's words"
    return {
        "visited_at": visit.visited_at,
        "branch": visit.branch or visit.address,
        "persona": persona,
        "late": "yes" if item.late else "no",
    }


def score_rows(items: Iterable[ScoredReview], language: str = "en") -> Iterable[dict]:
    for item in items:
        review = item.review
        for ss in item.score.sections:
            for cs in ss.criteria:
                answer = review.answers.get(cs.criterion.id)
                yield {
                    "review_id": review.id,
                    "submitted_at": review.submitted_at or "",
                    "conversation_id": review.conversation_id,
                    "channel": str(item.channel),
                    "employee": review.employee or "",
                    "reviewer": review.reviewer,
                    "rubric_id": review.rubric.id,
                    "rubric_version": review.rubric.version,
                    "section_id": ss.section.id,
                    "section": ss.section.title.get(language),
                    "criterion_id": cs.criterion.id,
                    "criterion": cs.criterion.title.get(language),
                    "answer": "" if cs.value is None else str(cs.value),
                    "points": _number(cs.points) if cs.counted else "",
                    "max_points": _number(cs.max_points) if cs.counted else "",
                    "critical_failed": "yes" if cs.critical_failed else "no",
                    "review_score": "" if item.score.total is None else f"{item.score.total:.2f}",
                    "comment": answer.comment if answer else "",
                    **visit_columns(item),
                }


def write_scores_csv(items: Iterable[ScoredReview], path: str | os.PathLike, language: str = "en") -> int:
    """Write the rows atomically; returns the number of rows written."""
    count = 0

    def make(handle) -> None:
        nonlocal count
        import io

        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.DictWriter(text, fieldnames=COLUMNS)
        writer.writeheader()
        for row in score_rows(items, language):
            writer.writerow({key: neutralised(value) for key, value in row.items()})
            count += 1
        text.flush()
        text.detach()

    write_atomically(Path(path), make)
    return count

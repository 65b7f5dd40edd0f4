"""Coaching reports (PDF) and score exports (CSV) made from a library's submitted reviews.

No Qt here: the desktop dialog and the command line both call these functions.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from reviewer.domain import Channel
from reviewer.reports.data import (
    NoReviews,
    Period,
    ReportError,
    employee_report,
    employees_with_reviews,
    load_reviews,
)
from reviewer.reports.card_data import review_card
from reviewer.reports.team_data import team_report
from reviewer.reports.i18n import LANGUAGES
from reviewer.reports.pdf_style import Cancelled

if TYPE_CHECKING:
    from reviewer.storage.library import Library

__all__ = [
    "LANGUAGES",
    "Cancelled",
    "NoReviews",
    "Period",
    "ReportError",
    "employees_with_reviews",
    "export_scores",
    "make_employee_report",
    "make_review_scorecard",
    "make_team_summary",
]


def make_employee_report(library: "Library", employee: str, path: str | os.PathLike, *, period: Period = Period(),
                         rubric_id: str | None = None, channel: Channel | None = None, language: str = "en",
                         cancel: Callable[[], bool] | None = None) -> Path:
    """The coaching report PDF; NoReviews (and no file) when the employee has none in the period."""
    from reviewer.reports.pdf_employee import render_employee_report

    report = employee_report(library, employee, period, rubric_id=rubric_id, channel=channel, language=language)
    return render_employee_report(report, path, cancel)


def make_review_scorecard(library: "Library", review_id: int, path: str | os.PathLike, *, language: str = "en",
                          cancel: Callable[[], bool] | None = None) -> Path:
    from reviewer.reports.pdf_review import render_review_scorecard

    return render_review_scorecard(review_card(library, review_id, language), path, cancel)


def make_team_summary(library: "Library", path: str | os.PathLike, *, period: Period = Period(),
                      rubric_id: str | None = None, channel: Channel | None = None, language: str = "en",
                      cancel: Callable[[], bool] | None = None) -> Path:
    from reviewer.reports.pdf_team import render_team_summary

    report = team_report(library, period, rubric_id=rubric_id, channel=channel, language=language)
    return render_team_summary(report, path, cancel)


def export_scores(library: "Library", path: str | os.PathLike, *, period: Period = Period(),
                  employee: str | None = None, rubric_id: str | None = None, language: str = "en") -> int:
    """Every criterion of every submitted review in the period as CSV; returns the row count.

    An empty period still writes the header, so scheduled exports always find a file."""
    from reviewer.reports.csv_export import write_scores_csv
    from reviewer.reports.data import employee_name

    name = employee_name(library, employee) if employee else None
    return write_scores_csv(load_reviews(library, employee=name, period=period, rubric_id=rubric_id), path, language)

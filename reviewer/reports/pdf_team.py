"""The team summary for a period: employees ranked by average score with intervals and counts."""

from __future__ import annotations

import os
from typing import Callable

from reportlab.platypus import Spacer

from reviewer.reports.data import NO_EMPLOYEE
from reviewer.reports.team_data import TeamReport
from reviewer.reports.i18n import Messages
from reviewer.reports.metrics_figures import team_table
from reviewer.reports.pdf_employee import channel_name, period_text
from reviewer.reports.pdf_visits import team_visits_cell
from reviewer.reports.pdf_coaching import disputes_story
from reviewer.reports.pdf_auto import team_auto_story
from reviewer.reports.pdf_style import (
    CONTENT_WIDTH,
    ReportDocument,
    fmt_interval,
    fmt_score,
    interval_chart,
    key_figures,
    p,
    score_colour,
    table,
    write_atomically,
)


def build_story(report: TeamReport) -> list:
    t = Messages(report.language)
    names = [t("unassigned") if r.employee == NO_EMPLOYEE else r.employee for r in report.rows]
    subtitle = [f"{t('period')}: {period_text(report.period, report.first_day, report.last_day, t)}"]
    if report.rubric_id:
        subtitle.append(f"{t('rubric')}: {report.rubric_id}")
    if report.channel:
        subtitle.append(f"{t('channel')}: {channel_name(str(report.channel), t)}")
    story = [p(t("team_summary"), "title"), p(" · ".join(subtitle), "subtitle")]
    story.append(
        key_figures(
            [
                (t("team_average"), fmt_score(report.team_score.mean), f"{t('ci')}: {fmt_interval(report.team_score, t)}"),
                (t("reviews"), str(report.reviews), None),
                (t("employees"), str(len(report.rows)), None),
                (t("flagged"), str(sum(r.flagged for r in report.rows)), None),
            ]
        )
    )
    story += [Spacer(1, 3), p(t("ci_note"), "small"), p(t("team_chart"), "h1")]
    story.append(interval_chart(names, [r.score for r in report.rows], report.team_score.mean))
    # Header cells wrap: "Critical failures" is long in Russian and Latvian.
    keys = ["rank", "employee", "average_score", "interval", "reviews", "flagged"]
    widths = [24, CONTENT_WIDTH - 24 - 75 - 120 - 55 - 95, 75, 120, 55, 95]
    # Mystery-shopper visits get a column of their own, with those reviewed late.
    with_visits = any(r.visits for r in report.rows)
    if with_visits:
        keys.append("visits_late")
        widths = [24, CONTENT_WIDTH - 24 - 65 - 110 - 50 - 75 - 80, 65, 110, 50, 75, 80]
    rows = [[p(t(k), "label") for k in keys]]
    extra = []
    for rank, (name, row) in enumerate(zip(names, report.rows), 1):
        rows.append([str(rank), p(name, "cell"), fmt_score(row.score.mean), p(fmt_interval(row.score, t), "cell"),
                     str(row.reviews), str(row.flagged)])
        if with_visits:
            rows[-1].append(team_visits_cell(row.visits, row.late, t))
        extra.append(("TEXTCOLOR", (2, rank), (2, rank), score_colour(row.score.mean)))
    story += [Spacer(1, 8), table(rows, widths, numeric_from=2, extra=extra + [("ALIGN", (3, 0), (3, -1), "LEFT")])]
    if any(r.late for r in report.rows):
        story.append(p(t("visits_note"), "small"))
    story += team_table([(name, row.metrics) for name, row in zip(names, report.rows)], report.language)
    if report.reviewers:
        rev = [[t("reviewer"), t("reviews")]] + [[p(n, "cell"), str(c)] for n, c in report.reviewers.items()]
        story += [p(t("by_reviewer"), "h1"), table(rev, [200, 60], numeric_from=1)]
    story += team_auto_story(report.auto, t)
    story += disputes_story(report.disputes, t)
    return story


def render_team_summary(report: TeamReport, path: str | os.PathLike, cancel: Callable[[], bool] | None = None):
    t = Messages(report.language)

    def make(handle) -> None:
        subject = period_text(report.period, report.first_day, report.last_day, t)
        doc = ReportDocument(handle, title=t("team_summary"), subject=subject, messages=t, cancel=cancel)
        doc.build(build_story(report))

    return write_atomically(path, make)

"""The coaching report for one employee: what a trainer prepares a coaching session from."""

from __future__ import annotations

import os
from datetime import date
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from reviewer.domain import Channel

from reviewer.reports.data import EmployeeReport, FocusArea, Quote, RubricPart
from reviewer.reports.i18n import Messages
from reviewer.reports.metrics_figures import comparison_table
from reviewer.reports.pdf_style import (
    CONTENT_WIDTH,
    FONT,
    ReportDocument,
    fmt_interval,
    fmt_ms,
    fmt_score,
    key_figures,
    p,
    pm,
    quote_box,
    score_colour,
    section_chart,
    shorten,
    table,
    trend_chart,
    write_atomically,
)
from reportlab.lib.units import mm

from reviewer.reports.pdf_visits import late_suffix, visits_section
from reviewer.reports.pdf_coaching import coaching_story
from reviewer.reports.pdf_auto import employee_auto_story


def period_text(report_period, first_day: str, last_day: str, t: Messages) -> str:
    since = report_period.since or first_day
    until = report_period.until or last_day
    return t("from_to", since=since, until=until)


def channel_name(channel: str, t: Messages) -> str:
    return t(f"channel_{channel}")


def quote_meta(quote: Quote, t: Messages, *, with_employee: bool = False) -> str:
    """Where a quote comes from: the conversation's date and title, then the moment in it: how far
    into a recording, or a message's clock time."""
    parts = [quote.conversation_day or quote.day]
    if quote.conversation_title:
        parts.append(shorten(quote.conversation_title, 70))
    else:
        parts.append(f"{t('conversation')} #{quote.conversation_id}")
    if quote.clock:
        parts.append(quote.clock)
    elif quote.start_ms is not None:
        into = "into_recording" if quote.channel is Channel.VISIT else "into_call"
        parts.append(t(into, time=fmt_ms(quote.start_ms)))
    if quote.turn_index is not None:
        parts.append(t("turn_n", n=quote.turn_index + 1))
    parts.append(quote.speaker)
    return " · ".join(parts) + late_suffix(quote.late, t)


def _short_date(day: str, unit: str) -> str:
    d = date.fromisoformat(day)
    return d.strftime("%Y-%m") if unit == "month" else d.strftime("%d.%m")


def _summary(report: EmployeeReport, t: Messages) -> list:
    score = report.score
    n_scored = score.n
    story = [
        key_figures(
            [
                (t("average_score"), fmt_score(score.mean), f"{t('ci')}: {fmt_interval(score, t)}"),
                (t("reviews"), str(len(report.reviews)), f"{n_scored} {t('scored_reviews')}"),
                (t("team_average"), fmt_score(report.team_score.mean), t("reviews_n", n=report.team_score.n)),
                (t("flagged"), str(report.flagged), None),
            ]
        ),
        Spacer(1, 3),
        p(t("ci_note"), "small"),
    ]
    if report.colleagues == 0:
        story.append(p(t("team_alone", employee=report.employee), "small"))
    story.append(Spacer(1, 6))
    channels = [[t("channel"), t("reviews")]] + [[channel_name(c, t), str(n)] for c, n in report.by_channel.items()]
    reviewers = [[t("reviewer"), t("reviews")]] + [[p(r, "cell"), str(n)] for r, n in report.by_reviewer.items()]
    half = (CONTENT_WIDTH - 12) / 2
    left = [p(t("by_channel"), "h2"), table(channels, [half - 50, 50], numeric_from=1)]
    right = [p(t("by_reviewer"), "h2"), table(reviewers, [half - 50, 50], numeric_from=1)]
    from reportlab.platypus import Table

    pair = Table([[left, right]], colWidths=[half + 12, half], hAlign="LEFT")
    pair.setStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    story.append(pair)
    return story


def _trend(report: EmployeeReport, t: Messages) -> list:
    story = [p(t("trend"), "h1")]
    unit = report.trend_unit
    if len(report.trend) < 2:
        story.append(p(t("trend_single", unit=t(unit)), "body"))
        return story
    story.append(p(t("trend_week" if unit == "week" else "trend_month"), "small"))
    story.append(
        trend_chart(
            [_short_date(pt.start, unit) for pt in report.trend],
            [pt.mean for pt in report.trend],
            [pt.n for pt in report.trend],
            report.team_score.mean,
            (report.employee, t("team_average")),
        )
    )
    return story


def _part_heading(part: RubricPart, report: EmployeeReport, t: Messages) -> list:
    team = (t("part_team", score=fmt_score(part.team_score.mean), n=part.team_score.n) if part.colleagues
            else t("part_team_alone"))
    facts = f"{t('reviews')}: {part.reviews} · {t('average_score')}: {fmt_score(part.score.mean)} · {team}"
    return [p(f"{t('rubric')}: {part.title}", "part"), p(facts, "small"), Spacer(1, 2)]


def _sections(part: RubricPart, report: EmployeeReport, t: Messages) -> list:
    sections = [s for s in part.sections if s.employee is not None or s.team is not None]
    if not sections:
        return []
    alone = part.colleagues == 0
    note = t("sections_alone", employee=report.employee) if alone else t("sections_note", employee=report.employee)
    chart = section_chart(
        [s.title for s in sections],
        [s.employee for s in sections],
        None if alone else [s.team for s in sections],
        (report.employee, t("team")),
    )
    return [p(t("sections"), "h3"), p(note, "small"), Spacer(1, 4), chart]


def _strengths(part: RubricPart, t: Messages) -> list:
    story = [p(t("strengths"), "h3")]
    if not part.strengths:
        return [KeepTogether(story + [p(t("no_strengths"))])]
    rows = [[t("criterion"), t("section"), t("pass_rate"), t("answered")]]
    for s in part.strengths:
        rows.append([p(s.title, "cell"), p(s.section_title, "cell_muted"), fmt_score(100 * s.pass_rate, 0),
                     str(s.answered)])
    return [KeepTogether(story + [table(rows, [CONTENT_WIDTH - 250, 130, 60, 60], numeric_from=2)])]


def _focus_area(number: int, area: FocusArea, report: EmployeeReport, t: Messages) -> list:
    s = area.stats
    head = pm(
        f"{number}. {escape(s.title)} <font color='#616E7C' size='8'>· {escape(s.section_title)}</font>", "h2"
    )
    facts = p(
        f"{t('met_of', passes=s.passes, answered=s.answered)} ({fmt_score(100 * s.pass_rate, 0)}) · "
        f"{t('impact')}: {t('impact_points', value=f'{s.impact:.1f}')}",
        "small",
    )
    block = [head, facts, Spacer(1, 3)]
    if area.quotes:
        block.append(p(t("what_happened"), "label"))
        for q in area.quotes:
            block += [quote_box(q.text, quote_meta(q, t)), Spacer(1, 2)]
    else:
        block.append(p(t("no_quotes"), "small"))
    if area.comments:
        block.append(Spacer(1, 2))
        block.append(p(t("reviewer_comments"), "label"))
        for reviewer, day, comment in area.comments:
            block.append(pm(f"• {escape(comment)} <font color='#616E7C' size='7.5'>— {escape(reviewer)}, {day}</font>",
                            "cell"))
    good_label = t("what_good_looks_like")
    # A label always stays with the quote it introduces.
    if area.good_quote is not None:
        source = t("colleague_example") if area.good_is_colleague else t("own_example", employee=report.employee)
        block += [Spacer(1, 3), KeepTogether([p(f"{good_label} ({source})", "label"),
                  quote_box(area.good_quote.text, quote_meta(area.good_quote, t), good=True)])]
    elif s.example:
        block += [Spacer(1, 3), KeepTogether([p(f"{good_label} ({t('rubric_example')})", "label"),
                  quote_box(s.example.strip("“”«»\"").strip(), t("rubric_example"), good=True)])]
    block.append(Spacer(1, 6))
    # Keep the heading with its first quote; a long area may still break between quotes.
    return [KeepTogether(block[:5]), *block[5:]]


def _focus(part: RubricPart, report: EmployeeReport, t: Messages, first: int) -> list:
    head = [p(t("focus"), "h3")]
    if not part.focus:
        return [KeepTogether(head + [p(t("no_focus"))])]
    rows = [[t("criterion"), t("section"), t("pass_rate"), t("impact")]]
    for area in part.focus:
        s = area.stats
        rows.append([p(s.title, "cell"), p(s.section_title, "cell_muted"), fmt_score(100 * s.pass_rate, 0),
                     f"{s.impact:.1f}"])
    story = [KeepTogether(head + [p(t("focus_note"), "small"), Spacer(1, 3),
                                  table(rows, [CONTENT_WIDTH - 250, 130, 60, 60], numeric_from=2)]),
             Spacer(1, 4)]
    for number, area in enumerate(part.focus, first):
        story += _focus_area(number, area, report, t)
    return story


def _critical(report: EmployeeReport, t: Messages) -> list:
    story = [CondPageBreak(40 * mm), p(t("critical_failures"), "h1")]
    if not report.critical:
        return story + [p(t("no_critical"))]
    for c in report.critical:
        rule = t(f"rule_{c.rule.value}")
        head = pm(
            f"<font color='#C53030'>■</font> <b>{escape(c.criterion_title)}</b> "
            f"<font color='#616E7C' size='8'>· {c.day} · {t('review')} #{c.review_id} · "
            f"{t('conversation')} #{c.conversation_id} · {escape(rule)}{escape(late_suffix(c.late, t))}</font>",
            "body",
        )
        block = [head]
        if c.comment:
            block.append(pm(f"{escape(c.comment)} <font color='#616E7C' size='7.5'>— {escape(c.reviewer)}</font>",
                            "cell"))
        for q in c.quotes:
            block += [Spacer(1, 2), quote_box(q.text, quote_meta(q, t))]
        block.append(Spacer(1, 6))
        story.append(KeepTogether(block))
    return story


def _criteria_table(part: RubricPart, t: Messages) -> list:
    """Every criterion of the rubric that was answered, in the rubric's order: one small table per
    section, kept whole, so a section's name never ends a page without its criteria."""
    sections: dict[str, list] = {}
    for s in part.criteria:
        if s.answered:
            sections.setdefault(s.section_title, []).append(s)
    if not sections:
        return []
    widths = [CONTENT_WIDTH - 165, 55, 55, 55]
    story: list = [CondPageBreak(40 * mm)]
    for number, (section, items) in enumerate(sections.items()):
        rows = [[p(section, "cell_bold"), t("pass_rate"), t("answered"), t("impact")]]
        extra = []
        for s in items:
            rate = 100 * s.pass_rate
            rows.append([p(s.title, "cell"), fmt_score(rate, 0), str(s.answered), f"{s.impact:.1f}"])
            extra.append(("TEXTCOLOR", (1, len(rows) - 1), (1, len(rows) - 1), score_colour(rate)))
        block = [table(rows, widths, numeric_from=1, extra=extra), Spacer(1, 5)]
        if number == 0:
            block.insert(0, p(t("all_criteria"), "h3"))
        story.append(KeepTogether(block))
    return story


def build_story(report: EmployeeReport) -> list:
    t = Messages(report.language)
    subtitle = [f"{t('period')}: {period_text(report.period, report.first_day, report.last_day, t)}"]
    if report.channel:
        subtitle.append(f"{t('channel')}: {channel_name(str(report.channel), t)}")
    story = [p(report.employee, "title"), p(" · ".join(subtitle), "subtitle")]
    story += _summary(report, t)
    story += _trend(report, t)
    story += coaching_story(report.coaching, t)  # sessions held, and whether their focus moved
    story += comparison_table(report.metrics, report.team_metrics, report.language)  # talk, silence, waits
    number = 1
    for part in report.parts:
        # The rubric's heading stays on the page of its first chart.
        story += [CondPageBreak(70 * mm), KeepTogether(_part_heading(part, report, t) + _sections(part, report, t))]
        story += _strengths(part, t)
        story += _focus(part, report, t, number)
        number += len(part.focus)
        story += _criteria_table(part, t)
    story += _critical(report, t)
    story += employee_auto_story(report.auto, report.employee, t)  # automatic, apart from the reviews
    story += visits_section(report.reviews, t)
    return story


def render_employee_report(report: EmployeeReport, path: str | os.PathLike,
                           cancel: Callable[[], bool] | None = None):
    """Write the coaching report PDF to path (atomically); returns the path."""
    t = Messages(report.language)

    def make(handle) -> None:
        doc = ReportDocument(handle, title=t("coaching_report"), subject=report.employee, messages=t, cancel=cancel)
        doc.build(build_story(report))

    return write_atomically(path, make)


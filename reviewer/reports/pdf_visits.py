"""How the PDF reports show mystery-shopper visits: the facts on a scorecard, the list of visits
in a coaching report, and the late mark."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle
from reportlab.lib.units import mm

from reviewer.domain.visit import format_duration
from reviewer.reports.data import ScoredReview
from reviewer.reports.i18n import Messages
from reviewer.reports.pdf_style import CONTENT_WIDTH, FONT, RULE, SHADE, fmt_score, p, pm, score_colour, table
from reviewer.reports.visits import persona_name

LATE_COLOUR = "#C53030"


def when(iso: str | None) -> str:
    """2026-11-24T14:05:00 as 2026-11-24 14:05."""
    return (iso or "")[:16].replace("T", " ") or "—"


def late_markup(t: Messages) -> str:
    return f"<font color='{LATE_COLOUR}'>■ {escape(t('late'))}</font>"


def visit_facts(item: ScoredReview, t: Messages) -> list:
    """The visit's facts as a boxed grid (label, value, label, value), with the late mark."""
    visit = item.visit
    if visit is None:
        return []
    employee = None
    if not visit.employee and visit.employee_description:
        employee = t("employee_unknown", description=visit.employee_description)
    pairs = [
        (t("visited_at"), when(visit.visited_at)),
        (t("visit_length"), format_duration(visit.length_ms) or "—"),
        (t("branch"), visit.branch or "—"),
        (t("wait"), format_duration(visit.wait_ms) or "—"),
        (t("address"), visit.address or "—"),
        (t("persona"), persona_name(visit, t)),
    ]
    if visit.shopper:
        pairs.append((t("shopper"), visit.shopper))
    if employee:
        pairs.append((t("employee"), employee))
    rows = []
    for i in range(0, len(pairs), 2):
        row = []
        for label, value in pairs[i:i + 2]:
            row += [p(label, "label"), p(value, "cell")]
        rows.append(row + [""] * (4 - len(row)))
    if visit.scenario:
        rows.append([p(t("scenario"), "label"), p(visit.scenario, "cell"), "", ""])
    label_w = 95
    value_w = (CONTENT_WIDTH - 2 * label_w) / 2
    grid = Table(rows, colWidths=[label_w, value_w, label_w, value_w], hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ]
    if visit.scenario:
        style.append(("SPAN", (1, len(rows) - 1), (3, len(rows) - 1)))
    grid.setStyle(TableStyle(style))
    head = t("test_call_details") if visit.is_test_call else t("visit_details")
    if item.late:
        head_markup = (f"{escape(head)} <font size='9' color='{LATE_COLOUR}'>■ {escape(t('late'))} · "
                       f"{escape(t('late_note'))}</font>")
    else:
        head_markup = escape(head)
    return [KeepTogether([pm(head_markup, "h1"), grid])]


def late_suffix(late: bool, t: Messages) -> str:
    """The mark added to quote and failure captions from late visits."""
    return f" · {t('late_mark')}" if late else ""


def visits_section(items: list[ScoredReview], t: Messages) -> list:
    """The coaching report's list of the employee's visits and test calls, newest first."""
    visits = [i for i in items if i.visit is not None]
    if not visits:
        return []
    rows = [[p(t(k), "label") for k in ("visited_at", "branch", "persona", "wait", "visit_length", "score",
                                          "submitted")]]
    extra = []
    for item in sorted(visits, key=lambda i: i.visit.visited_at, reverse=True):
        visit = item.visit
        submitted = escape(item.day) + (f"<br/>{late_markup(t)}" if item.late else "")
        rows.append([
            p(when(visit.visited_at), "cell"),
            p(visit.branch or visit.address or "—", "cell"),
            p(persona_name(visit, t), "cell"),
            format_duration(visit.wait_ms) or "—",
            format_duration(visit.length_ms) or "—",
            fmt_score(item.score.total),
            pm(submitted, "cell"),
        ])
        extra.append(("TEXTCOLOR", (5, len(rows) - 1), (5, len(rows) - 1), score_colour(item.score.total)))
    widths = [88, CONTENT_WIDTH - 88 - 90 - 55 - 42 - 45 - 68, 90, 55, 42, 45, 68]
    late = sum(1 for i in visits if i.late)
    story = [CondPageBreak(40 * mm), p(t("visits"), "h1")]
    if late:
        story.append(p(t("visits_note"), "small"))
    story += [Spacer(1, 3), table(rows, widths, extra=extra + [("ALIGN", (3, 0), (5, -1), "RIGHT")])]
    return story


def team_visits_cell(visits: int, late: int, t: Messages):
    """The team summary's visits cell: "3 (1 late)"; "—" for an employee without visits."""
    if not visits:
        return "—"
    if not late:
        return str(visits)
    return pm(f"{visits} <font color='{LATE_COLOUR}'>({late} {escape(t('late'))})</font>", "cell")


"""The automatic QA sections of the team summary (coverage, auto score per employee, agreement
with reviewers) and of the coaching report (results per criterion, example moments). Each is
headed and labelled as automatic, so that nobody reads it as a reviewer's score."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

import reviewer.reports.auto_texts  # noqa: F401  (registers the texts)
from reviewer.domain.rubric import Scale
from reviewer.reports.auto_data import EmployeeAuto, RubricAuto, TeamAuto
from reviewer.reports.data import NO_EMPLOYEE
from reviewer.reports.i18n import Messages
from reviewer.reports.pdf_style import (
    CONTENT_WIDTH,
    fmt_interval,
    fmt_score,
    key_figures,
    p,
    pm,
    quote_box,
    score_colour,
    table,
)

_MUTED = "#616E7C"


def _share(part: int, whole: int, t: Messages) -> str:
    share = fmt_score(100 * part / whole, 0) if whole else "—"
    return t("share_of", share=share, n=whole)


def _interval(interval, t: Messages) -> str:
    """As the review scores' intervals, counted in conversations."""
    return t("auto_ci_one") if interval.n == 1 else fmt_interval(interval, t)


def _heading(t: Messages) -> list:
    """"Automatic QA" with its label, on a new page when little room is left."""
    return [CondPageBreak(60 * mm),
            pm(f"{escape(t('auto_qa'))} <font color='{_MUTED}' size='9'>· {escape(t('auto_label'))}</font>", "h1")]


def _answer(value: str, language: str) -> str:
    """yes/no/partly/N/A in the report's language; ratings as their number; unanswered as a dash."""
    return Scale.yes_no().label(value, language) if value != "-" else "—"


def _confusion(confusion: dict[str, dict[str, int]], language: str) -> str:
    return " · ".join(
        f"{_answer(a, language)} → {_answer(b, language)}: {n}"
        for a, inner in sorted(confusion.items()) for b, n in sorted(inner.items())
    )


def team_auto_story(auto: TeamAuto | None, t: Messages) -> list:
    if auto is None:
        return []
    story = _heading(t) + [p(t("auto_team_note"), "small"), Spacer(1, 4)]
    if not auto.scored:
        return story + [p(t("no_auto"), "body")] + _agreement(auto, t)
    story.append(key_figures([
        (t("auto_conversations"), str(auto.conversations), None),
        (t("auto_scored"), str(auto.scored), _share(auto.scored, auto.conversations, t)),
        (t("auto_reviewed"), str(auto.reviewed), _share(auto.reviewed, auto.conversations, t)),
        (t("auto_average"), fmt_score(auto.score.mean), f"{t('ci')}: {_interval(auto.score, t)}"),
    ]))
    story += [Spacer(1, 3), p(f"{t('auto_flagged')}: {_share(auto.flagged, auto.conversations, t)}", "small")]
    keys = ["employee", "auto_conversations", "n_scored", "auto_score", "interval", "auto_flagged"]
    widths = [CONTENT_WIDTH - 75 - 40 - 65 - 120 - 90, 75, 40, 65, 120, 90]
    rows = [[p(t(k), "label") for k in keys]]
    extra = []
    for number, row in enumerate(auto.rows, 1):
        name = t("unassigned") if row.employee == NO_EMPLOYEE else row.employee
        rows.append([p(name, "cell"), str(row.conversations), str(row.score.n), fmt_score(row.score.mean),
                     p(_interval(row.score, t), "cell"), str(row.flagged)])
        extra.append(("TEXTCOLOR", (3, number), (3, number), score_colour(row.score.mean)))
    story += [p(t("auto_by_employee"), "h2"),
              table(rows, widths, numeric_from=1, extra=extra + [("ALIGN", (4, 0), (4, -1), "LEFT")])]
    return story + _agreement(auto, t)


def _agreement(auto: TeamAuto, t: Messages) -> list:
    head = [p(t("auto_agreement"), "h2"), p(t("auto_agreement_note"), "small"), Spacer(1, 3)]
    if not auto.agreement:
        return [KeepTogether(head + [p(t("no_agreement"), "body")])]
    widths = [150, 30, 58, 45, CONTENT_WIDTH - 150 - 30 - 58 - 45]
    rows = [[p(t("criterion"), "label"), p("n", "label"), p(t("agreement_col"), "label"), p(t("kappa_col"), "label"),
             p(t("confusion_col"), "label")]]
    for row in auto.agreement:
        a = row.agreement
        tag = row.rubric_id + (f" · {t('auto_experimental')}" if row.experimental else "")
        title = pm(f"{escape(row.title)} <font color='{_MUTED}' size='7'>{escape(tag)}</font>", "cell")
        rows.append([title, str(a.n), fmt_score(a.agreement, 0), "—" if a.kappa is None else f"{a.kappa:.2f}",
                     p(_confusion(a.confusion, t.language), "cell_muted")])
    return [KeepTogether(head + [table(rows, widths, numeric_from=1, extra=[("ALIGN", (4, 0), (4, -1), "LEFT")])])]


def employee_auto_story(auto: EmployeeAuto | None, employee: str, t: Messages) -> list:
    if auto is None:
        return []
    story = _heading(t) + [p(t("auto_employee_note", n=auto.conversations, employee=employee), "small"),
                           Spacer(1, 4)]
    if not auto.parts:
        return story + [p(t("no_auto_employee"), "body")]
    story.append(key_figures([
        (t("auto_conversations"), str(auto.conversations), None),
        (t("auto_scored"), str(auto.scored), _share(auto.scored, auto.conversations, t)),
        (t("auto_reviewed"), str(auto.reviewed), _share(auto.reviewed, auto.conversations, t)),
        (t("auto_average"), fmt_score(auto.score.mean), f"{t('ci')}: {_interval(auto.score, t)}"),
    ]))
    for part in auto.parts:
        story += _part(part, t)
    return story


def _part(part: RubricAuto, t: Messages) -> list:
    from reviewer.reports.pdf_employee import quote_meta  # the coaching report formats its quotes so

    rows = [[p(t("criterion"), "label"), t("auto_checked"), t("auto_met"), t("auto_share"), t("auto_na")]]
    extra = []
    for st in part.criteria:
        rate = None if st.met_rate is None else 100 * st.met_rate
        rows.append([p(st.title, "cell"), str(st.checked), str(st.met), fmt_score(rate, 0), str(st.not_applicable)])
        extra.append(("TEXTCOLOR", (3, len(rows) - 1), (3, len(rows) - 1), score_colour(rate)))
    facts = f"{t('auto_conversations')}: {part.conversations}"
    # Not "Rubric: …" as the review parts are headed: this one is the automatic results.
    head = pm(f"{escape(part.title)} <font color='{_MUTED}' size='8.5'>· {escape(t('auto_results'))}</font>", "h2")
    story = [KeepTogether([head, p(facts, "small"), Spacer(1, 2),
                           table(rows, [CONTENT_WIDTH - 220, 55, 55, 55, 55], numeric_from=1, extra=extra)])]
    missed = [st for st in part.criteria if st.moments]
    if not missed:
        return story
    story += [Spacer(1, 4), KeepTogether([p(t("auto_moments"), "h3"), p(t("auto_moments_note"), "small")])]
    for st in missed:
        block = [p(st.title, "cell_bold")]
        for moment in st.moments:
            block.append(p(moment.reason, "cell"))
            q = moment.quote
            if q.text:
                block += [Spacer(1, 1), quote_box(q.text, quote_meta(q, t))]
            else:
                block.append(p(quote_meta(q, t).rstrip(" ·"), "quote_meta"))
            block.append(Spacer(1, 3))
        story.append(KeepTogether(block))
    return story

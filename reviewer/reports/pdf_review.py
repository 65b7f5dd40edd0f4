"""The scorecard of one review: every criterion, answer, comment and evidence quote; what an
agent gets after a review."""

from __future__ import annotations

import os
from typing import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Spacer

from reviewer.domain.rubric import NOT_APPLICABLE
from reviewer.reports.card_data import ReviewCard
from reviewer.reports.i18n import Messages
from reviewer.reports.pdf_employee import channel_name, quote_meta
from reviewer.reports.pdf_visits import visit_facts
from reviewer.reports.pdf_style import (
    BAD,
    CONTENT_WIDTH,
    GOOD,
    MUTED,
    WARN,
    ReportDocument,
    fmt_score,
    key_figures,
    p,
    pm,
    quote_box,
    table,
    write_atomically,
)


COMMENT_WIDTH = 180


def _answer_colour(fraction: float | None, value) -> object:
    if value == NOT_APPLICABLE or fraction is None:
        return MUTED
    return GOOD if fraction >= 1 else WARN if fraction > 0 else BAD


def build_story(card: ReviewCard) -> list:
    t = Messages(card.language)
    item = card.item
    review = item.review
    score = item.score
    rubric = review.rubric
    subtitle = " · ".join(
        [
            f"{t('review')} #{review.id}",
            f"{t('conversation')} #{review.conversation_id}: {item.conversation_title}",
            channel_name(str(item.channel), t),
        ]
    )
    story = [p(review.employee or t("unassigned"), "title"), p(subtitle, "subtitle")]
    story.append(
        key_figures(
            [
                (t("total"), fmt_score(score.total), t("zeroed_review") if score.zeroed else None),
                (t("reviewer"), review.reviewer, None, "mid"),
                (t("submitted"), item.day, f"{t('started')}: {(item.conversation_started_at or '—')[:10]}", "mid"),
                (t("rubric"), f"{rubric.id} {rubric.version}", rubric.title.get(card.language), "mid"),
            ]
        )
    )
    story += visit_facts(item, t)
    story.append(Spacer(1, 6))
    for section_score, lines in card.sections:
        section = section_score.section
        note = f" · {t('zeroed_section')}" if section_score.zeroed else ""
        head = pm(
            f"{escape(section.title.get(card.language))} "
            f"<font color='#616E7C' size='9'>{fmt_score(section_score.score)}{escape(note)}</font>",
            "h1",
        )
        rows = [[t("criterion"), t("answer"), t("points"), t("comment")]]
        extra = []
        for line in lines:
            cs = line.score
            points = f"{cs.points:.1f} / {cs.max_points:.1f}" if cs.counted else "—"
            title = escape(cs.criterion.title.get(card.language))
            if cs.critical_failed:
                title = f"<font color='#C53030'>■</font> {title}"
            comment = [p(line.answer.comment, "cell")] if line.answer.comment else []
            for q in line.quotes:
                comment += [Spacer(1, 2), quote_box(q.text, quote_meta(q, t), width=COMMENT_WIDTH - 8)]
            rows.append([pm(title, "cell"), p(line.label, "cell_bold"), points, comment or ""])
            extra.append(("TEXTCOLOR", (1, len(rows) - 1), (1, len(rows) - 1), _answer_colour(cs.fraction, cs.value)))
        widths = [CONTENT_WIDTH - 120 - 50 - COMMENT_WIDTH, 120, 50, COMMENT_WIDTH]
        tbl = table(rows, widths, extra=extra + [("ALIGN", (2, 0), (2, -1), "RIGHT")])
        story.append(KeepTogether([head, tbl]) if len(rows) < 8 else head)
        if len(rows) >= 8:
            story.append(tbl)
    if score.critical_failures:
        story += [Spacer(1, 6), p(t("critical_failures"), "h1")]
        for cs in score.critical_failures:
            story.append(p(f"■ {cs.criterion.title.get(card.language)} — {t('rule_' + cs.criterion.critical.value)}",
                           "body"))
    return story


def render_review_scorecard(card: ReviewCard, path: str | os.PathLike, cancel: Callable[[], bool] | None = None):
    t = Messages(card.language)

    def make(handle) -> None:
        subject = f"{card.item.review.employee or t('unassigned')} · {t('review')} #{card.item.id}"
        doc = ReportDocument(handle, title=t("scorecard"), subject=subject, messages=t, cancel=cancel)
        doc.build(build_story(card))

    return write_atomically(path, make)

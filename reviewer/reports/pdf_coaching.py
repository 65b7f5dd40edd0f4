"""The coaching report's sessions section (before/after per focus criterion) and the team
summary's disputes section."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

import reviewer.reports.coaching_texts  # noqa: F401  (registers the texts)
from reviewer.domain.coaching import BeforeAfter, Rate
from reviewer.reports.coaching_effect import CoachingSection
from reviewer.reports.dispute_summary import TeamDisputes
from reviewer.reports.i18n import Messages
from reviewer.reports.pdf_style import CONTENT_WIDTH, p, pm, table


def fmt_rate(rate: Rate, t: Messages) -> str:
    """"3 of 4 · 75% (30–95%)"; "no reviews yet" without any."""
    if not rate.n:
        return t("no_reviews_yet")
    return (f"{t('met_n_of', met=rate.met, n=rate.n)} · {100 * rate.value:.0f}% "
            f"({100 * rate.low:.0f}–{100 * rate.high:.0f}%)")


def change_text(change: BeforeAfter, t: Messages) -> str:
    if change.clear_change:
        return t("clear_rise") if change.after.value > change.before.value else t("clear_fall")
    return t("not_clear")


def _focus_names(section: CoachingSection, session) -> str:
    return ", ".join(section.titles.get(f, f.criterion_id) for f in session.focus) or "—"


def coaching_story(section: CoachingSection | None, t: Messages) -> list:
    if section is None:
        return []
    story = [CondPageBreak(45 * mm), p(t("coaching_sessions"), "h1")]
    if section.held:
        story.append(p(t("sessions_held"), "h2"))
        for s in section.held:
            follow = ""
            if s.follow_up_on:
                follow = (t("follow_up_done", day=s.follow_up_done_at[:10]) if s.follow_up_done_at
                          else t("follow_up_open", day=s.follow_up_on))
            lines = [pm(f"<b>{escape(t('session_line', day=s.held_on, trainer=s.trainer))}</b> · "
                        f"{escape(t('focus_criteria'))}: {escape(_focus_names(section, s))}", "body")]
            if s.actions:
                lines.append(pm(f"{escape(t('actions_agreed'))}: {escape(s.actions)}", "cell"))
            if follow:
                lines.append(pm(f"{escape(t('follow_up'))}: {escape(follow)}", "cell"))
            story.append(KeepTogether(lines + [Spacer(1, 4)]))
    else:
        story.append(p(t("no_sessions_held"), "small"))
    for effect in section.effects:
        if not effect.changes:
            continue
        rows = [[t("criterion"), t("before"), t("after"), t("change")]]
        for change in effect.changes:
            rows.append([p(section.titles.get(change.focus, change.focus.criterion_id), "cell"),
                         p(fmt_rate(change.before, t), "cell"), p(fmt_rate(change.after, t), "cell"),
                         p(change_text(change, t), "cell")])
        story.append(KeepTogether([
            p(t("before_after", day=effect.session.held_on), "h2"),
            p(t("before_after_note"), "small"),
            Spacer(1, 3),
            table(rows, [CONTENT_WIDTH - 330, 125, 125, 80]),
            Spacer(1, 6),
        ]))
    return story


def disputes_story(disputes: TeamDisputes | None, t: Messages) -> list:
    if disputes is None:
        return []
    s = disputes.summary
    o = s.overall
    story = [CondPageBreak(45 * mm), p(t("disputes"), "h1"), p(t("disputes_note"), "small"),
             p(t("disputes_total", total=o.total, open=o.open, accepted=o.accepted, partly=o.partly,
                 rejected=o.rejected), "body"), Spacer(1, 4)]
    unclear = s.unclear()
    if unclear:
        names = ", ".join(disputes.title(k) for k in unclear)
        story += [pm(f"<font color='#C53030'>■</font> {escape(t('unclear_named', names=names))}", "body"),
                  Spacer(1, 4)]
    head = [t("disputes_col"), t("open_col"), t("upheld_col"), t("rejected_col"), t("unclear_col")]
    widths = [CONTENT_WIDTH - 4 * 62 - 80] + [62] * 4 + [80]
    rows = [[t("criterion"), *head]]  # short headers, right-aligned over their numbers
    for key, c in sorted(s.by_criterion.items(), key=lambda kv: (-kv[1].total, disputes.title(kv[0]))):
        rows.append([p(disputes.title(key), "cell"), str(c.total), str(c.open), str(c.upheld), str(c.rejected),
                     str(c.rubric_unclear)])
    story += [p(t("by_criterion"), "h2"), table(rows, widths, numeric_from=1), Spacer(1, 6)]
    rows = [[t("reviewer"), *head]]
    for name, c in sorted(s.by_reviewer.items(), key=lambda kv: (-kv[1].total, kv[0])):
        rows.append([p(name, "cell"), str(c.total), str(c.open), str(c.upheld), str(c.rejected),
                     str(c.rubric_unclear)])
    story += [p(t("disputes_by_reviewer"), "h2"), table(rows, widths, numeric_from=1)]
    return story

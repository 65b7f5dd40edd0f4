"""The scoring panel's helpers: its look, which rubric and name to use, what a refusal says."""

from __future__ import annotations

import getpass
import html
import os
from collections import OrderedDict
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reviewer.domain import Channel
from reviewer.domain.review import Review
from reviewer.domain.rubric import CriticalRule, Rubric
from reviewer.domain.scoring import ReviewScore, score_review
from reviewer.ui import style

STYLE_SHEET = f"""
QFrame#scoringHeader {{ background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }}
QLabel#totalScore {{ font-size: 20pt; font-weight: 600; color: #1a202c; padding-right: 6px; }}
QLabel#totalScore[provisional="true"] {{ color: #a0aec0; }}
QLabel#answeredCount, QLabel#reviewerLine, QLabel#reviewState, QLabel#otherReviews {{ color: #4a5568; }}
QLabel#criticalFailures {{ color: {style.CRITICAL.name()}; font-weight: 600; }}
QLabel#ruleNote {{ color: #975a16; }}
QScrollArea#criteriaList, QWidget#criteriaContent {{ background: transparent; }}
QLabel#sectionTitle, QLabel#sectionScore {{ font-weight: 600; color: #2d3748; }}
QLabel#sectionScore[zeroed="true"] {{ color: {style.CRITICAL.name()}; }}
QFrame#criterionRow {{ background: #ffffff; border: 1px solid #edf2f7; border-left: 3px solid #edf2f7;
                       border-radius: 4px; }}
QFrame#criterionRow[current="true"] {{ background: #f5f9ff; border-color: #bee3f8; border-left-color: #2b6cb0; }}
QFrame#criterionRow[failed="true"] {{ border-left-color: {style.CRITICAL.name()}; }}
QToolButton#scaleButton {{ background: #ffffff; border: 1px solid #cbd5e0; border-radius: 4px;
                           padding: 3px 9px; min-width: 14px; color: #2d3748; }}
QToolButton#scaleButton:hover {{ background: #edf2f7; }}
QToolButton#scaleButton[tone="good"]:checked {{ background: #2f855a; border-color: #2f855a; color: white; }}
QToolButton#scaleButton[tone="mid"]:checked {{ background: #b7791f; border-color: #b7791f; color: white; }}
QToolButton#scaleButton[tone="bad"]:checked {{ background: {style.CRITICAL.name()};
                                               border-color: {style.CRITICAL.name()}; color: white; }}
QToolButton#scaleButton[tone="na"]:checked {{ background: #718096; border-color: #718096; color: white; }}
QLabel#valueLabel {{ color: #4a5568; font-style: italic; }}
QLabel#commentNote {{ color: {style.CRITICAL.name()}; }}
QPlainTextEdit#commentEdit {{ background: #ffffff; border: 1px solid #cbd5e0; border-radius: 4px; }}
QPlainTextEdit#commentEdit:focus {{ border-color: #3182ce; }}
QPlainTextEdit#commentEdit[asking="true"] {{ background: #fffbea; border: 2px solid #d69e2e; }}
QLabel#commentNote[asking="true"] {{ color: #975a16; font-weight: 600; }}
QLabel#criterionGuidance {{ color: #4a5568; background: #f7fafc; border-radius: 3px; padding: 4px 6px; }}
QLabel#scoringMessage {{ border-radius: 4px; padding: 6px; }}
QLabel#scoringMessage[error="true"] {{ color: {style.CRITICAL.name()}; background: #fff5f5; border: 1px solid #feb2b2; }}
QLabel#scoringMessage[error="false"] {{ color: #276749; background: #f0fff4; border: 1px solid #9ae6b4; }}
"""

MAX_LISTED = 6  # criteria named in a refusal; the rest are counted


def os_user_name() -> str:
    """The name of the person logged in: the full name where the system knows it, else the login."""
    try:
        import pwd

        full = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        if full:
            return full
    except (ImportError, KeyError, AttributeError):
        pass
    try:
        return getpass.getuser()
    except OSError:  # no login name in the environment
        return "Reviewer"


def os_full_name() -> str:
    """The logged-in person's full name where the system knows one; "" for a bare login
    ("root"), which is no name to put on a review."""
    full = os_user_name()
    try:
        login = getpass.getuser()
    except OSError:
        login = ""
    return "" if full.casefold() in (login.casefold(), "root", "reviewer") else full


def reviewer_name(library) -> str:
    """Whose reviews are "mine": the library's reviewer_name setting, else (until it is set, on
    the first review) the computer's user, as reviews made before the question were stored."""
    from reviewer.storage.settings import Setting

    return " ".join((library.setting(Setting.REVIEWER_NAME) or os_user_name()).split())


def same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def default_rubric(catalog, channel: Channel, is_visit: bool = False) -> Rubric | None:
    """The rubric named after what the conversation is: "visit" for a mystery-shopper visit or
    test call (a visit of channel call), else the channel's (call, chat...); else the first
    that fits its channel."""
    fitting = catalog.for_channel(channel)
    wanted = "visit" if is_visit else str(channel)
    named = [r for r in fitting if r.id == wanted] or [r for r in fitting if r.id == str(channel)]
    return (named or fitting or [None])[0]


class ListCache:
    """Criteria lists by rubric, the last few kept: going back to a channel's rubric is instant."""

    def __init__(self, make: Callable[[Rubric], QWidget], keep: int = 4):
        self._make = make
        self._keep = keep
        self._lists: OrderedDict[str, QWidget] = OrderedDict()

    def get(self, rubric: Rubric) -> QWidget:
        key = rubric.fingerprint
        if key not in self._lists:
            self._lists[key] = self._make(rubric)
        self._lists.move_to_end(key)
        while len(self._lists) > self._keep:
            _key, old = self._lists.popitem(last=False)
            old.setParent(None)
            old.deleteLater()
        return self._lists[key]


def summary_html(score: ReviewScore, language: str) -> str:
    """The failed critical criteria and what each does to the score, one a line."""
    lines = []
    for failure in score.critical_failures:
        criterion = failure.criterion
        effect = {
            CriticalRule.ZERO_REVIEW: QCoreApplication.translate("ScoringPanel", "the review scores 0"),
            CriticalRule.ZERO_SECTION: QCoreApplication.translate("ScoringPanel", "its section scores 0"),
            CriticalRule.FLAG: QCoreApplication.translate("ScoringPanel", "the review is flagged"),
        }[criterion.critical]
        lines.append("\u2691 " + QCoreApplication.translate("ScoringPanel", "Critical failed: %1 (%2)")
                     .replace("%1", criterion.title.get(language)).replace("%2", effect))
    return "\n".join(lines)


def _links(rubric: Rubric, ids: list[str], language: str) -> str:
    shown = [f'<a href="criterion:{cid}">{html.escape(rubric.criterion(cid).title.get(language))}</a>'
             for cid in ids[:MAX_LISTED]]
    if len(ids) > MAX_LISTED:
        shown.append(html.escape(QCoreApplication.translate("ScoringPanel", "and %1 more")
                                 .replace("%1", str(len(ids) - MAX_LISTED))))
    return "; ".join(shown)


def missing(rubric: Rubric, review: Review | None) -> tuple[list[str], list[str]]:
    """What keeps the review from being submitted: the unanswered criteria, and those answered
    where the rubric asks for a comment that is not there, in the rubric's order."""
    order = [c.id for c in rubric.criteria()]
    unanswered = list((review.score() if review else score_review(rubric, {})).unanswered)
    uncommented = sorted(review.missing_comments() if review else [], key=order.index)
    return unanswered, uncommented


def missing_html(rubric: Rubric, unanswered: list[str], uncommented: list[str], language: str) -> str:
    """Why the review cannot be submitted yet, with the criteria as links to them."""
    parts = ["<b>" + html.escape(QCoreApplication.translate("ScoringPanel", "The review cannot be submitted yet."))
             + "</b>"]
    if unanswered:
        total = sum(1 for _ in rubric.criteria())
        parts.append(html.escape(QCoreApplication.translate("ScoringPanel", "Not answered (%1 of %2):")
                                 .replace("%1", str(len(unanswered))).replace("%2", str(total)))
                     + " " + _links(rubric, unanswered, language))
    if uncommented:
        parts.append(html.escape(QCoreApplication.translate("ScoringPanel", "A comment saying why is required for:"))
                     + " " + _links(rubric, uncommented, language))
    return "<br>".join(parts)

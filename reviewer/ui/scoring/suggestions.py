"""Automatic QA in the scoring panel: each checked criterion shows what the checks suggest, why,
and a link to the moment; S accepts the focused suggestion, Shift+S every open one, and any
answer key overrides. An override can say why (wrong answer, wrong evidence, missed evidence).

Suggestions are drawn apart from the reviewer's own answers (a dashed, tinted line under the
criterion) and are never submitted by themselves: accepting one makes it the reviewer's answer.
Results are read from the library; a missing or stale one is computed by ``reviewer autoqa`` in
a child process (the dictionaries' loading would hold the interpreter lock), then read back.
"""

from __future__ import annotations

import html
import sqlite3

import sys

from PySide6.QtCore import QObject, QProcess, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from reviewer.domain.checks import AutoResult, clock, reason_text
from reviewer.domain.review import Evidence as ReviewEvidence
from reviewer.domain.rubric import Rubric
from reviewer.storage import auto_results
from reviewer.ui.app import current_language

STYLE = (
    "QLabel#suggestion { border: 1px dashed palette(mid); border-radius: 3px; padding: 2px 4px;"
    " font-style: italic; color: palette(dark); }"
    " QLabel#suggestion[state=\"open\"] { background: rgba(70, 130, 220, 0.10); color: palette(text); }"
    " QLabel#suggestion[state=\"overridden\"] { background: rgba(220, 140, 40, 0.10); }"
    " QLabel#humanOnly { color: palette(mid); font-size: 11px; }"
)
OVERRIDE_LINKS = ("wrong_answer", "wrong_evidence", "missed_evidence")


class Suggestions(QObject):
    """Draws the suggestions of the shown conversation on the panel's criteria rows."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.result: AutoResult | None = None
        self._conversation_id: int | None = None
        self._labels: dict[tuple[int, str], QLabel] = {}
        self._process: QProcess | None = None
        panel.setStyleSheet(panel.styleSheet() + STYLE)
        for keys, slot in (("S", self.accept_current), ("Shift+S", self.accept_all)):
            QShortcut(QKeySequence(keys), panel, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # Loading --------------------------------------------------------------------------------

    def show_for(self, conversation, rubric: Rubric | None) -> None:
        """The conversation and rubric the panel shows now (None: nothing)."""
        self.result = None
        self._conversation_id = conversation.id if conversation is not None else None
        if conversation is None or rubric is None or not any(c.auto for c in rubric.criteria()):
            self.refresh()
            return
        from reviewer.checks.service import turns_stamp
        from reviewer.domain.checks import CHECKER_VERSION

        stored = auto_results.load(self.panel._library.conn, conversation.id, rubric.id)
        if stored:
            result, stamp = stored[0]
            if (result.rubric_version == rubric.version and result.checker_version == CHECKER_VERSION
                    and stamp == turns_stamp(conversation)):
                self.result = result
        if self.result is None and conversation.turns:
            self._compute(conversation.id, rubric.id)
        self.refresh()

    def _compute(self, conversation_id: int, rubric_id: str) -> None:
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(["-m", "reviewer", "--library", str(self.panel._library.root), "autoqa",
                              str(conversation_id), "--rubric", rubric_id, "--json"])
        process.setStandardOutputFile(QProcess.nullDevice())
        process.setStandardErrorFile(QProcess.nullDevice())
        process.finished.connect(lambda *_: self._computed(conversation_id, rubric_id))
        self._process = process
        process.start()

    def _computed(self, conversation_id: int, rubric_id: str) -> None:
        rubric = self.panel.rubric
        if conversation_id != self._conversation_id or rubric is None or rubric.id != rubric_id:
            return
        try:
            stored = auto_results.load(self.panel._library.conn, conversation_id, rubric_id)
        except sqlite3.Error:
            return  # the library was closed meanwhile
        if stored and stored[0][0].rubric_version == rubric.version:
            self.result = stored[0][0]
            self.refresh()

    def wait(self, msecs: int = 60_000) -> bool:
        """For tests: let a computation in progress finish."""
        if self._process is None or self._process.state() == QProcess.ProcessState.NotRunning:
            return True
        return self._process.waitForFinished(msecs)

    # Drawing --------------------------------------------------------------------------------

    def _label(self, criteria, cid: str, object_name: str = "suggestion") -> QLabel:
        key = (id(criteria), cid)
        label = self._labels.get(key)
        if label is None:
            label = QLabel(objectName=object_name, wordWrap=True, textFormat=Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            label.linkActivated.connect(lambda link, c=cid: self._link(c, link))
            criteria.rows[cid]._layout.addWidget(label)
            self._labels[key] = label
        return label

    def refresh(self) -> None:
        criteria = self.panel.criteria
        if criteria is None:
            return
        for (list_id, _cid), label in self._labels.items():
            if list_id != id(criteria) or self.result is None:
                label.hide()
        if self.result is None:
            return  # nothing to draw (no checks, or not computed yet): no labels are made
        language = current_language()
        suggestions = self.result.suggestions if self.result else {}
        editable = not self.panel._read_only()
        for cid, row in criteria.rows.items():
            if not row.criterion.auto:
                note = self._label(criteria, cid, "humanOnly")
                note.setText(html.escape(self.tr("No automatic check: this one is yours to judge")))
                note.setVisible(self.result is not None)
                continue
            label = self._label(criteria, cid)
            suggestion = suggestions.get(cid)
            if suggestion is None:
                label.hide()
                continue
            answer = row.criterion.scale.label(suggestion.answer, language)
            reason = html.escape(reason_text(suggestion.reason, language))
            links = " ".join(self._evidence_link(e) for e in suggestion.evidence[:3])
            head = self.tr("Suggested: %1").replace("%1", f"<b>{html.escape(answer)}</b>")
            if suggestion.experimental:
                head += " " + html.escape(self.tr("(experimental)"))
            if row.value is None:
                state = "open"
                accept = self.tr("Accept (S)")  # outside the f-string, where lupdate finds it
                tail = f' · <a href="accept">{html.escape(accept)}</a>' if editable else ""
            elif row.value == suggestion.answer:
                state = "agreed"
                head = html.escape(self.tr("\u2713 Your answer matches the suggestion"))
                tail = ""
            else:
                state = "overridden"
                head += " · " + html.escape(self.tr("overridden"))
                tail = self._override_links() if editable else ""
            label.setText(f"{head} — {reason} {links}{tail}")
            label.setProperty("state", state)
            label.style().unpolish(label)
            label.style().polish(label)
            label.setToolTip(self.tr("Confidence %1 %").replace("%1", f"{suggestion.confidence * 100:.0f}"))
            label.show()

    def _evidence_link(self, evidence) -> str:
        if evidence.turn is not None:
            turn = self.panel._turns.get(evidence.turn)
            quote = ""
            if turn is not None and evidence.start is not None:
                quote = f" «{html.escape(turn.text[evidence.start:evidence.end])}»"
            label = self.tr("Turn %1").replace("%1", str(evidence.turn + 1))  # as the reasons count: from 1
            return f'<a href="turn:{evidence.turn}">{html.escape(label)}{quote}</a>'
        return f'<a href="ms:{evidence.start_ms}:{evidence.end_ms}">\u25b6 {clock(evidence.start_ms)}</a>'

    def _override_links(self) -> str:
        names = {
            "wrong_answer": self.tr("wrong answer"),
            "wrong_evidence": self.tr("wrong evidence"),
            "missed_evidence": self.tr("missed evidence"),
        }
        links = ", ".join(f'<a href="why:{key}">{html.escape(names[key])}</a>' for key in OVERRIDE_LINKS)
        return " · " + html.escape(self.tr("Why?")) + " " + links

    # Acting ---------------------------------------------------------------------------------

    def _link(self, cid: str, link: str) -> None:
        if link == "accept":
            self.accept(cid)
        elif link.startswith("why:"):
            self.set_override_reason(cid, link.removeprefix("why:"))
        elif link.startswith("turn:"):
            self.panel.evidenceActivated.emit(ReviewEvidence.turn(int(link.removeprefix("turn:"))))
        elif link.startswith("ms:"):
            _, start, end = link.split(":")
            self.panel.evidenceActivated.emit(ReviewEvidence.span(int(start), int(end)))

    def accept(self, cid: str) -> bool:
        """Make the suggestion the reviewer's answer, with its evidence."""
        suggestion = self.result.suggestions.get(cid) if self.result else None
        if suggestion is None or self.panel._read_only():
            return False
        if not self.panel.answer(cid, suggestion.answer):
            return False
        evidence = [
            ReviewEvidence.turn(e.turn) if e.turn is not None else ReviewEvidence.span(e.start_ms, e.end_ms)
            for e in suggestion.evidence[:5]
        ]
        if evidence:
            self.panel._save_evidence(cid, evidence)
        self.refresh()
        return True

    def accept_current(self) -> bool:
        criteria = self.panel.criteria
        return bool(criteria and criteria.current) and self.accept(criteria.current)

    def accept_all(self) -> int:
        """Accept every suggestion of a criterion still unanswered (experimental ones excepted)."""
        criteria = self.panel.criteria
        if criteria is None or self.result is None:
            return 0
        accepted = 0
        for cid, suggestion in self.result.suggestions.items():
            row = criteria.rows.get(cid)
            if row is not None and row.value is None and not suggestion.experimental and self.accept(cid):
                accepted += 1
        return accepted

    def set_override_reason(self, cid: str, reason: str) -> None:
        review = self.panel.review
        suggestion = self.result.suggestions.get(cid) if self.result else None
        if review is None or suggestion is None:
            return
        with self.panel._library.transaction() as conn:
            auto_results.set_override_reason(conn, review.id, cid, reason, suggestion.answer)
        self.panel._message(html.escape(self.tr("Noted: the suggestion was a %1.").replace("%1", reason.replace("_", " "))), error=False)

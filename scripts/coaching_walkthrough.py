#!/usr/bin/env python3
"""A trainer's walk-through of disputes and coaching sessions, offscreen, as screenshots.

    python scripts/coaching_walkthrough.py OUT_DIR [--language ru]

On the demo library (built in a temporary folder): the Reports dialog for Maria Smith and the
coaching session planned from her report (focus areas ticked), a dispute of one of her answers
raised in the scoring panel and decided by another reviewer (the answer, score and history
change), the next weeks' chats scored, and the next coaching report with the before/after
figures and the team summary with the disputes, as PDF pages turned into PNG (pdftoppm).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if Path("/usr/share/fonts/truetype/dejavu").is_dir():
    os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu")

EMPLOYEE = "Maria Smith"
TRAINER = "Olga Petrova"  # not the demo's reviewer: she may decide disputes of its reviews
SESSION_DAY = "2026-11-21"
DISPUTED_CHAT = 12  # Jānis Bērziņš's pendant-height chat, 90 % by the demo's reviewer


class Turns:
    """The turns "selected" in the conversation view, for the dispute's evidence."""

    def __init__(self, indexes):
        self.indexes = indexes

    def selected_turn_indexes(self):
        return self.indexes

    def playback_ms(self):
        return None


def add_next_weeks(library, focus) -> None:
    """Four more of Maria's chats after the session, scored by the demo's reviewer: the focus
    criteria met in three of them."""
    from reviewer.domain import Conversation
    from reviewer.rubrics import load_catalog

    template = library.conversations.get(11)  # Maria's missing-parcel chat
    rubric = load_catalog(library.root).get("chat")
    start = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)
    for i in range(4):
        at = start + timedelta(days=3 * i)
        turns = [t for t in template.turns]
        for t in turns:
            t.id = None
        cid = library.conversations.add(Conversation(
            channel=template.channel, source_name=f"maria-followup-{i}.txt", source_sha256=f"{i:02d}".ljust(64, "f"),
            employee=EMPLOYEE, title=f"{template.title} ({i + 2})", started_at=at.isoformat(timespec="seconds"),
            duration_ms=template.duration_ms, language=template.language, turns=turns))
        answers = []
        for criterion in rubric.criteria():
            value = criterion.scale.top
            if any(f.criterion_id == criterion.id and f.rubric_id == "chat" for f in focus) and i == 1:
                value = criterion.scale.bottom
            answers.append((criterion.id, value, "Did not propose a solution" if value != criterion.scale.top else "", []))
        review = library.reviews.create(cid, rubric, "Līga Ozola", at=at + timedelta(hours=2))
        library.reviews.set_answers(review.id, answers, at=at + timedelta(hours=2))
        library.reviews.submit(review.id, at=at + timedelta(hours=3))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--language", choices=["en", "ru", "lv"], default="en")
    args = parser.parse_args(argv)
    os.environ["REVIEWER_LANGUAGE"] = args.language
    out = args.out_dir
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QDate, QEventLoop, QTimer

    from reviewer import reports
    from reviewer.coaching import DisputeRepository, SessionRepository
    from reviewer.demo import build_demo_library
    from reviewer.storage.settings import Setting
    from reviewer.ui.app import create_application
    from reviewer.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()

    def save(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    def pdf_pages(pdf: Path, name: str) -> None:
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / name)], check=True)
        for page in sorted(out.glob(f"{name}-*.png")):
            print(page)

    with tempfile.TemporaryDirectory(prefix="reviewer-walkthrough-") as tmp:
        library = build_demo_library(Path(tmp) / "demo-library")
        library.set_setting(Setting.REVIEWER_NAME, TRAINER)
        window = MainWindow(library)
        window.resize(1440, 880)
        window.show()
        settle(300)

        # 1. The coaching report, and a session planned from it.
        dialog = window.show_reports()
        dialog.employee.setCurrentIndex(dialog.employee.findData(EMPLOYEE))
        dialog.output.setText(str(out / "1-coaching-report-before.pdf"))
        dialog.open_when_done.setChecked(False)
        save(dialog, "1-reports-dialog")
        reports.make_employee_report(library, EMPLOYEE, out / "1-coaching-report-before.pdf", language=args.language)
        pdf_pages(out / "1-coaching-report-before.pdf", "1-coaching-report-before")
        session_dialog = dialog.plan_session()
        session_dialog.date_edit.setDate(QDate.fromString(SESSION_DAY, "yyyy-MM-dd"))
        session_dialog.follow_up_edit.setDate(QDate(2026, 12, 1))
        session_dialog.notes_edit.setPlainText("Went through the missing-parcel chat and the assembly e-mail.")
        session_dialog.actions_edit.setPlainText("Answer every question; always propose the next step with facts.")
        save(session_dialog, "2-session-planned")
        session_dialog.save()
        dialog.reject()
        session = SessionRepository(library).list()[-1]

        # 2. Jānis Bērziņš disputes an answer of his pendant-height chat; another reviewer decides it.
        view = window.library_view
        row = next(r for r in range(view.model.rowCount()) if view.model.conversation(r).id == DISPUTED_CHAT)
        view.table.selectRow(row)
        panel = window.scoring_panel
        [other] = panel._others
        panel.show_other_review(other.id)
        failed = next(c for c in other.rubric.criteria()
                      if other.answers[c.id].value not in (c.scale.top, "n/a", None))
        panel.criteria.set_current(failed.id)
        panel.set_evidence_source(Turns([3]))
        raise_dialog = panel.disputes.raise_dispute()
        raise_dialog.argument_edit.setPlainText("I answered at once; see the turn attached.")
        save(raise_dialog, "3-dispute-raised")
        raise_dialog.save()
        settle()
        save(window, "4-dispute-open-in-library-and-panel")
        dispute = DisputeRepository(library).list()[-1]
        decide = panel.disputes.decide(dispute.id)
        decide.note_edit.setPlainText("The reply came within 30 seconds; the reviewer misread the times.")
        save(decide, "5-dispute-decide")
        decide.save()
        panel.history.toggle.setChecked(True)
        settle()
        save(window.scoring_panel, "6-dispute-decided-panel")

        # 3. The next weeks are scored; the next report shows before and after.
        add_next_weeks(library, session.focus)
        follow_ups = window.coaching.show_follow_ups()
        save(follow_ups, "7-follow-ups-due")
        follow_ups.reject()
        after = out / "8-coaching-report-after.pdf"
        reports.make_employee_report(library, EMPLOYEE, after, period=reports.Period("2026-11-22", "2026-12-31"),
                                     language=args.language)
        pdf_pages(after, "8-coaching-report-after")
        team = out / "9-team-summary.pdf"
        reports.make_team_summary(library, team, period=reports.Period("2026-10-01", "2026-12-31"),
                                  language=args.language)
        pdf_pages(team, "9-team-summary")
        window.close()
        library.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Take screenshots of the desktop app on the demo library, offscreen.

    python scripts/screenshots.py OUT_DIR

Builds the demo library in a temporary folder, opens the main window without a display and
saves PNGs of the main window, the conversation view (a chat with a search, an e-mail thread,
a call waiting for transcription), a filtered library, an import report, the Reports dialog and
the speech model dialog (over a model cache in the temporary folder, so the list is the same on
every computer).

Then: a call transcribed for real with the embedded model (a call in the interface language),
shown mid-playback with its scoring partly done and one evidence link; the jobs panel while
another call is being transcribed; the keyboard shortcuts; the demo shop visit's window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if Path("/usr/share/fonts/truetype/dejavu").is_dir():
    os.environ.setdefault("QT_QPA_FONTDIR", "/usr/share/fonts/truetype/dejavu")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder for the PNG files")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=880)
    parser.add_argument("--language", choices=["en", "ru", "lv"], default="en", help="interface language")
    args = parser.parse_args(argv)
    os.environ["REVIEWER_LANGUAGE"] = args.language
    args.out_dir.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from reviewer.demo import build_demo_library
    from reviewer.ui.app import create_application
    from reviewer.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        QCoreApplication.processEvents()

    def save(widget, name: str, wait_ms: int = 150) -> None:
        settle(wait_ms)
        path = args.out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"screenshots: cannot write {path}")
        print(path)

    with tempfile.TemporaryDirectory(prefix="reviewer-screens-") as tmp:
        os.environ["REVIEWER_MODEL_CACHE"] = str(Path(tmp) / "models")
        library = build_demo_library(Path(tmp) / "demo-library")
        from reviewer.transcription import models

        models.ensure_embedded()  # into REVIEWER_MODEL_CACHE, as the app does on first use
        transcribe(library, TRANSCRIBED_CALL[args.language])
        window = MainWindow(library)
        window.resize(args.width, args.height)
        window.show()
        settle(300)
        view = window.library_view

        def open_titled(title: str) -> None:
            for row in range(view.model.rowCount()):
                conversation = view.model.conversation(row)
                if (conversation.title or conversation.source_name) == title:
                    view.select_row(row)
                    settle()
                    return
            raise SystemExit(f"screenshots: no demo conversation titled {title!r}")

        open_titled("Торшер для чтения")
        save(window, "main-window")

        open_titled("Царапина на бра")
        window.conversation_view.find("проблема")
        save(window.conversation_view, "conversation-chat-search")
        window.conversation_view.find("")

        open_titled("Счёт для юридического лица")
        save(window.conversation_view, "conversation-email")

        open_titled("Galda lampa bērnu istabai")
        save(window.conversation_view, "conversation-telegram")

        open_titled("Светильник для кухни")
        save(window.conversation_view, "conversation-call-untranscribed")

        view.employee_box.select("Maria Smith")
        settle()
        open_titled("Missing parcel")
        save(window, "library-filtered")
        view.clear_filters()

        # An import with a good file and a broken one, to show the report.
        broken = Path(tmp) / "broken-call.wav"
        broken.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 20)
        chat = Path(tmp) / "new-chat.txt"
        chat.write_text("[2026-11-24 09:00:01] Client: Hello!\n[2026-11-24 09:00:20] Anna Ivanova: Good morning!\n",
                        encoding="utf-8")
        done = []
        window.importFinished.connect(lambda results, cancelled: done.append(results))
        window.import_paths([chat, broken])
        for _ in range(200):
            if done:
                break
            settle(50)
        if not done:
            raise SystemExit("screenshots: the import did not finish")
        save(window.report_dialog, "import-report")
        window.report_dialog.close()

        reports = window.show_reports()
        save(reports, "reports-dialog")
        reports.close()

        speech_model = window.show_model_settings()
        save(speech_model, "speech-model-dialog")
        speech_model.reject()

        # A call transcribed with the embedded model, being played and scored.
        open_titled(TRANSCRIBED_CALL[args.language])
        save_review_in_progress(window, save, settle)
        save(window, "main-window-transcribed-call")

        # The jobs panel while calls are being transcribed: one running, the others queued.
        open_titled(JOB_CALL[args.language])
        window.transcription.transcribe_pending()
        wait_for_progress(window.transcription.runner, settle)
        save(window, "main-window-jobs", wait_ms=10)  # before the running call is done
        save(window.transcription.panel, "jobs-panel", wait_ms=10)
        window.transcription.runner.cancel_all()

        shortcuts = window.show_shortcuts()
        save(shortcuts, "shortcuts-dialog")
        shortcuts.close()

        visit_id = next(c.id for c in library.conversations.list() if c.source_format == "visit")
        visit = window.show_visit(visit_id)
        visit.resize(1280, 820)
        save(visit, "visit-window")
        visit.close()
        window.close()
        library.close()
    return 0


# A demo call in each interface language (recorded in it), and another for the jobs panel.
TRANSCRIBED_CALL = {"en": "Broken lamp shade", "ru": "Торшер не доставлен", "lv": "Mirgojoša galda lampa"}
JOB_CALL = {"en": "Wrong bulbs", "ru": "Светильник для кухни", "lv": "Jautājums par cenu"}


def transcribe(library, title: str) -> None:
    """Transcribe one demo call with the embedded model, as Transcription → Transcribe does."""
    from reviewer.transcription.jobs import TranscriptionService

    conversation = next(c for c in library.conversations.list() if (c.title or c.source_name) == title)
    with TranscriptionService(library) as service:
        outcome = service.run(service.enqueue(conversation.id))
    if str(outcome.state) != "done":
        raise SystemExit(f"screenshots: transcribing {title!r} ended {outcome.state}: {outcome.message}")


def save_review_in_progress(window, save, settle) -> None:
    """Play the open call to about a third, answer the first criteria, attach one turn."""
    view, panel = window.conversation_view, window.scoring_panel
    from reviewer.storage.settings import Setting

    if not window.library.setting(Setting.REVIEWER_NAME):
        panel.set_reviewer_name("Olga Petrova")  # else the first answer asks for the name
    player = view.player
    player.seek(player.duration() // 3)
    player.play()
    settle(1200)
    player.pause()
    criteria = [c for section in panel.rubric.sections for c in section.criteria]
    for criterion, pick in zip(criteria[:5], ("top", "top", "middle", "top", "bottom")):
        values = criterion.scale.values()
        value = {"top": criterion.scale.top, "bottom": criterion.scale.bottom}.get(pick, values[len(values) // 2])
        panel.answer(criterion.id, value)
    view.seek_to_turn(view.turns_model.turn(min(1, view.turns_model.rowCount() - 1)).index)
    panel.attach_evidence(criteria[1].id)
    player.seek(player.duration() // 3)  # back where the reviewer was listening
    settle(300)


def wait_for_progress(runner, settle, timeout_s: float = 180) -> None:
    """Until the job has transcribed part of its recording (the model loads first)."""
    import time

    seen = []
    runner.progress.connect(lambda _job, done, _length: seen.append(done))
    deadline = time.monotonic() + timeout_s
    while not any(seen) and time.monotonic() < deadline:
        settle(20)
    if not any(seen):
        raise SystemExit("screenshots: the transcription job did not start")


if __name__ == "__main__":
    raise SystemExit(main())

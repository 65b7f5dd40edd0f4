#!/usr/bin/env python3
"""Take screenshots of the desktop app on the demo library, offscreen.

    python scripts/screenshots.py OUT_DIR

Builds the demo library in a temporary folder, opens the main window without a display and
saves PNGs of the main window, the conversation view (a chat with a search, an e-mail thread,
a call waiting for transcription), a filtered library, an import report, the Reports dialog and
the speech model dialog (over an empty model cache in the temporary folder, so the list is the
same on every computer).
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

    def save(widget, name: str) -> None:
        settle()
        path = args.out_dir / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"screenshots: cannot write {path}")
        print(path)

    with tempfile.TemporaryDirectory(prefix="reviewer-screens-") as tmp:
        os.environ["REVIEWER_MODEL_CACHE"] = str(Path(tmp) / "models")
        library = build_demo_library(Path(tmp) / "demo-library")
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
        window.close()
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Starting the app and opening a call keeps the terminal quiet: no FFmpeg stream dump, no list
of audio backends Qt could not load; a warning that means something still gets through."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer, qWarning
    from reviewer.storage import Library
    from reviewer.ui.app import create_application
    app = create_application()
    from reviewer.ui.main_window import MainWindow
    library = Library.open(sys.argv[1], create=False)
    window = MainWindow(library)
    window.show()
    call = next(c.id for c in library.conversations.list() if c.channel.value == "call")
    QTimer.singleShot(100, lambda: window.conversation_view.show_conversation(call))
    QTimer.singleShot(1500, lambda: (qWarning("a warning that means something"), app.quit()))
    app.exec()
""")


def run_app(library_root: Path, **env) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), **env}
    environment.pop("QT_LOGGING_RULES", None)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(library_root)], capture_output=True, text=True,
                          env=environment, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stderr + done.stdout


def test_opening_a_call_prints_nothing_but_real_warnings(demo_library):
    output = run_app(demo_library.root)
    assert "Input #0" not in output and "Stream #0" not in output
    assert "symbolsresolver" not in output and "Using Qt multimedia with FFmpeg" not in output
    assert "pa_context_connect" not in output and "propagateSizeHints" not in output
    assert output.strip() == "a warning that means something"


def test_verbose_keeps_everything_for_bug_reports(demo_library):
    output = run_app(demo_library.root, REVIEWER_VERBOSE="1")
    assert "a warning that means something" in output
    assert "Input #0" in output or "qt.multimedia" in output

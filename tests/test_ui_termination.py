"""SIGTERM (logout, shutdown, `kill`) closes Reviewer as Ctrl+Q does: the window's size and the
panes' widths are saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings, QTimer
    from reviewer.storage import Library
    from reviewer.ui.app import create_application
    from reviewer.ui.termination import close_on_termination
    app = create_application()
    from reviewer.ui.main_window import MainWindow
    library = Library.open(sys.argv[1], create=False)
    window = MainWindow(library)
    window.remember_layout(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.resize(1400, 860)
    window.show()
    close_on_termination(window)
    def ready():
        window.splitter.setSizes([300, 1100])
        print("ready", flush=True)
    QTimer.singleShot(300, ready)
    code = app.exec()
    print("exited", code, flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="no SIGTERM on this platform")
def test_sigterm_saves_the_layout_like_quit(demo_library, tmp_path):
    settings = tmp_path / "layout.ini"
    root = demo_library.root
    demo_library.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    app = subprocess.Popen([sys.executable, "-c", SCRIPT, str(root), str(settings)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout.readline().strip() == "ready"
        time.sleep(0.2)
        app.send_signal(signal.SIGTERM)
        out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
    assert app.returncode == 0, err
    assert "exited 0" in out
    from PySide6.QtCore import QSettings
    from reviewer.ui.window_layout import GEOMETRY, PANES

    saved = QSettings(str(settings), QSettings.Format.IniFormat)
    assert saved.value(GEOMETRY) is not None and saved.value(PANES) is not None

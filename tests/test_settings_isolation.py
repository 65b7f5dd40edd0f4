"""Tests never touch the user's own settings: conftest gives the session a temporary HOME."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, TEST_HOME, USER_SETTINGS_FILE


def _fingerprint(path: Path):
    if not path.exists():
        return None
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


SAVE_LAYOUT = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from reviewer.storage import Library
from reviewer.ui.app import create_application
from reviewer.ui.main_window import MainWindow
app = create_application([sys.argv[0]])
library = Library.open(Path(sys.argv[1]))
window = MainWindow(library)
window.remember_layout()  # the app's own QSettings, as run_app uses it
window.resize(1111, 777)
window.show()
QTimer.singleShot(200, window.close)
app.exec()
library.close()
print(QSettings().fileName())
"""


def test_a_run_that_saves_the_window_layout_leaves_the_users_settings_alone(tmp_path):
    before = _fingerprint(USER_SETTINGS_FILE)
    assert not str(USER_SETTINGS_FILE).startswith(str(TEST_HOME))
    assert Path(os.environ["HOME"]) == TEST_HOME and Path.home() == TEST_HOME
    done = subprocess.run(
        [sys.executable, "-c", SAVE_LAYOUT, str(tmp_path / "lib")],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    written = Path(done.stdout.strip().splitlines()[-1])
    # The layout was saved, in the test home, and the user's file is as it was.
    assert written.is_relative_to(TEST_HOME), written
    assert "geometry=@ByteArray" in written.read_text(errors="replace")
    assert _fingerprint(USER_SETTINGS_FILE) == before

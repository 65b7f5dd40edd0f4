"""What a killed copy, report or import leaves behind is removed the next time, and what a
process still running is writing is left alone."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from concurrency_helpers import reviewer, wait_for, write_whatsapp_chat
from conftest import REPO
from reviewer.storage import Library

COPY_FROM_PIPE = """
import sys
import threading
from pathlib import Path
from reviewer.storage import Library
library = Library.open(sys.argv[1])
print("copying", flush=True)
library.recordings.add(Path(sys.argv[2]), "ab" * 32, ".wav")  # blocks: the pipe never ends
"""

REPORT_NEVER_ENDING = """
import sys, time
from reviewer.reports.pdf_style import write_atomically
def make(handle):
    handle.write(b"%PDF-1.4 half a report")
    handle.flush()
    print("writing", flush=True)
    time.sleep(600)
write_atomically(sys.argv[1], make)
"""


def _start(script: str, *argv) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, argv)], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO)


def _kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


def test_a_copy_killed_half_way_is_removed_at_the_next_open(tmp_path):
    root = tmp_path / "library"
    Library.open(root).close()
    pipe = tmp_path / "slow-source"
    os.mkfifo(pipe)
    copier = _start(COPY_FROM_PIPE, root, pipe)
    assert copier.stdout.readline().strip() == "copying"
    writer = os.open(pipe, os.O_WRONLY)  # the copy has started reading
    feeding = threading.Thread(target=os.write, args=(writer, b"RIFF" + b"\0" * 1_500_000), daemon=True)
    feeding.start()  # more than the copy's first block: that one lands in the partial file
    incoming = lambda: list((root / "recordings").rglob(".incoming-*"))  # noqa: E731
    wait_for(lambda: incoming() and incoming()[0].stat().st_size > 0, what="the copy to begin")
    [partial] = incoming()
    assert partial.name.startswith(f".incoming-{copier.pid}-")
    with Library.open(root) as library:  # the copier still runs: its file is left alone
        assert partial.exists() and library.notes == []
    _kill(copier)
    os.close(writer)
    with Library.open(root) as library:
        assert not partial.exists()
        assert library.notes == [f"{root}: removed 1 unfinished file copies left by a Reviewer that was stopped"]
    assert incoming() == []


def test_a_report_killed_half_way_is_removed_when_it_is_written_next(tmp_path):
    from reviewer.reports.pdf_style import write_atomically

    target = tmp_path / "coaching.pdf"
    writer = _start(REPORT_NEVER_ENDING, target)
    assert writer.stdout.readline().strip() == "writing"
    [part] = list(tmp_path.glob(".coaching.pdf.*.part"))
    assert part.name.startswith(f".coaching.pdf.{writer.pid}.")
    _kill(writer)
    assert not target.exists() and part.exists()  # the old report, if any, was never replaced
    write_atomically(target, lambda handle: handle.write(b"%PDF-1.4 whole"))
    assert target.read_bytes() == b"%PDF-1.4 whole"
    assert list(tmp_path.glob(".*.part")) == []


def test_an_import_killed_half_way_leaves_nothing_visible_and_is_removed_at_the_next_open(tmp_path, lib_dir):
    Library.open(lib_dir).close()
    chat = write_whatsapp_chat(tmp_path / "huge.txt", 60_000)
    importing = reviewer(lib_dir, "import", chat)

    def hidden_turns():
        conn = sqlite3.connect(lib_dir / "library.db")
        try:
            return conn.execute(
                "SELECT COUNT(*) FROM turns WHERE conversation_id IN (SELECT conversation_id FROM imports_in_progress)"
            ).fetchone()[0]
        finally:
            conn.close()

    wait_for(lambda: hidden_turns() > 0, timeout=120, what="the import to write its first chunk")
    with Library.open(lib_dir) as library:  # half-way: the conversation is not listed
        assert library.conversations.list() == [] and library.conversations.count() == 0
    _kill(importing)
    with Library.open(lib_dir) as library:
        assert library.notes == [f"{lib_dir}: removed 1 unfinished imports left by a Reviewer that was stopped"]
        counts = [library.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("conversations", "turns", "turns_fts", "participants", "imports_in_progress")]
        assert counts == [0, 0, 0, 0, 0]
    code, out, err = (lambda p: (p.wait(), *p.communicate()))(reviewer(lib_dir, "import", chat))
    assert code == 0 and "1 imported" in out, err  # and it imports cleanly again

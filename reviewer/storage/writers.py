"""Who is writing to a library: waiting for the write lock, and naming its holder.

SQLite lets one writer at a time hold a library's write lock and cannot say who holds it. Every
Reviewer process writes a small record (``library.db-writer``) the moment it gets the lock; a
process that waited in vain reads it to name the holder. The record is written by the lock's
holder only, so it is never torn by two writers; it can be stale (a program that is not
Reviewer, such as the sqlite3 shell, holds the lock), which the message then says.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from reviewer.storage.private import PRIVATE_FILE
from reviewer.storage.processes import host_name

WRITER_FILE = "library.db-writer"
ENV_LOCK_WAIT = "REVIEWER_LOCK_WAIT_S"
#: how long a writer waits for the lock before giving up (seconds); $REVIEWER_LOCK_WAIT_S
DEFAULT_LOCK_WAIT_S = 60.0
#: after this long waiting, the wait is reported ("waiting for the library…")
NOTICE_AFTER_S = 1.0

_process_label: str | None = None


class LibraryBusy(Exception):
    """Another program held the library's write lock for longer than we may wait.
    Nothing of the write that met it was stored."""

    def __init__(self, root: Path, holder: str, waited_s: float):
        self.root, self.holder, self.waited_s = root, holder, waited_s
        super().__init__(
            f"the library {root} is busy: {holder} has been writing to it for all of the"
            f" {waited_s:.0f} s we waited; nothing was changed, try again when it has finished"
        )


def set_process_label(label: str) -> None:
    """What this process is, in the words another process's message will use
    ("reviewer import", "the Reviewer app")."""
    global _process_label
    _process_label = label


def process_label() -> str:
    if _process_label:
        return _process_label
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python"
    return name


def lock_wait_s() -> float:
    try:
        return max(0.0, float(os.environ.get(ENV_LOCK_WAIT, DEFAULT_LOCK_WAIT_S)))
    except ValueError:
        return DEFAULT_LOCK_WAIT_S


def record_holder(root: Path) -> None:
    """Say that this process holds the write lock now (called right after BEGIN IMMEDIATE)."""
    data = json.dumps(
        {"pid": os.getpid(), "host": host_name(), "what": process_label(), "since": time.time()}
    ).encode()
    try:
        fd = os.open(root / WRITER_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)
    except OSError:
        pass  # naming the holder is a courtesy; the write itself goes on


def describe_holder(root: Path) -> str:
    """The holder of the write lock in words, as best we can tell."""
    from reviewer.storage.processes import process_alive

    try:
        data = json.loads((root / WRITER_FILE).read_bytes())
        pid, host, what, since = int(data["pid"]), str(data["host"]), str(data["what"]), float(data["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return "another program"
    at = datetime.fromtimestamp(since, timezone.utc).astimezone().strftime("%H:%M:%S")
    if host != host_name():
        return f"{what} (process {pid} on {host}, since {at})"
    if pid == os.getpid():
        return f"another connection of this program ({what}, since {at})"
    if not process_alive(pid):
        return "another program (not Reviewer, or a Reviewer that has stopped)"
    return f"{what} (process {pid}, since {at})"


_wait_notice = None


def set_wait_notice(notice) -> None:
    """``notice(holder)`` is called (from the waiting thread) when a write has waited
    NOTICE_AFTER_S for the lock, with describe_holder()'s words: the command line prints it,
    the app shows it in its status bar."""
    global _wait_notice
    _wait_notice = notice


def notify_waiting(root: Path) -> None:
    if _wait_notice is not None:
        try:
            _wait_notice(describe_holder(root))
        except Exception:
            pass  # a notice must never break the write it is about

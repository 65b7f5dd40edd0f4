"""Leftovers of work that was killed half-way, removed when a library is opened.

A copy into the recordings or photos store goes through ``.incoming/.incoming-PID-…`` and a
report or a file written atomically through ``.NAME.PID.….part`` beside it; an import of a large file keeps its
conversation hidden in ``imports_in_progress`` until its last transaction. When the process
named by the PID is gone, what it left is removed. Files of a process that is still running
(another window, another command) are left alone; so are old-style names without a PID younger
than a day (they might still be written by an older Reviewer).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from reviewer.storage.processes import host_name, process_alive

INCOMING_PREFIX = ".incoming-"
PART_SUFFIX = ".part"
#: ``.incoming-1234-abc.wav`` / ``.report.pdf.1234.abc.part``: the PID of the process writing it
_PID = re.compile(r"^\.incoming-(\d+)-|\.(\d+)\.[^.]*\.part$")
_UNNAMED_GRACE_S = 24 * 3600
_DELETE_CHUNK = 5000


def owner_gone(name: str, mtime: float) -> bool:
    match = _PID.search(name)
    if match:
        return not process_alive(int(match.group(1) or match.group(2)))
    return time.time() - mtime > _UNNAMED_GRACE_S


def stale_files(root: Path) -> list[Path]:
    """Temporary files whose writer is gone: in the stores' staging folders
    (``recordings/.incoming/``, ``photos/.incoming/``) and at the top of the library. Only those
    few folders are read, so opening a library with many recordings stays quick."""
    from reviewer.storage.recordings import STAGING_DIR

    folders = [root]
    try:
        folders += [entry.path + os.sep + STAGING_DIR for entry in os.scandir(root)
                    if entry.is_dir(follow_symlinks=False)]
    except OSError:
        return []
    found = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # no staging folder: nothing was ever copied there
        for entry in entries:
            name = entry.name
            if not (name.startswith(INCOMING_PREFIX) or (name.startswith(".") and name.endswith(PART_SUFFIX))):
                continue
            try:
                if entry.is_file(follow_symlinks=False) and owner_gone(name, entry.stat().st_mtime):
                    found.append(Path(entry.path))
            except OSError:
                continue
    return found


def remove_stale_files(root: Path) -> list[Path]:
    removed = []
    for path in stale_files(root):
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass
    return removed


def remove_abandoned_imports(library) -> list[int]:
    """Delete the hidden conversations of imports whose process is gone; returns their ids.
    Turns go in chunks, each its own short transaction, so a big leftover does not hold the
    write lock for long either."""
    conn = library.conn
    rows = conn.execute("SELECT conversation_id, pid, host FROM imports_in_progress").fetchall()
    here = host_name()
    abandoned = [cid for cid, pid, host in rows if host == here and not process_alive(pid)]
    for cid in abandoned:
        while True:
            with library.transaction() as c:
                deleted = c.execute(
                    "DELETE FROM turns WHERE id IN (SELECT id FROM turns WHERE conversation_id = ? LIMIT ?)",
                    (cid, _DELETE_CHUNK),
                ).rowcount
            if deleted < _DELETE_CHUNK:
                break
        with library.transaction() as c:
            c.execute("DELETE FROM conversations WHERE id = ?", (cid,))
    return abandoned


def remove_stale_parts(folder: Path, name: str) -> None:
    """Remove ``.NAME.PID.….part`` files in folder left by a killed writer of NAME."""
    prefix = f".{name}."
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(PART_SUFFIX):
            try:
                if entry.is_file(follow_symlinks=False) and owner_gone(entry.name, entry.stat().st_mtime):
                    os.unlink(entry.path)
            except OSError:
                pass

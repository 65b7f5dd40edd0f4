"""Owner-only permissions for a library: transcripts and recordings are private.

Everything Reviewer creates inside a library folder is 0700 (folders) or 0600 (files) whatever
the umask, so another user of a shared computer can read none of it. A library made by an older
version (0755 / 0644 under umask 022) is tightened when it is opened.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def private_dir(path: Path) -> Path:
    """Create path (and missing parents inside it) as an owner-only folder."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    for folder in [path, *missing]:
        _chmod(folder, PRIVATE_DIR)  # mkdir's mode is cut by the umask; chmod is not
    return path


def private_file(path: Path) -> Path:
    """Create path empty as an owner-only file if it does not exist; tighten it if it does."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    _chmod(path, PRIVATE_FILE)
    return path


def is_private(path: Path) -> bool:
    try:
        return not (os.stat(path).st_mode & _OTHERS)
    except OSError:
        return True  # absent: nothing to tighten


def tighten(root: Path) -> int:
    """Make every folder and regular file under root owner-only; returns how many changed.
    Links are not followed: what they point at is not the library's."""
    changed = 0
    for folder, dirs, files in os.walk(root):
        for name, mode in [(folder, PRIVATE_DIR)] + [(os.path.join(folder, f), PRIVATE_FILE) for f in files]:
            try:
                st = os.lstat(name)
            except OSError:
                continue
            if stat.S_ISLNK(st.st_mode) or not st.st_mode & _OTHERS:
                continue
            if stat.S_ISDIR(st.st_mode) or stat.S_ISREG(st.st_mode):
                if _chmod(name, mode):
                    changed += 1
    return changed


def _chmod(path, mode: int) -> bool:
    try:
        os.chmod(path, mode)
        return True
    except OSError:
        return False  # not ours (a library on a shared drive): leave it, the open still works


def user_file_mode() -> int:
    """The mode a new file gets under this process's umask (0666 less the umask): what a file
    the user asked for elsewhere (a report, an export) should have."""
    return 0o666 & ~current_umask()


def current_umask() -> int:
    try:  # Linux says it without changing it (changing it briefly would race other threads)
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask

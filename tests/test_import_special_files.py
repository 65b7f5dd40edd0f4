"""Files that are not files: pipes, sockets and devices are skipped or refused with a line,
unreadable folders are reported, and the rest of the batch goes on."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def _reviewer(lib, *argv, timeout=60, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "reviewer", "--library", str(lib), "import", *map(str, argv)],
        capture_output=True, text=True, timeout=timeout, cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), **kwargs.pop("env", {})}, **kwargs,
    )


def _chat(path: Path) -> Path:
    path.write_text(f"Anna: Hello\nBob: Hi there, this is {path.name}\n", encoding="utf-8")
    return path


def test_pipes_sockets_and_devices_in_a_folder_are_skipped_and_never_hang(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    _chat(folder / "chat.txt")
    os.mkfifo(folder / "pipe.txt")  # reading it would wait forever for a writer
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "socket.txt"))
    try:
        done = _reviewer(tmp_path / "lib", folder, "/dev/zero")
    finally:
        server.close()
    lines = done.stdout.splitlines()
    assert f"skipped    {folder / 'pipe.txt'}: not a regular file (a named pipe)" in lines
    assert f"skipped    {folder / 'socket.txt'}: not a regular file (a socket)" in lines
    assert "FAILED     /dev/zero: not a regular file (a device)" in lines
    assert any(line.startswith(f"imported   {folder / 'chat.txt'}: ") for line in lines)
    assert lines[-1] == "1 imported, 0 already in the library, 2 skipped, 1 failed"
    assert done.returncode == 1 and "Traceback" not in done.stderr


def test_a_pipe_named_on_the_command_line_fails_with_a_line(tmp_path):
    os.mkfifo(tmp_path / "call.wav")
    done = _reviewer(tmp_path / "lib", tmp_path / "call.wav", _chat(tmp_path / "chat.txt"))
    assert f"FAILED     {tmp_path / 'call.wav'}: not a regular file (a named pipe)" in done.stdout.splitlines()
    assert "1 imported" in done.stdout and done.returncode == 1


def _without_root_file_access():
    """For a child running as root: give up the capabilities that let root read any folder
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so that mode bits apply to it as to a user."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2

    def drop():
        for cap in (cap_dac_override, cap_dac_read_search):
            if libc.prctl(pr_capbset_drop, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return drop


def test_unreadable_folders_are_reported_and_the_batch_goes_on(tmp_path):
    export = tmp_path / "export"
    (export / "locked").mkdir(parents=True)
    _chat(export / "open.txt")
    _chat(export / "locked" / "inside.txt")
    second = _chat(tmp_path / "second.txt")
    os.chmod(export / "locked", 0o000)
    # Root (these tests run as root) reads every folder whatever its mode, so the import runs
    # without that power; as an ordinary user the mode alone does it.
    drop = _without_root_file_access() if os.geteuid() == 0 else None
    try:
        done = _reviewer(tmp_path / "lib", export, export / "locked" / "inside.txt", second, preexec_fn=drop)
    finally:
        os.chmod(export / "locked", 0o700)
    lines = done.stdout.splitlines()
    assert f"FAILED     {export / 'locked'}: cannot read the folder: Permission denied" in lines
    assert f"FAILED     {export / 'locked' / 'inside.txt'}: cannot read: Permission denied" in lines
    assert any(line.startswith(f"imported   {export / 'open.txt'}: ") for line in lines)
    assert any(line.startswith(f"imported   {second}: ") for line in lines)
    assert lines[-1] == "2 imported, 0 already in the library, 0 skipped, 2 failed"
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr


def test_a_folder_holding_the_library_does_not_import_the_library_itself(tmp_path):
    """Importing the folder the library lives in walks past the library: its database, WAL and
    stored recordings are not input (they were listed as skipped files, or worse, imported)."""
    folder = tmp_path / "work"
    folder.mkdir()
    _chat(folder / "chat.txt")
    first = _reviewer(folder / "lib", folder)
    assert first.returncode == 0, first.stderr
    again = _reviewer(folder / "lib", folder)
    assert again.returncode == 0, again.stderr
    assert "lib/" not in again.stdout and "library.db" not in again.stdout, again.stdout
    assert again.stdout.strip().splitlines()[-1] == "0 imported, 1 already in the library, 0 skipped, 0 failed"

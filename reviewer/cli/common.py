"""Helpers shared by commands: opening the library, printing JSON and errors."""

from __future__ import annotations

import json
import sys
from typing import Any


def open_library(args):
    """The library named by --library / $REVIEWER_LIBRARY / the default, created on first use."""
    from reviewer.storage import Library, LibraryError, resolve_library_dir

    try:
        library = Library.open(resolve_library_dir(args.library))
    except LibraryError as exc:
        fail(str(exc))
    for note in library.notes:  # permissions tightened, leftovers removed: said once
        print(f"reviewer: note: {note}", file=sys.stderr)
    return library


#: exit status when another program kept the library busy for longer than we may wait
EXIT_BUSY = 75  # EX_TEMPFAIL: try again later


def watch_library_writes(args) -> None:
    """Name this command to other processes that wait for the library, and say on stderr when
    this one has to wait for them (a second, then once per wait)."""
    from reviewer.storage import writers

    writers.set_process_label(f"reviewer {args.command}" if getattr(args, "command", None) else "reviewer")
    writers.set_wait_notice(
        lambda holder: print(f"reviewer: waiting for the library: {holder} is writing to it…", file=sys.stderr,
                             flush=True)
    )


def report_library_busy(exc: BaseException) -> int | None:
    """One clear line for a write that could not get the library (instead of a traceback);
    returns the exit status, or None when exc is something else."""
    import sqlite3

    from reviewer.storage.writers import LibraryBusy

    if isinstance(exc, LibraryBusy):
        print(f"reviewer: {exc}", file=sys.stderr)
        return EXIT_BUSY
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
        # a write that did not go through Library.transaction (a bug, but not the user's problem)
        print("reviewer: the library is busy (another program is writing to it); nothing was changed,"
              " try again when it has finished", file=sys.stderr)
        return EXIT_BUSY
    return None


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, status: int = 2):
    print(f"reviewer: {message}", file=sys.stderr)
    raise SystemExit(status)


def format_ms(ms: int | None) -> str:
    if ms is None:
        return "-"
    seconds = ms // 1000
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


# Whole numbers on the command line ------------------------------------------------------------

#: The largest integer SQLite stores; ids, limits and counts beyond it cannot name anything.
SQLITE_INT_MAX = 2**63 - 1


def parse_whole_number(text: str, maximum: int = SQLITE_INT_MAX) -> int:
    """A number written with digits only (0 or more), at most ``maximum``; ValueError with a
    message a user understands otherwise (never OverflowError further down)."""
    text = text.strip()
    if not text.isascii() or not text.isdigit():
        raise ValueError(f"{text!r} is not a whole number")
    if len(text) > len(str(maximum)) or int(text) > maximum:
        raise ValueError(f"{text[:30]}{'…' if len(text) > 30 else ''} is too large (at most {maximum})")
    return int(text)


def whole_number(text: str) -> int:
    """argparse ``type=`` for every id, count and limit: argparse prints the message, exit 2."""
    import argparse

    try:
        return parse_whole_number(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def whole_number_or_fail(text: str, what: str, maximum: int = SQLITE_INT_MAX) -> int:
    """For numbers read outside argparse (``review show N``, ``--turn-text N=...``): fail()
    with ``what`` and the reason."""
    try:
        return parse_whole_number(text, maximum)
    except ValueError as exc:
        fail(f"{what}: {exc}")

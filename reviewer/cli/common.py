"""Helpers shared by commands: opening the library, printing JSON and errors."""

from __future__ import annotations

import json
import sys
from typing import Any


def open_library(args):
    """The library named by --library / $REVIEWER_LIBRARY / the default, created on first use."""
    from reviewer.storage import Library, LibraryError, resolve_library_dir

    try:
        return Library.open(resolve_library_dir(args.library))
    except LibraryError as exc:
        fail(str(exc))


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

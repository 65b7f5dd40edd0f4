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

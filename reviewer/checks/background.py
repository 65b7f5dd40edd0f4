"""``python -m reviewer.checks.background LIBRARY``: score every stale conversation of a library,
writing one JSON object per line to standard output ({"done": n, "total": m}, then
{"finished": count} or {"error": "..."}), for the desktop app's background run."""

from __future__ import annotations

import json
import os
import sys


def _say(**message) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m reviewer.checks.background LIBRARY", file=sys.stderr)
        return 2
    if hasattr(os, "nice"):
        os.nice(10)  # the window's process comes first on a busy machine
    from reviewer.checks.service import AutoQA
    from reviewer.storage import Library

    count = 0
    try:
        with Library.open(argv[0], create=False) as library:
            for _ in AutoQA(library).score_all(on_progress=lambda d, t: _say(done=d, total=t)):
                count += 1
    except Exception as exc:  # noqa: BLE001 - reported to the window, which goes on
        _say(error=f"{type(exc).__name__}: {exc}")
        return 1
    _say(finished=count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

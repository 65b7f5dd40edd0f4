"""Extra parts a bundle carries beside conversations and reviews, contributed by other packages.

Each entry names a module (imported only when a bundle is written or read; a module that is not
installed is skipped) that provides:

- ``export_part(library, review_uids: set[str], employees: set[str]) -> dict`` (JSON-able data
  for the reviews and employees in the bundle);
- ``validate_part(data) -> list[str]`` (problems in untrusted data; empty: acceptable);
- ``merge_part(library, conn, data) -> dict[str, int]`` (called inside the import transaction,
  after conversations and reviews are merged; idempotent; returns counts).

The bundle stores each part as ``parts/<name>.json``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

PARTS: dict[str, str] = {"coaching": "reviewer.coaching.exchange"}


def available() -> dict[str, ModuleType]:
    """Name -> module of the parts installed here, in name order."""
    found = {}
    for name in sorted(PARTS):
        try:
            found[name] = importlib.import_module(PARTS[name])
        except ModuleNotFoundError as exc:
            if exc.name and PARTS[name].startswith(exc.name):
                continue  # that package is not built (yet)
            raise
    return found

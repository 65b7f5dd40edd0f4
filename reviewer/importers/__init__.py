"""Importers, one module per format, and the registry that picks one by a file's content."""

from __future__ import annotations

import functools

from pathlib import Path

from reviewer.importers.base import HEAD_BYTES, Importer, ImportOptions, ImportProblem, Parsed

# Modules that define IMPORTER; order breaks ties between equally sure importers.
_MODULES = [
    "audio",
    "telegram",
    "intercom",
    "zendesk",
    "twitter_care",
    "abcd",
    "email",
    "tabular",
    "subtitles",
    "whatsapp",
    "plain_text",
]


@functools.cache
def importers() -> tuple[Importer, ...]:
    import importlib

    found = []
    for name in _MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # format not built yet
            raise
        found.append(module.IMPORTER)
    return tuple(found)


def detect(path: Path, head: bytes | None = None) -> Importer:
    """The importer for a file, chosen by content; the extension only breaks ties."""
    if head is None:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
    if not head:
        raise ImportProblem("empty file")
    suffix = path.suffix.lower()
    best, best_score = None, 0
    for importer in importers():
        score = importer.sniff(path, head)
        if score <= 0:
            continue
        # Two points per level of content certainty, one for a matching extension.
        ranked = score * 2 + (1 if suffix in importer.suffixes else 0)
        if ranked > best_score:
            best, best_score = importer, ranked
    if best is None:
        raise ImportProblem("not a recognised recording or chat export")
    return best


__all__ = ["HEAD_BYTES", "ImportOptions", "ImportProblem", "Importer", "Parsed", "detect", "importers"]

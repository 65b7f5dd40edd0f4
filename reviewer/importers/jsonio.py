"""Loading JSON exports with clear messages, and recognising them from their first bytes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from reviewer.importers.base import ImportProblem
from reviewer.importers.textio import decode_head, read_text

# Wrappers that API recorders and our test fixtures put around the real object.
_WRAPPERS = ("value", "response_body", "data")


def head_json(head: bytes) -> str | None:
    """The head as text when it starts like a JSON object or list, else None."""
    text = decode_head(head)
    if text is None:
        return None
    start = text[:1024].lstrip()[:1]
    return text if start in ("{", "[") else None


def key(name: str) -> re.Pattern:
    """A pattern finding ``"name":`` as an object key in JSON text."""
    return re.compile('"' + re.escape(name) + r'"\s*:')


def load(path: Path, what: str | None = None) -> Any:
    """The file's JSON value. Raises ImportProblem for text that is not JSON, saying whether it
    was cut short; ``what`` names the expected export ("Telegram export") in the message."""
    return loads(read_text(path), what)


def loads(text: str, what: str | None = None) -> Any:
    """JSON text's value; see load()."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise ImportProblem("empty file") from exc
        where = f"line {exc.lineno}, column {exc.colno}"
        # The text ended inside a string, or where a value or bracket was still due.
        if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()):
            prefix = f"{what} is truncated" if what else "truncated JSON"
            raise ImportProblem(f"{prefix}: the file ends early ({where})") from exc
        prefix = f"{what} is not valid JSON" if what else "not valid JSON"
        raise ImportProblem(f"{prefix}: {exc.msg} at {where}") from exc


def unwrap(value: Any) -> Any:
    """The object inside a recorder's wrapper ({"value": {...}}, {"response_body": {...}})."""
    for _ in range(3):
        if not isinstance(value, dict):
            return value
        inner = next((value[w] for w in _WRAPPERS if isinstance(value.get(w), (dict, list))), None)
        if inner is None or len(value) > 4:
            return value
        value = inner
    return value


def string(value: Any) -> str | None:
    """A name, title or id from JSON: text or a number as a stripped string, else None."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def text_of(value: Any) -> str:
    """A JSON value that should be text, as text (numbers and null too)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return str(value)

"""Small helpers the dispute and session stores share."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from reviewer.domain.review import Evidence


def timestamp(at: datetime | str | None = None) -> str:
    """ISO 8601 in UTC, to the second; a time without a zone is the user's local time."""
    if at is None:
        at = datetime.now(timezone.utc)
    elif isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at.tzinfo is None:
        at = at.astimezone()
    return at.astimezone(timezone.utc).isoformat(timespec="seconds")


def to_json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def from_json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def evidence_json(evidence) -> str:
    return json.dumps([e.to_data() for e in evidence], ensure_ascii=False)


def evidence_from_json(text: str | None) -> tuple[Evidence, ...]:
    return tuple(Evidence.from_data(item) for item in json.loads(text or "[]"))


def clean_name(name: str | None) -> str:
    return " ".join((name or "").split())

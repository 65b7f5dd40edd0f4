"""File names for reports, built from what the report is about, so that two different reports
never share a name by accident. No Qt here: plain string work the dialog calls."""

from __future__ import annotations

import re
import unicodedata

_KIND_PREFIX = {
    "employee": "coaching",
    "review": "scorecard",
    "team": "team-summary",
    "scores": "scores",
}
# Characters no file system or shell should meet in a name; control characters too.
_HOSTILE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


def slug(text: str) -> str:
    """The text as a safe part of a file name: letters of any language kept (a trainer reads
    "coaching-Jānis-Bērziņš"), spaces and punctuation that file systems reject turned into dashes."""
    text = unicodedata.normalize("NFC", text)
    text = _HOSTILE.sub("-", text)
    text = re.sub(r"\s+", "-", text.strip())
    text = re.sub(r"-{2,}", "-", text).strip("-.")
    return text[:80] or "report"


def report_file_name(kind: str, *, employee: str = "", review_id: int = 0, since: str | None = None,
                     until: str | None = None, rubric_id: str | None = None) -> str:
    parts = [_KIND_PREFIX[kind]]
    if kind == "employee" and employee:
        parts.append(slug(employee))
    if kind == "review":
        parts.append(str(review_id))
    else:
        if rubric_id:
            parts.append(slug(rubric_id))
        if since or until:
            parts.append(f"{since or 'start'}_{until or 'today'}")
        else:
            parts.append("all")
    return "-".join(parts) + (".csv" if kind == "scores" else ".pdf")

"""The visit form as a JSON file, for ``reviewer visit new --from FILE.json``.

Every field is checked before anything is stored; a problem is reported as
``FILE: FIELD: what is wrong``. Attachment paths are relative to the JSON file's folder.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.domain import Channel
from reviewer.domain.visit import PERSONA_LABELS, Persona, Visit, VisitError, parse_time

TEXT_FIELDS = ("branch", "address", "employee", "employee_description", "scenario", "persona_custom", "notes",
               "shopper", "reviewer")
DURATIONS = {"wait": "wait_ms", "length": "length_ms"}
KNOWN = {"channel", "visited_at", "persona", "attachments", "answers", "submit", *TEXT_FIELDS,
         *DURATIONS, *DURATIONS.values()}

_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})$")


class FormError(ValueError):
    """The file cannot be used; the message names the file and the field."""


@dataclass
class VisitForm:
    visit: Visit
    attachments: list[Path] = field(default_factory=list)
    #: (criterion id, answer, comment, evidence) for the visit rubric; None: no review
    answers: list[tuple[str, Any, str, list]] | None = None
    reviewer: str | None = None
    submit: bool = False


def read_form(path: Path) -> VisitForm:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise FormError(f"{path}: no such file") from None
    except OSError as exc:
        raise FormError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise FormError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise FormError(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    return parse_form(data, path)


def parse_form(data: Any, path: Path) -> VisitForm:
    """The form from the file's parsed JSON; FormError naming ``path`` and the field."""

    def bad(name: str, message: str) -> FormError:
        return FormError(f"{path}: {name}: {message}")

    if not isinstance(data, dict):
        raise FormError(f"{path}: must be a JSON object of visit fields (visited_at, branch, persona, ...)")
    unknown = sorted(set(data) - KNOWN)
    if unknown:
        raise bad(unknown[0], f"unknown field; the fields are {', '.join(sorted(KNOWN))}")
    text = {}
    for name in TEXT_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            raise bad(name, f"must be text, not {json.dumps(value, ensure_ascii=False)}")
        text[name] = (value or "").strip()
    if "visited_at" not in data:
        raise bad("visited_at", "required: the date and time of the visit, such as 2026-11-24T14:05")
    try:
        parse_time(data["visited_at"], "visited_at")
    except VisitError as exc:
        raise FormError(f"{path}: {exc}") from None
    visit = Visit(
        channel=_channel(data.get("channel", "visit"), bad),
        visited_at=data["visited_at"].strip(),
        branch=text["branch"],
        address=text["address"],
        employee=text["employee"] or None,
        employee_description=text["employee_description"],
        scenario=text["scenario"],
        persona=_persona(data.get("persona"), bad),
        persona_custom=text["persona_custom"],
        wait_ms=_duration(data, "wait", bad),
        length_ms=_duration(data, "length", bad),
        notes=text["notes"],
        shopper=text["shopper"],
    )
    if visit.persona is Persona.CUSTOM and not visit.persona_custom:
        raise bad("persona_custom", 'required with persona "custom": describe the persona played')
    if visit.persona_custom and visit.persona not in (None, Persona.CUSTOM):
        raise bad("persona_custom", f'only goes with persona "custom", not "{visit.persona}"')
    submit = data.get("submit", False)
    if not isinstance(submit, bool):
        raise bad("submit", "must be true or false")
    answers = _answers(data["answers"], bad) if "answers" in data else None
    if submit and answers is None:
        raise bad("submit", "there are no answers to submit")
    return VisitForm(visit, _attachments(data.get("attachments", []), path, bad), answers,
                     text["reviewer"] or None, submit)


def _channel(value: Any, bad) -> Channel:
    if value in ("visit", "call"):
        return Channel(value)
    raise bad("channel", f'{json.dumps(value, ensure_ascii=False)} is not "visit" or "call" (a test call)')


def _persona(value: Any, bad) -> Persona | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        key = value.strip().casefold()
        for persona in Persona:
            # The stored value, or the rubric's name for it ("doesn't know", "knows better").
            if key in (persona.value, PERSONA_LABELS[persona].casefold(), PERSONA_LABELS[persona].replace("'", "")):
                return persona
    choices = ", ".join(p.value for p in Persona)
    raise bad("persona", f"{json.dumps(value, ensure_ascii=False)} is not one of {choices}"
              ' (another persona: "custom" with persona_custom)')


def parse_duration(value: Any) -> int:
    """Milliseconds from "m:ss", "h:mm:ss" or a number of seconds; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError("not a duration")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError("negative")
        return round(value * 1000)
    if isinstance(value, str):
        match = _CLOCK.match(value.strip())
        if match:
            h, m, s = (int(g) if g else 0 for g in match.groups())
            if match.group(1) and m > 59 or s > 59:
                raise ValueError("minutes and seconds go up to 59")
            return ((h * 60 + m) * 60 + s) * 1000
    raise ValueError("not a duration")


def _duration(data: dict, name: str, bad) -> int | None:
    ms_name = DURATIONS[name]
    if name in data and ms_name in data:
        raise bad(name, f"give {name} or {ms_name}, not both")
    if ms_name in data:
        value = data[ms_name]
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad(ms_name, f"{json.dumps(value)} is not a whole number of milliseconds")
        if value < 0:
            raise bad(ms_name, f"{value} is negative")
        return value
    if data.get(name) is None:
        return None
    value = data[name]
    try:
        return parse_duration(value)
    except ValueError as exc:
        if str(exc) == "negative":
            raise bad(name, f"{json.dumps(value)} is negative") from None
        if "59" in str(exc):
            raise bad(name, f"{json.dumps(value)}: {exc}") from None
        raise bad(name, f'{json.dumps(value, ensure_ascii=False)} is not a duration; use "m:ss", "h:mm:ss"'
                  " or seconds") from None


def _attachments(value: Any, path: Path, bad) -> list[Path]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise bad("attachments", "must be a list of file paths (relative to this file's folder)")
    found = []
    for item in value:
        given = Path(item).expanduser()
        file = given if given.is_absolute() else (path.parent / given).resolve()
        if not file.is_file():
            raise bad("attachments", f"{item}: no such file ({file})")
        found.append(file)
    return found


def _answers(value: Any, bad) -> list[tuple[str, Any, str, list]]:
    """Criterion id -> answer, or -> {"answer", "comment", "evidence"}, as in `reviewer review`'s
    answers file; the rubric checks the values when they are saved."""
    if not isinstance(value, dict):
        raise bad("answers", "must be an object of criterion id -> answer")
    items = []
    for criterion_id, entry in value.items():
        if isinstance(entry, dict):
            unknown = set(entry) - {"answer", "comment", "evidence"}
            if unknown:
                raise bad(f"answers.{criterion_id}", f"unknown key(s) {', '.join(sorted(unknown))};"
                          " use answer, comment and evidence")
            comment = entry.get("comment") or ""
            if not isinstance(comment, str):
                raise bad(f"answers.{criterion_id}.comment", "must be text")
            items.append((criterion_id, entry.get("answer"), comment, entry.get("evidence") or []))
        else:
            items.append((criterion_id, entry, "", []))
    return items

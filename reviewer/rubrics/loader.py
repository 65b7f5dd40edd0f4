"""Reading a rubric file (TOML) into a Rubric, with every problem placed by file, line and field.

The checks collect all problems of a file instead of stopping at the first, so that one run of
``reviewer rubric check`` shows everything to fix. The file format is described at the top of the
shipped ``rubrics/call.toml``.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from reviewer.domain import Channel
from reviewer.domain.rubric import (
    LANGUAGES,
    Criterion,
    CriticalRule,
    NotApplicablePolicy,
    Rubric,
    Scale,
    ScaleKind,
    Section,
    Text,
)
from reviewer.rubrics.lines import KeyLines

#: The file format this code reads; a file may say ``format = 1``.
FORMAT = 1

BUILTIN_SCALES: dict[str, Callable[[], Scale]] = {
    "yes_no": Scale.yes_no,
    "yes_partly_no": Scale.yes_partly_no,
}

#: A reviewer picks one point of a scale; more than this many is a mistake in the file.
MAX_SCALE_STEPS = 100

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
#: Where a file opens arrays or inline tables inside each other beyond any sensible rubric.
_DEEP_OPENING = re.compile(r"[\[{](?:\s*(?:\w+\s*=\s*)?[\[{]){31}")

_RUBRIC_KEYS = (
    "format",
    "id",
    "version",
    "title",
    "guidance",
    "channels",
    "not_applicable",
    "comment_on_lowest",
    "reply_standard",
    "scales",
    "sections",
)
_SECTION_KEYS = ("id", "title", "weight", "guidance", "criteria")
_CRITERION_KEYS = ("id", "title", "guidance", "example", "weight", "scale", "na_allowed", "critical", "auto")
_SCALE_KEYS = ("kind", "min", "max", "labels")

PathKey = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a rubric file. ``field`` names array items by their id:
    ``sections[greeting].criteria[greets].weight`` (``[#2]``, by position, when an item has no
    usable id or shares it with another item)."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"

    def to_data(self) -> dict:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}


class RubricError(Exception):
    """A rubric file that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def read_rubric(path: str | Path) -> Rubric:
    """The rubric in a file, or RubricError with every problem found."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RubricError([Problem(str(path), None, "", f"cannot read the file: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RubricError(
            [Problem(str(path), line, "", "not UTF-8 text; rubric files must be saved as UTF-8")]
        ) from None
    return parse_rubric(text.removeprefix("\ufeff"), str(path))


def parse_rubric(text: str, file: str = "<rubric>") -> Rubric:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib in Python 3.11 has no position attributes; its message ends with the position.
        message = str(exc)
        match = _TOML_POSITION.search(message)
        line = int(match.group(1)) if match else None
        if match:
            message = f"{message[: match.start()]} (column {match.group(2)})"
        raise RubricError([Problem(file, line, "", f"not valid TOML: {message}")]) from None
    except RecursionError:
        # tomllib reads nested arrays and tables recursively; a hostile file exhausts the stack.
        match = _DEEP_OPENING.search(text)
        line = text.count("\n", 0, match.start()) + 1 if match else None
        raise RubricError(
            [Problem(file, line, "", "arrays or tables are nested too deeply to read (hundreds of levels)")]
        ) from None
    checker = _Checker(data, text, file)
    rubric = checker.rubric()
    if checker.problems:
        raise RubricError(checker.problems)
    assert rubric is not None
    return rubric


def check_rubric_file(path: str | Path) -> list[Problem]:
    """Every problem of a rubric file; an empty list means it is fine."""
    try:
        read_rubric(path)
    except RubricError as exc:
        return exc.problems
    return []


def _quoted_list(words) -> str:
    words = [f'"{w}"' for w in words]
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]


def _kind_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


class _Checker:
    def __init__(self, data: dict, text: str, file: str):
        self.data = data
        self.file = file
        self.lines = KeyLines(text)
        self.problems: list[Problem] = []
        self.scales: dict[str, Scale | None] = {}  # named scales; None when the definition is broken

    # Reporting ----------------------------------------------------------------------------

    def problem(self, path: PathKey, message: str) -> None:
        # A key missing from the top of the file has no line of its own: point at the file's start.
        line = self.lines.line_of(path) or 1
        self.problems.append(Problem(self.file, line, self.field(path), message))

    def field(self, path: PathKey) -> str:
        out, node = "", self.data
        for part in path:
            if isinstance(part, int):
                item = node[part] if isinstance(node, list) and part < len(node) else None
                ident = item.get("id") if isinstance(item, dict) else None
                usable = isinstance(ident, str) and _ID.match(ident)
                if usable and sum(1 for x in node if isinstance(x, dict) and x.get("id") == ident) > 1:
                    usable = False  # two items share the id: only the position tells them apart
                out += f"[{ident}]" if usable else f"[#{part + 1}]"
                node = item
            else:
                out += f".{part}" if out else part
                node = node.get(part) if isinstance(node, dict) else None
        return out

    def keys(self, table: dict, path: PathKey, allowed: tuple[str, ...], required: tuple[str, ...]) -> None:
        for key in table:
            if key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                suffix = f' (did you mean "{hint[0]}"?)' if hint else f"; known keys: {', '.join(allowed)}"
                self.problem(path + (key,), f'unknown key "{key}"{suffix}')
        for key in required:
            if key not in table:
                self.problem(path + (key,), "missing; every item here needs it")

    # Values -------------------------------------------------------------------------------

    def ident(self, table: dict, path: PathKey, what: str) -> str | None:
        value = table.get("id")
        if value is None:
            return None  # reported as missing by keys()
        if not isinstance(value, str) or not _ID.match(value):
            self.problem(
                path + ("id",), f"{what} id must be letters, digits, - and _ (got {_kind_name(value)})"
            )
            return None
        return value

    def text(self, value: Any, path: PathKey) -> Text | None:
        if isinstance(value, str):
            if not value.strip():
                self.problem(path, "is empty")
                return None
            return Text(en=value)
        if not isinstance(value, dict):
            self.problem(path, f"must be text, or a table with en, ru and lv texts (got {_kind_name(value)})")
            return None
        ok = True
        for lang, item in value.items():
            if lang not in LANGUAGES:
                self.problem(path + (lang,), f'unknown language "{lang}"; use {_quoted_list(LANGUAGES)}')
                ok = False
            elif not isinstance(item, str):
                self.problem(path + (lang,), f"must be text (got {_kind_name(item)})")
                ok = False
        if ok and not any(str(v).strip() for v in value.values()):
            self.problem(path, "has no text in any language")
            ok = False
        return Text.from_data({k: v.strip() for k, v in value.items()}) if ok else None

    def weight(self, table: dict, path: PathKey) -> float | None:
        value = table.get("weight", 1)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(path + ("weight",), f"weight must be a number (got {_kind_name(value)})")
            return None
        if not value > 0 or value != value or value == float("inf"):
            self.problem(path + ("weight",), f"weight must be greater than 0 (got {value})")
            return None
        return float(value)

    def integer(self, table: dict, key: str, path: PathKey, default: int | None = None) -> int | None:
        value = table.get(key, default)
        if value is None:
            self.problem(path + (key,), "missing; this scale needs it")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(path + (key,), f"{key} must be a whole number (got {_kind_name(value)})")
            return None
        return value

    # Scales -------------------------------------------------------------------------------

    def scale_table(self, table: Any, path: PathKey, name: str = "") -> Scale | None:
        if not isinstance(table, dict):
            self.problem(
                path, f"a scale must be a table with kind, min, max and labels (got {_kind_name(table)})"
            )
            return None
        before = len(self.problems)
        self.keys(table, path, _SCALE_KEYS, ("kind",))
        kind_value = table.get("kind")
        if kind_value is None:
            return None
        if kind_value not in set(ScaleKind):
            self.problem(
                path + ("kind",),
                f"unknown scale kind {_kind_name(kind_value)}; use {_quoted_list(list(ScaleKind))}",
            )
            return None
        kind = ScaleKind(kind_value)
        if kind in (ScaleKind.YES_NO, ScaleKind.YES_PARTLY_NO):
            for key in ("min", "max", "labels"):
                if key in table:
                    self.problem(path + (key,), f'a {kind} scale has fixed answers; remove "{key}"')
            return Scale(kind, name=name) if len(self.problems) == before else None
        if kind is ScaleKind.POINTS:
            if "min" in table:
                self.problem(path + ("min",), 'points start at 0; remove "min"')
            low, high = 0, self.integer(table, "max", path)
            if high is not None and high < 1:
                self.problem(path + ("max",), f"max must be at least 1 point (got {high})")
                return None
        else:
            low, high = self.integer(table, "min", path, default=1), self.integer(table, "max", path)
            if low is not None and high is not None and high <= low:
                self.problem(path + ("max",), f"max ({high}) must be greater than min ({low})")
                return None
        if low is None or high is None:
            return None
        if high - low > MAX_SCALE_STEPS:
            self.problem(path + ("max",), f"a scale can have at most {MAX_SCALE_STEPS + 1} points")
            return None
        labels = self.labels(table, path, kind, low, high)
        if len(self.problems) != before or labels is None:
            return None
        return Scale(kind, low, high, labels, name)

    def labels(
        self, table: dict, path: PathKey, kind: ScaleKind, low: int, high: int
    ) -> dict[int, Text] | None:
        raw = table.get("labels")
        if raw is None:
            if kind is ScaleKind.RATING:
                self.problem(
                    path + ("labels",),
                    f"a rating scale needs labels: one for each point from {low} to {high}",
                )
                return None
            return {}
        if not isinstance(raw, dict):
            self.problem(
                path + ("labels",), f"labels must be a table of point = text (got {_kind_name(raw)})"
            )
            return None
        labels: dict[int, Text] = {}
        for key, value in raw.items():
            try:
                point = int(key)
            except ValueError:
                self.problem(path + ("labels", key), f'label key "{key}" is not a point number')
                continue
            if not low <= point <= high:
                self.problem(
                    path + ("labels", key), f"label for point {point}, outside the scale {low}-{high}"
                )
                continue
            text = self.text(value, path + ("labels", key))
            if text is not None:
                labels[point] = text
        missing = [str(p) for p in range(low, high + 1) if p not in labels and str(p) not in raw]
        if kind is ScaleKind.RATING and missing:
            self.problem(
                path + ("labels",),
                f"no label for point {', '.join(missing)}; every point of a rating needs one",
            )
            return None
        return labels

    def named_scales(self) -> None:
        raw = self.data.get("scales", {})
        if not isinstance(raw, dict):
            self.problem(("scales",), "scales must be a table of [scales.NAME] tables")
            return
        for name, table in raw.items():
            path = ("scales", name)
            if name in BUILTIN_SCALES:
                self.problem(path, f'"{name}" is a built-in scale; give yours another name')
                self.scales[name] = None
                continue
            self.scales[name] = self.scale_table(table, path, name)

    def criterion_scale(self, value: Any, path: PathKey) -> Scale | None:
        if value is None:
            return None  # reported as missing
        if isinstance(value, dict):
            return self.scale_table(value, path)
        if isinstance(value, str):
            if value in BUILTIN_SCALES:
                return BUILTIN_SCALES[value]()
            if value in self.scales:
                return self.scales[value]  # a broken definition is reported where it is
            known = [*BUILTIN_SCALES, *self.scales]
            hint = difflib.get_close_matches(value, known, n=1)
            suffix = f' (did you mean "{hint[0]}"?)' if hint else ""
            self.problem(
                path,
                f'unknown scale "{value}"{suffix}; use {_quoted_list(known)}, or define it under [scales.{value}]',
            )
            return None
        self.problem(path, f"scale must be a scale name or a table (got {_kind_name(value)})")
        return None

    # Structure ----------------------------------------------------------------------------

    def rubric(self) -> Rubric | None:
        data = self.data
        self.keys(data, (), _RUBRIC_KEYS, ("id", "version", "title", "sections"))
        fmt = data.get("format", FORMAT)
        if fmt != FORMAT or isinstance(fmt, bool):
            self.problem(
                ("format",),
                f"format {_kind_name(fmt)} is unknown to this version of Reviewer, which reads format {FORMAT}",
            )
        rubric_id = self.ident(data, (), "rubric")
        version = data.get("version")
        if version is not None and (
            isinstance(version, bool) or not isinstance(version, (str, int)) or not str(version).strip()
        ):
            self.problem(
                ("version",),
                f'version must be text such as "1.0" or a whole number (got {_kind_name(version)})',
            )
            version = None
        title = self.text(data["title"], ("title",)) if "title" in data else None
        guidance = self.text(data["guidance"], ("guidance",)) if "guidance" in data else Text()
        channels = self.channels(data.get("channels", []))
        policy = data.get("not_applicable", str(NotApplicablePolicy.EXCLUDE))
        if policy not in set(NotApplicablePolicy):
            self.problem(
                ("not_applicable",),
                f"not_applicable must be {_quoted_list(list(NotApplicablePolicy))} (got {_kind_name(policy)})",
            )
            policy = None
        comment_on_lowest = data.get("comment_on_lowest", False)
        if not isinstance(comment_on_lowest, bool):
            self.problem(
                ("comment_on_lowest",),
                f"comment_on_lowest must be true or false (got {_kind_name(comment_on_lowest)})",
            )
        reply_standard = self.reply_standard(data["reply_standard"], channels) if "reply_standard" in data else ()
        self.named_scales()
        sections = self.sections(data.get("sections"))
        if self.problems:
            return None
        return Rubric(
            id=rubric_id,
            version=str(version).strip(),
            title=title,
            guidance=guidance or Text(),
            channels=channels,
            not_applicable=NotApplicablePolicy(policy),
            sections=sections,
            comment_on_lowest=comment_on_lowest,
            reply_standard_ms=reply_standard,
        )

    def reply_standard(self, raw: Any, channels: tuple[Channel, ...]) -> tuple[tuple[Channel, int], ...]:
        """``[reply_standard]``: seconds a reply may take, per channel (chat = 30, email = 7200)."""
        path = ("reply_standard",)
        replying = (Channel.CHAT, Channel.EMAIL)
        names = _quoted_list([str(c) for c in replying])
        if not isinstance(raw, dict):
            self.problem(path, f"reply_standard must be a table of seconds per channel, such as {{ chat = 30 }} "
                               f"(got {_kind_name(raw)})")
            return ()
        found = []
        for key, value in raw.items():
            if key not in {str(c) for c in replying}:
                self.problem(path + (key,), f'unknown channel "{key}"; a reply standard is for {names}')
                continue
            channel = Channel(key)
            if channels and channel not in channels:
                self.problem(path + (key,), f"this rubric is not for {key} (its channels: "
                                            f"{', '.join(str(c) for c in channels)})")
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 10**7:
                self.problem(path + (key,), f"{key} must be a number of seconds above 0 (got {_kind_name(value)})")
                continue
            found.append((channel, round(value * 1000)))
        return tuple(found)

    def channels(self, raw: Any) -> tuple[Channel, ...]:
        names = _quoted_list(list(Channel))
        if not isinstance(raw, list):
            self.problem(("channels",), f'channels must be a list such as ["call"]; use {names}')
            return ()
        found = []
        for value in raw:
            if value not in set(Channel):
                self.problem(("channels",), f"unknown channel {_kind_name(value)}; use {names}")
            elif Channel(value) not in found:
                found.append(Channel(value))
        return tuple(found)

    def sections(self, raw: Any) -> tuple[Section, ...]:
        if raw is None:
            return ()  # reported as missing
        if not isinstance(raw, list) or not all(isinstance(s, dict) for s in raw):
            self.problem(("sections",), "sections must be tables written as [[sections]]")
            return ()
        if not raw:
            self.problem(("sections",), "the rubric has no sections")
            return ()
        sections, section_ids, criterion_ids = [], {}, {}
        for index, table in enumerate(raw):
            path: PathKey = ("sections", index)
            self.keys(table, path, _SECTION_KEYS, ("id", "title"))
            section_id = self.ident(table, path, "section")
            if section_id in section_ids:
                first = self.lines.line_of(section_ids[section_id] + ("id",))
                self.problem(
                    path + ("id",), f'duplicate section id "{section_id}" (first used on line {first})'
                )
            elif section_id:
                section_ids[section_id] = path
            title = self.text(table["title"], path + ("title",)) if "title" in table else None
            guidance = self.text(table["guidance"], path + ("guidance",)) if "guidance" in table else Text()
            weight = self.weight(table, path)
            criteria = self.criteria(table.get("criteria"), path, criterion_ids)
            if section_id and title and guidance is not None and weight and criteria:
                sections.append(Section(section_id, title, criteria, weight, guidance))
        return tuple(sections)

    def criteria(self, raw: Any, section_path: PathKey, seen: dict[str, PathKey]) -> tuple[Criterion, ...]:
        if raw is None or raw == []:
            self.problem(section_path, "section has no criteria; add at least one [[sections.criteria]]")
            return ()
        if not isinstance(raw, list) or not all(isinstance(c, dict) for c in raw):
            self.problem(
                section_path + ("criteria",), "criteria must be tables written as [[sections.criteria]]"
            )
            return ()
        criteria = []
        for index, table in enumerate(raw):
            path = section_path + ("criteria", index)
            self.keys(table, path, _CRITERION_KEYS, ("id", "title", "scale"))
            criterion_id = self.ident(table, path, "criterion")
            if criterion_id in seen:
                first = self.lines.line_of(seen[criterion_id] + ("id",))
                self.problem(
                    path + ("id",),
                    f'duplicate criterion id "{criterion_id}" (first used on line {first});'
                    " criterion ids must be unique in the rubric",
                )
                criterion_id = None
            elif criterion_id:
                seen[criterion_id] = path
            title = self.text(table["title"], path + ("title",)) if "title" in table else None
            guidance = self.text(table["guidance"], path + ("guidance",)) if "guidance" in table else Text()
            example = self.text(table["example"], path + ("example",)) if "example" in table else Text()
            weight = self.weight(table, path)
            scale = self.criterion_scale(table.get("scale"), path + ("scale",))
            na_allowed = table.get("na_allowed", False)
            if not isinstance(na_allowed, bool):
                self.problem(
                    path + ("na_allowed",), f"na_allowed must be true or false (got {_kind_name(na_allowed)})"
                )
            critical = self.critical(table.get("critical", False), path + ("critical",))
            auto = None
            if "auto" in table:  # the automatic check (reviewer.rubrics.auto_rules)
                from reviewer.rubrics.auto_rules import check_auto

                auto = check_auto(self, table["auto"], path + ("auto",), scale, na_allowed is True)
            if (
                criterion_id
                and title
                and guidance is not None
                and example is not None
                and weight
                and scale
                and critical is not False
                and auto is not False
            ):
                criteria.append(
                    Criterion(
                        criterion_id, title, scale, weight, guidance, example, bool(na_allowed), critical, auto
                    )
                )
        return tuple(criteria)

    def critical(self, value: Any, path: PathKey) -> CriticalRule | None | bool:
        """The rule, None for a criterion that is not critical, False when the value is wrong."""
        if value is False:
            return None
        if isinstance(value, str) and value in set(CriticalRule):
            return CriticalRule(value)
        self.problem(
            path,
            f"critical must say what failing it does: {_quoted_list(list(CriticalRule))} (or false),"
            f" not {_kind_name(value)}",
        )
        return False

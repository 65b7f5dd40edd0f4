"""Line numbers of keys and tables in a TOML text.

The standard ``tomllib`` gives values without positions, so problems found after parsing are
placed by scanning the text once: table headers and ``key =`` lines are recorded under the same
path that the parsed data uses (``("sections", 0, "criteria", 2, "weight")``).
"""

from __future__ import annotations

import re

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")

Path = tuple[str | int, ...]


class KeyLines:
    def __init__(self, text: str):
        self._lines: dict[Path, int] = {}
        self._arrays: dict[Path, int] = {}  # array-of-tables path -> how many elements so far
        self._multiline: str | None = None  # the closing quotes of a multi-line string in progress
        self._depth = 0  # open brackets of a value that spans lines
        self._scan(text)

    def line_of(self, path: Path) -> int | None:
        """The line of path, else of its nearest enclosing key or table (None: not found)."""
        path = tuple(path)
        while path:
            if path in self._lines:
                return self._lines[path]
            path = path[:-1]
        return None

    # Scanning -----------------------------------------------------------------------------

    def _scan(self, text: str) -> None:
        table: Path = ()
        for number, line in enumerate(text.splitlines(), start=1):
            if self._multiline:
                end = line.find(self._multiline)
                if end < 0:
                    continue
                self._multiline = None
                self._scan_value(line, end + 3)
                continue
            if self._depth > 0:
                self._scan_value(line, 0)
                continue
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("[["):
                parts, _ = _parse_key(stripped, 2)
                if parts:
                    array = self._resolve(parts[:-1]) + (parts[-1],)
                    index = self._arrays.get(array, 0)
                    self._arrays[array] = index + 1
                    self._lines.setdefault(array, number)
                    table = array + (index,)
                    self._lines[table] = number
                continue
            if stripped.startswith("["):
                parts, _ = _parse_key(stripped, 1)
                if parts:
                    table = self._resolve(parts)
                    for size in range(1, len(table) + 1):
                        self._lines.setdefault(table[:size], number)
                continue
            parts, end = _parse_key(line, 0)
            if parts and end < len(line) and line[end] == "=":
                path = table + tuple(parts)
                for size in range(len(table) + 1, len(path) + 1):  # dotted keys define their parents
                    self._lines.setdefault(path[:size], number)
                self._scan_value(line, end + 1)

    def _resolve(self, parts: list[str]) -> Path:
        """A header's keys as a data path: an array of tables stands for its latest element."""
        path: Path = ()
        for part in parts:
            path += (part,)
            if path in self._arrays:
                path += (self._arrays[path] - 1,)
        return path

    def _scan_value(self, line: str, i: int) -> None:
        """Follow strings and brackets to the end of the line, to know where the value goes on."""
        while i < len(line):
            ch = line[i]
            if ch == "#":
                return
            if line.startswith('"""', i) or line.startswith("'''", i):
                quotes = line[i : i + 3]
                end = line.find(quotes, i + 3)
                if end < 0:
                    self._multiline = quotes
                    return
                i = end + 3
                continue
            if ch == '"':
                i += 1
                while i < len(line) and line[i] != '"':
                    i += 2 if line[i] == "\\" else 1
            elif ch == "'":
                end = line.find("'", i + 1)
                i = len(line) if end < 0 else end
            elif ch in "[{":
                self._depth += 1
            elif ch in "]}":
                self._depth = max(0, self._depth - 1)
            i += 1


def _parse_key(text: str, i: int) -> tuple[list[str], int]:
    """A (dotted, possibly quoted) key starting at text[i]; returns its parts and where it ends."""
    parts: list[str] = []
    while True:
        while i < len(text) and text[i] in " \t":
            i += 1
        if i >= len(text):
            return [], i
        if text[i] in "\"'":
            quote = text[i]
            end = text.find(quote, i + 1)
            if end < 0:
                return [], i
            raw = text[i + 1 : end]
            parts.append(raw.replace('\\"', '"').replace("\\\\", "\\") if quote == '"' else raw)
            i = end + 1
        else:
            match = _BARE_KEY.match(text, i)
            if not match:
                return [], i
            parts.append(match.group())
            i = match.end()
        while i < len(text) and text[i] in " \t":
            i += 1
        if i < len(text) and text[i] == ".":
            i += 1
            continue
        return parts, i

"""Refresh the interface translations after texts in reviewer/ui changed.

Runs pyside6-lupdate over reviewer/ui/**/*.py, fills the new texts from the translation tables in
resources/translations/tables/*.json and those given with --from (JSON: {"Context": {"English source": ["русский", "latviešu"]}}), compiles the .qm files
with pyside6-lrelease, and lists every text still untranslated (exit status 1 if any).

    .venv/bin/python scripts/update_translations.py [--from TABLE.json ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("ru", "lv")  # the order of the two columns in a table


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def load_tables(paths: list[Path]) -> dict[tuple[str, str], list[str]]:
    table: dict[tuple[str, str], list[str]] = {}
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SystemExit(f"{path}: {exc}") from None
        for context, messages in data.items():
            for source, translations in messages.items():
                if not (isinstance(translations, list) and len(translations) == len(LANGUAGES)):
                    raise SystemExit(f"{path}: {context} / {source!r}: give [ru, lv]")
                table[(context, source)] = translations
    return table


def fill(ts: Path, column: int, table: dict[tuple[str, str], list[str]]) -> list[tuple[str, str]]:
    """Fill unfinished messages of one .ts file from the table; returns those still missing."""
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            done = (translation.text or "").strip() and translation.get("type") != "unfinished"
            if done:
                continue
            found = table.get((name, source))
            if found:
                translation.text = found[column]
                translation.attrib.pop("type", None)
            else:
                missing.append((name, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="tables", nargs="*", type=Path, default=[])
    args = parser.parse_args(argv)
    table = load_tables(sorted((TRANSLATIONS / "tables").glob("*.json")) + list(args.tables))
    sources = [str(p) for p in sorted((REPO / "reviewer" / "ui").rglob("*.py"))]
    files = [TRANSLATIONS / f"reviewer_{lang}.ts" for lang in LANGUAGES]
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *map(str, files)],
                   check=True, capture_output=True)
    status = 0
    for column, ts in enumerate(files):
        for context, source in fill(ts, column, table):
            print(f"{ts.name}: untranslated: {context}: {source!r}")
            status = 1
    subprocess.run([_tool("pyside6-lrelease"), *map(str, files)], check=True, capture_output=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())

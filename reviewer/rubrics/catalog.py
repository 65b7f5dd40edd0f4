"""Finding the rubrics a library can use: the shipped ones and the library's own.

A library may keep rubric files in ``<library>/rubrics/``; one there with the same id as a shipped
rubric replaces it. A file that cannot be read is listed as broken with its problems and never
stops the others from loading (a broken replacement leaves the shipped rubric in use).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.domain import Channel
from reviewer.domain.rubric import Rubric
from reviewer.rubrics.loader import Problem, RubricError, read_rubric

#: Overrides where the shipped rubrics are looked for (packaging, tests).
ENV_SHIPPED_DIR = "REVIEWER_RUBRICS_DIR"
LIBRARY_RUBRICS_DIR = "rubrics"


class RubricNotFound(LookupError):
    pass


def shipped_rubrics_dir() -> Path | None:
    """The folder of rubrics that come with Reviewer.

    Looked for in $REVIEWER_RUBRICS_DIR, then next to the package (a source checkout or an
    editable install), then in ``<prefix>/share/reviewer/rubrics`` (a wheel that installs them as
    data files), then inside a frozen app bundle."""
    env = os.environ.get(ENV_SHIPPED_DIR)
    candidates = [Path(env).expanduser()] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "rubrics")
    candidates.append(Path(sys.prefix) / "share" / "reviewer" / "rubrics")
    if getattr(sys, "_MEIPASS", None):
        candidates.append(Path(sys._MEIPASS) / "rubrics")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None


def library_rubrics_dir(library_root: str | os.PathLike) -> Path:
    return Path(library_root) / LIBRARY_RUBRICS_DIR


@dataclass(frozen=True)
class LoadedRubric:
    rubric: Rubric
    path: Path
    origin: str  # "shipped" or "library"
    replaces: Path | None = None  # the shipped file this library rubric replaces


@dataclass(frozen=True)
class BrokenRubric:
    path: Path
    origin: str
    problems: list[Problem]

    @property
    def error(self) -> str:
        return "\n".join(str(p) for p in self.problems)


@dataclass
class RubricCatalog:
    rubrics: dict[str, LoadedRubric] = field(default_factory=dict)  # by rubric id, sorted
    broken: list[BrokenRubric] = field(default_factory=list)

    def get(self, rubric_id: str) -> Rubric:
        loaded = self.rubrics.get(rubric_id)
        if loaded:
            return loaded.rubric
        broken = [b for b in self.broken if b.path.stem == rubric_id]
        if broken:
            raise RubricNotFound(f"rubric {rubric_id!r} is broken:\n{broken[0].error}")
        known = ", ".join(self.rubrics) or "none"
        raise RubricNotFound(f"no rubric {rubric_id!r}; known rubrics: {known}")

    def for_channel(self, channel: Channel) -> list[Rubric]:
        return [r.rubric for r in self.rubrics.values() if r.rubric.applies_to(channel)]


def _read_folder(folder: Path | None, origin: str) -> tuple[dict[str, LoadedRubric], list[BrokenRubric]]:
    found: dict[str, LoadedRubric] = {}
    broken: list[BrokenRubric] = []
    if folder is None or not folder.is_dir():
        return found, broken
    for path in sorted(folder.glob("*.toml")):
        try:
            rubric = read_rubric(path)
        except RubricError as exc:
            broken.append(BrokenRubric(path, origin, exc.problems))
            continue
        if rubric.id in found:
            other = found[rubric.id].path.name
            problem = Problem(
                str(path), None, "id", f'rubric id "{rubric.id}" is already used by {other} in this folder'
            )
            broken.append(BrokenRubric(path, origin, [problem]))
            continue
        found[rubric.id] = LoadedRubric(rubric, path, origin)
    return found, broken


def load_catalog(
    library_root: str | os.PathLike | None = None, shipped_dir: Path | None = None
) -> RubricCatalog:
    """Every usable rubric (library ones replacing shipped ones by id) and every broken file."""
    shipped, broken = _read_folder(
        shipped_dir if shipped_dir is not None else shipped_rubrics_dir(), "shipped"
    )
    own, own_broken = _read_folder(library_rubrics_dir(library_root) if library_root else None, "library")
    rubrics = dict(shipped)
    for rubric_id, loaded in own.items():
        replaced = shipped.get(rubric_id)
        rubrics[rubric_id] = LoadedRubric(
            loaded.rubric, loaded.path, "library", replaced.path if replaced else None
        )
    return RubricCatalog(dict(sorted(rubrics.items())), broken + own_broken)

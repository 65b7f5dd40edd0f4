"""What a reviewer needs to know to choose a speech model: size, speed and expected accuracy per
language, with each figure saying where it comes from.

Figures measured here (`benchmarks/bench_model_accuracy.py` on the shared clips) are kept in
``resources/model_figures.json``; everything else is the models' published facts (OpenAI's
Whisper README for parameters and relative speed, the download size of the CTranslate2 files),
labelled as published. Names that are aliases of one model (``turbo`` and ``large-v3-turbo``,
``large`` and ``large-v3``) are one entry here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

FIGURES_FILE = Path(__file__).resolve().parents[2] / "resources" / "model_figures.json"

LANGUAGES = ("ru", "lv", "en")


@dataclass(frozen=True)
class ModelFacts:
    name: str  # the canonical name, as faster-whisper knows it
    aliases: tuple[str, ...] = ()
    parameters_m: int = 0  # published
    download_mb: int = 0  # published size of the CTranslate2 files, approximate
    relative_speed: float | None = None  # published, against large = 1 (higher is faster)
    english_only: bool = False
    # Published ranking of multilingual accuracy, 1 (weakest) to 5 (best); None: English only.
    accuracy_tier: int | None = None
    recommended_for: tuple[str, ...] = field(default=())


CATALOG: tuple[ModelFacts, ...] = (
    ModelFacts("tiny", parameters_m=39, download_mb=75, relative_speed=10, accuracy_tier=1),
    ModelFacts("tiny.en", parameters_m=39, download_mb=75, relative_speed=10, english_only=True),
    ModelFacts("base", parameters_m=74, download_mb=145, relative_speed=7, accuracy_tier=2),
    ModelFacts("base.en", parameters_m=74, download_mb=145, relative_speed=7, english_only=True),
    ModelFacts("small", parameters_m=244, download_mb=484, relative_speed=4, accuracy_tier=3),
    ModelFacts("small.en", parameters_m=244, download_mb=484, relative_speed=4, english_only=True),
    ModelFacts("medium", parameters_m=769, download_mb=1530, relative_speed=2, accuracy_tier=4),
    ModelFacts("medium.en", parameters_m=769, download_mb=1530, relative_speed=2, english_only=True),
    ModelFacts("large-v1", parameters_m=1550, download_mb=3090, relative_speed=1, accuracy_tier=4),
    ModelFacts("large-v2", parameters_m=1550, download_mb=3090, relative_speed=1, accuracy_tier=5),
    # large-v3: the best published multilingual accuracy; Latvian, with little training data,
    # gains most from its full decoder.
    ModelFacts("large-v3", aliases=("large",), parameters_m=1550, download_mb=3090, relative_speed=1,
               accuracy_tier=5, recommended_for=("lv",)),
    # turbo: large-v3's encoder with 4 decoder layers; published as close to large-v2 in most
    # languages at about 8x its speed, the best balance for Russian on a laptop.
    ModelFacts("large-v3-turbo", aliases=("turbo",), parameters_m=809, download_mb=1620, relative_speed=8,
               accuracy_tier=4, recommended_for=("ru",)),
    # Distil-Whisper models are trained on English only.
    ModelFacts("distil-large-v2", parameters_m=756, download_mb=1510, relative_speed=5.8, english_only=True),
    ModelFacts("distil-large-v3", parameters_m=756, download_mb=1510, relative_speed=6.3, english_only=True),
    ModelFacts("distil-large-v3.5", parameters_m=756, download_mb=1510, english_only=True),
    ModelFacts("distil-medium.en", parameters_m=394, download_mb=789, relative_speed=6.8, english_only=True),
    ModelFacts("distil-small.en", parameters_m=166, download_mb=332, relative_speed=5.6, english_only=True),
)

_BY_NAME = {name: facts for facts in CATALOG for name in (facts.name, *facts.aliases)}


def facts(name: str) -> ModelFacts | None:
    """The catalogue entry of a model name or alias; None for folders and unknown names."""
    return _BY_NAME.get(name)


def canonical(name: str) -> str:
    """The one name a model is listed under (``turbo`` is listed as ``large-v3-turbo``)."""
    found = facts(name)
    return found.name if found is not None else name


def recommended(language: str) -> ModelFacts | None:
    return next((f for f in CATALOG if language in f.recommended_for), None)


@dataclass(frozen=True)
class Measured:
    wer: float  # word error rate on the shared clips of that language
    words: int  # how many reference words it was measured on
    clips: str  # which clips


@lru_cache(maxsize=1)
def _measured_all(path: Path = FIGURES_FILE) -> dict[str, dict[str, Measured]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found: dict[str, dict[str, Measured]] = {}
    for model, languages in (data.get("models") or {}).items():
        if not isinstance(languages, dict):
            continue
        for language, row in languages.items():
            try:
                found.setdefault(canonical(model), {})[language] = Measured(
                    float(row["wer"]), int(row["words"]), str(row.get("clips", "")))
            except (KeyError, TypeError, ValueError):
                continue
    return found


def measured(name: str) -> dict[str, Measured]:
    """Word error rates measured on this project's shared clips, per language ({} if none)."""
    return _measured_all().get(canonical(name), {})

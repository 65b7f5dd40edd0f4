"""Word error rate of each speech model on this computer, per language, on the shared clips.

The Speech model dialog shows these figures (from resources/model_figures.json, which --write
updates) beside the models' published facts. Only models already on this computer are measured:
nothing is downloaded. Clips (../shared/testdata/audio): Russian test_sound_ru.wav, the five
Latvian Common Voice sentences with a reference, English jfk.flac and the 8 kHz Harvard sentences.

    .venv/bin/python benchmarks/bench_model_accuracy.py [--write] [--model NAME ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AUDIO = REPO.parent / "shared" / "testdata" / "audio"
sys.path.insert(0, str(REPO))


def tsv(path: Path) -> list[list[str]]:
    return [row.split("\t") for row in path.read_text(encoding="utf-8").splitlines()[1:] if row.strip()]


def clips() -> dict[str, list[tuple[Path, str]]]:
    """(recording, reference) per language."""
    refs = {(f, c): t for f, c, t, *_ in tsv(AUDIO / "faster-whisper" / "references.tsv")}
    osr = AUDIO / "osr-8k-telephone" / "OSR_us_000_0034_8k.wav"
    osr_ref = json.loads((osr.parent / "test_samples.json").read_text())[0]["transcription"]
    return {
        "ru": [(AUDIO / "russian" / name, text) for name, text, *_ in tsv(AUDIO / "russian" / "reference.tsv")],
        "lv": [(AUDIO / "latvian-commonvoice" / name, text)
               for name, text, *_ in tsv(AUDIO / "latvian-commonvoice" / "reference.tsv") if text.strip()],
        "en": [(AUDIO / "faster-whisper" / "jfk.flac", refs[("jfk.flac", "mix")]), (osr, osr_ref)],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="save the figures for the Speech model dialog")
    parser.add_argument("--model", action="append", help="a model on this computer (default: every one)")
    args = parser.parse_args(argv)
    if not AUDIO.is_dir():
        print(f"skipped: {AUDIO} is absent (the shared test data)")
        return 0
    from reviewer.transcription import models
    from reviewer.transcription.messages import Done, Error, Segment, TranscriptionRequest
    from reviewer.transcription.model_catalog import FIGURES_FILE, canonical
    from reviewer.transcription.wer import word_errors
    from reviewer.transcription.worker import TranscriptionWorker

    names = args.model or [info.name for info in models.list_models() if info.ready]
    figures: dict[str, dict] = {}
    worker = TranscriptionWorker()
    try:
        print(f"{'model':<18} {'language':<9} {'WER':>6}  words  seconds")
        for name in names:
            model = "" if name == models.EMBEDDED_NAME else name
            for language, items in clips().items():
                errors = words = 0
                began = time.perf_counter()
                for path, reference in items:
                    text = []
                    for message in worker.run(TranscriptionRequest(str(path), model=model, language=language)):
                        if isinstance(message, Segment):
                            text.append(message.text)
                        elif isinstance(message, Error):
                            raise SystemExit(f"{path.name}: {message.message}")
                        elif isinstance(message, Done):
                            pass
                    e, n = word_errors(reference, " ".join(text))
                    errors, words = errors + e, words + n
                seconds = time.perf_counter() - began
                row = {"wer": round(errors / max(1, words), 3), "words": words,
                       "clips": ", ".join(p.name for p, _ in items)}
                figures.setdefault(canonical(name), {})[language] = row
                print(f"{name:<18} {language:<9} {row['wer']:6.3f}  {words:5d}  {seconds:7.1f}")
    finally:
        worker.close()
    if args.write:
        FIGURES_FILE.write_text(json.dumps({"measured_on": date.today().isoformat(), "models": figures},
                                           ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {FIGURES_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How alike two different real people's voices are to the product's speaker model (CAM++), and
how alike two halves of one person's speech are: the scale on which bench_roles.py tells a
pair of synthetic voices "apart" (as different people are) from "alike" (as one person is).

The people: the speakers of telephone-two-speakers/sample.wav and long-8k-four-speakers/
aepyx_8k.wav (by their RTTM; each also measured in two halves, first and second half of their
turns), and the single speakers of the Latvian Common Voice clips and of the other one-voice
clips in ../shared/testdata/audio. Two Common Voice clips carry no client id, so they might be
one of the others' speakers; the figures are printed with and without them.

    .venv/bin/python benchmarks/speakers/bench_voice_likeness.py
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
AUDIO = ROOT.parent / "shared" / "testdata" / "audio"
MULTI = [("telephone-two-speakers/sample.wav", "telephone-two-speakers/sample.rttm"),
         ("long-8k-four-speakers/aepyx_8k.wav", "long-8k-four-speakers/aepyx.rttm")]
SINGLE = ["russian/test_sound_ru.wav", "faster-whisper/jfk.flac", "osr-8k-telephone/OSR_us_000_0034_8k.wav",
          "russian-telephony/audio_short.flac"]


def rttm(path: Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for line in path.read_text().splitlines():
        f = line.split()
        if len(f) > 7 and f[0] == "SPEAKER":
            start = int(float(f[3]) * 1000)
            out.setdefault(f[7], []).append((start, start + int(float(f[4]) * 1000)))
    return out


def main() -> int:
    if not AUDIO.is_dir():
        print(f"skipped: {AUDIO} is absent (the shared test data)")
        return 0
    sys.path.insert(0, str(ROOT))
    from reviewer.speakers.profiles import embed_speech, select_speech
    from reviewer.transcription.tracks import load_tracks

    voices: dict[str, list] = {}
    unsure: set[str] = set()
    for wav, truth in MULTI:
        samples = load_tracks(AUDIO / wav).samples[0]
        for speaker, regions in rttm(AUDIO / truth).items():
            halves = [regions[: len(regions) // 2], regions[len(regions) // 2:]]
            voices[f"{Path(wav).stem}:{speaker}"] = [embed_speech(select_speech(samples, h)) for h in halves]
    ids = {}
    tsv = AUDIO / "latvian-commonvoice" / "reference.tsv"
    for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
        f = line.split("\t")
        ids[f[0]] = f[2] if len(f) > 2 else ""
    clips = sorted((AUDIO / "latvian-commonvoice").glob("*.wav")) + [AUDIO / p for p in SINGLE]
    for path in clips:
        samples = load_tracks(path).samples[0]
        voices[path.stem] = [embed_speech(select_speech(samples, [(0, len(samples) * 1000 // 16000)]))]
        if path.name in ids and not ids[path.name].strip():
            unsure.add(path.stem)
    for label, skip in (("all clips", set()), ("without the clips with no client id", unsure)):
        pairs = []
        for a, b in itertools.combinations([v for v in voices if v not in skip], 2):
            pairs += [(float(x @ y), a, b) for x in voices[a] for y in voices[b] if x is not None and y is not None]
        pairs.sort()
        n = len({v for _, a, b in pairs for v in (a, b)})
        print(f"different people ({label}): {n} people, {len(pairs)} pairs:"
              f" min {pairs[0][0]:.2f}  median {pairs[len(pairs) // 2][0]:.2f}  max {pairs[-1][0]:.2f}"
              f"  (most alike: {pairs[-1][1]} / {pairs[-1][2]})")
    same = [(float(v[0] @ v[1]), k) for k, v in voices.items() if len(v) == 2 and all(x is not None for x in v)]
    print("one person, first half of their turns against the second:",
          "  ".join(f"{k} {x:.2f}" for x, k in sorted(same)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

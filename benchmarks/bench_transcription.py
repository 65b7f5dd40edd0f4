"""Transcription benchmark: speed, memory and accuracy of the pipeline, side by side in one run.

    .venv/bin/python benchmarks/bench_transcription.py [--repeat 3] [--json results.json]

Reads the clips in ../shared/testdata/audio. Compares, with the embedded model (Whisper base,
CTranslate2 int8 on the CPU):

1. overhead: our pipeline (worker process, channel analysis, clip planning, turns ready for
   the library) against plain faster-whisper with the same model and options, on a mono call;
2. long calls: real-time factor on the 169 s four-speaker recording, our batched pipeline
   against plain sequential faster-whisper (beam 5, VAD) and plain batched faster-whisper, with
   how many speaker changes (from the RTTM) each keeps as a turn boundary;
3. stereo: a two-channel call (one speaker per channel) against the same call mixed to mono;
4. memory: peak resident memory of the worker process (one process for every run, as in the
   app), with an 11-minute call among the runs;
5. word error rates: jfk, the stereo clip per channel, the telephone call, Latvian, Russian.

Times are the best of --repeat runs with both sides warm (model loaded), run alternately, so
that other work on the machine disturbs both alike; the load average is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
AUDIO = (REPO / ".." / "shared" / "testdata" / "audio").resolve()
SR = 16000


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# The two contenders --------------------------------------------------------------------------


class Pipeline:
    """Ours: a request to the worker process, timed until its Done arrives."""

    def __init__(self):
        from reviewer.transcription.worker import TranscriptionWorker

        self.worker = TranscriptionWorker()
        self.peak_rss_mb = 0.0

    def run(self, path: Path, **request) -> tuple[float, list, object]:
        from reviewer.transcription.messages import Done, Error, Segment, TranscriptionRequest

        segments, done = [], None
        began = time.perf_counter()
        for message in self.worker.run(TranscriptionRequest(str(path), **request)):
            if isinstance(message, Segment):
                segments.append(message)
            elif isinstance(message, Done):
                done = message
            elif isinstance(message, Error):
                raise RuntimeError(f"{path.name}: {message.message}")
        seconds = time.perf_counter() - began
        if done.peak_rss_mb:
            self.peak_rss_mb = max(self.peak_rss_mb, done.peak_rss_mb)
        return seconds, segments, done

    def close(self) -> None:
        self.worker.close()


class Plain:
    """faster-whisper as its README shows it, with the same model, device and threads."""

    def __init__(self, model_path: Path):
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        from reviewer.transcription.engine import choose_device

        device, compute_type = choose_device()
        self.model = WhisperModel(
            str(model_path), device=device, compute_type=compute_type, cpu_threads=os.cpu_count() or 4,
            local_files_only=True,
        )
        self.batched = BatchedInferencePipeline(self.model)
        self.device, self.compute_type = device, compute_type

    def batched_run(self, path: Path, **options) -> tuple[float, list]:
        began = time.perf_counter()
        segments, _ = self.batched.transcribe(str(path), beam_size=5, batch_size=8, without_timestamps=False, **options)
        segments = list(segments)
        return time.perf_counter() - began, segments

    def sequential_run(self, path: Path, **options) -> tuple[float, list]:
        began = time.perf_counter()
        segments, _ = self.model.transcribe(str(path), beam_size=5, vad_filter=True, **options)
        segments = list(segments)
        return time.perf_counter() - began, segments


def best_of(repeat: int, runs: dict) -> dict[str, dict]:
    """Run each callable ``repeat`` times, alternating; best and median seconds, last result."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    results: dict[str, object] = {}
    for _ in range(repeat):
        for name, run in runs.items():
            seconds, *rest = run()
            times[name].append(seconds)
            results[name] = rest
    return {
        name: {"best": min(t), "median": statistics.median(t), "result": results[name]} for name, t in times.items()
    }


# Test material -----------------------------------------------------------------------------------


def write_wav(path: Path, channels: list[np.ndarray]) -> Path:
    data = np.stack(channels, axis=1) if len(channels) > 1 else channels[0][:, None]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(data.shape[1])
        out.setsampwidth(2)
        out.setframerate(SR)
        out.writeframes((np.clip(data, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def rttm_turns(path: Path) -> list[tuple[str, float, float]]:
    turns = []
    for line in path.read_text().splitlines():
        fields = line.split()
        if fields and fields[0] == "SPEAKER":
            start = float(fields[3])
            turns.append((fields[7], start, start + float(fields[4])))
    return sorted(turns, key=lambda t: t[1])


def stereo_call(folder: Path) -> tuple[Path, Path]:
    """The two-person telephone call with each speaker on a channel of their own (cut by its
    RTTM), and the same two channels mixed into one."""
    from faster_whisper.audio import decode_audio

    base = AUDIO / "telephone-two-speakers"
    audio = decode_audio(str(base / "sample.wav"), sampling_rate=SR)
    turns = rttm_turns(base / "sample.rttm")
    channels = []
    for speaker in sorted({s for s, _, _ in turns}):
        mask = np.zeros_like(audio)
        for who, start, end in turns:
            if who == speaker:
                mask[int(start * SR) : int(end * SR)] = 1
        channels.append(audio * mask)
    stereo = write_wav(folder / "call-stereo.wav", channels)
    mono = write_wav(folder / "call-mono.wav", [channels[0] + channels[1]])
    return stereo, mono


def boundary_recall(starts_s: list[float], rttm: Path, tolerance_s: float = 1.0) -> float:
    """Share of the speaker changes in the RTTM that have a turn starting within tolerance."""
    turns = rttm_turns(rttm)
    changes = [b[1] for a, b in zip(turns, turns[1:]) if a[0] != b[0]]
    if not changes:
        return 1.0
    hits = sum(any(abs(change - s) <= tolerance_s for s in starts_s) for change in changes)
    return hits / len(changes)


def stm_text(path: Path) -> str:
    return " ".join(line.split(None, 5)[5] for line in path.read_text().splitlines() if line.strip())


def tsv(path: Path) -> list[list[str]]:
    return [row.split("\t") for row in path.read_text(encoding="utf-8").splitlines()[1:] if row.strip()]


# The run -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is reported)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not AUDIO.is_dir():
        print(f"test data not found: {AUDIO}", file=sys.stderr)
        return 2

    from reviewer.transcription import models
    from reviewer.transcription.wer import word_error_rate, word_errors

    figures: dict = {"load_average_start": load()}
    model_path = models.ensure_embedded()
    pipeline = Pipeline()
    plain = Plain(model_path)
    threads = os.cpu_count()
    print(f"Transcription benchmark: embedded model ({model_path})")
    print(
        f"{plain.device}, {plain.compute_type}, {threads} threads; best of {args.repeat} warm runs;"
        f" load average at start {figures['load_average_start']}"
    )
    jfk = AUDIO / "faster-whisper" / "jfk.flac"
    pipeline.run(jfk)  # warm both: model loaded, caches filled
    plain.batched_run(jfk)

    # 1. Overhead on a mono call ------------------------------------------------------------------
    mono_call = AUDIO / "telephone-two-speakers" / "sample.wav"
    r = best_of(
        args.repeat,
        {
            "plain": lambda: plain.batched_run(mono_call),
            "ours": lambda: pipeline.run(mono_call)[:1],
        },
    )
    ratio = r["ours"]["best"] / r["plain"]["best"]
    figures["overhead"] = {"file": mono_call.name, "plain_s": r["plain"]["best"], "ours_s": r["ours"]["best"],
                           "ratio": ratio, "load_average": load()}
    print(f"\n1. Overhead on a mono call ({mono_call.name}, 30 s)          best    median")
    print(f"   plain faster-whisper, batched, same options    {r['plain']['best']:6.2f} s {r['plain']['median']:6.2f} s")
    print(f"   our pipeline (worker process, turns ready)     {r['ours']['best']:6.2f} s {r['ours']['median']:6.2f} s")
    print(f"   ratio {ratio:.3f}   (target <= 1.05)   load average {figures['overhead']['load_average']}")

    # 2. A long call: batched against sequential ----------------------------------------------------
    long_call = AUDIO / "long-8k-four-speakers" / "aepyx_8k.wav"
    rttm = AUDIO / "long-8k-four-speakers" / "aepyx.rttm"
    duration = 169.152
    r = best_of(
        args.repeat,
        {
            "sequential": lambda: plain.sequential_run(long_call),
            "plain_batched": lambda: plain.batched_run(long_call),
            "ours": lambda: pipeline.run(long_call)[:2],
        },
    )
    seq_words = " ".join(s.text for s in r["sequential"]["result"][0])
    rows = {
        "sequential": [s.start for s in r["sequential"]["result"][0]],
        "plain_batched": [s.start for s in r["plain_batched"]["result"][0]],
        "ours": [s.start_ms / 1000 for s in r["ours"]["result"][0]],
    }
    texts = {
        "sequential": seq_words,
        "plain_batched": " ".join(s.text for s in r["plain_batched"]["result"][0]),
        "ours": " ".join(s.text for s in r["ours"]["result"][0]),
    }
    figures["long_call"] = {"file": long_call.name, "duration_s": duration, "load_average": load()}
    print(f"\n2. A long call ({long_call.name}, {duration:.0f} s, 4 speakers)   best    RTF     turns  speaker changes kept  words")
    labels = {
        "sequential": "plain faster-whisper, sequential, beam 5, VAD",
        "plain_batched": "plain faster-whisper, batched (8), beam 5",
        "ours": "our pipeline, batched (8, encoded 2 at a time), beam 5",
    }
    for name, label in labels.items():
        best = r[name]["best"]
        recall = boundary_recall(rows[name], rttm)
        n_words = len(texts[name].split())
        figures["long_call"][name] = {"best_s": best, "rtf": best / duration, "turns": len(rows[name]),
                                      "speaker_changes_kept": recall, "words": n_words}
        print(f"   {label:<47} {best:6.2f} s  {best / duration:.4f}  {len(rows[name]):5d}  {recall:6.0%}"
              f"               {n_words}")
    print(f"   target: our RTF <= 0.05   load average {figures['long_call']['load_average']}")
    print(f"   words our pipeline and plain batched differ from sequential by: "
          f"{word_error_rate(seq_words, texts['ours']):.3f} and {word_error_rate(seq_words, texts['plain_batched']):.3f} (WER)")

    # 3. Stereo against the same call mixed to mono -------------------------------------------------
    with tempfile.TemporaryDirectory() as tmp:
        stereo, mixed = stereo_call(Path(tmp))
        r = best_of(args.repeat, {"mono": lambda: pipeline.run(mixed)[:1], "stereo": lambda: pipeline.run(stereo)[:3]})
        stereo_segments, stereo_done = r["stereo"]["result"]
    ratio = r["stereo"]["best"] / r["mono"]["best"]
    channels = sorted({s.channel for s in stereo_segments}, key=str)
    figures["stereo"] = {"mono_s": r["mono"]["best"], "stereo_s": r["stereo"]["best"], "ratio": ratio,
                         "channels": [str(c) for c in channels], "load_average": load()}
    print("\n3. A two-channel call (sample.wav, one speaker per channel) against its mono mix")
    print(f"   mixed to mono            {r['mono']['best']:6.2f} s")
    print(f"   two channels             {r['stereo']['best']:6.2f} s   turns on channels {channels}")
    print(f"   ratio {ratio:.3f}   (target <= 1.3)   load average {figures['stereo']['load_average']}")

    # 5. Word error rates (4. memory comes last: it is the peak over everything) ---------------------
    print("\n5. Word error rates (case and punctuation ignored)")
    wer_rows = []

    def report(label: str, reference: str, hypothesis: str, note: str = "") -> None:
        errors, count = word_errors(reference, hypothesis)
        wer_rows.append({"clip": label, "wer": errors / max(1, count), "errors": errors, "words": count, "note": note})
        print(f"   {label:<44} {errors / max(1, count):6.3f}  ({errors}/{count} words) {note}")

    refs = {(f, c): t for f, c, t, *_ in tsv(AUDIO / "faster-whisper" / "references.tsv")}
    _, segments, done = pipeline.run(jfk)
    report("jfk.flac", refs[("jfk.flac", "mix")], " ".join(s.text for s in segments), f"[{done.language}]")
    _, segments, _ = pipeline.run(AUDIO / "faster-whisper" / "stereo_diarization.wav")
    for channel, side in ((0, "left"), (1, "right")):
        text = " ".join(s.text for s in segments if s.channel == channel)
        report(f"stereo_diarization.wav, {side} channel", refs[("stereo_diarization.wav", side)], text)
    _, segments, _ = pipeline.run(mono_call)
    report("telephone-two-speakers/sample.wav vs sample.stm", stm_text(mono_call.with_suffix(".stm")),
           " ".join(s.text for s in segments))
    osr = AUDIO / "osr-8k-telephone" / "OSR_us_000_0034_8k.wav"
    osr_ref = json.loads((osr.parent / "test_samples.json").read_text())[0]["transcription"]
    _, segments, _ = pipeline.run(osr)
    report("osr-8k-telephone (8 kHz Harvard sentences)", osr_ref, " ".join(s.text for s in segments))

    for language in ("lv", None):
        total_e = total_n = 0
        detected = []
        for name, sentence, *_ in tsv(AUDIO / "latvian-commonvoice" / "reference.tsv"):
            if not sentence.strip():
                continue
            _, segments, done = pipeline.run(AUDIO / "latvian-commonvoice" / name, language=language)
            errors, count = word_errors(sentence, " ".join(s.text for s in segments))
            total_e, total_n = total_e + errors, total_n + count
            detected.append(done.language)
        how = "language set to lv" if language else f"language detected: {','.join(detected)}"
        wer_rows.append({"clip": f"latvian-commonvoice ({how})", "wer": total_e / total_n, "errors": total_e,
                         "words": total_n})
        print(f"   {'latvian-commonvoice, 5 clips':<44} {total_e / total_n:6.3f}  ({total_e}/{total_n} words) {how}")
    for name, reference, *_ in tsv(AUDIO / "russian" / "reference.tsv"):
        _, segments, done = pipeline.run(AUDIO / "russian" / name)
        report(f"russian/{name}", reference, " ".join(s.text for s in segments), f"[detected {done.language}]")
    figures["wer"] = wer_rows

    # 4. Memory --------------------------------------------------------------------------------------
    from faster_whisper.audio import decode_audio

    with tempfile.TemporaryDirectory() as tmp:
        # An 11-minute call: the long recording four times over.
        audio = decode_audio(str(long_call), sampling_rate=SR)
        eleven = write_wav(Path(tmp) / "eleven-minutes.wav", [np.concatenate([audio] * 4)])
        seconds, segments, done = pipeline.run(eleven)
    figures["eleven_minute_call"] = {"seconds": seconds, "rtf": seconds / (4 * duration), "turns": len(segments)}
    figures["worker_peak_rss_mb"] = pipeline.peak_rss_mb
    print(f"\n4. Memory: an 11-minute call took {seconds:.1f} s (RTF {seconds / (4 * duration):.4f}, {len(segments)} turns);")
    print(f"   peak resident memory of the worker process over every run above: {pipeline.peak_rss_mb:.0f} MiB"
          "   (target < 1024 MiB)")
    figures["load_average_end"] = load()
    print(f"\nload average at the end {figures['load_average_end']}")
    pipeline.close()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

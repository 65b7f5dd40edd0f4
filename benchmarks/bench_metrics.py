"""Conversation metrics benchmark: how well turn times follow the speech, how fast the figures
are computed, and what they add to a transcription.

    .venv/bin/python benchmarks/bench_metrics.py [--chats 10000] [--calls 1000] [--skip-transcription]

1. Boundary error (embedded Whisper model, in this process), with word times on and off: each
   turn edge against the nearest reference utterance edge of the same kind, on ../shared/
   testdata/audio/telephone-two-speakers/sample.wav (mono, reference sample.stm) and on a
   two-channel call built with espeak-ng and sox (tests/sox_call.py, reference: where each line
   was placed); on long-8k-four-speakers/aepyx_8k.wav (reference: speaker turns only) each
   reference edge against the nearest turn edge.
   Printed as median and 90th percentile, over every edge and over the edges that border a
   pause (a turn cut mid-speech where a Whisper window ended has no reference edge to meet).
2. Speed: figures for N chats and the turns of M calls (two channels of voice activity each),
   computed and stored in a library in tmp, all stale at once (``reviewer.metrics.refresh``).
3. Extra cost inside a transcription: what the metrics add to a real job (loudness and music
   from the decoded audio, storing the voice activity, moving turn edges onto the speech,
   computing and storing the figures at the end) as a share of the job's time; and, separately
   (1b), what word timestamps cost on one-channel recordings, the two settings alternated.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AUDIO = (REPO / ".." / "shared" / "testdata" / "audio").resolve()
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def quantiles(errors: list[int]) -> str:
    if not errors:
        return "no edges"
    ordered = sorted(errors)
    p90 = ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]
    return f"median {statistics.median(ordered):.0f} ms, p90 {p90} ms over {len(ordered)} edges"


def edge_errors(turns, starts: list[int], ends: list[int]) -> tuple[list[int], list[int]]:
    """(every edge, edges bordering a pause of 100 ms or more): distance to the nearest
    reference edge of the same kind."""
    every, at_pauses = [], []
    turns = sorted(turns, key=lambda t: t[0])
    for k, (start, end) in enumerate(turns):
        e_start = min(abs(start - s) for s in starts)
        e_end = min(abs(end - e) for e in ends)
        every += [e_start, e_end]
        if k == 0 or start - turns[k - 1][1] >= 100:
            at_pauses.append(e_start)
        if k == len(turns) - 1 or turns[k + 1][0] - end >= 100:
            at_pauses.append(e_end)
    return every, at_pauses


# 1. Boundary error ------------------------------------------------------------------------------


def reference_recall(turns, starts: list[int], ends: list[int]) -> list[int]:
    """Each reference edge's distance to the nearest turn edge of the same kind (a speaker
    change the turns missed counts here; a reference of whole speaker turns has no edge at a
    pause inside one, so the other direction says little there)."""
    return [min(abs(s - t[0]) for t in turns) for s in starts] + [min(abs(e - t[1]) for t in turns) for e in ends]


def boundary_error(engine_cls, model_path, workdir: Path, words: bool = True) -> None:
    from reviewer.transcription import engine as engine_module
    from reviewer.transcription.engine import EngineOptions
    from reviewer.transcription.messages import Segment

    engine_module.TIMING_WORDS = words
    engine = engine_cls(model_path)

    def turns_of(path):
        found = [m for m in engine.transcribe(path, EngineOptions(language="en")) if isinstance(m, Segment)]
        return found, [(s.start_ms, s.end_ms) for s in found]

    try:
        sample = AUDIO / "telephone-two-speakers" / "sample.wav"
        if sample.exists():
            rows = [line.split()[1:5] for line in sample.with_suffix(".stm").read_text().splitlines() if line.strip()]
            starts = [round(float(a) * 1000) for _, _, a, _ in rows]
            ends = [round(float(b) * 1000) for _, _, _, b in rows]
            segments, turns = turns_of(sample)
            every, at_pauses = edge_errors(turns, starts, ends)
            print(f"  telephone sample (mono, {len(segments)} turns, reference sample.stm): all edges {quantiles(every)}")
            print(f"    edges at pauses: {quantiles(at_pauses)}")
        else:
            print(f"  telephone sample: {sample} is missing")
        long_call = AUDIO / "long-8k-four-speakers" / "aepyx_8k.wav"
        if long_call.exists():
            rows = [line.split() for line in long_call.with_name("aepyx.rttm").read_text().splitlines() if line.strip()]
            starts = [round(float(r[3]) * 1000) for r in rows]
            ends = [round((float(r[3]) + float(r[4])) * 1000) for r in rows]
            segments, turns = turns_of(long_call)
            print(f"  four speakers, 8 kHz (mono, {len(segments)} turns, reference aepyx.rttm speaker turns): "
                  f"each reference edge to the nearest turn edge {quantiles(reference_recall(turns, starts, ends))}")
        import sox_call

        missing = sox_call.tools_missing()
        if missing:
            print(f"  two-channel call: skipped, {missing}")
            return
        path, lines = sox_call.build_call(workdir / "call")
        segments, _ = turns_of(path)
        every, at_pauses = [], []
        for channel, role in ((0, "agent"), (1, "customer")):
            mine = [line for line in lines if line.role == role]
            a, b = edge_errors([(s.start_ms, s.end_ms) for s in segments if s.channel == channel],
                               [line.start_ms for line in mine], [line.end_ms for line in mine])
            every += a
            at_pauses += b
        print(f"  built two-channel call ({len(segments)} turns, {len(lines)} lines; word times always on two "
              f"channels): all edges {quantiles(every)}")
        print(f"    edges at pauses: {quantiles(at_pauses)}")
    finally:
        engine_module.TIMING_WORDS = True


def word_times_cost(engine_cls, model_path, repeats: int) -> None:
    """Decoding time of one-channel recordings with and without word timestamps: the same
    engine, the two settings alternated (so a change in the machine's load hits both)."""
    from reviewer.transcription import engine as engine_module
    from reviewer.transcription.engine import EngineOptions

    engine = engine_cls(model_path)
    for clip in (AUDIO / "long-8k-four-speakers" / "aepyx_8k.wav", AUDIO / "telephone-two-speakers" / "sample.wav"):
        if not clip.exists():
            print(f"  {clip.name}: missing")
            continue
        times: dict[bool, list[float]] = {True: [], False: []}
        cpu: dict[bool, list[float]] = {True: [], False: []}  # every thread's: says less about the load
        list(engine.transcribe(clip, EngineOptions(language="en")))  # warm-up
        try:
            for n in range(repeats):
                for words in ((True, False) if n % 2 == 0 else (False, True)):
                    engine_module.TIMING_WORDS = words
                    began, used = time.perf_counter(), time.process_time()
                    list(engine.transcribe(clip, EngineOptions(language="en")))
                    times[words].append(time.perf_counter() - began)
                    cpu[words].append(time.process_time() - used)
        finally:
            engine_module.TIMING_WORDS = True
        on, off = statistics.median(times[True]), statistics.median(times[False])
        runs = lambda key: ", ".join(f"{t:.1f}" for t in times[key])  # noqa: E731
        print(f"  {clip.name}: with word times {on:.1f} s (runs {runs(True)}), without {off:.1f} s "
              f"(runs {runs(False)}): +{100 * (on - off) / off:.1f} % wall; CPU {statistics.median(cpu[True]):.1f} s "
              f"against {statistics.median(cpu[False]):.1f} s: "
              f"+{100 * (statistics.median(cpu[True]) / statistics.median(cpu[False]) - 1):.1f} % (load {load()})")


# 2. Speed -----------------------------------------------------------------------------------------


def speed(chats: int, calls: int, workdir: Path) -> None:
    from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole, Turn
    from reviewer.domain.metrics import VoiceActivity, compute
    from reviewer.metrics import refresh
    from reviewer.storage import Library
    from reviewer.storage.metrics import MetricsRepository

    rnd = random.Random(13)
    library = Library.open(workdir / "speed-library")
    call_activity = {}
    began = time.perf_counter()
    with library.transaction():
        for n in range(chats):
            moment, turns = 0, []
            for k in range(20):
                moment += rnd.randint(5, 600)
                role = SpeakerRole.CUSTOMER if k % 2 == 0 else SpeakerRole.AGENT
                turns.append(Turn("message text here", role, "Ivan" if k % 2 == 0 else "Anna",
                                  sent_at=f"2026-11-{1 + n % 28:02d}T10:{moment // 60 % 60:02d}:{moment % 60:02d}"))
            library.conversations.add(Conversation(Channel.CHAT, f"chat{n}.txt", turns, source_sha256=f"c{n}"))
        for n in range(calls):
            at, turns, left, right = 0, [], [], []
            for k in range(60):  # a six-minute call: 60 turns
                length = rnd.randint(1500, 9000)
                role = SpeakerRole.AGENT if k % 2 == 0 else SpeakerRole.CUSTOMER
                turns.append(Turn("some words spoken in this turn of the call", role, start_ms=at, end_ms=at + length))
                (left if role is SpeakerRole.AGENT else right).append((at, at + length))
                at += length + rnd.randint(-800, 3000)
                at = max(at, turns[-1].start_ms + 100)
            cid = library.conversations.add(Conversation(
                Channel.CALL, f"call{n}.wav", turns, source_sha256=f"v{n}", duration_ms=at,
                status=ConversationStatus.TRANSCRIBED))
            call_activity[cid] = [VoiceActivity(0, SpeakerRole.AGENT, tuple(left)),
                                  VoiceActivity(1, SpeakerRole.CUSTOMER, tuple(right))]
        repo = MetricsRepository(library)
        for cid, activity in call_activity.items():
            repo.set_voice_activity(cid, activity)
    print(f"  library of {chats} chats and {calls} calls made in {time.perf_counter() - began:.1f} s")
    # Pure computation, the turns already in memory.
    chat = library.conversations.get(1)
    call_id = next(iter(call_activity))
    call = library.conversations.get(call_id)
    began, cpu = time.perf_counter(), time.process_time()
    for _ in range(chats):
        compute(Channel.CHAT, chat.turns)
    for _ in range(calls):
        compute(Channel.CALL, call.turns, call.duration_ms, call_activity[call_id])
    print(f"  computing alone (turns in memory): {time.perf_counter() - began:.2f} s wall, "
          f"{time.process_time() - cpu:.2f} s CPU")
    library.conn.execute("DELETE FROM conversation_metrics")  # every figure stale
    began, cpu = time.perf_counter(), time.process_time()
    done = refresh(library)
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    verdict = "under" if seconds < 10 else "OVER"
    # CPU time too: on a machine shared with other work the wall time says more about the others.
    print(f"  read, computed and stored for {done} conversations: {seconds:.2f} s wall ({verdict} the 10 s "
          f"target), {cpu:.2f} s CPU")
    library.close()


# 3. Extra cost inside a transcription ------------------------------------------------------------


def _worker_extras(clip: Path, library, cid: int) -> float:
    """Seconds the worker spends for the metrics beyond transcribing: loudness and music of
    each decoded track, and moving the job's turns onto the speech."""
    import reviewer.metrics as metrics
    from reviewer.transcription.edges import Loudness, align, regroup
    from reviewer.transcription.messages import Segment
    from reviewer.transcription.music import music_regions
    from reviewer.transcription.timing import follow_speech
    from reviewer.transcription.tracks import SAMPLE_RATE, load_tracks

    tracks = load_tracks(clip)  # decoded anyway by the job: not counted
    activity = {a.channel: list(a.regions) for a in metrics.MetricsRepository(library).voice_activity(cid)}
    turns = library.conversations.turns(cid)
    began = time.perf_counter()
    for channel, samples in zip(tracks.channels, tracks.samples):
        loudness = Loudness(samples, SAMPLE_RATE)
        music_regions(samples, SAMPLE_RATE)
        mine = [Segment(channel, t.start_ms, t.end_ms, t.text, t.words) for t in turns
                if channel is None or (t.role.value == "agent") == (channel == 0)]
        if channel is None:
            mine = regroup(mine, 300)
        align([follow_speech(s, activity.get(channel, [])) for s in mine], loudness)
    return time.perf_counter() - began


def transcription_cost(workdir: Path) -> None:
    import reviewer.metrics as metrics
    import reviewer.transcription.jobs as jobs
    from reviewer.importers import ImportOptions
    from reviewer.importing import import_paths
    from reviewer.storage import Library
    from reviewer.transcription.jobs import TranscriptionService
    from reviewer.transcription.worker import TranscriptionWorker

    import sox_call

    clips = [AUDIO / "long-8k-four-speakers" / "aepyx_8k.wav"]
    if not sox_call.tools_missing():
        clips.append(sox_call.build_call(workdir / "cost-call")[0])
    spent = {"metrics": 0.0}

    def timed(function):
        def wrapper(*args, **kwargs):
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent["metrics"] += time.perf_counter() - began
        return wrapper

    jobs.compute_and_store = timed(metrics.compute_and_store)
    jobs.store_voice_activity = timed(metrics.store_voice_activity)
    worker = TranscriptionWorker()
    try:
        for clip in clips:
            if not clip.exists():
                print(f"  {clip.name}: missing")
                continue
            library = Library.open(workdir / f"cost-{clip.stem}")
            (result,) = list(import_paths(library, [clip], ImportOptions()))
            cid = result.conversation_ids[0]
            library.conversations.update(cid, language="en")
            service = TranscriptionService(library, worker)
            spent["metrics"] = 0.0
            outcome = service.run(service.enqueue(cid))
            # What the worker adds for the metrics (loudness and music from the decoded audio,
            # turn edges moved onto the speech) happens in its process: timed here, in this one,
            # on the same audio and the same turns, the best of three.
            extra_worker = min(_worker_extras(clip, library, cid) for _ in range(3))
            extra = spent["metrics"] + extra_worker
            print(f"  {clip.name}: job {outcome.seconds:.1f} s; metrics {extra * 1000:.0f} ms "
                  f"({100 * extra / outcome.seconds:.2f} % of the job: storing and computing "
                  f"{spent['metrics'] * 1000:.0f} ms, loudness, music and turn edges {extra_worker * 1000:.0f} ms)")
            library.close()
    finally:
        worker.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--calls", type=int, default=1_000)
    parser.add_argument("--skip-transcription", action="store_true", help="only the speed figures")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each word-times setting")
    parser.add_argument("--only", choices=("speed", "boundaries", "words", "cost"), help="one part only")
    args = parser.parse_args()
    from reviewer.transcription import models

    print(f"load average at start: {load()}")
    with tempfile.TemporaryDirectory(prefix="bench-metrics-") as tmp:
        workdir = Path(tmp)
        os.environ.setdefault(models.ENV_MODEL_CACHE, str(workdir / "models"))
        part = lambda name: args.only in (None, name)  # noqa: E731
        if part("speed"):
            print("2. speed")
            speed(args.chats, args.calls, workdir)
        if not args.skip_transcription and args.only != "speed":
            models.ensure_embedded(Path(os.environ[models.ENV_MODEL_CACHE]))
            from reviewer.transcription.engine import Engine

            if part("boundaries"):
                for words in (True, False):
                    print(f"1. turn boundaries against the references, word times {'on' if words else 'off'}")
                    boundary_error(Engine, models.resolve(""), workdir, words)
            if part("words"):
                print("1b. what word times cost on one-channel recordings")
                word_times_cost(Engine, models.resolve(""), args.repeats)
            if part("cost"):
                print("3. extra cost inside a transcription")
                transcription_cost(workdir)
    print(f"load average at end: {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

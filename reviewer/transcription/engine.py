"""The speech engine: faster-whisper with batched decoding over the speech of every track.

Runs inside the worker process (it imports faster-whisper, which the desktop process never
does). One recording becomes one or two tracks (see ``tracks``); voice activity detection finds
the speech in each, and only speech is decoded, in batches of clips (see ``planning``), so a
two-channel call costs about what the same call mixed to one channel costs. Word times split
decoded segments into turns where the channel changes or a long pause was cut out, and the
loudness of the audio puts each turn's edges where its speech begins and fades (``edges``).
Turns come out in time order across channels, as soon as nothing earlier can still arrive.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from reviewer.domain import Word
from reviewer.transcription import filters, separated
from reviewer.transcription.memory import release_free_memory
from reviewer.transcription.music import music_regions
from reviewer.transcription.messages import Done, Progress, Segment, Separated, Started, VoiceFound
from reviewer.transcription.planning import Clip, Region, SpeechPlan
from reviewer.transcription.edges import Loudness, align, regroup
from reviewer.transcription.timing import follow_speech
from reviewer.transcription.tracks import SAMPLE_RATE, load_tracks

log = logging.getLogger(__name__)

# Speech per clip: a Whisper window is 30 s, and a window filled to its end makes the model drop
# its last sentence more often than one with room to spare.
MAX_CLIP_S = 24.0
# A clip whose last segment ends this long before the clip does was cut short by the model
# (batched decoding cannot seek on as sequential decoding does); its tail is decoded again.
UNFINISHED_TAIL_S = 1.0
MAX_TAIL_RETRIES = 2
# Clips decoded together. Beam search keeps the encoder's cross-attention keys and values for
# every hypothesis (batch x 5 beams), so the batch sets the worker's peak: a 20-minute call
# peaked at 1377 MB with 8 and 1032 MB with 4; a 4-minute one at 1201 and 916 MB, in about the
# same CPU time (26.4 and 27.1 s). Measured 2 December 2026, word times on, separated first.
CPU_BATCH = 4
GPU_BATCH = 16
# The encoder's attention needs ~70 MB per 30 s window at once (1500x1500 scores, 8 heads): on
# the CPU a batch is encoded this many clips at a time, so a larger decoding batch costs only
# the decoder's memory.
ENCODE_CHUNK = 2
STRICT_REPETITION_PENALTY = 1.2
STRICT_NO_REPEAT_NGRAM = 4
# Silence put between two channels' speech where the speaker changes (see planning).
SWITCH_GAP_S = 0.5
# Voice activity is found in windows of this much audio (see speech_regions), overlapping by
# more than the longest region.
VAD_WINDOW_S = 300
VAD_OVERLAP_S = 30
# Within one decoded segment, a cut-out pause this long starts a new turn. On one track a
# pause is the only sign of a change of speaker, so shorter ones split there: turns then start
# and end where the words do rather than spanning several sentences of both speakers.
SPLIT_PAUSE_MS = 1000
MONO_SPLIT_PAUSE_MS = 300
# Word times for every recording, for turn edges where the words are (benchmarks/bench_metrics.py
# measures what they cost on one-channel calls by turning this off).
TIMING_WORDS = True
# Speech is decoded with this much audio either side of what voice activity found (as
# faster-whisper does): the model hears each word's onset and fade.
VAD_PAD_MS = 400


@dataclass(frozen=True)
class EngineOptions:
    language: str | None = None
    glossary: tuple[str, ...] = ()
    word_timestamps: bool = False
    beam_size: int = 5
    batch_size: int = 0  # clips decoded together; 0: CPU_BATCH or GPU_BATCH
    separate: bool = False  # speaker separation of a one-track recording (see separated)
    speakers: int | None = 2  # how many speakers it has; None: detect
    speakers_set: bool = False  # by the reviewer; else the default two may be one voice


def choose_device(requested: str = "auto") -> tuple[str, str]:
    """(device, compute type): CUDA with float16 when a GPU is there, else CPU with int8."""
    import ctranslate2

    if requested in ("auto", "cuda") and ctranslate2.get_cuda_device_count() > 0:
        return "cuda", "float16"
    return "cpu", "int8"


class Engine:
    def __init__(self, model_path: str | Path, device: str = "auto", cpu_threads: int = 0):
        from faster_whisper import BatchedInferencePipeline, WhisperModel

        self.model_path = str(model_path)
        threads = cpu_threads or os.cpu_count() or 4
        device, compute_type = choose_device(device)
        try:
            model = WhisperModel(
                self.model_path, device=device, compute_type=compute_type, cpu_threads=threads, local_files_only=True
            )
        except (RuntimeError, ValueError) as exc:
            if device == "cpu":
                raise
            # A GPU without the CUDA libraries CTranslate2 needs: fall back to the CPU.
            log.warning("cannot use the GPU (%s); transcribing on the CPU", exc)
            device, compute_type = "cpu", "int8"
            model = WhisperModel(
                self.model_path, device=device, compute_type=compute_type, cpu_threads=threads, local_files_only=True
            )
        self.device = device
        self.model = model
        self._detected: list = []
        self._edges: dict = {}  # per track: (voice activity, Loudness) of the recording at hand
        self._speakers: separated.SpeakerMap | None = None  # the mono recording's, when separated
        model.model = _DetectionLog(model.model, self._detected, encode_chunk=ENCODE_CHUNK if device == "cpu" else 0)
        self.pipeline = BatchedInferencePipeline(model)

    # Voice activity --------------------------------------------------------------------------

    @staticmethod
    def speech_regions(samples, from_ms: int = 0) -> list[Region]:
        """The speech to decode: voice activity padded the way faster-whisper pads it."""
        return _from_point(pad_regions(Engine.voice_activity(samples, from_ms), len(samples)), from_ms)

    @staticmethod
    def voice_activity(samples, from_ms: int = 0) -> list[Region]:
        """Where the track has speech, without padding (what the metrics measure; the padded
        regions to decode are made from it, so the voice activity costs nothing extra)."""
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        offset = from_ms * SAMPLE_RATE // 1000
        if offset >= len(samples):
            return []
        # The settings faster-whisper's batched decoder uses (short pauses split regions), the
        # padding left to pad_regions; the longest region is what it would be with the padding.
        options = VadOptions(
            max_speech_duration_s=MAX_CLIP_S - 2 * VAD_PAD_MS / 1000, min_silence_duration_ms=160, speech_pad_ms=0
        )
        window, overlap = VAD_WINDOW_S * SAMPLE_RATE, VAD_OVERLAP_S * SAMPLE_RATE
        regions: list[Region] = []
        start = offset
        while start < len(samples):
            # Silero VAD holds ~12x its audio while it runs (700 MB for an hour): long calls are
            # read in windows; each keeps the speech that starts in it, which the overlap (longer
            # than any region) lets end there, and a window's speech starting inside the last
            # kept region is cut to begin where that region ends.
            last = len(samples) if len(samples) - start <= window + overlap else start + window + overlap
            found = get_speech_timestamps(samples[start:last], options, sampling_rate=SAMPLE_RATE)
            core_end = last if last == len(samples) else start + window
            for r in found:
                region = Region(r["start"] + start, r["end"] + start)
                if region.start >= core_end:
                    break
                if regions and region.start < regions[-1].end:
                    if region.end <= regions[-1].end:
                        continue
                    region = Region(regions[-1].end, region.end)
                regions.append(region)
            start = core_end
        return regions

    # Transcription ---------------------------------------------------------------------------

    def transcribe(
        self, audio_path: str | Path, options: EngineOptions, resume_ms: dict[int | None, int] | None = None
    ) -> Iterator[Started | Progress | Segment | Done]:
        began = time.perf_counter()
        tracks = load_tracks(audio_path)
        yield Started(
            tracks.duration_ms,
            tracks.channels,
            tracks.verdict.reason if tracks.verdict else "one channel",
            self.device,
            self.model_path,
        )
        resume_ms = resume_ms or {}
        # Speaker separation of a mono call, first (a phase of the job; resumed jobs run it again).
        self._speakers = None
        separation_wall = separation_cpu = 0.0
        if options.separate and tracks.channels == (None,):
            wall, cpu = time.perf_counter(), time.process_time()
            for found in separated.separate_track(tracks.samples[0], options.speakers, options.speakers_set):
                if isinstance(found, (Progress, Separated)):
                    yield found
                elif found is not None:
                    self._speakers = found
            release_free_memory()  # what the speaker models used goes back before decoding begins
            separation_wall, separation_cpu = time.perf_counter() - wall, time.process_time() - cpu
        decoding_began, decoding_cpu_began = time.perf_counter(), time.process_time()
        # Voice activity of the whole of each track (also when resuming: the metrics need all
        # of it); the speech to decode is made from it, from the resume point on.
        heard_ms: list[list[tuple[int, int]]] = []
        regions = []
        for channel, samples in zip(tracks.channels, tracks.samples):
            raw = self.voice_activity(samples)
            heard_ms.append([(r.start * 1000 // SAMPLE_RATE, r.end * 1000 // SAMPLE_RATE) for r in raw])
            yield VoiceFound(channel, tuple(heard_ms[-1]), tuple(music_regions(samples, SAMPLE_RATE)))
            regions.append(_from_point(pad_regions(raw, len(samples)), _resume_point(resume_ms, channel)))
        # Loudness per 10 ms puts turn edges on the onset and fade of the speech (see edges).
        self._edges = {
            channel: (heard, Loudness(samples, SAMPLE_RATE))
            for channel, heard, samples in zip(tracks.channels, heard_ms, tracks.samples)
        }
        plan = SpeechPlan(list(zip(tracks.samples, regions)), SAMPLE_RATE, SWITCH_GAP_S)
        tracks.samples.clear()  # the plan holds the speech; an hour of audio is ~230 MB per channel
        # Without a fixed language each clip's language is detected from the clip itself.
        heard = _Languages()

        pending = plan.clips(MAX_CLIP_S)
        batch_size = max(1, options.batch_size or (GPU_BATCH if self.device == "cuda" else CPU_BATCH))
        total = sum(c.end - c.start for c in pending) or 1.0
        decoded = 0.0
        waiting: list[Segment] = []  # decoded, held back until nothing earlier can come
        reported = dropped = 0
        joiner = separated.Joiner() if self._speakers is not None else None  # one speaker's turn, whole
        while pending:
            batch, pending = pending[:batch_size], pending[batch_size:]
            produced, retries, invented = [], [], 0
            for strict in (False, True):  # a looping clip's second try decodes with other settings
                group = [c for c in batch if c.strict == strict]
                if group:
                    found = self._decode(plan, group, tracks.channels, options, heard)
                    produced, retries, invented = produced + found[0], retries + found[1], invented + found[2]
            release_free_memory()
            dropped += invented
            decoded += sum(c.end - c.start for c in batch)
            total += sum(c.end - c.start for c in retries)
            pending = sorted(pending + retries, key=lambda c: c.real_start_ms)
            waiting = sorted(waiting + produced, key=lambda s: (s.start_ms, _channel_order(s.channel)))
            frontier = min((c.real_start_ms for c in pending), default=None)
            ready = [s for s in waiting if frontier is None or s.start_ms < frontier]
            waiting = waiting[len(ready) :]
            if joiner is not None:
                ready = joiner.push(ready) + (joiner.flush() if not pending else [])
            for segment in ready:
                reported += 1
                yield segment
            done = Progress(min(1.0, decoded / total), tracks.duration_ms if frontier is None else frontier)
            yield separated.overall(done, self._speakers is not None)
        speech_ms = int(plan.speech_seconds * 1000)
        if options.language:
            language, probability = options.language, 1.0
        else:
            language, probability = heard.main()
        yield Done(
            language, probability, tracks.duration_ms, reported, speech_ms, dropped, time.perf_counter() - began,
            separation_seconds=separation_wall, separation_cpu_seconds=separation_cpu,
            decoding_seconds=time.perf_counter() - decoding_began,
            decoding_cpu_seconds=time.process_time() - decoding_cpu_began,
        )

    def _decode(self, plan: SpeechPlan, batch: list[Clip], channels, options: EngineOptions, heard: "_Languages"):
        detect = not options.language and self.model.model.is_multilingual
        self._detected.clear()
        segments, _ = self.pipeline.transcribe(
            plan.audio,
            # With multilingual=True faster-whisper replaces this language in each clip's prompt
            # by the one it detects on the clip's encoder output: no separate detection pass.
            language=options.language or "en",
            multilingual=detect,
            clip_timestamps=[{"start": c.start, "end": c.end} for c in batch],
            batch_size=len(batch),
            beam_size=options.beam_size,
            without_timestamps=False,
            # Word times put turn boundaries where the words are (a segment's own times can be
            # a second off), and split a segment where the channel changes; they are kept in
            # the turns only when the user wants them.
            word_timestamps=TIMING_WORDS or options.word_timestamps or plan.track_count > 1 or bool(self._speakers),
            hotwords=", ".join(options.glossary) if options.glossary else None,
            log_progress=False,
            # Batched decoding has no temperature fallback; a clip that looped gets one more try
            # that forbids repeating itself (its loop is dropped either way).
            repetition_penalty=STRICT_REPETITION_PENALTY if batch[0].strict else 1.0,
            no_repeat_ngram_size=STRICT_NO_REPEAT_NGRAM if batch[0].strict else 0,
        )
        produced: dict[int, list[Segment]] = {i: [] for i in range(len(batch))}
        last_end: dict[int, float] = {}
        looped: set[int] = set()
        invented = 0
        for raw in segments:
            index = _clip_of(batch, raw.start)
            clip = batch[index]
            last_end[index] = max(last_end.get(index, clip.start), min(float(raw.end), clip.end))
            if filters.is_invented(raw.text, raw.avg_logprob, raw.no_speech_prob, raw.compression_ratio, clip.strict):
                invented += 1
                if filters.is_loop(raw.compression_ratio) and not clip.strict:
                    looped.add(index)
                continue
            produced[index].extend(self._pieces(plan, clip, raw, channels))
        if detect:
            for clip, found in zip(batch, self._detected):
                code, probability = found[0]
                heard.add(code.strip("<|>"), float(probability), clip.end - clip.start)
        retries = [replace(batch[i], strict=True) for i in sorted(looped)]
        retries += [
            plan.tail(clip, last_end[i])
            for i, clip in enumerate(batch)
            if i not in looped
            and i in last_end
            and clip.end - last_end[i] > UNFINISHED_TAIL_S
            and clip.retry < MAX_TAIL_RETRIES
        ]
        kept = [segment for i in range(len(batch)) if i not in looped for segment in produced[i]]
        return self._on_speech(kept, plan.track_count, options.word_timestamps), retries, invented

    def _on_speech(self, segments: list[Segment], track_count: int, keep_words: bool) -> list[Segment]:
        """Turns cut again from their words on one track, with their edges on the speech."""
        found = []
        for channel in sorted({s.channel for s in segments}, key=_channel_order):
            heard, loudness = self._edges.get(channel, ([], None))
            mine = sorted((s for s in segments if s.channel == channel), key=lambda s: s.start_ms)
            if track_count == 1 and self._speakers is not None:
                mine = separated.by_speaker(mine, self._speakers)  # turns end where the speaker changes
            elif track_count == 1:
                mine = regroup(mine, MONO_SPLIT_PAUSE_MS)
            found += align([follow_speech(s, heard) for s in mine], loudness)
        if not keep_words:
            found = [replace(s, words=None) if s.words else s for s in found]
        return found

    @staticmethod
    def _pieces(plan: SpeechPlan, clip: Clip, raw, channels) -> list[Segment]:
        """One decoded segment as turns: split, when word times are known, where the channel
        changes or where a long pause was cut out (on one track ``regroup`` cuts at pauses,
        knowing the sound)."""
        if not raw.words:
            track, start_ms, _ = plan.locate(max(raw.start, clip.start))
            _, end_ms, _ = plan.locate(min(raw.end, clip.end), is_end=True)
            return [Segment(channels[track], start_ms, max(start_ms, end_ms), raw.text.strip())]
        pieces: list[list[tuple[int, Word]]] = []
        previous = None
        split_pause = SPLIT_PAUSE_MS if plan.track_count > 1 else 10**9
        for w in raw.words:
            # Both ends of a word map through the region its middle falls in.
            _, _, region = plan.locate(min(max((w.start + w.end) / 2, clip.start), clip.end))
            track, start_ms = plan.locate_in(region, w.start)
            _, end_ms = plan.locate_in(region, w.end)
            word = Word(start_ms, max(start_ms, end_ms), w.word, round(float(w.probability), 3))
            if previous is None or track != previous[0] or start_ms - previous[1].end_ms > split_pause:
                pieces.append([])
            pieces[-1].append((track, word))
            previous = (track, word)
        found = []
        for piece in pieces:
            text = "".join(w.text for _, w in piece).strip()
            if not text:
                continue
            words = tuple(Word(w.start_ms, w.end_ms, w.text.strip(), w.probability) for _, w in piece)
            found.append(
                Segment(
                    channels[piece[0][0]],
                    words[0].start_ms,
                    words[-1].end_ms,
                    text,
                    words,
                )
            )
        return found


class _DetectionLog:
    """The CTranslate2 model, passed through, keeping what ``detect_language`` answers: with
    multilingual decoding that is the language of each clip, which faster-whisper does not
    return. It also encodes a batch in chunks (see ENCODE_CHUNK)."""

    def __init__(self, model, log: list, encode_chunk: int = 0):
        self._model = model
        self._log = log
        self._encode_chunk = encode_chunk

    def encode(self, features, to_cpu: bool = False):
        chunk = self._encode_chunk
        if not chunk or features.shape[0] <= chunk:
            return self._model.encode(features, to_cpu=to_cpu)
        import ctranslate2
        import numpy as np

        # CPU storage views share their memory with numpy (no copy until the concatenation).
        clips = np.asarray(features)
        parts = [
            np.asarray(self._model.encode(ctranslate2.StorageView.from_array(np.ascontiguousarray(clips[i : i + chunk]))))
            for i in range(0, clips.shape[0], chunk)
        ]
        return ctranslate2.StorageView.from_array(np.concatenate(parts))

    def detect_language(self, *args, **kwargs):
        found = self._model.detect_language(*args, **kwargs)
        self._log.extend(found)
        return found

    def __getattr__(self, name):
        return getattr(self._model, name)


class _Languages:
    """Seconds of speech heard per language, to name the language of the conversation."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.weighted_probability: dict[str, float] = {}

    def add(self, code: str, probability: float, seconds: float) -> None:
        self.seconds[code] = self.seconds.get(code, 0.0) + seconds
        self.weighted_probability[code] = self.weighted_probability.get(code, 0.0) + probability * seconds

    def main(self) -> tuple[str | None, float | None]:
        if not self.seconds:
            return None, None
        code = max(self.seconds, key=self.seconds.get)
        return code, self.weighted_probability[code] / self.seconds[code]


def _channel_order(channel: int | None) -> int:
    return -1 if channel is None else channel


def _resume_point(resume_ms: dict[int | None, int], channel: int | None) -> int:
    if channel in resume_ms:
        return resume_ms[channel]
    # Saved with another layout (should not happen: the layout comes from the audio): be safe
    # and start after the furthest point any track reached.
    return max(resume_ms.values(), default=0)


def _from_point(regions: list[Region], from_ms: int) -> list[Region]:
    """The regions after a resume point (a region it falls in starts there)."""
    if not from_ms:
        return regions
    point = from_ms * SAMPLE_RATE // 1000
    return [Region(max(r.start, point), r.end) for r in regions if r.end > point]


def _clip_of(batch: list[Clip], start: float) -> int:
    """The clip a segment came from: the one starting last at or before it (times are rounded)."""
    candidates = [i for i, clip in enumerate(batch) if clip.start <= start + 0.05]
    if not candidates:
        return min(range(len(batch)), key=lambda i: batch[i].start)
    return max(candidates, key=lambda i: batch[i].start)


def pad_regions(raw: list[Region], length: int) -> list[Region]:
    """Voice activity padded by VAD_PAD_MS each side, a shorter silence between two regions
    shared between them: faster-whisper's padding (vad.get_speech_timestamps), applied to the
    whole track at once."""
    pad = VAD_PAD_MS * SAMPLE_RATE // 1000
    starts = [r.start for r in raw]
    ends = [r.end for r in raw]
    for i in range(len(raw)):
        if i == 0:
            starts[i] = max(0, starts[i] - pad)
        if i != len(raw) - 1:
            silence = starts[i + 1] - ends[i]
            if silence < 2 * pad:
                ends[i] += silence // 2
                starts[i + 1] = max(0, starts[i + 1] - silence // 2)
            else:
                ends[i] = min(length, ends[i] + pad)
                starts[i + 1] = max(0, starts[i + 1] - pad)
        else:
            ends[i] = min(length, ends[i] + pad)
    return [Region(s, e) for s, e in zip(starts, ends)]

"""What the transcription worker is asked to do and what it reports back, as plain dataclasses
that travel over a multiprocessing queue."""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewer.domain import Word


@dataclass(frozen=True)
class TranscriptionRequest:
    audio_path: str
    model: str = ""  # a model name or folder; "" is the embedded model
    language: str | None = None  # None: detect
    glossary: tuple[str, ...] = ()
    word_timestamps: bool = False
    # Resume: per track (None mono, 0 left, 1 right), milliseconds already transcribed.
    resume_ms: dict[int | None, int] = field(default_factory=dict)
    beam_size: int = 5
    batch_size: int = 0  # clips decoded together; 0: what suits the device
    device: str = "auto"  # auto: CUDA when present, else CPU
    cpu_threads: int = 0  # 0: every core
    # Speaker separation of a one-track recording: None detect, N that many; separate=False: none.
    speakers: int | None = 2
    # the reviewer set the count; else two may turn out to be one voice (a voicemail, a monologue)
    speakers_set: bool = False
    separate: bool = True


@dataclass(frozen=True)
class Started:
    duration_ms: int
    channels: tuple[int | None, ...]  # (None,) for one track, (0, 1) for a channel each
    layout_reason: str  # why the channels were or were not taken apart
    device: str
    model_path: str


@dataclass(frozen=True)
class VoiceFound:
    """Where voice activity detection heard speech on one track (sent once, after Started,
    for the whole recording even when resuming): what the metrics measure overtalk from."""

    channel: int | None  # as in Segment
    regions: tuple[tuple[int, int], ...]  # (start_ms, end_ms), unpadded
    music: tuple[tuple[int, int], ...] = ()  # stretches of music (hold music), see music.py


@dataclass(frozen=True)
class Progress:
    fraction: float  # 0..1 of the speech to decode
    position_ms: int  # everything before this point has been reported
    phase: str = "transcribing"  # or "separating": speaker separation of a mono call (first)


@dataclass(frozen=True)
class Segment:
    channel: int | None  # None: the whole recording; 0 or 1: that channel of a two-channel call
    start_ms: int
    end_ms: int
    text: str
    words: tuple[Word, ...] | None = None
    speaker: int | None = None  # separated speaker (1..N) of a mono call; None: not separated


@dataclass(frozen=True)
class Separated:
    """The speakers of a mono call, found before decoding (sent once per run, resumed or not)."""

    count: int  # 0: separation could not run (see note); the turns stay unknown
    embeddings: dict[int, list[float] | None] = field(default_factory=dict)  # speaker -> voice
    note: str | None = None  # why there was no separation (no speaker models)
    # speaker -> where that speaker talks, (start_ms, end_ms), overlapping another's where both do
    regions: dict[int, tuple[tuple[int, int], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Done:
    language: str | None  # of the track with the most speech; None when nothing was said
    language_probability: float | None
    duration_ms: int
    segments: int
    speech_ms: int  # speech found by voice activity detection
    dropped: int  # segments dropped as invented text
    seconds: float  # wall time of the transcription, model loading included
    peak_rss_mb: float | None = None  # peak resident memory of the worker process (VmHWM), all of it
    # Phases of the job, wall and CPU seconds (CPU of every thread of the worker): speaker
    # separation of a mono call (0 when it did not run), and decoding: voice activity and Whisper.
    separation_seconds: float = 0.0
    separation_cpu_seconds: float = 0.0
    decoding_seconds: float = 0.0
    decoding_cpu_seconds: float = 0.0


@dataclass(frozen=True)
class Error:
    message: str  # for the user: says what failed and why
    interrupted: bool = False  # the worker died mid-way (killed, crashed): the job can be resumed


Message = Started | VoiceFound | Separated | Progress | Segment | Done | Error

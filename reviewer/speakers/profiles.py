"""Employees' voice profiles: enrolling them from their calls, and comparing a call's speakers.

Two kinds of material are the employee's own voice for certain: the agent channel of a
two-channel call whose channels carry different voices (where voice activity detection found
speech while transcribing, else the agent's turns), and the turns of a mono call that a reviewer
labelled as the agent's (a turn whose role was corrected to agent, one by one or by swapping
the speakers). Turns the machine labelled are not used: a wrong guess would feed itself.

Each conversation gives one embedding from up to MAX_SPEECH_MS of that speech, in windows of
WINDOW_MS (batched); the profile is the speech-weighted mean (reviewer.storage.voice_profiles).
A profile exists only after an explicit enrolment; ``update_from_conversation`` re-measures one
call for an existing profile (for the transcription job after a two-channel call, and after a
reviewer swapped or relabelled a mono call's speakers; it decodes the recording, so never on the
GUI thread).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

import numpy as np

from reviewer.domain import SpeakerRole
from reviewer.storage import voice_profiles as store

from . import embedding

if TYPE_CHECKING:
    from reviewer.storage.library import Library

MODEL = "campplus_cn_en_common"
WINDOW_MS = 6000
MIN_WINDOW_MS = 1500  # the last, shorter window of a conversation's speech is used from this length
MIN_REGION_MS = 400  # speech bits shorter than this are mostly edges of words
MIN_SPEECH_MS = 3000  # less speech than this says too little about a voice
MAX_SPEECH_MS = 120_000  # per conversation: enough for a stable embedding, cheap on long calls
MAX_CONVERSATIONS = 30  # an enrolment reads at most this many of the employee's latest calls


@dataclass(frozen=True)
class Measured:
    conversation_id: int
    kind: str
    speech_ms: int


@dataclass
class Enrolment:
    employee: str
    measured: list[Measured] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (conversation id, why)
    cancelled: bool = False
    profile: store.VoiceProfile | None = None  # as it stands afterwards


def profile_similarities(library: "Library", employee: str | None, separation) -> dict[int, float] | None:
    """Cosine similarity of each separated speaker's mean embedding to the employee's profile;
    None when the employee has no profile (or the call none). ``separation`` is a
    reviewer.speakers.separation.Separation (only its ``embeddings`` are read)."""
    found = store.profile(library, employee)
    if found is None or found.embedding is None:
        return None
    out = {}
    for speaker, vector in separation.embeddings.items():
        if vector is None:  # a speaker with too little speech to measure
            continue
        vector = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(vector))
        if norm > 0:
            out[speaker] = float(found.embedding @ vector / norm)
    return out


def enrol(library: "Library", employee: str, *, progress: Callable[[float], None] | None = None,
          is_cancelled: Callable[[], bool] | None = None) -> Enrolment:
    """Create (or refresh) the employee's profile from their latest calls. Raises
    store.VoiceProfileError for an unknown employee and models.ModelsMissing without the model."""
    embedding._load()  # a missing model is said before anything is written
    store.create(library, employee, MODEL)
    result = Enrolment(employee)
    ids = _calls_of(library, employee)
    for n, cid in enumerate(ids):
        if is_cancelled and is_cancelled():
            result.cancelled = True
            break
        _measure_into(library, employee, cid, result)
        if progress:
            progress((n + 1) / len(ids))
    result.profile = store.profile(library, employee)
    return result


def update_from_conversation(library: "Library", cid: int) -> Enrolment | None:
    """Re-measure one conversation for its employee's profile (after transcription of a
    two-channel call, or after a reviewer labelled or swapped its speakers); None when the
    conversation has no employee or the employee no profile."""
    conversation = library.conversations.get(cid, with_turns=False)
    if conversation is None or not conversation.employee or not store.exists(library, conversation.employee):
        return None
    result = Enrolment(conversation.employee)
    _measure_into(library, conversation.employee, cid, result)
    result.profile = store.profile(library, conversation.employee)
    return result


def _calls_of(library: "Library", employee: str) -> list[int]:
    eid = library.employee_id(employee, create=False)
    rows = library.conn.execute(
        "SELECT id FROM conversations WHERE employee_id = ? AND channel = 'call' AND recording_path IS NOT NULL"
        " ORDER BY started_at DESC, id DESC LIMIT ?", (eid, MAX_CONVERSATIONS)).fetchall()
    return [r[0] for r in rows]


def _measure_into(library: "Library", employee: str, cid: int, result: Enrolment) -> None:
    try:
        found = measure_conversation(library, cid)
    except MaterialError as exc:
        result.skipped.append((cid, str(exc)))
        return
    if found is None:
        result.skipped.append((cid, "no speech known to be the agent's (two-channel calls are used once"
                                    " transcribed; mono calls once a reviewer labelled the agent's turns)"))
        for kind in store.KINDS:  # labels since reverted: what they gave goes too
            store.drop_source(library, employee, cid, kind)
        return
    kind, vector, speech_ms = found
    store.put_source(library, employee, cid, kind, vector, speech_ms)
    for other in store.KINDS:  # a call gives one kind of material: the better one it has now
        if other != kind:
            store.drop_source(library, employee, cid, other)
    result.measured.append(Measured(cid, kind, speech_ms))


class MaterialError(Exception):
    """A conversation's recording cannot be used; the message names the file and the problem."""


def measure_conversation(library: "Library", cid: int) -> tuple[str, np.ndarray, int] | None:
    """(kind, embedding, speech ms) of the agent's voice in one call, or None when nothing in it
    is known to be the agent's. Raises MaterialError when the recording cannot be decoded."""
    from reviewer.storage.settings import Setting
    from reviewer.transcription.tracks import AudioError, load_tracks

    conversation = library.conversations.get(cid, with_turns=True)
    if conversation is None or not conversation.recording_path:
        return None
    timed = [t for t in conversation.turns if t.start_ms is not None and t.end_ms is not None]
    labelled = [(t.start_ms, t.end_ms) for t in timed if t.role == SpeakerRole.AGENT and t.original_role is not None]
    # in a mix, what another speaker says over the agent is not the agent's voice
    labelled = _subtract(labelled, [(t.start_ms, t.end_ms) for t in timed if t.role != SpeakerRole.AGENT])
    agent_channel = library.setting(Setting.AGENT_AUDIO_CHANNEL)
    channel_regions = []
    if (conversation.audio_channels or 1) >= 2:
        channel_regions = _agent_channel_regions(library, conversation, agent_channel)
    if not channel_regions and not labelled:
        return None  # known without decoding anything
    try:
        tracks = load_tracks(library.recordings.path(conversation.recording_path))
    except AudioError as exc:
        raise MaterialError(str(exc)) from None
    if tracks.channels == (0, 1) and channel_regions:
        return _measure(store.AGENT_CHANNEL, tracks.samples[agent_channel], channel_regions)
    # a mono call, or one voice on both channels (or one of them silent): the mix
    return _measure(store.LABELLED_TURNS, tracks.samples[0], labelled) if labelled else None


def _subtract(regions: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of regions that none of others covers."""
    out = []
    for start, end in regions:
        t = start
        for s, e in sorted(o for o in others if o[0] < end and o[1] > start):
            if s > t:
                out.append((t, s))
            t = max(t, e)
        if t < end:
            out.append((t, end))
    return out


def _agent_channel_regions(library, conversation, agent_channel: int) -> list[tuple[int, int]]:
    row = library.conn.execute("SELECT regions FROM voice_activity WHERE conversation_id = ? AND channel = ?",
                               (conversation.id, agent_channel)).fetchone()
    if row:
        flat = json.loads(row[0])
        return list(zip(flat[0::2], flat[1::2]))
    return [(t.start_ms, t.end_ms) for t in conversation.turns
            if t.role == SpeakerRole.AGENT and t.start_ms is not None and t.end_ms is not None]


def _measure(kind: str, samples: np.ndarray, regions: list[tuple[int, int]]) -> tuple[str, np.ndarray, int] | None:
    speech = select_speech(samples, regions)
    if len(speech) * 1000 < MIN_SPEECH_MS * embedding.SAMPLE_RATE:
        return None
    return kind, embed_speech(speech), len(speech) * 1000 // embedding.SAMPLE_RATE


def select_speech(samples: np.ndarray, regions: list[tuple[int, int]]) -> np.ndarray:
    """The samples of the regions (start_ms, end_ms), joined; at most MAX_SPEECH_MS, taken from
    regions spread over the whole call rather than its first minutes."""
    rate = embedding.SAMPLE_RATE
    spans = sorted((max(0, s), min(e, len(samples) * 1000 // rate)) for s, e in regions)
    spans = [(s, e) for s, e in spans if e - s >= MIN_REGION_MS]
    total = sum(e - s for s, e in spans)
    if total > MAX_SPEECH_MS:
        spans = spans[:: -(-total // MAX_SPEECH_MS)]  # every k-th region, k rounded up
    parts, kept = [], 0
    for s, e in spans:
        e = min(e, s + MAX_SPEECH_MS - kept)
        if e - s < MIN_REGION_MS:
            break
        parts.append(samples[s * rate // 1000 : e * rate // 1000])
        kept += e - s
    return np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, np.float32)


def embed_speech(speech: np.ndarray) -> np.ndarray:
    """One L2-normalised embedding of a stretch of one voice: windows of WINDOW_MS, averaged by
    length (one window of a long stretch would keep its whole fbank in memory at once)."""
    rate = embedding.SAMPLE_RATE
    window = WINDOW_MS * rate // 1000
    chunks = [speech[i : i + window] for i in range(0, len(speech), window)]
    if len(chunks) > 1 and len(chunks[-1]) < MIN_WINDOW_MS * rate // 1000:
        chunks.pop()
    vectors = embedding.embed_many(chunks)
    mean = (vectors * np.array([len(c) for c in chunks], dtype=np.float32)[:, None]).sum(axis=0)
    return (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)

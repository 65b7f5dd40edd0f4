"""Calls for the voice-profile tests, cut from the real two-person telephone sample: its speaker
'speaker90' plays the employee (agent), 'speaker91' the customer (truth from sample.rttm)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from reviewer.domain import SpeakerRole
from reviewer.domain.conversation import Channel, Conversation, Turn
from reviewer.storage.recordings import sha256_of
from reviewer.transcription.tracks import decode_audio

RATE = 16000
AGENT, CUSTOMER = "speaker90", "speaker91"


def sample_turns(folder: Path) -> tuple[np.ndarray, list[tuple[str, int, int]]]:
    [audio] = decode_audio(folder / "sample.wav")
    turns = []
    for line in (folder / "sample.rttm").read_text().splitlines():
        parts = line.split()
        start = round(float(parts[3]) * 1000)
        turns.append((parts[7], start, start + round(float(parts[4]) * 1000)))
    return audio, sorted(turns, key=lambda t: t[1])


def write_wav(path: Path, channels: list[np.ndarray]) -> Path:
    data = np.stack(channels, axis=1) if len(channels) > 1 else channels[0][:, None]
    with wave.open(str(path), "wb") as out:
        out.setnchannels(len(channels))
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((np.clip(data, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def add_call(library, path: Path, employee: str, turns: list[tuple[str, int, int]], *, channels: int,
             roles: dict[str, SpeakerRole]) -> int:
    relative, _ = library.recordings.add(path, sha256_of(path), path.suffix)
    with wave.open(str(path)) as f:
        duration_ms = f.getnframes() * 1000 // RATE
    return library.conversations.add(Conversation(
        channel=Channel.CALL, source_name=path.name, employee=employee, source_sha256=sha256_of(path),
        recording_path=relative, audio_channels=channels, sample_rate=RATE, duration_ms=duration_ms,
        turns=[Turn(text=f"words of {who}", role=roles[who], speaker_name=who, start_ms=s, end_ms=e)
               for who, s, e in turns]))


def part(turns, start_ms: int, end_ms: int) -> list[tuple[str, int, int]]:
    """The turns within [start_ms, end_ms), moved to start at 0."""
    return [(who, max(s, start_ms) - start_ms, min(e, end_ms) - start_ms)
            for who, s, e in turns if s < end_ms and e > start_ms and min(e, end_ms) - max(s, start_ms) > 200]


def two_channel_call(library, tmp: Path, audio, turns, employee: str, start_ms: int, end_ms: int) -> int:
    """The stretch as a two-channel call: each speaker's turns on their own channel (agent left)."""
    piece = audio[start_ms * RATE // 1000 : end_ms * RATE // 1000]
    lines = part(turns, start_ms, end_ms)
    left, right = np.zeros_like(piece), np.zeros_like(piece)
    for who, s, e in lines:
        target = left if who == AGENT else right
        target[s * RATE // 1000 : e * RATE // 1000] = piece[s * RATE // 1000 : e * RATE // 1000]
    path = write_wav(tmp / f"stereo-{start_ms}.wav", [left, right])
    return add_call(library, path, employee, lines, channels=2,
                    roles={AGENT: SpeakerRole.AGENT, CUSTOMER: SpeakerRole.CUSTOMER})


def mono_call(library, tmp: Path, audio, turns, employee: str, start_ms: int, end_ms: int) -> int:
    """The stretch as a mono call whose speakers nobody has labelled yet."""
    piece = audio[start_ms * RATE // 1000 : end_ms * RATE // 1000]
    path = write_wav(tmp / f"mono-{start_ms}.wav", [piece])
    return add_call(library, path, employee, part(turns, start_ms, end_ms), channels=1,
                    roles={AGENT: SpeakerRole.UNKNOWN, CUSTOMER: SpeakerRole.UNKNOWN})

"""A two-channel call built with espeak-ng and sox, with gaps and overlaps known to the
millisecond: the agent on the left channel, the customer on the right (tests and benchmarks)."""

from __future__ import annotations

import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SR = 16000

# (role, text, start: ms after the previous line's end; negative = overlapping it)
SCRIPT = [
    ("agent", "Good morning, thank you for calling the lamp shop, this is Anna speaking", 600),
    ("customer", "Hello, I bought a table lamp last week and it does not switch on", 700),
    # dead air: the agent looks something up without a word
    ("agent", "I have found your order now, it was delivered on Monday morning", 12_000),
    # the customer talks over the end of the agent's line
    ("customer", "Yes and the box was already open when it came to my house on Monday", -1_500),
    # the agent cuts in before the customer is done
    ("agent", "I am so sorry, we will send you a new lamp today", -1_000),
    ("customer", "Thank you very much, that would be great", 3_000),
    ("agent", "You are welcome, have a nice day", 800),
]


@dataclass(frozen=True)
class Line:
    role: str
    text: str
    start_ms: int
    end_ms: int


def tools_missing() -> str | None:
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (it builds the test call)"
    return None


def _say(text: str, voice: str, folder: Path, n: int) -> np.ndarray:
    raw, trimmed = folder / f"line{n}-raw.wav", folder / f"line{n}.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(raw), text], check=True, capture_output=True)
    # Silence trimmed off both ends, so the line's speech starts and ends where it is placed.
    subprocess.run(
        ["sox", str(raw), "-r", str(SR), "-c", "1", "-b", "16", str(trimmed),
         "silence", "1", "0.02", "1%", "reverse", "silence", "1", "0.02", "1%", "reverse"],
        check=True, capture_output=True,
    )
    with wave.open(str(trimmed)) as w:
        return np.frombuffer(w.readframes(w.getnframes()), np.int16)


def build_call(folder: Path, name: str = "known-gaps-call.wav") -> tuple[Path, list[Line]]:
    """Write the call into ``folder``; returns its path and where each line is."""
    folder.mkdir(parents=True, exist_ok=True)
    voices = {"agent": "en-us+f3", "customer": "en+m3"}
    lines: list[Line] = []
    pieces = []
    end = 0
    for n, (role, text, after) in enumerate(SCRIPT):
        audio = _say(text, voices[role], folder, n)
        start = max(0, end + after)
        length = len(audio) * 1000 // SR
        lines.append(Line(role, text, start, start + length))
        pieces.append((role, start, audio))
        end = max(end, start + length) if after < 0 else start + length
    total = max(line.end_ms for line in lines) + 1000
    tracks = {role: np.zeros(total * SR // 1000, np.int16) for role in voices}
    for role, start, audio in pieces:
        at = start * SR // 1000
        tracks[role][at : at + len(audio)] = audio
    for role, samples in tracks.items():
        with wave.open(str(folder / f"{role}.wav"), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SR)
            w.writeframes(samples.tobytes())
    path = folder / name
    subprocess.run(["sox", "-M", str(folder / "agent.wav"), str(folder / "customer.wav"), str(path)],
                   check=True, capture_output=True)
    return path, lines


def expected(lines: list[Line]) -> dict:
    """The figures the call was built to have: its silences and overtalk stretches."""
    ordered = sorted(lines, key=lambda line: line.start_ms)
    silences, overtalks = [], []
    reach = ordered[0].end_ms
    for line in ordered[1:]:
        if line.start_ms > reach:
            silences.append((reach, line.start_ms))
        reach = max(reach, line.end_ms)
    def spans(role):
        return [(line.start_ms, line.end_ms) for line in ordered if line.role == role]

    for a_start, a_end in spans("agent"):
        for c_start, c_end in spans("customer"):
            start, end = max(a_start, c_start), min(a_end, c_end)
            if start < end:
                overtalks.append((start, end))
    return {"gaps": silences, "overtalks": sorted(overtalks)}


# A hold: the agent asks the customer to wait, then music (or nothing) for HOLD_MS, then the
# agent is back. (role, text, start: ms after the previous part's end)
HOLD_SCRIPT = [
    ("customer", "Hello, I am calling about my order for a table lamp", 500),
    ("agent", "Thank you, please wait a moment while I check your order", 700),
    ("agent", "Thank you for waiting, your order was shipped on Monday", 600),
    ("customer", "Great, thank you very much", 700),
]
HOLD_MS = 35_000
CHORDS = ("C3 E3 G3", "A2 C3 E3", "F2 A2 C3", "G2 B2 D3")  # a tune going round, as hold music does


def music(folder: Path, length_ms: int) -> np.ndarray:
    """Plucked chords, 0.8 s each, round and round (sox synth), at 16 kHz."""
    parts = []
    for n, chord in enumerate(CHORDS):
        part = folder / f"chord{n}.wav"
        plucks = [arg for note in chord.split() for arg in ("pluck", note)]
        subprocess.run(["sox", "-n", "-r", str(SR), "-b", "16", str(part), "synth", "0.8", *plucks, "remix", "-",
                        "vol", "0.3"], check=True, capture_output=True)
        with wave.open(str(part)) as w:
            parts.append(np.frombuffer(w.readframes(w.getnframes()), np.int16))
    tune = np.concatenate(parts)
    count = length_ms * SR // 1000
    return np.resize(tune, count)


def build_hold_call(folder: Path, with_music: bool = True, noise: bool = False) -> tuple[Path, list[Line], tuple[int, int]]:
    """A one-channel call with a hold in the middle (music, or silence); ``noise`` lays line
    noise under all of it. Returns its path, its lines and where the hold is (start_ms, end_ms)."""
    folder.mkdir(parents=True, exist_ok=True)
    voices = {"agent": "en-us+f3", "customer": "en+m3"}
    lines: list[Line] = []
    pieces = []
    end = 0
    hold = (0, 0)
    for n, (role, text, after) in enumerate(HOLD_SCRIPT):
        audio = _say(text, voices[role], folder, n)
        start = end + after
        if n == 2:  # the agent is back after the hold
            hold = (end + 600, end + 600 + HOLD_MS)
            start = hold[1] + after
        length = len(audio) * 1000 // SR
        lines.append(Line(role, text, start, start + length))
        pieces.append((start, audio))
        end = start + length
    samples = np.zeros((end + 1000) * SR // 1000, np.int16)
    for start, audio in pieces:
        at = start * SR // 1000
        samples[at : at + len(audio)] = audio
    if with_music:
        at = hold[0] * SR // 1000
        tune = music(folder, HOLD_MS)
        samples[at : at + len(tune)] = tune
    if noise:
        rnd = np.random.default_rng(7)
        samples = np.clip(samples + rnd.normal(0, 300, len(samples)), -32768, 32767).astype(np.int16)
    path = folder / ("hold-music-call.wav" if with_music else "hold-silence-call.wav")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(samples.tobytes())
    return path, lines, hold

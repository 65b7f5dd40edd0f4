"""Decoding recordings for transcription: the same samples as faster-whisper's decoder, in a
fraction of its memory (an hour-long call must fit the worker's budget)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import numpy as np
import pytest
from faster_whisper.audio import decode_audio as faster_whisper_decode

from reviewer.transcription.tracks import decode_audio
import conftest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("parts", [
    ("audio", "faster-whisper", "jfk.flac"),
    ("audio", "faster-whisper", "multilingual.mp3"),
    ("audio", "faster-whisper", "stereo_diarization.wav"),
    ("audio", "long-8k-four-speakers", "aepyx_8k.wav"),
])
def test_samples_are_those_faster_whisper_decodes(parts):
    path = conftest.testdata_path(*parts)
    [mono] = decode_audio(path)
    assert mono.dtype == np.float32 and np.array_equal(mono, faster_whisper_decode(str(path)))
    left, right = decode_audio(path, split_stereo=True)
    expected_left, expected_right = faster_whisper_decode(str(path), split_stereo=True)
    assert np.array_equal(left, expected_left) and np.array_equal(right, expected_right)


def test_the_demo_calls_ogg_opus_decode_alike():
    call = sorted((REPO / "recordings" / "calls").glob("*.ogg"))[0]
    left, right = decode_audio(call, split_stereo=True)
    expected_left, expected_right = faster_whisper_decode(str(call), split_stereo=True)
    assert np.array_equal(left, expected_left) and np.array_equal(right, expected_right)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)")
def test_a_long_recording_is_decoded_in_little_more_than_its_own_size(tmp_path):
    # Twenty minutes at 16 kHz: 77 MB as float32. faster-whisper's decoder peaks near three
    # times that (int16 buffer, float32 copy, the division); ours must stay under 1.5 times.
    path = tmp_path / "twenty-minutes.wav"
    samples = 20 * 60 * 16000
    rng = np.random.default_rng(7)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes((rng.standard_normal(samples) * 3000).astype("<i2").tobytes())
    script = textwrap.dedent("""
        import re, sys
        from pathlib import Path
        import av, numpy
        from reviewer.transcription.tracks import decode_audio
        def peak():  # VmHWM, not ru_maxrss: that one carries the parent's peak across exec
            return int(re.search(r"VmHWM:\\s*(\\d+)", Path("/proc/self/status").read_text()).group(1)) * 1024
        before = peak()
        [audio] = decode_audio(Path(sys.argv[1]))
        print(len(audio), peak() - before)
    """)
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True,
                          cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    length, grew = (int(x) for x in done.stdout.split())
    assert length == samples
    assert samples * 4 * 0.9 < grew < samples * 4 * 1.5, grew / (samples * 4)

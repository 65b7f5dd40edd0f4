"""Recording on the device: real WAV files, read back with PyAV; the virtual microphone paces
itself in real time; PortAudio's own errors for missing libraries and devices."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import wave
from pathlib import Path

import av
import numpy as np
import pytest

from reviewer.recording import (
    DeviceSource,
    Problem,
    Recorder,
    RecordingError,
    State,
    VirtualSource,
    classify,
    input_devices,
    load_sounddevice,
)
from reviewer.recording import recorder as recorder_module
from reviewer.recording.recorder import SILENCE_DB

REPO = Path(__file__).resolve().parents[1]
BLOCK_S = 512 / 16_000  # the virtual microphone's block


def decoded(path: Path) -> tuple[np.ndarray, int, int]:
    """Every sample PyAV decodes from path, as int16 (frames, channels), with rate and channels."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate, channels = stream.codec_context.sample_rate, stream.codec_context.channels
        chunks = [frame.to_ndarray().reshape(-1, channels) if frame.format.is_packed
                  else frame.to_ndarray().T for frame in container.decode(stream)]
    data = np.concatenate(chunks) if chunks else np.zeros((0, channels), dtype=np.int16)
    return data, rate, channels


def duration_s(path: Path) -> float:
    data, rate, _channels = decoded(path)
    return len(data) / rate


def test_pause_leaves_a_gap_out_and_the_file_has_the_recorded_length(tmp_path):
    path = tmp_path / "visit.wav"
    recorder = Recorder(path, VirtualSource("tone"))
    recorder.start()
    began = time.monotonic()
    time.sleep(1.5)
    recorder.pause()
    first = time.monotonic() - began
    assert recorder.state is State.PAUSED
    time.sleep(0.2)
    at_pause = recorder.elapsed_ms
    time.sleep(0.3)
    assert recorder.elapsed_ms == at_pause  # the clock stands still while paused
    recorder.resume()
    resumed = time.monotonic()
    time.sleep(1.0)
    result = recorder.stop()
    second = time.monotonic() - resumed
    assert recorder.state is State.STOPPED

    seconds = duration_s(path)
    # What was recorded is the time spent recording, give or take a block at each edge.
    assert seconds == pytest.approx(first + second, abs=3 * BLOCK_S)
    assert seconds == pytest.approx(2.5, abs=0.25)
    assert result.duration_ms == pytest.approx(seconds * 1000, abs=1)
    assert result.samplerate == 16_000 and result.channels == 1
    with wave.open(str(path)) as w:
        assert (w.getsampwidth(), w.getnchannels(), w.getframerate()) == (2, 1, 16_000)
        assert w.getnframes() == result.frames


def test_the_file_is_readable_with_its_length_while_recording(tmp_path):
    path = tmp_path / "call.wav"
    recorder = Recorder(path, VirtualSource("noise", amplitude=0.2))
    recorder.start()
    try:
        time.sleep(1.0)
        elapsed = recorder.elapsed_ms / 1000
        seconds = duration_s(path)  # the header already says how much there is
        assert seconds == pytest.approx(elapsed, abs=0.15)
        assert seconds > 0.8
    finally:
        recorder.stop()
    assert duration_s(path) >= seconds


def test_a_killed_recorder_leaves_a_readable_file(tmp_path):
    """Reviewer killed mid-recording (no stop, no close): everything written so far plays."""
    path = tmp_path / "crash.wav"
    script = textwrap.dedent(f"""
        import os, signal, sys, time
        from reviewer.recording import Recorder, VirtualSource
        recorder = Recorder({str(path)!r}, VirtualSource("tone"))
        recorder.start()
        time.sleep(1.2)
        print(recorder.elapsed_ms, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == -9, run.stderr
    elapsed_ms = int(run.stdout.strip())
    data, rate, _channels = decoded(path)
    assert len(data) / rate * 1000 == pytest.approx(elapsed_ms, abs=150)
    assert elapsed_ms > 1000
    assert np.abs(data).max() > 10_000  # the tone, not silence


def test_the_recording_is_the_sound_sample_for_sample(tmp_path):
    source_wav = tmp_path / "source.wav"
    rng = np.random.default_rng(1)
    samples = (rng.standard_normal(12_000) * 4000).clip(-32768, 32767).astype("<i2")
    with wave.open(str(source_wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(samples.tobytes())
    path = tmp_path / "copy.wav"
    recorder = Recorder(path, VirtualSource(source_wav, blocksize=256))
    recorder.start()
    time.sleep(1.8)  # 1.5 s of sound, then silence
    recorder.stop()
    data, rate, _channels = decoded(path)
    assert rate == 8000
    assert np.array_equal(data[: len(samples), 0], samples)
    assert not data[len(samples):].any()


def test_two_channels(tmp_path):
    path = tmp_path / "stereo.wav"
    recorder = Recorder(path, VirtualSource("tone", samplerate=48_000, blocksize=2048), channels=2)
    recorder.start()
    time.sleep(0.5)
    recorder.stop()
    data, rate, channels = decoded(path)
    assert (rate, channels) == (48_000, 2)
    assert len(data) / rate == pytest.approx(0.5, abs=0.15)


def test_the_level_follows_the_sound(tmp_path):
    source = VirtualSource("tone", amplitude=0.5)
    recorder = Recorder(tmp_path / "level.wav", source)
    recorder.start()
    try:
        time.sleep(0.3)
        loud = recorder.level()
        # A sine's RMS is 3 dB below its peak; half of full scale peaks at -6 dBFS.
        assert loud.peak_db == pytest.approx(-6.0, abs=0.2)
        assert loud.rms_db == pytest.approx(-9.0, abs=0.3)
        source.amplitude = 0.01
        time.sleep(0.3)
        recorder.level()  # what is left of the loud part
        time.sleep(0.3)
        quiet = recorder.level()
        assert quiet.peak_db == pytest.approx(-40.0, abs=0.5)
        recorder.pause()
        source.amplitude = 0.0
        time.sleep(0.3)
        recorder.level()
        time.sleep(0.3)
        assert recorder.level().peak_db == SILENCE_DB  # the meter still moves while paused
    finally:
        recorder.stop()


def test_a_device_that_stops_sending_is_noticed(tmp_path, monkeypatch):
    monkeypatch.setattr(recorder_module, "STALL_S", 0.3)
    # One block every 4 s: after the first the "device" goes quiet.
    recorder = Recorder(tmp_path / "stall.wav", VirtualSource("tone", blocksize=64_000))
    recorder.start()
    try:
        assert not recorder.stalled
        time.sleep(0.6)
        assert recorder.stalled
    finally:
        recorder.stop()
    assert not recorder.stalled


def test_an_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "kept.wav"
    path.write_bytes(b"precious")
    recorder = Recorder(path, VirtualSource("tone"))
    with pytest.raises(RecordingError) as caught:
        recorder.start()
    assert caught.value.problem is Problem.FILE_FAILED
    assert str(path) in str(caught.value)
    assert path.read_bytes() == b"precious"
    assert recorder.state is State.IDLE


# Real PortAudio ------------------------------------------------------------------------------


def test_a_device_that_does_not_exist_is_reported_and_leaves_no_file(tmp_path):
    load_sounddevice()  # PortAudio is a dependency: it must be here
    path = tmp_path / "none.wav"
    recorder = Recorder(path, DeviceSource(device=4242))
    with pytest.raises(RecordingError) as caught:
        recorder.start()
    assert caught.value.problem is Problem.NO_DEVICE
    assert "4242" in caught.value.detail
    assert not path.exists()
    assert recorder.state is State.IDLE


def test_the_devices_here(tmp_path):
    """Whatever this machine has: the default first, only devices that can record."""
    devices = input_devices()
    assert all(d.max_channels > 0 for d in devices)
    assert [d.is_default for d in devices] == sorted((d.is_default for d in devices), reverse=True)
    if not devices:
        with pytest.raises(RecordingError) as caught:
            Recorder(tmp_path / "x.wav").start()
        assert caught.value.problem is Problem.NO_DEVICE
        assert not (tmp_path / "x.wav").exists()


def test_portaudio_errors_are_told_apart():
    sd = load_sounddevice()
    assert classify(sd.PortAudioError("Device unavailable", -9985)).problem is Problem.DEVICE_BUSY
    busy_alsa = sd.PortAudioError("Unanticipated host error", -9999, (0, -16, "Device or resource busy"))
    assert classify(busy_alsa).problem is Problem.DEVICE_BUSY
    assert classify(sd.PortAudioError("Error querying device -1")).problem is Problem.NO_DEVICE
    assert classify(sd.PortAudioError("Invalid device", -9996)).problem is Problem.NO_DEVICE
    other = classify(sd.PortAudioError("Invalid sample rate", -9997))
    assert other.problem is Problem.DEVICE_FAILED and "Invalid sample rate" in str(other)


def test_missing_portaudio_is_a_clear_error(tmp_path):
    """sounddevice's own import fails the way it does without libportaudio."""
    script = textwrap.dedent(f"""
        import ctypes.util, sys
        ctypes.util.find_library = lambda name: None  # as on a machine without PortAudio
        from reviewer.recording import Recorder, RecordingError, input_devices
        for attempt in (input_devices, lambda: Recorder({str(tmp_path / 'x.wav')!r}).start()):
            try:
                attempt()
            except RecordingError as exc:
                print(exc.problem, "|", exc)
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    lines = run.stdout.strip().splitlines()
    assert run.returncode == 0, run.stderr
    assert len(lines) == 2
    for line in lines:
        assert line.startswith("no_portaudio | Recording is not available: the PortAudio library is not installed")
        assert "PortAudio library not found" in line
    assert not (tmp_path / "x.wav").exists()


ALSA_TEST_MICROPHONE = """
pcm.reviewer_test_mic {{
    type file
    slave.pcm "null"
    file "/dev/null"
    infile "{infile}"
    format "raw"
}}
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ALSA test microphone is Linux only")
def test_a_real_portaudio_device(tmp_path):
    """ALSA's file plugin as a microphone (through $XDG_CONFIG_HOME/alsa/asoundrc): the real
    sounddevice stream, callback and writer. It is not paced, so only the samples are checked."""
    infile = tmp_path / "speech.raw"
    t = np.arange(48_000) / 16_000
    source = (np.sin(2 * np.pi * 300 * t) * 12_000).astype("<i2")
    source.tofile(infile)
    config = tmp_path / "config" / "alsa"
    config.mkdir(parents=True)
    (config / "asoundrc").write_text(ALSA_TEST_MICROPHONE.format(infile=infile))
    path = tmp_path / "real.wav"
    script = textwrap.dedent(f"""
        import time
        from reviewer.recording import DeviceSource, Recorder, input_devices, rescan
        device = next(d for d in input_devices() if d.name == "reviewer_test_mic")
        recorder = Recorder({str(path)!r}, DeviceSource(device.index))
        recorder.start()
        time.sleep(0.2)
        during = rescan()  # PortAudio is not restarted under a recording
        result = recorder.stop()
        print(device.host_api, result.samplerate, result.frames, recorder.state, during, rescan())
    """)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    run = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=120)
    if run.returncode and "StopIteration" in run.stderr:
        pytest.skip("this PortAudio does not list ALSA configuration devices")
    assert run.returncode == 0, run.stderr
    host_api, rate, frames, state, rescan_during, rescan_after = run.stdout.split()
    assert (host_api, rate, state) == ("ALSA", "16000", "stopped")
    assert (rescan_during, rescan_after) == ("False", "True")
    data, _rate, _channels = decoded(path)
    assert len(data) == int(frames) >= len(source)
    assert np.array_equal(data[: len(source), 0], source)

"""Telling a call with one voice per channel from stereo files that carry one mix, from the audio."""

from __future__ import annotations

import numpy as np
import pytest

from reviewer.transcription.channels import analyse
from reviewer.transcription.tracks import AudioError, load_tracks

SR = 16000


def _decode(path, split=False):
    from faster_whisper.audio import decode_audio

    return decode_audio(str(path), sampling_rate=SR, split_stereo=split)


def test_the_diarization_clip_has_a_voice_on_each_channel(testdata):
    left, right = _decode(testdata("audio", "faster-whisper", "stereo_diarization.wav"), split=True)
    verdict = analyse(left, right)
    assert verdict.separate, verdict
    assert verdict.correlation < 0.3
    tracks = load_tracks(testdata("audio", "faster-whisper", "stereo_diarization.wav"))
    assert tracks.channels == (0, 1) and len(tracks.samples) == 2


def test_a_stereo_file_with_the_same_signal_on_both_channels_is_mono(testdata):
    tracks = load_tracks(testdata("audio", "faster-whisper", "jfk.flac"))
    assert tracks.channels == (None,)
    assert tracks.verdict is not None and not tracks.verdict.separate
    assert tracks.verdict.correlation > 0.99
    assert abs(tracks.duration_ms - 11_000) < 50


def _speech(testdata) -> np.ndarray:
    return _decode(testdata("audio", "telephone-two-speakers", "sample.wav"))


def _split_by_speaker(testdata, audio) -> tuple[np.ndarray, np.ndarray]:
    """The two-person call put back on two channels, one speaker each (from sample.rttm)."""
    turns: dict[str, list[tuple[float, float]]] = {}
    for line in testdata("audio", "telephone-two-speakers", "sample.rttm").read_text().splitlines():
        fields = line.split()
        start, duration = float(fields[3]), float(fields[4])
        turns.setdefault(fields[7], []).append((start, start + duration))
    channels = []
    for speaker in sorted(turns):
        mask = np.zeros_like(audio)
        for start, end in turns[speaker]:
            mask[int(start * SR) : int(end * SR)] = 1
        channels.append(audio * mask)
    return channels[0], channels[1]


def test_one_speaker_per_channel_even_with_crosstalk(testdata):
    left, right = _split_by_speaker(testdata, _speech(testdata))
    assert analyse(left, right).separate
    # Each line also hears the other side faintly (-26 dB), as call recordings often do.
    assert analyse(left + 0.05 * right, right + 0.05 * left).separate


@pytest.mark.parametrize(
    "make_right, reason",
    [
        (lambda a: a * 0.3, "same signal"),  # one voice, quieter on one side
        (lambda a: np.concatenate([np.zeros(80, np.float32), a])[: len(a)], "same signal"),  # 5 ms apart
        (lambda a: 0.5 * np.concatenate([np.zeros(800, np.float32), a])[: len(a)], "same signal"),  # 50 ms
        (lambda a: np.zeros_like(a), "only one channel"),
    ],
)
def test_one_voice_on_both_channels_or_a_silent_channel_is_mono(testdata, make_right, reason):
    audio = _speech(testdata)
    verdict = analyse(audio, make_right(audio))
    assert not verdict.separate
    assert reason in verdict.reason


def test_a_silent_channel_is_dropped_rather_than_mixed_in(testdata, tmp_path):
    import wave

    audio = _speech(testdata)
    path = tmp_path / "left-only.wav"
    stereo = np.stack([audio, np.zeros_like(audio)], axis=1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes((np.clip(stereo, -1, 1) * 32767).astype("<i2").tobytes())
    tracks = load_tracks(path)
    assert tracks.channels == (None,)
    assert tracks.verdict.only_channel == 0
    # The speech keeps its level (mixing with silence would halve it).
    assert np.max(np.abs(tracks.samples[0])) == pytest.approx(np.max(np.abs(audio)), rel=0.01)


def test_unreadable_recordings_raise_a_clear_error(tmp_path):
    garbage = tmp_path / "call.wav"
    garbage.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(range(256)) * 40)
    with pytest.raises(AudioError, match=r"call\.wav: cannot decode the recording"):
        load_tracks(garbage)
    with pytest.raises(AudioError, match="missing"):
        load_tracks(tmp_path / "gone.wav")
    text = tmp_path / "notes.mp3"
    text.write_text("not audio at all")
    with pytest.raises(AudioError, match=r"notes\.mp3"):
        load_tracks(text)

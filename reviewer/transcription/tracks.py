"""Decoding a recording into the tracks to transcribe: the whole recording, or each channel of
a two-channel call whose channels carry different voices."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from reviewer.transcription.channels import ChannelVerdict, analyse

SAMPLE_RATE = 16000


class AudioError(Exception):
    """The recording cannot be decoded; the message names the file and the reason."""


@dataclass
class Tracks:
    channels: tuple[int | None, ...]  # (None,) or (0, 1)
    samples: list[np.ndarray]  # 16 kHz mono float32, one per channel entry
    duration_ms: int
    verdict: ChannelVerdict | None  # None for one-channel recordings


def _channel_count(path: Path) -> int:
    import av

    with av.open(str(path), mode="r", metadata_errors="ignore") as container:
        if not container.streams.audio:
            raise AudioError(f"{path.name}: has no audio")
        stream = container.streams.audio[0]
        return int(stream.codec_context.channels or 1)


def load_tracks(path: str | Path) -> Tracks:
    import av
    from faster_whisper.audio import decode_audio

    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: the recording file is missing")
    try:
        channels = _channel_count(path)
        if channels >= 2:
            left, right = decode_audio(str(path), sampling_rate=SAMPLE_RATE, split_stereo=True)
        else:
            left = right = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except AudioError:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise AudioError(f"{path.name}: cannot decode the recording ({reason})") from exc
    if len(left) == 0:
        raise AudioError(f"{path.name}: the recording holds no audio")
    duration_ms = len(left) * 1000 // SAMPLE_RATE
    if channels < 2:
        return Tracks((None,), [np.asarray(left, np.float32)], duration_ms, None)
    verdict = analyse(left, right, SAMPLE_RATE)
    if verdict.separate:
        return Tracks((0, 1), [left, right], duration_ms, verdict)
    if verdict.only_channel is not None:
        # Mixing in a channel of crosstalk or line noise would only dilute the speech.
        return Tracks((None,), [(left, right)[verdict.only_channel]], duration_ms, verdict)
    mixed = (left.astype(np.float32) + right.astype(np.float32)) * 0.5
    return Tracks((None,), [mixed], duration_ms, verdict)

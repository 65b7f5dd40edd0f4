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


def decode_audio(path: Path, split_stereo: bool = False) -> list[np.ndarray]:
    """The recording at 16 kHz as float32, one array per channel (left and right with
    ``split_stereo``, else one mixed down).

    Written into one array sized from the container's duration: faster-whisper's decoder keeps
    the whole recording three times over at its peak (int16 buffer, float32 copy, the division),
    ~700 MB for an hour of mono, which alone would take the worker past its memory budget.
    Damaged packets are skipped, as faster-whisper does.
    """
    import gc

    import av

    channels = 2 if split_stereo else 1
    with av.open(str(path), mode="r", metadata_errors="ignore") as container:
        stream = container.streams.audio[0]
        if stream.duration and stream.time_base:
            seconds = float(stream.duration * stream.time_base)
        else:
            seconds = container.duration / 1_000_000 if container.duration else 60.0
        out = np.empty((channels, int(seconds * SAMPLE_RATE) + SAMPLE_RATE), np.float32)
        filled = 0
        resampler = av.AudioResampler(format="s16", layout="stereo" if split_stereo else "mono", rate=SAMPLE_RATE)
        fifo = av.AudioFifo()

        def store(frames) -> None:
            nonlocal out, filled
            for frame in frames:
                block = frame.to_ndarray().reshape(-1, channels).T  # s16 is interleaved
                end = filled + block.shape[1]
                if end > out.shape[1]:  # the container under-stated its duration
                    grown = np.empty((channels, max(end, out.shape[1] * 5 // 4)), np.float32)
                    grown[:, :filled] = out[:, :filled]
                    out = grown
                np.multiply(block, 1 / 32768, out=out[:, filled:end], casting="unsafe")
                filled = end

        for frame in _frames(container):
            frame.pts = None  # resampled in groups: their timestamps do not matter
            fifo.write(frame)
            if fifo.samples >= 500_000:
                store(resampler.resample(fifo.read()))
        if fifo.samples:
            store(resampler.resample(fifo.read()))
        store(resampler.resample(None))  # flush
    del resampler, fifo
    gc.collect()  # PyAV's resampler holds native buffers until collected (faster-whisper #390)
    return [out[c, :filled] for c in range(channels)]


def _frames(container):
    import av

    frames = container.decode(audio=0)
    while True:
        try:
            yield next(frames)
        except StopIteration:
            return
        except av.error.InvalidDataError:
            continue


def load_tracks(path: str | Path) -> Tracks:
    import av

    path = Path(path)
    if not path.is_file():
        raise AudioError(f"{path}: the recording file is missing")
    try:
        channels = _channel_count(path)
        if channels >= 2:
            left, right = decode_audio(path, split_stereo=True)
        else:
            [left] = decode_audio(path)
            right = left
    except AudioError:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise AudioError(f"{path.name}: cannot decode the recording ({reason})") from exc
    if len(left) == 0:
        raise AudioError(f"{path.name}: the recording holds no audio")
    duration_ms = len(left) * 1000 // SAMPLE_RATE
    if channels < 2:
        return Tracks((None,), [left], duration_ms, None)
    verdict = analyse(left, right, SAMPLE_RATE)
    if verdict.separate:
        return Tracks((0, 1), [left, right], duration_ms, verdict)
    if verdict.only_channel is not None:
        # Mixing in a channel of crosstalk or line noise would only dilute the speech.
        return Tracks((None,), [(left, right)[verdict.only_channel]], duration_ms, verdict)
    # Mixed in place: the channels are not needed apart any more (an hour is 230 MB each).
    mixed = np.add(left, right, out=left)
    mixed *= 0.5
    return Tracks((None,), [mixed], duration_ms, verdict)

"""Kaldi-style log mel filter bank features, as CAM++ was trained on them.

A numpy port of what 3D-Speaker feeds its models: ``torchaudio.compliance.kaldi.fbank`` with its
defaults (25 ms Povey windows every 10 ms, DC offset removed, pre-emphasis 0.97, 512-point power
spectrum, 80 mel bins from 20 Hz to Nyquist, no dither, frames only where a whole window fits),
then the mean of each bin over the chunk subtracted (3D-Speaker's ``FBank(mean_nor=True)``).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

SAMPLE_RATE = 16000
N_MELS = 80
FRAME = 400  # 25 ms
SHIFT = 160  # 10 ms
N_FFT = 512
_EPS = np.finfo(np.float32).eps


def frame_count(samples: int) -> int:
    return 0 if samples < FRAME else 1 + (samples - FRAME) // SHIFT


@lru_cache(maxsize=1)
def _povey_window() -> np.ndarray:
    n = np.arange(FRAME, dtype=np.float64)
    return (0.5 - 0.5 * np.cos(2 * np.pi * n / (FRAME - 1))) ** 0.85


def _mel(freq):
    return 1127.0 * np.log(1.0 + np.asarray(freq, dtype=np.float64) / 700.0)


@lru_cache(maxsize=1)
def _mel_banks() -> np.ndarray:
    """(N_FFT // 2 + 1, N_MELS) triangular weights, linear in the mel domain (Kaldi's); the
    Nyquist bin gets no weight, as in Kaldi."""
    low, high = _mel(20.0), _mel(SAMPLE_RATE / 2)
    delta = (high - low) / (N_MELS + 1)
    left = low + delta * np.arange(N_MELS)[:, None]
    center, right = left + delta, left + 2 * delta
    mel = _mel(SAMPLE_RATE / N_FFT * np.arange(N_FFT // 2))[None, :]
    up = (mel - left) / (center - left)
    down = (right - mel) / (right - center)
    banks = np.maximum(0.0, np.minimum(up, down))
    return np.pad(banks, ((0, 0), (0, 1))).T.astype(np.float32)


def fbank(samples: np.ndarray) -> np.ndarray:
    """(frames, N_MELS) float32 features of 16 kHz mono samples in [-1, 1], mean-normalised."""
    wave = np.asarray(samples, dtype=np.float32)
    count = frame_count(len(wave))
    if count == 0:
        raise ValueError(f"{len(wave)} samples are fewer than one {FRAME}-sample frame")
    frames = np.lib.stride_tricks.sliding_window_view(wave, FRAME)[::SHIFT][:count].astype(np.float64)
    frames -= frames.mean(axis=1, keepdims=True)
    frames[:, 1:] -= 0.97 * frames[:, :-1]
    frames[:, 0] *= 1 - 0.97  # Kaldi pre-emphasis repeats the first sample before it
    frames *= _povey_window()
    power = np.abs(np.fft.rfft(frames, n=N_FFT)) ** 2
    feats = np.log(np.maximum(power.astype(np.float32) @ _mel_banks(), _EPS))
    return feats - feats.mean(axis=0, keepdims=True)

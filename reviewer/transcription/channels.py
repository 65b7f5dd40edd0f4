"""Does a two-channel recording carry a different voice on each channel?

Call-centre systems usually record the agent on one channel and the customer on the other;
other stereo files carry one mix on both channels. The recording itself tells: the same voice
on both channels gives strongly correlated waveforms (allowing for a small delay between two
microphones), while two people give unrelated waveforms, each channel carrying speech of its
own. A channel that only carries faint crosstalk from the other does not count as a voice.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FRAME_MS = 30
MAX_LAG_MS = 60  # delay between two microphones picking up one voice
SAME_SIGNAL_CORRELATION = 0.7
SILENCE_DBFS = -60.0  # frames quieter than this are silence whatever the recording level
ACTIVE_BELOW_PEAK_DB = 40.0  # ...and so are frames this far under the channel's loudest one
CROSSTALK_DB = 15.0  # a channel this much quieter than the other in a frame only hears crosstalk
MIN_VOICE_SECONDS = 0.5  # each channel needs this much speech of its own...
MIN_VOICE_SHARE = 0.05  # ...and this share of the time anyone speaks
ANALYSED_SECONDS = 120  # enough to decide; keeps the analysis cheap on hour-long calls


@dataclass(frozen=True)
class ChannelVerdict:
    separate: bool  # True: transcribe each channel on its own
    correlation: float  # strongest normalised cross-correlation of the waveforms within MAX_LAG_MS
    left_voice_s: float  # seconds in which each channel carries speech of its own
    right_voice_s: float
    reason: str
    only_channel: int | None = None  # the one channel with speech, when the other only has crosstalk


def _frame_energy_db(samples: np.ndarray, frame: int) -> np.ndarray:
    count = len(samples) // frame
    frames = samples[: count * frame].astype(np.float64).reshape(count, frame)
    return 10.0 * np.log10(np.mean(frames * frames, axis=1) + 1e-12)


def _max_correlation(left: np.ndarray, right: np.ndarray, max_lag: int) -> float:
    """Largest |normalised cross-correlation| over lags in [-max_lag, max_lag], via FFT."""
    l64 = left.astype(np.float64) - float(np.mean(left))
    r64 = right.astype(np.float64) - float(np.mean(right))
    norm = float(np.sqrt(np.dot(l64, l64) * np.dot(r64, r64)))
    if norm == 0.0:
        return 0.0
    size = 1 << int(np.ceil(np.log2(len(l64) + len(r64))))
    spectrum = np.fft.rfft(l64, size) * np.conj(np.fft.rfft(r64, size))
    xcorr = np.fft.irfft(spectrum, size)
    around_zero = np.concatenate([xcorr[: max_lag + 1], xcorr[-max_lag:]]) if max_lag else xcorr[:1]
    return float(np.max(np.abs(around_zero)) / norm)


def analyse(left: np.ndarray, right: np.ndarray, sample_rate: int = 16000) -> ChannelVerdict:
    """Decide from the audio whether ``left`` and ``right`` carry two different speakers."""
    n = min(len(left), len(right), ANALYSED_SECONDS * sample_rate)
    start = max(0, (min(len(left), len(right)) - n) // 2)  # the middle of long calls
    left, right = left[start : start + n], right[start : start + n]
    frame = max(1, sample_rate * FRAME_MS // 1000)
    if n < frame:
        return ChannelVerdict(False, 0.0, 0.0, 0.0, "too short to tell")

    correlation = _max_correlation(left, right, sample_rate * MAX_LAG_MS // 1000)
    if correlation >= SAME_SIGNAL_CORRELATION:
        return ChannelVerdict(False, correlation, 0.0, 0.0, "both channels carry the same signal")

    el, er = _frame_energy_db(left, frame), _frame_energy_db(right, frame)
    active_l = (el > SILENCE_DBFS) & (el > el.max() - ACTIVE_BELOW_PEAK_DB)
    active_r = (er > SILENCE_DBFS) & (er > er.max() - ACTIVE_BELOW_PEAK_DB)
    voice_l = active_l & (el > er - CROSSTALK_DB)
    voice_r = active_r & (er > el - CROSSTALK_DB)
    anyone = int((voice_l | voice_r).sum())
    seconds = FRAME_MS / 1000
    left_s, right_s = float(voice_l.sum() * seconds), float(voice_r.sum() * seconds)
    if anyone == 0:
        return ChannelVerdict(False, correlation, 0.0, 0.0, "silent recording")
    needed = max(MIN_VOICE_SECONDS, MIN_VOICE_SHARE * anyone * seconds)
    if left_s >= needed and right_s >= needed:
        return ChannelVerdict(True, correlation, left_s, right_s, "a different voice on each channel")
    only = 0 if left_s >= right_s else 1
    return ChannelVerdict(False, correlation, left_s, right_s, "only one channel carries speech", only)

"""Input devices through PortAudio (sounddevice), and what can go wrong with them.

sounddevice is imported on first use: it loads the PortAudio library, which may be missing, and
nothing else in Reviewer should fail or slow down because of that.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Callable

#: PortAudio error codes (portaudio.h) that mean "someone else has the device" or "no such device"
_PA_DEVICE_UNAVAILABLE = -9985
_PA_INVALID_DEVICE = -9996
_PA_INVALID_CHANNEL_COUNT = -9998
_PA_UNANTICIPATED_HOST_ERROR = -9999
_EBUSY = -16  # ALSA reports a busy device as host error -EBUSY

#: the rate Whisper listens at; recorded at it when the device allows, to keep files small
PREFERRED_SAMPLERATE = 16_000


class Problem(StrEnum):
    NO_PORTAUDIO = "no_portaudio"  # the PortAudio library (or sounddevice) is not installed
    NO_DEVICE = "no_device"  # no input device at all, or the chosen one is gone
    DEVICE_BUSY = "device_busy"  # another program holds the device
    DEVICE_FAILED = "device_failed"  # any other PortAudio error, or the device stopped sending
    FILE_FAILED = "file_failed"  # the recording file cannot be written


_MESSAGES = {
    Problem.NO_PORTAUDIO: "Recording is not available: the PortAudio library is not installed",
    Problem.NO_DEVICE: "No microphone or other input device was found",
    Problem.DEVICE_BUSY: "The input device is busy: another program is using it",
    Problem.DEVICE_FAILED: "The input device failed",
    Problem.FILE_FAILED: "The recording cannot be written",
}


class RecordingError(Exception):
    """Recording cannot start or go on. ``problem`` says which kind (the desktop app words it
    in the interface language); ``detail`` is the underlying reason, for the curious."""

    def __init__(self, problem: Problem, detail: str = ""):
        self.problem = problem
        self.detail = detail
        super().__init__(f"{_MESSAGES[problem]}: {detail}" if detail else _MESSAGES[problem])


def load_sounddevice():
    """The sounddevice module; RecordingError(NO_PORTAUDIO) when it or PortAudio is missing."""
    try:
        import sounddevice
    except OSError as exc:  # sounddevice raises OSError("PortAudio library not found")
        raise RecordingError(Problem.NO_PORTAUDIO, str(exc)) from exc
    except ImportError as exc:
        raise RecordingError(Problem.NO_PORTAUDIO, f"sounddevice is not installed ({exc})") from exc
    return sounddevice


def classify(exc: BaseException) -> RecordingError:
    """A PortAudio (or OS) error turned into the RecordingError a user can act on."""
    if isinstance(exc, RecordingError):
        return exc
    args = getattr(exc, "args", ())
    text = str(exc)
    code = args[1] if len(args) > 1 and isinstance(args[1], int) else None
    host_code = args[2][1] if len(args) > 2 and isinstance(args[2], tuple) and len(args[2]) > 1 else None
    lowered = text.lower()
    if code == _PA_DEVICE_UNAVAILABLE or host_code == _EBUSY or "busy" in lowered:
        return RecordingError(Problem.DEVICE_BUSY, text)
    if code in (_PA_INVALID_DEVICE, _PA_INVALID_CHANNEL_COUNT) or "querying device" in lowered:
        return RecordingError(Problem.NO_DEVICE, text)
    return RecordingError(Problem.DEVICE_FAILED, text)


@dataclass(frozen=True, slots=True)
class InputDevice:
    index: int
    name: str
    host_api: str
    max_channels: int
    default_samplerate: int
    is_default: bool


def input_devices() -> list[InputDevice]:
    """Every device that can record, the system's default first; empty when there is none.

    Raises RecordingError(NO_PORTAUDIO) when PortAudio is missing."""
    sd = load_sounddevice()
    try:
        devices = sd.query_devices()
        host_apis = sd.query_hostapis()
        default_input = _default_input(sd)
    except Exception as exc:  # PortAudioError; a broken host API must not break the form
        raise classify(exc) from exc
    found = [
        InputDevice(
            index=int(d["index"]),
            name=str(d["name"]),
            host_api=str(host_apis[d["hostapi"]]["name"]),
            max_channels=int(d["max_input_channels"]),
            default_samplerate=int(d["default_samplerate"] or 0),
            is_default=int(d["index"]) == default_input,
        )
        for d in devices
        if d["max_input_channels"] > 0
    ]
    return sorted(found, key=lambda d: (not d.is_default, d.index))


def _default_input(sd) -> int | None:
    device = sd.default.device[0]
    if device is None or device < 0:
        try:
            device = sd.query_devices(kind="input")["index"]
        except Exception:  # PortAudioError "Error querying device -1": there is none
            return None
    return int(device)


def rescan() -> bool:
    """Ask PortAudio for the devices again (a microphone plugged in since it started); False,
    doing nothing, while a device is recording (restarting PortAudio would cut it off)."""
    sd = load_sounddevice()
    if _open_streams or not hasattr(sd, "_terminate"):
        return False
    try:
        sd._terminate()  # sounddevice has no public call for this; both exist since 0.3
        sd._initialize()
    except Exception as exc:
        raise classify(exc) from exc
    return True


_open_streams = 0  # device streams not yet closed (see rescan)


class _Stream:
    """A sounddevice.InputStream that keeps the count of open streams."""

    def __init__(self, stream):
        global _open_streams
        self._stream = stream
        self.samplerate = stream.samplerate
        self._closed = False
        _open_streams += 1

    def start(self) -> None:
        self._stream.start()

    def stop(self) -> None:
        self._stream.stop()

    def close(self) -> None:
        global _open_streams
        if not self._closed:
            self._closed = True
            _open_streams -= 1
            self._stream.close()


class DeviceSource:
    """A real input device: ``open`` gives a sounddevice.InputStream of 16-bit samples."""

    def __init__(self, device: int | None = None, name: str = ""):
        self.device = device  # None: the system's default input
        self.name = name

    def open(self, callback: Callable[[Any, int, Any, Any], None], channels: int = 1):
        """An unstarted stream that calls ``callback(indata, frames, time, status)`` on
        PortAudio's thread; raises RecordingError."""
        sd = load_sounddevice()
        try:
            device = self.device if self.device is not None else _default_input(sd)
            if device is None:
                raise RecordingError(Problem.NO_DEVICE)
            samplerate = self._samplerate(sd, device, channels)
            return _Stream(sd.InputStream(
                device=device, samplerate=samplerate, channels=channels, dtype="int16", callback=callback
            ))
        except Exception as exc:
            raise classify(exc) from exc

    @staticmethod
    def _samplerate(sd, device: int, channels: int) -> int:
        try:
            sd.check_input_settings(device=device, channels=channels, dtype="int16",
                                    samplerate=PREFERRED_SAMPLERATE)
            return PREFERRED_SAMPLERATE
        except Exception:  # the device (a raw ALSA hw: one, say) cannot do 16 kHz: its own rate
            return int(sd.query_devices(device)["default_samplerate"]) or 48_000

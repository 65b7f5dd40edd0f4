"""Recording visits and test calls on the reviewer's own device (no Qt here)."""

from reviewer.recording.devices import (
    DeviceSource,
    InputDevice,
    Problem,
    RecordingError,
    classify,
    input_devices,
    load_sounddevice,
    rescan,
)
from reviewer.recording.recorder import Level, Recorder, RecordingResult, State
from reviewer.recording.virtual import VirtualSource

__all__ = [
    "DeviceSource",
    "InputDevice",
    "Level",
    "Problem",
    "Recorder",
    "RecordingError",
    "RecordingResult",
    "State",
    "VirtualSource",
    "classify",
    "input_devices",
    "load_sounddevice",
    "rescan",
]

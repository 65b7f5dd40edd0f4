"""Recording a visit or test call in the visit form: device, level meter, Record/Pause/Stop.

The recorder writes the file itself (reviewer.recording); this widget only drives it and polls
its clock and level ten times a second. Without PortAudio or a microphone it says so plainly and
stays out of the way: the rest of the form works as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.recording import DeviceSource, Problem, Recorder, RecordingError, State, input_devices
from reviewer.recording import rescan as rescan_devices
from reviewer.ui import style
from reviewer.ui.widgets import formatting
from reviewer.ui.widgets.itemdata import ChoiceBox

POLL_MS = 100
METER_FLOOR_DB = -60.0
PEAK_HOLD_MS = 1500


def _dot_icon(colour: str) -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(5, 5, 22, 22))
    painter.end()
    return QIcon(pixmap)


class LevelMeter(QWidget):
    """A horizontal bar of the input level (RMS) from -60 dBFS to 0, with the recent peak as a
    tick: green where speech should sit, amber when loud, red near clipping."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rms_db = METER_FLOOR_DB
        self.peak_db = METER_FLOOR_DB
        self._held_ms = 0
        self.setMinimumSize(120, 14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(220, 14)

    def set_level(self, rms_db: float, peak_db: float, elapsed_ms: int = POLL_MS) -> None:
        self.rms_db = max(METER_FLOOR_DB, rms_db)
        if peak_db >= self.peak_db or self._held_ms >= PEAK_HOLD_MS:
            self.peak_db, self._held_ms = max(METER_FLOOR_DB, peak_db), 0
        else:
            self._held_ms += elapsed_ms
        self.update()

    def reset(self) -> None:
        self.rms_db = self.peak_db = METER_FLOOR_DB
        self._held_ms = 0
        self.update()

    @staticmethod
    def colour(db: float) -> QColor:
        if db >= -3:
            return QColor("#c53030")
        if db >= -12:
            return QColor("#d69e2e")
        return QColor("#38a169")

    def _x(self, db: float) -> float:
        return (db - METER_FLOOR_DB) / -METER_FLOOR_DB * self.width()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(style.BORDER)
        painter.setBrush(QColor("#edf2f7"))
        painter.drawRoundedRect(rect, 3, 3)
        if self.rms_db > METER_FLOOR_DB:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(self.rms_db))
            painter.drawRoundedRect(QRectF(1, 1, max(2.0, self._x(self.rms_db) - 2), self.height() - 2), 2, 2)
        if self.peak_db > METER_FLOOR_DB:
            x = min(self.width() - 2.0, self._x(self.peak_db))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour(self.peak_db).darker(130))
            painter.drawRect(QRectF(x - 1, 1, 2, self.height() - 2))
        painter.end()


class RecorderWidget(QWidget):
    """Device choice, Record / Pause / Stop, the elapsed time and the level.

    ``path_provider`` is called when Record is pressed and returns the file to write (the visit
    form saves the visit first), or None to not record."""

    #: the file a recording is being written to
    recordingStarted = Signal(object)
    #: reviewer.recording.RecordingResult of a recording that was stopped
    recordingFinished = Signal(object)
    #: a recording could not start or broke off: the message shown
    recordingFailed = Signal(str)

    def __init__(self, path_provider: Callable[[], Path | None] | None = None, parent=None):
        super().__init__(parent)
        self.path_provider = path_provider
        self.recorder = None  # reviewer.recording.Recorder while recording
        self._extra_sources: list[tuple[str, object]] = []
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._build()
        self.refresh_devices()

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.device_box = ChoiceBox()
        self.device_box.setToolTip(self.tr("The microphone to record with"))
        self.device_box.setSizeAdjustPolicy(ChoiceBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.device_box.setMinimumContentsLength(18)
        self.rescan_button = QToolButton(autoRaise=True)
        self.rescan_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.rescan_button.setToolTip(self.tr("Look for microphones again (after plugging one in)"))
        self.rescan_button.clicked.connect(lambda: self.refresh_devices(rescan=True))

        self.record_button = QPushButton(_dot_icon("#e53e3e"), self.tr("Record"))
        self.record_button.setToolTip(self.tr("Start recording; the file is saved in the library as it is recorded"))
        self.record_button.clicked.connect(self.record)
        self.pause_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause),
                                        self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaStop),
                                       self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Finish the recording and attach it to the visit"))
        self.stop_button.clicked.connect(self.stop)
        self.state_label = QLabel(objectName="recorderState")
        self.elapsed_label = QLabel("0:00", objectName="recorderElapsed")
        self.elapsed_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00:00") + 6)
        self.elapsed_label.setToolTip(self.tr("Length of the recording so far"))
        self.meter = LevelMeter()
        self.meter.setToolTip(self.tr("Input level: speech should move the bar into the green, not the red"))
        self.message_label = QLabel(objectName="recorderMessage", wordWrap=True)
        self.message_label.hide()

        devices = QHBoxLayout()
        devices.setSpacing(4)
        devices.addWidget(self.device_box, 1)
        devices.addWidget(self.rescan_button)
        controls = QHBoxLayout()
        controls.setSpacing(6)
        for widget in (self.record_button, self.pause_button, self.stop_button):
            controls.addWidget(widget)
        controls.addSpacing(6)
        controls.addWidget(self.state_label)
        controls.addWidget(self.elapsed_label)
        controls.addWidget(self.meter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(devices)
        layout.addLayout(controls)
        layout.addWidget(self.message_label)
        self._show_state()

    # Devices --------------------------------------------------------------------------------

    def add_source(self, label: str, source) -> None:
        """Offer another source, such as a reviewer.recording.VirtualSource (tests, demos)."""
        self._extra_sources.append((label, source))
        self.refresh_devices()

    def refresh_devices(self, rescan: bool = False) -> None:
        if self.is_recording():
            return
        self.device_box.clear_choices()
        problem: RecordingError | None = None
        devices = []
        try:
            if rescan:
                rescan_devices()
            devices = input_devices()
        except RecordingError as exc:
            problem = exc
        for device in devices:
            label = f"{device.name} ({device.host_api})"
            if device.is_default:
                label = self.tr("%1 \u2014 system default").replace("%1", label)
            self.device_box.add_choice(label, DeviceSource(device.index, device.name))
        for label, source in self._extra_sources:
            self.device_box.add_choice(label, source)
        if problem is not None:
            self.show_error(problem)
        elif not devices:
            self._message(self.tr("No microphone was found. Connect one and press %1 to look again; everything "
                                  "else in the form works without it.").replace("%1", "\u27f3"),
                          error=not self._extra_sources)
        else:
            self._message("")
        if self.device_box.count() == 0:
            self.device_box.add_choice(self.tr("No input device"), None)
        self._show_state()

    def source(self):
        return self.device_box.value()

    # Recording ------------------------------------------------------------------------------

    def is_recording(self) -> bool:
        return self.recorder is not None

    def record(self) -> bool:
        """Start recording into the file the path provider gives; False when it did not start."""
        source = self.source()
        if self.is_recording() or source is None:
            return False
        path = self.path_provider() if self.path_provider is not None else None
        if path is None:
            return False
        recorder = Recorder(path, source)
        try:
            recorder.start()
        except RecordingError as exc:
            self.show_error(exc)
            self.recordingFailed.emit(self.message_label.text())
            return False
        self.recorder = recorder
        self._message("")
        self.meter.reset()
        self._timer.start()
        self._show_state()
        self.recordingStarted.emit(path)
        return True

    def toggle_pause(self) -> None:
        if self.recorder is None:
            return
        if self.recorder.state is State.PAUSED:
            self.recorder.resume()
        else:
            self.recorder.pause()
        self._show_state()

    def stop(self):
        """Finish the recording; emits recordingFinished and returns the RecordingResult (None
        when nothing was recording)."""
        recorder, self.recorder = self.recorder, None
        if recorder is None:
            return None
        self._timer.stop()
        result = recorder.stop()
        self.meter.reset()
        self.elapsed_label.setText(formatting.duration(result.duration_ms))
        if recorder.error is not None:
            self.show_error(recorder.error)
        self._show_state()
        self.recordingFinished.emit(result)
        return result

    def _poll(self) -> None:
        recorder = self.recorder
        if recorder is None:
            return
        level = recorder.level()
        self.meter.set_level(level.rms_db, level.peak_db)
        self.elapsed_label.setText(formatting.duration(recorder.elapsed_ms))
        if recorder.state is State.FAILED:
            error = recorder.error
            self.stop()  # keeps what was written
            self.recordingFailed.emit(self.message_label.text() if error else "")
        elif recorder.stalled:
            self._message(self.tr("The microphone has stopped sending sound. Check that it is still connected; "
                                  "what was recorded so far is kept."), error=True)
        elif self.message_label.isVisible() and not self.message_label.property("sticky"):
            self._message("")

    # Messages and state ---------------------------------------------------------------------

    def show_error(self, error) -> None:
        """Say what went wrong with recording (a reviewer.recording.RecordingError), in words."""
        texts = {
            Problem.NO_PORTAUDIO: self.tr("Recording is not available on this computer: the PortAudio sound "
                                          "library is not installed. Everything else in the form works."),
            Problem.NO_DEVICE: self.tr("No microphone was found, or the chosen one is gone. Connect one and "
                                       "press %1 to look again.").replace("%1", "\u27f3"),
            Problem.DEVICE_BUSY: self.tr("The microphone is busy: another program is using it. Close that "
                                         "program and press Record again."),
            Problem.DEVICE_FAILED: self.tr("The microphone could not be used: %1").replace("%1", error.detail),
            Problem.FILE_FAILED: self.tr("The recording could not be written: %1").replace("%1", error.detail),
        }
        self._message(texts[error.problem], error=True, sticky=True)
        self.message_label.setToolTip(str(error))

    def show_message(self, text: str, error: bool = True) -> None:
        """Show a message under the controls until the next recording starts."""
        self._message(text, error=error, sticky=True)

    def _message(self, text: str, error: bool = False, sticky: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("sticky", sticky and bool(text))
        colour = style.CRITICAL.name() if error else style.MUTED_TEXT.name()
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setToolTip("")
        self.message_label.setVisible(bool(text))

    def _show_state(self) -> None:
        recording = self.recorder is not None
        paused = recording and self.recorder.state is State.PAUSED
        self.device_box.setEnabled(not recording and self.source() is not None)
        self.rescan_button.setEnabled(not recording)
        self.record_button.setEnabled(not recording and self.source() is not None)
        self.pause_button.setEnabled(recording)
        self.stop_button.setEnabled(recording)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause))
        if paused:
            self.state_label.setText(self.tr("Paused"))
            self.state_label.setStyleSheet("color: #b7791f; font-weight: 600;")
        elif recording:
            self.state_label.setText("\u25cf " + self.tr("Recording"))
            self.state_label.setStyleSheet("color: #e53e3e; font-weight: 600;")
        else:
            self.state_label.setText("")
            self.state_label.setStyleSheet("")
        self.state_label.setVisible(recording)

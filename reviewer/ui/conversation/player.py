"""The player for a call's recording: play/pause, back and forward 5 s, speed, mute, and the
seek bar with the turns.

QtMultimedia is imported here only, and the conversation view imports this module when it first
shows a recording, so starting the app does not load the media back end. Without any sound
device (a server, a laptop with its sound off) Qt's FFmpeg back end still plays against the
clock: the position advances, the transcript follows, nothing is heard, and the bar says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout

from reviewer.ui.widgets import formatting
from reviewer.ui.widgets.itemdata import ChoiceBox
from reviewer.ui.resources import icon
from reviewer.ui.conversation.seek_bar import SeekBar, Segment
from reviewer.ui.conversation.waveform import WaveformLoader

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
SKIP_MS = 5_000


def key_text(keys: str) -> str:
    """A key as the user's language names it (Shift+Влево)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class TimeLabel(QLabel):
    """"position / length", or only the position when the player is squeezed."""

    def __init__(self, parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self._full = self._short = ""

    def set_time(self, position: str, length: str) -> None:
        self._full, self._short = f"{position} / {length}", position
        self.updateGeometry()
        self._fit()

    def full_text(self) -> str:
        return self._full

    def _width(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text) + 2 * self.margin() + 2

    def sizeHint(self) -> QSize:
        return QSize(self._width(self._full), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width(self._short), super().minimumSizeHint().height())

    def _fit(self) -> None:
        text = self._full if self.width() >= self._width(self._full) else self._short
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


class PlayerBar(QFrame):
    #: the position moved (playing, or after a seek), ms
    positionChanged = Signal(int)
    #: the user sent the player somewhere (seek bar, skip, a turn), ms
    seeked = Signal(int)
    #: playing (True) or paused/stopped (False)
    playingChanged = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent, objectName="playerBar")
        self.setStyleSheet("QFrame#playerBar { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }")
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._outputs_changed)
        self._path: Path | None = None
        self._position = 0
        self._pending_seek: int | None = None  # asked for while the file was still opening
        self._agent_channel = 0
        self.waveform = WaveformLoader(self)
        self.waveform.loaded.connect(self._waveform_loaded)
        # Decoded only once the reader stays on a call: arrowing through the list decodes nothing.
        self._waveform_timer = QTimer(self, singleShot=True, interval=300)
        self._waveform_timer.timeout.connect(lambda: self._path is not None and self.waveform.load(self._path))
        self._build()
        self.player.positionChanged.connect(self._player_moved)
        self.player.durationChanged.connect(self._duration_changed)
        self.player.playbackStateChanged.connect(self._state_changed)
        self.player.errorOccurred.connect(self._error)
        self.player.mediaStatusChanged.connect(self._status_changed)
        self._outputs_changed()
        self._set_usable(False)

    def _build(self) -> None:
        self.seek_bar = SeekBar()
        self.seek_bar.seekRequested.connect(self.seek)
        self.back_button = self._button("back-5", self.tr("Back 5 seconds (%1)").replace("%1", key_text("Shift+Left")))
        self.back_button.clicked.connect(lambda: self.skip(-SKIP_MS))
        self.play_button = self._button("play", self.tr("Play (%1)").replace("%1", key_text("Space")))
        self.play_button.setIconSize(QSize(24, 24))
        self.play_button.clicked.connect(self.toggle_play)
        self.forward_button = self._button("forward-5", self.tr("Forward 5 seconds (%1)").replace("%1", key_text("Shift+Right")))
        self.forward_button.clicked.connect(lambda: self.skip(SKIP_MS))
        self.time_label = TimeLabel(objectName="playerTime")
        self.time_label.setToolTip(self.tr("Position / length of the recording"))
        self.speed_box = ChoiceBox()
        for rate in SPEEDS:
            self.speed_box.add_choice(f"{rate:g}\u00d7", rate)
        self.speed_box.select(1.0)
        # As wide as "1.75×" and the arrow: Qt's combo box leaves room for icons it has none of.
        self.speed_box.setFixedWidth(max(self.speed_box.fontMetrics().horizontalAdvance(self.speed_box.itemText(i))
                                         for i in range(self.speed_box.count())) + 40)
        self.speed_box.setToolTip(self.tr("Playback speed (%1 faster, %2 slower)")
                                  .replace("%1", key_text("Ctrl+Up")).replace("%2", key_text("Ctrl+Down")))
        self.speed_box.setAccessibleName(self.tr("Playback speed"))
        self.speed_box.currentIndexChanged.connect(lambda _i: self.player.setPlaybackRate(self.speed_box.value()))
        self.mute_button = self._button("volume", self.tr("Mute"))
        self.mute_button.setCheckable(True)
        self.mute_button.toggled.connect(self._mute)
        self.notice_label = QLabel(objectName="playerNotice", wordWrap=True)
        self.notice_label.hide()

        controls = QHBoxLayout()
        controls.setSpacing(2)
        controls.addWidget(self.back_button)
        controls.addWidget(self.play_button)
        controls.addWidget(self.forward_button)
        controls.addSpacing(6)
        controls.addWidget(self.time_label)
        controls.addStretch(1)
        controls.addWidget(self.speed_box)
        controls.addWidget(self.mute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        layout.addWidget(self.seek_bar)
        layout.addLayout(controls)
        layout.addWidget(self.notice_label)

    def _button(self, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton(autoRaise=True)
        button.setIcon(icon(icon_name))
        button.setIconSize(QSize(20, 20))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # The recording --------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    def load(self, path: Path, duration_ms: int | None = None, agent_channel: int = 0) -> bool:
        """Open a recording, paused at its start; False (with the reason shown) when the file
        is missing. Loading the file already open keeps its position and state.
        ``agent_channel``: the agent's channel of a two-channel call, drawn in the upper lane."""
        path = Path(path)
        self._agent_channel = agent_channel
        if path == self._path and self.player.source().isValid():
            return True
        self.unload()
        self._path = path
        self.seek_bar.set_duration(duration_ms or 0)
        self._show_time(0)
        if not path.is_file():
            self._notice(self.tr("The recording is missing: %1").replace("%1", str(path)), error=True)
            return False
        self._notice("")
        self._outputs_changed()
        self.player.setSource(QUrl.fromLocalFile(str(path)))
        self._set_usable(True)
        self._waveform_timer.start()
        return True

    def unload(self) -> None:
        """Stop and let go of the file (another conversation is shown)."""
        self.player.stop()
        self.player.setSource(QUrl())
        self._waveform_timer.stop()
        self.waveform.cancel()
        self.seek_bar.set_waveform([])
        self._path = None
        self._position = 0
        self._pending_seek = None
        self.seek_bar.set_position(0)
        self._set_usable(False)

    def set_segments(self, segments: list[Segment]) -> None:
        self.seek_bar.set_segments(segments)

    def duration(self) -> int:
        return self.seek_bar.duration()

    def _waveform_loaded(self, path: str, peaks: list) -> None:
        if self._path is not None and Path(path) == self._path:
            self.seek_bar.set_waveform(peaks, self._agent_channel)

    def _set_usable(self, usable: bool) -> None:
        for widget in (self.seek_bar, self.back_button, self.play_button, self.forward_button, self.speed_box):
            widget.setEnabled(usable)

    # Playing --------------------------------------------------------------------------------

    def is_playing(self) -> bool:
        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def play(self) -> None:
        if self.player.source().isValid():
            self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def toggle_play(self) -> None:
        self.pause() if self.is_playing() else self.play()

    def position(self) -> int:
        return self._position

    def seek(self, ms: int) -> None:
        """Go to ``ms`` (clamped to the recording) because the user asked; emits seeked."""
        if not self.player.source().isValid():
            return
        ms = max(0, int(ms))
        if self.duration() > 0:
            ms = min(ms, self.duration())
        if self.player.mediaStatus() == QMediaPlayer.MediaStatus.LoadingMedia:
            self._pending_seek = ms  # the back end ignores a position before the file is open
        else:
            self.player.setPosition(ms)
        self._moved(ms)
        self.seeked.emit(ms)

    def skip(self, delta_ms: int) -> None:
        self.seek(self._position + delta_ms)

    def speed(self) -> float:
        return self.speed_box.value()

    def set_speed(self, rate: float) -> None:
        """One of SPEEDS; another rate picks the nearest."""
        self.speed_box.select(min(SPEEDS, key=lambda r: abs(r - rate)))

    def faster(self) -> None:
        self.speed_box.setCurrentIndex(min(len(SPEEDS) - 1, self.speed_box.currentIndex() + 1))

    def slower(self) -> None:
        self.speed_box.setCurrentIndex(max(0, self.speed_box.currentIndex() - 1))

    def toggle_mute(self) -> None:
        self.mute_button.toggle()

    def _mute(self, muted: bool) -> None:
        self.audio.setMuted(muted)
        self.mute_button.setIcon(icon("volume-muted" if muted else "volume"))
        tip = self.tr("Unmute") if muted else self.tr("Mute")
        self.mute_button.setToolTip(tip)
        self.mute_button.setAccessibleName(tip)

    # What the player says -------------------------------------------------------------------

    def _player_moved(self, ms: int) -> None:
        # After the end the back end may report 0 while stopped: keep the bar at the end.
        if self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            ms = self.duration() or ms
        self._moved(ms)

    def _moved(self, ms: int) -> None:
        if ms == self._position:
            return
        self._position = ms
        self.seek_bar.set_position(ms)
        self._show_time(ms)
        self.positionChanged.emit(ms)

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if self._pending_seek is not None and status != QMediaPlayer.MediaStatus.LoadingMedia:
            ms, self._pending_seek = self._pending_seek, None
            if status != QMediaPlayer.MediaStatus.InvalidMedia:
                self.player.setPosition(ms)

    def _duration_changed(self, ms: int) -> None:
        if ms > 0:
            self.seek_bar.set_duration(ms)
            self._show_time(self._position)

    def _show_time(self, ms: int) -> None:
        self.time_label.set_time(formatting.duration(ms), formatting.duration(self.duration()))

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setIcon(icon("pause" if playing else "play"))
        tip = (self.tr("Pause (%1)") if playing else self.tr("Play (%1)")).replace("%1", key_text("Space"))
        self.play_button.setToolTip(tip)
        self.play_button.setAccessibleName(tip)
        self.playingChanged.emit(playing)

    def _error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        name = self._path.name if self._path else ""
        self._notice(self.tr("Cannot play %1: %2").replace("%1", name).replace("%2", message), error=True)

    def _outputs_changed(self) -> None:
        """Follow the system's default output (headphones plugged in), and say when there is none."""
        self.audio.setDevice(QMediaDevices.defaultAudioOutput())
        if not self.notice_label.property("error"):
            self._notice("" if QMediaDevices.audioOutputs() else self.tr("No sound output: playing silently"))

    def _notice(self, text: str, error: bool = False) -> None:
        self.notice_label.setProperty("error", error and bool(text))
        self.notice_label.setStyleSheet("color: #c53030;" if error else "color: #718096;")
        self.notice_label.setText(text)
        self.notice_label.setToolTip(text)
        self.notice_label.setVisible(bool(text))

"""The player's seek bar: the recording as a strip with one lane per speaker, where each turn is
a block in its speaker's colour, the loudness of each channel behind them (reviewer.ui.conversation.waveform),
the silences and overtalk of the conversation metrics marked along its top, the part already
heard shaded, and a playhead.

A QAbstractSlider underneath (range 0..duration in ms), so the keyboard (arrows 5 s, Page Up/Down
30 s, Home/End) and screen readers work as on any slider. ``seekRequested`` is only emitted for
what the user does (click, drag, keys); the player moves the bar with ``set_position``.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QAbstractSlider, QToolTip

from reviewer.domain import SpeakerRole
from reviewer.ui import style
from reviewer.ui.widgets import formatting

#: Lanes from top to bottom; a lane is drawn only when the conversation has turns of that role.
LANE_ORDER = (SpeakerRole.AGENT, SpeakerRole.CUSTOMER, SpeakerRole.UNKNOWN, SpeakerRole.SYSTEM)

Segment = tuple[int, int, SpeakerRole]  # start ms, end ms, who speaks
Mark = tuple[int, int, str]  # start ms, end ms, MARK_SILENCE or MARK_OVERTALK (conversation metrics)
MARK_SILENCE = "silence"
MARK_OVERTALK = "overtalk"
MARK_COLOURS = {MARK_SILENCE: "#718096", MARK_OVERTALK: "#dd6b20"}
MARK_HEIGHT = 4  # the band at the top of the strip where marks are drawn and clicked


class SeekBar(QAbstractSlider):
    #: the user asked to go to this position (ms)
    seekRequested = Signal(int)

    HANDLE = 7  # radius of the playhead's knob; also the track's inset on each side
    STRIP_HEIGHT = 22

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOrientation(Qt.Orientation.Horizontal)
        self.setRange(0, 0)
        self.setSingleStep(5_000)
        self.setPageStep(30_000)
        self.setTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Position in the recording"))
        self._segments: list[Segment] = []
        self._lanes: list[SpeakerRole] = []
        self._peaks: list[list[float]] = []  # per channel, top half first
        self._strip: QPixmap | None = None  # the lanes and turns, redrawn only when they change
        self._marks: list[Mark] = []
        self.actionTriggered.connect(self._keyboard_action)

    # Content --------------------------------------------------------------------------------

    def set_duration(self, ms: int) -> None:
        self.setRange(0, max(0, int(ms)))
        self._strip = None
        self.update()

    def duration(self) -> int:
        return self.maximum()

    def set_segments(self, segments: list[Segment]) -> None:
        """The turns to show: (start ms, end ms, role)."""
        self._segments = [(int(s), int(max(e, s)), role) for s, e, role in segments]
        present = {role for _s, _e, role in self._segments}
        self._lanes = [role for role in LANE_ORDER if role in present]
        self._strip = None
        self.update()

    def set_marks(self, marks: list[Mark]) -> None:
        """Silences and overtalk to mark on the strip; clicking one seeks to its start."""
        self._marks = [(int(s), int(max(e, s)), kind) for s, e, kind in marks]
        self._strip = None
        self.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def mark_at(self, x: float, y: float) -> Mark | None:
        """The mark under a point of the widget: on the band above the lanes (a few pixels'
        slack either side, so a short overtalk can still be hit)."""
        track = self.track_rect()
        if not self._marks or self.maximum() <= 0 or not (0 <= y <= track.top() + MARK_HEIGHT + 2):
            return None
        for start, end, kind in self._marks:
            if self.x_of(start) - 3 <= x <= self.x_of(end) + 3:
                return (start, end, kind)
        return None

    def set_waveform(self, peaks: list[list[float]], top_channel: int = 0) -> None:
        """Channel peaks (0..1 per stretch of the recording); with two channels ``top_channel``
        is drawn in the upper half, the agent's lane, and the other one below."""
        peaks = [list(p) for p in peaks if p]
        if len(peaks) == 2 and top_channel == 1:
            peaks.reverse()
        self._peaks = peaks
        self._strip = None
        self.update()

    def has_waveform(self) -> bool:
        return bool(self._peaks)

    def segments(self) -> list[Segment]:
        return list(self._segments)

    def lanes(self) -> list[SpeakerRole]:
        return list(self._lanes)

    def set_position(self, ms: int) -> None:
        """Follow the player, unless the user is dragging the playhead."""
        if not self.isSliderDown():
            self.blockSignals(True)
            self.setValue(int(ms))
            self.blockSignals(False)
            self.update()

    # Geometry -------------------------------------------------------------------------------

    def track_rect(self) -> QRectF:
        height = min(self.STRIP_HEIGHT, self.height() - 6)
        return QRectF(self.HANDLE, (self.height() - height) / 2, max(1, self.width() - 2 * self.HANDLE), height)

    def ms_at(self, x: float) -> int:
        """The position under x (widget coordinates), clamped to the recording."""
        track = self.track_rect()
        if self.maximum() <= 0:
            return 0
        share = min(1.0, max(0.0, (x - track.left()) / track.width()))
        return int(round(share * self.maximum()))

    def x_of(self, ms: int) -> float:
        track = self.track_rect()
        if self.maximum() <= 0:
            return track.left()
        return track.left() + track.width() * min(1.0, max(0.0, ms / self.maximum()))

    def lane_rect(self, role: SpeakerRole) -> QRectF | None:
        """Where the lane of ``role`` is drawn; None when the conversation has no such turns."""
        if role not in self._lanes:
            return None
        track = self.track_rect().adjusted(0, 2, 0, -2)
        height = track.height() / len(self._lanes)
        i = self._lanes.index(role)
        return QRectF(track.left(), track.top() + i * height, track.width(), height)

    def sizeHint(self) -> QSize:
        return QSize(320, self.STRIP_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.STRIP_HEIGHT + 4)

    # Painting -------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        self._strip = None
        super().resizeEvent(event)

    def _paint_strip(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self.track_rect()
        path = QPainterPath()
        path.addRoundedRect(track, 4, 4)
        painter.fillPath(path, QColor("#edf2f7"))
        painter.setClipPath(path)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        lanes = {role: self.lane_rect(role) for role in self._lanes}
        scale = track.width() / self.maximum() if self.maximum() > 0 else 0
        for start, end, role in self._segments:
            lane = lanes[role]
            left = track.left() + start * scale
            colour = QColor(style.ROLE_COLOURS[role])
            if self._peaks:
                colour.setAlpha(70)  # a tint behind the waveform
            # At least a pixel, so a short "yes" still shows.
            painter.fillRect(QRectF(left, lane.top(), max(1.0, (end - start) * scale), lane.height()), colour)
        self._paint_waveform(painter, track)
        for start, end, kind in self._marks:
            left = track.left() + start * scale
            painter.fillRect(QRectF(left, track.top(), max(2.0, (end - start) * scale), MARK_HEIGHT),
                             QColor(MARK_COLOURS[kind]))
        painter.end()
        return pixmap

    def _paint_waveform(self, painter: QPainter, track: QRectF) -> None:
        if not self._peaks:
            return
        halves = len(self._peaks)
        height = (track.height() - 2) / halves
        columns = int(track.width())
        # Two channels are the agent (top) and the customer, as the lanes; one is everyone.
        colours = ([style.ROLE_COLOURS[SpeakerRole.AGENT], style.ROLE_COLOURS[SpeakerRole.CUSTOMER]]
                   if halves == 2 else [style.MUTED_TEXT])
        for channel, levels in enumerate(self._peaks):
            painter.setPen(QPen(colours[channel], 1))
            middle = track.top() + 1 + height * (channel + 0.5)
            count = len(levels)
            for x in range(columns):
                first = x * count // columns
                last = max(first + 1, (x + 1) * count // columns)
                half = max(levels[first:last]) * height / 2
                if half >= 0.5:
                    painter.drawLine(QPointF(track.left() + x + 0.5, middle - half),
                                     QPointF(track.left() + x + 0.5, middle + half))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._strip is None or self._strip.size() != self.size() * self.devicePixelRatioF():
            self._strip = self._paint_strip()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self.track_rect()
        if not self.isEnabled():
            painter.setOpacity(0.45)
        painter.drawPixmap(0, 0, self._strip)
        x = self.x_of(self.sliderPosition())
        # What has been heard: a light wash over the strip up to the playhead.
        heard = QRectF(track.left(), track.top(), x - track.left(), track.height())
        path = QPainterPath()
        path.addRoundedRect(track, 4, 4)
        painter.save()
        painter.setClipPath(path)
        painter.fillRect(heard, QColor(43, 108, 176, 40))
        painter.restore()
        border = style.ACCENT if self.hasFocus() else style.BORDER
        painter.setPen(QPen(border, 1))
        painter.drawPath(path)
        if self.maximum() > 0:
            painter.setPen(QPen(QColor("#1a202c"), 2))
            painter.drawLine(QPointF(x, track.top() - 2), QPointF(x, track.bottom() + 2))
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(QColor("#1a202c"))
            painter.drawEllipse(QPointF(x, track.top() - 1), self.HANDLE - 2, self.HANDLE - 2)
        painter.end()

    # Mouse and keyboard ---------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.maximum() <= 0:
            event.ignore()
            return
        mark = self.mark_at(event.position().x(), event.position().y())
        if mark is not None:  # a silence or an overtalk: go to where it begins
            self._seek_to(mark[0])
            event.accept()
            return
        self.setSliderDown(True)
        self._seek_to(self.ms_at(event.position().x()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        ms = self.ms_at(event.position().x())
        if self.isSliderDown():
            self._seek_to(ms)
        elif self.maximum() > 0:
            QToolTip.showText(event.globalPosition().toPoint(), self._tip(ms, event.position()), self)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.isSliderDown():
            self._seek_to(self.ms_at(event.position().x()))
            self.setSliderDown(False)
        event.accept()

    def _tip(self, ms: int, point) -> str:
        mark = self.mark_at(point.x(), point.y())
        if mark is None:
            return formatting.duration(ms)
        start, end, kind = mark
        what = self.tr("Silence of %1") if kind == MARK_SILENCE else self.tr("Overtalk of %1")
        return what.replace("%1", formatting.wait(end - start)) + " \u00b7 " + formatting.duration(start)

    def wheelEvent(self, event) -> None:
        event.ignore()  # scrolling past the player must not move the recording

    def _seek_to(self, ms: int) -> None:
        self.setSliderPosition(ms)
        self.update()
        self.seekRequested.emit(ms)

    def _keyboard_action(self, action: int) -> None:
        # The slider's position already moved by the key; its value follows after this signal.
        self.seekRequested.emit(self.sliderPosition())
        self.update()

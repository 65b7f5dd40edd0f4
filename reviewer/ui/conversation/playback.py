"""Playing a call beside its transcript: the turn being spoken is marked and kept in view, a
click on a turn plays from there, and the player's keyboard shortcuts.

The player bar (and with it QtMultimedia) is made the first time a recording is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QListView,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain.timeline import Timeline
from reviewer.ui.conversation.transcript import TurnsModel

SKIP_MS = 5_000


class Playback(QObject):
    #: the player's position after a seek (seek bar, keys, a clicked turn, the view's seek_to_*), ms
    seeked = Signal(int)

    def __init__(self, host: QWidget, slot: QVBoxLayout, transcript: QListView, model: TurnsModel):
        super().__init__(host)
        self._host = host
        self._slot = slot  # where the player bar goes
        self._transcript = transcript
        self._model = model
        self._timeline = Timeline([])
        self.bar = None  # PlayerBar, made for the first recording
        self.shortcuts: list[QShortcut] = []
        model.currentRowChanged.connect(self._repaint_rows)
        self._make_shortcuts()
        self._enable_shortcuts()

    # Shortcuts ------------------------------------------------------------------------------

    def _make_shortcuts(self) -> None:
        # Window-wide, so they work wherever the focus is; text fields keep the keys they type
        # with (Qt gives a line edit its space and Ctrl+arrows before any shortcut).
        def add(keys: str, description: str, slot, needs_audio: bool = True) -> QShortcut:
            shortcut = QShortcut(QKeySequence(keys), self._host, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.setWhatsThis(description)
            shortcut.setProperty("needsAudio", needs_audio)
            shortcut.setProperty("shortcutSection", "player")  # its heading in Help → Keyboard Shortcuts
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
            return shortcut

        self.play_shortcut = add("Space", self.tr("Play or pause the recording"), self._space)
        add("Shift+Left", self.tr("Back 5 seconds"), lambda: self.skip(-SKIP_MS))
        add("Shift+Right", self.tr("Forward 5 seconds"), lambda: self.skip(SKIP_MS))
        add("Ctrl+Left", self.tr("Previous turn (the start of this one when well into it)"),
            lambda: self.step_turn(-1), needs_audio=False)
        add("Ctrl+Right", self.tr("Next turn"), lambda: self.step_turn(1), needs_audio=False)
        add("Ctrl+Up", self.tr("Play faster"), lambda: self.bar.faster())
        add("Ctrl+Down", self.tr("Play slower"), lambda: self.bar.slower())

    def _enable_shortcuts(self) -> None:
        """Keys are left to the focused widget (space to the library table) when there is
        nothing to play or step through."""
        audio = self.has_audio()
        for shortcut in self.shortcuts:
            shortcut.setEnabled(audio if shortcut.property("needsAudio") else audio or self._model.rowCount() > 0)

    def _space(self) -> None:
        # A shortcut takes Space before a focused button or combo box would: give it back.
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus.isEnabled():
            focus.animateClick()
        elif isinstance(focus, QComboBox) and focus.isEnabled():
            focus.showPopup()
        else:
            self.toggle_play()

    # The recording --------------------------------------------------------------------------

    def has_audio(self) -> bool:
        """A recording is shown and can be played (its file is there)."""
        bar = self.bar
        return bar is not None and bar.path is not None and not bar.isHidden() and bar.play_button.isEnabled()

    def show_recording(self, path: Path | None, duration_ms: int | None, agent_channel: int = 0) -> None:
        """Load the recording (None: a chat, or a call without one) and the turns' timeline."""
        if path is None:
            if self.bar is not None:
                self.bar.unload()
                self.bar.hide()
        else:
            if self.bar is None:
                self._make_bar()
            self.bar.load(path, duration_ms, agent_channel)
            self.bar.show()
        self.turns_changed()

    def _make_bar(self) -> None:
        from reviewer.ui.conversation.player import PlayerBar  # QtMultimedia loads here, with the first call

        self.bar = PlayerBar(self._host)
        self.bar.positionChanged.connect(self._position_changed)
        self.bar.seeked.connect(self._seeked)
        self._slot.addWidget(self.bar)

    def turns_changed(self) -> None:
        """The transcript was (re)loaded or a turn corrected: new timeline, strip and marks."""
        turns = [self._model.turn(row) for row in range(self._model.rowCount())]
        self._timeline = Timeline(turns)
        if self.bar is not None:
            self.bar.set_segments([
                (t.start_ms, t.end_ms if t.end_ms is not None else t.start_ms, t.role)
                for t in turns if t.start_ms is not None
            ])
        self._model.set_current_row(None)
        if self.has_audio():
            self._mark(self.bar.position(), scroll=False)
        self._enable_shortcuts()

    def position(self) -> int | None:
        return self.bar.position() if self.has_audio() else None

    # Playing --------------------------------------------------------------------------------

    def toggle_play(self) -> None:
        if self.has_audio():
            self.bar.toggle_play()

    def skip(self, delta_ms: int) -> None:
        if self.has_audio():
            self.seek(self.bar.position() + delta_ms)

    def seek(self, ms: int) -> None:
        """Play from ``ms``; the turn there comes into view (see _seeked)."""
        if self.has_audio():
            self.bar.seek(ms)

    def seek_to_row(self, row: int) -> None:
        start = self._timeline.start_of(row)
        if start is not None:
            self.seek(start)

    def row_at(self, ms: int) -> int | None:
        return self._timeline.row_at(ms)

    def step_turn(self, step: int) -> None:
        """Ctrl+Left/Right: with a recording, to the previous/next turn's start (and select it);
        without, the selection moves a turn."""
        if self.has_audio() and len(self._timeline):
            here = self.bar.position()
            target = self._timeline.previous_start(here) if step < 0 else self._timeline.next_start(here)
            if target is None:
                return
            row = self._timeline.row_at(target)
            self.select_row(row)
            self.seek(target)
            return
        rows = self._model.rowCount()
        if rows:
            current = self._transcript.currentIndex()
            row = current.row() + step if current.isValid() else (0 if step > 0 else rows - 1)
            self.select_row(max(0, min(rows - 1, row)))

    def select_row(self, row: int | None) -> None:
        if row is None:
            return
        index = self._model.index(row)
        selection = self._transcript.selectionModel()
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
        self._transcript.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _position_changed(self, ms: int) -> None:
        self._mark(ms, scroll=True)

    def _seeked(self, ms: int) -> None:
        # Wherever the reader was, a seek shows the turn it went to (a clicked turn is in view).
        row = self._model.current_row
        if row is not None and not self._visible(row):
            self._transcript.scrollTo(self._model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.seeked.emit(ms)

    def _mark(self, ms: int, scroll: bool) -> None:
        """Mark the turn at ``ms`` (a bisection, not a scan) and keep it in view, unless the
        reader scrolled away from the last one: then the view stays where they are reading."""
        row = self._timeline.row_at(ms)
        if row == self._model.current_row:
            return
        follow = self._visible(self._model.current_row)
        self._model.set_current_row(row)
        if scroll and follow and row is not None and not self._fully_visible(row):
            self._transcript.scrollTo(self._model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)

    def _repaint_rows(self, *rows: int | None) -> None:
        for row in rows:
            if row is not None and row < self._model.rowCount():
                self._transcript.viewport().update(self._transcript.visualRect(self._model.index(row)))

    def _visible(self, row: int | None) -> bool:
        if row is None:
            return True
        return self._transcript.visualRect(self._model.index(row)).intersects(self._transcript.viewport().rect())

    def _fully_visible(self, row: int) -> bool:
        # Vertically: a card may be laid out a little wider than the viewport just after a resize.
        rect = self._transcript.visualRect(self._model.index(row))
        return rect.top() >= 0 and rect.bottom() <= self._transcript.viewport().height()

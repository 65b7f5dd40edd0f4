"""What a reviewer can do with turns in the transcript: correct a turn (F2, double-click),
give turns to the agent or the customer, put back the original, play from a turn, copy.

The corrections are saved by reviewer.ui.conversation.turn_editor (loaded when first used).
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QListView, QMenu, QMessageBox

from reviewer.domain import SpeakerRole, Turn
from reviewer.storage import Library
from reviewer.ui.widgets import formatting
from reviewer.ui.conversation.transcript import TimeRole, TurnsModel


class TurnActions(QObject):
    #: turns were corrected: their rows (already shown as saved)
    turnsChanged = Signal(list)
    #: "Play From Here" on this row
    playRequested = Signal(int)

    def __init__(self, library: Library, transcript: QListView, model: TurnsModel):
        super().__init__(transcript)
        self._library = library
        self._transcript = transcript
        self._model = model
        self._can_play = False

        def action(text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
            made = QAction(text, transcript)
            made.setProperty("shortcutSection", "transcript")  # its heading in Help → Keyboard Shortcuts
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                transcript.addAction(made)  # the keys work while the transcript has the focus
            made.triggered.connect(slot)
            return made

        self.play_action = action(self.tr("&Play From Here"), self._play, "Return")
        self.edit_action = action(self.tr("&Edit Turn…"), self.edit_current, "F2")
        self.agent_action = action(self.tr("Speaker: &Agent"), lambda: self.relabel_selected(SpeakerRole.AGENT))
        self.customer_action = action(self.tr("Speaker: &Customer"),
                                      lambda: self.relabel_selected(SpeakerRole.CUSTOMER))
        self.revert_action = action(self.tr("&Revert to Original"), self.revert_selected)
        self.copy_action = action(self.tr("&Copy"), self.copy_selected, QKeySequence.StandardKey.Copy)
        self.can_play = False
        #: more actions after the role ones, shown while enabled (the speaker roles bar's swap)
        self.extra_actions: list[QAction] = []

        transcript.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        transcript.customContextMenuRequested.connect(self._menu)
        transcript.doubleClicked.connect(lambda index: self.edit_row(index.row()))

    @property
    def can_play(self) -> bool:
        return self._can_play

    @can_play.setter
    def can_play(self, value: bool) -> None:
        """Set by the conversation view when a recording is loaded; without one Enter is left
        to the transcript."""
        self._can_play = value
        self.play_action.setEnabled(value)
        for action in self.edit_action, self.copy_action:
            action.setEnabled(True)  # they check the selection themselves

    # Which turns ----------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = sorted(index.row() for index in self._transcript.selectionModel().selectedRows())
        if not rows and self._transcript.currentIndex().isValid():
            rows = [self._transcript.currentIndex().row()]
        return rows

    def _menu(self, point: QPoint) -> None:
        index = self._transcript.indexAt(point)
        if not index.isValid():
            return
        # Right-clicking outside the selection acts on that turn alone, as in a file manager.
        selection = self._transcript.selectionModel()
        if not selection.isSelected(index):
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
        else:
            selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
        menu = self.build_menu()
        menu.exec(self._transcript.viewport().mapToGlobal(point))
        menu.deleteLater()
        self.can_play = self._can_play  # the keys work again whatever the menu disabled

    def build_menu(self) -> QMenu:
        rows = self.selected_rows()
        turns = [self._model.turn(r) for r in rows]
        self.play_action.setEnabled(self.can_play and len(rows) >= 1
                                    and turns[0].start_ms is not None)
        self.edit_action.setEnabled(len(rows) >= 1)
        self.agent_action.setEnabled(any(t.role is not SpeakerRole.AGENT for t in turns))
        self.customer_action.setEnabled(any(t.role is not SpeakerRole.CUSTOMER for t in turns))
        self.revert_action.setEnabled(any(_edited(t) for t in turns))
        self.copy_action.setEnabled(bool(rows))
        menu = QMenu(self._transcript)
        if self.can_play:
            menu.addAction(self.play_action)
            menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.agent_action)
        menu.addAction(self.customer_action)
        for extra in self.extra_actions:
            if extra.isEnabled():
                menu.addAction(extra)
        menu.addAction(self.revert_action)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        return menu

    # Doing it -------------------------------------------------------------------------------

    def _play(self) -> None:
        current = self._transcript.currentIndex()
        if self.can_play and current.isValid():
            self.playRequested.emit(current.row())

    def edit_current(self) -> None:
        current = self._transcript.currentIndex()
        if current.isValid():
            self.edit_row(current.row())

    def edit_row(self, row: int) -> Turn | None:
        """Open the turn editor on the turn in ``row``; returns the saved turn."""
        conversation = self._model.conversation
        if conversation is None or not 0 <= row < self._model.rowCount():
            return None
        from reviewer.ui.conversation.turn_editor import edit_turn_interactively

        saved = edit_turn_interactively(self._transcript.window(), self._library, conversation.id, self._model.turn(row))
        if saved is not None:
            self._show_saved({row: saved})
        return saved

    def relabel_selected(self, role: SpeakerRole) -> None:
        """Give the selected turns to ``role``, in one transaction; only these turns change."""
        conversation = self._model.conversation
        rows = [r for r in self.selected_rows() if self._model.turn(r).role is not role]
        if conversation is None or not rows:
            return
        from reviewer.storage.turn_edits import TurnEditError
        from reviewer.ui.conversation.turn_editor import relabel_turn

        try:
            with self._library.transaction():
                saved = {row: relabel_turn(self._library, conversation.id, self._model.turn(row), role) for row in rows}
        except (TurnEditError, sqlite3.Error) as exc:
            self._failed(exc)
            return
        self._show_saved(saved)

    def revert_selected(self) -> None:
        conversation = self._model.conversation
        rows = [r for r in self.selected_rows() if _edited(self._model.turn(r))]
        if conversation is None or not rows:
            return
        from reviewer.storage.turn_edits import TurnEditError

        try:
            with self._library.transaction():
                saved = {row: self._library.conversations.revert_turn(conversation.id, self._model.turn(row).index)
                         for row in rows}
        except (TurnEditError, sqlite3.Error) as exc:
            self._failed(exc)
            return
        self._show_saved(saved)

    def _show_saved(self, saved: dict[int, Turn]) -> None:
        for row, turn in saved.items():
            self._model.replace_turn(row, turn)
        self.turnsChanged.emit(sorted(saved))

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self._transcript.window(), self.tr("The turn was not changed"), str(error))

    def copy_selected(self) -> str:
        """The selected turns as text (time, speaker, words), to paste into a note or e-mail."""
        lines = []
        for row in self.selected_rows():
            turn = self._model.turn(row)
            time_text = self._model.data(self._model.index(row), TimeRole) or ""
            speaker = turn.speaker_name or formatting.role(turn.role).capitalize()
            lines.append(f"[{time_text}] {speaker}: {turn.text}" if time_text else f"{speaker}: {turn.text}")
        text = "\n".join(lines)
        if text:
            QApplication.clipboard().setText(text)
        return text


def _edited(turn: Turn) -> bool:
    return getattr(turn, "original_text", None) is not None or getattr(turn, "original_role", None) is not None

"""Correcting one turn: its text and who said it, with the machine transcript kept beside it.

``edit_turn_interactively`` opens the dialog; ``relabel_turn`` changes only the speaker (the
transcript's context menu). Both save through ``ConversationRepository.edit_turn`` /
``revert_turn``, which keep the original in the library so a correction can always be undone.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain import Channel, SpeakerRole, Turn
from reviewer.storage import Library
from reviewer.storage.settings import Setting
from reviewer.storage.turn_edits import TurnEditError
from reviewer.ui import style
from reviewer.ui.widgets import formatting


def reviewer_name(library: Library) -> str | None:
    """Who is editing: the library's reviewer_name setting, when set."""
    return library.setting(Setting.REVIEWER_NAME) or None


def relabel_turn(library: Library, conversation_id: int, turn: Turn, role: SpeakerRole) -> Turn:
    """Give this one turn to the agent, the customer or an unknown speaker; returns it as stored.

    The speaker's other turns keep their role. Raises TurnEditError when the turn is gone.
    """
    return library.conversations.edit_turn(conversation_id, turn.index, role=role, by=reviewer_name(library))


def edit_turn_interactively(parent: QWidget | None, library: Library, conversation_id: int, turn: Turn) -> Turn | None:
    """Open the turn editor; returns the turn as saved, or None when cancelled (or gone)."""
    stored = library.conversations.turn(conversation_id, turn.index)
    if stored is None:  # transcribed again since the view showed it
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("TurnEditorDialog", "Edit Turn"),
            QCoreApplication.translate(
                "TurnEditorDialog", "This turn is no longer in the conversation; it may have been transcribed again."
            ),
        )
        return None
    dialog = TurnEditorDialog(library, conversation_id, stored, parent)
    try:
        return dialog.saved_turn if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class TurnEditorDialog(QDialog):
    def __init__(self, library: Library, conversation_id: int, turn: Turn, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self._conversation_id = conversation_id
        self._turn = turn
        # What the transcript or import said: where "Revert to Original" goes back to.
        self._original_text = turn.original_text if turn.original_text is not None else turn.text
        self._original_role = turn.original_role if turn.original_role is not None else turn.role
        self.saved_turn: Turn | None = None
        conversation = library.conversations.get(conversation_id, with_turns=False)
        self._spoken = conversation is None or conversation.channel in (Channel.CALL, Channel.VISIT)
        self.setWindowTitle(self.tr("Edit Turn"))
        self._build()
        self._update_revert()

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        turn = self._turn
        self.heading = QLabel(self._heading_text(), wordWrap=True)
        self.heading.setStyleSheet("font-weight: 600;")

        self.text_edit = QPlainTextEdit(turn.text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self._height_for(turn.text, least=110, most=300))
        self.text_edit.textChanged.connect(self._text_changed)
        text_label = QLabel(self.tr("&Text:"))
        text_label.setBuddy(self.text_edit)

        self.role_group = QButtonGroup(self)
        roles = [
            (SpeakerRole.AGENT, self.tr("&Agent")),
            (SpeakerRole.CUSTOMER, self.tr("&Customer")),
            (SpeakerRole.UNKNOWN, self.tr("&Unknown")),
        ]
        if SpeakerRole.SYSTEM in (turn.role, self._original_role):  # a notice: keep it one
            roles.append((SpeakerRole.SYSTEM, self.tr("S&ystem")))
        self.role_buttons: dict[SpeakerRole, QRadioButton] = {}
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(self.tr("Speaker:")))
        for role, label in roles:
            button = QRadioButton(label)
            button.setStyleSheet(f"QRadioButton {{ color: {style.ROLE_COLOURS[role].name()}; font-weight: 600; }}")
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            role_row.addWidget(button)
        role_row.addStretch(1)
        self.role_buttons[turn.role].setChecked(True)
        self.role_group.buttonToggled.connect(self._update_revert)

        # The machine transcript (or the imported text), read-only, once the turn differs from it.
        self.original_box = QGroupBox(self._original_title())
        self.original_text = QPlainTextEdit(self._original_text, readOnly=True)
        self.original_text.setFixedHeight(self._height_for(self._original_text, least=50, most=140))
        self.original_text.setStyleSheet("QPlainTextEdit { background: #f7f8fa; color: #4a5568; }")
        self.original_role_label = QLabel(
            self.tr("Speaker: %1").replace("%1", formatting.role(self._original_role)), wordWrap=True
        )
        self.edited_label = QLabel(self._edited_text(), wordWrap=True)
        self.edited_label.setStyleSheet(f"color: {style.MUTED_TEXT.name()};")
        original_layout = QVBoxLayout(self.original_box)
        original_layout.addWidget(self.original_text)
        original_layout.addWidget(self.original_role_label)
        original_layout.addWidget(self.edited_label)
        self.original_box.setVisible(turn.edited)

        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet(f"color: {style.CRITICAL.name()}; font-weight: 600;")
        self.error_label.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the correction (Ctrl+Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.revert_button = self.buttons.addButton(
            self.tr("&Revert to Original"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.revert_button.setToolTip(self.tr("Put back the original text and speaker"))
        self.revert_button.setAutoDefault(False)
        self.revert_button.clicked.connect(self.revert)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter adds a line to the text; Ctrl+Enter saves (see keyPressEvent and eventFilter).
        self.text_edit.installEventFilter(self)

        hint = QLabel(self.tr("Ctrl+Enter saves. The original stays in the library and can be put back at any time."),
                      wordWrap=True)
        hint.setStyleSheet(f"color: {style.MUTED_TEXT.name()};")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(role_row)
        layout.addWidget(self.original_box)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # now that it is in this dialog
        self.resize(600, self.sizeHint().height())
        self.text_edit.setFocus()
        self.text_edit.moveCursor(self.text_edit.textCursor().MoveOperation.End)

    def _height_for(self, text: str, least: int, most: int) -> int:
        """Tall enough for the text at the dialog's width (about 70 characters a line), within reason."""
        lines = sum(1 + len(line) // 70 for line in text.split("\n"))
        return max(least, min(most, self.fontMetrics().lineSpacing() * (lines + 1) + 12))

    def _heading_text(self) -> str:
        turn = self._turn
        # Transcribed speakers are named after their role ("Agent"): show the role, translated.
        speaker = formatting.role(turn.role).capitalize()
        if turn.speaker_name and turn.speaker_name.casefold() != turn.role.value:
            speaker = f"{turn.speaker_name} ({formatting.role(turn.role)})"
        if turn.sent_at and not self._spoken:
            when = formatting.date_time(turn.sent_at)
        else:
            when = formatting.duration(turn.start_ms)
        return f"{speaker} · {when}" if when else speaker

    def _original_title(self) -> str:
        if self._spoken:
            return self.tr("Original transcript")
        return self.tr("Original text")

    def _edited_text(self) -> str:
        turn = self._turn
        if not turn.edited_at:
            return ""
        when = formatting.date_time(_local(turn.edited_at))
        if turn.edited_by:
            return self.tr("Edited by %1, %2").replace("%1", turn.edited_by).replace("%2", when)
        return self.tr("Edited %1").replace("%1", when)

    # Behaviour ------------------------------------------------------------------------------

    @staticmethod
    def _is_save_key(event: QKeyEvent) -> bool:
        return (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def eventFilter(self, watched, event) -> bool:
        # Caught before the text box, whatever it would make of Ctrl+Enter.
        if watched is self.text_edit and event.type() == QEvent.Type.KeyPress and self._is_save_key(event):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter from the speaker buttons or any other part of the dialog.
        if self._is_save_key(event):
            self.save()
            return
        super().keyPressEvent(event)

    def chosen_role(self) -> SpeakerRole:
        for role, button in self.role_buttons.items():
            if button.isChecked():
                return role
        return self._turn.role

    def _text_changed(self) -> None:
        self.error_label.setVisible(False)
        self._update_revert()

    def _update_revert(self) -> None:
        at_original = (self.text_edit.toPlainText() == self._original_text
                       and self.chosen_role() == self._original_role)
        self.revert_button.setEnabled(not at_original)

    def revert(self) -> None:
        """Put the original in the fields; Save stores it (Cancel keeps the correction)."""
        self.text_edit.setPlainText(self._original_text)
        self.role_buttons[self._original_role].setChecked(True)
        self.text_edit.setFocus()

    def save(self) -> None:
        text = self.text_edit.toPlainText()
        if not text.strip():
            self._show_error(self.tr("The text cannot be empty. Type what was said, or revert to the original."))
            self.text_edit.setFocus()
            return
        role = self.chosen_role()
        turn = self._turn
        repository = self._library.conversations
        try:
            if text == self._original_text and role == self._original_role:
                saved = repository.revert_turn(self._conversation_id, turn.index)
            else:
                saved = repository.edit_turn(
                    self._conversation_id,
                    turn.index,
                    text=text if text != turn.text else None,
                    role=role if role != turn.role else None,
                    by=reviewer_name(self._library),
                )
        except (TurnEditError, sqlite3.Error) as exc:
            self._show_error(self.tr("The turn was not saved: %1").replace("%1", str(exc)))
            return
        self.saved_turn = saved
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)


def _local(iso_utc: str) -> str:
    """A stored UTC time as this computer's local time, for showing."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso_utc).astimezone().isoformat()
    except ValueError:
        return iso_utc

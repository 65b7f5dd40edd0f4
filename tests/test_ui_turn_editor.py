"""The turn editor driven like a reviewer: type, Ctrl+Enter, pick a speaker, revert, cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.storage.conversations import ConversationFilter
from reviewer.storage.settings import Setting
from reviewer.ui.conversation.turn_editor import TurnEditorDialog, edit_turn_interactively, relabel_turn

AGENT, CUSTOMER, UNKNOWN = SpeakerRole.AGENT, SpeakerRole.CUSTOMER, SpeakerRole.UNKNOWN


@pytest.fixture
def call(library):
    """A mono call as transcribed: every turn "Unknown"; the reviewer's name is set."""
    library.set_setting(Setting.REVIEWER_NAME, "Marta Bērziņa")
    turns = [Turn("Good morning NordLamp Anna speaking", UNKNOWN, start_ms=1200, end_ms=4000),
             Turn("Hello my lamp arrived broken", UNKNOWN, start_ms=4200, end_ms=7000)]
    return library.conversations.add(
        Conversation(channel=Channel.CALL, source_name="call.wav", source_sha256="a" * 64, turns=turns)
    )


def open_dialog(qtbot, library, cid, index) -> TurnEditorDialog:
    dialog = TurnEditorDialog(library, cid, library.conversations.turn(cid, index))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def replace_text(qtbot, dialog, text: str) -> None:
    dialog.text_edit.setFocus()
    dialog.text_edit.selectAll()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.text_edit, text)


def found(library, words: str) -> list[int]:
    return [c.id for c in library.conversations.list(ConversationFilter(search=words))]


def test_type_and_ctrl_enter_saves_the_correction(qtbot, library, call):
    dialog = open_dialog(qtbot, library, call, 1)
    assert dialog.text_edit.toPlainText() == "Hello my lamp arrived broken"
    assert dialog.role_buttons[UNKNOWN].isChecked()
    assert not dialog.original_box.isVisible()  # nothing edited yet: no original to show
    assert not dialog.revert_button.isEnabled()
    assert dialog.heading.text() == "Unknown speaker · 0:04"
    replace_text(qtbot, dialog, "Hello, my lamp arrived cracked")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)  # Enter is a new line, not Save
    qtbot.keyClicks(dialog.text_edit, "Twice.")
    assert dialog.isVisible()
    assert dialog.revert_button.isEnabled()
    dialog.role_buttons[CUSTOMER].click()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = library.conversations.turn(call, 1)
    assert stored.text == "Hello, my lamp arrived cracked\nTwice."
    assert (stored.role, stored.original_role) == (CUSTOMER, UNKNOWN)
    assert stored.original_text == "Hello my lamp arrived broken"
    assert stored.edited_by == "Marta Bērziņa"
    assert dialog.saved_turn == stored
    assert library.conversations.turn(call, 0).role is UNKNOWN  # the other turn of that speaker kept its role
    assert found(library, "cracked") == [call] and found(library, "broken") == []


def test_empty_text_is_refused_with_a_message(qtbot, library, call):
    dialog = open_dialog(qtbot, library, call, 0)
    replace_text(qtbot, dialog, "   ")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)  # the keypad Enter
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "The text cannot be empty. Type what was said, or revert to the original."
    assert library.conversations.turn(call, 0).text == "Good morning NordLamp Anna speaking"
    qtbot.keyClicks(dialog.text_edit, "x")  # typing clears the message
    assert not dialog.error_label.isVisible()


def test_an_edited_turn_shows_its_original_and_reverts(qtbot, library, call):
    library.conversations.edit_turn(call, 0, text="Good morning, NordLamp, Anna speaking", role=AGENT,
                                    by="Marta Bērziņa")
    dialog = open_dialog(qtbot, library, call, 0)
    assert dialog.original_box.isVisible() and dialog.original_box.title() == "Original transcript"
    assert dialog.original_text.toPlainText() == "Good morning NordLamp Anna speaking"
    assert dialog.original_text.isReadOnly()
    assert dialog.original_role_label.text() == "Speaker: unknown speaker"
    assert dialog.edited_label.text().startswith("Edited by Marta Bērziņa, ")
    assert dialog.role_buttons[AGENT].isChecked() and dialog.revert_button.isEnabled()

    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    # Revert fills in the original; nothing is stored until Save.
    assert dialog.text_edit.toPlainText() == "Good morning NordLamp Anna speaking"
    assert dialog.role_buttons[UNKNOWN].isChecked() and not dialog.revert_button.isEnabled()
    assert library.conversations.turn(call, 0).edited
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    turn = library.conversations.turn(call, 0)
    assert (turn.text, turn.role, turn.speaker_name, turn.edited) == (
        "Good morning NordLamp Anna speaking", UNKNOWN, "Unknown", False)
    assert library.conn.execute("SELECT COUNT(*) FROM turn_edits").fetchone()[0] == 0
    assert found(library, "NordLamp Anna") == [call]


def test_cancel_keeps_the_turn_as_it_was(qtbot, library, call):
    dialog = open_dialog(qtbot, library, call, 1)
    replace_text(qtbot, dialog, "something else")
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert not library.conversations.turn(call, 1).edited and dialog.saved_turn is None


def test_a_turn_gone_since_the_dialog_opened_is_reported(qtbot, library, call):
    dialog = open_dialog(qtbot, library, call, 1)
    library.conversations.replace_turns(call, [Turn("Transcribed again", UNKNOWN, start_ms=0, end_ms=500)])
    replace_text(qtbot, dialog, "My correction")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        f"The turn was not saved: conversation #{call} has no turn 1 (its turns are 0 to 0)")


def _when_modal(qtbot, act) -> list:
    """Run act(widget) on the next modal window that opens (exec() blocks the test meanwhile)."""
    seen = []

    def poll():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(widget)
        act(widget)

    QTimer.singleShot(0, poll)
    return seen


def test_edit_turn_interactively_returns_the_saved_turn_or_none(qtbot, library, call):
    turn = library.conversations.turn(call, 1)

    def type_and_save(dialog):
        dialog.text_edit.setPlainText("My lamp arrived cracked")
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    seen = _when_modal(qtbot, type_and_save)
    saved = edit_turn_interactively(None, library, call, turn)
    assert isinstance(seen[0], TurnEditorDialog)
    assert saved.text == "My lamp arrived cracked" and saved.original_text == "Hello my lamp arrived broken"

    _when_modal(qtbot, lambda dialog: dialog.reject())
    assert edit_turn_interactively(None, library, call, saved) is None
    assert library.conversations.turn(call, 1).text == "My lamp arrived cracked"

    # A turn the view still shows but the library no longer has: a warning, no dialog, None.
    gone = Turn("old", UNKNOWN, index=5)
    said = []

    def read_and_close(box):
        said.append((type(box), box.text()))
        box.done(QMessageBox.StandardButton.Ok)

    _when_modal(qtbot, read_and_close)
    assert edit_turn_interactively(None, library, call, gone) is None
    assert said == [(QMessageBox, "This turn is no longer in the conversation; it may have been transcribed again.")]


def test_relabel_turn_changes_that_turn_only(library, call):
    turn = relabel_turn(library, call, library.conversations.turn(call, 0), AGENT)
    assert (turn.role, turn.speaker_name, turn.original_role) == (AGENT, "Agent", UNKNOWN)
    assert turn.edited_by == "Marta Bērziņa"
    assert library.conversations.turn(call, 1).role is UNKNOWN
    back = relabel_turn(library, call, turn, UNKNOWN)
    assert back.role is UNKNOWN and not back.edited


def test_a_chat_message_shows_its_time_and_original_text(qtbot, library):
    cid = library.conversations.add(Conversation(
        channel=Channel.CHAT, source_name="chat.txt", source_sha256="c" * 64,
        turns=[Turn("Sveiki", CUSTOMER, "Pēteris", sent_at="2026-10-06T10:14:05"),
               Turn("Labdien!", AGENT, "Ilze", sent_at="2026-10-06T10:14:40")]))
    library.conversations.edit_turn(cid, 0, text="Sveiki!")
    dialog = open_dialog(qtbot, library, cid, 0)
    assert dialog.heading.text() == "Pēteris (customer) · 2026-10-06 10:14"
    assert dialog.original_box.title() == "Original text" and dialog.original_text.toPlainText() == "Sveiki"
    assert dialog.edited_label.text().startswith("Edited ")

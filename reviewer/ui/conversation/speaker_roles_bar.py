"""The bar above the turns of a separated mono call: which speaker the agent is, what decided
it and how sure, and "Swap Agent and Customer" (also Ctrl+Shift+S while the transcript has the
focus) for when the machine got it the wrong way round.

The swap itself is a quick write (reviewer.storage.speaker_roles.swap_roles); feeding the
correction to the employee's voice profile decodes the recording, so it runs in a worker object
in its own QThread with its own library connection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from reviewer.domain import SpeakerRole
from reviewer.storage import speaker_roles


class ProfileUpdateWorker(QObject):
    #: error message, "" when none
    finished = Signal(str)

    def __init__(self, root: Path, conversation_id: int):
        super().__init__()
        self._root = root
        self._cid = conversation_id

    @Slot()
    def run(self) -> None:
        from reviewer.speakers.profiles import update_from_conversation
        from reviewer.storage import Library

        try:
            with Library.open(self._root) as library:
                update_from_conversation(library, self._cid)
        except Exception as exc:  # noqa: BLE001 - a profile not updated must not break the window
            self.finished.emit(f"{type(exc).__name__}: {exc}")
            return
        self.finished.emit("")


class SpeakerRolesBar(QWidget):
    #: the roles were swapped: the conversation's turns changed
    rolesSwapped = Signal(int)
    #: the voice profile was updated after a swap (error message, "" when none)
    profileUpdated = Signal(str)

    def __init__(self, library, parent=None, shortcut_target: QWidget | None = None):
        super().__init__(parent, objectName="speakerRolesBar")
        self._library = library
        self._cid: int | None = None
        self._thread: QThread | None = None
        self._worker: ProfileUpdateWorker | None = None
        self._pending: int | None = None
        self.label = QLabel(wordWrap=True)
        self.swap_button = QPushButton(self.tr("Swap Agent and Customer"))
        self.swap_button.setToolTip(self.tr("The machine took the wrong speaker for the agent: swap the roles"
                                            " of all their turns at once"))
        self.swap_button.clicked.connect(self.swap)
        self.swap_action = QAction(self.tr("Swap &Agent and Customer"), self)
        self.swap_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.swap_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.swap_action.setProperty("shortcutSection", "transcript")
        self.swap_action.triggered.connect(self.swap)
        if shortcut_target is not None:
            shortcut_target.addAction(self.swap_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.swap_button)
        self.setVisible(False)

    def cue_text(self, cue: str) -> str:
        texts = {
            "voice_profile": self.tr("voice profile"),
            "company_greeting": self.tr("greets with the company name"),
            "introduction": self.tr("introduces themself"),
            "offers_help": self.tr("offers help"),
            "company_name": self.tr("says the company name"),
            "customer_request": self.tr("the other speaker asks for something"),
            "service_phrase": self.tr("asks to wait or checks, as an agent does"),
            "addresses_customer": self.tr("says \"you\" and \"we\" where the other says \"I\""),
            "direction": self.tr("call direction"),
            "no_cue": self.tr("no cue, first speaker"),
            "reviewer": self.tr("set by a reviewer"),
        }
        return texts.get(cue, cue)

    def show_conversation(self, conversation_id: int | None) -> None:
        """Show the decision of a separated call; hidden for every other conversation."""
        self._cid = conversation_id
        rows = speaker_roles.load(self._library, conversation_id) if conversation_id is not None else []
        agents = [r for r in rows if r.role == SpeakerRole.AGENT]
        if not agents:
            self.setVisible(False)
            self.swap_action.setEnabled(False)
            return
        agent = agents[0]
        if agent.decided_by == speaker_roles.REVIEWER:
            text = self.tr("Agent: Speaker %1 — set by %2").replace("%1", str(agent.speaker)).replace(
                "%2", agent.reviewer or self.tr("a reviewer"))
        else:
            text = self.tr("Agent: Speaker %1 — %2, %3 % sure").replace("%1", str(agent.speaker)).replace(
                "%2", self.cue_text(agent.cue)).replace("%3", str(round(agent.confidence * 100)))
        self.label.setText(text)
        self.swap_action.setEnabled(True)
        self.setVisible(True)

    def swap(self) -> None:
        if self._cid is None or not self.swap_action.isEnabled():
            return
        from reviewer.ui.conversation.turn_editor import reviewer_name

        cid = self._cid
        try:
            speaker_roles.swap_roles(self._library, cid, reviewer_name(self._library))
        except speaker_roles.SpeakerRolesError as exc:
            QMessageBox.warning(self, self.tr("Swap Agent and Customer"), str(exc))
            return
        self.show_conversation(cid)
        self.rolesSwapped.emit(cid)
        self._update_profile(cid)

    def _update_profile(self, cid: int) -> None:
        if self._thread is not None:  # one at a time: measured again when this one is done
            self._pending = cid
            return
        thread = QThread(self)
        worker = ProfileUpdateWorker(self._library.root, cid)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.finished.connect(self._finished)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(str)
    def _finished(self, error: str) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self.profileUpdated.emit(error)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._update_profile(pending)

    def is_busy(self) -> bool:
        return self._thread is not None

    def wait(self, ms: int = 30_000) -> None:
        """Wait for a profile update still running (closing the window, tests)."""
        if self._thread is not None:
            self._thread.wait(ms)

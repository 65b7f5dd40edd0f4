"""The "Speakers: 2 ▾" control of a mono call: how many speakers separation looks for.

Choosing a count stores it for the conversation (conversations.speakers, m0023) and asks for
the call to be transcribed again (``retranscribeRequested``), which the transcription control
queues. Shown only for a call with a recording of one track, or one separated all the same
(two-channel calls are exact).
While the reviewer has set no count, it shows what separation found rather than the default it
looked for: with the default, one voice stays one speaker (separation.one_voice_if_same).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton

from reviewer.domain import Channel, Conversation, ConversationStatus
from reviewer.storage import speaker_counts

COUNTS = (1, 2, 3, 4, 5, 6)
DETECT = 0


class SpeakerCountButton(QToolButton):
    retranscribeRequested = Signal(int)  # conversation id

    def __init__(self, library, parent=None):
        super().__init__(parent, objectName="speakerCount")
        self._library = library
        self._cid: int | None = None
        self._value: int | None = None  # the count shown
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self._group = QActionGroup(self)
        self._group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)  # a count found past the menu
        self._actions: dict[int, QAction] = {}
        for value in (*COUNTS, DETECT):
            text = self.tr("Detect") if value == DETECT else str(value)
            action = QAction(text, self, checkable=True)
            action.setData(value)
            action.triggered.connect(lambda _checked=False, v=value: self.choose(v))
            self._group.addAction(action)
            menu.addAction(action)
            self._actions[value] = action
        self.setMenu(menu)
        self.hide()

    @staticmethod
    def applies_to(conversation: Conversation | None, found: int | None = None) -> bool:
        """A call with a one-track recording, or one that was separated all the same (a
        two-channel file whose channels carry the same audio is transcribed as one track)."""
        return (conversation is not None and conversation.channel == Channel.CALL
                and bool(conversation.recording_path) and ((conversation.audio_channels or 1) == 1 or bool(found)))

    def show_conversation(self, conversation: Conversation | None) -> None:
        self._cid = conversation.id if conversation is not None else None
        found = speaker_counts.found(self._library, conversation.id) if conversation is not None else None
        if not self.applies_to(conversation, found):
            self.hide()
            return
        stored = speaker_counts.stored(self._library, conversation.id)
        if found and stored is None:
            self._show_value(found, found=True)
        else:
            self._show_value(speaker_counts.DEFAULT_CALL_SPEAKERS if stored is None else stored)
        self.setEnabled(conversation.status != ConversationStatus.REVIEWED)
        self.show()

    def _show_value(self, value: int, found: bool = False) -> None:
        """Show ``value``: the count set (0: detect) or the default, or with ``found`` the
        speakers the last separation found."""
        self._value = value
        shown = self.tr("Detect") if value == DETECT else str(value)
        self.setText(self.tr("Speakers: %1").replace("%1", shown))
        if not found:
            tip = self.tr("How many people speak in this one-channel recording. "
                          "Choosing another number transcribes the call again.")
        elif value == 1:
            tip = self.tr("Separation heard one voice in this recording (no number of speakers was set). "
                          "Choosing a number transcribes the call again with that many speakers.")
        else:
            tip = self.tr("Separation found %1 speakers in this recording (no number of speakers was set). "
                          "Choosing a number transcribes the call again with that many speakers.").replace("%1", shown)
        self.setToolTip(tip)
        checked = self._group.checkedAction()
        if value in self._actions:
            self._actions[value].setChecked(True)
        elif checked is not None:
            checked.setChecked(False)

    def choose(self, value: int) -> None:
        """Store ``value`` (0: detect) for the shown conversation and ask to transcribe it again;
        nothing when it is the count shown (set, default, or found by separation)."""
        if self._cid is None:
            return
        if value == self._value:
            if value in self._actions:  # a click on the checked count unchecks it (ExclusiveOptional)
                self._actions[value].setChecked(True)
            return
        speaker_counts.set_stored(self._library, self._cid, value)
        self._show_value(value)
        self.retranscribeRequested.emit(self._cid)

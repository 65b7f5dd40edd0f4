"""The "Speakers: 2 ▾" control of a mono call: how many speakers separation looks for.

Choosing a count stores it for the conversation (conversations.speakers, m0023) and asks for
the call to be transcribed again (``retranscribeRequested``), which the transcription control
queues. Shown only for a call with a recording of one track (two-channel calls are exact).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QToolButton

from reviewer.domain import Channel, Conversation, ConversationStatus
from reviewer.storage import speaker_counts

COUNTS = (2, 3, 4, 5, 6)
DETECT = 0


class SpeakerCountButton(QToolButton):
    retranscribeRequested = Signal(int)  # conversation id

    def __init__(self, library, parent=None):
        super().__init__(parent, objectName="speakerCount")
        self._library = library
        self._cid: int | None = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(self.tr("How many people speak in this one-channel recording. "
                                "Choosing another number transcribes the call again."))
        menu = QMenu(self)
        self._group = QActionGroup(self)
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
    def applies_to(conversation: Conversation | None) -> bool:
        return (conversation is not None and conversation.channel == Channel.CALL
                and bool(conversation.recording_path) and (conversation.audio_channels or 1) == 1)

    def show_conversation(self, conversation: Conversation | None) -> None:
        self._cid = conversation.id if conversation is not None else None
        if not self.applies_to(conversation):
            self.hide()
            return
        stored = speaker_counts.stored(self._library, conversation.id)
        value = speaker_counts.DEFAULT_CALL_SPEAKERS if stored is None else stored
        self._show_value(value)
        self.setEnabled(conversation.status != ConversationStatus.REVIEWED)
        self.show()

    def _show_value(self, value: int) -> None:
        shown = self.tr("Detect") if value == DETECT else str(value)
        self.setText(self.tr("Speakers: %1").replace("%1", shown))
        if value in self._actions:
            self._actions[value].setChecked(True)

    def choose(self, value: int) -> None:
        """Store ``value`` (0: detect) for the shown conversation and ask to transcribe it again."""
        if self._cid is None:
            return
        current = speaker_counts.stored(self._library, self._cid)
        current = speaker_counts.DEFAULT_CALL_SPEAKERS if current is None else current
        if value == current:
            return
        speaker_counts.set_stored(self._library, self._cid, value)
        self._show_value(value)
        self.retranscribeRequested.emit(self._cid)

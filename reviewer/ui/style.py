"""Colours and the style sheet: one place, so every view speaks the same visual language."""

from __future__ import annotations

from PySide6.QtGui import QColor

from reviewer.domain import Channel, ConversationStatus, SpeakerRole
from reviewer.domain.replies import Speed
from reviewer.ui.resources import ICONS

ACCENT = QColor("#2b6cb0")
MUTED_TEXT = QColor("#718096")
BORDER = QColor("#e2e8f0")
BORDER_STRONG = QColor("#cbd5e0")  # around controls
CRITICAL = QColor("#c53030")  # a critical criterion failed
DONE = QColor("#2f855a")  # a finished job
PROGRESS = QColor("#3182ce")  # a progress bar's filled part...
PROGRESS_TRACK = QColor("#edf2f7")  # ...and the rest

# A speaker's colour: the bar and name of each turn, the legend in the header.
ROLE_COLOURS = {
    SpeakerRole.AGENT: QColor("#2b6cb0"),
    SpeakerRole.CUSTOMER: QColor("#c05621"),
    SpeakerRole.SYSTEM: QColor("#718096"),
    SpeakerRole.UNKNOWN: QColor("#805ad5"),
}
# The faint background of a turn, so that who speaks shows even in peripheral vision.
ROLE_BACKGROUNDS = {
    SpeakerRole.AGENT: QColor("#f0f6fd"),
    SpeakerRole.CUSTOMER: QColor("#fdf6f0"),
    SpeakerRole.SYSTEM: QColor("#f7f7f8"),
    SpeakerRole.UNKNOWN: QColor("#f6f3fc"),
}

STATUS_COLOURS = {
    ConversationStatus.NEEDS_TRANSCRIPTION: QColor("#d69e2e"),
    ConversationStatus.NEW: QColor("#3182ce"),
    ConversationStatus.TRANSCRIBED: QColor("#319795"),
    ConversationStatus.REVIEWED: QColor("#38a169"),
}

CHANNEL_ICONS = {Channel.CALL: "call", Channel.CHAT: "chat", Channel.EMAIL: "email", Channel.VISIT: "visit"}

SPEED_COLOURS = {
    Speed.GOOD: QColor("#2f855a"),
    Speed.SLOW: QColor("#b7791f"),
    Speed.TOO_SLOW: QColor("#c53030"),
}

SEARCH_HIT = QColor("#fefcbf")
SEARCH_CURRENT = QColor("#f6e05e")

# Style sheet images are file URLs: forward slashes on every platform.
_CHEVRON = (ICONS / "chevron-down.svg").as_posix()
_CHEVRON_DISABLED = (ICONS / "chevron-down-disabled.svg").as_posix()

STYLE_SHEET = """
QMainWindow, QDialog { background: #f7f8fa; }
QToolBar { background: #ffffff; border: none; border-bottom: 1px solid #e2e8f0; spacing: 4px; padding: 4px 6px; }
QToolBar QToolButton { padding: 4px 8px; border-radius: 5px; color: #2d3748; }
QToolBar QToolButton:hover { background: #edf2f7; }
QStatusBar { background: #ffffff; border-top: 1px solid #e2e8f0; color: #4a5568; }
QStatusBar::item { border: none; }
QTableView { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px;
             alternate-background-color: #fafbfc; selection-background-color: #dbeafe;
             selection-color: #1a202c; gridline-color: transparent; }
QTableView::item { padding: 0 6px; border: none; }
QHeaderView::section { background: #ffffff; color: #4a5568; font-weight: 600; border: none;
                       border-bottom: 1px solid #e2e8f0; padding: 6px 6px; }
QLineEdit, QComboBox, QDateEdit { background: #ffffff; border: 1px solid #cbd5e0; border-radius: 5px;
                                  padding: 4px 6px; min-height: 20px; }
QLineEdit:focus, QComboBox:focus, QDateEdit:focus { border-color: #3182ce; }
QLineEdit:disabled, QComboBox:disabled, QDateEdit:disabled { background: #f7fafc; color: #a0aec0;
                                                            border-color: #e2e8f0; }
QComboBox, QDateEdit { padding-right: 22px; }
QComboBox::drop-down, QDateEdit::drop-down { subcontrol-origin: border; subcontrol-position: center right;
                                             width: 22px; border: none; background: transparent; }
QComboBox::down-arrow, QDateEdit::down-arrow { image: url("@CHEVRON@"); width: 12px; height: 12px; }
QComboBox::down-arrow:disabled, QDateEdit::down-arrow:disabled { image: url("@CHEVRON_DISABLED@"); }
QComboBox::down-arrow:on { top: 1px; }
QComboBox QAbstractItemView { background: #ffffff; border: 1px solid #cbd5e0; outline: none;
                              selection-background-color: #dbeafe; selection-color: #1a202c; }
QPushButton { background: #ffffff; border: 1px solid #cbd5e0; border-radius: 5px; padding: 5px 12px; }
QPushButton:hover { background: #edf2f7; }
QPushButton:pressed { background: #e2e8f0; }
QPushButton:disabled { background: #f7fafc; color: #a0aec0; border-color: #e2e8f0; }
QPushButton:default { background: #2b6cb0; color: white; border-color: #2b6cb0; }
QPushButton:default:hover { background: #2c5282; border-color: #2c5282; }
QPushButton:default:pressed { background: #2a4365; border-color: #2a4365; }
QPushButton:default:disabled { background: #a3bfdc; color: #f0f5fa; border-color: #a3bfdc; }
QListView#transcript { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }
QFrame#conversationHeader { background: #ffffff; border: 1px solid #e2e8f0; border-radius: 6px; }
QLabel#conversationTitle { font-size: 15pt; font-weight: 600; color: #1a202c; }
QLabel#conversationFacts { color: #4a5568; }
QLabel#emptyState { color: #718096; font-size: 11pt; }
QLabel#filterCount { color: #4a5568; }
QProgressBar { border: 1px solid #cbd5e0; border-radius: 4px; background: #edf2f7; height: 14px;
               text-align: center; }
QProgressBar::chunk { background: #3182ce; border-radius: 3px; }
QSplitter::handle { background: transparent; }
QDockWidget { font-weight: 600; color: #2d3748; }
QDockWidget::title { background: #ffffff; border-top: 1px solid #e2e8f0; padding: 6px 10px; text-align: left; }
QDockWidget > QWidget { font-weight: normal; }
QLabel#jobsSummary { color: #4a5568; }
""".replace("@CHEVRON@", _CHEVRON).replace("@CHEVRON_DISABLED@", _CHEVRON_DISABLED)

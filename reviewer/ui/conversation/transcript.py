"""A conversation's turns as a list: who speaks (colour and label), when, and what they say."""

from __future__ import annotations

import html
from datetime import timedelta
from functools import lru_cache

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.domain.replies import Speed, reply_times, speed
from reviewer.search.query import Matcher
from reviewer.ui import style
from reviewer.ui.widgets import formatting
from reviewer.ui.widgets.itemdata import item_data

TurnRole = Qt.ItemDataRole.UserRole + 1
TimeRole = Qt.ItemDataRole.UserRole + 2  # the text shown as the turn's time
ReplyRole = Qt.ItemDataRole.UserRole + 3  # (milliseconds, Speed or None) for agent replies
MatchRole = Qt.ItemDataRole.UserRole + 4  # 0 no match, 1 a match, 2 the current match
CurrentRole = Qt.ItemDataRole.UserRole + 5  # True for the turn being played

NO_MATCH, MATCH, CURRENT_MATCH = 0, 1, 2

# The turn being played: a stronger tint of the speaker's background.
PLAYING_BACKGROUNDS = {
    SpeakerRole.AGENT: QColor("#d4e5f8"),
    SpeakerRole.CUSTOMER: QColor("#f8e0cc"),
    SpeakerRole.SYSTEM: QColor("#e6e8ec"),
    SpeakerRole.UNKNOWN: QColor("#e4dbf6"),
}
EDITED_COLOUR = QColor("#b7791f")  # the "edited" mark of a turn a person corrected


class TextMatcher(Matcher):
    """The library search's rule (reviewer.search.query), and also the text as typed anywhere
    in a turn (a time, part of a word), as Find did before."""

    def __init__(self, text: str):
        super().__init__(text)
        self._needle = text.strip().casefold()

    def matches(self, text: str) -> bool:
        return bool(self._needle) and (self._needle in text.casefold() or super().matches(text))

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = super().spans(text)
        if self._needle:
            folded, start = text.casefold(), 0
            # casefold() can change the length (ß -> ss): only trust positions when it does not.
            while len(folded) == len(text) and (at := folded.find(self._needle, start)) >= 0:
                found.append((at, at + len(self._needle)))
                start = at + len(self._needle)
        merged: list[tuple[int, int]] = []
        for begin, end in sorted(found):
            if merged and begin <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((begin, end))
        return merged


@lru_cache(maxsize=8)
def _matcher_for(query: str) -> TextMatcher:
    return TextMatcher(query)


def highlighted_html(text: str, spans: list[tuple[int, int]]) -> str:
    """The text as HTML with the spans marked in the search colour."""
    colour = style.SEARCH_CURRENT.name()
    parts, last = [], 0
    for begin, end in spans:
        parts.append(html.escape(text[last:begin]))
        parts.append(f'<span style="background-color:{colour}">{html.escape(text[begin:end])}</span>')
        last = end
    parts.append(html.escape(text[last:]))
    return "".join(parts)


class TurnsModel(QAbstractListModel):
    #: the turn being played moved from one row to another (None: no row); see set_current_row
    currentRowChanged = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._conversation: Conversation | None = None
        self._turns: list[Turn] = []
        self._times: list[str] = []
        self._texts: list[str] = []  # what is shown: e-mails reflowed
        self._replies: dict[int, tuple[int, Speed | None]] = {}
        self._matches: list[int] = []  # rows whose text contains the search
        self._current_match = -1
        self._current_row: int | None = None  # the turn being played
        self._rows: dict[int, int] = {}  # Turn.index -> row
        self.query = ""
        self._matcher = TextMatcher("")

    def highlight_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the current search matches in a turn's shown text."""
        return self._matcher.spans(text) if self.query else []

    def set_conversation(self, conversation: Conversation | None) -> None:
        self.beginResetModel()
        self._conversation = conversation
        self._turns = list(conversation.turns) if conversation else []
        self._times = [self._time_text(conversation, t) for t in self._turns] if conversation else []
        self._texts = [self._shown_text(t) for t in self._turns]
        self._rows = {t.index: row for row, t in enumerate(self._turns)}
        self._replies = self._reply_times()
        self._matches, self._current_match, self.query = [], -1, ""
        self._current_row = None
        self.endResetModel()

    def _shown_text(self, turn: Turn) -> str:
        is_email = self._conversation is not None and self._conversation.channel == Channel.EMAIL
        return formatting.reflow(turn.text) if is_email else turn.text

    def _reply_times(self) -> dict[int, tuple[int, Speed | None]]:
        conversation = self._conversation
        if not conversation or conversation.channel not in (Channel.CHAT, Channel.EMAIL):
            return {}
        return {index: (ms, speed(conversation.channel, ms)) for index, ms in reply_times(self._turns).items()}

    def replace_turn(self, row: int, turn: Turn) -> None:
        """Show a turn as corrected (its text or speaker); reply times follow a new speaker."""
        self._turns[row] = turn
        self._texts[row] = self._shown_text(turn)
        if self._conversation is not None and row < len(self._conversation.turns):
            self._conversation.turns[row] = turn
        replies = self._reply_times()
        if replies != self._replies:
            self._replies = replies
            self.dataChanged.emit(self.index(0), self.index(len(self._turns) - 1))
        else:
            self.dataChanged.emit(self.index(row), self.index(row))
        if self.query:
            self.search(self.query)

    def row_of(self, turn_index: int) -> int | None:
        """The row showing the turn with this Turn.index."""
        return self._rows.get(turn_index)

    # The turn being played ------------------------------------------------------------------

    @property
    def current_row(self) -> int | None:
        return self._current_row

    def set_current_row(self, row: int | None) -> None:
        """Mark the turn being played (CurrentRole). Announced by currentRowChanged, not
        dataChanged: on any dataChanged QListView lays out every row again (a thousand size
        hints for an hour-long call), and the mark changes no row's size."""
        if row == self._current_row:
            return
        old, self._current_row = self._current_row, row
        self.currentRowChanged.emit(old, row)

    @property
    def conversation(self) -> Conversation | None:
        return self._conversation

    def turn(self, row: int) -> Turn:
        return self._turns[row]

    def replies(self) -> dict[int, tuple[int, Speed | None]]:
        """Turn index -> (reply time in ms, how it compares with the standard)."""
        return dict(self._replies)

    @staticmethod
    def _time_text(conversation: Conversation, turn: Turn) -> str:
        """Calls: the offset into the recording. Chats and e-mails: the clock time the message
        was sent, with the day when it is not the day the conversation started."""
        start = formatting.parse_iso(conversation.started_at)
        if conversation.channel in (Channel.CALL, Channel.VISIT):
            return formatting.duration(turn.start_ms) if turn.start_ms is not None else ""
        sent = formatting.parse_iso(turn.sent_at)
        if sent is None and start is not None and turn.start_ms is not None:
            # Exports with times of day only: the conversation's date plus the offset.
            sent = start + timedelta(milliseconds=turn.start_ms)
        if sent is None:
            return turn.sent_at or formatting.duration(turn.start_ms)
        if start is not None and sent.date() == start.date():
            return sent.strftime("%H:%M:%S") if sent.second else sent.strftime("%H:%M")
        return sent.strftime("%Y-%m-%d %H:%M")

    # Search ---------------------------------------------------------------------------------

    def search(self, query: str) -> int:
        """Mark the turns that match ``query`` as the library search does (every word in its
        inflected forms or as a prefix, "phrases" exactly), or that contain it as typed; returns
        how many."""
        previous = self.current_match_row()
        self.query = query.strip()
        self._matcher = TextMatcher(self.query)
        self._matches = [row for row, text in enumerate(self._texts) if self._matcher.matches(text)]
        # Searching again for the same words (after a correction) stays at the same match.
        self._current_match = self._matches.index(previous) if previous in self._matches else (
            0 if self._matches else -1)
        self._changed_all()
        return len(self._matches)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_match(self) -> int:
        """Position of the current match among the matches (0-based), -1 when none."""
        return self._current_match

    def current_match_row(self) -> int | None:
        return self._matches[self._current_match] if self._current_match >= 0 else None

    def step_match(self, step: int) -> int | None:
        """Move to the next (+1) or previous (-1) match, wrapping around; returns its row."""
        if not self._matches:
            return None
        self._current_match = (self._current_match + step) % len(self._matches)
        self._changed_all()
        return self._matches[self._current_match]

    def _changed_all(self) -> None:
        if self._turns:
            self.dataChanged.emit(self.index(0), self.index(len(self._turns) - 1), [MatchRole])

    # Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._turns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._turns):
            return None
        row = index.row()
        turn = self._turns[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row]
        if role == TurnRole:
            return turn
        if role == TimeRole:
            return self._times[row]
        if role == ReplyRole:
            return self._replies.get(turn.index)
        if role == MatchRole:
            if row not in self._matches:
                return NO_MATCH
            return CURRENT_MATCH if self.current_match_row() == row else MATCH
        if role == CurrentRole:
            return row == self._current_row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(turn)
        return None

    @staticmethod
    def _tooltip(turn: Turn) -> str | None:
        lines = [turn.sent_at] if turn.sent_at else []
        original_text = getattr(turn, "original_text", None)
        original_role = getattr(turn, "original_role", None)
        if original_text is not None or original_role is not None:
            by = getattr(turn, "edited_by", None)
            lines.append(QCoreApplication.translate("TurnsModel", "Corrected by %1").replace("%1", by) if by
                         else QCoreApplication.translate("TurnsModel", "Corrected by a reviewer"))
            if original_role is not None:
                lines.append(QCoreApplication.translate("TurnsModel", "Speaker before: %1")
                             .replace("%1", formatting.role(original_role)))
            if original_text is not None:
                lines.append(QCoreApplication.translate("TurnsModel", "Text before: %1").replace("%1", original_text))
        return "\n".join(lines) or None


class TurnDelegate(QStyledItemDelegate):
    """Paints a turn as a card: a bar and name in the speaker's colour, the time on the right,
    the agent's reply time where it answers the customer, then the text wrapped to the width."""

    MARGIN_X, MARGIN_Y, PAD, BAR = 10, 4, 10, 4

    def __init__(self, view, parent=None):
        super().__init__(parent or view)
        self._view = view
        self._heights: dict[tuple[int, int, str], int] = {}

    def clear_cache(self) -> None:
        self._heights.clear()

    # Layout ---------------------------------------------------------------------------------

    def _text_width(self) -> int:
        return max(120, self._view.viewport().width() - 2 * self.MARGIN_X - 2 * self.PAD - self.BAR)

    def _document(self, text: str, query: str, font: QFont, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        body = highlighted_html(text, _matcher_for(query).spans(text) if query else [])
        doc.setHtml(f'<div style="white-space: pre-wrap; color:#1a202c">{body}</div>')
        doc.setTextWidth(width)
        return doc

    def _header_height(self, font: QFont) -> int:
        return QFontMetrics(self._bold(font)).height()

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return small

    @staticmethod
    def _name(turn: Turn) -> str:
        number = getattr(turn, "speaker", None)
        if number and turn.role == SpeakerRole.UNKNOWN:  # a separated mono call's speaker, role not known
            return QCoreApplication.translate("TurnDelegate", "Speaker %1").replace("%1", str(number))
        return formatting.speaker(turn.speaker_name, turn.role)

    @staticmethod
    def _role_shown(turn: Turn) -> bool:
        """The role beside a name, not after "Agent" (how a transcript names the agent)."""
        return formatting.own_name(turn.speaker_name, turn.role) is not None

    @staticmethod
    def _edited(turn: Turn) -> bool:
        return getattr(turn, "original_text", None) is not None or getattr(turn, "original_role", None) is not None

    def header_lines(self, index: QModelIndex, font: QFont, width: int) -> int:
        """2 when the name side and the time side of the header do not fit beside each other:
        the time and reply time then go on a line of their own, never over the name."""
        turn: Turn = item_data(index, TurnRole)
        if turn is None:
            return 1
        bold, small = QFontMetrics(self._bold(font)), QFontMetrics(self._small(font))
        left = bold.horizontalAdvance(self._name(turn)) + 8
        if self._role_shown(turn):
            left += small.horizontalAdvance(formatting.role(turn.role).upper()) + 8
        if self._edited(turn):
            left += small.horizontalAdvance("\u270e " + QCoreApplication.translate("TurnDelegate", "edited")) + 4
        # The time as it is drawn while playing (bold, after the play mark): no jump when it plays.
        right = bold.horizontalAdvance(item_data(index, TimeRole) or "") + bold.height() * 0.42 + 10
        reply = item_data(index, ReplyRole)
        if reply is not None:
            chip = QCoreApplication.translate("TurnDelegate", "reply %1").replace("%1", formatting.wait(reply[0]))
            right += small.horizontalAdvance(chip) + 14 + 12
        return 1 if left + 12 + right <= width else 2

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = self._text_width()
        text = item_data(index, Qt.ItemDataRole.DisplayRole) or ""
        turn = item_data(index, TurnRole)
        speaker = (turn.speaker_name, turn.role, self._edited(turn)) if turn is not None else None
        key = (index.row(), width, text, speaker, item_data(index, TimeRole), item_data(index, ReplyRole))
        if key not in self._heights:
            doc = self._document(text, "", option.font, width)
            header = self._header_height(option.font) * self.header_lines(index, option.font, width)
            self._heights[key] = int(2 * self.MARGIN_Y + 2 * self.PAD + header + 4 + doc.size().height())
        return QSize(width, self._heights[key])

    # Painting -------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        turn: Turn = item_data(index, TurnRole)
        if turn is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y)
        match = item_data(index, MatchRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        playing = bool(item_data(index, CurrentRole))
        colour = style.ROLE_COLOURS[turn.role]

        path = QPainterPath()
        path.addRoundedRect(card, 6, 6)
        background = style.ROLE_BACKGROUNDS[turn.role]
        if match == MATCH:
            background = style.SEARCH_HIT
        elif playing:
            background = PLAYING_BACKGROUNDS[turn.role]
        painter.fillPath(path, background)
        if selected or match == CURRENT_MATCH:
            painter.setPen(QPen(style.ACCENT if selected else QColor("#d69e2e"), 1.6))
        elif playing:
            painter.setPen(QPen(colour, 1.6))
        else:
            painter.setPen(QPen(style.BORDER, 1))
        painter.drawPath(path)
        # The turn being played has a wider bar: it catches the eye scrolling past.
        bar_width = self.BAR * 2 if playing else self.BAR
        bar = QPainterPath()
        bar.addRoundedRect(QRectF(card.left(), card.top(), bar_width + 2, card.height()), 3, 3)
        painter.setClipRect(QRectF(card.left(), card.top(), bar_width, card.height()))
        painter.fillPath(bar, colour)
        painter.setClipping(False)

        left = card.left() + self.BAR + self.PAD
        right = card.right() - self.PAD
        top = card.top() + self.PAD
        font = option.font
        bold, small = self._bold(font), self._small(font)
        line = QFontMetrics(bold).height()

        # Header: speaker name, role, time, reply time (the last two on a line of their own
        # when the card is too narrow for both).
        lines = self.header_lines(index, font, self._text_width())
        name = QFontMetrics(bold).elidedText(self._name(turn), Qt.TextElideMode.ElideRight, int(right - left))
        painter.setClipRect(QRectF(left, card.top(), right - left + 2, card.height()))  # a long role stays inside
        painter.setFont(bold)
        painter.setPen(colour)
        name_width = QFontMetrics(bold).horizontalAdvance(name)
        painter.drawText(QRectF(left, top, name_width + 2, line), Qt.AlignmentFlag.AlignVCenter, name)
        x = left + name_width + 8
        if self._role_shown(turn):
            role_text = formatting.role(turn.role).upper()
            painter.setFont(small)
            painter.setPen(style.MUTED_TEXT)
            role_width = QFontMetrics(small).horizontalAdvance(role_text)
            painter.drawText(QRectF(x, top, role_width + 2, line), Qt.AlignmentFlag.AlignVCenter, role_text)
            x += role_width + 8
        if self._edited(turn):
            # Corrected by a person: the tooltip tells what the transcript or import said.
            edited = "\u270e " + QCoreApplication.translate("TurnDelegate", "edited")
            painter.setFont(small)
            painter.setPen(EDITED_COLOUR)
            painter.drawText(QRectF(x, top, QFontMetrics(small).horizontalAdvance(edited) + 4, line),
                             Qt.AlignmentFlag.AlignVCenter, edited)

        time_text = item_data(index, TimeRole) or ""
        top += line * (lines - 1)
        painter.setFont(bold if playing else font)
        painter.setPen(colour if playing else style.MUTED_TEXT)
        time_width = QFontMetrics(painter.font()).horizontalAdvance(time_text)
        painter.drawText(
            QRectF(right - time_width - 2, top, time_width + 2, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            time_text,
        )
        if playing:
            # A small play mark before the time.
            size = line * 0.42
            mark_x = right - time_width - 8 - size
            mark_y = top + (line - size) / 2
            triangle = QPainterPath()
            triangle.moveTo(mark_x, mark_y)
            triangle.lineTo(mark_x + size * 0.9, mark_y + size / 2)
            triangle.lineTo(mark_x, mark_y + size)
            triangle.closeSubpath()
            painter.fillPath(triangle, colour)
            time_width += size + 8
        reply = item_data(index, ReplyRole)
        if reply is not None:
            ms, rating = reply
            chip_text = QCoreApplication.translate("TurnDelegate", "reply %1").replace("%1", formatting.wait(ms))
            painter.setFont(small)
            metrics = QFontMetrics(small)
            chip_width = metrics.horizontalAdvance(chip_text) + 14
            chip = QRectF(right - time_width - 12 - chip_width, top + (line - metrics.height() - 4) / 2,
                          chip_width, metrics.height() + 4)
            chip_colour = style.SPEED_COLOURS.get(rating, style.MUTED_TEXT)
            fill = QColor(chip_colour)
            fill.setAlpha(28)
            chip_path = QPainterPath()
            chip_path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.fillPath(chip_path, fill)
            painter.setPen(chip_colour)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, chip_text)

        # Body.
        text = item_data(index, Qt.ItemDataRole.DisplayRole) or ""
        doc = self._document(text, self._query(index), font, self._text_width())
        painter.translate(left, top + line + 4)
        doc.drawContents(painter)
        painter.restore()

    @staticmethod
    def _query(index: QModelIndex) -> str:
        model = index.model()
        return getattr(model, "query", "") if item_data(index, MatchRole) else ""

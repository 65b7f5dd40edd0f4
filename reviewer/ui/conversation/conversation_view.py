"""One conversation: what it is (header), who took part, the player for a call's recording, and
its turns with a search box."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole
from reviewer.domain.replies import Speed
from reviewer.domain.review import ReviewState
from reviewer.storage import Library
from reviewer.storage.reviews import ReviewFilter
from reviewer.storage.settings import Setting
from reviewer.ui.app import interface_language
from reviewer.ui import style
from reviewer.ui.widgets import formatting
from reviewer.metrics import metrics_for
from reviewer.ui.conversation.metrics_strip import MetricsStrip, marks_of
from reviewer.ui.conversation.speaker_count import SpeakerCountButton
from reviewer.ui.conversation.playback import Playback
from reviewer.ui.resources import icon
from reviewer.ui.conversation.transcript import TurnDelegate, TurnsModel
from reviewer.ui.conversation.turn_actions import TurnActions
from reviewer.ui.conversation.visit_facts import VisitFacts

SEPARATOR = " \u00b7 "


def unbroken(text: str) -> str:
    """HTML of ``text`` kept on one line: the header wraps between its parts, never inside one
    ("agent" alone on a line, "4 of" / "4")."""
    return f'<span style="white-space:nowrap">{text}</span>'


class ConversationView(QWidget):
    #: the player's position after a seek (a click on a turn, the seek bar, keys, seek_to_*), ms
    seeked = Signal(int)

    def __init__(self, library: Library, parent=None):
        super().__init__(parent)
        self._library = library
        self.turns_model = TurnsModel(self)
        self._build()
        self.playback = Playback(self, self.player_slot, self.transcript, self.turns_model)
        self.playback.seeked.connect(self.seeked)
        self.turn_actions = TurnActions(library, self.transcript, self.turns_model)
        self.turn_actions.turnsChanged.connect(self._turns_corrected)
        self.turn_actions.playRequested.connect(self.playback.seek_to_row)
        from reviewer.ui.conversation.speaker_roles_bar import SpeakerRolesBar

        self.speaker_roles_bar = SpeakerRolesBar(library, shortcut_target=self.transcript)
        self.speaker_roles_bar.rolesSwapped.connect(lambda _cid: self.reload())
        self._transcript_layout.insertWidget(1, self.speaker_roles_bar)
        self.turn_actions.extra_actions.append(self.speaker_roles_bar.swap_action)  # in the turns' menu too
        self.show_conversation(None)

    @property
    def player(self):
        """The player bar (reviewer.ui.conversation.player.PlayerBar), None until a recording was shown."""
        return self.playback.bar

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(objectName="conversationTitle", wordWrap=True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel(objectName="conversationFacts", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.people_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.replies_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.review_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.metrics_strip = MetricsStrip()
        self.speaker_count = SpeakerCountButton(self._library)  # mono calls: how many speakers
        header = QFrame(objectName="conversationHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(14, 10, 14, 10)
        header_layout.setSpacing(4)
        for label in (self.title_label, self.facts_label, self.people_label, self.replies_label, self.metrics_strip,
                      self.review_label):
            header_layout.addWidget(label)
        header_layout.insertWidget(header_layout.indexOf(self.people_label) + 1, self.speaker_count, 0,
                                   Qt.AlignmentFlag.AlignLeft)
        self.header = header

        self.find_box = QLineEdit(placeholderText=self.tr("Find in this conversation (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.find_box.textChanged.connect(self.find)
        self.find_box.installEventFilter(self)
        self.match_label = QLabel(objectName="filterCount")
        self.previous_button = QToolButton(autoRaise=True)
        self.previous_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.previous_button.clicked.connect(lambda: self.step_match(-1))
        self.next_button = QToolButton(autoRaise=True)
        self.next_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.next_button.clicked.connect(lambda: self.step_match(1))
        find_row = QHBoxLayout()
        find_row.setSpacing(4)
        find_row.addWidget(self.find_box, 1)
        find_row.addWidget(self.match_label)
        find_row.addWidget(self.previous_button)
        find_row.addWidget(self.next_button)

        self.transcript = QListView(objectName="transcript")
        self.transcript.setModel(self.turns_model)
        self.delegate = TurnDelegate(self.transcript)
        self.transcript.setItemDelegate(self.delegate)
        self.transcript.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.transcript.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.transcript.setResizeMode(QListView.ResizeMode.Adjust)
        self.transcript.setUniformItemSizes(False)
        self.transcript.setWordWrap(True)
        # Several turns at once: the scoring panel attaches the selection as evidence.
        self.transcript.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.transcript.verticalScrollBar().setSingleStep(24)
        self.transcript.clicked.connect(self._turn_clicked)
        self.turns_model.modelReset.connect(self.delegate.clear_cache)

        transcript_page = QWidget()
        transcript_layout = QVBoxLayout(transcript_page)
        transcript_layout.setContentsMargins(0, 0, 0, 0)
        transcript_layout.setSpacing(6)
        transcript_layout.addLayout(find_row)
        transcript_layout.addWidget(self.transcript, 1)
        self._transcript_layout = transcript_layout  # the speaker roles bar goes above the turns

        self.message_icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.message_label = QLabel(objectName="emptyState", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message_label.setMargin(12)
        message_page = QWidget()
        message_layout = QVBoxLayout(message_page)
        message_layout.addStretch(2)
        message_layout.addWidget(self.message_icon)
        message_layout.addWidget(self.message_label)
        message_layout.addStretch(3)
        self.message_page = message_page
        self.pages = QStackedWidget()
        self.pages.addWidget(transcript_page)
        self.pages.addWidget(message_page)
        self.transcript_page = transcript_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(header)
        self.player_slot = QVBoxLayout()  # the player bar goes here when a recording is shown
        self.player_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.player_slot)
        # A visit's facts and photos, between the player and the transcript (hidden otherwise).
        self.visit_facts = VisitFacts(self._library.root)
        self.visit_facts.hide()
        layout.addWidget(self.visit_facts)
        layout.addWidget(self.pages, 1)
        layout.addStretch(0)  # takes the room when a visit without turns hides the pages

    # Showing a conversation -----------------------------------------------------------------

    @property
    def conversation(self) -> Conversation | None:
        return self.turns_model.conversation

    def show_conversation(self, conversation_id: int | None) -> None:
        conversation = self._library.conversations.get(conversation_id) if conversation_id is not None else None
        self.find_box.blockSignals(True)
        self.find_box.clear()
        self.find_box.blockSignals(False)
        self.match_label.clear()
        self._show(conversation)
        if conversation is not None and conversation.turns:
            self.transcript.scrollToTop()

    def reload(self) -> None:
        """Read the shown conversation again (transcribed since, or corrected), keeping the
        selection, the scroll position, the search and the player where they are."""
        shown = self.conversation
        if shown is None:
            return
        fresh = self._library.conversations.get(shown.id)
        if fresh is None:  # deleted meanwhile
            self.show_conversation(None)
            return
        selected = self.selected_turn_indexes()
        current = self.transcript.currentIndex()
        current_turn = self.turns_model.turn(current.row()).index if current.isValid() else None
        scrolled = self.transcript.verticalScrollBar().value()
        query = self.turns_model.query
        self._show(fresh)
        if query:
            self.find(self.find_box.text())
        selection = self.transcript.selectionModel()
        for turn_index in selected:
            row = self.turns_model.row_of(turn_index)
            if row is not None:
                selection.select(self.turns_model.index(row), selection.SelectionFlag.Select)
        row = self.turns_model.row_of(current_turn) if current_turn is not None else None
        if row is not None:
            selection.setCurrentIndex(self.turns_model.index(row), selection.SelectionFlag.NoUpdate)
        self.transcript.verticalScrollBar().setValue(scrolled)

    def _show(self, conversation: Conversation | None) -> None:
        self.turns_model.set_conversation(conversation)
        if hasattr(self, "speaker_roles_bar"):
            self.speaker_roles_bar.show_conversation(conversation.id if conversation is not None else None)
        recording = None
        if conversation is not None and conversation.recording_path and conversation.channel in (
                Channel.CALL, Channel.VISIT):
            recording = self._library.recordings.path(conversation.recording_path)
        agent_channel = self._library.setting(Setting.AGENT_AUDIO_CHANNEL) if recording else 0
        self.playback.show_recording(recording, conversation.duration_ms if conversation else None,
                                     1 if agent_channel == 1 else 0)
        self.turn_actions.can_play = self.playback.has_audio()
        visit = self._library.visits.get(conversation.id) if conversation is not None else None
        if visit is not None:
            self.visit_facts.show_visit(visit, self._library.visits.late(conversation.id))
        self.visit_facts.setVisible(visit is not None)
        self.pages.show()
        if conversation is None:
            self.header.hide()
            self._message(self.tr("Select a conversation in the list to read it here."), "reviewer")
            return
        self.header.show()
        self.title_label.setText(conversation.title or conversation.source_name)
        self.speaker_count.show_conversation(conversation)
        self.facts_label.setText(self._facts(conversation))
        self._show_people_and_replies(conversation)
        review = self._review_summary(conversation)
        self.review_label.setText(review)
        self.review_label.setVisible(bool(review))
        if conversation.turns:
            self.pages.setCurrentWidget(self.transcript_page)
        elif visit is not None and conversation.status != ConversationStatus.NEEDS_TRANSCRIPTION:
            self.pages.hide()  # the shopper's report above is what there is to read
        elif conversation.status == ConversationStatus.NEEDS_TRANSCRIPTION:
            self._message(self._untranscribed(conversation), style.CHANNEL_ICONS[conversation.channel])
        else:
            self._message(self.tr("This conversation has no turns."), style.CHANNEL_ICONS[conversation.channel])

    def _message(self, text: str, icon_name: str) -> None:
        self.message_icon.setPixmap(icon(icon_name).pixmap(48, 48))
        self.message_label.setText(text)
        self.pages.setCurrentWidget(self.message_page)

    @staticmethod
    def _is_written(c: Conversation) -> bool:
        return c.channel in (Channel.CHAT, Channel.EMAIL)

    def _show_people_and_replies(self, c: Conversation) -> None:
        """A call's people and metrics on a line each; a chat's or e-mail's people and reply
        times share one line (with the facts above it, the header reads in two lines)."""
        figures = self._show_metrics(c)
        if self._is_written(c):
            self.people_label.hide()
            self.metrics_strip.hide()  # its one figure for these, unanswered messages, is on the line
            line = self._written_line(c, figures)
            self.replies_label.setText(line)
            self.replies_label.setToolTip(self._roles_tip(c))
            self.replies_label.setVisible(bool(line))
            return
        self.people_label.setText(self._people(c))
        self.people_label.setVisible(bool(c.turns))
        self.replies_label.hide()

    def _facts(self, c: Conversation) -> str:
        # One line at the default width in en, ru and lv: the status is left to the library row
        # and the review line (it wrapped alone onto a second line in Russian and Latvian).
        parts = [unbroken(html.escape(formatting.channel(c.channel)))]
        employee = html.escape(c.employee or self.tr("no employee"))
        if self._is_written(c) and c.employee and self._stands_for_agent(c):
            # The employee in the agent's colour: the line below leaves the agent out.
            employee = f"{self._dot(SpeakerRole.AGENT)} {employee}"
        parts.append(unbroken(employee))
        if c.started_at:
            parts.append(unbroken(html.escape(formatting.date_time(c.started_at))))
        length = formatting.conversation_length(c.channel, c.duration_ms)
        if length:
            parts.append(unbroken(html.escape(length)))
        if c.language:
            parts.append(unbroken(html.escape(formatting.language(c.language))))
        return SEPARATOR.join(parts)

    @staticmethod
    def _dot(role: SpeakerRole) -> str:
        return f'<span style="color:{style.ROLE_COLOURS[role].name()}">\u25cf</span>'

    @staticmethod
    def _people_shown(c: Conversation) -> list[tuple[str, SpeakerRole]]:
        people = list(c.participants.items())
        # System turns are grey and say "System" themselves: no chip for them beside real people.
        if any(role is not SpeakerRole.SYSTEM for _name, role in people):
            people = [(name, role) for name, role in people if role is not SpeakerRole.SYSTEM]
        return people

    def _stands_for_agent(self, c: Conversation) -> bool:
        """The conversation's employee is its one agent (so the agent needs no chip of its own)."""
        return sum(1 for _name, role in self._people_shown(c) if role is SpeakerRole.AGENT) <= 1

    def _people(self, c: Conversation) -> str:
        chips = []
        for name, role in self._people_shown(c):
            chip = f'{self._dot(role)} <b>{html.escape(formatting.speaker(name, role))}</b>'
            if formatting.own_name(name, role):  # not "Agent agent"
                chip += f' <span style="color:{style.MUTED_TEXT.name()}">{html.escape(formatting.role(role))}</span>'
            chips.append(unbroken(chip))
        return " &nbsp; ".join(chips)

    def _roles_tip(self, c: Conversation) -> str:
        """Who each coloured name is, for the written line's tooltip."""
        lines = [f"{formatting.speaker(name, role)}: {formatting.role(role)}" for name, role in self._people_shown(c)]
        if c.employee and self._stands_for_agent(c):
            lines.insert(0, f"{c.employee}: {formatting.role(SpeakerRole.AGENT)}")
        return "\n".join(dict.fromkeys(lines))

    def _written_line(self, c: Conversation, figures: dict | None) -> str:
        """A chat's or e-mail's people and replies on one line: each person's name in the colour
        of their role (the agent is the employee above, when there is one), the first reply,
        the slowest when it broke the standard, how many replies did, and messages left
        unanswered at the end."""
        parts = []
        leave_out_agent = bool(c.employee) and self._stands_for_agent(c)
        for name, role in self._people_shown(c):
            if role is SpeakerRole.AGENT and leave_out_agent:
                continue
            chip = f"{self._dot(role)} <b>{html.escape(formatting.speaker(name, role))}</b>"
            if role not in (SpeakerRole.AGENT, SpeakerRole.CUSTOMER) and formatting.own_name(name, role):
                chip += f' <span style="color:{style.MUTED_TEXT.name()}">{html.escape(formatting.role(role))}</span>'
            parts.append(chip)
        parts += self._reply_parts(c)
        left = (figures or {}).get("unanswered_at_end")
        if left:
            colour = style.SPEED_COLOURS[Speed.SLOW].name()
            parts.append(html.escape(self.tr("%1 unanswered at the end")).replace(
                "%1", f'<b style="color:{colour}">{left}</b>'))
        return SEPARATOR.join(unbroken(part) for part in parts)

    def _replies_summary(self, c: Conversation) -> str:
        """The reply times of a chat or e-mail ('' for other channels)."""
        if not self._is_written(c):
            return ""
        return SEPARATOR.join(unbroken(part) for part in self._reply_parts(c))

    def _reply_parts(self, c: Conversation) -> list[str]:
        replies = self.turns_model.replies()
        if not replies:
            if any(t.role is SpeakerRole.CUSTOMER for t in c.turns) and not any(
                t.role is SpeakerRole.AGENT for t in c.turns
            ):
                return [self._coloured(self.tr("The customer got no reply."), Speed.TOO_SLOW)]
            return []
        ordered = [replies[i] for i in sorted(replies)]
        first_ms, first_speed = ordered[0]
        slowest_ms, slowest_speed = max(ordered, key=lambda r: r[0])
        late = sum(1 for _ms, rating in ordered if rating not in (Speed.GOOD, None))
        parts = [self.tr("First reply %1").replace("%1", self._coloured(formatting.wait(first_ms), first_speed))]
        # The slowest only when it broke the standard (and was not the first: said once);
        # replies within the standard need no more words than their colour.
        if slowest_ms > first_ms and slowest_speed not in (Speed.GOOD, None):
            parts.append(self.tr("slowest %1").replace("%1", self._coloured(formatting.wait(slowest_ms), slowest_speed)))
        if late:
            parts.append(self.tr("%1 of %2 slow").replace("%1", str(late))
                         .replace("%2", str(len(ordered))))
        return parts

    def _review_summary(self, c: Conversation) -> str:
        """The latest submitted review: score, reviewer, day, and any critical failure."""
        reviews = getattr(self._library, "reviews", None)
        if reviews is None:
            return ""
        submitted = reviews.list(ReviewFilter(conversation_id=c.id, state=ReviewState.SUBMITTED))
        if not submitted:
            return ""
        review = submitted[-1]
        score = review.score()
        total = "\u2014" if score.total is None else f"{score.total:.0f}%"
        text = self.tr("Review %1 by %2 on %3").replace("%1", f"<b>{total}</b>").replace(
            "%2", html.escape(review.reviewer)).replace("%3", (review.submitted_at or "")[:10])
        failures = [f.criterion.title.get(interface_language()) for f in score.critical_failures]
        if failures:
            colour = style.CRITICAL.name()
            text += "  \u00b7  " + f'<b style="color:{colour}">' + html.escape(
                self.tr("Critical: %1").replace("%1", "; ".join(failures))) + "</b>"
        return text

    @staticmethod
    def _coloured(text: str, rating: Speed | None) -> str:
        colour = style.SPEED_COLOURS.get(rating, style.MUTED_TEXT).name()
        return f'<b style="color:{colour}">{html.escape(text)}</b>'

    def _untranscribed(self, c: Conversation) -> str:
        text = self.tr("This call has not been transcribed yet.")
        details = []
        if c.duration_ms is not None:
            details.append(self.tr("Recording of %1").replace("%1", formatting.duration(c.duration_ms)))
        if c.audio_channels == 2:
            left = self._library.setting(Setting.AGENT_AUDIO_CHANNEL) == 0
            details.append(self.tr("two channels, the agent on the left") if left
                           else self.tr("two channels, the agent on the right"))
        elif c.audio_channels == 1:
            details.append(self.tr("one channel"))
        if details:
            text += "\n" + ", ".join(details) + "."
        return text + "\n\n" + self.tr("Once it is transcribed, its turns appear here.")

    # Turns and playback ---------------------------------------------------------------------

    def selected_turn_indexes(self) -> list[int]:
        """Turn.index of the selected turns, in order (what the scoring panel attaches)."""
        rows = {index.row() for index in self.transcript.selectionModel().selectedRows()}
        return sorted(self.turns_model.turn(row).index for row in rows if row < self.turns_model.rowCount())

    def playback_ms(self) -> int | None:
        """Where the player is, ms; None when no recording is shown."""
        return self.playback.position()

    def seek_to_ms(self, ms: int) -> None:
        """Play from ``ms`` and bring the turn there into view (without a recording, only the
        latter)."""
        if self.playback.has_audio():
            self.playback.seek(ms)
        else:
            row = self.playback.row_at(ms)
            if row is not None:
                self.transcript.scrollTo(self.turns_model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)

    def seek_to_turn(self, index: int) -> None:
        """Select the turn with this Turn.index, show it, and play from it when there is audio."""
        row = self.turns_model.row_of(index)
        if row is None:
            return
        self.playback.select_row(row)
        self.transcript.scrollTo(self.turns_model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.playback.seek_to_row(row)

    def _turn_clicked(self, index) -> None:
        # A plain click plays from the turn; Ctrl and Shift clicks only select.
        if index.isValid() and QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            self.playback.seek_to_row(index.row())

    def _turns_corrected(self, rows: list[int]) -> None:
        conversation = self.conversation
        if conversation is None:
            return
        self.playback.turns_changed()
        self._show_people_and_replies(conversation)  # the correction made the figures stale: measured again

    def _show_metrics(self, conversation: Conversation) -> dict | None:
        """The metrics strip in the header and the marks on the seek bar; returns the figures."""
        figures = metrics_for(self._library, conversation.id)
        self.metrics_strip.show_figures(figures, conversation.channel)
        bar = self.playback.bar
        if bar is not None:
            bar.seek_bar.set_marks(marks_of(figures) if self.playback.has_audio() else [])
        return figures

    # Search ---------------------------------------------------------------------------------

    def find(self, text: str) -> int:
        """Highlight the turns that contain ``text`` and show the first; returns how many."""
        if self.find_box.text() != text:
            self.find_box.blockSignals(True)
            self.find_box.setText(text)
            self.find_box.blockSignals(False)
        count = self.turns_model.search(text)
        self._show_match()
        return count

    def step_match(self, step: int) -> None:
        self.turns_model.step_match(step)
        self._show_match()

    def _show_match(self) -> None:
        model = self.turns_model
        if not model.query:
            self.match_label.clear()
        elif not model.match_count:
            self.match_label.setText(self.tr("no matches"))
        else:
            self.match_label.setText(
                self.tr("%1 of %2").replace("%1", str(model.current_match + 1)).replace("%2", str(model.match_count))
            )
        row = model.current_match_row()
        if row is not None:
            self.transcript.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.transcript.viewport().update()

    def focus_find(self) -> None:
        self.find_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.find_box and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step_match(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.find_box.clear()
                return True
        return super().eventFilter(watched, event)

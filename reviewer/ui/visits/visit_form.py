"""The visit form: what a mystery shopper logs about a visit or a test call, its photos and
audio, and the recorder.

A new visit is stored when it is first saved, or as soon as something needs it to exist (a
photo added, a recording started); from then on every change is saved half a second after
the typing stops, so closing the window loses nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain import Channel
from reviewer.domain.visit import Persona, Visit, VisitError, is_late
from reviewer.storage import Library
from reviewer.storage.settings import Setting
from reviewer.ui import style
from reviewer.ui.widgets import formatting
from reviewer.ui.visits.recorder_widget import RecorderWidget
from reviewer.ui.visits.visit_attachments import AttachmentsBox
from reviewer.ui.visits.visit_fields import DurationEdit, FormProblem, KindChoice, PersonaBox, photo_times_html

AUTOSAVE_MS = 600
TIME_FORMAT = "yyyy-MM-ddTHH:mm"


class VisitForm(QWidget):
    #: the visit was stored (created or changed, attachments too): its conversation id
    saved = Signal(int)

    def __init__(self, library: Library, conversation_id: int | None = None, channel: Channel = Channel.VISIT,
                 parent=None):
        super().__init__(parent)
        self._library = library
        self._cid = conversation_id
        self._visit: Visit | None = None  # as last loaded or saved, with its attachments
        self._submitted_at: str | None = None  # the first submission of a review of it (lateness)
        self._invalid: QWidget | None = None  # the field outlined as wrong
        self._loading = False
        self._dirty = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self.setAcceptDrops(True)
        self._build()
        if conversation_id is not None:
            self.load(conversation_id)
        else:
            self._loading = True
            self._set_channel(channel)
            self.when_edit.setDateTime(QDateTime.currentDateTime())
            self.shopper_edit.setText(library.setting(Setting.REVIEWER_NAME) or "")
            self._loading = False
            self._refresh()

    @property
    def conversation_id(self) -> int | None:
        return self._cid

    # Layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(objectName="conversationTitle", wordWrap=True)
        self.rule_label = QLabel(objectName="visitRule", wordWrap=True)
        self.rule_label.setText(self.tr("Every \u201cno\u201d in the scoring needs a comment saying what happened "
                                        "(the mystery shopping standard)."))

        self.kind = KindChoice()
        self.visit_radio, self.call_radio = self.kind.visit_radio, self.kind.call_radio
        self.when_edit = QDateTimeEdit(calendarPopup=True, displayFormat="yyyy-MM-dd  HH:mm")
        self.photo_times_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.branch_edit = QLineEdit(placeholderText=self.tr("Shop or office"))
        self.address_edit = QLineEdit(placeholderText=self.tr("Street, town"))
        self.employee_edit = QLineEdit(placeholderText=self.tr("Name, if you saw or heard it"))
        completer = QCompleter(self._library.employees(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.employee_edit.setCompleter(completer)
        self.description_edit = QLineEdit(placeholderText=self.tr("Otherwise what they looked like, where they stood"))
        self.scenario_edit = QPlainTextEdit(placeholderText=self.tr("What you asked for, the provocative question"))
        self.persona_box = PersonaBox()
        self.persona_custom_edit = QLineEdit(placeholderText=self.tr("The persona you played"))
        persona_row = QHBoxLayout()
        persona_row.addWidget(self.persona_box)
        persona_row.addWidget(self.persona_custom_edit, 1)
        self.wait_edit = DurationEdit()
        self.length_edit = DurationEdit()
        self.shopper_edit = QLineEdit(placeholderText=self.tr("Your name"))
        self.notes_edit = QPlainTextEdit(placeholderText=self.tr("Anything else worth knowing"))
        for edit in (self.scenario_edit, self.notes_edit):
            edit.setTabChangesFocus(True)
        self.scenario_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)

        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.addRow(self.tr("Kind"), self.kind)
        self.when_edit.setFixedWidth(self.fontMetrics().horizontalAdvance("2026-12-28  23:59") + 50)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        when_row.addWidget(self.photo_times_label, 1)  # the photos' own times, right beside the visit's
        fields.addRow(self.tr("Date and time"), when_row)
        fields.addRow(self.tr("Branch"), self.branch_edit)
        fields.addRow(self.tr("Address"), self.address_edit)
        fields.addRow(self.tr("Employee"), self.employee_edit)
        fields.addRow("", self.description_edit)
        fields.addRow(self.tr("Scenario"), self.scenario_edit)
        fields.addRow(self.tr("Persona played"), persona_row)
        self.wait_label = QLabel()
        self.length_label = QLabel()
        times_row = QHBoxLayout()
        times_row.addWidget(self.wait_edit)
        times_row.addSpacing(16)
        times_row.addWidget(self.length_label)
        times_row.addWidget(self.length_edit)
        times_row.addStretch(1)
        fields.addRow(self.wait_label, times_row)
        fields.addRow(self.tr("Shopper"), self.shopper_edit)
        fields.addRow(self.tr("Notes"), self.notes_edit)
        self.fields = fields

        self.attachments = AttachmentsBox(self._library, self.ensure_saved)
        self.attachments.changed.connect(self._attachments_changed)

        self.recorder = RecorderWidget(self._recording_path)
        self.recorder.recordingStarted.connect(self._recording_started)
        self.recorder.recordingFinished.connect(self._recording_finished)
        recording = QGroupBox(self.tr("Record the visit or call"))
        QVBoxLayout(recording).addWidget(self.recorder)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.addWidget(recording)  # first: a shopper opens the form and starts recording
        body_layout.addLayout(fields)
        body_layout.addWidget(self.attachments)
        body_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll

        self.late_label = QLabel(wordWrap=True)
        self.status_label = QLabel(objectName="filterCount", wordWrap=True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.rule_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.late_label)
        layout.addLayout(footer)
        self.setStyleSheet("QLabel#visitRule { background: #ebf8ff; color: #2c5282; border: 1px solid #bee3f8;"
                           " border-radius: 5px; padding: 6px 8px; }"
                           "QPlainTextEdit { background: #ffffff; border: 1px solid #cbd5e0; border-radius: 5px; }"
                           "*[invalid=\"true\"] { border: 1px solid #c53030; background: #fff5f5; }")

        for signal in (self.when_edit.dateTimeChanged, self.kind.changed,
                       self.persona_box.currentIndexChanged):
            signal.connect(self._changed)
        for edit in (self.branch_edit, self.address_edit, self.employee_edit, self.description_edit,
                     self.persona_custom_edit, self.wait_edit, self.length_edit, self.shopper_edit):
            edit.textChanged.connect(self._changed)
        for edit in (self.scenario_edit, self.notes_edit):
            edit.textChanged.connect(self._changed)

    # Loading and reading the fields -----------------------------------------------------------

    def load(self, conversation_id: int) -> None:
        visit = self._library.visits.get(conversation_id)
        if visit is None:
            raise VisitError(f"no visit {conversation_id}")
        self._cid, self._visit = conversation_id, visit
        self._loading = True
        try:
            self._set_channel(visit.channel)
            moment = formatting.parse_iso(visit.visited_at)
            if moment is not None:
                self.when_edit.setDateTime(QDateTime(moment.replace(tzinfo=None)))
            self.branch_edit.setText(visit.branch)
            self.address_edit.setText(visit.address)
            self.employee_edit.setText(visit.employee or "")
            self.description_edit.setText(visit.employee_description)
            self.scenario_edit.setPlainText(visit.scenario)
            self.persona_box.select(visit.persona)
            self.persona_custom_edit.setText(visit.persona_custom)
            self.wait_edit.set_ms(visit.wait_ms)
            self.length_edit.set_ms(visit.length_ms)
            self.shopper_edit.setText(visit.shopper)
            self.notes_edit.setPlainText(visit.notes)
        finally:
            self._loading = False
        self._dirty = False
        self.review_changed()
        self._refresh()

    def _set_channel(self, channel: Channel) -> None:
        self.kind.set_channel(channel)

    def channel(self) -> Channel:
        return self.kind.channel()

    def visit(self) -> Visit:
        """The visit as the form shows it; FormProblem names a field that cannot be stored."""
        persona = self.persona_box.value()
        if persona == Persona.CUSTOM and not self.persona_custom_edit.text().strip():
            raise FormProblem(self.tr("Describe the persona you played, or choose one of the list."),
                              self.persona_custom_edit)
        durations = {}
        for name, edit, label in (("wait_ms", self.wait_edit, self.wait_label.text()),
                                  ("length_ms", self.length_edit, self.length_label.text())):
            try:
                durations[name] = edit.value_ms()
            except ValueError:
                raise FormProblem(self.tr("%1: write minutes and seconds, such as 2:30 (or leave it empty).")
                                  .replace("%1", label), edit) from None
        return Visit(
            channel=self.channel(),
            visited_at=self.when_edit.dateTime().toString(TIME_FORMAT),
            branch=self.branch_edit.text().strip(),
            address=self.address_edit.text().strip(),
            employee=self.employee_edit.text().strip() or None,
            employee_description=self.description_edit.text().strip(),
            scenario=self.scenario_edit.toPlainText().strip(),
            persona=persona,
            persona_custom=self.persona_custom_edit.text().strip() if persona == Persona.CUSTOM else "",
            notes=self.notes_edit.toPlainText().strip(),
            shopper=self.shopper_edit.text().strip(),
            attachments=list(self._visit.attachments) if self._visit else [],
            conversation_id=self._cid,
            **durations,
        )

    def _preview(self) -> Visit | None:
        """The visit as typed so far, for the photo checks (None while a field is wrong)."""
        try:
            return self.visit()
        except FormProblem:
            return None

    # Saving ---------------------------------------------------------------------------------

    def save(self) -> int | None:
        """Store the visit (creating it the first time); its id, or None with the reason shown."""
        self._autosave.stop()
        try:
            visit = self.visit()
        except FormProblem as problem:
            self._status(str(problem), error=True)
            self._mark_invalid(problem.widget)
            problem.widget.setFocus()
            return None
        visits = self._library.visits
        try:
            if self._cid is None:
                self._cid = visits.create(visit)
            else:
                visits.update(self._cid, visit)
        except VisitError as exc:
            self._status(self.tr("Not saved: %1").replace("%1", str(exc)), error=True)
            return None
        self._visit = visits.get(self._cid)
        self._dirty = False
        self._status(self.tr("Saved at %1").replace("%1", datetime.now().strftime("%H:%M:%S")))
        self._refresh()
        self.saved.emit(self._cid)
        return self._cid

    def ensure_saved(self) -> int | None:
        """The visit's id, storing it first when it is new or changed; None when it cannot be."""
        if self._cid is None or self._dirty:
            return self.save()
        return self._cid

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _mark_invalid(self, widget: QWidget | None) -> None:
        """Outline the field the status line complains about (None: clear the outline)."""
        if self._invalid is not None and self._invalid is not widget:
            self._invalid.setProperty("invalid", False)
            self._invalid.style().polish(self._invalid)
        self._invalid = widget
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.style().polish(widget)

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._mark_invalid(None)
        self._dirty = True
        if self._cid is not None:
            self._autosave.start()
            self._status(self.tr("Saving\u2026"))
        else:
            self._status(self.tr("Not saved yet"))
        self._refresh()

    def _status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {style.CRITICAL.name()};" if error else "")

    # What the fields say about each other -----------------------------------------------------

    def _refresh(self) -> None:
        call = self.channel() == Channel.CALL
        self.wait_label.setText(self.tr("Wait before answer") if call else self.tr("Wait before greeting"))
        self.length_label.setText(self.tr("Call length") if call else self.tr("Visit length"))
        self.wait_edit.setToolTip(self.tr("How long until someone answered, m:ss") if call
                                  else self.tr("How long until an employee greeted you, m:ss"))
        self.persona_custom_edit.setVisible(self.persona_box.value() == Persona.CUSTOM)
        preview = self._preview()
        if self._cid is None:
            self.title_label.setText(self.tr("New test call") if call else self.tr("New visit"))
        else:
            where = self.branch_edit.text().strip() or self.address_edit.text().strip()
            title = self.tr("Test call: %1") if call else self.tr("Visit: %1")
            self.title_label.setText(title.replace("%1", where) if where else
                                     (self.tr("Test call") if call else self.tr("Visit")))
        self.attachments.show_visit(preview or self._visit)
        self._show_photo_times(preview)
        self._show_late()

    def _show_photo_times(self, visit: Visit | None) -> None:
        text = photo_times_html(visit) if visit is not None else ""
        self.photo_times_label.setText(text)
        self.photo_times_label.setVisible(bool(text))

    def photo_warnings(self) -> int:
        """How many photos are flagged as taken outside the visit."""
        return len(self.attachment_list.mismatched_rows())

    def _show_late(self) -> None:
        """Late once a review was submitted 12 hours after the visit; a warning before that."""
        text, colour = "", style.CRITICAL.name()
        if self._submitted_at is not None:
            if is_late(self._visited_at(), self._submitted_at):
                text = self.tr("Late: the review was submitted more than 12 hours after the visit.")
        elif is_late(self._visited_at(), datetime.now().isoformat(timespec="minutes")):
            text = self.tr("More than 12 hours have passed since the visit: its review will be marked late.")
            colour = "#b7791f"
        self.late_label.setText(text)
        self.late_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.late_label.setVisible(bool(text))

    def _visited_at(self) -> str:
        return self.when_edit.dateTime().toString(TIME_FORMAT)

    def review_changed(self) -> None:
        """A review of the visit was submitted or reopened (the late mark may change)."""
        self._submitted_at = self._library.visits.first_submitted_at(self._cid) if self._cid is not None else None
        self._show_late()

    # Attachments ------------------------------------------------------------------------------

    @property
    def attachment_list(self):
        return self.attachments.list

    @property
    def attacher(self):
        return self.attachments.attacher

    def add_files(self, paths) -> bool:
        """Attach photos or audio in the background (storing the visit first if it is new)."""
        return self.attachments.add_files(paths)

    def _attachments_changed(self, attachments: list) -> None:
        if self._visit is not None:
            self._visit.attachments = attachments
        self._refresh()
        self.saved.emit(self._cid)  # a first audio makes the conversation a recording to transcribe

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # Recording --------------------------------------------------------------------------------

    def _recording_path(self) -> Path | None:
        cid = self.ensure_saved()
        if cid is None:
            return None
        try:
            return self._library.visits.new_recording_path(cid)
        except (VisitError, OSError) as exc:
            self.recorder.show_message(self.tr("The recording cannot be started: %1").replace("%1", str(exc)))
            return None

    def _recording_started(self, _path: Path) -> None:
        self._status(self.tr("Recording: the sound is saved in the library as it comes"))

    def _recording_finished(self, result) -> None:
        if result.frames == 0:
            result.path.unlink(missing_ok=True)
            self._status(self.tr("Nothing was recorded."))
            return
        self.attachments.add_recording(self._cid, result.path)
        if not self.length_edit.text().strip():
            self.length_edit.set_ms(result.duration_ms)
        self._status(self.tr("Recording of %1 saved; it will be transcribed like any call.")
                     .replace("%1", formatting.duration(result.duration_ms)))

    # Closing ----------------------------------------------------------------------------------

    def close_down(self) -> None:
        """Stop a recording (keeping it), save pending edits, finish the files being attached."""
        if self.recorder.is_recording():
            self.recorder.stop()
        if self._cid is not None and self._dirty:
            self.save()
        self.attacher.shutdown()

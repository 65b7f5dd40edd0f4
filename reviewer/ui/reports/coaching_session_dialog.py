"""Recording a coaching session: employee, date, trainer, the focus criteria (those planned from
the coaching report first, ticked; any other criterion below), the conversations and moments
discussed, notes, the actions agreed and the follow-up date."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.domain.coaching import CoachingError, CoachingSession, Discussed, FocusCriterion
from reviewer.storage.settings import Setting
from reviewer.ui.widgets.itemdata import ChoiceBox

FOLLOW_UP_DAYS = 28  # the default follow-up: about a month, when the next report is made
RECENT_CONVERSATIONS = 40

ValueRole = Qt.ItemDataRole.UserRole + 1


class CoachingSessionDialog(QDialog):
    #: the id of the session stored
    saved = Signal(int)

    def __init__(self, library, plan: CoachingSession | None = None, language: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coaching Session"))
        self._library, self._language = library, language
        self._plan = plan
        self._values: dict[int, object] = {}  # id(item) -> the Python value it stands for
        self.session: CoachingSession | None = None
        self.employee_box = ChoiceBox()
        for name in library.employees():
            self.employee_box.add_choice(name, name)
        if plan is not None:
            self.employee_box.select(plan.employee)
        self.employee_box.currentIndexChanged.connect(self._fill_conversations)
        held = QDate.fromString(plan.held_on, "yyyy-MM-dd") if plan is not None else QDate.currentDate()
        self.date_edit = QDateEdit(held, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.trainer_edit = QLineEdit((plan.trainer if plan and plan.trainer else None)
                                      or library.setting(Setting.REVIEWER_NAME) or "")
        self.focus_list = QListWidget()
        self.focus_list.setMinimumHeight(200)
        self.focus_list.setToolTip(self.tr("Tick the criteria the session works on"))
        self.conversation_list = QListWidget()
        self.conversation_list.setMaximumHeight(130)
        self.conversation_list.setToolTip(self.tr("Tick the conversations talked through"))
        self.notes_edit = QPlainTextEdit(placeholderText=self.tr("What was talked about"))
        self.actions_edit = QPlainTextEdit(placeholderText=self.tr("What the employee and the trainer agreed to do"))
        for edit in (self.notes_edit, self.actions_edit):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.follow_up_box = QCheckBox(self.tr("Follow up on"))
        self.follow_up_box.setChecked(True)
        self.follow_up_edit = QDateEdit(held.addDays(FOLLOW_UP_DAYS), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.follow_up_box.toggled.connect(self.follow_up_edit.setEnabled)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_box)
        follow.addWidget(self.follow_up_edit)
        follow.addStretch(1)
        self.message = QLabel(wordWrap=True, objectName="sessionMessage")
        self.message.setStyleSheet("color: #c53030")
        form = QFormLayout()
        form.addRow(self.tr("Employee:"), self.employee_box)
        form.addRow(self.tr("Date:"), self.date_edit)
        form.addRow(self.tr("Trainer:"), self.trainer_edit)
        form.addRow(self.tr("Focus criteria:"), self.focus_list)
        form.addRow(self.tr("Discussed:"), self.conversation_list)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        form.addRow(self.tr("Actions agreed:"), self.actions_edit)
        form.addRow(self.tr("Follow-up:"), follow)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save Session"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if plan is not None and plan.focus:
            note = QLabel(self.tr("Planned from the coaching report: its focus areas and the conversations they "
                                  "quote are ticked."), wordWrap=True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fill_focus()
        self._fill_conversations()
        self.resize(620, 720)

    # Choices --------------------------------------------------------------------------------

    def _item(self, widget: QListWidget, text: str, value, checked: bool, tip: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(ValueRole, len(self._values))
        self._values[len(self._values)] = value
        if tip:
            item.setToolTip(tip)
        widget.addItem(item)
        return item

    def _value(self, item: QListWidgetItem):
        return self._values[item.data(ValueRole)]

    def _fill_focus(self) -> None:
        from reviewer.rubrics.catalog import load_catalog

        catalog = load_catalog(self._library.root)
        titles: dict[FocusCriterion, str] = {}
        for rubric in (loaded.rubric for loaded in catalog.rubrics.values()):
            for criterion in rubric.criteria():
                titles[FocusCriterion(rubric.id, criterion.id)] = (
                    f"{criterion.title.get(self._language)} \u00b7 {rubric.title.get(self._language)}")
        planned = list(self._plan.focus) if self._plan else []
        for focus in planned:
            self._item(self.focus_list, titles.get(focus, str(focus)), focus, True)
        for focus, title in titles.items():
            if focus not in planned:
                self._item(self.focus_list, title, focus, False)

    def _fill_conversations(self) -> None:
        self.conversation_list.clear()
        employee = self.employee_box.value()
        planned = {d.conversation_id: d for d in self._plan.discussed} if self._plan and employee == self._plan.employee else {}
        rows = self._library.conn.execute(
            "SELECT c.id, c.started_at, c.channel, COALESCE(c.title, c.source_name) FROM conversations c"
            " JOIN employees e ON e.id = c.employee_id WHERE e.name = ?"
            " ORDER BY c.started_at DESC, c.id DESC LIMIT ?", (employee or "", RECENT_CONVERSATIONS)).fetchall()
        listed = {row[0] for row in rows}
        extra = [cid for cid in planned if cid not in listed]
        for cid in extra:
            rows.append(self._library.conn.execute(
                "SELECT id, started_at, channel, COALESCE(title, source_name) FROM conversations WHERE id = ?",
                (cid,)).fetchone())
        rows.sort(key=lambda r: (r[0] not in planned, -(r[0])))
        for cid, started, channel, title in rows:
            discussed = planned.get(cid) or Discussed(cid)
            moments = self.tr("moments: %1").replace("%1", str(len(discussed.moments))) if discussed.moments else ""
            text = f"#{cid} \u00b7 {(started or '')[:10]} \u00b7 {title}" + (f" \u00b7 {moments}" if moments else "")
            self._item(self.conversation_list, text, discussed, cid in planned)

    def _checked(self, widget: QListWidget) -> list:
        return [self._value(widget.item(i)) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    # Saving ---------------------------------------------------------------------------------

    def draft(self) -> CoachingSession:
        return CoachingSession(
            employee=self.employee_box.value() or "",
            held_on=self.date_edit.date().toString("yyyy-MM-dd"),
            trainer=self.trainer_edit.text(),
            focus=tuple(self._checked(self.focus_list)),
            discussed=tuple(self._checked(self.conversation_list)),
            notes=self.notes_edit.toPlainText(),
            actions=self.actions_edit.toPlainText(),
            follow_up_on=self.follow_up_edit.date().toString("yyyy-MM-dd") if self.follow_up_box.isChecked() else None,
        )

    def save(self) -> None:
        from reviewer.coaching import SessionRepository

        try:
            self.session = SessionRepository(self._library).add(self.draft())
        except CoachingError as exc:
            self.message.setText(str(exc))
            return
        self.saved.emit(self.session.id)
        self.accept()

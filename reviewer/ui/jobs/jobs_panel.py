"""The jobs panel: one row per transcription job with its conversation, a progress bar, the time
left, its state (a failure with its reason) and Cancel; a row for automatic QA of the library
running in the background, with the same bar and Cancel; finished rows can be cleared.

Rows are painted by delegates rather than built from widgets, so "Transcribe All Pending" on a
large library adds a thousand rows as cheaply as one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.ui import style
from reviewer.ui.jobs.jobs_model import AUTOQA, AUTOQA_JOB, CANCELLING, JobColumn, JobRow, JobRowRole, JobsModel


def _draw_cell(painter: QPainter, option) -> None:
    """The cell's background and selection, as the view draws every other cell."""
    widget = option.widget
    style_ = widget.style() if widget else QApplication.style()
    style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)


class ProgressDelegate(QStyledItemDelegate):
    """A thin bar in the style sheet's colours, with the percentage beside it."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        job: JobRow = index.data(JobRowRole)
        self.initStyleOption(option, index)
        option.text = ""
        _draw_cell(painter, option)
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        label_width = option.fontMetrics.horizontalAdvance("100%") + 6
        bar = QRectF(rect.left(), rect.center().y() - 4, max(10.0, rect.width() - label_width), 8)
        colour = {"done": style.DONE, "failed": style.CRITICAL, "interrupted": style.CRITICAL,
                  "cancelled": style.MUTED_TEXT, CANCELLING: style.MUTED_TEXT}.get(job.state, style.PROGRESS)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.PROGRESS_TRACK)
        painter.drawRoundedRect(bar, 4, 4)
        if job.fraction > 0:
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), max(8.0, bar.width() * job.fraction), 8), 4, 4)
        if job.state != "queued":
            painter.setPen(style.MUTED_TEXT)
            text_rect = QRectF(bar.right() + 6, option.rect.top(), label_width, option.rect.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, index.data())
        painter.restore()


class CancelDelegate(QStyledItemDelegate):
    """A small "Cancel" button on every job that can still be stopped."""

    clicked = Signal(int)  # job id

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        job: JobRow = index.data(JobRowRole)
        self.initStyleOption(option, index)
        _draw_cell(painter, option)
        if not job.active:
            return
        enabled = job.state != CANCELLING
        text = self.cancel_text()
        rect = self.button_rect(option.rect, option.fontMetrics.horizontalAdvance(text))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver) and enabled
        painter.setPen(QPen(style.BORDER_STRONG, 1))
        painter.setBrush(QColor("#edf2f7") if hovered else QColor("#ffffff"))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(QColor("#2d3748") if enabled else style.MUTED_TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def cancel_text(self) -> str:
        return self.tr("Cancel")

    @staticmethod
    def button_rect(cell: QRect, text_width: int) -> QRect:
        width, height = text_width + 20, min(cell.height() - 6, 24)
        left, top = cell.left() + (cell.width() - width) // 2, cell.top() + (cell.height() - height) // 2
        return QRect(left, top, width, height)

    def editorEvent(self, event, model, option, index) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            job: JobRow = index.data(JobRowRole)
            rect = self.button_rect(option.rect, option.fontMetrics.horizontalAdvance(self.cancel_text()))
            if job is not None and job.active and job.state != CANCELLING and rect.contains(event.position().toPoint()):
                self.clicked.emit(job.job_id)
                return True
        return super().editorEvent(event, model, option, index)


class JobsPanel(QDockWidget):
    """The dock under the window that follows a TranscriptionRunner's jobs."""

    #: the reviewer wants a job's conversation (double click): its id
    conversationActivated = Signal(int)

    def __init__(self, runner, title_of, parent=None):
        """``title_of(conversation_id)``: the name a row shows for a conversation."""
        super().__init__(self.tr("Background Jobs"), parent)
        self.setObjectName("transcriptionDock")
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea)
        self.runner = runner
        self.autoqa = None  # the AutoQARunner, once follow_autoqa was called
        self._title_of = title_of
        self.model = JobsModel(self)
        self._build()
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self.model.tick)
        runner.queued.connect(self._queued)
        runner.started.connect(self.model.job_started)
        runner.progress.connect(self.model.job_progress)
        runner.finished.connect(self.model.job_finished)
        # One summary per turn of the event loop, however many jobs were just queued.
        self._summary_timer = QTimer(self, singleShot=True, interval=0)
        self._summary_timer.timeout.connect(self._update_summary)
        for signal in (runner.queued, runner.started, runner.finished):
            signal.connect(lambda *_args: self._summary_timer.start())
        self._update_summary()

    def _build(self) -> None:
        self.summary_label = QLabel(objectName="jobsSummary")
        self.cancel_all_button = QPushButton(self.tr("Cancel All"))
        self.cancel_all_button.setToolTip(self.tr("Stop the running jobs (transcription, automatic QA) and withdraw the waiting ones"))
        self.cancel_all_button.clicked.connect(self.cancel_all)
        self.clear_button = QPushButton(self.tr("Clear Finished"))
        self.clear_button.setToolTip(self.tr("Remove the finished, failed and cancelled jobs from this list"))
        self.clear_button.clicked.connect(self.clear_finished)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.cancel_all_button)
        top.addWidget(self.clear_button)

        self.table = QTableView(objectName="jobsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setMouseTracking(True)  # the Cancel button lights up under the pointer
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setItemDelegateForColumn(JobColumn.PROGRESS, ProgressDelegate(self.table))
        self.cancel_delegate = CancelDelegate(self.table)
        self.cancel_delegate.clicked.connect(self.cancel)
        self.table.setItemDelegateForColumn(JobColumn.CANCEL, self.cancel_delegate)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        digit = self.fontMetrics().horizontalAdvance("0")
        header.resizeSection(JobColumn.CONVERSATION, digit * 44)
        header.resizeSection(JobColumn.PROGRESS, digit * 26)
        header.resizeSection(JobColumn.TIME, digit * 16)
        header.setSectionResizeMode(JobColumn.STATE, QHeaderView.ResizeMode.Stretch)  # room for a reason
        cancel_width = self.fontMetrics().horizontalAdvance(self.cancel_delegate.cancel_text()) + 36
        header.resizeSection(JobColumn.CANCEL, cancel_width)
        self.table.doubleClicked.connect(self._activated)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.cancel_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 4, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.setWidget(body)

    # Following the runner -------------------------------------------------------------------

    def _queued(self, job_id: int, conversation_id: int) -> None:
        self.model.add_job(job_id, conversation_id, self._title_of(conversation_id))
        if not self.isVisible():
            self.show()
            window = self.parentWidget()
            if hasattr(window, "resizeDocks"):  # room for about four jobs; the library keeps the rest
                rows = self.table.verticalHeader().defaultSectionSize()
                height = self.titleBarWidget().height() if self.titleBarWidget() else 0
                height += 4 * rows + self.table.horizontalHeader().sizeHint().height() + 70
                window.resizeDocks([self], [height], Qt.Orientation.Vertical)

    def follow_autoqa(self, autoqa) -> None:
        """Show the background runs of automatic QA (reviewer.ui.jobs.autoqa_runner) as a row."""
        self.autoqa = autoqa
        autoqa.began.connect(lambda: self.model.add_autoqa(self.tr("Automatic QA of the library")))
        autoqa.progressed.connect(self.model.autoqa_progress)
        autoqa.ended.connect(self.model.autoqa_finished)
        for signal in (autoqa.began, autoqa.ended):
            signal.connect(lambda *_args: self._summary_timer.start())

    def _update_summary(self, *_args) -> None:
        counts = self.model.counts()
        running = counts.get("running", 0) + counts.get(CANCELLING, 0)
        parts = []
        for key, text in (
            ("running", self.tr("Transcribing: %1")),
            ("queued", self.tr("Waiting: %1")),
            ("done", self.tr("Done: %1")),
            ("failed", self.tr("Failed: %1")),
            ("cancelled", self.tr("Cancelled: %1")),
            ("interrupted", self.tr("Interrupted: %1")),
        ):
            number = running if key == "running" else counts.get(key, 0)
            if number:
                parts.append(text.replace("%1", str(number)))
        self.summary_label.setText(" \u00b7 ".join(parts) if parts else self.tr("No transcriptions"))
        active = any(job.active for job in self.model.jobs())
        self.cancel_all_button.setEnabled(active)
        self.clear_button.setEnabled(any(not job.active for job in self.model.jobs()))
        autoqa = self.model.job(AUTOQA_JOB)
        running = running or (autoqa is not None and autoqa.state == "running")
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()

    # Actions --------------------------------------------------------------------------------

    def cancel(self, job_id: int) -> None:
        job = self.model.job(job_id)
        if job is None or not job.active or job.state == CANCELLING:
            return
        if job.kind == AUTOQA:
            if self.autoqa is not None and self.autoqa.is_running():
                self.model.job_cancelling(job_id)
                self.autoqa.stop()
            return
        running = job.state == "running"
        if self.runner.cancel(job_id) and running:
            self.model.job_cancelling(job_id)
        self._summary_timer.start()

    def cancel_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        for row in sorted(rows):
            job = self.model.row_job(row)
            if job is not None:
                self.cancel(job.job_id)

    def cancel_all(self) -> None:
        running = self.runner.cancel_all()
        if running is not None:
            self.model.job_cancelling(running)
        self.cancel(AUTOQA_JOB)
        self._summary_timer.start()

    def clear_finished(self) -> None:
        self.model.clear_finished()
        self._update_summary()

    def _activated(self, index: QModelIndex) -> None:
        job = self.model.row_job(index.row())
        if job is not None and job.kind != AUTOQA:  # the library's run has no one conversation
            self.conversationActivated.emit(job.conversation_id)

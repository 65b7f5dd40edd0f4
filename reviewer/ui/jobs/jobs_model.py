"""The rows of the jobs panel: one per transcription job, with what the runner last said of it,
and one for the latest automatic QA run over the library (AUTOQA_JOB)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from reviewer.ui import style

from reviewer.ui.widgets import formatting

ESTIMATE_AFTER_S = 2.0  # the first seconds say little about the pace
CANCELLING = "cancelling"  # shown until the runner says the job stopped
ACTIVE = ("queued", "running", CANCELLING)
ELSEWHERE = "elsewhere"  # the job was running in another Reviewer; the reason says so
TRANSCRIPTION, AUTOQA = "transcription", "autoqa"  # what a row's job does
AUTOQA_JOB = -1  # the automatic QA row's id: transcription jobs have the database's ids (from 1)


class JobColumn(IntEnum):
    CONVERSATION = 0
    PROGRESS = 1
    TIME = 2
    STATE = 3
    CANCEL = 4


@dataclass
class JobRow:
    job_id: int
    conversation_id: int
    title: str
    state: str = "queued"  # a JobState value, or CANCELLING
    done_ms: int = 0
    total_ms: int = 0
    began: float | None = None  # time.monotonic() when the model started on the recording
    # The time left as estimated at the last report, and when: it counts down in between.
    left_s: float | None = None
    reported: float | None = None
    ended: float | None = None
    reason: str = ""
    kind: str = TRANSCRIPTION
    done_items: int = 0  # automatic QA: conversations gone through, of total_items
    total_items: int = 0
    results: int = 0  # automatic QA: results computed (the others were current)

    @property
    def fraction(self) -> float:
        if self.state == "done":
            return 1.0
        done, total = (self.done_items, self.total_items) if self.kind == AUTOQA else (self.done_ms, self.total_ms)
        return min(1.0, done / total) if total else 0.0

    @property
    def active(self) -> bool:
        return self.state in ACTIVE


JobRowRole = Qt.ItemDataRole.UserRole + 1


class JobsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[JobRow] = []
        self._index: dict[int, int] = {}  # job id -> row

    # Changes ----------------------------------------------------------------------------------

    def add_job(self, job_id: int, conversation_id: int, title: str) -> None:
        if job_id in self._index:  # queued again after it ended: a fresh row
            self._remove(lambda r: r.job_id == job_id)
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(JobRow(job_id, conversation_id, title))
        self._index[job_id] = row
        self.endInsertRows()

    def add_autoqa(self, title: str) -> None:
        """A run of automatic QA began: its row replaces the previous run's."""
        self.add_job(AUTOQA_JOB, 0, title)
        row = self.job(AUTOQA_JOB)
        row.kind, row.state, row.began = AUTOQA, "running", time.monotonic()

    def autoqa_progress(self, done: int, total: int) -> None:
        row = self.job(AUTOQA_JOB)
        if row is None:
            return
        now = time.monotonic()
        if 0 < done <= total:
            row.left_s, row.reported = (now - row.began) * (total - done) / done, now
        self._update(AUTOQA_JOB, done_items=done, total_items=total)

    def autoqa_finished(self, state: str, results: int, reason: str) -> None:
        self._update(AUTOQA_JOB, state=state, results=results, reason=reason, ended=time.monotonic())

    def job_started(self, job_id: int) -> None:
        self._update(job_id, state="running")

    def job_progress(self, job_id: int, done_ms: int, total_ms: int) -> None:
        row = self.job(job_id)
        if row is None:
            return
        now = time.monotonic()
        if row.began is None:
            row.began = now
        if 0 < done_ms <= total_ms:  # the pace so far, applied to what is left
            row.left_s, row.reported = (now - row.began) * (total_ms - done_ms) / done_ms, now
        self._update(job_id, done_ms=done_ms, total_ms=total_ms)

    def job_cancelling(self, job_id: int) -> None:
        row = self.job(job_id)
        if row is not None and row.state == "running":
            self._update(job_id, state=CANCELLING)

    def job_finished(self, job_id: int, state: str, reason: str) -> None:
        if state in ACTIVE:  # another Reviewer runs it: this one is done with it
            state = ELSEWHERE
        self._update(job_id, state=state, reason=reason, ended=time.monotonic())

    def clear_finished(self) -> None:
        self._remove(lambda r: not r.active)

    def tick(self) -> None:
        """Let the time left of running jobs count down between progress reports."""
        for row, job in enumerate(self._rows):
            if job.state == "running":
                index = self.index(row, JobColumn.TIME)
                self.dataChanged.emit(index, index)

    def _update(self, job_id: int, **fields) -> None:
        row = self._index.get(job_id)
        if row is None:
            return
        for name, value in fields.items():
            setattr(self._rows[row], name, value)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(JobColumn) - 1))

    def _remove(self, drop) -> None:
        kept = [r for r in self._rows if not drop(r)]
        if len(kept) == len(self._rows):
            return
        self.beginResetModel()
        self._rows = kept
        self._index = {r.job_id: i for i, r in enumerate(kept)}
        self.endResetModel()

    # Reading ----------------------------------------------------------------------------------

    def job(self, job_id: int) -> JobRow | None:
        row = self._index.get(job_id)
        return self._rows[row] if row is not None else None

    def jobs(self) -> list[JobRow]:
        return list(self._rows)

    def transcriptions(self) -> list[JobRow]:
        """The rows of transcription jobs, without the automatic QA row."""
        return [r for r in self._rows if r.kind == TRANSCRIPTION]

    def row_job(self, row: int) -> JobRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def counts(self) -> dict[str, int]:
        """Transcription jobs by state (the automatic QA row tells its own)."""
        found: dict[str, int] = {}
        for job in self._rows:
            if job.kind == AUTOQA:
                continue
            found[job.state] = found.get(job.state, 0) + 1
        return found

    # Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(JobColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            JobColumn.CONVERSATION: self.tr("Conversation"),
            JobColumn.PROGRESS: self.tr("Progress"),
            JobColumn.TIME: self.tr("Time"),
            JobColumn.STATE: self.tr("State"),
            JobColumn.CANCEL: "",
        }[JobColumn(section)]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        job = self.row_job(index.row()) if index.isValid() else None
        if job is None:
            return None
        column = JobColumn(index.column())
        if role == JobRowRole:
            return job
        if role == Qt.ItemDataRole.DisplayRole:
            if column == JobColumn.CONVERSATION:
                return job.title
            if column == JobColumn.TIME:
                return self._time_text(job)
            if column == JobColumn.STATE:
                return self.state_text(job)
            if column == JobColumn.PROGRESS:
                return f"{job.fraction * 100:.0f}%" if job.state != "queued" else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == JobColumn.CONVERSATION:
                if job.kind == AUTOQA:
                    return self.tr("Every conversation whose automatic result is missing or out of date")
                return self.tr("Conversation %1: %2").replace("%1", str(job.conversation_id)).replace("%2", job.title)
            if column == JobColumn.STATE and job.reason:
                return job.reason
            if column == JobColumn.CANCEL and job.active:
                if job.kind == AUTOQA:
                    return self.tr("Stop automatic QA (the results stored so far are kept)")
                return self.tr("Stop this transcription (what is done so far is kept)")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == JobColumn.STATE:
            if job.state in ("failed", "interrupted"):
                return style.CRITICAL
            if job.state == "done":
                return style.DONE
            if job.state in ("queued", "cancelled", CANCELLING):
                return style.MUTED_TEXT
        if role == Qt.ItemDataRole.ForegroundRole and column == JobColumn.TIME:
            return style.MUTED_TEXT
        return None

    def state_text(self, job: JobRow) -> str:
        if job.kind == AUTOQA:
            return self._autoqa_state(job)
        if job.state == "queued":
            return self.tr("Waiting")
        if job.state == "running":
            return self.tr("Transcribing") if job.began is not None else self.tr("Starting…")
        if job.state == CANCELLING:
            return self.tr("Cancelling…")
        if job.state == "done":
            return self.tr("Done")
        if job.state == "cancelled":
            return self.tr("Cancelled")
        if job.state == "failed":
            return self.tr("Failed: %1").replace("%1", job.reason)
        if job.state == "interrupted":
            return self.tr("Interrupted: %1").replace("%1", job.reason)
        return job.reason or job.state  # ELSEWHERE: "the job is running elsewhere"

    def _autoqa_state(self, job: JobRow) -> str:
        if job.state == "running":
            if not job.total_items:
                return self.tr("Starting…")
            return (self.tr("Checked %1 of %2 conversations")
                    .replace("%1", f"{job.done_items:,}").replace("%2", f"{job.total_items:,}"))
        if job.state == CANCELLING:
            return self.tr("Cancelling…")
        if job.state == "done":
            return self.tr("Done: %1 new results").replace("%1", f"{job.results:,}")
        if job.state == "cancelled":
            return self.tr("Cancelled (the results stored so far are kept)")
        return self.tr("Failed: %1").replace("%1", job.reason)

    def _time_text(self, job: JobRow) -> str:
        if job.state == "done" and job.began is not None and job.ended is not None:
            return self.tr("took %1").replace("%1", formatting.duration(round((job.ended - job.began) * 1000)))
        if job.state != "running" or job.began is None:
            return ""
        now = time.monotonic()
        if job.left_s is None or job.reported - job.began < ESTIMATE_AFTER_S:
            return self.tr("estimating…")
        left = max(0.0, job.left_s - (now - job.reported))
        return self.tr("%1 left").replace("%1", formatting.duration(round(left * 1000)))

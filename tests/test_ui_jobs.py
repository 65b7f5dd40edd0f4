"""Transcribing from the window with the real model: the jobs panel, cancelling, failures,
closing mid-job, and a GUI that never stalls while a job runs."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from reviewer.domain import ConversationStatus
from reviewer.storage.jobs import JobRepository, JobState
from reviewer.ui.jobs.jobs_model import JobColumn, JobsModel
from reviewer.ui.library.library_model import Column
from reviewer.ui.main_window import MainWindow
from reviewer.ui.jobs.transcription_runner import CLOSED_BEFORE_START, CLOSED_WHILE_RUNNING

JOB_TIMEOUT_MS = 180_000  # a demo call takes a few seconds; a loaded machine, much longer


@pytest.fixture
def window(qtbot, demo_library, transcription_worker):
    window = MainWindow(demo_library)
    # The session's worker process keeps the model loaded from one test to the next.
    window.transcription.runner.process = transcription_worker
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()  # stops a job a failed test left running


def row_of(window, title: str) -> int:
    model = window.library_view.model
    return next(r for r in range(model.rowCount()) if model.conversation(r).title == title)


def select(window, *titles: str) -> list[int]:
    """Select these rows (the first one current, so it is shown); their conversation ids."""
    view = window.library_view
    selection = view.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    ids = []
    for title in titles:
        index = view.model.index(row_of(window, title), 0)
        if not ids:
            selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        else:
            selection.select(index, flags.Select | flags.Rows)
        ids.append(view.model.conversation(index.row()).id)
    return ids


def panel_row(window, conversation_id: int):
    return next(j for j in window.transcription.panel.model.transcriptions() if j.conversation_id == conversation_id)


def wait_finished(qtbot, window, timeout=JOB_TIMEOUT_MS) -> None:
    """Until the runner is idle and the window has heard of every job's end."""
    control = window.transcription
    qtbot.waitUntil(
        lambda: not control.runner.is_busy() and not any(j.active for j in control.panel.model.transcriptions()),
        timeout=timeout,
    )
    qtbot.wait(20)  # the panel's summary follows on the next turn of the event loop


def click_cancel(qtbot, panel, job_id: int) -> None:
    """Click the Cancel button painted in a job's row."""
    qtbot.waitExposed(panel.table)
    row = next(r for r, j in enumerate(panel.model.jobs()) if j.job_id == job_id)
    index = panel.model.index(row, JobColumn.CANCEL)
    panel.table.scrollTo(index)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# The panel's texts -------------------------------------------------------------------------------


def test_rows_say_how_far_each_job_is_and_how_long_it_still_takes(qtbot):
    model = JobsModel()
    model.add_job(7, 3, "Wrong bulbs")
    model.add_job(8, 4, "Broken lamp shade")
    text = lambda row, column: model.data(model.index(row, column))  # noqa: E731
    assert [text(0, JobColumn.STATE), text(1, JobColumn.STATE)] == ["Waiting", "Waiting"]
    model.job_started(7)
    assert text(0, JobColumn.STATE) == "Starting…"  # the model is loading
    model.job_progress(7, 0, 40_000)
    assert text(0, JobColumn.STATE) == "Transcribing"
    assert text(0, JobColumn.TIME) == "estimating…"
    model.job(7).began = time.monotonic() - 10.2  # ten seconds for the first quarter...
    model.job_progress(7, 10_000, 40_000)
    assert text(0, JobColumn.TIME) == "0:30 left"  # ...thirty for the other three
    model.job(7).reported -= 5  # five seconds without a report: it counts down meanwhile
    assert text(0, JobColumn.TIME) == "0:25 left"
    assert text(0, JobColumn.PROGRESS) == "25%"
    model.job_finished(7, "done", "")
    assert text(0, JobColumn.STATE) == "Done" and text(0, JobColumn.TIME).startswith("took 0:1")
    model.job_finished(8, "failed", "the recording cannot be decoded")
    assert text(1, JobColumn.STATE) == "Failed: the recording cannot be decoded"
    assert model.data(model.index(1, JobColumn.STATE), Qt.ItemDataRole.ToolTipRole) == "the recording cannot be decoded"
    model.clear_finished()
    assert model.rowCount() == 0


# With the real model ----------------------------------------------------------------------------


def test_transcribe_selected_fills_the_conversation_and_the_panel(qtbot, window, monkeypatch):
    (cid,) = select(window, "Wrong bulbs")
    assert window.conversation_view.conversation.id == cid
    assert window.conversation_view.conversation.turns == []
    control = window.transcription
    control.transcribe_selected_action.trigger()  # Ctrl+T

    panel = control.panel
    assert panel.isVisible()
    job = panel_row(window, cid)
    assert job.title == "Wrong bulbs" and job.state in ("queued", "running")
    wait_finished(qtbot, window)
    job = panel_row(window, cid)
    assert job.state == "done", job.reason
    assert panel.model.data(panel.model.index(0, JobColumn.TIME)).startswith("took ")
    assert panel.summary_label.text() == "Done: 1"

    # Stored, shown in the library row and in the open conversation without touching anything.
    conversation = window.library.conversations.get(cid)
    assert conversation.status == ConversationStatus.TRANSCRIBED and conversation.turns
    assert JobRepository(window.library).get(job.job_id).state == JobState.DONE
    row = row_of(window, "Wrong bulbs")
    assert window.library_view.model.data(window.library_view.model.index(row, Column.STATUS)) == "Transcribed"
    shown = window.conversation_view.conversation
    assert shown.id == cid and [t.text for t in shown.turns] == [t.text for t in conversation.turns]
    said = " ".join(t.text for t in shown.turns).lower()
    assert "wrong" in said and "exchange" in said  # what the espeak voices of the demo call say
    assert window.statusBar().currentMessage() == "Transcriptions finished"

    # Asked again: it already has a transcript, so the reviewer is asked before it is replaced.
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kw: asked.append(args) or QMessageBox.StandardButton.No
    )
    control.transcribe_selected_action.trigger()
    assert len(asked) == 1 and "already have a transcript: 1." in asked[0][2]
    assert not control.runner.is_busy() and len(panel.model.transcriptions()) == 1

    panel.clear_button.click()
    assert panel.model.transcriptions() == []  # automatic QA of the new turns may still have its row


def test_the_gui_never_stalls_while_a_job_runs(qtbot, window):
    """A timer ticking every 10 ms: the longest gap between ticks, from the click on Transcribe
    Pending until every job has ended and the window has shown the results."""
    control = window.transcription
    control.panel.show()  # its first layout is part of the click, not of the job
    qtbot.wait(50)
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    window.library_view.select_row(row_of(window, "Wrong bulbs"))  # shown: reloaded when done
    pending = control.runner.pending_conversations()
    assert len(pending) == 6
    timer.start()
    last[0] = time.perf_counter()
    control.runner.transcribe(pending[-2:])  # the two newest calls, 42 s of speech
    started = time.perf_counter()
    wait_finished(qtbot, window)
    qtbot.wait(100)  # what the window does once the last job has ended
    timer.stop()
    ran = time.perf_counter() - started
    assert [j.state for j in control.panel.model.transcriptions()] == ["done", "done"]
    assert ran > 1.0 and len(gaps) > ran * 20  # the timer did run all along
    assert max(gaps) < 0.100, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"


def test_cancel_stops_the_running_job_and_withdraws_a_waiting_one(qtbot, window):
    select(window, "Светильник для кухни", "Broken lamp shade")
    control, panel = window.transcription, window.transcription.panel
    control.transcribe_selected_action.trigger()
    running, waiting = panel.model.transcriptions()  # in the table's order: the newer call first
    assert (running.title, waiting.title) == ("Broken lamp shade", "Светильник для кухни")
    assert waiting.state == "queued"
    first, second = running.conversation_id, waiting.conversation_id

    # The waiting one goes at once, in the panel and in the library.
    click_cancel(qtbot, panel, waiting.job_id)
    assert panel_row(window, second).state == "cancelled"
    assert JobRepository(window.library).get(waiting.job_id).state == JobState.CANCELLED

    # The running one stops once the worker has it.
    qtbot.waitUntil(lambda: panel_row(window, first).began is not None, timeout=JOB_TIMEOUT_MS)
    click_cancel(qtbot, panel, running.job_id)
    assert panel_row(window, first).state in ("cancelling", "cancelled")
    began = time.monotonic()
    qtbot.waitUntil(lambda: panel_row(window, first).state == "cancelled", timeout=10_000)
    assert time.monotonic() - began < 5
    assert JobRepository(window.library).get(running.job_id).state == JobState.CANCELLED
    conversation = window.library.conversations.get(first, with_turns=False)
    assert conversation.status == ConversationStatus.NEEDS_TRANSCRIPTION  # continues from here later
    assert not control.runner.is_busy()
    assert panel.summary_label.text() == "Cancelled: 2"


def test_cancel_all_right_after_queueing(qtbot, window):
    """Cancel All before the first job has even reached the model: the waiting ones go at once,
    the first stops as soon as the worker takes it."""
    control, panel = window.transcription, window.transcription.panel
    control.transcribe_pending_action.trigger()  # Ctrl+Shift+T
    assert len(panel.model.transcriptions()) == 6
    qtbot.waitUntil(panel.cancel_all_button.isEnabled, timeout=1000)  # the next turn of the event loop
    panel.cancel_all_button.click()
    assert [j.state for j in panel.model.transcriptions()[1:]] == ["cancelled"] * 5
    wait_finished(qtbot, window)
    qtbot.waitUntil(lambda: panel.summary_label.text() == "Cancelled: 6")
    jobs = JobRepository(window.library)
    assert {jobs.get(j.job_id).state for j in panel.model.transcriptions()} == {JobState.CANCELLED}
    # Each ended job asked automatic QA for its turns: once that run ends, nothing is left to cancel.
    qtbot.waitUntil(lambda: not window.autoqa.is_running(), timeout=JOB_TIMEOUT_MS)
    qtbot.wait(20)
    assert not panel.cancel_all_button.isEnabled() and panel.clear_button.isEnabled()


def test_a_recording_that_cannot_be_decoded_fails_with_its_reason(qtbot, window):
    (cid,) = select(window, "Wrong bulbs")
    conversation = window.library.conversations.get(cid, with_turns=False)
    window.library.recordings.path(conversation.recording_path).write_bytes(b"OggS" + os.urandom(40_000))
    window.transcription.transcribe_selected_action.trigger()
    wait_finished(qtbot, window)
    job = panel_row(window, cid)
    assert job.state == "failed" and job.reason
    panel = window.transcription.panel
    assert panel.model.data(panel.model.index(0, JobColumn.STATE)) == f"Failed: {job.reason}"
    assert window.statusBar().currentMessage() == f"Transcription of Wrong bulbs failed: {job.reason}"
    assert JobRepository(window.library).get(job.job_id).message == job.reason


def test_closing_the_window_interrupts_the_running_job(qtbot, demo_library, transcription_worker):
    window = MainWindow(demo_library)
    window.transcription.runner.process = transcription_worker
    qtbot.addWidget(window)
    window.show()
    first, second = select(window, "Mirgojoša galda lampa", "Светильник для кухни")  # in the table's order
    window.transcription.transcribe_selected_action.trigger()
    qtbot.waitUntil(lambda: panel_row(window, first).began is not None, timeout=JOB_TIMEOUT_MS)
    running, waiting = panel_row(window, first).job_id, panel_row(window, second).job_id
    assert window.close()
    jobs = JobRepository(demo_library)
    assert (jobs.get(running).state, jobs.get(running).message) == (JobState.INTERRUPTED, CLOSED_WHILE_RUNNING)
    assert (jobs.get(waiting).state, jobs.get(waiting).message) == (JobState.CANCELLED, CLOSED_BEFORE_START)
    assert window.transcription.runner._thread is None  # the thread has ended
    assert demo_library.conversations.get(first, with_turns=False).status == ConversationStatus.NEEDS_TRANSCRIPTION


# Without the model ------------------------------------------------------------------------------


def test_chats_have_nothing_to_transcribe(qtbot, demo_library):
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    select(window, "Missing parcel")
    window.transcription.transcribe_selected_action.trigger()
    assert window.statusBar().currentMessage() == "None of the selected conversations has a recording to transcribe"
    assert not window.transcription.runner.is_busy() and not window.transcription.panel.isVisible()
    window.library_view.table.clearSelection()
    window.library_view.table.setCurrentIndex(window.library_view.model.index(-1, 0))
    window.transcription.transcribe_selected_action.trigger()
    assert window.statusBar().currentMessage() == "Select the calls to transcribe first"


def test_the_rows_context_menu(qtbot, demo_library):
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.show()
    view = window.library_view
    row = row_of(window, "Wrong bulbs")
    pos = view.table.visualRect(view.model.index(row, Column.TITLE)).center()
    menu = view.context_menu(pos)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["&Transcribe Selected", "&Cancel Transcription"]
    assert "Show Only Maria Smith" in texts and "Show Only Call" in texts
    next(a for a in menu.actions() if a.text() == "Show Only Maria Smith").trigger()
    assert {view.model.conversation(r).employee for r in range(view.model.rowCount())} == {"Maria Smith"}
    assert view.context_menu(QPoint(5, view.table.viewport().height() - 2)) is None  # below the rows
    assert "Clear Filters" in [a.text() for a in view.context_menu(QPoint(10, 10)).actions()]


def test_transcription_shortcuts(qtbot, demo_library):
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    control = window.transcription
    assert control.transcribe_selected_action.shortcut().toString() == "Ctrl+T"
    assert control.transcribe_pending_action.shortcut().toString() == "Ctrl+Shift+T"
    assert control.jobs_action.shortcut().toString() == "Ctrl+J"
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Transcription")
    assert control.transcribe_pending_action in menu.actions() and control.jobs_action in menu.actions()
    assert control.transcribe_selected_action in window.toolbar.actions()

"""Automatic QA in the window: suggestions on the scoring panel (accept one, accept all, override
with a reason), the library's Auto column, flag filter and sort, and background scoring that
never stalls the window."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer

from reviewer.storage.conversations import ConversationFilter

OWN = Path(__file__).resolve().parents[1] / "benchmarks" / "autoqa_eval" / "own"


@pytest.fixture
def chat_library(library):
    from reviewer.importers import ImportOptions
    from reviewer.importing import import_paths

    from reviewer.checks.service import AutoQA

    for name, agent in (("ru-02-broken-sconce.txt", "Сергей Орлов"), ("ru-01-desk-lamp.txt", "Екатерина Белова")):
        list(import_paths(library, [OWN / name], ImportOptions(agents=[agent])))
    list(AutoQA(library).score_all())  # what the import's post-step or the app's background run stores
    return library


@pytest.fixture
def panel(qtbot, chat_library):
    from reviewer.ui.scoring.scoring_panel import ScoringPanel

    from reviewer.storage.settings import Setting

    chat_library.set_setting(Setting.REVIEWER_NAME, "Olga Petrova")  # else the panel asks for a name first
    panel = ScoringPanel(chat_library)
    qtbot.addWidget(panel)
    panel.resize(500, 900)
    panel.show()
    panel.show_conversation(1)
    panel.suggestions.wait()
    qtbot.waitUntil(lambda: panel.suggestions.result is not None, timeout=30_000)
    return panel


def label_text(panel, cid):
    criteria = panel.criteria
    return panel.suggestions._labels[(id(criteria), cid)].text()


def test_suggestions_are_drawn_apart_from_answers_with_reason_and_link(panel):
    text = label_text(panel, "no_problem_word")
    assert "Suggested: <b>No</b>" in text and "«проблема» in turn 4" in text and 'href="turn:3"' in text
    assert 'href="turn:3">Turn 4 «' in text  # the link counts turns from 1, like the reason
    assert panel.review is None  # nothing is saved before the reviewer acts
    assert "No automatic check" in panel.suggestions._labels[(id(panel.criteria), "fits_need")].text()


def test_s_accepts_the_focused_suggestion_with_its_evidence(qtbot, panel):
    panel.criteria.set_current("no_problem_word")
    panel.criteria.setFocus()
    qtbot.keyClick(panel.criteria, Qt.Key.Key_S)
    answer = panel.review.answers["no_problem_word"]
    assert answer.value == "no" and [e.turn_index for e in answer.evidence] == [3]
    assert "matches the suggestion" in label_text(panel, "no_problem_word")


def test_shift_s_accepts_every_open_suggestion_but_experimental_ones(qtbot, panel):
    panel.answer("no_must", "yes")  # the reviewer's own answer stays
    panel.criteria.setFocus()
    qtbot.keyClick(panel.criteria, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
    answers = {cid: a.value for cid, a in panel.review.answers.items()}
    assert answers["no_must"] == "yes"
    assert answers["greets_introduces"] == "no" and answers["first_reply"] == 1
    assert "spelling" not in answers  # experimental: shown, never pre-filled
    assert "overridden" in label_text(panel, "no_must")


def test_an_override_keeps_its_reason_until_submission(panel, chat_library):
    panel.answer("no_must", "yes")
    panel.suggestions.set_override_reason("no_must", "wrong_answer")
    row = chat_library.conn.execute(
        "SELECT suggested, override_reason FROM review_suggestions WHERE criterion_id = 'no_must'"
    ).fetchone()
    assert json.loads(row[0]) == "no" and row[1] == "wrong_answer"


def test_library_auto_column_flag_filter_and_sort(qtbot, chat_library):
    from reviewer.ui.library.library_model import Column, LibraryModel

    model = LibraryModel(chat_library)
    texts = {model.conversation(r).id: model.data(model.index(r, Column.AUTO)) for r in range(model.rowCount())}
    assert texts[2] == "100" and texts[1].endswith("\u26a0")
    assert "Forbidden word" in model.data(model.index([model.conversation(r).id for r in range(2)].index(1), Column.AUTO), Qt.ItemDataRole.ToolTipRole)
    model.sort(Column.AUTO, Qt.SortOrder.AscendingOrder)
    assert [model.conversation(r).id for r in range(model.rowCount())] == [1, 2]  # the worst first
    model.set_filter(ConversationFilter(auto_flag="rude_word"))
    assert [model.conversation(r).id for r in range(model.rowCount())] == [1]
    model.set_filter(ConversationFilter(auto_flag="no_greeting"))
    assert model.total == 1


def _unscored_window(qtbot, tmp_path, monkeypatch, count: int):
    """The main window on a library of generated chats that automatic QA has not seen yet."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_import import AGENTS, generate

    import reviewer.checks.service as service
    from reviewer.importers import ImportOptions
    from reviewer.importing import import_paths
    from reviewer.storage import Library
    from reviewer.ui.main_window import MainWindow

    chats = tmp_path / "chats"
    chats.mkdir()
    generate(chats, count)
    library = Library.open(tmp_path / "lib")
    monkeypatch.setattr(service, "after_new_turns", lambda *a, **k: None)  # leave them unscored
    list(import_paths(library, [chats], ImportOptions(agents=AGENTS)))
    monkeypatch.undo()
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
    return window, library


def test_background_scoring_never_stalls_the_window(qtbot, tmp_path, monkeypatch):
    """A timer ticking every 10 ms while 300 generated chats are scored in the background; the
    jobs panel follows the run in a row of its own."""
    from reviewer.ui.jobs.jobs_model import AUTOQA_JOB, JobColumn

    window, library = _unscored_window(qtbot, tmp_path, monkeypatch, 300)
    panel = window.transcription.panel
    # The start-up timer may ask for a second run while this one goes: it continues the same row.
    seen, ended, runs = [], [], []

    def progressed(done, total):
        if not runs:
            seen.append((done, total, panel.model.job(AUTOQA_JOB).state))

    def first_ended(*_args):
        if not ended:
            row = panel.model.job(AUTOQA_JOB)
            index = panel.model.index(panel.model.jobs().index(row), JobColumn.STATE)
            ended.append((row.state, row.fraction, row.results, index.data()))

    window.autoqa.progressed.connect(progressed)
    window.autoqa.finished.connect(runs.append)
    window.autoqa.ended.connect(first_ended)
    gaps, last = [], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    last[0] = time.perf_counter()
    window.autoqa.start()
    row = panel.model.job(AUTOQA_JOB)
    assert row is not None and row.active  # the row is there from the start, with Cancel
    qtbot.waitUntil(lambda: not window.autoqa.is_running(), timeout=300_000)
    qtbot.wait(100)
    timer.stop()
    assert library.conn.execute("SELECT COUNT(*) FROM auto_results").fetchone()[0] == 300
    assert max(gaps) < 0.100, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
    # Progress reached the row a batch (200) at a time while it ran; then it says what it did.
    assert [(d, t) for d, t, _ in seen] == [(200, 300), (300, 300)] and seen[0][2] == "running"
    assert ended == [("done", 1.0, 300, "Done: 300 new results")]
    window.close()


def test_automatic_qa_is_cancelled_from_its_jobs_row(qtbot, tmp_path, monkeypatch):
    """Cancel in the row stops the child after a stored batch: what was stored stays, whole."""
    from reviewer.ui.jobs.jobs_model import AUTOQA_JOB, CANCELLING, JobColumn

    window, library = _unscored_window(qtbot, tmp_path, monkeypatch, 600)
    panel = window.transcription.panel
    panel.show()
    panel.resize(1000, 260)
    window.autoqa.start()
    qtbot.waitUntil(lambda: panel.model.job(AUTOQA_JOB).done_items > 0, timeout=300_000)
    assert panel.model.job(AUTOQA_JOB).fraction == pytest.approx(1 / 3)
    qtbot.waitExposed(panel.table)
    row = next(r for r, j in enumerate(panel.model.jobs()) if j.job_id == AUTOQA_JOB)
    rect = panel.table.visualRect(panel.model.index(row, JobColumn.CANCEL))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.model.job(AUTOQA_JOB).state in (CANCELLING, "cancelled", "done")
    qtbot.waitUntil(lambda: not window.autoqa.is_running(), timeout=60_000)
    qtbot.wait(50)
    job = panel.model.job(AUTOQA_JOB)
    stored = library.conn.execute("SELECT COUNT(*) FROM auto_results").fetchone()[0]
    if job.state == "done":  # the last batch beat the click on a fast machine
        assert stored == 600
    else:
        assert job.state == "cancelled" and stored in (200, 400)  # a batch is one transaction
        state = panel.model.index(row, JobColumn.STATE).data()
        assert state == "Cancelled (the results stored so far are kept)"
    window.close()

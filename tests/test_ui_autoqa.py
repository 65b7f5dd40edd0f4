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
    assert "Suggested: <b>No</b>" in text and "«проблема» in turn 3" in text and 'href="turn:3"' in text
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


def test_background_scoring_never_stalls_the_window(qtbot, tmp_path, monkeypatch):
    """A timer ticking every 10 ms while 300 generated chats are scored in the background."""
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
    generate(chats, 300)
    library = Library.open(tmp_path / "lib")
    monkeypatch.setattr(service, "after_new_turns", lambda *a, **k: None)  # leave them unscored
    list(import_paths(library, [chats], ImportOptions(agents=AGENTS)))
    monkeypatch.undo()
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(50)
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
    qtbot.waitUntil(lambda: not window.autoqa.is_running(), timeout=300_000)
    qtbot.wait(100)
    timer.stop()
    assert library.conn.execute("SELECT COUNT(*) FROM auto_results").fetchone()[0] == 300
    assert max(gaps) < 0.100, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
    window.close()

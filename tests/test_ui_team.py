"""Team work in the window: My Queue and F8, Export for a Colleague, dropping a bundle,
Calibration Results with its PDF, and the others' calibration reviews hidden until you submit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from reviewer.domain.sampling import SampleRule
from reviewer.team import calibration, samples
from reviewer.ui.main_window import MainWindow

from team_helpers import GOOD, POOR, add_chat, open_library, submit


@pytest.fixture
def olga_lib(tmp_path):
    lib = open_library(tmp_path / "olga", "Olga")
    yield lib
    lib.close()


def make_window(qtbot, library):
    from reviewer.storage.settings import Setting

    library.set_setting(Setting.LIBRARY_SHOW, "all")  # reviewed conversations too (a new library shows To review)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_my_queue_shows_progress_and_f8_opens_the_next(qtbot, olga_lib):
    ids = [add_chat(olga_lib, f"q{i}") for i in range(5)]
    found = samples.create_sample(olga_lib, SampleRule(n=3), seed=2)
    samples.assign(olga_lib, found.uid, ["Olga"], due="2099-12-31")
    submit(olga_lib, found.items[0].id, "Olga", GOOD)
    window = make_window(qtbot, olga_lib)
    dock = window.team.queue_dock
    assert dock.isVisible() and dock.list.count() == 3
    assert dock.summary.text().startswith("My queue: 1 of 3 done, due ")
    opened = window.team.open_next()
    assert opened == found.items[1].id and window.library_view.current_conversation_id() == opened
    assert window.scoring_panel._conversation.id == opened
    assert window.team.open_next() == found.items[2].id
    assert window.team.next_action.shortcut().toString() == "F8"
    assert set(ids) >= {d.id for d in found.items}


def test_queue_is_hidden_when_nothing_is_assigned(qtbot, olga_lib):
    add_chat(olga_lib, "lonely")
    window = make_window(qtbot, olga_lib)
    assert not window.team.queue_dock.isVisible()
    assert window.team.open_next() is None


def test_export_for_a_colleague_then_drop_the_bundle_on_their_window(qtbot, olga_lib, tmp_path):
    ids = [add_chat(olga_lib, f"e{i}") for i in range(3)]
    for cid in ids:
        submit(olga_lib, cid, "Olga", GOOD)
    window = make_window(qtbot, olga_lib)
    window.library_view.select_conversation(ids[0])
    dialog = window.team.export_for_colleague()
    assert dialog.selected_choice.isChecked() and dialog.conversation_ids() == [ids[0]]
    dialog.listed_choice.setChecked(True)
    assert sorted(dialog.conversation_ids()) == sorted(ids)
    target = tmp_path / "for-ivan.rvbundle"
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.export_to(target)
    assert dialog.summary.reviews == 3 and target.is_file()
    assert "Exported 3 reviews" in window.statusBar().currentMessage()

    ivan = open_library(tmp_path / "ivan", "Ivan")
    theirs = make_window(qtbot, ivan)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(theirs.importFinished, timeout=20_000) as finished:
        theirs.dropEvent(event)
    result = finished.args[0][0]
    assert str(result.outcome) == "imported" and result.format == "bundle"
    assert theirs.library_view.model.total == 3
    assert len(ivan.reviews.list()) == 3
    theirs.close()
    ivan.close()


def test_calibration_results_dialog_and_pdf(qtbot, olga_lib, tmp_path):
    ids = [add_chat(olga_lib, f"k{i}") for i in range(3)]
    session = calibration.create(olga_lib, "November", "desk", ids, ["Olga", "Ivan"])
    for reviewer, answers in (("Olga", [GOOD, POOR, GOOD]), ("Ivan", [GOOD, GOOD, POOR])):
        for cid, values in zip(ids, answers):
            submit(olga_lib, cid, reviewer, values, comment="x")
    window = make_window(qtbot, olga_lib)
    dialog = window.team.show_calibration()
    assert dialog.sessions.currentData() == session.uid
    assert dialog.criteria.rowCount() == 3 and dialog.reviewers.rowCount() == 2
    assert dialog.criteria.item(0, 0).text() == "Greets"
    assert "alpha" in dialog.summary.text()
    path = dialog.save_pdf(tmp_path / "cal.pdf")
    assert path.read_bytes().startswith(b"%PDF")


def test_others_calibration_reviews_stay_hidden_until_you_submit(qtbot, olga_lib):
    cid = add_chat(olga_lib, "blind")
    calibration.create(olga_lib, "Blind", "desk", [cid], ["Olga", "Ivan"])
    submit(olga_lib, cid, "Ivan", POOR, comment="no")
    window = make_window(qtbot, olga_lib)
    window.scoring_panel.show_conversation(cid)
    assert window.scoring_panel._others == []
    submit(olga_lib, cid, "Olga", GOOD)
    window.scoring_panel.show_conversation(cid)
    assert [r.reviewer for r in window.scoring_panel._others] == ["Ivan"]

"""Conversation metrics in the desktop app: the header strip, the seek-bar marks that seek, the
library's metric columns, sorting and filters."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from reviewer.domain import SpeakerRole
from reviewer.domain.metrics import VoiceActivity
from reviewer.metrics import metrics_for
from reviewer.storage.metrics import MetricsRepository
from reviewer.ui.conversation.seek_bar import MARK_OVERTALK, MARK_SILENCE
from reviewer.ui.library.library_model import Column

sys.path.insert(0, str(Path(__file__).parent))
from test_ui_player import KITCHEN, make_window, open_titled, scripts  # noqa: E402,F401 (a fixture)


def test_a_call_shows_its_figures_and_marks_that_seek(qtbot, demo_library, scripts):
    cid = next(c.id for c in demo_library.conversations.list() if c.title == KITCHEN)
    # What a transcription would have heard: 12 s of dead air, then 2 s of both speaking.
    MetricsRepository(demo_library).set_voice_activity(cid, [
        VoiceActivity(0, SpeakerRole.AGENT, ((0, 5000), (20_000, 30_000))),
        VoiceActivity(1, SpeakerRole.CUSTOMER, ((5500, 8000), (28_000, 33_000))),
    ])
    window = make_window(qtbot, demo_library)
    view = open_titled(window, KITCHEN)
    strip = view.metrics_strip
    assert strip.isVisible()
    assert "Silences: <b" in strip.text() and "Overtalk" in strip.text() and "Agent talks" in strip.text()
    bar = view.player.seek_bar
    assert bar.marks() == [(8000, 20_000, MARK_SILENCE), (28_000, 30_000, MARK_OVERTALK)]
    seeks = []
    bar.seekRequested.connect(seeks.append)
    top = int(bar.track_rect().top()) + 1
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(int(bar.x_of(29_000)), top))
    assert set(seeks) == {28_000}  # to where the overtalk begins, not where the click fell
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(int(bar.x_of(15_000)), top))
    assert seeks[-1] == 8000
    # Lower down the strip a click seeks to the point, as before.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(int(bar.x_of(15_000)), int(bar.track_rect().bottom()) - 2))
    assert abs(seeks[-1] - 15_000) < 300


def test_the_library_sorts_and_filters_by_figures(qtbot, demo_library):
    window = make_window(qtbot, demo_library)
    view = window.library_view
    model = view.model
    firsts = {c.id: metrics_for(demo_library, c.id)["first_reply_ms"] for c in demo_library.conversations.list()}
    assert any(v and v > 30_000 for v in firsts.values()) and any(v is not None and v <= 30_000 for v in firsts.values())
    model.sort(Column.FIRST_REPLY, Qt.SortOrder.DescendingOrder)
    shown = [model.conversation(r).id for r in range(model.rowCount())]
    timed = [cid for cid in shown if firsts.get(cid) is not None]
    assert [firsts[cid] for cid in timed] == sorted((firsts[cid] for cid in timed), reverse=True)
    assert shown[: len(timed)] == timed  # those without a first reply come last
    slow_row = shown.index(timed[0])
    from reviewer.ui.widgets import formatting

    assert model.data(model.index(slow_row, Column.FIRST_REPLY)) == formatting.wait(firsts[timed[0]])
    view.metrics_box.setCurrentIndex(view.metrics_box.index_of(("first_reply_over_ms", 30_000)))
    kept = {model.conversation(r).id for r in range(model.rowCount())}
    assert kept == {cid for cid, v in firsts.items() if v is not None and v > 30_000}
    view.clear_filters()
    assert model.total == demo_library.conversations.count()

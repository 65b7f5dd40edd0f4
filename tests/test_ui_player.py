"""The player beside the transcript: real playback of the demo calls (QtMultimedia's FFmpeg back
end, which plays against the clock when there is no sound device), the turn being spoken
marked and kept in view, clicks and keys that seek, the seek bar, the shortcuts dialog."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole, Turn
from reviewer.domain.timeline import RESTART_MS, Timeline
from reviewer.ui import style
from reviewer.ui.main_window import MainWindow
from reviewer.ui.conversation.transcript import EDITED_COLOUR, PLAYING_BACKGROUNDS, CurrentRole

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = REPO / "recordings" / "calls" / "scripts.json"
KITCHEN = "Светильник для кухни"  # Anna's call: 8 turns over 37.6 s, agent on the left


def add_script_turns(library) -> dict[str, list[dict]]:
    """Give the demo calls the turns they were made from (recordings/calls/scripts.json), as a
    transcription would, so the tests know exactly when each turn is spoken."""
    scripts = {s["file"]: s["lines"] for s in json.loads(SCRIPTS.read_text(encoding="utf-8"))}
    for conversation in library.conversations.list():
        lines = scripts.get(conversation.source_name)
        if lines:
            turns = [Turn(line["text"], SpeakerRole(line["role"]), line["speaker"], line["start_ms"], line["end_ms"])
                     for line in lines]
            library.conversations.replace_turns(conversation.id, turns)
            library.conversations.set_status(conversation.id, ConversationStatus.TRANSCRIBED)
    return {library.conversations.get(c.id).title: scripts[c.source_name]
            for c in library.conversations.list() if c.source_name in scripts}


def make_window(qtbot, library) -> MainWindow:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def scripts(demo_library):
    return add_script_turns(demo_library)


@pytest.fixture
def window(qtbot, demo_library, scripts):
    return make_window(qtbot, demo_library)


def open_titled(window, title: str):
    view = window.library_view
    for row in range(view.model.rowCount()):
        if view.model.conversation(row).title == title:
            view.table.selectRow(row)
            return window.conversation_view
    raise AssertionError(f"no conversation titled {title!r}")


def current_rows(view) -> list[int]:
    model = view.turns_model
    return [r for r in range(model.rowCount()) if model.data(model.index(r), CurrentRole)]


def click_turn(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = view.turns_model.index(row)
    view.transcript.scrollTo(index)
    rect = view.transcript.visualRect(index)
    qtbot.mouseClick(view.transcript.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


# The turn at a position: a bisection over start times (reviewer.domain.timeline) --------------


def _timed(starts):
    return [Turn("x", start_ms=s, end_ms=None if s is None else s + 900, index=i) for i, s in enumerate(starts)]


def test_timeline_finds_the_turn_being_spoken():
    timeline = Timeline(_timed([400, 6310, 11310, None, 16974]))
    assert len(timeline) == 4  # the turn without a time is left out
    assert timeline.row_at(0) is None  # before the first turn
    assert timeline.row_at(400) == 0
    assert timeline.row_at(6309) == 0  # still the first turn, through the pause after it
    assert timeline.row_at(6310) == 1
    assert timeline.row_at(16000) == 2
    assert timeline.row_at(99_000) == 4  # rows are positions in the list given, the untimed one counted
    assert timeline.start_of(4) == 16974 and timeline.start_of(3) is None


def test_timeline_next_and_previous_turn():
    timeline = Timeline(_timed([0, 10_000, 20_000]))
    assert timeline.next_start(0) == 10_000
    assert timeline.next_start(9_950) == 20_000  # a hair before a turn counts as being on it
    assert timeline.next_start(20_000) is None
    assert timeline.previous_start(20_500) == 10_000  # just started: the turn before
    assert timeline.previous_start(20_000 + RESTART_MS + 500) == 20_000  # well into it: its start
    assert timeline.previous_start(300) == 0
    assert Timeline([]).previous_start(5) is None and Timeline([]).row_at(5) is None


def test_timeline_sorts_overlapping_turns_of_two_channels():
    # Agent and customer talk over each other: rows are in transcript order, times are not.
    timeline = Timeline(_timed([0, 5_000, 4_000, 9_000]))
    assert timeline.row_at(4_500) == 2 and timeline.row_at(5_500) == 1
    assert timeline.next_start(4_000) == 5_000


def test_timeline_lookup_is_a_bisection_not_a_scan():
    # 100,000 turns and 100,000 lookups: a scan per lookup would take an hour, bisection a blink.
    starts = sorted(random.Random(5).sample(range(0, 360_000_000), 100_000))
    timeline = Timeline(_timed(starts))
    positions = [random.Random(6).randrange(0, 360_000_000) for _ in range(100_000)]
    began = time.perf_counter()
    rows = [timeline.row_at(ms) for ms in positions]
    assert time.perf_counter() - began < 2.0
    for ms, row in list(zip(positions, rows))[:20]:
        expected = max((i for i, s in enumerate(starts) if s <= ms), default=None)
        assert row == expected


# Playing ---------------------------------------------------------------------------------------


def test_the_turn_being_spoken_follows_real_playback(window, scripts, qtbot):
    view = open_titled(window, KITCHEN)
    player = view.player
    assert player is not None and not player.isHidden()
    lines = scripts[KITCHEN]
    assert player.duration() == pytest.approx(37_650, abs=300)
    assert view.playback_ms() == 0 and current_rows(view) == []

    player.seek(lines[1]["start_ms"] - 1200)  # 1.2 s before the customer answers
    assert current_rows(view) == [0]
    player.play()
    qtbot.waitUntil(player.is_playing, timeout=3000)
    qtbot.waitUntil(lambda: current_rows(view) == [1], timeout=4000)
    assert view.playback_ms() >= lines[1]["start_ms"]
    player.pause()
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=2000)

    # The mark is painted: the card of the turn being spoken has the stronger tint.
    qtbot.wait(50)
    image = view.transcript.viewport().grab().toImage()
    rect = view.transcript.visualRect(view.turns_model.index(1))
    x, y = rect.right() - 60, rect.bottom() - 12
    assert image.pixelColor(x, y).name() == PLAYING_BACKGROUNDS[SpeakerRole.CUSTOMER].name()
    other = view.transcript.visualRect(view.turns_model.index(0))
    assert image.pixelColor(other.right() - 60, other.bottom() - 12).name() == style.ROLE_BACKGROUNDS[SpeakerRole.AGENT].name()


def test_the_turn_being_spoken_is_kept_in_view(qtbot, demo_library, scripts):
    window = make_window(qtbot, demo_library)
    window.resize(1400, 620)  # a short window: the last turns are out of view at first
    view = open_titled(window, KITCHEN)
    last = len(scripts[KITCHEN]) - 1

    def in_view(row: int) -> bool:
        rect = view.transcript.visualRect(view.turns_model.index(row))
        return rect.top() >= 0 and rect.bottom() <= view.transcript.viewport().height()

    assert not in_view(last)
    view.player.seek(scripts[KITCHEN][last]["start_ms"] - 600)
    view.player.play()
    qtbot.waitUntil(lambda: current_rows(view) == [last], timeout=4000)
    view.player.pause()
    assert in_view(last)

    # A reader who scrolled away to read elsewhere is left there when the next turn starts.
    view.player.seek(scripts[KITCHEN][last - 2]["start_ms"] + 100)
    assert current_rows(view) == [last - 2] and in_view(last - 2)
    view.transcript.scrollToTop()
    assert not in_view(last - 1)
    view.player.play()
    qtbot.waitUntil(lambda: current_rows(view) == [last - 1], timeout=8000)
    view.player.pause()
    assert view.transcript.verticalScrollBar().value() == 0


def test_clicking_a_turn_plays_from_its_start(window, scripts, qtbot):
    view = open_titled(window, KITCHEN)
    with qtbot.waitSignal(view.seeked, timeout=2000) as seeked:
        click_turn(qtbot, view, 3)
    start = scripts[KITCHEN][3]["start_ms"]
    assert seeked.args == [start]
    assert view.playback_ms() == start and view.player.seek_bar.value() == start
    assert current_rows(view) == [3]
    assert view.selected_turn_indexes() == [3]
    # The player itself went there: playing continues from the turn.
    view.player.play()
    qtbot.waitUntil(lambda: view.player.player.position() > start + 300, timeout=4000)
    view.player.pause()
    assert current_rows(view) == [3]

    # Ctrl+click adds a turn to the selection (evidence of several turns) without seeking.
    click_turn(qtbot, view, 5, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_turn_indexes() == [3, 5]
    assert abs(view.playback_ms() - start) < 2000


def test_speed_changes_how_fast_the_position_moves(window, qtbot):
    view = open_titled(window, KITCHEN)
    player = view.player
    view.transcript.setFocus()
    qtbot.keyClick(view.transcript, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert player.speed() == 2.0 and player.player.playbackRate() == 2.0
    assert player.speed_box.currentText() == "2\u00d7"
    player.play()
    qtbot.waitUntil(lambda: player.position() > 200, timeout=3000)
    began_ms, began = player.position(), time.perf_counter()
    qtbot.wait(1500)
    moved = player.position() - began_ms
    player.pause()
    assert moved > 1.6 * (time.perf_counter() - began) * 1000 * 0.9  # about twice the clock
    player.set_speed(0.5)
    assert player.player.playbackRate() == 0.5
    qtbot.keyClick(view.transcript, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert player.speed() == 0.5  # the slowest stays the slowest


def test_back_and_forward_five_seconds(window, qtbot):
    view = open_titled(window, KITCHEN)
    player = view.player
    player.seek(20_000)
    qtbot.mouseClick(player.back_button, Qt.MouseButton.LeftButton)
    assert view.playback_ms() == 15_000
    qtbot.waitUntil(lambda: player.player.position() == 15_000, timeout=3000)  # once the file is open
    view.transcript.setFocus()
    qtbot.keyClick(view.transcript, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert view.playback_ms() == 10_000
    qtbot.keyClick(view.transcript, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.mouseClick(player.forward_button, Qt.MouseButton.LeftButton)
    assert view.playback_ms() == 20_000
    player.seek(3_000)
    qtbot.mouseClick(player.back_button, Qt.MouseButton.LeftButton)
    assert view.playback_ms() == 0  # not before the start
    assert player.time_label.text() == "0:00 / 0:37"


def test_ctrl_arrows_go_to_the_next_and_previous_turn(window, scripts, qtbot):
    view = open_titled(window, KITCHEN)
    starts = [line["start_ms"] for line in scripts[KITCHEN]]
    view.transcript.setFocus()
    qtbot.keyClick(view.transcript, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.playback_ms() == starts[0]
    qtbot.keyClick(view.transcript, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.playback_ms() == starts[2]
    assert current_rows(view) == [2] and view.selected_turn_indexes() == [2]
    qtbot.keyClick(view.transcript, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.playback_ms() == starts[1] and view.selected_turn_indexes() == [1]
    # Well into a turn, Ctrl+Left first goes back to its start.
    view.seek_to_ms(starts[4] + 3000)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.playback_ms() == starts[4]
    # Also from the library table: the keys belong to the window.
    window.library_view.table.setFocus()
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.playback_ms() == starts[5]


def test_space_plays_and_pauses_but_types_in_text_fields(window, qtbot):
    view = open_titled(window, KITCHEN)
    player = view.player
    view.transcript.setFocus()
    qtbot.keyClick(view.transcript, Qt.Key.Key_Space)
    qtbot.waitUntil(player.is_playing, timeout=3000)
    qtbot.keyClick(view.transcript, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=3000)

    view.find_box.setFocus()
    qtbot.keyClicks(view.find_box, "no way")
    assert view.find_box.text() == "no way"
    qtbot.wait(200)
    assert not player.is_playing()
    # Ctrl+Left in the find box moves by word, as always.
    qtbot.keyClick(view.find_box, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert view.find_box.cursorPosition() == 3 and view.playback_ms() == 0

    # A focused button gets its Space: here the speed's neighbour, the mute button.
    player.mute_button.setFocus()
    qtbot.keyClick(player.mute_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.audio.isMuted(), timeout=2000)
    assert not player.is_playing()


def test_the_seek_bar_maps_clicks_to_times_and_shows_who_speaks(window, scripts, qtbot):
    view = open_titled(window, KITCHEN)
    bar = view.player.seek_bar
    track = bar.track_rect()
    assert bar.lanes() == [SpeakerRole.AGENT, SpeakerRole.CUSTOMER]
    with qtbot.waitSignal(bar.seekRequested) as requested:
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(int(track.left() + track.width() / 4),
                                                                     int(track.center().y())))
    quarter = bar.duration() / 4
    assert abs(requested.args[0] - quarter) <= bar.duration() / track.width() + 1
    assert abs(view.playback_ms() - quarter) <= bar.duration() / track.width() + 1
    assert bar.ms_at(track.left() - 50) == 0 and bar.ms_at(track.right() + 50) == bar.duration()

    # Dragging moves the player along.
    y = int(track.center().y())
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=QPoint(int(track.left() + 10), y))
    qtbot.mouseMove(bar, QPoint(int(bar.x_of(30_000)), y))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=QPoint(int(bar.x_of(30_000)), y))
    assert abs(view.playback_ms() - 30_000) <= bar.duration() / track.width() + 1

    # Keys on the focused bar: arrows 5 s, Home the start.
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Home)
    assert view.playback_ms() == 0
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert view.playback_ms() == 5_000

    # Each turn is a block in its speaker's colour, in its speaker's lane (without the waveform,
    # which is drawn over them once loaded: see the test below).
    bar.set_waveform([])
    image = bar.grab().toImage()
    agent, customer = bar.lane_rect(SpeakerRole.AGENT), bar.lane_rect(SpeakerRole.CUSTOMER)
    for line in scripts[KITCHEN]:
        x = int(bar.x_of((line["start_ms"] + line["end_ms"]) // 2))
        if abs(x - bar.x_of(bar.value())) < 6:
            continue  # under the playhead
        own, other = (agent, customer) if line["role"] == "agent" else (customer, agent)
        role = SpeakerRole(line["role"])
        assert image.pixelColor(x, int(own.center().y())).name() == style.ROLE_COLOURS[role].name(), line
        assert image.pixelColor(x, int(other.center().y())).name() != style.ROLE_COLOURS[SpeakerRole.AGENT].name()
        assert image.pixelColor(x, int(other.center().y())).name() != style.ROLE_COLOURS[SpeakerRole.CUSTOMER].name()


def test_each_channel_s_loudness_is_drawn_in_its_speaker_s_lane(window, scripts, qtbot):
    view = open_titled(window, KITCHEN)
    bar = view.player.seek_bar
    qtbot.waitUntil(bar.has_waveform, timeout=10_000)  # decoded on a worker thread
    image = bar.grab().toImage()
    agent, customer = bar.lane_rect(SpeakerRole.AGENT), bar.lane_rect(SpeakerRole.CUSTOMER)
    colours = {role: style.ROLE_COLOURS[role].name() for role in (SpeakerRole.AGENT, SpeakerRole.CUSTOMER)}

    def lane_has(lane, x, colour) -> bool:
        return any(image.pixelColor(x, y).name() == colour for y in range(int(lane.top()), int(lane.bottom())))

    checked = 0
    for line in scripts[KITCHEN]:
        x = int(bar.x_of((line["start_ms"] + line["end_ms"]) // 2))
        if abs(x - bar.x_of(bar.value())) < 6:
            continue
        # The agent is on the left channel (the library's default), drawn in the upper lane.
        speaking, silent = (agent, customer) if line["role"] == "agent" else (customer, agent)
        role = SpeakerRole(line["role"])
        other = SpeakerRole.CUSTOMER if role is SpeakerRole.AGENT else SpeakerRole.AGENT
        # Somewhere in the turn the speaker's channel is loud; the other stays silent.
        xs = range(int(bar.x_of(line["start_ms"])) + 1, int(bar.x_of(line["end_ms"])))
        assert any(lane_has(speaking, x, colours[role]) for x in xs), line
        assert not any(lane_has(silent, x, colours[other]) for x in xs), line
        checked += 1
    assert checked >= 6


def test_channel_peaks_of_a_two_channel_call():
    from reviewer.ui.conversation.waveform import channel_peaks

    lines = json.loads(SCRIPTS.read_text(encoding="utf-8"))[0]["lines"]

    path = REPO / "recordings" / "calls" / "2026-10-06-anna-ivanova-ru-kitchen-lamp.ogg"
    left, right = channel_peaks(path, buckets=376)  # 100 ms each
    assert max(left + right) == pytest.approx(1.0)
    for line in lines:
        inside = slice(line["start_ms"] // 100 + 1, line["end_ms"] // 100 - 1)
        speaker, listener = (left, right) if line["role"] == "agent" else (right, left)
        assert max(speaker[inside]) > 0.3 and max(listener[inside]) < 0.1, line
    with pytest.raises(Exception):
        channel_peaks(REPO / "README.md")


# What other panels use -------------------------------------------------------------------------


def test_seek_to_turn_and_ms_for_the_scoring_panel(window, scripts, qtbot):
    view = open_titled(window, KITCHEN)
    starts = [line["start_ms"] for line in scripts[KITCHEN]]
    seeks = []
    view.seeked.connect(seeks.append)
    view.seek_to_turn(6)
    assert view.selected_turn_indexes() == [6] and view.playback_ms() == starts[6]
    assert view.transcript.viewport().rect().intersects(view.transcript.visualRect(view.turns_model.index(6)))
    view.seek_to_ms(starts[2] + 500)
    assert view.playback_ms() == starts[2] + 500 and current_rows(view) == [2]
    assert seeks == [starts[6], starts[2] + 500]
    view.seek_to_turn(99)  # no such turn: nothing happens
    assert view.playback_ms() == starts[2] + 500

    # A chat: no player; the turn is still selected and shown.
    chat = open_titled(window, "Торшер для чтения")
    assert chat.playback_ms() is None and view.player.isHidden()
    chat.seek_to_turn(4)
    assert chat.selected_turn_indexes() == [4]


def test_reload_keeps_selection_scroll_and_playback(window, demo_library, qtbot):
    window.resize(1100, 520)
    view = open_titled(window, KITCHEN)
    view.seek_to_turn(5)
    click_turn(qtbot, view, 6, Qt.KeyboardModifier.ControlModifier)
    view.player.play()
    qtbot.waitUntil(view.player.is_playing, timeout=3000)
    scrolled = view.transcript.verticalScrollBar().value()
    assert scrolled > 0
    demo_library.conversations.edit_turn(view.conversation.id, 5, text="Давайте подвесной, белый.")
    view.reload()
    assert view.turns_model.turn(5).text == "Давайте подвесной, белый."
    assert view.selected_turn_indexes() == [5, 6]
    assert view.transcript.verticalScrollBar().value() == scrolled
    assert view.player.is_playing()  # the recording was not reopened
    view.player.pause()


def test_a_call_waiting_for_transcription_can_be_listened_to(qtbot, demo_library):
    window = make_window(qtbot, demo_library)  # the demo as built: calls without turns
    view = open_titled(window, KITCHEN)
    assert view.pages.currentWidget() is view.message_page
    assert not view.player.isHidden() and view.player.play_button.isEnabled()
    view.player.play()
    qtbot.waitUntil(lambda: view.playback_ms() > 500, timeout=4000)
    view.player.pause()
    assert view.player.seek_bar.lanes() == []  # no turns on the strip yet...
    qtbot.waitUntil(view.player.seek_bar.has_waveform, timeout=10_000)  # ...but who speaks when
    # Transcribed meanwhile: reload shows the turns and keeps the player.
    add_script_turns(demo_library)
    position = view.playback_ms()
    view.reload()
    assert view.pages.currentWidget() is view.transcript_page
    assert view.player.seek_bar.lanes() == [SpeakerRole.AGENT, SpeakerRole.CUSTOMER]
    assert view.playback_ms() == position


def test_a_missing_recording_is_named_and_nothing_breaks(window, demo_library, qtbot):
    view = open_titled(window, KITCHEN)
    path = demo_library.recordings.path(view.conversation.recording_path)
    open_titled(window, "Торшер для чтения")
    path.unlink()
    view = open_titled(window, KITCHEN)
    assert not view.player.play_button.isEnabled()
    assert str(path) in view.player.notice_label.text() and not view.player.notice_label.isHidden()
    assert view.playback_ms() is None
    qtbot.keyClick(view.transcript, Qt.Key.Key_Space)  # nothing to play: no error either
    click_turn(qtbot, view, 2)
    assert view.selected_turn_indexes() == [2]


def test_a_corrupt_recording_says_why_it_cannot_play(window, demo_library, qtbot):
    view = open_titled(window, KITCHEN)
    path = demo_library.recordings.path(view.conversation.recording_path)
    open_titled(window, "Торшер для чтения")
    path.write_bytes(b"OggS" + b"\x00" * 4000)
    view = open_titled(window, KITCHEN)
    view.player.play()
    qtbot.waitUntil(lambda: "Cannot play" in view.player.notice_label.text(), timeout=5000)
    assert path.name in view.player.notice_label.text()


def test_an_hour_long_call_with_1200_turns(qtbot, library, tmp_path):
    # One hour of silence (8 kHz, 8 bit) and a turn every three seconds.
    audio = tmp_path / "hour.wav"
    with wave.open(str(audio), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(8000)
        out.writeframes(b"\x80" * (8000 * 3600))
    sha = "ab" * 32
    relative, _new = library.recordings.add(audio, sha, ".wav")
    turns = [Turn(f"Turn number {i}", SpeakerRole.AGENT if i % 2 else SpeakerRole.CUSTOMER,
                  "Anna" if i % 2 else "Client", i * 3000, i * 3000 + 2500) for i in range(1200)]
    cid = library.conversations.add(Conversation(
        channel=Channel.CALL, source_name="hour.wav", source_sha256=sha, recording_path=relative,
        duration_ms=3600_000, turns=turns, status=ConversationStatus.TRANSCRIBED))
    window = make_window(qtbot, library)
    view = window.conversation_view
    began = time.perf_counter()
    view.show_conversation(cid)
    assert time.perf_counter() - began < 5.0
    assert view.turns_model.rowCount() == 1200 and len(view.player.seek_bar.segments()) == 1200

    # Every position tick finds its turn at once.
    positions = random.Random(7).sample(range(0, 3600_000), 1500)
    began = time.perf_counter()
    for ms in positions:
        view.player.positionChanged.emit(ms)
    assert time.perf_counter() - began < 3.0
    assert current_rows(view) == [positions[-1] // 3000]

    view.seek_to_ms(3_590_000)  # near the end, then real playback into the last turn
    view.player.play()
    qtbot.waitUntil(lambda: current_rows(view) == [1197], timeout=5000)
    view.player.pause()
    assert view.transcript.viewport().rect().intersects(view.transcript.visualRect(view.turns_model.index(1197)))


# Turn corrections from the transcript -------------------------------------------------------------


def test_relabel_a_turn_from_the_context_menu(window, demo_library, qtbot):
    view = open_titled(window, KITCHEN)
    cid = view.conversation.id
    click_turn(qtbot, view, 3)
    menu = view.turn_actions.build_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Speaker: &Agent" in texts and "&Edit Turn…" in texts and "&Play From Here" in texts
    assert view.turn_actions.customer_action.isEnabled() is False  # turn 3 is the customer's already
    view.turn_actions.agent_action.trigger()
    assert demo_library.conversations.turn(cid, 3).role is SpeakerRole.AGENT
    assert demo_library.conversations.turn(cid, 1).role is SpeakerRole.CUSTOMER  # the speaker's other turns stay
    turn = view.turns_model.turn(3)
    assert turn.role is SpeakerRole.AGENT and turn.original_role is SpeakerRole.CUSTOMER
    tooltip = view.turns_model.data(view.turns_model.index(3), Qt.ItemDataRole.ToolTipRole)
    assert "Speaker before: customer" in tooltip
    # The strip shows the turn in the agent's lane now.
    assert (turn.start_ms, turn.end_ms, SpeakerRole.AGENT) in view.player.seek_bar.segments()
    view.turn_actions.build_menu()  # as the next right-click does
    assert view.turn_actions.revert_action.isEnabled()
    view.turn_actions.revert_action.trigger()
    assert demo_library.conversations.turn(cid, 3).role is SpeakerRole.CUSTOMER
    assert view.turns_model.turn(3).original_role is None


def test_edit_a_turn_with_f2_marks_it_edited(window, demo_library, qtbot):
    from reviewer.ui.conversation.turn_editor import TurnEditorDialog

    view = open_titled(window, KITCHEN)
    cid = view.conversation.id
    original = view.turns_model.turn(3).text
    click_turn(qtbot, view, 3)

    def type_and_save():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TurnEditorDialog) and w.isVisible())
        dialog.text_edit.setPlainText("Тёплый. Кухня небольшая, метров шесть.")
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: True)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(200, type_and_save)
    qtbot.keyClick(view.transcript, Qt.Key.Key_F2)
    assert demo_library.conversations.turn(cid, 3).text == "Тёплый. Кухня небольшая, метров шесть."
    turn = view.turns_model.turn(3)
    assert turn.text.endswith("метров шесть.") and turn.original_text == original
    tooltip = view.turns_model.data(view.turns_model.index(3), Qt.ItemDataRole.ToolTipRole)
    assert f"Text before: {original}" in tooltip
    # The "edited" mark is painted in the header, after the speaker's name; not on other turns.
    def mark_pixels(row: int) -> int:
        image = view.transcript.viewport().grab().toImage()
        rect = view.transcript.visualRect(view.turns_model.index(row))
        mark = EDITED_COLOUR
        return sum(
            1 for x in range(rect.left() + 60, rect.left() + 200) for y in range(rect.top() + 10, rect.top() + 34)
            if abs(image.pixelColor(x, y).red() - mark.red()) + abs(image.pixelColor(x, y).green() - mark.green())
            + abs(image.pixelColor(x, y).blue() - mark.blue()) < 60
        )

    assert mark_pixels(3) > 10 and mark_pixels(2) == 0


def test_copy_selected_turns(window, qtbot):
    view = open_titled(window, KITCHEN)
    click_turn(qtbot, view, 0)
    click_turn(qtbot, view, 1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view.transcript, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0].startswith("[0:00] Анна: Добрый день!")
    assert copied[1].startswith("[0:06] Сергей: Здравствуйте")


# The shortcuts dialog ----------------------------------------------------------------------------


def test_f1_lists_every_shortcut(window, qtbot):
    open_titled(window, KITCHEN)
    window.activateWindow()
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_F1)
    dialog = window._shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    keys = {(keys, description) for _section, keys, description in dialog.entries()}
    for expected in [("Ctrl+O", "Import Files"), ("Ctrl+Shift+O", "Import Folder"), ("F5", "Refresh"),
                     ("Ctrl+F", "Find in Conversation"), ("Ctrl+K", "Search the Library"),
                     ("Ctrl+Shift+R", "Reports"), ("F1, ?", "Keyboard Shortcuts"),
                     ("Space", "Play or pause the recording"), ("Ctrl+Right", "Next turn"),
                     ("Shift+Left", "Back 5 seconds"), ("F2", "Edit Turn"), ("Shift+Enter", "Previous match"),
                     ("Ctrl+Q", "Quit"), ("Ctrl+T", "Transcribe Selected"), ("Ctrl+Shift+N", "New Visit"),
                     ("Y, P, N", "Answer yes, partly or no"), ("Ctrl+Enter", "Submit the review"),
                     ("E", "Attach the selected turns or the moment playing as evidence")]:
        assert expected in keys
    # Whatever the menus hold (Quit's key depends on the platform) is listed.
    for action in window.quit_action, window.reports_action:
        for sequence in action.shortcuts():
            assert any(sequence.toString() in k for k, _d in keys)
    dialog.filter_box.setText("turn")
    shown = dialog.visible_entries()
    assert ("Ctrl+Right", "Next turn") in shown and all("turn" in (k + d).casefold() for k, d in shown)
    # F1 again raises the same dialog; "?" too.
    qtbot.keyClick(window.library_view.table, Qt.Key.Key_Question)
    assert window._shortcuts_dialog is dialog


def test_the_player_loads_qtmultimedia_only_when_a_call_is_shown(scripts, demo_library):
    code = """
import sys
from reviewer.ui.app import create_application
from reviewer.storage import Library
from reviewer.ui.main_window import MainWindow
app = create_application([sys.argv[0]])
library = Library.open(sys.argv[1], create=False)
window = MainWindow(library)
window.show()
calls = [c.id for c in library.conversations.list() if c.channel == "call"]
chats = [c.id for c in library.conversations.list() if c.channel == "chat"]
window.conversation_view.show_conversation(chats[0])
before = "PySide6.QtMultimedia" in sys.modules
window.conversation_view.show_conversation(calls[0])
print(before, "PySide6.QtMultimedia" in sys.modules, window.conversation_view.player is not None)
"""
    done = subprocess.run([sys.executable, "-c", code, str(demo_library.root)], capture_output=True, text=True,
                          timeout=60, cwd=REPO, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-3:] == ["False", "True", "True"]

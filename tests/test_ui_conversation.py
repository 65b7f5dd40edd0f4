"""The conversation view: turns with speaker, colour and time, reply times, the search box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.domain.replies import Speed, reply_times, speed
from reviewer.ui import style
from reviewer.ui.main_window import MainWindow
from reviewer.ui.conversation.transcript import CURRENT_MATCH, MATCH, NO_MATCH, MatchRole, ReplyRole, TimeRole, TurnRole


@pytest.fixture
def window(qtbot, demo_library):
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_titled(window, title: str):
    view = window.library_view
    for row in range(view.model.rowCount()):
        if view.model.conversation(row).title == title:
            view.table.selectRow(row)
            return window.conversation_view
    raise AssertionError(f"no conversation titled {title!r}")


def turn_data(view, role):
    model = view.turns_model
    return [model.data(model.index(r), role) for r in range(model.rowCount())]


def test_selecting_a_chat_shows_its_turns_with_speakers_and_times(window, qtbot):
    view = open_titled(window, "Торшер для чтения")
    assert view.pages.currentWidget() is view.transcript_page
    turns = turn_data(view, TurnRole)
    assert len(turns) == 9
    assert [t.speaker_name for t in turns[:2]] == ["Марина Козлова", "Анна Иванова"]
    assert [t.role for t in turns[:2]] == [SpeakerRole.CUSTOMER, SpeakerRole.AGENT]
    assert turn_data(view, TimeRole)[:3] == ["14:05:12", "14:05:31", "14:06:20"]
    assert view.title_label.text() == "Торшер для чтения"
    assert "Anna Ivanova" in view.facts_label.text() and "Chat" in view.facts_label.text()
    # The customer by name on the reply line; the agent is the employee above (in the agent's colour).
    assert "Марина Козлова" in view.replies_label.text() and "Анна Иванова" not in view.replies_label.text()
    assert "Марина Козлова: customer" in view.replies_label.toolTip()
    assert "Anna Ivanova: agent" in view.replies_label.toolTip()


def test_chat_shows_how_long_the_agent_took_to_reply(window):
    view = open_titled(window, "Торшер для чтения")
    replies = turn_data(view, ReplyRole)
    # Customer messages have none; each agent answer has its wait against the chat standard.
    assert replies[0] is None
    assert replies[1] == (19_000, Speed.GOOD)
    assert [r for r in replies if r] == [(19_000, Speed.GOOD), (24_000, Speed.GOOD), (17_000, Speed.GOOD), (22_000, Speed.GOOD)]
    assert "First reply" in view.replies_label.text() and "19 s" in view.replies_label.text()

    view = open_titled(window, "Царапина на бра")
    first = next(r for r in turn_data(view, ReplyRole) if r)
    assert first == (46 * 60_000, Speed.TOO_SLOW)  # 09:12 -> 09:58
    assert "46 min 00 s" in view.replies_label.text()


def test_e_mail_thread_times_and_reflowed_text(window):
    view = open_titled(window, "Счёт для юридического лица")
    times = turn_data(view, TimeRole)
    assert times[:2] == ["09:48:10", "09:57:32"]
    replies = [r for r in turn_data(view, ReplyRole) if r]
    assert replies[0] == (9 * 60_000 + 22_000, Speed.GOOD)  # acknowledged within the e-mail standard
    texts = turn_data(view, Qt.ItemDataRole.DisplayRole)
    # Hard-wrapped lines are joined for reading; the signature keeps its lines.
    assert "(open space, примерно 120 м²)" in texts[0]
    assert "Игорь Петров\nофис-менеджер" in texts[0]


def test_turns_are_painted_in_the_speakers_colour(window, qtbot):
    view = open_titled(window, "Smart bulbs for Google Home")
    qtbot.wait(50)
    image = view.transcript.viewport().grab().toImage()
    for row, role in ((0, SpeakerRole.CUSTOMER), (1, SpeakerRole.AGENT)):
        rect = view.transcript.visualRect(view.turns_model.index(row))
        # The coloured bar runs down the card's left edge.
        x = rect.left() + view.delegate.MARGIN_X + 2
        y = rect.center().y()
        assert image.pixelColor(x, y).name() == style.ROLE_COLOURS[role].name()


def test_search_inside_the_conversation(window, qtbot):
    view = open_titled(window, "Царапина на бра")
    assert view.find("проблема") == 1
    assert view.match_label.text() == "1 of 1"
    matches = turn_data(view, MatchRole)
    assert matches.count(CURRENT_MATCH) == 1 and matches.count(NO_MATCH) == len(matches) - 1

    assert view.find("заказ") == 1
    assert view.find("КОРПУС") == 2  # case does not matter
    assert view.match_label.text() == "1 of 2"
    first = view.turns_model.current_match_row()
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return)  # Enter: next match
    assert view.match_label.text() == "2 of 2"
    assert view.turns_model.current_match_row() > first
    assert turn_data(view, MatchRole)[first] == MATCH
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.match_label.text() == "1 of 2"

    assert view.find("самовар") == 0
    assert view.match_label.text() == "no matches"
    qtbot.keyClick(view.find_box, Qt.Key.Key_Escape)
    assert view.find_box.text() == "" and view.match_label.text() == ""


def test_ctrl_f_goes_to_the_conversation_search(window, qtbot):
    open_titled(window, "Missing parcel")
    window.find_action.trigger()
    assert window.conversation_view.find_box.hasFocus()


def test_a_call_waiting_for_transcription_says_so(window):
    view = open_titled(window, "Светильник для кухни")
    assert view.pages.currentWidget() is view.message_page
    text = view.message_label.text()
    assert "not been transcribed yet" in text and "two channels, the agent on the left" in text
    assert "0:37" in view.facts_label.text()


# Reply times (reviewer.domain.replies) -------------------------------------------------------


def _turn(index, role, start_ms=None, sent_at=None):
    return Turn(text="x", role=role, index=index, start_ms=start_ms, sent_at=sent_at)


def test_reply_time_counts_from_the_first_unanswered_customer_message():
    agent, customer, system = SpeakerRole.AGENT, SpeakerRole.CUSTOMER, SpeakerRole.SYSTEM
    turns = [
        _turn(0, system, 0),
        _turn(1, customer, 1_000),
        _turn(2, customer, 5_000),  # still waiting since 1 s
        _turn(3, agent, 41_000),
        _turn(4, agent, 50_000),  # a second agent message answers nothing new
        _turn(5, customer, 60_000),
        _turn(6, agent, 62_000),
    ]
    assert reply_times(turns) == {3: 40_000, 6: 2_000}


def test_reply_time_falls_back_to_wall_clock_times():
    turns = [
        _turn(0, SpeakerRole.CUSTOMER, sent_at="2026-11-16T20:14:51+02:00"),
        _turn(1, SpeakerRole.AGENT, sent_at="2026-11-17T16:02:03+02:00"),
    ]
    assert reply_times(turns) == {1: 71_232_000}
    assert speed(Channel.EMAIL, 71_232_000) is Speed.SLOW
    assert speed(Channel.EMAIL, 2 * 24 * 3600_000) is Speed.TOO_SLOW
    assert speed(Channel.CHAT, 30_000) is Speed.GOOD and speed(Channel.CHAT, 31_000) is Speed.SLOW
    assert speed(Channel.CALL, 1) is None


def test_no_turns_no_replies():
    assert reply_times(Conversation(channel=Channel.CHAT, source_name="x").turns) == {}

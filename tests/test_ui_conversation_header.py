"""The conversation pane's header in every interface language, and a visit shown there: its
facts, its photos (large on a double-click) and its recording's player."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer.domain import Channel
from reviewer.domain.visit import Persona, Visit
from reviewer.ui.app import install_translations
from reviewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_library):
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.resize(1440, 900)  # the default layout: the conversation pane about 490 px wide
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


def lines(label) -> int:
    return round(label.heightForWidth(label.width()) / label.fontMetrics().lineSpacing())


CHATS = ("Царапина на бра", "Счёт для юридического лица", "Торшер для чтения")


@pytest.mark.parametrize("language", ["en", "ru", "lv"])
def test_the_chat_and_e_mail_header_reads_in_two_lines(qtbot, demo_library, language, tmp_path):
    app = QApplication.instance()
    install_translations(app, language)
    try:
        window = MainWindow(demo_library)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        qtbot.waitExposed(window)
        for title in CHATS:
            view = open_titled(window, title)
            qtbot.wait(20)
            header = view.header
            # Under the title: the facts, then the people and their replies; nothing else but
            # the review line (the unanswered messages are on the reply line, not a third one).
            shown = [w for w in (view.facts_label, view.people_label, view.replies_label, view.metrics_strip)
                     if w.isVisible()]
            assert shown == [view.facts_label, view.replies_label], title
            for label in shown:
                assert lines(label) == 1, (language, title, label.text())
                # Each part is kept whole: if the line wrapped, it would wrap between parts.
                assert label.text().count("white-space:nowrap") >= 2
            # The two lines take two lines' room in the header as laid out.
            spacing = view.facts_label.fontMetrics().lineSpacing()
            top, bottom = view.facts_label.geometry().top(), view.replies_label.geometry().bottom()
            assert bottom - top < 3 * spacing, (language, title, bottom - top, spacing)
            header.grab().save(str(tmp_path / f"header-{language}-{CHATS.index(title)}.png"))
    finally:
        install_translations(app, "en")


def test_the_header_never_breaks_inside_a_part(window):
    view = open_titled(window, "Царапина на бра")
    line = view.replies_label.text()
    # The customer by name in the customer's colour, the first reply, how many were slow;
    # the agent is the employee on the line above, in the agent's colour.
    assert "Виктор Соколов" in line and "Дмитрий NordLamp" not in line and "System" not in line
    assert "Dmitrijs Kozlovs" in view.facts_label.text() and "\u25cf" in view.facts_label.text()
    assert "4 of 4 slow" in line
    assert "46 min 00 s" in line and "slowest" not in line  # the first reply was the slowest: said once
    assert line.count("white-space:nowrap") == 3
    view = open_titled(window, "Торшер для чтения")
    # Every reply within the standard: no slowest, no count of slow ones, only the first reply.
    assert "slowest" not in view.replies_label.text() and "slow" not in view.replies_label.text()
    assert "1</b> unanswered at the end" in view.replies_label.text()
    # The status (shown in the library row and the review line) no longer wraps alone.
    assert "Reviewed" not in view.facts_label.text()


def test_a_slow_reply_that_was_not_the_first_is_named(qtbot, demo_library):
    from reviewer.domain import Conversation, SpeakerRole, Turn

    cid = demo_library.conversations.add(Conversation(
        channel=Channel.CHAT, source_name="slow.txt", source_sha256="ab" * 32, title="Slow later",
        employee="Anna Ivanova", started_at="2026-11-02T10:00:00",
        turns=[Turn(role=SpeakerRole.CUSTOMER, speaker_name="Ilze", sent_at="2026-11-02T10:00:00", text="Labdien"),
               Turn(role=SpeakerRole.AGENT, speaker_name="Anna", sent_at="2026-11-02T10:00:20", text="Labdien!"),
               Turn(role=SpeakerRole.CUSTOMER, speaker_name="Ilze", sent_at="2026-11-02T10:01:00", text="Cena?"),
               Turn(role=SpeakerRole.AGENT, speaker_name="Anna", sent_at="2026-11-02T10:20:00", text="12 EUR")],
    ))
    window = MainWindow(demo_library)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    assert window.library_view.select_conversation(cid)
    line = window.conversation_view.replies_label.text()
    assert "First reply" in line and "slowest" in line and "1 of 2 slow" in line
    assert lines(window.conversation_view.replies_label) == 1


def test_a_visit_shows_its_facts_photos_and_late_mark(window, qtbot, demo_library):
    view = open_titled(window, "Visit: NordLamp Rīga Centrs")
    facts = view.visit_facts
    assert facts.isVisible()
    assert not view.pages.isVisible()  # nothing to transcribe: the shopper's report is the content
    text = facts.facts_label.text()
    visit = facts.visit
    for value in (visit.branch, visit.scenario, visit.shopper, "Offended / suspicious", "0:40", "11:30"):
        assert html.escape(value) in text
    assert facts.late_label.isHidden()
    assert facts.photo_list.count() == len(visit.photos()) == 2
    # The shop-front photo was taken the day before: marked.
    assert any("\u26a0" in facts.photo_list.item(i).text() for i in range(facts.photo_list.count()))
    item = facts.photo_list.item(0)
    facts.photo_list.itemActivated.emit(item)
    qtbot.waitUntil(lambda: facts.viewer is not None and facts.viewer.isVisible())
    assert facts.viewer.pixmap.width() > 2 * facts.photo_list.iconSize().width()
    facts.viewer.close()

    view = open_titled(window, "Test call: NordLamp call centre")
    assert facts.isVisible() and "Test call" in facts.facts_label.text()
    assert facts.late_label.isVisible() and "12 hours" in facts.late_label.text()
    assert facts.photo_list.isHidden()
    # Back on a chat, the facts go away and the transcript is there.
    view = open_titled(window, "Царапина на бра")
    assert facts.isHidden() and view.pages.isVisible()


def test_a_visit_with_a_recording_gets_its_player(qtbot, library, testdata):
    clip = testdata("audio", "russian", "test_sound_ru.wav")
    cid = library.visits.create(Visit(channel=Channel.VISIT, visited_at="2026-11-24T14:05",
                                      branch="Old Town", persona=Persona.RUDE, scenario="Reading lamp"))
    library.visits.add_attachment(cid, clip)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    assert window.library_view.select_conversation(cid)
    view = window.conversation_view
    assert view.visit_facts.isVisible() and "Old Town" in view.visit_facts.facts_label.text()
    assert view.player is not None and view.player.isVisible()
    assert view.pages.isVisible() and "not been transcribed" in view.message_label.text()

"""The visit window driven like a mystery shopper: fill the form, add photos (file list and
drag-and-drop), see a photo taken outside the visit flagged, record with the virtual microphone,
save, find the visit in the library, score it; and recording that cannot happen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta
from pathlib import Path

import av
import pytest
from PIL import Image
from PySide6.QtCore import QDateTime, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole, Turn
from reviewer.domain.review import ReviewState
from reviewer.domain.rubric import ScaleKind
from reviewer.domain.visit import AttachmentKind, Persona, Visit
from reviewer.recording import DeviceSource, Problem, RecordingError, VirtualSource, input_devices
from reviewer.storage.reviews import ReviewFilter
from reviewer.storage.settings import Setting
from reviewer.ui.main_window import MainWindow
from reviewer.ui.visits.visit_fields import parse_duration
from reviewer.ui.visits.visit_window import VisitWindow

REPO = Path(__file__).resolve().parents[1]


def photo(path: Path, taken: datetime | None, colour: str = "#e9d8a6") -> Path:
    """A JPEG with EXIF DateTimeOriginal (or without EXIF)."""
    image = Image.new("RGB", (640, 480), colour)
    if taken is None:
        image.save(path)
        return path
    exif = Image.Exif()
    exif[0x8769] = {36867: taken.strftime("%Y:%m:%d %H:%M:%S")}
    image.save(path, exif=exif)
    return path


def seconds_of(path: Path) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        return sum(frame.samples for frame in container.decode(stream)) / stream.codec_context.sample_rate


def drop(widget, paths: list[Path]) -> bool:
    """Drag files from a file manager and drop them on the widget; whether it took them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


@pytest.fixture
def main(qtbot, library):
    # A chat, so that the library has a conversation that is not a visit.
    library.conversations.add(Conversation(
        channel=Channel.CHAT, source_name="chat.txt", source_sha256="c" * 64, employee="Anna Ivanova",
        turns=[Turn("Hello", SpeakerRole.CUSTOMER, "Client")]))
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def wait_for_attachments(qtbot, form, count: int) -> None:
    qtbot.waitUntil(lambda: not form.attacher.busy and form.attachment_list.count() == count, timeout=30_000)


def test_log_a_visit_with_photos_and_a_recording_then_score_it(main, qtbot, library, tmp_path):
    main.new_visit_action.trigger()
    [window] = main.visit_windows
    form = window.form
    qtbot.waitExposed(window)
    assert form.title_label.text() == "New visit"
    assert "\u201cno\u201d" in form.rule_label.text() and "comment" in form.rule_label.text()
    assert window.right.currentWidget() is window.waiting_label  # nothing to score before it is saved

    # Two days ago: reviewing it now makes it late.
    visited = (datetime.now() - timedelta(days=2)).replace(hour=14, minute=5, second=0, microsecond=0)
    form.when_edit.setDateTime(QDateTime(visited))
    qtbot.keyClicks(form.branch_edit, "NordLamp Riga Centre")
    form.address_edit.insert("Brīvības iela 40, Rīga")  # QTest types ASCII only
    qtbot.keyClicks(form.description_edit, "Tall man with glasses at the till")
    qtbot.keyClicks(form.scenario_edit, "Ask for a reading lamp; why is it dearer than online?")
    form.persona_box.select(Persona.SUSPICIOUS)
    qtbot.keyClicks(form.wait_edit, "1:40")
    qtbot.keyClicks(form.length_edit, "12:30")
    qtbot.keyClicks(form.notes_edit, "Busy shop, two people at the till.")
    assert "marked late" in form.late_label.text() and form.late_label.isVisible()
    assert form.status_label.text() == "Not saved yet" and form.conversation_id is None

    # Photos: one by the file list, one dropped on the form. The first saves the visit.
    receipt = photo(tmp_path / "receipt.jpg", visited + timedelta(minutes=15))
    shop_front = photo(tmp_path / "front.jpg", visited - timedelta(days=3), "#94d2bd")
    assert form.add_files([receipt])
    cid = form.conversation_id
    assert cid is not None and window.right.currentWidget() is window.scoring_panel
    assert drop(form, [shop_front])
    wait_for_attachments(qtbot, form, 2)
    assert form.photo_warnings() == 1
    flagged = form.attachment_list.item(form.attachment_list.mismatched_rows()[0])
    assert flagged.text().startswith("front.jpg") and "not during the visit" in flagged.text()
    times = form.photo_times_label.text()
    assert form.photo_times_label.isVisible() and "receipt.jpg" in times and "\u26a0" in times
    # Moving the visit time re-checks the photos at once: now the receipt is the odd one out.
    form.when_edit.setDateTime(QDateTime(visited - timedelta(days=3)))
    assert form.attachment_list.item(form.attachment_list.mismatched_rows()[0]).text().startswith("receipt.jpg")
    form.when_edit.setDateTime(QDateTime(visited))

    # The visit is in the library, as a visit, where the library shows conversations.
    model = main.library_view.model
    row = model.row_of(cid)
    assert row is not None and model.conversation(row).channel == Channel.VISIT
    assert model.conversation(row).title == "Visit: NordLamp Riga Centre"

    # Record with the virtual microphone: 1 s, pause, 0.8 s more.
    recorder = form.recorder
    source = VirtualSource("tone", amplitude=0.5)
    recorder.add_source("Virtual microphone", source)
    assert recorder.device_box.select(source)
    assert recorder.record_button.isEnabled() and not recorder.stop_button.isEnabled()
    qtbot.mouseClick(recorder.record_button, Qt.MouseButton.LeftButton)
    assert recorder.is_recording() and recorder.state_label.text().endswith("Recording")
    qtbot.wait(1000)
    assert recorder.meter.rms_db == pytest.approx(-9.0, abs=1.5)  # the level meter follows the tone
    assert recorder.elapsed_label.text() in ("0:00", "0:01")
    qtbot.mouseClick(recorder.pause_button, Qt.MouseButton.LeftButton)
    assert recorder.pause_button.text() == "Resume" and recorder.state_label.text() == "Paused"
    paused_at = recorder.recorder.elapsed_ms
    qtbot.wait(500)
    assert recorder.recorder.elapsed_ms == paused_at
    qtbot.mouseClick(recorder.pause_button, Qt.MouseButton.LeftButton)
    qtbot.wait(800)
    with qtbot.waitSignal(recorder.recordingFinished) as finished:
        qtbot.mouseClick(recorder.stop_button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert result.duration_ms == pytest.approx(1800, abs=350)
    wait_for_attachments(qtbot, form, 3)
    assert "transcribed like any call" in form.status_label.text()

    qtbot.waitUntil(lambda: not form.dirty, timeout=5000)  # autosaved
    visit = library.visits.get(cid)
    [audio] = visit.audio()
    stored = library.root / audio.path
    assert seconds_of(stored) * 1000 == pytest.approx(result.duration_ms, abs=40)
    assert not result.path.exists()  # the in-progress file became the stored attachment
    conversation = library.conversations.get(cid)
    assert conversation.status == ConversationStatus.NEEDS_TRANSCRIPTION  # transcribed like any call
    assert conversation.recording_path and conversation.duration_ms == pytest.approx(result.duration_ms, abs=40)
    assert visit == Visit(
        channel=Channel.VISIT, visited_at=visited.strftime("%Y-%m-%dT%H:%M"), branch="NordLamp Riga Centre",
        address="Brīvības iela 40, Rīga", employee=None, employee_description="Tall man with glasses at the till",
        scenario="Ask for a reading lamp; why is it dearer than online?", persona=Persona.SUSPICIOUS,
        wait_ms=100_000, length_ms=750_000, notes="Busy shop, two people at the till.", shopper="",
        attachments=visit.attachments, conversation_id=cid,
    )
    assert [a.kind for a in visit.attachments] == [AttachmentKind.PHOTO, AttachmentKind.PHOTO, AttachmentKind.AUDIO]

    # Open Visit Form on the library row raises this window rather than opening another.
    assert main.library_view.select_conversation(cid)
    assert main.open_visit_action.isEnabled()
    main.open_visit_action.trigger()
    assert main.visit_windows == [window]

    # Score it with the visit rubric: a "no" needs its comment before the review can be submitted.
    library.set_setting(Setting.REVIEWER_NAME, "Olga Petrova")  # else asked at the first answer
    panel = window.scoring_panel
    assert panel.rubric.id == "visit"
    no_answer = next(c for c in panel.rubric.criteria() if c.scale.kind is ScaleKind.YES_NO and not c.critical)
    for criterion in panel.rubric.criteria():
        panel.answer(criterion.id, "no" if criterion is no_answer else criterion.scale.top)
    assert panel.submit() is False
    row_widget = panel.criteria.rows[no_answer.id]
    row_widget.focus_comment()
    qtbot.keyClicks(row_widget.comment_edit, "Nobody greeted me at the door")
    assert panel.submit()
    [review] = library.reviews.list(ReviewFilter(conversation_id=cid))
    assert review.state is ReviewState.SUBMITTED and review.rubric.id == "visit"
    assert review.answers[no_answer.id].comment == "Nobody greeted me at the door"
    assert library.visits.late(cid)
    assert form.late_label.text().startswith("Late:")
    assert model.conversation(model.row_of(cid)).status == ConversationStatus.REVIEWED

    window.close()
    assert main.visit_windows == []


def test_a_visit_opened_from_the_library_shows_what_was_logged_and_saves_edits(main, qtbot, library, tmp_path):
    visited = datetime.now() - timedelta(hours=1)
    cid = library.visits.create(Visit(
        channel=Channel.CALL, visited_at=visited.strftime("%Y-%m-%dT%H:%M"), branch="Call centre",
        employee="Jānis Bērziņš", persona=Persona.CUSTOM, persona_custom="In a hurry", wait_ms=35_000,
        length_ms=245_000, notes="Put on hold twice"))
    library.visits.add_attachment(cid, photo(tmp_path / "no-exif.jpg", None))
    main.library_view.refresh()
    assert not main.open_visit_action.isEnabled()
    main.library_view.select_conversation(1)  # the chat is not a visit
    assert not main.open_visit_action.isEnabled()
    main.library_view.select_conversation(cid)
    assert main.open_visit_action.isEnabled()
    main.open_visit_action.trigger()
    [window] = main.visit_windows
    form = window.form
    assert form.call_radio.isChecked() and form.title_label.text() == "Test call: Call centre"
    assert form.length_label.text() == "Call length" and form.wait_label.text() == "Wait before answer"
    assert (form.employee_edit.text(), form.wait_edit.text(), form.length_edit.text()) == ("Jānis Bērziņš", "0:35", "4:05")
    assert form.persona_custom_edit.isVisible() and form.persona_custom_edit.text() == "In a hurry"
    assert form.attachment_list.count() == 1 and "no EXIF" in form.attachment_list.item(0).text()
    assert form.photo_warnings() == 0 and not form.late_label.isVisible()
    assert window.right.currentWidget() is window.scoring_panel
    assert window.scoring_panel.rubric.id == "visit"  # a test call is scored as mystery shopping

    form.branch_edit.selectAll()
    qtbot.keyClicks(form.branch_edit, "Support line")
    assert form.status_label.text() == "Saving\u2026"
    qtbot.waitUntil(lambda: library.visits.get(cid).branch == "Support line", timeout=5000)
    assert form.title_label.text() == "Test call: Support line"

    # A field that cannot be stored is named, and nothing changes until it is fixed.
    form.wait_edit.setText("ten")
    assert form.save() is None
    assert "Wait before answer" in form.status_label.text() and "2:30" in form.status_label.text()
    assert library.visits.get(cid).wait_ms == 35_000
    form.persona_custom_edit.clear()
    form.wait_edit.setText("0:50")
    assert form.save() is None and "persona" in form.status_label.text()
    form.persona_box.select(Persona.RUDE)
    assert form.save() == cid
    assert (library.visits.get(cid).wait_ms, library.visits.get(cid).persona) == (50_000, Persona.RUDE)


def test_without_portaudio_the_form_says_so_and_still_saves(qtbot, library, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # as if sounddevice could not be imported
    window = VisitWindow(library)
    qtbot.addWidget(window)
    window.show()
    recorder = window.form.recorder
    assert recorder.message_label.isVisible()
    assert "PortAudio" in recorder.message_label.text() and "Everything else" in recorder.message_label.text()
    assert not recorder.record_button.isEnabled() and recorder.device_box.currentText() == "No input device"
    qtbot.keyClicks(window.form.branch_edit, "Airport kiosk")
    cid = window.form.save()
    assert cid is not None and library.visits.get(cid).branch == "Airport kiosk"
    assert window.form.add_files([photo(tmp_path / "kiosk.jpg", datetime.now())])
    wait_for_attachments(qtbot, window.form, 1)


def test_a_missing_or_busy_microphone_is_explained(qtbot, library):
    window = VisitWindow(library)
    qtbot.addWidget(window)
    recorder = window.form.recorder
    # A device that is not there (unplugged since the list was made): PortAudio's own error.
    recorder.add_source("Gone", DeviceSource(4242))
    recorder.device_box.setCurrentIndex(recorder.device_box.count() - 1)
    with qtbot.waitSignal(recorder.recordingFailed):
        assert recorder.record() is False
    assert "No microphone was found, or the chosen one is gone" in recorder.message_label.text()
    assert "4242" in recorder.message_label.toolTip()
    assert not recorder.is_recording() and recorder.record_button.isEnabled()
    # The visit was stored to have somewhere to record to; nothing was left in the library.
    cid = window.form.conversation_id
    assert cid is not None and library.visits.get(cid).attachments == []
    assert list(library.visits.in_progress_dir.glob("*.wav")) == []
    recorder.show_error(RecordingError(Problem.DEVICE_BUSY, "Device unavailable [PaErrorCode -9985]"))
    assert "busy" in recorder.message_label.text() and "another program" in recorder.message_label.text()
    # Whatever this machine has: without any input device the list says so.
    if not input_devices():
        recorder.refresh_devices()
        assert "No microphone was found" in recorder.message_label.text()


def test_closing_the_window_while_recording_keeps_the_recording(qtbot, library):
    window = VisitWindow(library)
    qtbot.addWidget(window)
    window.show()
    form = window.form
    qtbot.keyClicks(form.branch_edit, "Old Town")
    source = VirtualSource("noise", amplitude=0.2)
    form.recorder.add_source("Virtual", source)
    form.recorder.device_box.select(source)
    assert form.recorder.record()
    cid = form.conversation_id
    qtbot.wait(1300)
    assert window.close()
    [audio] = library.visits.get(cid).audio()
    seconds = seconds_of(library.root / audio.path)
    assert seconds == pytest.approx(1.3, abs=0.3)
    assert library.visits.get(cid).length_ms == round(seconds) * 1000  # filled from the recording, in seconds


def test_a_recording_cut_off_by_a_crash_is_stored_at_the_next_start(qtbot, library):
    cid = library.visits.create(Visit(channel=Channel.VISIT, visited_at=datetime.now().strftime("%Y-%m-%dT%H:%M")))
    path = library.visits.new_recording_path(cid)
    script = textwrap.dedent(f"""
        import os, signal, time
        from reviewer.recording import Recorder, VirtualSource
        recorder = Recorder({str(path)!r}, VirtualSource("tone"))
        recorder.start()
        time.sleep(1.0)
        print(recorder.elapsed_ms, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    run = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == -signal.SIGKILL, run.stderr
    elapsed_ms = int(run.stdout)
    old = time.time() - 60
    os.utime(path, (old, old))  # recovery leaves files alone that were written to a moment ago
    window = MainWindow(library)
    qtbot.addWidget(window)
    assert "Recordings cut off" in window.statusBar().currentMessage()
    [audio] = library.visits.get(cid).audio()
    assert seconds_of(library.root / audio.path) * 1000 == pytest.approx(elapsed_ms, abs=150)
    assert not path.exists()


def test_durations_are_typed_as_minutes_and_seconds():
    assert parse_duration("") is None
    assert parse_duration("12") == 12 * 60_000
    assert parse_duration("2:30") == 150_000
    assert parse_duration(" 1:05:00 ") == 3_900_000
    for bad in ("2:75", "a:10", "1:2:3:4", "-1", "1,5"):
        with pytest.raises(ValueError):
            parse_duration(bad)


def test_the_main_window_follows_what_the_visit_window_changed(main, qtbot, library):
    visited = datetime.now() - timedelta(hours=2)
    cid = library.visits.create(Visit(channel=Channel.VISIT, visited_at=visited.strftime("%Y-%m-%dT%H:%M"),
                                      branch="Old Town", persona=Persona.RUDE))
    main.library_view.refresh()
    main.library_view.select_conversation(cid)
    assert main.conversation_view.conversation.id == cid and main.scoring_panel.review is None
    main.open_visit_action.trigger()
    [window] = main.visit_windows
    library.set_setting(Setting.REVIEWER_NAME, "Olga Petrova")  # else asked at the first answer
    # Scored and edited there: the draft and the facts are stored at once ...
    first = next(c.id for c in window.scoring_panel.rubric.criteria() if c.scale.kind is ScaleKind.YES_NO)
    assert window.scoring_panel.answer(first, "yes")
    window.form.branch_edit.setText("New Town")
    assert window.form.save() == cid
    # ... the open conversation shows the new facts, and the main scoring panel the draft once
    # the reviewer is back in the main window.
    assert "New Town" in main.conversation_view.conversation.title
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: main.scoring_panel.review is not None, timeout=3000)
    assert main.scoring_panel.review.answers[first].value == "yes"

"""Settings ▸ Voice Profiles: enrolling an employee runs off the GUI thread with progress and
Cancel, the table shows who has a profile, and removing one asks first and deletes it."""

import pytest
from PySide6.QtWidgets import QMessageBox

import voice_calls
from reviewer.speakers import models
from reviewer.storage import voice_profiles
from reviewer.ui.speakers.voice_profiles_dialog import VoiceProfilesDialog


@pytest.fixture
def anna(library, tmp_path, testdata):
    if not models.available():
        pytest.fail("speaker models missing: ./go setup installs them (scripts/install_speaker_models.py)")
    audio, turns = voice_calls.sample_turns(testdata("audio", "telephone-two-speakers"))
    voice_calls.two_channel_call(library, tmp_path, audio, turns, "Anna", 0, 15_000)
    voice_calls.mono_call(library, tmp_path, audio, turns, "Anna", 15_000, 30_000)
    library.employee_id("Boris")
    return library


def _row(dialog, name):
    for i in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(i)
        if item.text(0) == name:
            return [item.text(c) for c in range(5)]
    raise AssertionError(name)


def test_enrol_in_the_background_then_remove(qtbot, anna, monkeypatch):
    dialog = VoiceProfilesDialog(anna)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _row(dialog, "Anna")[1] == "none" and _row(dialog, "Boris")[1] == "none"
    assert not dialog.enrol_button.isEnabled()  # nobody selected
    dialog.select("Anna")
    assert dialog.enrol_button.isEnabled() and not dialog.remove_button.isEnabled()

    with qtbot.waitSignal(dialog.changed, timeout=120_000):
        dialog.enrol_button.click()
        assert dialog.is_busy() and dialog.progress_bar.isVisible() and dialog.cancel_button.isVisible()
        assert not dialog.enrol_button.isEnabled()
    assert not dialog.is_busy() and not dialog.progress_bar.isVisible()
    name, state, conversations, speech, _updated = _row(dialog, "Anna")
    assert (state, conversations) == ("ready", "1") and speech.startswith("0:0")
    assert "Anna: calls measured: 1, not used: 1." in dialog.status_label.text()
    assert "labelled" in dialog.status_label.toolTip()
    assert voice_profiles.profile(anna, "Anna").embedding is not None

    dialog.select("Anna")
    assert dialog.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.remove_button.click()
    assert voice_profiles.exists(anna, "Anna")  # said no: kept
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    assert not voice_profiles.exists(anna, "Anna") and _row(dialog, "Anna")[1] == "none"


def test_cancel_stops_the_enrolment_and_closing_waits_for_it(qtbot, anna):
    dialog = VoiceProfilesDialog(anna)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select("Anna")
    with qtbot.waitSignal(dialog.changed, timeout=120_000):
        dialog.enrol_button.click()
        dialog.cancel_button.click()
    assert "Stopped; what was measured is kept." in dialog.status_label.text()
    assert not dialog.is_busy()
    dialog.select("Anna")
    dialog.enrol_button.click()
    dialog.reject()  # closing mid-enrolment stops it and waits for its thread
    assert not dialog.is_busy() or dialog._thread.isFinished()

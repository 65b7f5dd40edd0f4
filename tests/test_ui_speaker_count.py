"""The "Speakers: 2 ▾" control of a mono call and the "Speaker N" names of separated turns."""

from __future__ import annotations

import hashlib

import pytest

from reviewer.domain import Channel, Conversation, ConversationStatus, Turn
from reviewer.storage import speaker_counts
from reviewer.ui.conversation.conversation_view import ConversationView
from reviewer.ui.conversation.transcript import TurnDelegate
from test_mono_separation import _separation_ready


def _call(library, channels: int, speakers=(1, 2)) -> int:
    texts = ["Hello, water company.", "Hi, my bill is wrong."]
    turns = [Turn(texts[i % 2], start_ms=i * 1800, end_ms=i * 1800 + 1500, speaker=s) for i, s in enumerate(speakers)]
    name = f"call-{channels}-{speakers}.wav"
    return library.conversations.add(Conversation(
        Channel.CALL, name, source_sha256=hashlib.sha256(name.encode()).hexdigest(),
        recording_path=f"x/{name}", audio_channels=channels,
        status=ConversationStatus.TRANSCRIBED if turns else ConversationStatus.NEEDS_TRANSCRIPTION, turns=turns))


def _menu_choose(button, text: str) -> None:
    """What a click on that entry of the button's menu does."""
    (action,) = [a for a in button.menu().actions() if a.text() == text]
    action.trigger()


def test_a_mono_call_sets_its_speaker_count_and_asks_to_transcribe_again(qtbot, library):
    view = ConversationView(library)
    qtbot.addWidget(view)
    mono, stereo = _call(library, 1), _call(library, 2, speakers=(None, None))
    view.show_conversation(stereo)
    assert view.speaker_count.isHidden()  # two-channel calls are exact
    same_channels = _call(library, 2, speakers=(1, 1))  # both channels the same audio: separated as one
    view.show_conversation(same_channels)
    assert not view.speaker_count.isHidden() and view.speaker_count.text() == "Speakers: 1"
    view.show_conversation(mono)
    button = view.speaker_count
    assert not button.isHidden() and button.text() == "Speakers: 2"
    with qtbot.waitSignal(button.retranscribeRequested) as asked:
        button.choose(3)
    assert asked.args == [mono]
    assert speaker_counts.stored(library, mono) == 3 and button.text() == "Speakers: 3"
    button.choose(0)
    assert speaker_counts.for_separation(library, mono) is None and button.text() == "Speakers: Detect"


def test_without_a_count_set_it_shows_what_separation_found(qtbot, library):
    """The default count keeps a one-voice recording one speaker: the button says 1, not the 2
    it looked for, and says it was found; choosing 2 still stores it and transcribes again."""
    view = ConversationView(library)
    qtbot.addWidget(view)
    one_voice, pending = _call(library, 1, speakers=(1, 1, 1)), _call(library, 1, speakers=())
    view.show_conversation(pending)  # not separated yet: the count it will look for
    button = view.speaker_count
    assert button.text() == "Speakers: 2" and "found" not in button.toolTip()
    view.show_conversation(one_voice)
    assert button.text() == "Speakers: 1" and "one voice" in button.toolTip()
    assert [a.text() for a in button.menu().actions() if a.isChecked()] == ["1"]
    with qtbot.assertNotEmitted(button.retranscribeRequested):
        _menu_choose(button, "1")  # what it found already: nothing to redo
    assert speaker_counts.stored(library, one_voice) is None
    assert [a.text() for a in button.menu().actions() if a.isChecked()] == ["1"]
    with qtbot.waitSignal(button.retranscribeRequested) as asked:
        _menu_choose(button, "2")
    assert asked.args == [one_voice] and speaker_counts.stored(library, one_voice) == 2
    assert button.text() == "Speakers: 2" and "found" not in button.toolTip()
    view.show_conversation(one_voice)  # a count set by the reviewer is shown as set
    assert button.text() == "Speakers: 2"
    three = _call(library, 1, speakers=(1, 2, 3, 1))
    view.show_conversation(three)
    assert button.text() == "Speakers: 3" and "found 3 speakers" in button.toolTip()


@pytest.mark.slow
def test_a_real_one_voice_recording_shows_one_speaker(qtbot, library, transcription_worker, testdata):
    if not _separation_ready():
        pytest.skip("speaker separation (reviewer.speakers.separation and its models) is not installed")
    from reviewer.importers import ImportOptions
    from reviewer.importing import import_paths
    from reviewer.transcription.jobs import TranscriptionService

    (result,) = list(import_paths(library, [testdata("audio", "faster-whisper", "jfk.flac")], ImportOptions()))
    cid = result.conversation_ids[0]
    service = TranscriptionService(library, transcription_worker)
    outcome = service.run(service.enqueue(cid))
    assert str(outcome.state) == "done", outcome.message
    view = ConversationView(library)
    qtbot.addWidget(view)
    view.show_conversation(cid)
    assert view.speaker_count.text() == "Speakers: 1" and "one voice" in view.speaker_count.toolTip()
    assert speaker_counts.found(library, cid) == 1


def test_separated_turns_of_unknown_role_are_named_by_speaker_number(library):
    turns = library.conversations.turns(_call(library, 1))
    assert [TurnDelegate._name(t) for t in turns] == ["Speaker 1", "Speaker 2"]
    turns[0].speaker = None
    assert TurnDelegate._name(turns[0]) != "Speaker 1"

"""The "Speakers: 2 ▾" control of a mono call and the "Speaker N" names of separated turns."""

from __future__ import annotations

from reviewer.domain import Channel, Conversation, ConversationStatus, Turn
from reviewer.storage import speaker_counts
from reviewer.ui.conversation.conversation_view import ConversationView
from reviewer.ui.conversation.transcript import TurnDelegate


def _call(library, channels: int) -> int:
    return library.conversations.add(Conversation(
        Channel.CALL, f"call-{channels}.wav", source_sha256=str(channels) * 64, recording_path=f"x/{channels}.wav",
        audio_channels=channels, status=ConversationStatus.TRANSCRIBED,
        turns=[Turn("Hello, water company.", start_ms=0, end_ms=1500, speaker=1),
               Turn("Hi, my bill is wrong.", start_ms=1800, end_ms=3000, speaker=2)]))


def test_a_mono_call_sets_its_speaker_count_and_asks_to_transcribe_again(qtbot, library):
    view = ConversationView(library)
    qtbot.addWidget(view)
    mono, stereo = _call(library, 1), _call(library, 2)
    view.show_conversation(stereo)
    assert view.speaker_count.isHidden()  # two-channel calls are exact
    view.show_conversation(mono)
    button = view.speaker_count
    assert not button.isHidden() and button.text() == "Speakers: 2"
    with qtbot.waitSignal(button.retranscribeRequested) as asked:
        button.choose(3)
    assert asked.args == [mono]
    assert speaker_counts.stored(library, mono) == 3 and button.text() == "Speakers: 3"
    button.choose(0)
    assert speaker_counts.for_separation(library, mono) is None and button.text() == "Speakers: Detect"


def test_separated_turns_of_unknown_role_are_named_by_speaker_number(library):
    turns = library.conversations.turns(_call(library, 1))
    assert [TurnDelegate._name(t) for t in turns] == ["Speaker 1", "Speaker 2"]
    turns[0].speaker = None
    assert TurnDelegate._name(turns[0]) != "Speaker 1"

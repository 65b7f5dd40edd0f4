"""Voice profiles: enrolled from the agent channel of an employee's two-channel call and from turns
a reviewer labelled on a mono call, stored per employee, removable, and telling the agent among
a mono call's speakers. Real recordings (the telephone sample cut into calls), a real library."""

from types import SimpleNamespace

import numpy as np
import pytest

import voice_calls
from reviewer.domain import SpeakerRole
from reviewer.speakers import embedding, models, profiles
from reviewer.storage import voice_profiles as store


@pytest.fixture(scope="module")
def sample(request):
    from conftest import testdata_path

    if not models.available():
        pytest.fail("speaker models missing: ./go setup installs them (scripts/install_speaker_models.py)")
    return voice_calls.sample_turns(testdata_path("audio", "telephone-two-speakers"))


@pytest.fixture
def calls(library, tmp_path, sample):
    """Anna's two-channel call (the sample's first 15 s) and her mono call (the last 15 s)."""
    audio, turns = sample
    stereo = voice_calls.two_channel_call(library, tmp_path, audio, turns, "Anna", 0, 15_000)
    mono = voice_calls.mono_call(library, tmp_path, audio, turns, "Anna", 15_000, 30_000)
    return stereo, mono


def _separation(sample, start_ms, end_ms):
    """What separation would give for the stretch: each true speaker's mean embedding."""
    audio, turns = sample
    found = {}
    for n, who in enumerate((voice_calls.AGENT, voice_calls.CUSTOMER)):
        regions = [(s, e) for w, s, e in voice_calls.part(turns, start_ms, end_ms) if w == who]
        piece = audio[start_ms * 16 : end_ms * 16]
        found[n] = profiles.embed_speech(profiles.select_speech(piece, regions))
    return SimpleNamespace(embeddings=found)


def _label_agent_turns(library, cid):
    for turn in library.conversations.turns(cid):
        role = SpeakerRole.AGENT if turn.speaker_name == voice_calls.AGENT else SpeakerRole.CUSTOMER
        library.conversations.edit_turn(cid, turn.index, role=role, by="Lead")


def test_enrolled_from_the_agent_channel_the_profile_tells_the_agent_of_a_mono_call(library, calls, sample):
    stereo, mono = calls
    seen = []
    result = profiles.enrol(library, "Anna", progress=seen.append)
    assert [(m.conversation_id, m.kind) for m in result.measured] == [(stereo, store.AGENT_CHANNEL)]
    assert result.measured[0].speech_ms > 5000
    assert [cid for cid, _why in result.skipped] == [mono] and "labelled" in result.skipped[0][1]
    assert seen[-1] == 1.0
    profile = store.profile(library, "Anna")
    assert profile.embedding.shape == (embedding.DIM,) and profile.conversations == 1

    similarity = profiles.profile_similarities(library, "Anna", _separation(sample, 15_000, 30_000))
    assert set(similarity) == {0, 1}
    assert similarity[0] > similarity[1] + 0.2, similarity  # speaker 0 is Anna


def test_labelled_turns_of_a_mono_call_feed_the_profile_and_reverting_them_takes_it_back(library, calls):
    stereo, mono = calls
    assert profiles.update_from_conversation(library, mono) is None  # nobody enrolled Anna: nothing kept
    assert store.profiles(library) == []

    profiles.enrol(library, "Anna")
    _label_agent_turns(library, mono)
    result = profiles.update_from_conversation(library, mono)
    assert [(m.conversation_id, m.kind) for m in result.measured] == [(mono, store.LABELLED_TURNS)]
    profile = store.profile(library, "Anna")
    assert {(s.conversation_id, s.kind) for s in profile.sources} == {
        (stereo, store.AGENT_CHANNEL), (mono, store.LABELLED_TURNS)}
    # the labelled turns are Anna's voice: close to what her channel gave
    channel_only = profiles.measure_conversation(library, stereo)[1]
    labelled = profiles.measure_conversation(library, mono)[1]
    assert float(channel_only @ labelled) > 0.5

    for turn in library.conversations.turns(mono):
        library.conversations.revert_turn(mono, turn.index)
    profiles.update_from_conversation(library, mono)
    assert [(s.conversation_id, s.kind) for s in store.profile(library, "Anna").sources] == [
        (stereo, store.AGENT_CHANNEL)]


def test_a_removed_profile_is_gone_with_everything_measured_for_it(library, calls, sample):
    stereo, _mono = calls
    profiles.enrol(library, "Anna")
    assert [p.employee for p in store.profiles(library)] == ["Anna"]
    assert store.remove(library, "Anna") is True
    assert store.profiles(library) == []
    assert library.conn.execute("SELECT COUNT(*) FROM voice_profile_sources").fetchone()[0] == 0
    assert profiles.profile_similarities(library, "Anna", _separation(sample, 15_000, 30_000)) is None
    assert profiles.profile_similarities(library, None, _separation(sample, 15_000, 30_000)) is None
    assert store.remove(library, "Anna") is False


def test_a_call_given_to_another_employee_leaves_the_first_ones_profile(library, calls):
    stereo, _mono = calls
    profiles.enrol(library, "Anna")
    assert store.profile(library, "Anna").conversations == 1
    library.conversations.update(stereo, employee="Boris")
    profile = store.profile(library, "Anna")
    assert profile.sources == () and profile.embedding is None


def test_a_damaged_recording_is_skipped_with_its_name_and_the_rest_still_enrols(library, calls):
    stereo, mono = calls
    _label_agent_turns(library, mono)
    conversation = library.conversations.get(mono, with_turns=False)
    path = library.recordings.path(conversation.recording_path)
    path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk" * 10)
    result = profiles.enrol(library, "Anna")
    assert [m.conversation_id for m in result.measured] == [stereo]
    [(cid, why)] = result.skipped
    assert cid == mono and path.name in why and "cannot decode" in why
    path.unlink()
    [(cid, why)] = profiles.enrol(library, "Anna").skipped
    assert cid == mono and "the recording file is missing" in why


def test_unknown_employee_and_missing_model_are_said_plainly(library, monkeypatch, tmp_path):
    with pytest.raises(store.VoiceProfileError, match="no employee named 'Nobody'"):
        profiles.enrol(library, "Nobody")
    library.employee_id("Anna")
    monkeypatch.setenv("REVIEWER_SPEAKER_MODELS", str(tmp_path))
    monkeypatch.setattr(embedding, "_weights", None)
    with pytest.raises(models.ModelsMissing, match="go setup"):
        profiles.enrol(library, "Anna")
    assert store.profiles(library) == []  # nothing half-made


def test_profile_embedding_is_the_speech_weighted_mean_of_its_sources(library, calls):
    stereo, mono = calls
    library.employee_id("Anna")
    store.create(library, "Anna", profiles.MODEL)
    a, b = np.eye(embedding.DIM, dtype=np.float32)[:2]
    store.put_source(library, "Anna", stereo, store.AGENT_CHANNEL, a, 3000)
    store.put_source(library, "Anna", mono, store.LABELLED_TURNS, b, 1000)
    profile = store.profile(library, "Anna")
    assert profile.speech_ms == 4000
    assert np.allclose(profile.embedding[:2], np.array([3, 1]) / np.sqrt(10), atol=1e-6)

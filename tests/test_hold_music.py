"""Music on hold heard in decoded audio (reviewer.transcription.music): calls built with
espeak-ng and sox (plucked chords mid-call), plain speech, line noise and the shared real
recordings; the music kept with the voice activity and made a hold by the metrics."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole, Turn
from reviewer.domain.metrics import VoiceActivity, compute
from reviewer.storage.metrics import MetricsRepository
from reviewer.transcription.music import music_regions
from reviewer.transcription.tracks import SAMPLE_RATE, load_tracks

sys.path.insert(0, str(Path(__file__).parent))
import sox_call  # noqa: E402


@pytest.fixture
def tools():
    missing = sox_call.tools_missing()
    if missing:
        pytest.skip(missing)


@pytest.mark.parametrize("noise", [False, True], ids=["clean", "line-noise"])
def test_hold_music_is_found_with_its_edges(tools, tmp_path, noise):
    path, lines, (start, end) = sox_call.build_hold_call(tmp_path, with_music=True, noise=noise)
    [samples] = load_tracks(path).samples
    [found] = music_regions(samples, SAMPLE_RATE)
    assert abs(found[0] - start) <= 500 and abs(found[1] - end) <= 500, (found, (start, end))


@pytest.mark.parametrize("noise", [False, True], ids=["clean", "line-noise"])
def test_no_music_in_a_silent_hold_or_in_speech(tools, tmp_path, noise):
    path, _, _ = sox_call.build_hold_call(tmp_path, with_music=False, noise=noise)
    [samples] = load_tracks(path).samples
    assert music_regions(samples, SAMPLE_RATE) == []
    call, _ = sox_call.build_call(tmp_path / "call")
    assert all(music_regions(s, SAMPLE_RATE) == [] for s in load_tracks(call).samples)


@pytest.mark.parametrize("clip", [
    ("telephone-two-speakers", "sample.wav"),
    ("long-8k-four-speakers", "aepyx_8k.wav"),
    ("russian-telephony", "audio_long.flac"),
    ("osr-8k-telephone", "OSR_us_000_0034_8k.wav"),
    ("faster-whisper", "multilingual.mp3"),
], ids=lambda c: c[1])
def test_no_music_in_real_recordings(testdata, clip):
    tracks = load_tracks(testdata("audio", *clip))
    assert all(music_regions(s, SAMPLE_RATE) == [] for s in tracks.samples)


def test_the_music_is_stored_with_the_voice_activity_and_makes_a_music_hold(tools, library, tmp_path):
    path, lines, (start, end) = sox_call.build_hold_call(tmp_path, with_music=True)
    [samples] = load_tracks(path).samples
    music = tuple(music_regions(samples, SAMPLE_RATE))
    turns = [Turn(line.text, SpeakerRole.UNKNOWN, start_ms=line.start_ms, end_ms=line.end_ms) for line in lines]
    cid = library.conversations.add(Conversation(
        Channel.CALL, path.name, turns, source_sha256="hold", duration_ms=lines[-1].end_ms + 1000,
        status=ConversationStatus.TRANSCRIBED))
    speech = tuple((line.start_ms, line.end_ms) for line in lines)
    repo = MetricsRepository(library)
    repo.set_voice_activity(cid, [VoiceActivity(None, None, speech, music)])
    [stored] = repo.voice_activity(cid)
    assert stored.music == music
    f = compute(Channel.CALL, library.conversations.turns(cid), None, [stored])
    [hold] = f["holds"]
    assert hold["kind"] == "music" and hold["announced"] is True  # "please wait a moment while I check"
    assert abs(hold["start_ms"] - start) <= 500 and abs(hold["end_ms"] - end) <= 500
    # A new transcription replaces the music with the voice activity.
    repo.set_voice_activity(cid, [VoiceActivity(None, None, speech)])
    assert repo.voice_activity(cid)[0].music == ()
    silent = compute(Channel.CALL, library.conversations.turns(cid), None, repo.voice_activity(cid))
    assert [h["kind"] for h in silent["holds"]] == ["silence"]

"""The embedded model on real recordings, through the whole pipeline: import, job, worker, turns."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reviewer.domain import ConversationStatus, SpeakerRole
from reviewer.importers import ImportOptions
from reviewer.importing import Outcome, import_paths
from reviewer.storage.jobs import JobState
from reviewer.storage.settings import Setting
from reviewer.transcription.filters import is_invented
from reviewer.transcription.jobs import TranscriptionService
from reviewer.transcription.wer import word_error_rate

pytestmark = pytest.mark.slow

JFK = "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country."


def references(testdata) -> dict[tuple[str, str], str]:
    rows = testdata("audio", "faster-whisper", "references.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {(f, channel): text for f, channel, text, *_ in (row.split("\t") for row in rows)}


def import_one(library, path: Path) -> int:
    (result,) = list(import_paths(library, [path], ImportOptions()))
    assert result.outcome in (Outcome.IMPORTED, Outcome.DUPLICATE), result.message
    return result.conversation_ids[0]


def transcribe(library, worker, path: Path, **options):
    cid = import_one(library, path)
    service = TranscriptionService(library, worker)
    outcome = service.run(service.enqueue(cid, **options))
    return outcome, library.conversations.get(cid)


def text_of(conversation) -> str:
    return " ".join(t.text for t in conversation.turns)


def sox(*args: str) -> None:
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (it makes the silent test recordings)")
    subprocess.run(["sox", *args], check=True, capture_output=True)


def test_jfk_word_error_rate(library, transcription_worker, testdata):
    outcome, conversation = transcribe(library, transcription_worker, testdata("audio", "faster-whisper", "jfk.flac"))
    assert outcome.state == JobState.DONE, outcome.message
    assert conversation.status == ConversationStatus.TRANSCRIBED
    assert conversation.language == "en"
    wer = word_error_rate(references(testdata)[("jfk.flac", "mix")], text_of(conversation))
    assert wer <= 0.05, text_of(conversation)
    # one voice: separated as one speaker (not split in halves by the default count of two),
    # and with no one to tell apart and no voice profile, nobody is called the agent
    assert {t.speaker for t in conversation.turns} == {1}
    assert {t.role for t in conversation.turns} == {SpeakerRole.UNKNOWN}
    starts = [t.start_ms for t in conversation.turns]
    assert starts == sorted(starts) and all(t.start_ms < t.end_ms <= 11_000 for t in conversation.turns)
    assert all(t.words is None for t in conversation.turns)  # not asked for
    assert outcome.peak_rss_mb is None or outcome.peak_rss_mb < 1024


@pytest.mark.parametrize("agent_channel", [0, 1])
def test_stereo_call_is_transcribed_per_channel_with_roles(library, transcription_worker, testdata, agent_channel):
    library.set_setting(Setting.AGENT_AUDIO_CHANNEL, agent_channel)
    outcome, conversation = transcribe(
        library, transcription_worker, testdata("audio", "faster-whisper", "stereo_diarization.wav")
    )
    assert outcome.state == JobState.DONE, outcome.message
    refs = references(testdata)
    left_role = SpeakerRole.AGENT if agent_channel == 0 else SpeakerRole.CUSTOMER
    right_role = SpeakerRole.CUSTOMER if agent_channel == 0 else SpeakerRole.AGENT
    by_role = {role: " ".join(t.text for t in conversation.turns if t.role == role) for role in SpeakerRole}
    assert word_error_rate(refs[("stereo_diarization.wav", "left")], by_role[left_role]) <= 0.2, by_role
    assert word_error_rate(refs[("stereo_diarization.wav", "right")], by_role[right_role]) <= 0.2, by_role
    assert not by_role[SpeakerRole.UNKNOWN]
    assert {t.speaker_name for t in conversation.turns} == {"Agent", "Customer"}
    starts = [t.start_ms for t in conversation.turns]
    assert starts == sorted(starts)  # one timeline, both channels merged


def test_long_silence_yields_no_invented_text(library, transcription_worker, tmp_path):
    silent = tmp_path / "silence.wav"
    # Thirty seconds of near silence with faint hiss, as an empty line sounds.
    sox("-n", "-r", "16000", "-c", "1", str(silent), "synth", "30", "whitenoise", "vol", "0.003")
    outcome, conversation = transcribe(library, transcription_worker, silent)
    assert outcome.state == JobState.DONE, outcome.message
    assert conversation.turns == []
    assert conversation.status == ConversationStatus.TRANSCRIBED  # an empty transcript, not an error


def test_speech_followed_by_silence_ends_with_the_speech(library, transcription_worker, testdata, tmp_path):
    speech, hiss, joined = tmp_path / "speech.wav", tmp_path / "hiss.wav", tmp_path / "call.wav"
    sox(str(testdata("audio", "faster-whisper", "jfk.flac")), "-r", "16000", "-c", "1", str(speech))
    sox("-n", "-r", "16000", "-c", "1", str(hiss), "synth", "40", "whitenoise", "vol", "0.003")
    sox(str(speech), str(hiss), str(joined))
    outcome, conversation = transcribe(library, transcription_worker, joined)
    assert outcome.state == JobState.DONE, outcome.message
    assert word_error_rate(JFK, text_of(conversation)) <= 0.05, text_of(conversation)
    assert max(t.end_ms for t in conversation.turns) < 11_500  # nothing during the 40 s of hiss


def test_glossary_spells_names_right(library, transcription_worker, testdata):
    library.set_setting(Setting.GLOSSARY, ["ComfyUI"])
    outcome, conversation = transcribe(library, transcription_worker, testdata("audio", "faster-whisper", "hotwords.mp3"))
    assert outcome.state == JobState.DONE, outcome.message
    assert "ComfyUI" in text_of(conversation)


def test_word_timestamps_on_request(library, transcription_worker, testdata):
    outcome, conversation = transcribe(
        library, transcription_worker, testdata("audio", "faster-whisper", "jfk.flac"), word_timestamps=True
    )
    assert outcome.state == JobState.DONE, outcome.message
    words = [w for t in conversation.turns for w in t.words]
    assert word_error_rate(JFK, " ".join(w.text for w in words)) <= 0.05
    for turn in conversation.turns:
        assert turn.words[0].start_ms == turn.start_ms and turn.words[-1].end_ms == turn.end_ms
    assert [w.start_ms for w in words] == sorted(w.start_ms for w in words)
    assert all(0 <= w.probability <= 1 for w in words)


def test_language_is_detected_or_taken_from_the_settings(library, transcription_worker, testdata):
    outcome, russian = transcribe(library, transcription_worker, testdata("audio", "russian", "test_sound_ru.wav"))
    assert outcome.state == JobState.DONE and russian.language == "ru"
    reference = testdata("audio", "russian", "reference.tsv").read_text(encoding="utf-8").splitlines()[1].split("\t")[1]
    assert word_error_rate(reference, text_of(russian)) <= 0.5, text_of(russian)

    library.set_setting(Setting.LANGUAGE, "lv")
    path = testdata("audio", "latvian-commonvoice", "common_voice_lv_37816989.wav")
    outcome, latvian = transcribe(library, transcription_worker, path)
    assert outcome.state == JobState.DONE and latvian.language == "lv"
    outcome, forced = transcribe(library, transcription_worker, path, language="ru", restart=True)
    assert forced.language == "ru"  # the conversation's own language wins over the library's


DEMO_CALLS = Path(__file__).resolve().parents[1] / "recordings" / "calls"


def _demo_scripts() -> dict[str, dict]:
    import json

    return {s["file"]: s for s in json.loads((DEMO_CALLS / "scripts.json").read_text(encoding="utf-8"))}


@pytest.mark.parametrize(
    "name",
    [
        "2026-10-08-dmitrijs-kozlovs-ru-late-delivery.ogg",  # the model loops on its first 20 s
        "2026-10-15-janis-berzins-lv-flickering-lamp.ogg",
        "2026-10-21-maria-smith-en-broken-shade.ogg",
    ],
)
def test_every_line_of_a_two_channel_call_becomes_a_turn_of_its_speaker(library, transcription_worker, name):
    """The demo calls (espeak-ng voices, agent on the left): each scripted line is covered by a
    turn of the right role at the right time, and no turn is invented between the lines."""
    script = _demo_scripts()[name]
    cid = import_one(library, DEMO_CALLS / name)
    library.conversations.update(cid, language=script["language"])  # known before transcription
    service = TranscriptionService(library, transcription_worker)
    outcome = service.run(service.enqueue(cid))
    assert outcome.state == JobState.DONE, outcome.message
    conversation = library.conversations.get(cid)
    assert conversation.language == script["language"]
    roles = {"agent": SpeakerRole.AGENT, "customer": SpeakerRole.CUSTOMER}
    for line in script["lines"]:
        assert any(
            t.role == roles[line["role"]] and t.start_ms < line["end_ms"] and t.end_ms > line["start_ms"]
            for t in conversation.turns
        ), f"no {line['role']} turn for {line['text']!r}"
    for turn in conversation.turns:
        assert any(
            roles[line["role"]] == turn.role
            and turn.start_ms < line["end_ms"] + 300
            and turn.end_ms > line["start_ms"] - 300
            for line in script["lines"]
        ), f"{turn.role} turn {turn.text!r} matches no line"
        assert len(turn.text) < 3 * max(len(line["text"]) for line in script["lines"])  # no loops
    if script["language"] == "en":
        said = " ".join(line["text"] for line in script["lines"])
        assert word_error_rate(said, text_of(conversation)) <= 0.3, text_of(conversation)


def test_filters_drop_what_whisper_invents():
    assert is_invented("Thanks for watching!", -0.3, 0.1, 1.2)
    assert is_invented("Субтитры сделал DimaTorzok", -0.3, 0.1, 1.2)
    assert is_invented("you you you you you you you you you you you you", -0.3, 0.1, 3.5)
    assert is_invented("Hello?", -1.5, 0.9, 1.0)  # the model itself thinks nobody spoke
    assert not is_invented("Hello?", -1.5, 0.9, 1.0, known_speech=True)
    assert is_invented(" ... ", -0.2, 0.1, 1.0)
    assert not is_invented("Thank you for calling, how can I help?", -0.3, 0.1, 1.2)
    assert not is_invented("Thank you.", -0.3, 0.2, 1.0)

"""Speaker separation of mono calls inside the transcription job (issue #15): turn speakers in
the library, --speakers, the note without speaker models, metrics null until separated."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from conftest import run_cli
from reviewer.domain import Word
from reviewer.importers import ImportOptions
from reviewer.importing import import_paths
from reviewer.storage import Library, speaker_counts
from reviewer.transcription.jobs import TranscriptionService
from reviewer.transcription.messages import Segment
from reviewer.transcription.separated import SpeakerMap, by_speaker
from reviewer.transcription.worker import TranscriptionWorker

LINES = [
    ("en-us+m3", "Good morning, thank you for calling the city water company. How can I help you today?"),
    ("en-us+f4", "Hello. My water bill this month is twice as high as usual and I do not understand why."),
    ("en-us+m3", "I am sorry to hear that. Let me look at your account. Could you tell me your address?"),
    ("en-us+f4", "It is twelve Green Street, apartment four. The meter was replaced in March."),
]


def _tools():
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (it makes the test call)")


@pytest.fixture
def mono_call(tmp_path) -> Path:
    """A mono call of two espeak voices taking turns, with a second of silence between them."""
    _tools()
    parts = []
    for n, (voice, text) in enumerate(LINES):
        part = tmp_path / f"line{n}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(part), text], check=True)
        parts.append(str(part))
        gap = tmp_path / f"gap{n}.wav"
        subprocess.run(["sox", "-n", "-r", "22050", "-c", "1", str(gap), "trim", "0", "1.0"], check=True)
        parts.append(str(gap))
    path = tmp_path / "mono-call.wav"
    subprocess.run(["sox", *parts, "-r", "16000", str(path)], check=True)
    return path


def _import(library, path: Path) -> int:
    (result,) = list(import_paths(library, [path], ImportOptions()))
    assert result.conversation_ids, result.message
    return result.conversation_ids[0]


def _separation_ready() -> bool:
    if importlib.util.find_spec("reviewer.speakers.separation") is None:
        return False
    from reviewer.speakers import models

    return models.available()


# Words to speakers ---------------------------------------------------------------------------


def test_words_go_to_the_speaker_they_overlap_most_and_turns_split_only_there():
    speakers = SpeakerMap([(0, 1000, 1), (1000, 2500, 2), (2600, 9000, 1)])
    decoded = [
        Segment(None, 0, 1400, "yes no maybe", (Word(0, 400, "yes"), Word(500, 1150, "no"), Word(1100, 1400, "maybe"))),
        # a pause inside one speaker's speech does not start a new turn; a hold-long one does
        Segment(None, 2700, 8000, "one two", (Word(2700, 3000, "one"), Word(4500, 5000, "two"))),
        Segment(None, 8000, 8800, "three", (Word(8000, 8800, "three"),)),
    ]
    turns = by_speaker(decoded, speakers)
    assert [(t.speaker, t.text) for t in turns] == [(1, "yes no"), (2, "maybe"), (1, "one two"), (1, "three")]
    assert (turns[0].start_ms, turns[0].end_ms) == (0, 1150)
    assert speakers.speaker_of(2510, 2590) in (1, 2)  # between segments: the nearest one's


def test_one_voice_talking_on_still_gets_turns_of_at_most_about_30_s():
    """A monologue (a voicemail, a recording with one voice): no speaker change to split at, so
    a turn past 30 s ends at the next pause; the joiner across decoding batches keeps that cap."""
    from reviewer.transcription.separated import MAX_TURN_MS, Joiner

    speakers = SpeakerMap([(0, 90_000, 1)])
    words = tuple(Word(t, t + 750, f"w{t // 1000}") for t in range(0, 90_000, 1000))  # 250 ms pauses
    turns = by_speaker([Segment(None, 0, 90_000, " ".join(w.text for w in words), words)], speakers)
    assert len(turns) == 3 and all(t.speaker == 1 for t in turns)
    assert all(t.end_ms - t.start_ms <= MAX_TURN_MS + 1000 for t in turns)
    assert " ".join(t.text for t in turns) == " ".join(w.text for w in words)  # nothing lost
    joiner = Joiner()
    pieces = [Segment(None, t, t + 9000, "x", None, 1) for t in range(0, 90_000, 10_000)]
    joined = joiner.push(pieces) + joiner.flush()
    assert len(joined) >= 3 and all(t.end_ms - t.start_ms <= MAX_TURN_MS for t in joined)


# The library ---------------------------------------------------------------------------------


def test_migration_adds_the_speaker_columns_to_an_existing_library(tmp_path):
    path = tmp_path / "lib"
    with Library.open(path) as library:
        library.conn.execute("SELECT 1").fetchone()
    db = next(path.glob("*.sqlite*")) if list(path.glob("*.sqlite*")) else next(path.glob("*.db"))
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE turns DROP COLUMN speaker")
    conn.execute("ALTER TABLE conversations DROP COLUMN speakers")
    conn.execute("DELETE FROM schema_migrations WHERE version = 23")
    conn.commit()
    conn.close()
    with Library.open(path) as library:
        turns = {row[1] for row in library.conn.execute("PRAGMA table_info(turns)")}
        conversations = {row[1] for row in library.conn.execute("PRAGMA table_info(conversations)")}
    assert "speaker" in turns and "speakers" in conversations


def test_speaker_numbers_are_saved_and_loaded(library):
    from reviewer.domain import Channel, Conversation, Turn

    cid = library.conversations.add(Conversation(Channel.CALL, "c.wav", source_sha256="ab" * 32, turns=[
        Turn("hello", start_ms=0, end_ms=500, speaker=1), Turn("hi", start_ms=600, end_ms=900, speaker=2),
        Turn("plain", start_ms=1000, end_ms=1200)]))
    assert [t.speaker for t in library.conversations.turns(cid)] == [1, 2, None]
    assert speaker_counts.for_separation(library, cid) == 2
    speaker_counts.set_stored(library, cid, 0)
    assert speaker_counts.for_separation(library, cid) is None  # detect
    speaker_counts.set_stored(library, cid, 3)
    assert speaker_counts.for_separation(library, cid) == 3


# End to end with the real Whisper model ------------------------------------------------------


@pytest.mark.slow
def test_without_speaker_models_a_mono_call_is_transcribed_as_before_with_a_note(
        library, model_cache, mono_call, tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWER_SPEAKER_MODELS", str(tmp_path / "no-models"))
    cid = _import(library, mono_call)
    worker = TranscriptionWorker()  # started after the variable is set, so it inherits it
    try:
        service = TranscriptionService(library, worker)
        outcome = service.run(service.enqueue(cid))
    finally:
        worker.close()
    assert str(outcome.state) == "done", outcome.message
    assert outcome.message and "speakers stay unknown" in outcome.message
    turns = library.conversations.turns(cid)
    assert turns and all(t.speaker is None and str(t.role) == "unknown" for t in turns)
    # speaker-dependent figures are null until the call is separated
    from reviewer.metrics import metrics_for

    figures = metrics_for(library, cid) or {}
    for key in ("agent_talk_share", "overtalk_ms", "agent_interruptions"):
        assert figures.get(key) is None, key


@pytest.mark.slow
def test_a_mono_call_is_separated_into_two_speakers(library, transcription_worker, mono_call, monkeypatch):
    if not _separation_ready():
        pytest.skip("speaker separation (reviewer.speakers.separation and its models) is not installed")
    called = []
    import reviewer.speakers.roles as roles

    monkeypatch.setattr(roles, "assign_after_separation", lambda lib, c, e: called.append((c, sorted(e))))
    cid = _import(library, mono_call)
    service = TranscriptionService(library, transcription_worker)
    outcome = service.run(service.enqueue(cid))
    assert str(outcome.state) == "done", outcome.message
    turns = library.conversations.turns(cid)
    assert {t.speaker for t in turns} == {1, 2}
    assert called and called[0][0] == cid
    # turns split where the voice changes: consecutive turns have different speakers
    assert all(a.speaker != b.speaker for a, b in zip(turns, turns[1:]))


@pytest.mark.slow
def test_speakers_option_is_stored_and_the_call_transcribed_again(lib_dir, capsys, model_cache, mono_call):
    status, _, err = run_cli(capsys, "--library", lib_dir, "import", mono_call)
    assert status == 0, err
    with Library.open(lib_dir) as library:
        (cid,) = [c.id for c in library.conversations.list()]
    status, out, err = run_cli(capsys, "--library", lib_dir, "transcribe", cid)
    assert status == 0, err
    status, out, err = run_cli(capsys, "--library", lib_dir, "transcribe", cid, "--speakers", "3")
    assert status == 0, err
    assert "transcribed" in out
    with Library.open(lib_dir) as library:
        assert speaker_counts.stored(library, cid) == 3
        assert library.conversations.turns(cid)
    status, _, err = run_cli(capsys, "--library", lib_dir, "transcribe", cid, "--speakers", "many")
    assert status == 2 and "--speakers" in err and "Traceback" not in err


def test_metrics_of_a_separated_mono_call_use_its_speakers_and_never_guess_overtalk():
    from reviewer.domain import Channel, SpeakerRole, Turn
    from reviewer.domain.metrics import VoiceActivity, compute

    unknown = [Turn("hello there", start_ms=0, end_ms=2000), Turn("hi", start_ms=2500, end_ms=4000)]
    heard = [VoiceActivity(None, None, ((0, 2000), (2500, 4000)))]
    figures = compute(Channel.CALL, unknown, 4000, heard)
    assert figures.get("agent_talk_share") is None and figures.get("overtalk_ms") is None
    separated = [Turn("hello there", SpeakerRole.AGENT, start_ms=0, end_ms=2000, speaker=1),
                 Turn("hi", SpeakerRole.CUSTOMER, start_ms=2500, end_ms=4000, speaker=2)]
    figures = compute(Channel.CALL, separated, 4000, heard)
    assert figures["agent_talk_share"] == round(2000 / 3500, 3)
    assert figures["overtalk_ms"] is None and figures["agent_interruptions"] is None

"""Transcription beside other writers: real processes with the embedded Whisper model on
short shared clips."""

from __future__ import annotations

import json
import sqlite3

import pytest

from concurrency_helpers import finish, hold_write_lock, integrity, reviewer, wait_for, write_whatsapp_chat
from reviewer.domain import Channel, Conversation, ConversationStatus
from reviewer.storage import Library
from reviewer.storage.jobs import JobRepository, JobState


def _import_clip(lib_dir, clip):
    code, out, err = finish(reviewer(lib_dir, "import", clip, "--json"))
    assert code == 0, err
    return json.loads(out)["conversation_ids"][0]


def _job_states(lib_dir):
    conn = sqlite3.connect(lib_dir / "library.db")
    try:
        return conn.execute("SELECT id, state FROM transcription_jobs ORDER BY id").fetchall()
    finally:
        conn.close()


def test_a_transcription_and_a_big_import_at_once_both_finish(tmp_path, lib_dir, model_cache, testdata):
    cid = _import_clip(lib_dir, testdata("audio", "russian", "test_sound_ru.wav"))
    chat = write_whatsapp_chat(tmp_path / "big.txt", 30_000)
    transcribing = reviewer(lib_dir, "transcribe", "--pending", "--language", "ru")
    importing = reviewer(lib_dir, "import", chat)
    code, out, err = finish(importing)
    assert code == 0, err
    code, out, err = finish(transcribing)
    assert code == 0, err
    assert out.startswith(f"#{cid}: transcribed, ")
    with Library.open(lib_dir) as library:
        call = library.conversations.get(cid)
        assert call.status == ConversationStatus.TRANSCRIBED and call.turns
        assert [j.state for j in JobRepository(library).list()] == [JobState.DONE]
        assert library.conn.execute("SELECT COUNT(*) FROM turns").fetchone()[0] == 30_000 + len(call.turns)
        assert integrity(library.conn) == "ok"


def test_two_transcribe_pending_at_once_do_the_job_once(lib_dir, model_cache, testdata):
    cid = _import_clip(lib_dir, testdata("audio", "faster-whisper", "jfk.flac"))
    first = reviewer(lib_dir, "transcribe", "--pending", "--language", "en")
    wait_for(lambda: _job_states(lib_dir) == [(1, "running")], what="the first process to claim the job")
    second = reviewer(lib_dir, "transcribe", "--pending")
    code2, out2, err2 = finish(second)
    code1, out1, err1 = finish(first)
    assert (code1, code2) == (0, 0), err1 + err2
    assert out2.strip() == f"#{cid}: not transcribed here: job 1 taken by another process (pid {first.pid})"
    assert out1.startswith(f"#{cid}: transcribed, ")
    turns = int(out1.split("transcribed, ")[1].split(" turns")[0])
    assert turns > 0
    assert _job_states(lib_dir) == [(1, "done")]
    with Library.open(lib_dir) as library:
        assert len(library.conversations.turns(cid)) == turns  # nothing written twice
        assert integrity(library.conn) == "ok"


def test_segments_that_meet_a_busy_library_are_kept_and_written_later(tmp_path, library, monkeypatch):
    from reviewer.transcription.jobs import TranscriptionService, _JobProgress
    from reviewer.transcription.messages import Done, Segment

    cid = library.conversations.add(Conversation(Channel.CALL, "call.wav", source_sha256="c", recording_path="c.wav",
                                                 status=ConversationStatus.NEEDS_TRANSCRIPTION))
    service = TranscriptionService(library)
    job_id = service.jobs.add(cid)
    assert service.jobs.claim(job_id, 1, "here")
    progress = _JobProgress(service, service.jobs.get(job_id), library.conversations.get(cid), 0.0)
    monkeypatch.setenv("REVIEWER_LOCK_WAIT_S", "0.5")
    holder = hold_write_lock(library.root, 3.0, "reviewer import")
    try:
        progress.store(Segment(None, 0, 1000, "first words"))  # meets the held lock
        assert progress.written == 0 and library.conversations.turns(cid) == []
    finally:
        holder.wait()
    progress.store(Segment(None, 1000, 2000, "second words"))
    assert progress.written == 2
    assert [t.text for t in library.conversations.turns(cid)] == ["first words", "second words"]
    progress.store(Done("en", 0.9, 2000, 2, 2000, 0, 1.0))
    assert service.jobs.get(job_id).state == JobState.DONE
    assert library.conversations.get(cid, with_turns=False).status == ConversationStatus.TRANSCRIBED


def test_a_resumed_job_closes_the_interrupted_one(library):
    cid = library.conversations.add(Conversation(Channel.CALL, "call.wav", source_sha256="c", recording_path="c.wav",
                                                 status=ConversationStatus.NEEDS_TRANSCRIPTION))
    jobs = JobRepository(library)
    old = jobs.add(cid)
    assert jobs.claim(old, 999_999_999, __import__("socket").gethostname())
    assert jobs.mark_interrupted(lambda pid, host: False) == [old]
    new = jobs.add(cid)
    assert jobs.take(new, 1, "here") is None
    closed = jobs.get(old)
    assert (closed.state, closed.message) == (JobState.CANCELLED, f"continued by job {new}")
    assert jobs.get(new).state == JobState.RUNNING

"""The job queue: states, bad input, cancel, a killed worker, a crashed app, resuming."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reviewer.domain import Channel, Conversation, ConversationStatus, Turn
from reviewer.importers import ImportOptions
from reviewer.importing import import_paths
from reviewer.storage import Library
from reviewer.storage.jobs import JobRepository, JobState
from reviewer.transcription.jobs import AlreadyTranscribed, TranscriptionError, TranscriptionService
from reviewer.transcription.messages import Segment
from reviewer.transcription.wer import word_error_rate

pytestmark = pytest.mark.slow


def import_one(library, path: Path) -> int:
    (result,) = list(import_paths(library, [path], ImportOptions()))
    assert result.conversation_ids, result.message
    return result.conversation_ids[0]


@pytest.fixture
def long_call(testdata, tmp_path) -> tuple[Path, str]:
    """Three readings of the Harvard sentences back to back (107 s) and what is said in them."""
    import json

    source = testdata("audio", "osr-8k-telephone", "OSR_us_000_0034_8k.wav")
    text = json.loads(testdata("audio", "osr-8k-telephone", "test_samples.json").read_text())[0]["transcription"]
    if shutil.which("sox") is None:
        pytest.skip("sox is not installed (it makes the long test recording)")
    path = tmp_path / "long-call.wav"
    subprocess.run(["sox", str(source), str(source), str(source), str(path)], check=True)
    return path, " ".join([text] * 3)


def test_queueing_checks_the_conversation(library, testdata):
    service = TranscriptionService(library)
    chat = library.conversations.add(
        Conversation(Channel.CHAT, "chat.txt", [Turn("hi")], source_sha256="c0ffee")
    )
    with pytest.raises(TranscriptionError, match=r"conversation \d+ \(chat.txt\) has no recording"):
        service.enqueue(chat)
    with pytest.raises(TranscriptionError, match="conversation 999 does not exist"):
        service.enqueue(999)

    cid = import_one(library, testdata("audio", "faster-whisper", "jfk.flac"))
    assert service.pending_conversations() == [cid]
    job = service.enqueue(cid, language="en")
    assert service.enqueue(cid) == job  # already queued: the same job
    assert service.jobs.get(job).state == JobState.QUEUED and service.jobs.get(job).language == "en"
    assert service.cancel(job)
    assert service.jobs.get(job).state == JobState.CANCELLED

    library.conversations.set_status(cid, ConversationStatus.TRANSCRIBED)
    with pytest.raises(AlreadyTranscribed, match="already transcribed"):
        service.enqueue(cid)
    assert service.jobs.get(service.enqueue(cid, restart=True)).restart
    library.conversations.set_status(cid, ConversationStatus.REVIEWED)
    with pytest.raises(TranscriptionError, match="has been reviewed"):
        service.enqueue(cid, restart=True)


def test_corrupt_or_missing_recordings_fail_with_a_reason(library, transcription_worker, testdata):
    service = TranscriptionService(library, transcription_worker)
    cid = import_one(library, testdata("audio", "faster-whisper", "jfk.flac"))
    stored = library.recordings.path(library.conversations.get(cid).recording_path)
    stored.write_bytes(b"fLaC" + os.urandom(50_000))  # damaged after import
    outcome = service.run(service.enqueue(cid))
    assert outcome.state == JobState.FAILED
    assert stored.name in outcome.message and "cannot decode the recording" in outcome.message
    job = service.jobs.get(outcome.job_id)
    assert job.state == JobState.FAILED and job.message == outcome.message
    assert library.conversations.get(cid).status == ConversationStatus.NEEDS_TRANSCRIPTION

    stored.unlink()
    outcome = service.run(service.enqueue(cid))
    assert outcome.state == JobState.FAILED and "missing" in outcome.message


def _run_in_thread(service, job_id, on_message=None):
    result: dict = {}

    def run():
        result["outcome"] = service.run(job_id, on_message)
        result["ended"] = time.monotonic()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def _wait_for(condition, timeout=240.0):  # a mono call is separated into speakers before its first turn
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


def test_cancel_within_a_second_then_resume(library, transcription_worker, long_call):
    path, spoken = long_call
    cid = import_one(library, path)
    service = TranscriptionService(library, transcription_worker, batch_size=2)
    segments: list[Segment] = []
    job_id = service.enqueue(cid)
    thread, result = _run_in_thread(
        service, job_id, lambda job, m: segments.append(m) if isinstance(m, Segment) else None
    )
    _wait_for(lambda: segments)
    asked = time.monotonic()
    worker_pid = transcription_worker.pid
    assert service.cancel(job_id)
    thread.join(10)
    assert result["ended"] - asked < 1.0
    assert not _alive(worker_pid)
    outcome = result["outcome"]
    assert outcome.state == JobState.CANCELLED
    kept = library.conversations.turns(cid)
    assert 0 < len(kept) == outcome.turns  # what was done before the cancel stays
    assert kept[-1].end_ms < 100_000
    assert library.conversations.get(cid).status == ConversationStatus.NEEDS_TRANSCRIPTION

    resumed = service.run(service.enqueue(cid))  # a new worker starts for it
    assert resumed.state == JobState.DONE, resumed.message
    turns = library.conversations.turns(cid)
    assert [(t.start_ms, t.text) for t in turns[: len(kept)]] == [(t.start_ms, t.text) for t in kept]
    assert turns[len(kept)].start_ms >= kept[-1].end_ms  # continued, nothing repeated
    assert word_error_rate(spoken, " ".join(t.text for t in turns)) <= 0.1
    assert library.conversations.get(cid).status == ConversationStatus.TRANSCRIBED
    assert service.jobs.get(resumed.job_id).progress == 1


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie waiting to be reaped is gone for our purpose.
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def test_a_killed_worker_leaves_an_interrupted_job_that_resumes(library, transcription_worker, long_call):
    path, spoken = long_call
    cid = import_one(library, path)
    service = TranscriptionService(library, transcription_worker, batch_size=2)
    segments: list[Segment] = []
    job_id = service.enqueue(cid)
    thread, result = _run_in_thread(service, job_id, lambda job, m: segments.append(m) if isinstance(m, Segment) else None)
    _wait_for(lambda: segments)
    os.kill(transcription_worker.pid, signal.SIGKILL)
    thread.join(10)
    outcome = result["outcome"]
    assert outcome.state == JobState.INTERRUPTED
    assert "stopped unexpectedly" in outcome.message and "SIGKILL" in outcome.message
    assert library.conversations.turns(cid)

    resumed = service.run(job_id)  # the same job, resumed
    assert resumed.state == JobState.DONE, resumed.message
    assert word_error_rate(spoken, " ".join(t.text for t in library.conversations.turns(cid))) <= 0.1


APP = """
import sys
from reviewer.storage import Library
from reviewer.transcription.jobs import TranscriptionService
library = Library.open(sys.argv[1])
with TranscriptionService(library, batch_size=2) as service:
    service.run(int(sys.argv[2]))
"""


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the worker process through /proc (Linux)")
def test_jobs_running_when_the_app_died_are_interrupted_at_the_next_start(tmp_path, model_cache, long_call):
    path, spoken = long_call
    root = tmp_path / "library"
    with Library.open(root) as library:
        cid = import_one(library, path)
        job_id = TranscriptionService(library).enqueue(cid)
    app = subprocess.Popen([sys.executable, "-c", APP, str(root), str(job_id)])
    try:
        with Library.open(root) as watcher:
            _wait_for(lambda: watcher.conversations.turns(cid), timeout=120)
        workers = _children(app.pid)
        assert workers, "the app runs its transcription in a child process"
        app.send_signal(signal.SIGKILL)
        app.wait(10)
    finally:
        if app.poll() is None:
            app.kill()
    # The orphaned worker notices that the app is gone and stops.
    _wait_for(lambda: not any(_alive(pid) for pid in workers), timeout=10)

    with Library.open(root) as library:
        kept = library.conversations.turns(cid)
        assert kept
        assert JobRepository(library).get(job_id).state == JobState.RUNNING  # nobody has looked yet
    with Library.open(root) as library, TranscriptionService(library) as service:
        assert service.interrupted == [job_id]
        job = service.jobs.get(job_id)
        assert job.state == JobState.INTERRUPTED and "stopped" in job.message
        resumed = service.run(job_id)
        assert resumed.state == JobState.DONE, resumed.message
        turns = library.conversations.turns(cid)
        assert [t.text for t in turns[: len(kept)]] == [t.text for t in kept]
        assert word_error_rate(spoken, " ".join(t.text for t in turns)) <= 0.1


def test_a_job_running_in_a_live_process_is_left_alone(library, testdata):
    cid = import_one(library, testdata("audio", "faster-whisper", "jfk.flac"))
    service = TranscriptionService(library)
    job_id = service.enqueue(cid)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert service.jobs.claim(job_id, other.pid, __import__("socket").gethostname())
        assert TranscriptionService(library).interrupted == []
        assert service.jobs.get(job_id).state == JobState.RUNNING
        taken = service.run(job_id)  # not run twice
        assert taken.taken and taken.message == f"taken by another process (pid {other.pid})"
    finally:
        other.kill()
        other.wait()
    assert TranscriptionService(library).interrupted == [job_id]
    assert service.jobs.get(job_id).state == JobState.INTERRUPTED


PARENT = """
import sys
from reviewer.importers import ImportOptions
from reviewer.importing import import_paths
from reviewer.storage import Library
from reviewer.transcription.jobs import TranscriptionService
import reviewer.transcription.download, reviewer.transcription.models, reviewer.cli.transcribe_cmd
library = Library.open(sys.argv[1])
(result,) = import_paths(library, [sys.argv[2]], ImportOptions())
with TranscriptionService(library) as service:
    outcome = service.run(service.enqueue(result.conversation_ids[0]))
heavy = sorted(m for m in ("faster_whisper", "ctranslate2", "onnxruntime", "tokenizers") if m in sys.modules)
print(outcome.state, outcome.turns, heavy)
"""


def test_the_app_side_never_imports_the_speech_engine(tmp_path, model_cache, testdata):
    done = subprocess.run(
        [sys.executable, "-c", PARENT, str(tmp_path / "library"), str(testdata("audio", "faster-whisper", "jfk.flac"))],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    state, turns, heavy = done.stdout.split(maxsplit=2)
    assert state == "done" and int(turns) > 0
    assert heavy.strip() == "[]"  # all of it stayed in the worker process

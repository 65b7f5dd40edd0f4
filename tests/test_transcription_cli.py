"""`reviewer transcribe`: jobs from the command line, JSON output and exit statuses."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from reviewer.cli import main
from reviewer.importers import ImportOptions
from reviewer.importing import import_paths
from reviewer.storage import Library
from reviewer.storage.jobs import JobRepository, JobState
from reviewer.storage.settings import Setting

pytestmark = pytest.mark.slow


def run(capsys, *argv) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exc:  # argument errors and fail() exit this way
        status = exc.code
    out, err = capsys.readouterr()
    return status, out, err


def test_transcribe_pending_then_again(tmp_path, capsys, model_cache, testdata):
    lib = str(tmp_path / "library")
    jfk = testdata("audio", "faster-whisper", "jfk.flac")
    stereo = testdata("audio", "faster-whisper", "stereo_diarization.wav")
    status, _, err = run(capsys, "--library", lib, "import", str(jfk), str(stereo))
    assert status == 0, err
    with Library.open(lib) as library:
        library.set_setting(Setting.AGENT_AUDIO_CHANNEL, 1)

    status, out, err = run(capsys, "--library", lib, "transcribe", "--pending", "--json")
    assert status == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["state"] for r in rows] == ["done", "done"]
    assert {r["language"] for r in rows} == {"en"}
    with Library.open(lib) as library:
        stereo_call = library.conversations.get(rows[1]["conversation"])
        assert {t.role.value: t.text for t in stereo_call.turns}["customer"].startswith("He began")

    # Already transcribed: refused with the way out, exit status 1.
    status, out, err = run(capsys, "--library", lib, "transcribe", str(rows[0]["conversation"]))
    assert status == 1
    assert "already transcribed" in err and "--restart" in err

    status, out, err = run(
        capsys, "--library", lib, "transcribe", str(rows[0]["conversation"]), "--restart", "--words", "--language", "en"
    )
    assert status == 0, err
    assert out.startswith(f"#{rows[0]['conversation']}: transcribed, ") and "language en" in out
    with Library.open(lib) as library:
        turns = library.conversations.turns(rows[0]["conversation"])
        assert turns and all(t.words for t in turns)


def test_failures_give_reasons_and_a_nonzero_status(tmp_path, capsys, model_cache, testdata):
    lib = str(tmp_path / "library")
    status, _, err = run(capsys, "--library", lib, "import", str(testdata("audio", "faster-whisper", "jfk.flac")))
    assert status == 0, err
    with Library.open(lib) as library:
        (conversation,) = library.conversations.list()
        library.recordings.path(conversation.recording_path).write_bytes(b"fLaC" + b"\x00" * 10_000)

    status, out, err = run(capsys, "--library", lib, "transcribe", str(conversation.id))
    assert status == 1
    assert f"conversation {conversation.id}: failed:" in err and "cannot decode the recording" in err

    assert run(capsys, "--library", lib, "transcribe")[0] == 2
    status, _, err = run(capsys, "--library", lib, "transcribe", "1", "--language", "klingon")
    assert status == 2 and "unknown language 'klingon'" in err
    status, _, err = run(capsys, "--library", lib, "transcribe", "1", "--model", "medium")
    assert status == 2 and "models download medium" in err
    status, out, err = run(capsys, "--library", lib, "transcribe", "42", "--json")
    assert status == 1 and json.loads(out)["message"] == "conversation 42 does not exist"


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="sends Ctrl+C to a process group (POSIX)")
def test_ctrl_c_cancels_the_job_cleanly(tmp_path, model_cache, testdata):
    lib = tmp_path / "library"
    with Library.open(lib) as library:
        (result,) = import_paths(library, [testdata("audio", "long-8k-four-speakers", "aepyx_8k.wav")], ImportOptions())
        cid = result.conversation_ids[0]
    # Ctrl+C in a terminal: SIGINT to the command and everything it started.
    child = subprocess.Popen(
        [sys.executable, "-m", "reviewer", "--library", str(lib), "transcribe", str(cid)],
        start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        # a terminal's command hears Ctrl+C even when this test runs in the background, where the
        # shell started it with SIGINT ignored (inherited through exec)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        with Library.open(lib) as library:
            jobs = JobRepository(library)
            deadline = time.monotonic() + 120
            while not [j for j in jobs.list([JobState.RUNNING])] and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(2)  # into the decoding
            os.killpg(child.pid, signal.SIGINT)
            out, err = child.communicate(timeout=30)
            assert child.returncode == 130
            assert "interrupted" in err and "Traceback" not in err and "leaked" not in err
            (job,) = jobs.list()
            assert job.state == JobState.CANCELLED
    finally:
        if child.poll() is None:
            child.kill()

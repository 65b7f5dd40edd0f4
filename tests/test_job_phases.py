"""What the worker measures of each job (issue #15): wall and CPU seconds of the separation and of
the decoding, and its own peak memory, kept in the job outcome and printed by `transcribe --json`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import run_cli
from reviewer.storage import Library
from test_mono_separation import _separation_ready, mono_call  # noqa: F401  (a fixture)


_PEAK_PROBE = """
import json, os
from reviewer.transcription.memory import peak_rss_mb, release_free_memory, reset_peak
before = peak_rss_mb()
block = bytearray(300 * 2**20)
block[::4096] = b"\\x01" * len(block[::4096])  # touched: resident
high = peak_rss_mb()
del block
release_free_memory()
reset_peak()
resettable = os.access("/proc/self/clear_refs", os.W_OK)
print(json.dumps({"before": before, "high": high, "after": peak_rss_mb(), "resettable": resettable}))
"""


def test_the_peak_is_measured_anew_from_what_is_resident_now():
    # A fresh process: in this one, earlier tests leave the peak anywhere above what is resident.
    probe = subprocess.run([sys.executable, "-c", _PEAK_PROBE], capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout)
    if seen["before"] is None:
        pytest.skip("this platform does not report the peak resident memory")
    assert seen["high"] >= seen["before"] + 250
    if not seen["resettable"]:
        pytest.skip("this kernel or sandbox does not let a process reset its peak (/proc/self/clear_refs)")
    assert seen["after"] < seen["high"] - 250


@pytest.mark.slow
def test_transcribe_json_reports_the_phases_and_the_peak(lib_dir, capsys, model_cache, testdata, mono_call):  # noqa: F811
    if not _separation_ready():
        pytest.skip("speaker separation (reviewer.speakers.separation and its models) is not installed")
    stereo = testdata("audio", "faster-whisper", "stereo_diarization.wav")
    status, _, err = run_cli(capsys, "--library", lib_dir, "import", mono_call, stereo)
    assert status == 0, err
    with Library.open(lib_dir) as library:
        ids = {c.source_name: c.id for c in library.conversations.list()}
    status, out, err = run_cli(capsys, "--library", lib_dir, "transcribe", "--pending", "--json")
    assert status == 0, err
    rows = {r["conversation"]: r for r in map(json.loads, out.splitlines())}
    mono, two = rows[ids["mono-call.wav"]], rows[ids["stereo_diarization.wav"]]
    for row in (mono, two):
        assert row["state"] == "done"
        assert 0 < row["decoding_seconds"] < row["seconds"]
        assert row["decoding_cpu_seconds"] > 0
        # the whole job: the model, the speaker models and the audio resident, under the 1.5 GB
        assert 200 < row["peak_rss_mb"] < 1536
    assert 0 < mono["separation_seconds"] and 0 < mono["separation_cpu_seconds"]
    assert mono["separation_seconds"] + mono["decoding_seconds"] <= mono["seconds"]
    assert two["separation_seconds"] == two["separation_cpu_seconds"] == 0  # two channels: nothing to separate

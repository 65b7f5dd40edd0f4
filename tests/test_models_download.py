"""Downloading named models, against a local stand-in for the Hugging Face Hub (never the real one)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest

from reviewer.transcription import models
from reviewer.transcription.download import DownloadCancelled, DownloadError, HubSource, download

TINY_REPO = models.NAMED_MODELS["tiny"]


def _model_files(size: int = 300_000) -> dict[str, bytes]:
    return {
        "config.json": b'{"alignment_heads": []}',
        "model.bin": os.urandom(size),
        "tokenizer.json": b'{"model": {}}',
        "vocabulary.txt": b"a\nb\n",
    }


def test_download_fetches_every_file_with_progress(fake_model_hub, tmp_path):
    tmp_path = tmp_path / "cache"  # the hub keeps its files in tmp_path/hub
    files = _model_files()
    fake_model_hub.add_model(TINY_REPO, files)
    seen: list[tuple[int, int]] = []
    folder = download("tiny", HubSource(fake_model_hub.url), tmp_path, on_progress=lambda d, t: seen.append((d, t)))

    assert folder == tmp_path / "tiny"
    for name, data in files.items():
        assert (folder / name).read_bytes() == data
    assert not (folder / "preprocessor_config.json").exists()  # optional, the repo has none
    total = sum(len(d) for d in files.values())
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert models.is_complete(folder)
    assert models.resolve("tiny", tmp_path) == folder
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == ["tiny"]
    assert not list(tmp_path.glob(".tiny*"))  # no partial folder or lock left behind
    listed = {m.name: m for m in models.list_models("", tmp_path)}
    assert listed["tiny"].kind == models.ModelKind.DOWNLOADED


def test_cancel_stops_within_a_second_and_the_next_try_resumes(fake_model_hub, tmp_path):
    tmp_path = tmp_path / "cache"
    fake_model_hub.add_model(TINY_REPO, _model_files(size=6_000_000))
    fake_model_hub.chunk_delay_s = 0.02  # about 3 MB/s: the download takes seconds
    cancel = threading.Event()
    progress: list[int] = []
    outcome: dict = {}

    def run():
        try:
            download("tiny", HubSource(fake_model_hub.url), tmp_path, lambda d, t: progress.append(d), cancel)
        except BaseException as exc:
            outcome["error"] = exc
        outcome["ended"] = time.monotonic()

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.monotonic() + 20
    while (not progress or progress[-1] < 1_000_000) and time.monotonic() < deadline:
        time.sleep(0.01)
    asked = time.monotonic()
    cancel.set()
    thread.join(10)
    assert isinstance(outcome.get("error"), DownloadCancelled)
    assert outcome["ended"] - asked < 1.0
    assert not (tmp_path / "tiny").exists()
    with pytest.raises(models.ModelError, match="not on this computer"):
        models.resolve("tiny", tmp_path)

    fake_model_hub.chunk_delay_s = 0.0
    fake_model_hub.requests.clear()
    folder = download("tiny", HubSource(fake_model_hub.url), tmp_path)
    assert models.is_complete(folder)
    ranges = [r for method, path, r in fake_model_hub.requests if method == "GET" and path.endswith("model.bin")]
    assert ranges and ranges[0] and ranges[0].startswith("bytes=") and ranges[0] != "bytes=0-"


def test_a_repository_without_a_model_is_refused(fake_model_hub, tmp_path):
    files = _model_files()
    del files["model.bin"]
    fake_model_hub.add_model(TINY_REPO, files)
    with pytest.raises(DownloadError, match="not a faster-whisper model: it has no model.bin"):
        download("tiny", HubSource(fake_model_hub.url), tmp_path)
    assert not (tmp_path / "tiny").exists()


def test_unknown_names_and_unreachable_sources_are_clear_errors(tmp_path):
    with pytest.raises(DownloadError, match="unknown speech model 'huge'"):
        download("huge", HubSource("http://127.0.0.1:9"), tmp_path)
    with pytest.raises(DownloadError, match=r"cannot reach http://127\.0\.0\.1:9"):
        download("tiny", HubSource("http://127.0.0.1:9"), tmp_path)


def _reviewer(*args, env, cwd):
    return subprocess.run(
        [sys.executable, "-m", "reviewer", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_models_commands(fake_model_hub, tmp_path):
    fake_model_hub.add_model(TINY_REPO, _model_files())
    cache = tmp_path / "cache"
    env = dict(
        os.environ,
        HF_ENDPOINT=fake_model_hub.url,
        **{models.ENV_MODEL_CACHE: str(cache)},
    )
    library = str(tmp_path / "library")

    done = _reviewer("--library", library, "models", "download", "tiny", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "tiny: ready" in done.stdout

    missing = _reviewer("--library", library, "models", "download", "medium", env=env, cwd=tmp_path)
    assert missing.returncode == 1
    assert "medium" in missing.stderr and "Traceback" not in missing.stderr

    used = _reviewer("--library", library, "models", "use", "tiny", env=env, cwd=tmp_path)
    assert used.returncode == 0, used.stderr
    refused = _reviewer("--library", library, "models", "use", "small", env=env, cwd=tmp_path)
    assert refused.returncode == 2 and "models download small" in refused.stderr

    listed = _reviewer("--library", library, "models", "list", "--json", env=env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    rows = {row["name"]: row for row in json.loads(listed.stdout)}
    assert rows["tiny"]["kind"] == "downloaded" and rows["tiny"]["default"] is True
    assert rows["base"]["kind"] == "embedded" and rows["base"]["default"] is False
    assert "medium" not in rows  # not downloaded: only with --all
    text = _reviewer("--library", library, "models", "list", "--all", env=env, cwd=tmp_path)
    assert "* tiny" in text.stdout and "not downloaded" in text.stdout

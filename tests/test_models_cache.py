"""The model cache: joining the embedded model, noticing half-written folders, naming models."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.transcription import models


def _parts() -> list[Path]:
    parts, _ = models.embedded_sources()
    return parts


def test_embedded_model_is_the_two_parts_joined(model_cache):
    folder = models.embedded_folder(model_cache)
    parts = _parts()
    joined = folder / "model.bin"
    assert joined.stat().st_size == sum(p.stat().st_size for p in parts) > 100_000_000
    # The seam: the end of part 1 is followed by the start of part 2.
    with open(joined, "rb") as f, open(parts[0], "rb") as p1, open(parts[1], "rb") as p2:
        size1 = parts[0].stat().st_size
        p1.seek(size1 - 4096)
        f.seek(size1 - 4096)
        assert f.read(8192) == p1.read(4096) + p2.read(4096)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        assert (folder / name).is_file()
    mark = json.loads((folder / models.COMPLETE_MARK).read_text())
    assert mark["files"] == models.embedded_manifest()
    assert models.resolve("", model_cache) == folder
    assert models.resolve("base", model_cache) == folder


def test_a_complete_cache_is_reused_not_rewritten(model_cache):
    joined = models.embedded_folder(model_cache) / "model.bin"
    before = joined.stat()
    assert models.ensure_embedded(model_cache) == joined.parent
    after = joined.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def _half_written(root: Path, with_mark: bool) -> Path:
    folder = models.embedded_folder(root)
    folder.mkdir(parents=True)
    _, others = models.embedded_sources()
    for name, source in others.items():
        (folder / name).write_bytes(source.read_bytes())
    with open(_parts()[0], "rb") as src:
        (folder / "model.bin").write_bytes(src.read(1_000_000))  # the first megabyte only
    if with_mark:  # the mark says complete, the file was cut short afterwards
        (folder / models.COMPLETE_MARK).write_text(json.dumps({"files": models.embedded_manifest()}))
    return folder


@pytest.mark.parametrize("with_mark", [False, True])
def test_a_half_written_cache_is_detected_and_rebuilt(tmp_path, with_mark):
    folder = _half_written(tmp_path, with_mark)
    assert not models.is_complete(folder, models.embedded_manifest())
    assert models.ensure_embedded(tmp_path) == folder
    assert (folder / "model.bin").stat().st_size == models.embedded_manifest()["model.bin"]
    assert models.is_complete(folder, models.embedded_manifest())
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]  # the stale copy is gone


def test_a_join_killed_half_way_leaves_no_usable_looking_folder(tmp_path):
    """A first run killed while joining: the next run must not load the half-written file."""
    env = dict(os.environ, **{models.ENV_MODEL_CACHE: str(tmp_path)})
    child = subprocess.Popen(
        [sys.executable, "-c", "from reviewer.transcription import models; models.ensure_embedded()"], env=env
    )
    try:
        deadline = time.monotonic() + 30
        partial = None
        while time.monotonic() < deadline and partial is None:
            found = [p for p in tmp_path.glob(f".*{models.PARTIAL_SUFFIX}") if (p / "model.bin").exists()]
            if found and (found[0] / "model.bin").stat().st_size > 0:
                partial = found[0]
            time.sleep(0.005)
        assert partial is not None, "the join never started"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    assert not models.is_complete(models.embedded_folder(tmp_path), models.embedded_manifest())
    assert partial.exists()  # what the killed run left behind
    folder = models.ensure_embedded(tmp_path)
    assert models.is_complete(folder, models.embedded_manifest())
    assert not partial.exists()  # cleaned up: its writer is dead


def test_named_models_match_faster_whisper():
    from faster_whisper.utils import _MODELS, available_models

    assert set(models.NAMED_MODELS) == set(available_models())
    assert models.NAMED_MODELS == _MODELS


def _fake_model_folder(path: Path, with_tokenizer: bool = True) -> Path:
    path.mkdir(parents=True)
    (path / "model.bin").write_bytes(b"\0" * 1000)
    (path / "config.json").write_text("{}")
    if with_tokenizer:
        (path / "tokenizer.json").write_text("{}")
    return path


def test_resolve_says_what_is_wrong(tmp_path):
    root = tmp_path / "cache"
    with pytest.raises(models.ModelError, match=r"'small' is not on this computer.*models download small"):
        models.resolve("small", root)
    with pytest.raises(models.ModelError, match="unknown speech model 'enormous'"):
        models.resolve("enormous", root)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(models.ModelError, match="no model.bin"):
        models.resolve(str(empty), root)
    no_tokenizer = _fake_model_folder(tmp_path / "no-tokenizer", with_tokenizer=False)
    with pytest.raises(models.ModelError, match="no tokenizer.json"):
        models.resolve(str(no_tokenizer), root)
    with pytest.raises(models.ModelError, match="no such speech model folder"):
        models.resolve(str(tmp_path / "missing"), root)
    good = _fake_model_folder(tmp_path / "my-model")
    assert models.resolve(str(good), root) == good


def test_listing_shows_what_is_here_and_the_default(tmp_path):
    root = tmp_path / "cache"
    # A downloaded named model (with its completion mark), one interrupted download (no mark),
    # a folder someone put into the cache, and a folder there that is not a model.
    small = _fake_model_folder(root / "small")
    (small / models.COMPLETE_MARK).write_text(
        json.dumps({"files": {p.name: p.stat().st_size for p in small.iterdir()}})
    )
    _fake_model_folder(root / "medium").joinpath("model.bin").write_bytes(b"")
    _fake_model_folder(root / "whisper-lv")
    (root / "notes").mkdir()

    listed = {m.name: m for m in models.list_models("small", root)}
    assert listed["base"].kind == models.ModelKind.EMBEDDED and listed["base"].ready
    assert not listed["base"].default
    assert listed["small"].kind == models.ModelKind.DOWNLOADED and listed["small"].default
    assert listed["medium"].kind == models.ModelKind.AVAILABLE and not listed["medium"].ready
    assert listed["whisper-lv"].kind == models.ModelKind.FOLDER and listed["whisper-lv"].ready
    assert "notes" not in listed
    assert models.resolve("whisper-lv", root) == root / "whisper-lv"

    outside = _fake_model_folder(tmp_path / "elsewhere")
    listed = {m.name: m for m in models.list_models(str(outside), root)}
    assert listed[str(outside)].default and listed[str(outside)].ready
    assert {m.name for m in models.list_models("", root) if m.default} == {"base"}

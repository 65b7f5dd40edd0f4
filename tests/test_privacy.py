"""A library on a shared computer is private: owner-only folders and files whatever the umask;
reports the user writes elsewhere follow the user's umask."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from reviewer.storage import Library


@pytest.fixture
def umask():
    """Set the process umask for a test, and put the old one back."""
    old = os.umask(0o022)
    os.umask(old)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[path.relative_to(root).as_posix()] = stat.S_IMODE(path.lstat().st_mode)
    return found


def loose(root: Path) -> dict[str, str]:
    """Entries that someone other than the owner could read or enter."""
    return {name: oct(mode) for name, mode in modes(root).items() if mode & 0o077}


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o000])
def test_everything_reviewer_creates_in_a_library_is_owner_only(tmp_path, testdata, umask, mask):
    from reviewer.importing import Outcome, import_paths
    from reviewer.recording import Recorder, VirtualSource
    from reviewer.storage.settings import Setting
    from test_visits import a_visit, make_photo

    umask(mask)
    root = tmp_path / "library"
    chat = tmp_path / "chat.txt"
    chat.write_text("Anna: Hello\nBob: Hi there\n", encoding="utf-8")
    photo = make_photo(tmp_path / "receipt.jpg", "2026:11:24 14:20:05")
    with Library.open(root) as library:
        results = list(import_paths(library, [testdata("audio", "russian", "test_sound_ru.wav"), chat]))
        assert [r.outcome for r in results] == [Outcome.IMPORTED, Outcome.IMPORTED]
        visit = library.visits.create(a_visit())
        library.visits.add_attachment(visit, photo)
        recorder = Recorder(library.visits.new_recording_path(visit), VirtualSource("tone"))
        recorder.start()
        time.sleep(0.3)
        in_progress = modes(root)  # while the recording is being written
        recorder.stop()
        library.set_setting(Setting.REVIEWER_NAME, "Olga")
        listing = modes(root)
        assert {"library.db", "library.db-wal", "library.db-shm", "recordings", "photos", "in-progress"} <= set(listing)
        assert any(name.startswith("in-progress/visit-") for name in in_progress)
        assert any(name.startswith("photos/") and name.endswith(".jpg") for name in listing)
        assert any(name.startswith("recordings/") and name.endswith(".wav") for name in listing)
        assert {n: oct(m) for n, m in in_progress.items() if m & 0o077} == {}
        assert loose(root) == {}
    for name, mode in listing.items():
        assert mode == (0o700 if (root / name).is_dir() else 0o600), name


def test_an_older_library_is_tightened_on_open_with_a_note(tmp_path, capsys, umask):
    from conftest import run_cli

    umask(0o022)
    root = tmp_path / "library"
    Library.open(root).close()
    (root / "recordings" / "ab").mkdir()
    (root / "recordings" / "ab" / "ab12.wav").write_bytes(b"RIFF")
    for path in [root, *root.rglob("*")]:  # as an older Reviewer left it under umask 022
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert loose(root)
    code, out, err = run_cli(capsys, "--library", root, "list")
    assert code == 0, err
    notes = [line for line in err.splitlines() if line.startswith("reviewer: note:")]
    assert len(notes) == 1 and "readable by you only" in notes[0], err
    assert loose(root) == {}
    code, out, err = run_cli(capsys, "--library", root, "list")
    assert "note:" not in err  # said once: the library is private now


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_reports_and_exports_follow_the_users_umask(tmp_path, capsys, report_library, umask, mask, expected):
    from conftest import run_cli

    library, _ = report_library
    umask(mask)
    target = tmp_path / "shared-with-trainers"
    target.mkdir()
    code, out, err = run_cli(capsys, "--library", library.root, "export", "scores", "-o", target / "scores.csv")
    assert code == 0, err
    code, out, err = run_cli(capsys, "--library", library.root, "report", "team", "-o", target / "team.pdf")
    assert code == 0, err
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in target.iterdir()} == {
        "scores.csv": oct(expected), "team.pdf": oct(expected)
    }


def test_the_joined_speech_model_is_owner_only(model_cache):
    from reviewer.transcription import models

    folder = models.embedded_folder(model_cache)
    assert (folder / "model.bin").is_file()
    assert oct(stat.S_IMODE(folder.stat().st_mode)) == oct(0o700)

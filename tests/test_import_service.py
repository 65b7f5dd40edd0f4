"""The import service: batches, duplicates, cancelling, cleaning up after failures."""

import shutil
import threading

from reviewer.importers import ImportOptions
from reviewer.importing import Outcome, import_paths


def test_batch_counts_cancel_and_duplicates(library, testdata, tmp_path):
    folder = tmp_path / "calls"
    (folder / "week1").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    for name in ("jfk.flac", "stereo_diarization.wav"):
        shutil.copy(testdata("audio", "faster-whisper", name), folder / "week1" / name)
    shutil.copy(testdata("audio", "faster-whisper", "jfk.flac"), folder / "copy-of-jfk.flac")
    shutil.copy(testdata("audio", "faster-whisper", "jfk.flac"), folder / ".hidden" / "jfk.flac")

    totals = []
    results = list(import_paths(library, [folder], on_start=totals.append))
    assert totals == [3]  # hidden folders are not walked
    outcomes = {r.path.relative_to(folder).as_posix(): r.outcome for r in results}
    # Sorted walk: the copy at the top comes first, the original in week1 is then the duplicate.
    assert outcomes == {
        "copy-of-jfk.flac": Outcome.IMPORTED,
        "week1/jfk.flac": Outcome.DUPLICATE,
        "week1/stereo_diarization.wav": Outcome.IMPORTED,
    }
    assert library.conversations.count() == 2

    # Cancelling (here as soon as the files are counted) finishes the file in hand, then stops.
    cancel = threading.Event()
    seen = list(import_paths(library, [testdata("audio", "russian"), folder], cancel=cancel,
                             on_start=lambda total: cancel.set()))
    assert [r.path.name for r in seen] == ["LICENSE"]
    assert library.conversations.count() == 2


def test_store_failure_removes_the_copied_recording(library, testdata, monkeypatch):
    """A failure after the recording was copied must not leave the copy behind."""
    def broken_add(conversation):
        raise RuntimeError("disk full")

    monkeypatch.setattr(library.conversations, "add", broken_add)
    [result] = list(import_paths(library, [testdata("audio", "russian", "test_sound_ru.wav")], ImportOptions()))
    assert result.outcome is Outcome.FAILED and "disk full" in result.message
    assert [p for p in library.recordings.root.rglob("*") if p.is_file()] == []

"""The speech model dialog: listing, downloading off the GUI thread, cancelling, choosing."""

from __future__ import annotations

import os
import time

import pytest

pytest.importorskip("pytestqt", reason="pytest-qt is needed for the dialog tests")

from reviewer.storage.settings import Setting  # noqa: E402
from reviewer.transcription import models  # noqa: E402
from reviewer.transcription.download import HubSource  # noqa: E402
from reviewer.ui.jobs.model_dialog import ModelDialog  # noqa: E402

TINY_REPO = models.NAMED_MODELS["tiny"]


def _files(size: int) -> dict[str, bytes]:
    return {
        "config.json": b"{}",
        "model.bin": os.urandom(size),
        "tokenizer.json": b"{}",
        "vocabulary.txt": b"a\n",
    }


def _status(dialog: ModelDialog, name: str) -> str:
    dialog.select(name)
    return dialog.tree.currentItem().text(1)


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


def test_download_then_choose_a_model(qtbot, library, fake_model_hub, cache):
    fake_model_hub.add_model(TINY_REPO, _files(2_000_000))
    dialog = ModelDialog(library, HubSource(fake_model_hub.url), cache)
    qtbot.addWidget(dialog)
    assert dialog.selected_name() == "base"  # the library's model: the embedded one
    assert dialog.tree.currentItem().text(0) == "base (embedded) (in use)"
    assert dialog._ok_button.isEnabled()

    assert _status(dialog, "tiny") == "Not downloaded"
    assert not dialog._ok_button.isEnabled()
    assert dialog.download_button.isEnabled()
    progress: list[int] = []
    dialog.progress_bar.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.downloadFinished, timeout=20_000) as finished:
        dialog.download_button.click()
        assert dialog.is_downloading() and dialog.progress_bar.isVisibleTo(dialog)
        assert not dialog.download_button.isEnabled() and not dialog._ok_button.isEnabled()
    assert finished.args == ["tiny", True, False, ""]
    assert progress and progress[-1] == 1000
    assert not dialog.progress_bar.isVisibleTo(dialog)
    assert dialog.selected_name() == "tiny"
    assert dialog.tree.currentItem().text(1) == "Downloaded, ready"
    assert "ready" in dialog.status_label.text()

    with qtbot.waitSignal(dialog.modelChosen) as chosen:
        dialog._ok_button.click()
    assert chosen.args == ["tiny"]
    assert library.setting(Setting.MODEL) == "tiny"


def test_cancel_stops_the_download_within_a_second(qtbot, library, fake_model_hub, cache):
    fake_model_hub.add_model(TINY_REPO, _files(8_000_000))
    fake_model_hub.chunk_delay_s = 0.02
    dialog = ModelDialog(library, HubSource(fake_model_hub.url), cache)
    qtbot.addWidget(dialog)
    dialog.select("tiny")
    dialog.download_button.click()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 50, timeout=20_000)
    with qtbot.waitSignal(dialog.downloadFinished, timeout=5_000) as finished:
        asked = time.monotonic()
        dialog.cancel_download_button.click()
    assert time.monotonic() - asked < 1.0
    assert finished.args == ["tiny", False, True, ""]
    assert _status(dialog, "tiny") == "Not downloaded"
    assert "stopped" in dialog.status_label.text()
    assert dialog.download_button.isEnabled()
    assert not (cache / "tiny").exists()


def test_a_failed_download_and_a_bad_folder_say_why(qtbot, library, tmp_path, cache):
    dialog = ModelDialog(library, HubSource("http://127.0.0.1:9"), cache)
    qtbot.addWidget(dialog)
    dialog.select("small")
    with qtbot.waitSignal(dialog.downloadFinished, timeout=20_000) as finished:
        dialog.download_button.click()
    name, ok, cancelled, message = finished.args
    assert (name, ok, cancelled) == ("small", False, False)
    assert "cannot reach" in message and "failed" in dialog.status_label.text()

    empty = tmp_path / "not-a-model"
    empty.mkdir()
    assert not dialog.use_folder(str(empty))
    assert "no model.bin" in dialog.status_label.text()

    folder = tmp_path / "my-model"
    folder.mkdir()
    for name, data in _files(1000).items():
        (folder / name).write_bytes(data)
    assert dialog.use_folder(str(folder))
    assert dialog.selected_name() == str(folder)
    assert dialog._ok_button.isEnabled()
    dialog._ok_button.click()
    assert library.setting(Setting.MODEL) == str(folder)

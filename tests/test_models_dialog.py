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


def _rows(dialog: ModelDialog) -> dict[str, list[str]]:
    rows = {}
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        rows[item.data(0, 0x0100)] = [item.text(c) for c in range(dialog.tree.columnCount())]
    return rows


def test_one_row_per_model_with_size_speed_and_accuracy(qtbot, library, cache):
    from reviewer.transcription import model_catalog

    dialog = ModelDialog(library, None, cache)
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    # Aliases are one row: no "turbo" beside "large-v3-turbo", no "large" beside "large-v3".
    assert "turbo" not in rows and "large" not in rows and "large-v3-turbo" in rows and "large-v3" in rows
    assert "also: turbo" in rows["large-v3-turbo"][0]
    assert len(rows) == len({model_catalog.canonical(n) for n in models.NAMED_MODELS})
    for name, (_label, _status, size, _speed, ru, lv, en) in rows.items():
        assert size, name  # every model says how big it is, downloaded or not
        assert ru and lv and en, name
    # The embedded model's accuracy is the one measured here, with how many words it rests on.
    measured = model_catalog.measured("base")
    if measured:
        assert rows["base"][5].startswith("WER ") and f"{measured['lv'].words} words" in rows["base"][5]
    assert rows["large-v2"][4] == "best (published)" and rows["distil-large-v3"][4] == "English only"


def test_a_model_is_recommended_for_russian_and_for_latvian(qtbot, library, cache):
    from reviewer.transcription import model_catalog

    dialog = ModelDialog(library, None, cache)
    qtbot.addWidget(dialog)
    ru, lv = model_catalog.recommended("ru"), model_catalog.recommended("lv")
    assert ru is not None and lv is not None and not ru.english_only and not lv.english_only
    rows = _rows(dialog)
    starred = {name for name, row in rows.items() if row[0].startswith("★")}
    assert starred == {ru.name, lv.name}
    assert ru.name in dialog.recommendation.text() and lv.name in dialog.recommendation.text()
    assert "Russian" in dialog.recommendation.text() and "Latvian" in dialog.recommendation.text()


def test_an_alias_in_the_settings_selects_its_model(qtbot, library, cache):
    library.set_setting(Setting.MODEL, "turbo")
    dialog = ModelDialog(library, None, cache)
    qtbot.addWidget(dialog)
    assert dialog.selected_name() == "large-v3-turbo"
    assert dialog.tree.currentItem().text(0).endswith("(in use)")

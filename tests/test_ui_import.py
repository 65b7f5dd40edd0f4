"""Importing from the window: off the GUI thread, with progress, cancel and the report."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent

from reviewer.storage.settings import Setting
from reviewer.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, library):
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def write_chat(path: Path, customer: str = "Client", minute: int = 0) -> Path:
    path.write_text(
        f"[2026-11-20 10:{minute:02d}:01] {customer}: Hello, where is my order?\n"
        f"[2026-11-20 10:{minute:02d}:40] Anna Ivanova: Good morning! Let me check.\n",
        encoding="utf-8",
    )
    return path


def run_import(qtbot, window, paths, timeout=20_000):
    with qtbot.waitSignal(window.importFinished, timeout=timeout) as finished:
        window.import_paths(paths)
    return finished.args  # (results, cancelled)


def test_import_adds_rows_and_shows_the_report(qtbot, window, library, tmp_path):
    library.set_setting(Setting.AGENT_NAMES, ["Anna Ivanova"])
    chat = write_chat(tmp_path / "chat.txt")
    assert window.library_view.model.total == 0
    results, cancelled = run_import(qtbot, window, [chat])
    assert not cancelled
    assert [str(r.outcome) for r in results] == ["imported"]
    assert window.library_view.model.total == 1
    assert window.library_view.stack.currentWidget() is window.library_view.table
    assert window.library_view.employee_box.count() == 2  # "All employees" + the new one
    dialog = window.report_dialog
    assert dialog.isVisible()
    assert dialog.summary_label.text() == "1 imported."
    assert dialog.table.item(0, 0).text() == "chat.txt"
    assert dialog.table.item(0, 1).text() == "Imported"
    assert not window.import_progress.isVisible()


def test_the_report_passes_on_the_importers_notes(qtbot, window, tmp_path):
    run_import(qtbot, window, [write_chat(tmp_path / "who.txt")])  # no agent names in the library
    details = window.report_dialog.table.item(0, 2).text()
    assert "1 conversation, 2 turns" in details
    assert "agent not identified" in details


def test_a_bad_file_is_reported_clearly_and_stores_nothing(qtbot, window, library, tmp_path):
    broken = tmp_path / "broken-call.wav"
    broken.write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 20)
    garbage = tmp_path / "notes.txt"
    garbage.write_bytes(bytes(range(256)) * 8)
    results, _ = run_import(qtbot, window, [broken, garbage, write_chat(tmp_path / "ok.txt")])
    assert [str(r.outcome) for r in results] == ["failed", "failed", "imported"]
    dialog = window.report_dialog
    assert dialog.summary_label.text() == "1 imported, 2 failed."
    failed = dialog.failed_messages()
    assert set(failed) == {"broken-call.wav", "notes.txt"}
    assert "corrupt audio" in failed["broken-call.wav"]
    rows = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
            for r in range(dialog.table.rowCount())}
    assert rows["broken-call.wav"] == ("Failed", failed["broken-call.wav"])
    assert library.conversations.count() == 1


def test_a_folder_imports_everything_in_it_and_duplicates_are_reported(qtbot, window, tmp_path):
    folder = tmp_path / "export"
    (folder / "sub").mkdir(parents=True)
    write_chat(folder / "a.txt", minute=1)
    write_chat(folder / "sub" / "b.txt", customer="Other", minute=2)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    results, _ = run_import(qtbot, window, [folder])
    assert sorted((r.path.name, str(r.outcome)) for r in results) == [
        ("a.txt", "imported"), ("b.txt", "imported"), ("photo.png", "skipped")]
    assert window.library_view.model.total == 2

    results, _ = run_import(qtbot, window, [folder / "a.txt"])
    assert str(results[0].outcome) == "duplicate"
    assert "Already in the library" == window.report_dialog.table.item(0, 1).text()
    assert window.library_view.model.total == 2


def test_import_runs_off_the_gui_thread_and_can_be_cancelled(qtbot, window, library, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    files = 600  # more than one write batch (BATCH_FILES, BATCH_SECONDS): the worker must wait
    for n in range(files):
        write_chat(folder / f"chat-{n:03d}.txt", customer=f"Client {n}", minute=n % 60)

    # Another writer holds the database: files are parsed meanwhile, but the first batch waits
    # for the write lock until it is released. (Taken before the clock starts: the test's own
    # BEGIN may wait for a background writer of the window, which is not the import's doing.)
    library.conn.execute("BEGIN IMMEDIATE")

    # The heap the whole test session left behind is not the window's: a full collection of it
    # took 400-600 ms late in the suite (never when this test runs alone), so it is frozen out
    # of the collector while the window is measured.
    gc.collect()
    gc.freeze()
    # The event loop keeps turning while files are imported: measure the longest pause.
    clock, gaps = QElapsedTimer(), []
    clock.start()
    ticker = QTimer(interval=10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    ticker.start()
    try:
        with qtbot.waitSignal(window.importFinished, timeout=30_000) as finished:
            window.import_paths([folder])
            qtbot.wait(400)  # the worker waits for the database; the GUI does not
            assert window.importer.is_running()
            assert window.import_progress.isVisible()
            window.import_progress.cancel_button.click()
            assert "Cancelling" in window.import_progress.label.text()
            library.conn.execute("COMMIT")
    finally:
        gc.unfreeze()
        if library.conn.in_transaction:
            library.conn.execute("ROLLBACK")
    ticker.stop()

    results, cancelled = finished.args
    assert cancelled
    # The batch in progress was finished (all or nothing), the rest were left alone, and what
    # was reported as imported is exactly what the library holds.
    assert 0 < len(results) < files
    assert {str(r.outcome) for r in results} == {"imported"}
    assert [r.path.name for r in results] == [f"chat-{n:03d}.txt" for n in range(len(results))]
    assert library.conversations.count() == len(results)
    assert window.report_dialog.summary_label.text().startswith("Import cancelled")
    assert len(gaps) >= 20
    assert max(gaps) < 300, f"the GUI froze for {max(gaps)} ms during the import"


def test_dropping_files_imports_them(qtbot, window, tmp_path):
    chat = write_chat(tmp_path / "dropped.txt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(chat))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importFinished, timeout=20_000) as finished:
        window.dropEvent(event)
    assert event.isAccepted()
    assert [r.path.name for r in finished.args[0]] == ["dropped.txt"]
    assert window.library_view.model.total == 1


def test_a_second_import_waits_for_the_first(qtbot, window, tmp_path):
    first = write_chat(tmp_path / "first.txt", minute=1)
    second = write_chat(tmp_path / "second.txt", customer="Second", minute=2)
    reports = []
    window.importFinished.connect(lambda results, _c: reports.append([r.path.name for r in results]))
    window.import_paths([first])
    window.import_paths([second])  # while the first runs
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=20_000)
    assert reports == [["first.txt"], ["second.txt"]]
    assert window.library_view.model.total == 2


def test_closing_the_window_mid_import_finishes_the_file_in_progress(qtbot, library, tmp_path):
    window = MainWindow(library)
    qtbot.addWidget(window)
    folder = tmp_path / "some"
    folder.mkdir()
    for n in range(20):
        write_chat(folder / f"c{n:02d}.txt", customer=f"C{n}", minute=n)
    library.conn.execute("BEGIN IMMEDIATE")  # the worker waits at its first file
    release = threading.Timer(0.3, lambda: library.conn.execute("COMMIT"))
    window.import_paths([folder])
    release.start()
    window.close()  # cancels, then waits for the worker
    release.join()
    assert window.importer._thread is None or window.importer._thread.isFinished()
    assert [c.source_name for c in library.conversations.list()] == ["c00.txt"]
    assert len(library.conversations.turns(library.conversations.list()[0].id)) == 2

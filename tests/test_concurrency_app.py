"""The desktop app beside other writers: an import from the window while the window
transcribes a call, and the command line writing while the app is open."""

from __future__ import annotations

import json

from concurrency_helpers import finish, integrity, reviewer, write_small_chats, write_whatsapp_chat
from reviewer.domain import ConversationStatus
from reviewer.importing import Outcome
from reviewer.storage.jobs import JobRepository, JobState
from reviewer.ui.main_window import MainWindow
from reviewer.ui.widgets.library_notices import LibraryNotices

from test_ui_jobs import JOB_TIMEOUT_MS, select, wait_finished


def test_the_window_imports_while_it_transcribes_and_the_command_line_writes_meanwhile(
    qtbot, demo_library, transcription_worker, tmp_path
):
    window = MainWindow(demo_library)
    window.transcription.runner.process = transcription_worker
    qtbot.addWidget(window)
    notices = LibraryNotices(window)
    notices.install(demo_library)
    window.show()
    try:
        before = demo_library.conversations.count()
        (cid,) = select(window, "Wrong bulbs")
        window.transcription.transcribe_selected_action.trigger()
        jobs = JobRepository(demo_library)
        qtbot.waitUntil(lambda: [j.state for j in jobs.list()] == [JobState.RUNNING], timeout=JOB_TIMEOUT_MS)

        big = write_whatsapp_chat(tmp_path / "big.txt", 20_000)
        window_chats = write_small_chats(tmp_path / "from-window", 5)
        cli_chats = tmp_path / "from-cli"
        write_small_chats(cli_chats, 5, first_seed=2000)
        chat_id = next(c.id for c in demo_library.conversations.list() if str(c.channel) == "chat")
        reports = []
        window.importFinished.connect(lambda results, _cancelled: reports.append(results))
        window.import_paths([big, *window_chats])
        root = demo_library.root
        commands = [
            reviewer(root, "import", cli_chats, "--json"),
            reviewer(root, "settings", "reviewer_name", "Olga Petrova"),
            reviewer(root, "edit", chat_id, "--employee", "Jānis Bērziņš"),
        ]
        outputs = [finish(p) for p in commands]
        for code, out, err in outputs:
            assert code == 0 and "Traceback" not in err, err
        assert [json.loads(line)["outcome"] for line in outputs[0][1].splitlines()] == ["imported"] * 5

        qtbot.waitUntil(lambda: bool(reports), timeout=120_000)
        assert [r.outcome for r in reports[0]] == [Outcome.IMPORTED] * 6
        wait_finished(qtbot, window)
        assert [j.state for j in jobs.list()] == [JobState.DONE]
        call = demo_library.conversations.get(cid)
        assert call.status == ConversationStatus.TRANSCRIBED and call.turns
        assert demo_library.conversations.count() == before + 11
        assert window.library_view.model.total == before + 11
        assert demo_library.conversations.get(chat_id, with_turns=False).employee == "Jānis Bērziņš"
        assert integrity(demo_library.conn) == "ok"
    finally:
        notices.uninstall()
        window.close()


def test_the_status_bar_says_when_the_window_waits_for_another_writer(qtbot, library):
    from reviewer.storage import writers

    window = MainWindow(library)
    qtbot.addWidget(window)
    notices = LibraryNotices(window)
    notices.install(library)
    try:
        writers.notify_waiting(library.root)  # what Library._begin calls after a second
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Waiting for the library: "))
    finally:
        notices.uninstall()


def test_the_status_bar_says_when_the_library_was_made_private(qtbot, tmp_path):
    from reviewer.storage import Library

    Library.open(tmp_path / "lib").close()
    for path in [tmp_path / "lib", *(tmp_path / "lib").rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    library = Library.open(tmp_path / "lib")
    try:
        window = MainWindow(library)
        qtbot.addWidget(window)
        LibraryNotices(window).show_open_notes(library)
        assert window.statusBar().currentMessage() == (
            f"Made the library readable by you only (files and folders changed: {library.tightened})."
        )
        assert library.tightened >= 3  # the folder, library.db, recordings/
    finally:
        library.close()

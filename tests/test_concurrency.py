"""Real Reviewer processes writing to one library at once: every row lands once, nothing is
duplicated, the database stays intact, and a writer that cannot get the library says so."""

from __future__ import annotations

import json
import sqlite3

import pytest

from concurrency_helpers import (
    finish, hold_write_lock, integrity, reviewer, write_small_chats, write_whatsapp_chat,
)
from reviewer.search.index import register as register_search
from reviewer.storage import Library


def _rows(lib_dir):
    conn = sqlite3.connect(lib_dir / "library.db")
    register_search(conn)  # the index's content is computed by these functions (migration m0010)
    try:
        return {
            "conversations": conn.execute("SELECT COUNT(*) FROM conversations").fetchone()[0],
            "distinct_sources": conn.execute("SELECT COUNT(DISTINCT source_sha256) FROM conversations").fetchone()[0],
            "turns": conn.execute("SELECT COUNT(*) FROM turns").fetchone()[0],
            "indexed": conn.execute("SELECT COUNT(*) FROM turns_fts").fetchone()[0],
            "hidden": conn.execute("SELECT COUNT(*) FROM imports_in_progress").fetchone()[0],
            "integrity": integrity(conn),
        }
    finally:
        conn.close()


@pytest.fixture
def big_chat(tmp_path):
    """About 2.5 MB: parsed in a second or two, written in several chunks."""
    return write_whatsapp_chat(tmp_path / "big chat.txt", 30_000)


def test_two_imports_of_different_files_at_once_both_land_completely(tmp_path, lib_dir, big_chat):
    Library.open(lib_dir).close()
    small = tmp_path / "small"
    write_small_chats(small, 40)
    first = reviewer(lib_dir, "import", big_chat, "--json")
    second = reviewer(lib_dir, "import", small, "--json")
    code1, out1, err1 = finish(first)
    code2, out2, err2 = finish(second)
    assert (code1, code2) == (0, 0), err1 + err2
    big = [json.loads(line) for line in out1.splitlines()]
    smalls = [json.loads(line) for line in out2.splitlines()]
    assert [r["outcome"] for r in big] == ["imported"] and big[0]["turns"] == 30_000
    assert [r["outcome"] for r in smalls] == ["imported"] * 40
    rows = _rows(lib_dir)
    assert rows == {"conversations": 41, "distinct_sources": 41, "turns": 30_000 + 40 * 6,
                    "indexed": 30_000 + 40 * 6, "hidden": 0, "integrity": "ok"}


def test_the_same_file_imported_twice_at_once_lands_once(tmp_path, lib_dir, big_chat):
    Library.open(lib_dir).close()
    runs = [reviewer(lib_dir, "import", big_chat, "--json") for _ in range(2)]
    outcomes = []
    for process in runs:
        code, out, err = finish(process)
        assert code == 0, err
        outcomes += [json.loads(line)["outcome"] for line in out.splitlines()]
    assert sorted(outcomes) == ["duplicate", "imported"]
    rows = _rows(lib_dir)
    assert (rows["conversations"], rows["turns"], rows["hidden"], rows["integrity"]) == (1, 30_000, 0, "ok")


def test_a_review_is_submitted_while_a_big_import_runs(tmp_path, lib_dir, big_chat):
    from test_review_cli import full_answers, write_answers

    small = tmp_path / "small"
    write_small_chats(small, 1)
    code, out, err = finish(reviewer(lib_dir, "import", small, "--json"))
    assert code == 0, err
    cid = json.loads(out)["conversation_ids"][0]
    answers = write_answers(tmp_path, full_answers("chat"))
    importing = reviewer(lib_dir, "import", big_chat)
    review = reviewer(lib_dir, "review", cid, "--rubric", "chat", "--reviewer", "Olga", "--answers", answers,
                      "--submit")
    code, out, err = finish(review)
    assert code == 0, err
    assert "submitted" in out
    code, out, err = finish(importing)
    assert code == 0, err
    assert "1 imported" in out
    with Library.open(lib_dir) as library:
        [submitted] = library.reviews.list()
        assert submitted.conversation_id == cid and submitted.submitted_at
    rows = _rows(lib_dir)
    assert (rows["conversations"], rows["turns"], rows["integrity"]) == (2, 30_006, "ok")


# A writer that truly cannot get the library -----------------------------------------------


@pytest.fixture
def busy_library(tmp_path, lib_dir, testdata):
    """A library with a chat and a call waiting for its transcript, and a Reviewer import
    process holding its write lock for 20 s."""
    small = tmp_path / "small"
    write_small_chats(small, 1)
    code, out, err = finish(reviewer(lib_dir, "import", small, testdata("audio", "russian", "test_sound_ru.wav"),
                                     "--json"))
    assert code == 0, err
    holder = hold_write_lock(lib_dir, 20)
    yield lib_dir, json.loads(out.splitlines()[0])["conversation_ids"][0], holder.pid
    holder.kill()
    holder.wait()


def _write_commands(tmp_path, cid):
    from test_review_cli import full_answers, write_answers
    from test_visit_cli import write_form

    more = tmp_path / "more"
    write_small_chats(more, 2, first_seed=3000)
    return {
        "import": ["import", more],
        "edit": ["edit", cid, "--employee", "Somebody Else"],
        "settings": ["settings", "reviewer_name", "Olga"],
        "review --submit": ["review", cid, "--rubric", "chat", "--reviewer", "Olga", "--answers",
                            write_answers(tmp_path, full_answers("chat")), "--submit"],
        "visit new": ["visit", "new", "--from", write_form(tmp_path, attachments=None)],
        "transcribe": ["transcribe", "--pending"],
    }


def test_every_write_command_says_who_holds_a_busy_library_and_changes_nothing(tmp_path, busy_library):
    lib_dir, cid, holder_pid = busy_library
    before = _rows(lib_dir)
    commands = _write_commands(tmp_path, cid)
    running = {name: reviewer(lib_dir, *argv, env={"REVIEWER_LOCK_WAIT_S": "2"}) for name, argv in commands.items()}
    for name, process in running.items():
        code, out, err = finish(process, timeout=120)
        assert code == 75, (name, code, out, err)
        assert "Traceback" not in err and "OperationalError" not in err, (name, err)
        assert "waiting for the library: reviewer import" in err, (name, err)
        busy = [line for line in err.splitlines() if "busy" in line]
        assert busy and all(f"reviewer import (process {holder_pid}" in line for line in busy), (name, err)
        assert "submitted" not in out and "imported," not in out.replace("0 imported,", ""), (name, out)
    assert _rows(lib_dir) == before


def test_a_lock_held_by_another_program_is_named_as_such(tmp_path, lib_dir):
    Library.open(lib_dir).close()
    conn = sqlite3.connect(lib_dir / "library.db", isolation_level=None)
    (lib_dir / "library.db-writer").unlink(missing_ok=True)
    conn.execute("BEGIN IMMEDIATE")  # the sqlite3 shell, say
    try:
        code, out, err = finish(reviewer(lib_dir, "settings", "reviewer_name", "Olga",
                                         env={"REVIEWER_LOCK_WAIT_S": "1"}))
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    assert code == 75, err
    assert err.strip().splitlines()[-1] == (
        f"reviewer: the library {lib_dir} is busy: another program has been writing to it for all of the"
        f" {err.split('all of the ')[1].split(' s ')[0]} s we waited; nothing was changed, try again when it"
        " has finished"
    )

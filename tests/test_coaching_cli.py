"""`reviewer dispute …` and `reviewer coaching …` (issue 17), run in process on a real library."""

from __future__ import annotations

import json

import pytest

from tests.conftest import build_report_library, run_cli


@pytest.fixture
def cli_library(tmp_path):
    from reviewer.storage import Library

    root = tmp_path / "lib"
    with Library.open(root) as lib:
        made = build_report_library(lib)
    return root, made


def test_dispute_new_decide_list_show(cli_library, capsys):
    root, made = cli_library
    review_id = made["Anna Ivanova"][2]
    code, out, err = run_cli(capsys, "--library", root, "dispute", "new", review_id, "--criterion", "no_must",
                             "--answer", "yes", "--argument", "I offered, I did not order", "--evidence", "4",
                             "--evidence", "16000-20000", "--json")
    assert code == 0, err
    raised = json.loads(out)
    assert raised["raised_by"] == "Anna Ivanova" and raised["old_answer"] == "no" and raised["state"] == "open"
    assert raised["evidence"] == [4, {"start_ms": 16000, "end_ms": 20000}]

    code, out, err = run_cli(capsys, "--library", root, "dispute", "decide", raised["id"], "--outcome", "accepted",
                             "--reason", "reviewer_error", "--by", "Olga Petrova")
    assert code == 1 and "cannot decide" in err and "nothing was changed" in err

    code, out, err = run_cli(capsys, "--library", root, "dispute", "list", "--open")
    assert code == 0 and f"#{raised['id']}" in out and "open" in out

    code, out, err = run_cli(capsys, "--library", root, "dispute", "decide", raised["id"], "--outcome", "accepted",
                             "--reason", "reviewer_error", "--by", "Līga Kalniņa", "--note", "Fair", "--json")
    assert code == 0, err
    decided = json.loads(out)
    assert decided["state"] == "accepted" and decided["new_answer"] == "yes" and decided["review_total"] > 0

    code, out, _ = run_cli(capsys, "--library", root, "review", "show", review_id, "--json")
    history = json.loads(out)["history"]
    assert history[-1]["action"] == "dispute" and history[-1]["old"] == "no" and history[-1]["new"] == "yes"

    code, out, _ = run_cli(capsys, "--library", root, "dispute", "show", raised["id"])
    assert code == 0 and "Decided" in out and "accepted" in out and "Note: Fair" in out
    code, out, _ = run_cli(capsys, "--library", root, "dispute", "list", "--open", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("argv, message", [
    (["dispute", "new", 9999, "--criterion", "no_must", "--answer", "yes", "--argument", "x"], "no review #9999"),
    (["dispute", "new", "REVIEW", "--criterion", "nope", "--answer", "yes", "--argument", "x"], "no criterion 'nope'"),
    (["dispute", "new", "REVIEW", "--criterion", "no_must", "--answer", "yes", "--argument", "x", "--evidence", "a-b"],
     "--evidence 'a-b'"),
    (["dispute", "show", 77], "no dispute #77"),
    (["coaching", "new", "--employee", "Nobody", "--date", "2026-10-01", "--trainer", "T"], "no employee named"),
    (["coaching", "new", "--employee", "Anna Ivanova", "--date", "1.10.2026", "--trainer", "T"], "not a date"),
    (["coaching", "new", "--employee", "Anna Ivanova", "--date", "2026-10-01", "--trainer", "T", "--focus", "x:"],
     "RUBRIC:CRITERION"),
    (["coaching", "new", "--employee", "Anna Ivanova", "--date", "2026-10-01", "--trainer", "T", "--moment", "1:x"],
     "--moment '1:x'"),
])
def test_bad_input_names_the_problem(cli_library, capsys, argv, message):
    root, made = cli_library
    argv = [made["Anna Ivanova"][2] if a == "REVIEW" else a for a in argv]
    code, out, err = run_cli(capsys, "--library", root, *argv)
    assert code == 1, (out, err)
    assert message in err and "Traceback" not in err


def test_coaching_new_list_show_due_done(cli_library, capsys):
    root, made = cli_library
    code, out, err = run_cli(capsys, "--library", root, "coaching", "new", "--employee", "anna ivanova", "--date",
                             "2026-09-28", "--trainer", "Trainer Toms", "--focus", "call:no_must", "--focus",
                             "call:no_problem_word", "--conversation", 1, "--moment", "1:4", "--moment", "2:8000-12000",
                             "--actions", "Offer, don't order", "--follow-up", "2026-10-12", "--json")
    assert code == 0, err
    session = json.loads(out)
    assert session["employee"] == "Anna Ivanova"
    assert [d["conversation_id"] for d in session["discussed"]] == [1, 2]
    assert session["discussed"][1]["moments"] == [{"start_ms": 8000, "end_ms": 12000}]

    code, out, _ = run_cli(capsys, "--library", root, "coaching", "list")
    assert "call:no_must, call:no_problem_word" in out
    code, out, _ = run_cli(capsys, "--library", root, "coaching", "show", session["id"])
    assert "Actions agreed: Offer, don't order" in out and "conversation #2 (8000-12000 ms)" in out

    code, out, _ = run_cli(capsys, "--library", root, "coaching", "due", "--today", "2026-10-11")
    assert out.strip() == "no follow-ups due"
    code, out, _ = run_cli(capsys, "--library", root, "coaching", "due", "--today", "2026-10-13", "--json")
    due = json.loads(out)
    assert [(d["id"], d["follow_up_state"]) for d in due] == [(session["id"], "overdue")]
    code, out, _ = run_cli(capsys, "--library", root, "coaching", "done", session["id"], "--note", "checked")
    assert code == 0
    code, out, _ = run_cli(capsys, "--library", root, "coaching", "due", "--today", "2026-10-13")
    assert out.strip() == "no follow-ups due"
    code, _, err = run_cli(capsys, "--library", root, "coaching", "done", session["id"])
    assert code == 1 and "was done" in err

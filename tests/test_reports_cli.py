"""reviewer report ... and reviewer export scores: files, messages and exit codes; the CSV is
read back and checked against the database."""

from __future__ import annotations

import csv
import subprocess

import pytest

from reviewer.cli import main
from reviewer.storage import Library


def run(capsys, *argv):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def lib_dir(tmp_path):
    from conftest import build_report_library

    root = tmp_path / "library"
    with Library.open(root) as lib:
        ids = build_report_library(lib)
    return root, ids


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def test_report_employee_writes_a_pdf(lib_dir, tmp_path, capsys):
    root, _ = lib_dir
    target = tmp_path / "jānis.pdf"
    code, out, err = run(capsys, "--library", root, "report", "employee", "jānis bērziņš", "--lang", "lv",
                         "--from", "2026-09-01", "--to", "2026-12-31", "-o", target)
    assert code == 0, err
    assert out.strip() == f"wrote {target}"
    text = text_of(target)
    assert "Apmācības pārskats" in text and "Jānis Bērziņš" in text
    assert "Periods: 2026-09-01 – 2026-12-31" in text


def test_employee_without_reviews_in_the_period_gets_a_message_and_no_file(lib_dir, tmp_path, capsys):
    root, _ = lib_dir
    target = tmp_path / "anna.pdf"
    code, out, err = run(capsys, "--library", root, "report", "employee", "Anna Ivanova", "--from", "2027-01-01",
                         "-o", target)
    assert code == 1
    assert err.strip() == "reviewer: Anna Ivanova has no submitted reviews since 2027-01-01; no report was made"
    assert not target.exists() and list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize(
    "argv, message",
    [
        (["report", "employee", "Anna Ivanova", "--from", "2026-02-30"], "--from date '2026-02-30' is not a date"),
        (["report", "employee", "Anna Ivanova", "--from", "2026-10-02", "--to", "2026-10-01"], "is after --to"),
        (["report", "employee", "Nobody"], "no employee named 'Nobody'"),
        (["report", "review", "999"], "no review 999"),
    ],
)
def test_bad_requests_are_explained(lib_dir, tmp_path, capsys, argv, message):
    root, _ = lib_dir
    code, _, err = run(capsys, "--library", root, *argv, "-o", tmp_path / "x.pdf")
    assert code in (1, 2) and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_report_review_and_team(lib_dir, tmp_path, capsys):
    root, ids = lib_dir
    code, _, err = run(capsys, "--library", root, "report", "review", ids["Maria Smith"][0], "-o", tmp_path / "r.pdf")
    assert code == 0, err
    assert "Maria Smith" in text_of(tmp_path / "r.pdf") and "Used “must” with the customer" in text_of(tmp_path / "r.pdf")
    code, _, err = run(capsys, "--library", root, "report", "team", "--lang", "ru", "-o", tmp_path / "t.pdf")
    assert code == 0, err
    assert "Сводка по команде" in text_of(tmp_path / "t.pdf")


def test_export_scores_matches_the_database(lib_dir, tmp_path, capsys):
    root, ids = lib_dir
    target = tmp_path / "scores.csv"
    code, out, err = run(capsys, "--library", root, "export", "scores", "-o", target)
    assert code == 0, err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read the Cyrillic right
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert out.strip() == f"wrote {target} ({len(rows)} rows)"
    with Library.open(root, create=False) as lib:
        db = {
            (rid, cid): (value, comment)
            for rid, cid, value, comment in lib.conn.execute(
                "SELECT a.review_id, a.criterion_id, a.value, a.comment FROM answers a"
                " JOIN reviews r ON r.id = a.review_id WHERE r.state = 'submitted'"
            )
        }
        scores = dict(lib.conn.execute("SELECT id, score FROM reviews"))
        meta = {
            rid: (cid, emp, reviewer, rubric_id, version)
            for rid, cid, emp, reviewer, rubric_id, version in lib.conn.execute(
                "SELECT r.id, r.conversation_id, e.name, r.reviewer, r.rubric_id, r.rubric_version FROM reviews r"
                " JOIN conversations c ON c.id = r.conversation_id JOIN employees e ON e.id = c.employee_id"
            )
        }
    assert len(rows) == len(db)
    import json

    for row in rows:
        rid = int(row["review_id"])
        value, comment = db[(rid, row["criterion_id"])]
        assert row["answer"] == str(json.loads(value))
        assert row["comment"] == comment
        assert float(row["review_score"]) == pytest.approx(scores[rid], abs=0.005)
        assert (int(row["conversation_id"]), row["employee"], row["reviewer"], row["rubric_id"],
                row["rubric_version"]) == meta[rid]
    # Points of one review add up to its score: section shares x criterion points.
    anna = [r for r in rows if int(r["review_id"]) == ids["Anna Ivanova"][1]]
    assert {r["employee"] for r in anna} == {"Anna Ivanova"}
    assert any(r["comment"] == "Сказала «не проблема» вместо «конечно»" and r["answer"] == "no" and r["points"] == "0"
               for r in anna)
    assert any(r["answer"] == "n/a" and r["points"] == "" for r in anna)


def test_export_scores_by_period_and_employee(lib_dir, tmp_path, capsys):
    root, ids = lib_dir
    target = tmp_path / "j.csv"
    code, _, err = run(capsys, "--library", root, "export", "scores", "--employee", "JĀNIS BĒRZIŅŠ",
                       "--from", "2026-09-01", "--to", "2026-09-30", "-o", target)
    assert code == 0, err
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with Library.open(root, create=False) as lib:
        expected = {
            r.id for r in lib.reviews.list()
            if r.employee == "Jānis Bērziņš" and "2026-09-01" <= r.submitted_at[:10] <= "2026-09-30"
        }
    assert expected and {int(r["review_id"]) for r in rows} == expected
    # An empty period still gives a file with the header.
    code, out, _ = run(capsys, "--library", root, "export", "scores", "--from", "2031-01-01", "-o", target)
    assert code == 0 and "(0 rows)" in out
    assert target.read_text(encoding="utf-8-sig").startswith("review_id,submitted_at,conversation_id")

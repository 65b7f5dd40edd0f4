"""The team commands end to end on real libraries: export bundle / import, sample, queue and
calibration, with the JSON they print and the calibration PDF."""

from __future__ import annotations

import json

from conftest import run_cli
from reviewer.storage import Library
from reviewer.team import calibration

from team_helpers import GOOD, POOR, add_chat, open_library, rubric, submit


def test_export_bundle_and_import_it_elsewhere(capsys, tmp_path):
    olga = open_library(tmp_path / "olga", "Olga")
    ids = [add_chat(olga, f"c{i}", employee="Anna" if i < 2 else "Ivo") for i in range(3)]
    for cid in ids:
        submit(olga, cid, "Olga", GOOD)
    olga.close()
    code, out, err = run_cli(capsys, "--library", tmp_path / "olga", "export", "bundle", "--employee", "Anna",
                             "-o", tmp_path / "anna.rvbundle", "--json")
    assert code == 0, err
    assert json.loads(out)["reviews"] == 2
    code, out, err = run_cli(capsys, "--library", tmp_path / "lead", "import", tmp_path / "anna.rvbundle")
    assert code == 0, err
    assert "imported" in out and "2 reviews added" in out
    code, out, _ = run_cli(capsys, "--library", tmp_path / "lead", "import", tmp_path / "anna.rvbundle")
    assert code == 0 and "duplicate" in out and "nothing new" in out
    (tmp_path / "broken.rvbundle").write_bytes((tmp_path / "anna.rvbundle").read_bytes()[:300])
    code, out, _ = run_cli(capsys, "--library", tmp_path / "lead", "import", tmp_path / "broken.rvbundle")
    assert code == 1 and "FAILED" in out and "bundle refused: not a readable bundle" in out
    code, _, err = run_cli(capsys, "--library", tmp_path / "olga", "export", "bundle", "-o", tmp_path / "x.rvbundle")
    assert code == 1 and "nothing to export" in err


def test_sample_assign_and_queue_commands(capsys, tmp_path):
    lib = open_library(tmp_path / "lib", "Olga")
    for i in range(6):
        add_chat(lib, f"s{i}", employee=("Anna", "Ivo")[i % 2], started_at=f"2026-11-{2 + i:02d}T09:00:00")
    lib.close()
    base = ["--library", tmp_path / "lib"]
    code, out, err = run_cli(capsys, *base, "sample", "new", "-n", "2", "--per-employee", "--per", "month",
                             "--seed", "5", "--json")
    assert code == 0, err
    drawn = json.loads(out)
    assert len(drawn["conversations"]) == 4 and drawn["seed"] == 5
    assert drawn["strata"] == ["Anna · 2026-11", "Ivo · 2026-11"]
    code, out, _ = run_cli(capsys, *base, "sample", "show", drawn["uid"][:6], "--json")
    assert json.loads(out)["redraws_identically"] is True
    code, out, err = run_cli(capsys, *base, "sample", "assign", str(drawn["id"]), "--reviewer", "Olga",
                             "--due", "2026-12-04")
    assert code == 0 and "4 conversations to Olga" in out, err
    code, out, _ = run_cli(capsys, *base, "queue", "--json")
    queue = json.loads(out)
    assert (queue["done"], queue["total"], queue["due"]) == (0, 4, "2026-12-04")
    code, out, _ = run_cli(capsys, *base, "queue")
    assert "Olga's queue: 0 of 4 done, due 2026-12-04" in out
    code, _, err = run_cli(capsys, *base, "sample", "new", "--per-employee")
    assert code == 2 and "needs a number" in err
    code, _, err = run_cli(capsys, *base, "sample", "new", "--employee", "Nobody")
    assert code == 1 and "no conversation matches" in err


def test_calibration_commands_report_json_and_pdf(capsys, tmp_path):
    lib = open_library(tmp_path / "lib", "Lead")
    ids = [add_chat(lib, f"k{i}") for i in range(3)]
    lib.close()
    base = ["--library", tmp_path / "lib"]
    code, out, err = run_cli(capsys, *base, "calibration", "new", "November", *ids[:2], "--rubric", "desk",
                             "--reviewer", "Olga", "--deadline", "2026-12-05", "--json")
    assert code == 0, err
    uid = json.loads(out)["uid"]
    code, out, err = run_cli(capsys, *base, "calibration", "add", uid[:6], ids[2], "--reviewer", "Ivan",
                             "--benchmark", "Lead")
    assert code == 0 and "3 conversations, 2 reviewers" in out, err
    lib = Library.open(tmp_path / "lib")
    for reviewer, answers in (("Olga", [GOOD, POOR, GOOD]), ("Ivan", [GOOD, GOOD, POOR]), ("Lead", [GOOD, POOR, GOOD])):
        for cid, values in zip(ids, answers):
            submit(lib, cid, reviewer, values, comment="because")
    lib.close()
    code, out, _ = run_cli(capsys, *base, "calibration", "show", uid[:6])
    assert "Olga: 3 of 3 submitted" in out
    code, out, err = run_cli(capsys, *base, "calibration", "report", uid[:6], "--json")
    assert code == 0, err
    data = json.loads(out)
    for c in data["criteria"]:
        assert set(c) >= {"alpha", "alpha_ci", "percent_agreement", "n_units", "n_reviewers"}
    people = {r["name"]: r for r in data["reviewers"]}
    assert set(people) == {"Olga", "Ivan"} and people["Olga"]["alignment"] == 100.0
    assert people["Ivan"]["leniency"] is not None
    code, out, err = run_cli(capsys, *base, "calibration", "report", uid[:6], "-o", tmp_path / "cal.pdf", "--lang", "lv")
    assert code == 0, err
    assert (tmp_path / "cal.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run_cli(capsys, *base, "calibration", "report", uid[:6])
    assert "most split:" in out and "Olga: " in out
    code, _, err = run_cli(capsys, *base, "calibration", "report", "zzz")
    assert code == 1 and "no calibration session" in err

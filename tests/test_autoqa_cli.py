"""reviewer autoqa on a real library: pre-scored on import, stored, recomputed when turns or the
rubric change, suggested vs decided kept on submit, agreement; and the shared real exports."""

from __future__ import annotations

import json

from conftest import run_cli

CHAT = """\
[02.12.2026 10:00:05] Ольга Смирнова: Здравствуйте, нужна настольная лампа
[02.12.2026 10:00:50] Анна Иванова: Добрый день! Меня зовут Анна. Для какой комнаты лампа?
[02.12.2026 10:01:30] Ольга Смирнова: Для кабинета
[02.12.2026 10:02:00] Анна Иванова: Такая проблема решается лампой Lumo за 49 €. Могу ли я помочь чем-то ещё?
[02.12.2026 10:02:30] Ольга Смирнова: Нет, спасибо
[02.12.2026 10:02:40] Анна Иванова: Спасибо за обращение, до свидания!
"""


def _import(capsys, lib_dir, tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    code, out, err = run_cli(capsys, "--library", lib_dir, "import", path, "--agent", "Анна Иванова", "--json")
    assert code == 0, err
    return json.loads(out)["conversation_ids"][0]


def test_import_pre_scores_and_autoqa_prints_the_stable_json(capsys, lib_dir, tmp_path):
    cid = _import(capsys, lib_dir, tmp_path)
    from reviewer.storage import Library

    with Library.open(lib_dir) as library:
        stored = library.conn.execute("SELECT rubric_id, rubric_version, score FROM auto_results WHERE conversation_id = ?", (cid,)).fetchall()
    assert stored and stored[0][:2] == ("chat", "1.1")
    code, out, err = run_cli(capsys, "--library", lib_dir, "autoqa", cid, "--json")
    assert code == 0, err
    (data,) = json.loads(out)
    assert set(data) == {"conversation_id", "rubric_id", "rubric_version", "checker_version", "score", "flags", "criteria"}
    assert data["conversation_id"] == cid and data["flags"] == ["forbidden_word", "slow_first_reply"]
    problem = data["criteria"]["no_problem_word"]
    assert problem["answer"] == "no" and problem["evidence"][0]["turn"] == 3
    assert problem["reason"] == "«проблема» in turn 4 (avoid: «проблема»)"
    assert data["criteria"]["first_reply"]["answer"] == 4  # 45 s
    assert "fits_need" not in data["criteria"]  # criteria without a check stay out
    code, out, _ = run_cli(capsys, "--library", lib_dir, "autoqa", cid, "--lang", "ru")
    assert "«проблема» в реплике 4" in out


def test_a_corrected_turn_makes_the_result_stale(capsys, lib_dir, tmp_path):
    cid = _import(capsys, lib_dir, tmp_path)
    code, _, err = run_cli(capsys, "--library", lib_dir, "edit", cid, "--turn-text", "3=Такая задача решается лампой Lumo за 49 €.")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "--library", lib_dir, "autoqa", cid, "--json")
    (data,) = json.loads(out)
    assert data["criteria"]["no_problem_word"]["answer"] == "yes" and data["flags"] == ["slow_first_reply"]


def test_a_new_rubric_version_is_recomputed(capsys, lib_dir, tmp_path):
    from pathlib import Path

    cid = _import(capsys, lib_dir, tmp_path)
    shipped = (Path(__file__).resolve().parents[1] / "rubrics" / "chat.toml").read_text(encoding="utf-8")
    own = lib_dir / "rubrics"
    own.mkdir()
    (own / "chat.toml").write_text(shipped.replace('version = "1.1"', 'version = "7"', 1).replace(
        'phrases.ru = ["проблема"]', 'phrases.ru = ["лампа"]'), encoding="utf-8")
    code, out, _ = run_cli(capsys, "--library", lib_dir, "autoqa", cid, "--json")
    (data,) = json.loads(out)
    assert data["rubric_version"] == "7"
    assert data["criteria"]["no_problem_word"]["reason"].startswith("«лампа»") or "лампу" in data["criteria"]["no_problem_word"]["reason"]


def test_submit_keeps_suggested_and_decided_and_agreement_reports_them(capsys, lib_dir, tmp_path):
    cid = _import(capsys, lib_dir, tmp_path)
    from reviewer.rubrics.catalog import load_catalog
    from reviewer.storage import Library

    rubric = load_catalog().get("chat")
    answers = {}
    for criterion in rubric.criteria():
        answers[criterion.id] = "n/a" if criterion.na_allowed else criterion.scale.top
    answers["no_problem_word"] = "no"  # agrees with the suggestion
    answers["greets_introduces"] = "partly"  # overrides "yes"
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    code, _, err = run_cli(capsys, "--library", lib_dir, "review", cid, "--answers", path, "--rubric", "chat", "--reviewer", "QA", "--submit")
    assert code == 0, err
    with Library.open(lib_dir) as library:
        rows = dict(
            ((c, (json.loads(s), json.loads(d))) for c, s, d in library.conn.execute(
                "SELECT criterion_id, suggested, decided FROM review_suggestions"))
        )
    assert rows["no_problem_word"] == ("no", "no")
    assert rows["greets_introduces"] == ("yes", "partly")
    code, out, _ = run_cli(capsys, "--library", lib_dir, "autoqa", "agreement", "--json")
    table = {row["criterion_id"]: row for row in json.loads(out)}
    assert table["no_problem_word"]["n"] == 1 and table["no_problem_word"]["agreement"] == 100.0
    assert table["greets_introduces"]["confusion"] == {"yes": {"partly": 1}}
    code, out, _ = run_cli(capsys, "--library", lib_dir, "autoqa", "agreement")
    assert "greets_introduces" in out and "yes→partly: 1" in out


def test_bad_arguments_say_what_is_wrong(capsys, lib_dir):
    code, _, err = run_cli(capsys, "--library", lib_dir, "autoqa")
    assert code == 2 and "--all" in err
    code, _, err = run_cli(capsys, "--library", lib_dir, "autoqa", "99")
    assert code == 1 and "no conversation #99" in err
    code, _, err = run_cli(capsys, "--library", lib_dir, "autoqa", "--all", "--rubric", "nope")
    assert code == 1 and "no rubric 'nope'" in err


def test_all_real_twitter_care_threads_are_scored(capsys, lib_dir, testdata):
    data = testdata("chats", "ibm-twitter-customer-care", "dev.json")
    code, _, err = run_cli(capsys, "--library", lib_dir, "import", data)
    assert code == 0, err
    code, out, err = run_cli(capsys, "--library", lib_dir, "autoqa", "--all", "--json")
    assert code == 0
    results = json.loads(out)
    assert len(results) == 525
    assert "check failed" not in err
    assert all(r["rubric_id"] == "chat" and r["criteria"]["first_reply"]["answer"] in (1, 2, 3, 4, 5) for r in results)

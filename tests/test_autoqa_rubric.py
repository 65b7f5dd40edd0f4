"""The auto tables of rubric files: refused with file, line and field when wrong; the shipped
rubrics' checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli
from reviewer.rubrics import check_rubric_file, read_rubric

SHIPPED = Path(__file__).resolve().parents[1] / "rubrics"

BASE = """\
id = "mini"
version = "1"
title = "Mini"

[[sections]]
id = "greeting"
title = "Greeting"

[[sections.criteria]]
id = "greets"
title = "Greets"
scale = "yes_no"

[sections.criteria.auto]
{auto}

[[sections.criteria]]
id = "first_reply"
title = "First reply"
scale = {{ kind = "rating", min = 1, max = 3, labels.1 = "slow", labels.2 = "ok", labels.3 = "fast" }}
"""


def problems(tmp_path, auto: str):
    path = tmp_path / "mini.toml"
    path.write_text(BASE.format(auto=auto), encoding="utf-8")
    return [str(p) for p in check_rubric_file(path)]


def test_a_good_auto_table_is_read_into_the_criterion(tmp_path):
    path = tmp_path / "mini.toml"
    path.write_text(BASE.format(auto='kind = "phrase"\nwithin_turns = 2\nphrases.ru = ["добрый день"]\nphrases.en = ["hello"]'), encoding="utf-8")
    rubric = read_rubric(path)
    auto = rubric.criterion("greets").auto
    assert auto == {"kind": "phrase", "within_turns": 2, "phrases": {"ru": ["добрый день"], "en": ["hello"]}}
    assert rubric.criterion("first_reply").auto is None


F = "sections[greeting].criteria[greets].auto"


@pytest.mark.parametrize(
    "auto, line, field, message",
    [
        ('kind = "phrases"', 15, "kind", 'unknown check kind "phrases" (did you mean "phrase"?)'),
        ('kind = "phrase"\nphrases = "добрый день"', 16, "phrases", "must be a list of phrases, or a table"),
        ('kind = "phrase"\nphrases.ru = [1]', 16, "phrases.ru", "every phrase must be non-empty text (got 1)"),
        ('kind = "phrase"\nphrases.de = ["hallo"]', 16, "phrases.de", 'unknown language "de"'),
        ('kind = "avoid"', 14, "phrases", "missing; list the phrases per language"),
        ('kind = "phrase"\nphrases = ["hi"]\nwithin_turn = 2', 17, "within_turn", 'unknown key "within_turn" (did you mean "within_turns"?)'),
        ('kind = "phrase"\nphrases = ["hi"]\nwithin_turns = "two"', 17, "within_turns", "must be a whole number of at least 1"),
        ('kind = "metric"\nmetric = "first_reply_ms"\nbands = [{ at_most = "30 s", answer = "yes" }]', 17, "bands[#1].at_most", 'at_most must be a number (got "30 s")'),
        ('kind = "metric"\nmetric = "first_answer_ms"\nbands = [{ at_most = 30000, answer = "yes" }]', 16, "metric", 'unknown metric "first_answer_ms"'),
        ('kind = "metric"\nmetric = "first_reply_ms"\nbands = [{ at_most = 30000, answer = 5 }]', 17, "bands[#1].answer", "the answer must be on the criterion's scale"),
        ('kind = "question"\nabout = "weather"', 16, "about", "about must be"),
        ('kind = "phrase"\nphrases = ["hi"]\nflag = "bad"', 17, "flag", 'unknown flag "bad"'),
    ],
)
def test_bad_rules_are_refused_with_file_line_and_field(tmp_path, auto, line, field, message):
    found = problems(tmp_path, auto)
    prefix = f"{tmp_path / 'mini.toml'}:{line}: {F}.{field}: "
    assert any(p.startswith(prefix) and message in p for p in found), found


def test_rubric_check_command_refuses_a_bad_auto_table(tmp_path, capsys):
    path = tmp_path / "mini.toml"
    path.write_text(BASE.format(auto='kind = "sentiment"'), encoding="utf-8")
    code, out, err = run_cli(capsys, "rubric", "check", path)
    assert code == 1
    assert 'auto.kind: unknown check kind "sentiment"' in out + err


def test_the_shipped_rubrics_carry_checks():
    chat = read_rubric(SHIPPED / "chat.toml")
    call = read_rubric(SHIPPED / "call.toml")
    automated = {c.id for c in chat.criteria() if c.auto and not c.auto.get("experimental")}
    assert automated == {
        "greets_introduces", "formal_address", "first_reply", "no_must", "no_problem_word",
        "price_segment", "anything_else", "thanks_goodbye",
    }
    call_checked = {c.id for c in call.criteria() if c.auto}
    for cid in ("greets", "introduces_self", "position_company", "asks_name", "formal_address", "asks_questions",
                "no_problem_word", "no_must", "price_segment", "no_slang_rudeness", "thanks", "polite_goodbye",
                "next_step", "no_dead_air"):
        assert cid in call_checked
    # Criteria no rule can decide stay human.
    assert call.criterion("honest_benefits").auto is None and chat.criterion("fits_need").auto is None
    for name in ("email", "visit"):
        assert any(c.auto for c in read_rubric(SHIPPED / f"{name}.toml").criteria())
    # In the e-mail rubric only what met the bar on the real threads (benchmarks/autoqa_eval).
    email = read_rubric(SHIPPED / "email.toml")
    assert {c.id for c in email.criteria() if c.auto and not c.auto.get("experimental")} == {"thanks"}


def test_the_call_and_visit_rubrics_automate_what_the_measured_results_say():
    """benchmarks/autoqa_eval/RESULTS.md ("Calls") names what met the bar on the own calls; the
    shipped rubrics automate exactly that and keep every other check experimental."""
    import re

    results = (SHIPPED.parent / "benchmarks" / "autoqa_eval" / "RESULTS.md").read_text(encoding="utf-8")
    for name in ("call", "visit"):
        found = re.search(rf"^Ships automated in the {name} rubric: (.+)\.$", results, re.MULTILINE)
        assert found, f"RESULTS.md says nothing about the {name} rubric"
        said = {word.strip() for word in found.group(1).split(",")}
        rubric = read_rubric(SHIPPED / f"{name}.toml")
        assert {c.id for c in rubric.criteria() if c.auto and not c.auto.get("experimental")} == said
    assert said == {"no_problem_word"}

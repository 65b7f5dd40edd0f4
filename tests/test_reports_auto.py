"""Automatic QA in the reports, from a real library of imported chats scored on import: the team
summary's coverage beside the manual sample, auto scores per employee with their n and the
agreement table (the same figures as ``reviewer autoqa agreement``); the coaching report's
automatic results per criterion with example moments, labelled apart from the review scores."""

from __future__ import annotations

import json
import statistics
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import run_cli
from test_reports_pdf import pdf_text

from reviewer import reports

OWN = Path(__file__).resolve().parents[1] / "benchmarks" / "autoqa_eval" / "own"
# file -> (the agent's name in it, the employee it belongs to)
CHATS = {
    "ru-02-broken-sconce.txt": ("Сергей Орлов", "Sergei Orlov"),
    "ru-04-late-order.txt": ("Дмитрий Козлов", "Sergei Orlov"),
    "lv-02-return.txt": ("Pēteris Kalniņš", "Sergei Orlov"),
    "ru-01-desk-lamp.txt": ("Екатерина Белова", "Ekaterina Belova"),
    "ru-03-pendant.txt": ("Анна Иванова", "Ekaterina Belova"),
    "lv-01-child-lamp.txt": ("Jānis Bērziņš", "Jānis Bērziņš"),
    "lv-03-bulbs.txt": ("Laura Zariņa", "Jānis Bērziņš"),
    "lv-04-angry.txt": ("Elīna Roze", "Jānis Bērziņš"),
}
REVIEWED = ("ru-02-broken-sconce.txt", "ru-04-late-order.txt", "ru-01-desk-lamp.txt")


@pytest.fixture
def auto_library(library):
    """The eight chats imported (and so scored), three of them reviewed: the reviewer takes every
    suggestion but one greeting."""
    from reviewer.importers import ImportOptions
    from reviewer.importing import import_paths
    from reviewer.rubrics import load_catalog
    from reviewer.storage import auto_results

    ids = {}
    for name, (agent, employee) in CHATS.items():
        list(import_paths(library, [OWN / name], ImportOptions(employee=employee, agents=[agent])))
        ids[name] = library.conn.execute("SELECT MAX(id) FROM conversations").fetchone()[0]
    rubric = load_catalog().get("chat")
    at = datetime(2026, 12, 5, 10, 0, tzinfo=timezone.utc)
    for name in REVIEWED:
        (result, _stamp), = auto_results.load(library.conn, ids[name], "chat")
        answers = {c.id: c.scale.top for c in rubric.criteria()}
        answers.update({cid: s.answer for cid, s in result.suggestions.items()})
        if name == "ru-04-late-order.txt":
            answers["greets_introduces"] = "partly"  # the reviewer disagrees once
        review = library.reviews.create(ids[name], rubric, "Olga Petrova", at=at)
        library.reviews.set_answers(review.id, [(cid, value, "", []) for cid, value in answers.items()], at=at)
        library.reviews.submit(review.id, at=at)
    return library, ids


def stored_scores(library, employee=None):
    sql = ("SELECT a.score FROM auto_results a JOIN conversations c ON c.id = a.conversation_id"
           " JOIN employees e ON e.id = c.employee_id WHERE a.score IS NOT NULL")
    params = []
    if employee:
        sql += " AND e.name = ?"
        params.append(employee)
    return [row[0] for row in library.conn.execute(sql, params)]


def test_team_summary_shows_coverage_auto_scores_and_the_agreement_table(auto_library, tmp_path, capsys):
    library, ids = auto_library
    text = pdf_text(reports.make_team_summary(library, tmp_path / "team.pdf"))
    assert "Automatic QA · automatic, not reviewed by a person" in text
    scored = stored_scores(library)
    assert len(scored) == 8  # every conversation, not only the three reviewed
    assert (f"Conversations 8 Scored automatically 8 100% of 8 Reviewed by hand 3 38% of 8 "
            f"Auto average {statistics.fmean(scored):.1f}%") in text
    for employee, count in (("Sergei Orlov", 3), ("Ekaterina Belova", 2), ("Jānis Bērziņš", 3)):
        own = stored_scores(library, employee)
        assert f"{employee} {count} {len(own)} {statistics.fmean(own):.1f}%" in text
    # The same figures as the command line's agreement table, criterion by criterion.
    code, out, err = run_cli(capsys, "--library", library.root, "autoqa", "agreement", "--json")
    assert code == 0, err
    table = json.loads(out)
    assert {row["criterion_id"] for row in table} >= {"greets_introduces", "no_problem_word", "first_reply"}
    section = text[text.index("Agreement of automatic QA with reviewers"):]
    for row in table:
        kappa = "—" if row["kappa"] is None else f"{row['kappa']:.2f}"
        assert f"{row['n']} {row['agreement']:.0f}% {kappa}" in section, row
    greets = next(r for r in table if r["criterion_id"] == "greets_introduces")
    assert greets["n"] == 3 and greets["confusion"]["yes"]["partly"] == 1  # the one disagreement
    assert "Greets and introduces himself or herself chat 3 67% 0.50" in section and "Yes → Partly: 1" in section
    assert "experimental" in section  # criteria whose checks do not ship are marked


def test_coaching_report_adds_automatic_results_per_criterion_with_moments(auto_library, tmp_path):
    library, ids = auto_library
    text = pdf_text(reports.make_employee_report(library, "Sergei Orlov", tmp_path / "sergei.pdf"))
    auto = text[text.index("Automatic QA · automatic, not reviewed by a person"):]
    # The review scores come first and alone; the automatic part says what it covers.
    assert text.index("Average score") < text.index("Automatic QA")
    assert "over all 3 conversations of Sergei Orlov in the period" in auto
    own = stored_scores(library, "Sergei Orlov")
    assert (f"Conversations 3 Scored automatically 3 100% of 3 Reviewed by hand 2 67% of 3 "
            f"Auto average {statistics.fmean(own):.1f}%") in auto
    # Per criterion over the three conversations, counted from the stored results.
    answers = [json.loads(row[0])["no_problem_word"]["answer"] for row in library.conn.execute(
        "SELECT a.criteria FROM auto_results a JOIN conversations c ON c.id = a.conversation_id"
        " JOIN employees e ON e.id = c.employee_id WHERE e.name = 'Sergei Orlov'")]
    met = answers.count("yes")
    assert len(answers) == 3 and 0 < met < 3
    assert f"Writes “question” or “task”, not “problem” 3 {met} {100 * met / 3:.0f}% 0" in auto
    # An example moment: the check's reason, the quote as written, and where it is (turns as on screen).
    assert ("«вы должны» in turn 4 (avoid: «вы должны») “Ну это не наша проблема, вы должны были проверить при "
            "курьере.” 2026-12-02 · ru-02-broken-sconce.txt · 15:25 · turn 4 · Сергей Орлов") in auto
    # A wait quotes the message it followed.
    assert "No reply for 6 min 40 s after the customer's message at 15:10 “Мне пришло бра с трещиной на плафоне”" in auto

@pytest.mark.parametrize("language, heading, label", [
    ("ru", "Автоматическая проверка", "автоматически, без проверки человеком"),
    ("lv", "Automātiskā pārbaude", "automātiski, bez cilvēka pārbaudes"),
])
def test_automatic_sections_follow_the_language(auto_library, tmp_path, language, heading, label):
    library, _ids = auto_library
    for path in (reports.make_team_summary(library, tmp_path / "t.pdf", language=language),
                 reports.make_employee_report(library, "Sergei Orlov", tmp_path / "e.pdf", language=language)):
        text = pdf_text(path)
        assert f"{heading} · {label}" in text
        assert "Ну это не наша проблема" in text or path.name == "t.pdf"  # quotes stay as written


def test_period_without_conversations_says_so(auto_library, tmp_path):
    from reviewer.reports.auto_data import team_auto

    library, _ids = auto_library
    auto = team_auto(library, reports.Period("2020-01-01", "2020-01-31"))
    assert (auto.conversations, auto.scored, auto.rows) == (0, 0, [])

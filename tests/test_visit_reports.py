"""Visits in the reports: the scorecard shows the visit's facts, and a review submitted more than
12 hours after the visit is marked late on the scorecard, in the coaching report, the team
summary and the CSV export."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta, timezone

import pytest

from conftest import build_report_library
from reviewer import reports
from reviewer.domain import Channel, SpeakerRole, Turn
from reviewer.domain.visit import Persona, Visit
from reviewer.rubrics import load_catalog
from test_reports_pdf import pdf_text

RIGA = timezone(timedelta(hours=3))

VISIT_TURNS = [
    ("agent", "Добрый день! Чем могу помочь?"),
    ("customer", "В интернете эта лампа дешевле, вы меня обманываете."),
    ("agent", "Вы должны понимать, что у нас другие цены."),
    ("agent", "Вот сертификат и накладная, цена та же, что у поставщика."),
]


def add_visit(library, *, visited: datetime, submitted: datetime, branch: str, persona: Persona,
              employee: str | None = "Anna Ivanova", channel: Channel = Channel.VISIT, description: str = "",
              no_must: bool = True) -> tuple[int, int]:
    """A visit with a transcript and a submitted visit-rubric review; returns (conversation, review)."""
    rubric = load_catalog().get("visit")
    cid = library.visits.create(Visit(
        channel=channel, visited_at=visited.isoformat(timespec="minutes"), branch=branch, address="Brīvības iela 1",
        employee=employee, employee_description=description, scenario="Лампа в детскую; «в интернете дешевле»",
        persona=persona, wait_ms=45_000, length_ms=750_000, shopper="Olga Petrova"))
    library.conversations.append_turns(cid, [
        Turn(text, SpeakerRole(role), employee or "Agent" if role == "agent" else "Shopper",
             start_ms=i * 5000, end_ms=i * 5000 + 4000)
        for i, (role, text) in enumerate(VISIT_TURNS)
    ])
    answers = {c.id: [c.scale.top, "", []] for c in rubric.criteria()}
    for cid_ in ("persona_doesnt_know", "persona_knows_better", "persona_rude"):
        answers[cid_] = ["n/a", "", []]
    answers["persona_suspicious"] = [5, "", [3]]
    if no_must:
        answers["no_must"] = ["no", "«Вы должны понимать» — упрёк покупателю", [2]]
    review = library.reviews.create(cid, rubric, "Olga Petrova", at=visited)
    library.reviews.set_answers(review.id, [(k, *v) for k, v in answers.items()], at=visited)
    library.reviews.submit(review.id, at=submitted)
    return cid, review.id


@pytest.fixture
def visit_library(library):
    build_report_library(library)
    base = datetime(2026, 9, 8, 10, 0, tzinfo=RIGA)
    made = {
        "late": add_visit(library, visited=base, submitted=base + timedelta(hours=13), branch="Rīga, Centrs",
                          persona=Persona.SUSPICIOUS),
        "on_time": add_visit(library, visited=base + timedelta(days=7), submitted=base + timedelta(days=7, hours=2),
                             branch="Jelgava", persona=Persona.RUDE, no_must=False),
        "call": add_visit(library, visited=base + timedelta(days=8), submitted=base + timedelta(days=8, hours=1),
                          branch="", persona=Persona.UNAWARE, employee=None, channel=Channel.CALL,
                          description="young man, said his name was Max"),
    }
    return library, made


def test_the_scorecard_of_a_visit_shows_its_facts_and_the_late_mark(visit_library, tmp_path):
    library, made = visit_library
    late = pdf_text(reports.make_review_scorecard(library, made["late"][1], tmp_path / "late.pdf"))
    assert "The visit" in late
    assert "Visit time 2026-09-08 10:00" in late and "Length 12:30" in late
    assert "Branch Rīga, Centrs" in late and "Waited to be greeted 0:45" in late
    assert "Persona played offended / suspicious" in late and "Shopper Olga Petrova" in late
    assert "Лампа в детскую; «в интернете дешевле»" in late
    assert "■ late · Submitted more than 12 hours after the visit" in late
    on_time = pdf_text(reports.make_review_scorecard(library, made["on_time"][1], tmp_path / "on_time.pdf"))
    assert "Persona played rude" in on_time and "Jelgava" in on_time
    assert "late" not in on_time.replace("Latvia", "")
    call = pdf_text(reports.make_review_scorecard(library, made["call"][1], tmp_path / "call.pdf", language="lv"))
    assert "Kontrolzvans" in call and "Pircēja loma nezina, ko grib" in call
    assert "vārds nav zināms: young man, said his name was Max" in call
    ru = pdf_text(reports.make_review_scorecard(library, made["late"][1], tmp_path / "ru.pdf", language="ru"))
    assert "Роль покупателя обиженный / подозрительный" in ru
    assert "с опозданием · Отправлена более чем через 12 часов после визита" in ru
    # A call's scorecard has no visit block.
    call_review = library.reviews.list()[0]
    plain = pdf_text(reports.make_review_scorecard(library, call_review.id, tmp_path / "plain.pdf"))
    assert "The visit" not in plain and "Persona played" not in plain


def test_the_coaching_report_lists_the_visits_and_marks_late_evidence(visit_library, tmp_path):
    library, made = visit_library
    text = pdf_text(reports.make_employee_report(library, "Anna Ivanova", tmp_path / "anna.pdf"))
    assert "Visits and test calls" in text
    assert "Late: the review was first submitted more than 12 hours after the visit." in text
    assert "2026-09-15 10:00 Jelgava rude 0:45 12:30" in text
    assert "2026-09-08 10:00 Rīga, Centrs offended / suspicious 0:45 12:30" in text
    assert text.count("■ late") == 1
    # The visit rubric has its own part of the report, and the quote from the late visit says so.
    late_quote = "2026-09-08 · Visit: Rīga, Centrs · 0:10 into the recording · turn 3 · Anna Ivanova · submitted late"
    assert text.count("Rubric: Mystery shopping: visit or test call") == 1 and late_quote in text
    assert text.index("Rubric: Phone call") < text.index("Rubric: Mystery shopping")  # most reviews first
    visits = pdf_text(reports.make_employee_report(library, "Anna Ivanova", tmp_path / "v.pdf", rubric_id="visit"))
    assert late_quote in visits and "Rubric: Phone call" not in visits
    assert "Вы должны понимать, что у нас другие цены." in visits
    assert "«Вы должны понимать» — упрёк покупателю" in visits
    # Without visits in the period there is no such section.
    calls_only = pdf_text(reports.make_employee_report(library, "Jānis Bērziņš", tmp_path / "janis.pdf"))
    assert "Visits and test calls" not in calls_only


def test_the_team_summary_counts_late_visits(visit_library, tmp_path):
    library, _ = visit_library
    text = pdf_text(reports.make_team_summary(library, tmp_path / "team.pdf"))
    assert "Visits (late)" in text
    assert "2 (1 late)" in text  # Anna: two visits, one reviewed late
    assert "Late: the review was first submitted more than 12 hours after the visit." in text
    ru = pdf_text(reports.make_team_summary(library, tmp_path / "team-ru.pdf", language="ru"))
    assert "Визиты (с опозданием)" in ru and "2 (1 с опозданием)" in ru


def test_the_csv_export_has_the_visit_columns(visit_library, tmp_path):
    library, made = visit_library
    target = tmp_path / "scores.csv"
    reports.export_scores(library, target)
    rows = list(csv.DictReader(target.open(encoding="utf-8-sig")))
    by_review = {}
    for row in rows:
        by_review.setdefault(int(row["review_id"]), row)
    late = by_review[made["late"][1]]
    assert (late["visited_at"], late["branch"], late["persona"], late["late"]) == (
        "2026-09-08T10:00+03:00", "Rīga, Centrs", "suspicious", "yes")
    assert by_review[made["on_time"][1]]["late"] == "no"
    assert by_review[made["call"][1]]["channel"] == "call" and by_review[made["call"][1]]["persona"] == "unaware"
    plain = [r for rid, r in by_review.items() if rid not in {v[1] for v in made.values()}]
    assert plain and all(r["late"] == "" and r["branch"] == "" for r in plain)

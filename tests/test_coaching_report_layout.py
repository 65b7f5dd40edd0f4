"""The coaching report as a trainer reads it: one part per rubric, labels whole, headings on the
page of what they head, quotes that say where in the conversation they come from."""

from __future__ import annotations

import subprocess

import pytest

from reviewer import reports
from reviewer.demo import build_demo_library
from reviewer.reports.data import employee_report
from test_reports_pdf import pdf_text


def pdf_pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return [" ".join(page.split()) for page in out.split("\f") if page.strip()]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    library = build_demo_library(tmp_path_factory.mktemp("demo") / "library")
    yield library
    library.close()


def test_one_part_per_rubric_largest_first_and_criteria_never_mixed(demo, tmp_path):
    report = employee_report(demo, "Anna Ivanova")
    used = {item.review.rubric.id for item in report.reviews}
    assert [part.rubric_id for part in report.parts] == sorted(
        used, key=lambda rid: (-sum(1 for i in report.reviews if i.review.rubric.id == rid), rid))
    for part in report.parts:
        assert {s.rubric_id for s in part.criteria} == {part.rubric_id}
        assert {area.stats.rubric_id for area in part.focus} <= {part.rubric_id}
    text = pdf_text(reports.make_employee_report(demo, "Anna Ivanova", tmp_path / "anna.pdf"))
    for part in report.parts:
        assert text.count(f"Rubric: {part.title}") == 1
    # Each criterion is listed once in its own rubric's table, not once per rubric in one table.
    assert "(Chat and messengers)" not in text and "(E-mail and web form)" not in text


@pytest.mark.parametrize("language", ["en", "ru", "lv"])
def test_no_label_is_cut(demo, tmp_path, language):
    path = reports.make_employee_report(demo, "Anna Ivanova", tmp_path / "anna.pdf", language=language)
    text = pdf_text(path)
    assert "…" not in text
    for part in employee_report(demo, "Anna Ivanova", language=language).parts:
        for section in part.sections:
            # A wrapped chart label still reads whole, word after word.
            assert all(word in text for word in section.title.split())


def test_the_team_comparison_says_when_nobody_else_is_in_it(demo, tmp_path):
    everyone = employee_report(demo, "Anna Ivanova")
    assert all(part.colleagues > 0 for part in everyone.parts)
    text = pdf_text(reports.make_employee_report(demo, "Anna Ivanova", tmp_path / "anna.pdf"))
    assert text.count("Average section score of Anna Ivanova and of the whole team") == len(everyone.parts)
    assert "no colleague reviewed with this rubric" not in text and "the team average is" not in text
    # On the day of her visit nobody else was reviewed: no bars "against the team" that are her own.
    day = reports.Period("2026-11-13", "2026-11-13")
    alone = employee_report(demo, "Anna Ivanova", day)
    assert alone.colleagues == 0 and [part.colleagues for part in alone.parts] == [0]
    text = pdf_text(reports.make_employee_report(demo, "Anna Ivanova", tmp_path / "day.pdf", period=day))
    assert "Nobody else has reviews in this period: the team average is Anna Ivanova's own." in text
    assert "no colleague reviewed with this rubric" in text and "so there is no team to compare with" in text
    assert "of the whole team" not in text


def test_headings_stay_on_the_page_of_their_content(demo, tmp_path):
    for employee in ("Anna Ivanova", "Maria Smith", "Jānis Bērziņš", "Dmitrijs Kozlovs"):
        pages = pdf_pages(reports.make_employee_report(demo, employee, tmp_path / "r.pdf"))
        report = employee_report(demo, employee)
        for part in report.parts:
            shown = [s for s in part.sections if s.employee is not None or s.team is not None]
            heading_pages = [n for n, page in enumerate(pages) if f"Rubric: {part.title}" in page]
            assert len(heading_pages) == 1
            page = pages[heading_pages[0]]
            # The part's heading, its "Sections against the team" and the chart's labels share a page.
            assert "Sections against the team" in page.split(f"Rubric: {part.title}", 1)[1]
            assert all(word in page for s in shown for word in s.title.split())
        for page in pages:
            body = page.split("Page ", 1)[1] if "Page " in page else page
            # No page ends on a heading: "What good looks like" always has its quote after it.
            assert not body.rstrip().endswith(("What good looks like (the rubric's example)",
                                               "Sections against the team", "All criteria"))


def test_quotes_give_the_conversation_date_title_and_moment(demo, tmp_path):
    report = employee_report(demo, "Maria Smith")
    quotes = [q for area in report.focus for q in area.quotes]
    assert quotes
    text = pdf_text(reports.make_employee_report(demo, "Maria Smith", tmp_path / "m.pdf"))
    for quote in quotes:
        conversation = demo.conversations.get(quote.conversation_id, with_turns=False)
        assert quote.conversation_day == conversation.started_at[:10]
        if quote.channel.value in ("chat", "email"):
            # A written message: its clock time, never an offset that reads like one.
            assert quote.clock and len(quote.clock) == 5
            assert f"{quote.conversation_day} · {quote.conversation_title} · {quote.clock}" in text
        else:
            assert "into the" in text
    assert "Conversation #" not in text.split("Critical failures")[0]


def test_a_zero_score_rule_does_not_leave_the_number_alone_on_a_line(demo, tmp_path):
    from reviewer.reports.i18n import Messages

    for language in ("en", "lv"):
        rule = Messages(language)("rule_zero_review")
        assert rule.endswith("\u00a00")  # bound to the word before it

"""PDF reports made from a real library: the text pdftotext extracts must show the right
names, scores, intervals and quotes, Cyrillic and Latvian letters included."""

from __future__ import annotations

import math
import statistics
import subprocess

import pytest

from reviewer import reports
from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.domain.rubric import Criterion, Rubric, Section, Text
from reviewer.reports import Cancelled, NoReviews, ReportError, Period

T_975 = {7: 2.364624, 5: 2.570582, 3: 3.182446}  # Student's t, two-sided 95 %, from tables


def pdf_text(path) -> str:
    """The text in drawing order (-raw), so that a table cell wrapped over lines reads whole."""
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    )
    return " ".join(out.stdout.split())


def pdf_fonts(path) -> list[str]:
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    return [line.split()[0] for line in out.splitlines()[2:]]


def db_scores(library, employee: str) -> list[float]:
    return [
        row[0]
        for row in library.conn.execute(
            "SELECT r.score FROM reviews r JOIN conversations c ON c.id = r.conversation_id"
            " JOIN employees e ON e.id = c.employee_id WHERE e.name = ? AND r.state = 'submitted'",
            (employee,),
        )
    ]


def test_coaching_report_shows_scores_interval_and_quotes(report_library, tmp_path):
    library, ids = report_library
    path = reports.make_employee_report(library, "anna ivanova", tmp_path / "anna.pdf")
    text = pdf_text(path)
    scores = db_scores(library, "Anna Ivanova")
    assert len(scores) == 8
    m = statistics.fmean(scores)
    half = T_975[7] * statistics.stdev(scores) / math.sqrt(8)
    assert "Anna Ivanova" in text and "Coaching report" in text
    assert f"{m:.1f}%" in text
    assert f"{max(0, m - half):.1f}–{min(100, m + half):.1f}%" in text
    team = [s for name in ("Anna Ivanova", "Jānis Bērziņš", "Maria Smith", "Solo Agent") for s in db_scores(library, name)]
    assert f"{statistics.fmean(team):.1f}%" in text
    # Focus area quotes from failed reviews, as spoken, with date, timestamp and conversation.
    assert "Ну это не проблема, щас разберёмся." in text
    assert "Вы должны были сохранить чек." in text
    failed = library.reviews.get(ids["Anna Ivanova"][7])
    conversation = library.conversations.get(failed.conversation_id, with_turns=False)
    # The conversation's own date and title, and how far into the call: not the review's date,
    # and not an offset that reads like a clock time.
    assert f"{conversation.started_at[:10]} · {conversation.source_name} · 0:08 into the call" in text
    assert "Сказала «не проблема» вместо «конечно»" in text
    # What good looks like: a colleague's passed answer, in Latvian.
    assert "Protams, tūlīt paskatīsimies, kā varu palīdzēt." in text
    assert "Critical failures" in text and "«Щас» и «ну» — просторечие" in text
    assert "the review scores 0" in text
    assert "Reviews by reviewer" in text and "Olga Petrova" in text


def test_only_the_embedded_font_is_used(report_library, tmp_path):
    library, ids = report_library
    paths = [
        reports.make_employee_report(library, "Jānis Bērziņš", tmp_path / "j.pdf", language="lv"),
        reports.make_review_scorecard(library, ids["Anna Ivanova"][5], tmp_path / "r.pdf", language="ru"),
        reports.make_team_summary(library, tmp_path / "t.pdf"),
    ]
    for path in paths:
        fonts = pdf_fonts(path)
        assert fonts and all("DejaVuSans" in f for f in fonts), (path, fonts)


@pytest.mark.parametrize(
    "language, headings",
    [
        ("ru", ["Отчёт для коучинга", "Зоны роста", "Сильные стороны", "Критические ошибки"]),
        ("lv", ["Apmācības pārskats", "Uzlabojamās jomas", "Stiprās puses", "Kritiskās kļūdas"]),
    ],
)
def test_headings_follow_the_language_and_quotes_stay_as_spoken(report_library, tmp_path, language, headings):
    library, _ = report_library
    text = pdf_text(reports.make_employee_report(library, "Jānis Bērziņš", tmp_path / "j.pdf", language=language))
    for heading in headings:
        assert heading in text
    assert "Jums jāatnes čeks, citādi neko nevaru darīt." in text
    assert "Teica «jums jāatnes», nevis piedāvāja iespēju" in text
    assert "Jānis Bērziņš" in text


def test_period_and_rubric_filters(report_library, tmp_path):
    library, ids = report_library
    first = library.reviews.get(ids["Anna Ivanova"][0]).submitted_at[:10]
    third = library.reviews.get(ids["Anna Ivanova"][2]).submitted_at[:10]
    report = reports.data.employee_report(library, "Anna Ivanova", Period(first, third))
    assert [i.id for i in report.reviews] == ids["Anna Ivanova"][:3]
    assert len(report.trend) == 3 and report.trend_unit == "week"
    with pytest.raises(NoReviews, match="Anna Ivanova has no submitted reviews"):
        reports.data.employee_report(library, "Anna Ivanova", rubric_id="chat")


def test_one_review_says_the_interval_is_not_defined(report_library, tmp_path):
    library, _ = report_library
    text = pdf_text(reports.make_employee_report(library, "Solo Agent", tmp_path / "solo.pdf"))
    assert "not defined with one review" in text
    assert "100.0%" in text
    assert "Every criterion was met in every review of the period." in text
    assert "needs at least two" in text  # no trend chart from one point


def test_no_reviews_in_the_period_makes_no_file(report_library, tmp_path):
    library, _ = report_library
    out = tmp_path / "out"
    out.mkdir()
    target = out / "none.pdf"
    with pytest.raises(NoReviews, match="no submitted reviews from 2030-01-01 to 2030-02-01"):
        reports.make_employee_report(library, "Anna Ivanova", target, period=Period("2030-01-01", "2030-02-01"))
    with pytest.raises(ReportError, match="no employee named 'Nobody'"):
        reports.make_employee_report(library, "Nobody", target)
    assert list(out.iterdir()) == []


def test_cancel_leaves_the_old_file_and_no_temporary_file(report_library, tmp_path):
    library, _ = report_library
    out = tmp_path / "out"
    out.mkdir()
    target = out / "anna.pdf"
    target.write_bytes(b"old report")
    with pytest.raises(Cancelled):
        reports.make_employee_report(library, "Anna Ivanova", target, cancel=lambda: True)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in out.iterdir()] == ["anna.pdf"]


def _na_rubric() -> Rubric:
    criteria = tuple(
        Criterion(cid, Text(title), na_allowed=True) for cid, title in (("a", "Offers a demo"), ("b", "Upsells"))
    )
    return Rubric("na_only", "1", Text("Optional things"), (Section("s", Text("Extras"), criteria),))


def test_na_everywhere_has_no_score_but_still_a_report(library, tmp_path):
    cid = library.conversations.add(
        Conversation(Channel.CHAT, "x.txt", [Turn("Sveiki!", SpeakerRole.AGENT, "Līga")], employee="Līga Ozola",
                     source_sha256="f" * 64)
    )
    review = library.reviews.create(cid, _na_rubric(), "Olga Petrova", at="2026-10-01T10:00:00+00:00")
    library.reviews.set_answers(review.id, [("a", "n/a", "", ()), ("b", "n/a", "", ())])
    library.reviews.submit(review.id, at="2026-10-01T10:10:00+00:00")
    text = pdf_text(reports.make_employee_report(library, "Līga Ozola", tmp_path / "liga.pdf"))
    assert "Līga Ozola" in text and "no scored reviews" in text and "—" in text
    team = pdf_text(reports.make_team_summary(library, tmp_path / "team.pdf"))
    assert "Līga Ozola" in team


def test_review_scorecard_lists_every_criterion_answer_comment_and_quote(report_library, tmp_path):
    library, ids = report_library
    review = library.reviews.get(ids["Anna Ivanova"][5])
    text = pdf_text(reports.make_review_scorecard(library, review.id, tmp_path / "card.pdf"))
    for criterion in review.rubric.criteria():
        title = " ".join(criterion.title.get("en").split())
        assert title in text, title
    assert "0.0%" in text and "A failed critical criterion set this review's score to 0." in text
    assert "«Щас» и «ну» — просторечие" in text and "Ну это не проблема, щас разберёмся." in text
    assert "Спасибо за звонок, всего доброго!" in text
    assert "N/A" in text and "Olga Petrova" in text


def test_draft_review_has_no_scorecard(report_library, tmp_path):
    library, ids = report_library
    review = library.reviews.reopen(ids["Maria Smith"][0])
    with pytest.raises(ReportError, match="is a draft"):
        reports.make_review_scorecard(library, review.id, tmp_path / "x.pdf")


def test_team_summary_ranks_employees(report_library, tmp_path):
    library, _ = report_library
    text = pdf_text(reports.make_team_summary(library, tmp_path / "team.pdf", language="lv"))
    assert "Komandas kopsavilkums" in text
    means = {n: statistics.fmean(db_scores(library, n)) for n in ("Anna Ivanova", "Jānis Bērziņš", "Maria Smith")}
    ranked = sorted(means, key=means.get, reverse=True)
    table = text[text.index("Nr."):]
    positions = [table.index(name) for name in ["Solo Agent", *ranked]]
    assert positions == sorted(positions)
    for name, value in means.items():
        assert f"{value:.1f}%" in table
    assert "nav nosakāms vienam vērtējumam" in table

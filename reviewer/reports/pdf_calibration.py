"""The calibration PDF a lead brings to the session meeting: one page with the table of
agreement figures (per criterion and overall, per reviewer), then the conversations and
criteria that split the reviewers most, each reviewer's answer with their comment and quote."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, PageBreak, Spacer

from reviewer.reports.i18n import Messages
from reviewer.reports.pdf_style import (
    BAD, CONTENT_WIDTH, GOOD, MUTED, WARN, ReportDocument, key_figures, p, pm, quote_box, shorten, table,
    write_atomically,
)

if TYPE_CHECKING:
    from reviewer.team.calibration_report import CalibrationReport

# This report's own texts (the shared catalogue in i18n.py keeps the other reports').
TEXTS = {
    "en": {
        "title": "Calibration report", "overall_alpha": "Krippendorff's alpha (review scores)",
        "agreement": "Percent agreement", "reviewers": "Reviewers", "conversations": "Conversations",
        "criteria": "Agreement by criterion", "criterion": "Criterion", "level": "Scale", "alpha": "Alpha",
        "interval": "95% interval", "agree": "Agree %", "units": "Units", "n_reviewers": "Rev.",
        "nominal": "yes/no", "ordinal": "ordered", "interval_level": "points", "overall": "Review score (overall)",
        "by_reviewer": "Reviewers", "reviewer": "Reviewer", "reviews": "Reviews", "alignment": "Matches benchmark",
        "leniency": "Leniency (points)",
        "reading": "Alpha corrects agreement for chance: 1 is perfect, 0 no better than chance. From 0.80 the "
                   "scores can be relied on; 0.67–0.80 allows tentative conclusions only; below that, calibrate "
                   "again. Leniency: the mean difference of a reviewer's total from {reference}, in points "
                   "(+ = more generous).",
        "benchmark_ref": "the benchmark answers", "others_ref": "the other reviewers' mean",
        "splits": "Where the reviewers split", "no_splits": "The reviewers agreed on every criterion.",
        "benchmark": "Benchmark answer", "answer": "Answer", "comment": "Comment",
        "deadline": "deadline {date}", "state_open": "open", "state_closed": "closed", "undefined": "not defined",
    },
    "ru": {
        "title": "Отчёт о калибровке", "overall_alpha": "Альфа Криппендорфа (оценки)", "agreement": "Согласие",
        "reviewers": "Оценщики", "conversations": "Разговоры", "criteria": "Согласие по критериям",
        "criterion": "Критерий", "level": "Шкала", "alpha": "Альфа", "interval": "95% интервал", "agree": "Согл. %",
        "units": "Ед.", "n_reviewers": "Оц.", "nominal": "да/нет", "ordinal": "порядк.", "interval_level": "баллы",
        "overall": "Итоговая оценка", "by_reviewer": "Оценщики", "reviewer": "Оценщик", "reviews": "Оценок",
        "alignment": "Совпадение с эталоном", "leniency": "Мягкость (баллы)",
        "reading": "Альфа учитывает случайное совпадение: 1 — полное согласие, 0 — не лучше случая. От 0,80 "
                   "оценкам можно доверять; 0,67–0,80 — только предварительные выводы; ниже — нужна новая "
                   "калибровка. Мягкость: среднее отличие итоговой оценки от {reference}, в баллах (+ = мягче).",
        "benchmark_ref": "эталонных ответов", "others_ref": "среднего других оценщиков",
        "splits": "Где оценщики разошлись", "no_splits": "Оценщики согласны по всем критериям.",
        "benchmark": "Эталонный ответ", "answer": "Ответ", "comment": "Комментарий",
        "deadline": "срок {date}", "state_open": "открыта", "state_closed": "закрыта", "undefined": "не определена",
    },
    "lv": {
        "title": "Kalibrēšanas pārskats", "overall_alpha": "Krippendorfa alfa (vērtējumi)",
        "agreement": "Saskaņa", "reviewers": "Vērtētāji", "conversations": "Sarunas",
        "criteria": "Saskaņa pa kritērijiem", "criterion": "Kritērijs", "level": "Skala", "alpha": "Alfa",
        "interval": "95% intervāls", "agree": "Sask. %", "units": "Vien.", "n_reviewers": "Vērt.",
        "nominal": "jā/nē", "ordinal": "kārtas", "interval_level": "punkti", "overall": "Kopējais vērtējums",
        "by_reviewer": "Vērtētāji", "reviewer": "Vērtētājs", "reviews": "Vērtējumi",
        "alignment": "Sakrīt ar etalonu", "leniency": "Iecietība (punkti)",
        "reading": "Alfa ņem vērā nejaušu sakritību: 1 — pilnīga saskaņa, 0 — ne labāk kā nejauši. No 0,80 "
                   "vērtējumiem var uzticēties; 0,67–0,80 — tikai iepriekšēji secinājumi; zemāk — jākalibrē "
                   "vēlreiz. Iecietība: vidējā kopvērtējuma atšķirība no {reference}, punktos (+ = iecietīgāk).",
        "benchmark_ref": "etalona atbildēm", "others_ref": "citu vērtētāju vidējā",
        "splits": "Kur vērtētāji nebija vienisprātis", "no_splits": "Vērtētāji bija vienisprātis visos kritērijos.",
        "benchmark": "Etalona atbilde", "answer": "Atbilde", "comment": "Komentārs",
        "deadline": "termiņš {date}", "state_open": "atvērta", "state_closed": "slēgta", "undefined": "nav definēta",
    },
}


def _alpha_markup(value: float | None, undefined: str) -> str:
    if value is None:
        return f"<font color='#{MUTED.hexval()[2:]}'>{escape(undefined)}</font>"
    colour = GOOD if value >= 0.8 else WARN if value >= 0.667 else BAD
    return f"<font color='#{colour.hexval()[2:]}'><b>{value:.2f}</b></font>"


def _interval(ci) -> str:
    return "—" if not ci else f"{ci[0]:.2f} – {ci[1]:.2f}"


def _number(value, digits=1, sign=False) -> str:
    if value is None:
        return "—"
    return f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"


def write_calibration_pdf(report: "CalibrationReport", path: str | Path, language: str = "en", cancel=None) -> Path:
    t = Messages(language)
    x = TEXTS.get(language, TEXTS["en"])
    s = report.session
    subject = s.name
    facts = [s.rubric_id, x["state_" + s.state]]
    if s.deadline:
        facts.append(x["deadline"].format(date=s.deadline))
    story = [p(x["title"], "title"), p(f"{s.name} · " + " · ".join(facts), "subtitle")]
    o = report.overall
    story.append(key_figures([
        (x["overall_alpha"], "—" if o.alpha is None else f"{o.alpha:.2f}", _interval(o.alpha_ci)),
        (x["agreement"], _number(o.percent_agreement) + ("%" if o.percent_agreement is not None else ""), ""),
        (x["reviewers"], str(len(report.reviewers)), ""),
        (x["conversations"], str(len(s.conversation_ids)), ""),
    ]))
    story += [Spacer(1, 6), p(x["criteria"], "h1")]
    levels = {"nominal": x["nominal"], "ordinal": x["ordinal"], "interval": x["interval_level"]}
    rows = [[x["criterion"], x["level"], x["alpha"], x["interval"], x["agree"], x["units"], x["n_reviewers"]]]
    for c in report.criteria:
        rows.append([p(shorten(c.title, 60), "cell"), levels[c.level], pm(_alpha_markup(c.alpha, x["undefined"]), "cell"),
                     _interval(c.alpha_ci), _number(c.percent_agreement), str(c.n_units), str(c.n_reviewers)])
    rows.append([p(x["overall"], "cell_bold"), levels[o.level], pm(_alpha_markup(o.alpha, x["undefined"]), "cell"),
                 _interval(o.alpha_ci), _number(o.percent_agreement), str(o.n_units), str(o.n_reviewers)])
    w = CONTENT_WIDTH
    story.append(table(rows, [w * 0.36, w * 0.11, w * 0.09, w * 0.16, w * 0.1, w * 0.09, w * 0.09], numeric_from=2))
    story.append(p(x["by_reviewer"], "h1"))
    rows = [[x["reviewer"], x["reviews"], x["alignment"], x["leniency"]]]
    for r in report.reviewers:
        rows.append([p(r.name, "cell"), str(r.reviews), _number(r.alignment) + ("%" if r.alignment is not None else ""),
                     _number(r.leniency, sign=True)])
    story.append(table(rows, [w * 0.4, w * 0.15, w * 0.25, w * 0.2], numeric_from=1))
    reference = x["benchmark_ref"] if s.benchmark_reviewer else x["others_ref"]
    story += [Spacer(1, 6), p(x["reading"].format(reference=reference), "small"), PageBreak(), p(x["splits"], "h1")]
    if not report.disagreements:
        story.append(p(x["no_splits"]))
    for d in report.disagreements:
        block = [p(f"#{d.conversation_id} {d.conversation} · {d.criterion}", "h2")]
        if d.benchmark:
            block.append(p(f"{x['benchmark']}: {d.benchmark}", "small"))
        rows = [[x["reviewer"], x["answer"], x["comment"]]]
        for opinion in d.opinions:
            rows.append([p(opinion.reviewer, "cell"), p(opinion.answer, "cell"), p(opinion.comment or "—", "cell")])
        block.append(table(rows, [w * 0.22, w * 0.18, w * 0.6]))
        quotes = {}
        for opinion in d.opinions:
            if opinion.quote:
                quotes.setdefault(opinion.quote, []).append(opinion.reviewer)
        for quote, who in quotes.items():
            block += [Spacer(1, 3), quote_box(quote, ", ".join(who))]
        story.append(KeepTogether(block + [Spacer(1, 8)]))

    def make(handle) -> None:
        doc = ReportDocument(handle, title=x["title"], subject=subject, messages=t, cancel=cancel)
        doc.build(story)

    return write_atomically(path, make)

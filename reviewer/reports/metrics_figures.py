"""Conversation metrics in the PDF reports: per-employee medians in the team summary, and the
employee's figures against the team's in the coaching report.

Medians over the reviewed conversations in the report (a figure a conversation does not have,
such as a chat's silences, is left out rather than counted as zero). The texts live here, in
the three report languages, so this block has one home.
"""

from __future__ import annotations

from typing import Iterable

from reportlab.platypus import KeepTogether

from reviewer.reports.pdf_style import CONTENT_WIDTH, p, table

# (metric, kind): how each is shown (reviewer.metrics.medians gives the values).
FIGURES = (
    ("agent_talk_share", "share"),
    ("longest_silence_ms", "seconds"),
    ("overtalk_ms", "seconds"),
    ("agent_interruptions", "count"),
    ("agent_wpm", "count"),
    ("first_reply_ms", "wait"),
    ("longest_wait_ms", "wait"),
)

_TEXTS = {
    "en": {
        "title": "Conversation figures",
        "team_note": "Medians over each employee's reviewed conversations; a dash where none has the figure.",
        "employee_note": "Medians over the reviewed conversations: the employee's against the whole team's.",
        "employee": "Employee", "team": "Team", "figure": "Figure",
        "agent_talk_share": "Agent talk share", "longest_silence_ms": "Longest silence",
        "overtalk_ms": "Overtalk", "agent_interruptions": "Cut in on the customer", "agent_wpm": "Words per minute",
        "first_reply_ms": "First reply", "longest_wait_ms": "Longest wait",
    },
    "ru": {
        "title": "Показатели разговоров",
        "team_note": "Медианы по оценённым разговорам каждого сотрудника; прочерк — показателя нет.",
        "employee_note": "Медианы по оценённым разговорам: сотрудника и всей команды.",
        "employee": "Сотрудник", "team": "Команда", "figure": "Показатель",
        "agent_talk_share": "Доля речи оператора", "longest_silence_ms": "Самая долгая тишина",
        "overtalk_ms": "Одновременная речь", "agent_interruptions": "Перебивал клиента", "agent_wpm": "Слов в минуту",
        "first_reply_ms": "Первый ответ", "longest_wait_ms": "Самое долгое ожидание",
    },
    "lv": {
        "title": "Sarunu rādītāji",
        "team_note": "Mediānas pēc katra darbinieka novērtētajām sarunām; svītra, ja rādītāja nav.",
        "employee_note": "Mediānas pēc novērtētajām sarunām: darbinieka un visas komandas.",
        "employee": "Darbinieks", "team": "Komanda", "figure": "Rādītājs",
        "agent_talk_share": "Operatora runas daļa", "longest_silence_ms": "Garākais klusums",
        "overtalk_ms": "Vienlaicīga runa", "agent_interruptions": "Pārtrauca klientu", "agent_wpm": "Vārdi minūtē",
        "first_reply_ms": "Pirmā atbilde", "longest_wait_ms": "Garākā gaidīšana",
    },
}


def _t(language: str, key: str) -> str:
    return _TEXTS.get(language, _TEXTS["en"]).get(key) or _TEXTS["en"][key]


_UNITS = {"en": ("s", "min", "h"), "ru": ("с", "мин", "ч"), "lv": ("s", "min", "h")}


def shown(value: float | None, kind: str, language: str = "en") -> str:
    if value is None:
        return "\u2014"
    s, minutes, hours = _UNITS.get(language, _UNITS["en"])
    if kind == "share":
        return f"{value:.0%}"
    if kind == "seconds":
        return f"{value / 1000:.1f} {s}"
    if kind == "wait":
        seconds = value / 1000
        if seconds < 120:
            return f"{seconds:.0f} {s}"
        return f"{seconds / 60:.0f} {minutes}" if seconds < 7200 else f"{seconds / 3600:.1f} {hours}"
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _present(rows: Iterable[dict]) -> list[tuple[str, str]]:
    """The figures at least one row has (a chat-only team gets no silence column)."""
    rows = list(rows)
    return [(key, kind) for key, kind in FIGURES if any(r.get(key) is not None for r in rows)]


def team_table(named: list[tuple[str, dict]], language: str) -> list:
    """The team summary's block: one row per employee, a column per figure."""
    figures = _present(m for _, m in named)
    if not figures:
        return []
    first = 130
    width = (CONTENT_WIDTH - first) / len(figures)
    rows = [[p(_t(language, "employee"), "label")] + [p(_t(language, key), "label") for key, _ in figures]]
    rows += [[p(name, "cell")] + [shown(m.get(key), kind, language) for key, kind in figures] for name, m in named]
    return [KeepTogether([p(_t(language, "title"), "h1"), p(_t(language, "team_note"), "small"),
                          table(rows, [first] + [width] * len(figures), numeric_from=1)])]


def comparison_table(own: dict, team: dict, language: str) -> list:
    """The coaching report's block: each figure, the employee's median beside the team's."""
    figures = _present([own, team])
    if not figures:
        return []
    rows = [[p(_t(language, k), "label") for k in ("figure", "employee", "team")]]
    rows += [[p(_t(language, key), "cell"), shown(own.get(key), kind, language), shown(team.get(key), kind, language)]
             for key, kind in figures]
    return [KeepTogether([p(_t(language, "title"), "h1"), p(_t(language, "employee_note"), "small"),
                          table(rows, [CONTENT_WIDTH - 200, 100, 100], numeric_from=1)])]

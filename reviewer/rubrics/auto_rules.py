"""Checking a criterion's automatic check (``[sections.criteria.auto]``) in a rubric file.

Every problem is reported with the file, line and field like the rest of the rubric: an unknown
check kind, a phrase list that is not a list, a threshold that is not a number, a metric that
does not exist, an answer that is not on the criterion's scale.
"""

from __future__ import annotations

import difflib
from typing import Any

from reviewer.domain.checks import CheckKind, Flag
from reviewer.domain.rubric import LANGUAGES, NOT_APPLICABLE, Scale

_SCOPES = ("within_turns", "last_turns", "within_seconds")


def _kinds() -> str:
    return ", ".join(f'"{k}"' for k in CheckKind)


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def check_auto(checker, raw: Any, path: tuple, scale: Scale | None, na_allowed: bool) -> dict | None | bool:
    """The rule as the checks read it (answers normalized), or False when it has problems."""
    from reviewer.checks import COMMON_KEYS, check_module

    if not isinstance(raw, dict):
        checker.problem(path, f"auto must be a table with a kind and its rule (got {_show(raw)})")
        return False
    before = len(checker.problems)
    kind = raw.get("kind")
    if kind is None:
        checker.problem(path + ("kind",), f"missing; say which check: {_kinds()}")
        return False
    if kind not in set(CheckKind):
        hint = difflib.get_close_matches(str(kind), list(CheckKind), n=1)
        suffix = f' (did you mean "{hint[0]}"?)' if hint else ""
        checker.problem(path + ("kind",), f"unknown check kind {_show(kind)}{suffix}; use {_kinds()}")
        return False
    allowed = ("kind", *check_module(kind).KEYS, *COMMON_KEYS)
    rule: dict = {"kind": kind}
    for key, value in raw.items():
        if key == "kind":
            continue
        if key not in allowed:
            hint = difflib.get_close_matches(key, allowed, n=1)
            suffix = f' (did you mean "{hint[0]}"?)' if hint else f"; a {kind} check reads: {', '.join(allowed[1:]) or 'nothing else'}"
            checker.problem(path + (key,), f'unknown key "{key}"{suffix}')
            continue
        rule[key] = value
    if kind in (CheckKind.PHRASE, CheckKind.AVOID) and "phrases" not in raw:
        checker.problem(path + ("phrases",), "missing; list the phrases per language (ru = [...], lv = [...], en = [...])")
    for key in ("phrases", "also", "allow", "applies_if_said"):
        if key in rule:
            rule[key] = _phrase_table(checker, rule[key], path + (key,))
    scopes = [k for k in _SCOPES if k in rule]
    if len(scopes) > 1:
        checker.problem(path + (scopes[1],), f"use only one of {', '.join(_SCOPES)}")
    for key in ("within_turns", "last_turns", "min_count", "partly_max"):
        if key in rule:
            value = rule[key]
            low = 0 if key == "partly_max" else 1
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                checker.problem(path + (key,), f"{key} must be a whole number of at least {low} (got {_show(value)})")
    if "within_seconds" in rule and not _number(rule["within_seconds"], positive=True):
        checker.problem(path + ("within_seconds",), f"within_seconds must be a number above 0 (got {_show(rule['within_seconds'])})")
    if "about" in rule:
        from reviewer.checks.question import ABOUT

        if rule["about"] not in ABOUT:
            checker.problem(path + ("about",), f"about must be {', '.join(repr(a) for a in ABOUT)} (got {_show(rule['about'])})")
    if "experimental" in rule and not isinstance(rule["experimental"], bool):
        checker.problem(path + ("experimental",), f"experimental must be true or false (got {_show(rule['experimental'])})")
    if "with_name" in rule and not isinstance(rule["with_name"], bool):
        checker.problem(path + ("with_name",), f"with_name must be true or false (got {_show(rule['with_name'])})")
    if "flag" in rule and rule["flag"] not in set(Flag):
        checker.problem(path + ("flag",), f"unknown flag {_show(rule['flag'])}; use {', '.join(repr(str(f)) for f in Flag)}")
    if "applies_if_metric" in rule:
        _condition(checker, rule["applies_if_metric"], path + ("applies_if_metric",))
    if kind == CheckKind.METRIC:
        _metric_rule(checker, rule, raw, path, scale, na_allowed)
    return rule if len(checker.problems) == before else False


def _condition(checker, value: Any, path: tuple) -> None:
    from reviewer.checks.metric_source import metric_names

    if not isinstance(value, dict) or set(value) != {"metric", "above"}:
        checker.problem(path, 'must be a table { metric = "longest_wait_ms", above = 60000 }')
        return
    if value["metric"] not in metric_names():
        checker.problem(path + ("metric",), f"unknown metric {_show(value['metric'])}; known metrics: {', '.join(metric_names())}")
    if not _number(value["above"]):
        checker.problem(path + ("above",), f"above must be a number (got {_show(value['above'])})")


def _number(value: Any, positive: bool = False) -> bool:
    ok = not isinstance(value, bool) and isinstance(value, (int, float)) and value == value
    return ok and (value > 0 if positive else True)


def _phrase_table(checker, value: Any, path: tuple):
    def strings(items: Any, where: tuple) -> list[str] | None:
        if not isinstance(items, list) or not items:
            checker.problem(where, f"must be a list of phrases such as [\"добрый день\", \"здравствуйте\"] (got {_show(items)})")
            return None
        bad = [i for i in items if not isinstance(i, str) or not i.strip()]
        if bad:
            checker.problem(where, f"every phrase must be non-empty text (got {_show(bad[0])})")
            return None
        return [i.strip() for i in items]

    if isinstance(value, list):
        return strings(value, path)
    if not isinstance(value, dict):
        checker.problem(path, f"must be a list of phrases, or a table of them per language (ru, lv, en) (got {_show(value)})")
        return None
    table = {}
    for lang, items in value.items():
        if lang not in LANGUAGES:
            checker.problem(path + (lang,), f'unknown language "{lang}"; use "en", "ru" or "lv"')
            continue
        found = strings(items, path + (lang,))
        if found is not None:
            table[lang] = found
    return table


def _answer(checker, value: Any, where: tuple, scale: Scale | None, na_allowed: bool):
    if scale is None:
        return value
    if isinstance(value, str) and value.strip().lower() in (NOT_APPLICABLE, "na"):
        if not na_allowed:
            checker.problem(where, "N/A is not allowed for this criterion (na_allowed is false)")
        return NOT_APPLICABLE
    try:
        return scale.normalize(value)
    except ValueError as exc:
        checker.problem(where, f"the answer must be on the criterion's scale: {exc}")
        return value


def _metric_rule(checker, rule: dict, raw: dict, path: tuple, scale: Scale | None, na_allowed: bool) -> None:
    from reviewer.checks.metric_source import metric_names

    metric = raw.get("metric")
    names = metric_names()
    if metric is None:
        checker.problem(path + ("metric",), "missing; name the metric, e.g. \"first_reply_ms\"")
    elif metric not in names:
        hint = difflib.get_close_matches(str(metric), names, n=1)
        suffix = f' (did you mean "{hint[0]}"?)' if hint else f"; known metrics: {', '.join(names)}"
        checker.problem(path + ("metric",), f"unknown metric {_show(metric)}{suffix}")
    bands = raw.get("bands")
    if bands is None:
        checker.problem(path + ("bands",), "missing; list the bands as [{ at_most = 30000, answer = \"yes\" }, ...]")
        return
    if not isinstance(bands, list) or not bands or not all(isinstance(b, dict) for b in bands):
        checker.problem(path + ("bands",), f"bands must be a list of {{ at_most = N, answer = A }} tables (got {_show(bands)})")
        return
    out, last = [], None
    for i, band in enumerate(bands):
        where = path + ("bands", i)
        for key in band:
            if key not in ("at_most", "answer"):
                checker.problem(where + (key,), f'unknown key "{key}" in a band; use at_most and answer')
        limit = band.get("at_most")
        if limit is None or not _number(limit):
            checker.problem(where + ("at_most",), f"at_most must be a number (got {_show(limit) if limit is not None else 'nothing'})")
            continue
        if last is not None and limit <= last:
            checker.problem(where + ("at_most",), f"bands must rise: {limit} is not above {last}")
        last = limit
        if "answer" not in band:
            checker.problem(where + ("answer",), "missing; the answer a value within this band earns")
            continue
        out.append({"at_most": limit, "answer": _answer(checker, band["answer"], where + ("answer",), scale, na_allowed)})
    rule["bands"] = out
    if "otherwise" in raw:
        rule["otherwise"] = _answer(checker, raw["otherwise"], path + ("otherwise",), scale, na_allowed)

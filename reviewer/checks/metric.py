"""Kind "metric": a conversation metric against thresholds, mapped onto the criterion's scale.

Rule keys: ``metric`` (a name of ``reviewer metrics --json``, e.g. "first_reply_ms");
``bands``: a list of ``{ at_most = N, answer = A }`` in rising order (N in the metric's own
unit, milliseconds for the ``_ms`` metrics): the first band the value fits gives its answer;
``otherwise``: the answer above the last band (default: the bottom of the scale); ``flag``: a
library flag raised when the value is above the first band ("slow_first_reply").
A metric that cannot be computed gives N/A where allowed, else no suggestion.
"""

from __future__ import annotations

from reviewer.checks.base import bottom, not_applicable, suggestion
from reviewer.checks.context import CheckContext
from reviewer.domain.checks import Evidence, Flag, Reason, clock, length_text

KEYS = ("metric", "bands", "otherwise", "flag")

NAMES = {
    "first_reply_ms": "First reply",
    "longest_wait_ms": "Longest wait",
    "longest_silence_ms": "Longest silence",
    "overtalk_ms": "Overtalk",
    "agent_talk_share": "Agent talk share",
}


def _value_text(metric: str, value) -> str:
    if metric.endswith("_ms") and isinstance(value, (int, float)):
        return length_text(int(value))
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _wait_evidence(ctx: CheckContext, metrics: dict, metric: str, value):
    """The customer message the wait began with and the reply that ended it."""
    from reviewer.checks.metric_source import _wait_starts
    from reviewer.domain.replies import reply_times

    waits = reply_times(ctx.turns)
    starts = _wait_starts(ctx.turns, waits)  # from the turns: the real metrics need not carry it
    if metric == "first_reply_ms":
        replies = [i for i in sorted(waits)][:1]
    else:
        replies = [i for i, w in waits.items() if w == value][:1]
    for reply in replies:
        first = starts.get(reply)
        if first is None:
            continue
        turn = ctx.turns[first] if first < len(ctx.turns) and ctx.turns[first].index == first else None
        turn = turn or next((t for t in ctx.turns if t.index == first), None)
        evidence = [Evidence(turn=first), Evidence(turn=reply)]
        return evidence, (ctx.moment(turn) if turn else "?")
    return [], "?"


def run(ctx: CheckContext, rule: dict, criterion):
    metric = rule["metric"]
    metrics = ctx.metrics()
    value = metrics.get(metric)
    label = NAMES.get(metric, metric)
    if value is None or isinstance(value, (list, dict)):
        return not_applicable(criterion, Reason("metric_missing", {"metric": label}))
    answer = rule.get("otherwise", bottom(criterion))
    bands = rule["bands"]
    rule_text = f"> {_value_text(metric, bands[-1]['at_most'])}"
    for band in bands:
        if value <= band["at_most"]:
            answer = band["answer"]
            rule_text = f"≤ {_value_text(metric, band['at_most'])}"
            break
    flags = (Flag(rule["flag"]),) if rule.get("flag") and value > bands[0]["at_most"] else ()
    shown = _value_text(metric, value)
    evidence: list[Evidence] = []
    reason = Reason("metric", {"metric": label, "value": shown, "rule": rule_text})
    if metric in ("first_reply_ms", "longest_wait_ms") and value > 0:
        evidence, at = _wait_evidence(ctx, metrics, metric, value)
        if evidence:
            reason = Reason("wait", {"value": shown, "at": at})
    elif metric == "longest_silence_ms" and metrics.get("silences"):
        longest = max(metrics["silences"], key=lambda s: s["end_ms"] - s["start_ms"])
        evidence = [Evidence(start_ms=int(longest["start_ms"]), end_ms=int(longest["end_ms"]))]
        reason = Reason("silence", {"value": shown, "at": clock(longest["start_ms"])})
    return suggestion(criterion, answer, 0.9, reason, evidence, flags)

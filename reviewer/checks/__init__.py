"""Automatic QA: every criterion that carries a check in its rubric gets a suggestion.

One module per check kind (``phrase``, ``avoid``, ``question``, ``name``, ``formal_address``,
``spelling``, ``metric``), each with ``KEYS`` (the rule keys it reads) and ``run(context, rule,
criterion) -> Suggestion | None``; ``run_checks`` runs a rubric's checks on a conversation.
A check that breaks is reported for its criterion and never stops the others.
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import Callable

from reviewer.domain.checks import AutoResult, CheckKind, Reason, Suggestion
from reviewer.domain.conversation import Conversation
from reviewer.domain.rubric import NOT_APPLICABLE, Rubric

#: Rule keys every kind reads: the situation the criterion is about must have arisen, else N/A
#: (or no suggestion where N/A is not allowed). ``applies_if_said``: a phrase table looked for
#: in every turn, whoever said it ("price", "€"); ``applies_if_metric``: { metric, above }.
#: ``experimental = true``: the check has not (yet) reached the agreement with reviewers that an
#: automated criterion needs (benchmarks/bench_autoqa.py); its suggestion is shown, marked as
#: experimental, but it neither pre-fills the draft nor counts in the auto score.
COMMON_KEYS = ("applies_if_said", "applies_if_metric", "experimental")


def applies(ctx, rule: dict) -> bool:
    if "applies_if_said" not in rule and "applies_if_metric" not in rule:
        return True
    from reviewer.checks.text import find

    said = rule.get("applies_if_said")
    if said is not None:
        phrases = ctx.phrases(said)
        if not any(find(ctx.text(t), phrases, fuzzy=ctx.spoken) for t in ctx.turns if t.text):
            return False
    condition = rule.get("applies_if_metric")
    if condition is not None:
        value = ctx.metrics().get(condition["metric"])
        if not isinstance(value, (int, float)) or value <= condition["above"]:
            return False
    return True

_MODULES = {
    CheckKind.PHRASE: "phrase",
    CheckKind.AVOID: "avoid",
    CheckKind.QUESTION: "question",
    CheckKind.NAME: "names",
    CheckKind.FORMAL_ADDRESS: "formal",
    CheckKind.SPELLING: "spelling",
    CheckKind.METRIC: "metric",
}


_LOADED: dict[str, object] = {}


def check_module(kind: str):
    module = _LOADED.get(kind)
    if module is None:
        module = _LOADED[kind] = importlib.import_module(f"{__name__}.{_MODULES[CheckKind(kind)]}")
    return module


def _on_scale(criterion) -> tuple:
    values = tuple(criterion.scale.values())
    return values + (NOT_APPLICABLE,) if criterion.na_allowed else values


def automated(rubric: Rubric) -> list:
    """The criteria of a rubric that carry a check."""
    return [c for c in rubric.criteria() if c.auto]


def run_checks(
    conversation: Conversation,
    rubric: Rubric,
    metrics_loader: Callable[[Conversation], dict] | None = None,
    glossary: tuple[str, ...] = (),
) -> AutoResult:
    from reviewer.checks.context import CheckContext
    from reviewer.domain.scoring import score_review

    ctx = CheckContext(conversation, metrics_loader, tuple(glossary))
    suggestions, errors = {}, {}
    has_agent = bool(ctx.agent_turns())
    for criterion in automated(rubric):
        rule = criterion.auto
        if not has_agent and rule["kind"] != CheckKind.METRIC:
            continue  # who said what is not known yet (a mono call before speakers are set)
        try:
            if applies(ctx, rule):
                found = check_module(rule["kind"]).run(ctx, rule, criterion)
            elif criterion.na_allowed:
                found = Suggestion(criterion.id, NOT_APPLICABLE, 0.6, Reason("not_arisen"))
            else:
                found = None
            if found is not None and found.answer not in _on_scale(criterion):
                criterion.check(found.answer)  # a rule's answer off the scale is a broken check
        except Exception as exc:  # one broken check must not stop the others
            errors[criterion.id] = f"{type(exc).__name__}: {exc}"
            continue
        if found is not None:
            if rule.get("experimental"):
                found = dataclasses.replace(found, experimental=True)
            suggestions[criterion.id] = found
    score = None
    counted = {cid: s.answer for cid, s in suggestions.items() if not s.experimental}
    if counted:
        score = score_review(rubric, counted).total
    return AutoResult(
        conversation.id or 0, rubric.id, rubric.version, suggestions, score, errors
    )

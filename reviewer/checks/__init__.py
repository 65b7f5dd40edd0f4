"""Automatic QA: every criterion that carries a check in its rubric gets a suggestion.

One module per check kind (``phrase``, ``avoid``, ``question``, ``name``, ``formal_address``,
``spelling``, ``metric``), each with ``KEYS`` (the rule keys it reads) and ``run(context, rule,
criterion) -> Suggestion | None``; ``run_checks`` runs a rubric's checks on a conversation.
A check that breaks is reported for its criterion and never stops the others.
"""

from __future__ import annotations

import importlib
from typing import Callable

from reviewer.domain.checks import AutoResult, CheckKind
from reviewer.domain.conversation import Conversation
from reviewer.domain.rubric import Rubric

_MODULES = {
    CheckKind.PHRASE: "phrase",
    CheckKind.AVOID: "avoid",
    CheckKind.QUESTION: "question",
    CheckKind.NAME: "names",
    CheckKind.FORMAL_ADDRESS: "formal",
    CheckKind.SPELLING: "spelling",
    CheckKind.METRIC: "metric",
}


def check_module(kind: str):
    return importlib.import_module(f"{__name__}.{_MODULES[CheckKind(kind)]}")


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
            found = check_module(rule["kind"]).run(ctx, rule, criterion)
            if found is not None:
                criterion.check(found.answer)  # a rule's answer off the scale is a broken check
        except Exception as exc:  # one broken check must not stop the others
            errors[criterion.id] = f"{type(exc).__name__}: {exc}"
            continue
        if found is not None:
            suggestions[criterion.id] = found
    score = None
    if suggestions:
        score = score_review(rubric, {cid: s.answer for cid, s in suggestions.items()}).total
    return AutoResult(
        conversation.id or 0, rubric.id, rubric.version, suggestions, score, errors
    )

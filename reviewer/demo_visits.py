"""The demo's mystery-shopper visits: visit forms from recordings/visits, stored with their
photos and a submitted review each, so the visit screens and reports have something to show."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from reviewer.domain.visit import PERSONA_CRITERIA


def add_demo_visits(library, source: Path, entries: list[dict], error: type[Exception]) -> int:
    """Store every [[visit]] of the manifest; returns how many. ``error`` is raised naming the
    manifest entry and the problem."""
    from reviewer.domain import AnswerError, ReviewError
    from reviewer.domain.visit import VisitError
    from reviewer.rubrics.catalog import load_catalog
    from reviewer.visits.form import FormError, read_form

    rubric = load_catalog(library.root).get("visit")
    for number, entry in enumerate(entries, start=1):
        where = f"{source / 'demo.toml'}: visit {number}"
        try:
            path = source / entry["form"]
            submitted_at = datetime.fromisoformat(entry["submitted_at"])
        except KeyError as exc:
            raise error(f"{where}: missing {exc.args[0]!r}") from None
        except ValueError as exc:
            raise error(f"{where}: submitted_at: {exc}") from None
        try:
            form = read_form(path)
            with library.transaction():
                cid = library.visits.create(form.visit, source_name=path.name)
                for file in form.attachments:
                    library.visits.add_attachment(cid, file)
                started = submitted_at - timedelta(minutes=25)
                review = library.reviews.create(cid, rubric, form.reviewer or form.visit.shopper, at=started)
                library.reviews.set_answers(review.id, _answers(rubric, form), at=started)
                library.reviews.submit(review.id, at=submitted_at)
        except (FormError, VisitError, AnswerError, ReviewError) as exc:
            raise error(f"{where}: {exc}") from None
    return len(entries)


def _answers(rubric, form) -> list[tuple[str, object, str, list]]:
    """The form's answers; the personas not played N/A; every other criterion the top answer."""
    given = {criterion_id: (value, comment, evidence) for criterion_id, value, comment, evidence in form.answers or []}
    played = PERSONA_CRITERIA.get(form.visit.persona)
    answers = []
    for criterion in rubric.criteria():
        if criterion.id in given:
            value, comment, evidence = given[criterion.id]
            answers.append((criterion.id, value, comment, evidence))
        elif criterion.id in PERSONA_CRITERIA.values() and criterion.id != played:
            answers.append((criterion.id, "n/a", "", []))
        else:
            answers.append((criterion.id, criterion.scale.top, "", []))
    return answers

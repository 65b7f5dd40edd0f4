"""reviewer visit new|show|attach : mystery-shopper visits and test calls from scripts."""

from __future__ import annotations

import sys
from pathlib import Path

from reviewer.cli.common import whole_number

FORM_HELP = """The form is a JSON object: visited_at (required, "2026-11-24T14:05"), channel ("visit" or
"call" for a test call), branch, address, employee (the name) or employee_description, scenario,
persona (unaware, expert, rude, suspicious, or custom with persona_custom), wait and length
("m:ss", "h:mm:ss" or seconds; or wait_ms and length_ms), notes, shopper, attachments (photo and
audio file paths, relative to the JSON file), and optionally answers for the visit rubric (as in
`reviewer review`'s answers file) with reviewer and submit."""


def register(sub) -> None:
    p = sub.add_parser("visit", help="log a mystery-shopper visit or test call, or show one",
                       description="Mystery-shopper visits and test calls.")
    commands = p.add_subparsers(dest="visit_command", metavar="new|show|attach", required=True)

    new = commands.add_parser("new", help="a visit from a JSON form; prints its conversation id",
                              description="Store a visit or test call from a JSON form, with its photos and audio"
                              " and, optionally, its review. Prints the new conversation id.", epilog=FORM_HELP)
    new.add_argument("--from", dest="form", required=True, metavar="FILE.json", help="the visit form")
    new.add_argument("--reviewer", metavar="NAME",
                     help="who scores it (default: the form's reviewer, then its shopper, then the reviewer_name setting)")
    new.add_argument("--submit", action="store_true", help="submit the review (every criterion answered)")
    new.add_argument("--json", action="store_true", help="print the stored visit as JSON instead of its id")
    new.set_defaults(func=run_new)

    show = commands.add_parser("show", help="a visit with its facts, attachments and lateness")
    show.add_argument("id", type=whole_number, metavar="ID")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(func=run_show)

    attach = commands.add_parser("attach", help="add photos or audio to a visit")
    attach.add_argument("id", type=whole_number, metavar="ID")
    attach.add_argument("files", nargs="+", metavar="FILE")
    attach.set_defaults(func=run_attach)


# JSON and text ------------------------------------------------------------------------------


def visit_json(library, visit) -> dict:
    """The stable JSON shape of a visit (`visit show --json`, and `show --json`'s "visit")."""
    from reviewer.domain.visit import photo_mismatch

    conversation = library.conversations.get(visit.conversation_id, with_turns=False)
    recording = conversation.recording_path if conversation else None
    first = library.visits.first_submitted_at(visit.conversation_id)
    return {
        "conversation_id": visit.conversation_id,
        "channel": str(visit.channel),
        "visited_at": visit.visited_at,
        "branch": visit.branch,
        "address": visit.address,
        "employee": visit.employee,
        "employee_description": visit.employee_description,
        "scenario": visit.scenario,
        "persona": None if visit.persona is None else str(visit.persona),
        "persona_custom": visit.persona_custom,
        "wait_ms": visit.wait_ms,
        "length_ms": visit.length_ms,
        "notes": visit.notes,
        "shopper": visit.shopper,
        "first_submitted_at": first,
        "late": library.visits.late(visit.conversation_id),
        "attachments": [
            {
                "id": a.id,
                "kind": str(a.kind),
                "name": a.name,
                "sha256": a.sha256,
                "path": str(library.root / a.path),
                "taken_at": a.taken_at,
                "time_mismatch": photo_mismatch(visit, a),
                "recording": recording is not None and a.path == f"recordings/{recording}",
                "added_at": a.added_at,
            }
            for a in visit.attachments
        ],
    }


def _when(iso: str | None) -> str:
    return (iso or "")[:16].replace("T", " ")


def visit_lines(data: dict) -> list[str]:
    """The visit as text lines, for `visit show` and `show`."""
    from reviewer.domain.visit import format_duration

    lines = [f"visited:   {_when(data['visited_at'])}"
             + (f", length {format_duration(data['length_ms'])}" if data["length_ms"] is not None else "")
             + (f", waited {format_duration(data['wait_ms'])} before being greeted" if data["wait_ms"] is not None
                else "")]
    for key, label in (("branch", "branch"), ("address", "address")):
        if data[key]:
            lines.append(f"{label + ':':<10} {data[key]}")
    employee = data["employee"] or "not known"
    if data["employee_description"]:
        employee += f" ({data['employee_description']})"
    lines.append(f"employee:  {employee}")
    if data["scenario"]:
        lines.append(f"scenario:  {data['scenario']}")
    if data["persona"]:
        lines.append(f"persona:   {data['persona_custom'] or data['persona']}"
                     + (" (custom)" if data["persona"] == "custom" else ""))
    for key in ("shopper", "notes"):
        if data[key]:
            lines.append(f"{key + ':':<10} {data[key]}")
    if data["first_submitted_at"]:
        late = "  LATE: more than 12 hours after the visit" if data["late"] else ""
        lines.append(f"review:    first submitted {_when(data['first_submitted_at'])} UTC{late}")
    else:
        lines.append("review:    not submitted yet")
    if data["attachments"]:
        lines.append("attachments:")
    for a in data["attachments"]:
        line = f"  #{a['id']} {a['kind']} {a['name']}"
        if a["kind"] == "photo":
            if a["taken_at"]:
                line += f", taken {_when(a['taken_at'])}"
                line += "  MISMATCH: not during the visit" if a["time_mismatch"] else " (during the visit)"
            else:
                line += ", no time in the photo"
        elif a["recording"]:
            line += " (the visit's recording)"
        lines.append(line)
    from reviewer.cli.output import shown

    return [shown(line) for line in lines]


# Commands -----------------------------------------------------------------------------------


def run_new(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.cli.output import shown
    from reviewer.domain import AnswerError, ReviewError
    from reviewer.domain.visit import VisitError, photo_mismatch
    from reviewer.visits.form import FormError, read_form

    path = Path(args.form)
    try:
        form = read_form(path)
    except FormError as exc:
        fail(str(exc), 1)
    submit = args.submit or form.submit
    if submit and form.answers is None:
        fail(f"{path}: answers: --submit needs the visit rubric's answers in the form", 1)
    added = []
    with open_library(args) as library:
        rubric = _visit_rubric(library) if form.answers is not None else None
        review = None
        try:
            # One transaction: a bad attachment or answer leaves no visit, no review, no file.
            with library.transaction():
                cid = library.visits.create(form.visit, source_name=path.name)
                for file in form.attachments:
                    added.append(library.visits.add_attachment(cid, file))
                if rubric is not None:
                    reviewer = args.reviewer or form.reviewer or form.visit.shopper or None
                    review = library.reviews.create(cid, rubric, reviewer)
                    review = library.reviews.set_answers(review.id, form.answers)
                    if submit:
                        review = library.reviews.submit(review.id)
        except (VisitError, AnswerError, ReviewError) as exc:
            library.visits.remove_unused_files(added)
            fail(f"{shown(path)}: {shown(exc)}; nothing was saved", 1)
        except BaseException:
            library.visits.remove_unused_files(added)
            raise
        visit = library.visits.get(cid)
        for a in visit.attachments:
            if photo_mismatch(visit, a):
                print(f"note: {shown(a.name)} was taken {_when(a.taken_at)}, not during the visit", file=sys.stderr)
        if review is not None:
            state = "submitted" if submit else "saved as a draft"
            print(f"note: review {review.id} {state}", file=sys.stderr)
            if library.visits.late(cid):
                print("note: submitted more than 12 hours after the visit: marked late", file=sys.stderr)
        if args.json:
            print_json(visit_json(library, visit))
        else:
            print(cid)
    return 0


def _visit_rubric(library):
    from reviewer.cli.common import fail
    from reviewer.rubrics import RubricNotFound, load_catalog

    try:
        return load_catalog(library.root).get("visit")
    except RubricNotFound as exc:
        fail(f"the visit rubric is not available: {exc.args[0]}", 1)


def run_show(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.cli.output import shown

    with open_library(args) as library:
        visit = library.visits.get(args.id)
        if visit is None:
            fail(f"no visit #{args.id}", 1)
        data = visit_json(library, visit)
        title = visit.title()
    if args.json:
        print_json(data)
        return 0
    print(f"#{args.id}  {shown(title)}")
    for line in visit_lines(data):
        print(line)
    return 0


def run_attach(args) -> int:
    from reviewer.cli.common import fail, open_library
    from reviewer.cli.output import shown
    from reviewer.domain.visit import AttachmentError, photo_mismatch

    failed = 0
    with open_library(args) as library:
        visit = library.visits.get(args.id)
        if visit is None:
            fail(f"no visit #{args.id}", 1)
        for file in args.files:
            try:
                a = library.visits.add_attachment(args.id, Path(file))
            except AttachmentError as exc:
                print(f"FAILED    {shown(exc)}")
                failed += 1
                continue
            note = ""
            if a.taken_at:
                note = f", taken {_when(a.taken_at)}" + ("  MISMATCH: not during the visit"
                                                         if photo_mismatch(visit, a) else "")
            print(f"attached  {shown(file)}: #{a.id} {a.kind}{note}")
    return 1 if failed else 0

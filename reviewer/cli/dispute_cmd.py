"""reviewer dispute new|decide|list|show : disputes of review answers from the command line."""

from __future__ import annotations

import json

OUTCOMES = {"accepted": "accepted", "partly": "partly_accepted", "partly_accepted": "partly_accepted",
            "rejected": "rejected"}
REASONS = ("reviewer_error", "not_reviewer_error", "rubric_unclear")


def register(sub) -> None:
    p = sub.add_parser("dispute", help="disputes of review answers", description="Raise, decide and list disputes "
                       "of the answers of submitted reviews.")
    commands = p.add_subparsers(dest="dispute_command", metavar="new|decide|list|show", required=True)

    new = commands.add_parser("new", help="dispute one answer of a submitted review")
    new.add_argument("review_id", type=int, metavar="REVIEW_ID")
    new.add_argument("--criterion", required=True, metavar="ID", help="the criterion disputed")
    new.add_argument("--answer", required=True, metavar="ANSWER", help='the answer proposed: "yes", "partly", a number...')
    new.add_argument("--argument", required=True, metavar="TEXT", help="why the answer is wrong")
    new.add_argument("--by", metavar="NAME", help="who raises it (default: the review's employee)")
    new.add_argument("--trainer", action="store_true", help="--by is a trainer raising it on the employee's behalf")
    new.add_argument("--evidence", action="append", default=[], metavar="TURN|START-END",
                     help="a turn number (as `reviewer show` lists them) or a time range in ms, e.g. 4500-7000; repeatable")
    new.add_argument("--json", action="store_true")
    new.set_defaults(func=run_new)

    decide = commands.add_parser("decide", help="accept, partly accept or reject a dispute")
    decide.add_argument("dispute_id", type=int, metavar="DISPUTE_ID")
    decide.add_argument("--outcome", required=True, choices=sorted(OUTCOMES))
    decide.add_argument("--reason", required=True, choices=REASONS)
    decide.add_argument("--answer", metavar="ANSWER", help="with --outcome partly: the new answer")
    decide.add_argument("--note", default="", metavar="TEXT", help="why, in the decider's words")
    decide.add_argument("--by", metavar="NAME", help="who decides (default: the reviewer_name setting); "
                        "never the original reviewer")
    decide.add_argument("--json", action="store_true")
    decide.set_defaults(func=run_decide)

    ls = commands.add_parser("list", help="disputes with their age, oldest first")
    ls.add_argument("--open", action="store_true", help="only open disputes")
    ls.add_argument("--state", choices=["open", "accepted", "partly_accepted", "rejected"])
    ls.add_argument("--employee", metavar="NAME")
    ls.add_argument("--reviewer", metavar="NAME", help="the original reviewer")
    ls.add_argument("--review", type=int, metavar="REVIEW_ID")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)

    show = commands.add_parser("show", help="one dispute")
    show.add_argument("dispute_id", type=int, metavar="DISPUTE_ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)


def parse_answer(text: str):
    """A number on rating and points scales, else the word as given."""
    text = text.strip()
    return int(text) if text.lstrip("-").isdigit() else text


def parse_evidence(items: list[str]) -> list:
    from reviewer.cli.common import fail

    found = []
    for item in items:
        start, sep, end = item.partition("-")
        if not sep and start.strip().isdigit():
            found.append(int(start))
        elif sep and start.strip().isdigit() and end.strip().isdigit():
            found.append({"start_ms": int(start), "end_ms": int(end)})
        else:
            fail(f"--evidence {item!r}: give a turn number or a time range in ms such as 4500-7000", 1)
    return found


def dispute_json(d) -> dict:
    """The stable JSON shape of a dispute (`dispute show --json`, `dispute list --json`)."""
    return {
        "id": d.id, "uid": d.uid, "review_id": d.review_id, "review_uid": d.review_uid,
        "conversation_id": d.conversation_id, "employee": d.employee, "reviewer": d.reviewer,
        "criterion_id": d.criterion_id, "raised_by": d.raised_by, "raised_role": str(d.raised_role),
        "raised_at": d.raised_at, "old_answer": d.old_answer, "proposed": d.proposed, "argument": d.argument,
        "evidence": [e.to_data() for e in d.evidence], "state": str(d.state), "decided_by": d.decided_by,
        "decided_at": d.decided_at, "reason": str(d.reason) if d.reason else None, "decision_note": d.decision_note,
        "new_answer": d.new_answer, "age_days": d.age_days(),
    }


def _show_answer(value) -> str:
    return "-" if value is None else json.dumps(value, ensure_ascii=False)


def _line(d) -> str:
    state = str(d.state)
    return (f"#{d.id:<4} {d.raised_at[:10]}  {d.age_days():>3} d  {state:<15} review #{d.review_id:<5}"
            f" {d.employee or '-':<18} {d.criterion_id}: {_show_answer(d.old_answer)} -> {_show_answer(d.proposed)}"
            f"  (reviewer {d.reviewer})")


def run_new(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.coaching import DisputeRepository
    from reviewer.domain.dispute import DisputeError, RaisedBy
    from reviewer.domain.rubric import AnswerError

    evidence = parse_evidence(args.evidence)
    with open_library(args) as library:
        review = library.reviews.get(args.review_id)
        if review is None:
            fail(f"no review #{args.review_id}", 1)
        by = args.by or review.employee
        if not by:
            fail("the review's conversation has no employee: say who raises the dispute with --by", 1)
        try:
            dispute = DisputeRepository(library).raise_dispute(
                review.id, args.criterion, parse_answer(args.answer), args.argument, by=by,
                role=RaisedBy.TRAINER if args.trainer else RaisedBy.EMPLOYEE, evidence=evidence)
        except (DisputeError, AnswerError) as exc:
            fail(f"{exc}; nothing was saved", 1)
    if args.json:
        print_json(dispute_json(dispute))
    else:
        print(f"dispute {dispute.id} of review {dispute.review_id} ({dispute.criterion_id}) raised by {dispute.raised_by}")
    return 0


def run_decide(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.coaching import DisputeRepository
    from reviewer.domain.dispute import DisputeError
    from reviewer.domain.review import ReviewError
    from reviewer.domain.rubric import AnswerError
    from reviewer.storage.settings import Setting

    with open_library(args) as library:
        by = args.by or library.setting(Setting.REVIEWER_NAME)
        if not by:
            fail("say who decides with --by (or set reviewer_name in the library settings)", 1)
        repo = DisputeRepository(library)
        try:
            dispute = repo.decide(args.dispute_id, OUTCOMES[args.outcome], args.reason, by=by,
                                  new_answer=parse_answer(args.answer) if args.answer else None, note=args.note)
        except (DisputeError, AnswerError, ReviewError) as exc:
            fail(f"{exc}; nothing was changed", 1)
        score = library.reviews.get(dispute.review_id).score().total
    if args.json:
        print_json(dispute_json(dispute) | {"review_total": score})
    else:
        change = (f"; {dispute.criterion_id} is now {_show_answer(dispute.new_answer)}, review score"
                  f" {score:.1f}%" if dispute.new_answer is not None and score is not None else "; the review is unchanged")
        print(f"dispute {dispute.id} {dispute.state} by {dispute.decided_by} ({dispute.reason}){change}")
    return 0


def run_list(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.coaching import DisputeFilter, DisputeRepository
    from reviewer.domain.dispute import DisputeState

    flt = DisputeFilter(state=DisputeState(args.state) if args.state else None, open_only=args.open,
                        employee=args.employee, reviewer=args.reviewer, review_id=args.review)
    with open_library(args) as library:
        disputes = DisputeRepository(library).list(flt)
    if args.json:
        print_json([dispute_json(d) for d in disputes])
        return 0
    if not disputes:
        print("no disputes")
    for d in disputes:
        print(_line(d))
    return 0


def run_show(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.coaching import DisputeRepository

    with open_library(args) as library:
        d = DisputeRepository(library).get(args.dispute_id)
        if d is None:
            fail(f"no dispute #{args.dispute_id}", 1)
    data = dispute_json(d)
    if args.json:
        print_json(data)
        return 0
    role = " (a trainer, for the employee)" if data["raised_role"] == "trainer" else ""
    print(f"Dispute #{d.id} of review #{d.review_id}, conversation #{d.conversation_id} ({d.employee or '-'}),"
          f" reviewer {d.reviewer}")
    print(f"Criterion {d.criterion_id}: {_show_answer(d.old_answer)} -> proposed {_show_answer(d.proposed)}")
    print(f"Raised {d.raised_at} by {d.raised_by}{role}; {data['age_days']} days")
    print(f"Argument: {d.argument}")
    if d.evidence:
        print("Evidence: " + ", ".join(f"turn {e.turn_index}" if e.is_turn else f"{e.start_ms}-{e.end_ms} ms"
                                       for e in d.evidence))
    if d.is_open:
        print("Open: waiting for a decision by someone other than the reviewer")
    else:
        print(f"Decided {d.decided_at} by {d.decided_by}: {d.state} ({d.reason})"
              + (f"; the answer became {_show_answer(d.new_answer)}" if d.new_answer is not None else ""))
        if d.decision_note:
            print(f"Note: {d.decision_note}")
    return 0

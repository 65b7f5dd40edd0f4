"""reviewer sample new|list|show|assign ... / reviewer queue : what to review next."""

from __future__ import annotations

CHANNELS = ("call", "chat", "email", "visit")
STATUSES = ("needs_transcription", "new", "transcribed", "reviewed")


def register(sub) -> None:
    sample = sub.add_parser("sample", help="draw samples of conversations to review and assign them",
                            description="Samples record their rule, random seed and result, so they can be "
                            "audited and drawn again identically.")
    what = sample.add_subparsers(dest="action", metavar="ACTION", required=True)

    new = what.add_parser("new", help="draw a sample", description="Draw conversations: all that match the "
                          "filters, N at random, or N at random per employee and/or per week or month.")
    new.add_argument("-n", type=int, metavar="N", help="how many to draw (per stratum); default all that match")
    new.add_argument("--per-employee", action="store_true", help="N for each employee")
    new.add_argument("--per", choices=["week", "month"], help="N for each week or month")
    new.add_argument("--employee", metavar="NAME")
    new.add_argument("--channel", choices=CHANNELS)
    new.add_argument("--status", choices=STATUSES)
    new.add_argument("--from", dest="since", metavar="DATE", help="conversations from this day (YYYY-MM-DD)")
    new.add_argument("--to", dest="until", metavar="DATE", help="up to this day, inclusive")
    new.add_argument("--score-under", type=float, metavar="PCT", help="latest review score under this")
    new.add_argument("--score-over", type=float, metavar="PCT", help="latest review score over this")
    new.add_argument("--silence-over", type=float, metavar="SECONDS", help="a call's longest silence over this")
    new.add_argument("--first-reply-over", type=float, metavar="SECONDS", help="a chat's first reply later than this")
    new.add_argument("--overtalk-over", type=float, metavar="SECONDS", help="overtalk in total over this")
    new.add_argument("--auto-score-under", type=float, metavar="PCT", help="automatic QA's score under this")
    new.add_argument("--auto-flag", metavar="FLAG", help="automatic QA raised this flag (see reviewer autoqa)")
    new.add_argument("--seed", type=int, help="random seed (default: a new one, recorded with the sample)")
    new.add_argument("--name", default="", help="a name for the sample")
    new.add_argument("--json", action="store_true")
    new.set_defaults(func=run_new)

    lst = what.add_parser("list", help="the samples drawn in this library")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=run_list)

    show = what.add_parser("show", help="one sample: rule, seed, result, and whether it draws the same again")
    show.add_argument("sample", metavar="SAMPLE", help="number or uid (a prefix is enough)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    assign = what.add_parser("assign", help="share a sample among reviewers with a due date")
    assign.add_argument("sample", metavar="SAMPLE")
    assign.add_argument("--reviewer", action="append", required=True, metavar="NAME", help="repeatable")
    assign.add_argument("--due", metavar="DATE", help="YYYY-MM-DD")
    assign.add_argument("--quota", type=int, metavar="N", help="at most N conversations per reviewer")
    assign.add_argument("--json", action="store_true")
    assign.set_defaults(func=run_assign)

    queue = sub.add_parser("queue", help="what is assigned to you (or --reviewer) and still to review")
    queue.add_argument("--reviewer", metavar="NAME", help="default: the reviewer_name setting")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(func=run_queue)


def _sample_data(found, library=None) -> dict:
    data = {"id": found.id, "uid": found.uid, "name": found.name, "rule": found.rule.to_data(),
            "rule_text": found.rule.describe(), "seed": found.seed, "created_by": found.created_by,
            "created_at": found.created_at, "conversations": [d.id for d in found.items],
            "strata": sorted({d.reason for d in found.items if d.reason})}
    return data


def run_new(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.domain.sampling import SampleError, SampleRule
    from reviewer.team import samples

    filters = {k: v for k, v in {
        "employee": args.employee, "channel": args.channel, "status": args.status, "since": args.since,
        "until": args.until, "score_under": args.score_under, "score_over": args.score_over,
        "auto_score_under": args.auto_score_under, "auto_flag": args.auto_flag,
        **{key: int(round(value * 1000)) for key, value in (
            ("silence_over_ms", args.silence_over), ("first_reply_over_ms", args.first_reply_over),
            ("overtalk_over_ms", args.overtalk_over)) if value is not None},
    }.items() if v is not None}
    try:
        rule = SampleRule(n=args.n, per_employee=args.per_employee, period=args.per, filters=filters)
    except SampleError as exc:
        fail(str(exc))
    with open_library(args) as library:
        try:
            found = samples.create_sample(library, rule, seed=args.seed, name=args.name)
        except SampleError as exc:
            fail(str(exc), 1)
        if args.json:
            print_json(_sample_data(found))
        else:
            print(f"sample {found.id} ({found.uid[:8]}): {len(found.items)} conversations, {rule.describe()},"
                  f" seed {found.seed}")
            print("  " + ", ".join(f"#{d.id}" for d in found.items))
    return 0


def run_list(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.team import samples

    with open_library(args) as library:
        found = samples.samples(library)
        if args.json:
            print_json([_sample_data(s) for s in found])
        elif not found:
            print("no samples yet (reviewer sample new ...)")
        for s in found if not args.json else ():
            print(f"{s.id:>4}  {s.uid[:8]}  {s.created_at[:10]}  {len(s.items):>4} conversations  {s.name}")
    return 0


def run_show(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.team import samples

    with open_library(args) as library:
        try:
            found = samples.sample(library, args.sample)
        except LookupError as exc:
            fail(str(exc), 1)
        same = samples.redraw(library, found) == found.items
        data = _sample_data(found) | {"redraws_identically": same}
        if args.json:
            print_json(data)
            return 0
        print(f"sample {found.id} ({found.uid}): {found.name}")
        print(f"  rule: {found.rule.describe()}; seed {found.seed}; by {found.created_by} at {found.created_at}")
        for d in found.items:
            print(f"  #{d.id}" + (f"  {d.reason}" if d.reason else ""))
        print("  drawn again now: " + ("the same conversations" if same else
                                       "DIFFERENT (the qualifying conversations have changed since)"))
    return 0


def run_assign(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.domain.sampling import SampleError
    from reviewer.team import samples

    with open_library(args) as library:
        try:
            made = samples.assign(library, args.sample, args.reviewer, due=args.due, quota=args.quota)
        except (SampleError, LookupError) as exc:
            fail(str(exc), 1)
        if args.json:
            print_json([a.__dict__ for a in made])
            return 0
        for a in made:
            due = f", due {a.due}" if a.due else ""
            print(f"assignment {a.uid[:8]}: {len(a.conversation_ids)} conversations to {a.reviewer}{due}"
                  f"  (send it: reviewer export bundle --assignment {a.uid[:8]} -o FILE)")
    return 0


def run_queue(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.team import samples

    with open_library(args) as library:
        queue = samples.queue(library, args.reviewer)
        if args.json:
            print_json(queue.to_data())
            return 0
        if not queue.items:
            print(f"nothing assigned to {queue.reviewer}")
            return 0
        due = f", due {queue.due}" if queue.due else ""
        print(f"{queue.reviewer}'s queue: {queue.done} of {len(queue.items)} done{due}")
        for item in queue.items:
            mark = "✓" if item.done else " "
            print(f"  [{mark}] #{item.conversation_id:<6} {item.channel:<5} {item.employee or '-':<16} {item.title}")
        nxt = queue.next()
        if nxt:
            print(f"next: #{nxt.conversation_id} (reviewer review {nxt.conversation_id} --answers FILE, or open it in the app)")
    return 0

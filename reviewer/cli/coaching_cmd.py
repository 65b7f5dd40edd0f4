"""reviewer coaching new|list|show|due|done : coaching sessions and their follow-ups."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("coaching", help="coaching sessions and follow-ups",
                       description="Record coaching sessions, list them, and see the follow-ups that are due.")
    commands = p.add_subparsers(dest="coaching_command", metavar="new|list|show|due|done", required=True)

    new = commands.add_parser("new", help="record a coaching session")
    new.add_argument("--employee", required=True, metavar="NAME")
    new.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="the day the session was held")
    new.add_argument("--trainer", metavar="NAME", help="default: the reviewer_name setting")
    new.add_argument("--focus", action="append", default=[], metavar="RUBRIC:CRITERION",
                     help="a focus criterion, e.g. call:no_must (repeatable)")
    new.add_argument("--conversation", action="append", type=int, default=[], metavar="ID",
                     help="a conversation discussed (repeatable)")
    new.add_argument("--moment", action="append", default=[], metavar="ID:TURN|ID:START-END",
                     help="a moment discussed: a turn number or a time range in ms of a conversation (repeatable)")
    new.add_argument("--notes", default="", metavar="TEXT")
    new.add_argument("--actions", default="", metavar="TEXT", help="the actions agreed")
    new.add_argument("--follow-up", metavar="YYYY-MM-DD", help="when to check the actions again")
    new.add_argument("--json", action="store_true")
    new.set_defaults(func=run_new)

    ls = commands.add_parser("list", help="sessions, oldest first")
    ls.add_argument("--employee", metavar="NAME")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=run_list)

    show = commands.add_parser("show", help="one session")
    show.add_argument("session_id", type=int, metavar="SESSION_ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    due = commands.add_parser("due", help="follow-ups due today or overdue")
    due.add_argument("--today", metavar="YYYY-MM-DD", help="count from this day (default: today)")
    due.add_argument("--json", action="store_true")
    due.set_defaults(func=run_due)

    done = commands.add_parser("done", help="mark a session's follow-up as done")
    done.add_argument("session_id", type=int, metavar="SESSION_ID")
    done.add_argument("--note", default="", metavar="TEXT")
    done.set_defaults(func=run_done)


def parse_moments(conversations: list[int], moments: list[str]) -> list:
    """Discussed conversations in the order named, each with its moments."""
    from reviewer.cli.common import fail
    from reviewer.domain.coaching import Discussed
    from reviewer.domain.review import Evidence

    order: dict[int, list] = {cid: [] for cid in conversations}
    for text in moments:
        cid, sep, where = text.partition(":")
        start, dash, end = where.partition("-")
        if not (sep and cid.strip().isdigit() and start.strip().isdigit() and (not dash or end.strip().isdigit())):
            fail(f"--moment {text!r}: write CONVERSATION:TURN or CONVERSATION:START_MS-END_MS, e.g. 12:4", 1)
        try:
            moment = Evidence.span(int(start), int(end)) if dash else Evidence.turn(int(start))
        except ValueError as exc:
            fail(f"--moment {text!r}: {exc}", 1)
        order.setdefault(int(cid), []).append(moment)
    return [Discussed(cid, tuple(m)) for cid, m in order.items()]


def session_json(s, today=None) -> dict:
    """The stable JSON shape of a session (`coaching show --json`, `list --json`, `due --json`)."""
    from datetime import date

    return {
        "id": s.id, "uid": s.uid, "employee": s.employee, "held_on": s.held_on, "trainer": s.trainer,
        "focus": [{"rubric_id": f.rubric_id, "criterion_id": f.criterion_id} for f in s.focus],
        "discussed": [{"conversation_id": d.conversation_id, "source_sha256": d.source_sha256,
                       "moments": [m.to_data() for m in d.moments]} for d in s.discussed],
        "notes": s.notes, "actions": s.actions, "follow_up_on": s.follow_up_on,
        "follow_up_state": s.follow_up_state(today or date.today()), "follow_up_done_at": s.follow_up_done_at,
        "follow_up_note": s.follow_up_note, "created_at": s.created_at,
    }


def _line(s, today=None) -> str:
    from datetime import date

    state = s.follow_up_state(today or date.today())
    follow = f"follow-up {s.follow_up_on} ({state})" if s.follow_up_on else "no follow-up"
    focus = ", ".join(str(f) for f in s.focus) or "-"
    return f"#{s.id:<4} {s.held_on}  {s.employee:<18} with {s.trainer:<16} focus {focus}; {follow}"


def run_new(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.coaching import SessionRepository
    from reviewer.domain.coaching import CoachingError, CoachingSession, FocusCriterion
    from reviewer.storage.settings import Setting

    discussed = parse_moments(args.conversation, args.moment)
    try:
        focus = tuple(FocusCriterion.parse(f) for f in args.focus)
    except CoachingError as exc:
        fail(str(exc), 1)
    with open_library(args) as library:
        trainer = args.trainer or library.setting(Setting.REVIEWER_NAME) or ""
        try:
            session = SessionRepository(library).add(CoachingSession(
                args.employee, args.date, trainer, focus=focus, discussed=tuple(discussed), notes=args.notes,
                actions=args.actions, follow_up_on=args.follow_up))
        except CoachingError as exc:
            fail(f"{exc}; nothing was saved", 1)
    if args.json:
        print_json(session_json(session))
    else:
        follow = f"; follow-up on {session.follow_up_on}" if session.follow_up_on else ""
        print(f"coaching session {session.id} with {session.employee} on {session.held_on} recorded{follow}")
    return 0


def run_list(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.coaching import SessionFilter, SessionRepository

    with open_library(args) as library:
        sessions = SessionRepository(library).list(SessionFilter(employee=args.employee))
    if args.json:
        print_json([session_json(s) for s in sessions])
        return 0
    if not sessions:
        print("no coaching sessions")
    for s in sessions:
        print(_line(s))
    return 0


def run_show(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.coaching import SessionRepository

    with open_library(args) as library:
        s = SessionRepository(library).get(args.session_id)
        if s is None:
            fail(f"no coaching session #{args.session_id}", 1)
    if args.json:
        print_json(session_json(s))
        return 0
    print(f"Coaching session #{s.id}: {s.employee} with {s.trainer} on {s.held_on}")
    print("Focus: " + (", ".join(str(f) for f in s.focus) or "-"))
    for d in s.discussed:
        moments = ", ".join(f"turn {m.turn_index}" if m.is_turn else f"{m.start_ms}-{m.end_ms} ms" for m in d.moments)
        print(f"Discussed: conversation #{d.conversation_id}" + (f" ({moments})" if moments else ""))
    if s.notes:
        print(f"Notes: {s.notes}")
    if s.actions:
        print(f"Actions agreed: {s.actions}")
    if s.follow_up_on:
        done = f", done {s.follow_up_done_at[:10]}" if s.follow_up_done_at else ""
        print(f"Follow-up: {s.follow_up_on}{done}" + (f" ({s.follow_up_note})" if s.follow_up_note else ""))
    return 0


def run_due(args) -> int:
    from datetime import date

    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.coaching import SessionRepository

    try:
        today = date.fromisoformat(args.today) if args.today else date.today()
    except ValueError:
        fail(f"--today {args.today!r} is not a date; use YYYY-MM-DD", 2)
    with open_library(args) as library:
        sessions = SessionRepository(library).due(today)
    if args.json:
        print_json([session_json(s, today) for s in sessions])
        return 0
    if not sessions:
        print("no follow-ups due")
    for s in sessions:
        print(_line(s, today))
    return 0


def run_done(args) -> int:
    from reviewer.cli.common import fail, open_library
    from reviewer.coaching import SessionRepository
    from reviewer.domain.coaching import CoachingError

    with open_library(args) as library:
        try:
            s = SessionRepository(library).mark_follow_up_done(args.session_id, args.note)
        except CoachingError as exc:
            fail(str(exc), 1)
    print(f"follow-up of session {s.id} ({s.employee}) done")
    return 0

"""reviewer voices list|show|enrol|remove : employees' voice profiles, which tell the agent
among the speakers of a mono call."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "voices",
        help="employees' voice profiles: list, enrol, remove",
        description="A voice profile tells which speaker of a mono call is the employee. It is measured from "
        "the agent channel of the employee's transcribed two-channel calls and from turns a reviewer labelled "
        "as the agent's in mono calls (`reviewer edit ID --turn-role ...=agent`). Nothing is enrolled until "
        "you ask; enrolling again takes in newer calls and labels. `remove` deletes the profile entirely.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="employees with a voice profile (the default)")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_list)
    show = actions.add_parser("show", help="what an employee's profile was measured from")
    show.add_argument("employee", metavar="EMPLOYEE")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)
    enrol = actions.add_parser("enrol", aliases=["enroll"], help="create or refresh an employee's profile",
                               description="Measure the employee's voice in their latest calls (at most "
                               "30) and keep it as their profile. Ctrl+C stops; what was measured is kept.")
    enrol.add_argument("employee", metavar="EMPLOYEE")
    enrol.add_argument("--json", action="store_true")
    enrol.set_defaults(func=run_enrol)
    remove = actions.add_parser("remove", help="delete an employee's profile and everything measured for it")
    remove.add_argument("employee", metavar="EMPLOYEE")
    remove.set_defaults(func=run_remove)
    p.set_defaults(func=run_list, json=False)


def _conversations(n: int) -> str:
    return f"{n} conversation" if n == 1 else f"{n} conversations"


def _seconds(ms: int) -> str:
    from reviewer.cli.common import format_ms

    return format_ms(ms)


def _profile_json(profile) -> dict:
    return {"employee": profile.employee, "conversations": profile.conversations, "speech_ms": profile.speech_ms,
            "model": profile.model, "created_at": profile.created_at, "updated_at": profile.updated_at,
            "sources": [{"conversation_id": s.conversation_id, "kind": s.kind, "speech_ms": s.speech_ms,
                         "added_at": s.added_at} for s in profile.sources]}


def run_list(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.cli.output import echo
    from reviewer.storage import voice_profiles

    with open_library(args) as library:
        found = voice_profiles.profiles(library)
    if args.json:
        print_json([_profile_json(p) for p in found])
        return 0
    if not found:
        print("no voice profiles (reviewer voices enrol EMPLOYEE makes one)")
        return 0
    for p in found:
        echo(f"{p.employee}: {_conversations(p.conversations)}, {_seconds(p.speech_ms)} of speech,"
             f" updated {p.updated_at}")
    return 0


def _known(library, employee: str) -> None:
    from reviewer.cli.common import fail

    if library.employee_id(employee, create=False) is None:
        fail(f"no employee named {employee!r} in this library")


def run_show(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.cli.output import echo
    from reviewer.storage import voice_profiles

    with open_library(args) as library:
        _known(library, args.employee)
        profile = voice_profiles.profile(library, args.employee)
    if profile is None:
        fail(f"{args.employee} has no voice profile (reviewer voices enrol {args.employee!r} makes one)", status=1)
    if args.json:
        print_json(_profile_json(profile))
        return 0
    echo(f"{profile.employee}: {_conversations(profile.conversations)}, {_seconds(profile.speech_ms)} of speech")
    for s in profile.sources:
        kind = "agent channel" if s.kind == voice_profiles.AGENT_CHANNEL else "labelled turns"
        print(f"  #{s.conversation_id}  {kind:<15} {_seconds(s.speech_ms):>6}  {s.added_at}")
    return 0


def run_enrol(args) -> int:
    import threading

    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.cli.output import echo, shown
    from reviewer.speakers import models, profiles
    from reviewer.storage import voice_profiles

    stop = threading.Event()
    with open_library(args) as library:
        _known(library, args.employee)
        try:
            result = profiles.enrol(
                library, args.employee, is_cancelled=stop.is_set,
                progress=lambda f: print(f"\r{f:4.0%}", end="", file=sys.stderr, flush=True))
        except (models.ModelsMissing, voice_profiles.VoiceProfileError) as exc:
            fail(str(exc), status=1)
        except KeyboardInterrupt:
            print(file=sys.stderr)
            fail("stopped; the conversations measured so far are kept in the profile", status=130)
    print(file=sys.stderr)
    if args.json:
        print_json({"employee": result.employee,
                    "measured": [{"conversation_id": m.conversation_id, "kind": m.kind, "speech_ms": m.speech_ms}
                                 for m in result.measured],
                    "skipped": [{"conversation_id": c, "reason": why} for c, why in result.skipped],
                    "profile": _profile_json(result.profile) if result.profile else None})
        return 0
    for m in result.measured:
        kind = "agent channel" if m.kind == voice_profiles.AGENT_CHANNEL else "labelled turns"
        print(f"  #{m.conversation_id}: {kind}, {_seconds(m.speech_ms)} of speech")
    for cid, why in result.skipped:
        print(f"  #{cid}: not used: {shown(why)}")
    profile = result.profile
    if profile is None or profile.embedding is None:
        echo(f"{args.employee}: the profile has no voice yet: transcribe their two-channel calls, or label the"
             " agent's turns of a mono call, then enrol again")
        return 1
    echo(f"{profile.employee}: voice profile from {_conversations(profile.conversations)},"
         f" {_seconds(profile.speech_ms)} of speech")
    return 0


def run_remove(args) -> int:
    from reviewer.cli.common import fail, open_library
    from reviewer.cli.output import echo
    from reviewer.storage import voice_profiles

    with open_library(args) as library:
        _known(library, args.employee)
        if not voice_profiles.remove(library, args.employee):
            fail(f"{args.employee} has no voice profile", status=1)
    echo(f"{args.employee}: voice profile removed")
    return 0

"""reviewer edit ID : correct what an import could not know (who the agent is, the employee...)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "edit",
        help="correct a conversation: speaker roles, employee, language, channel",
        description="Correct a conversation after import, e.g. "
        "`reviewer edit 12 --speaker 'Anna=agent' --speaker 'Pēteris=customer' --employee 'Anna Ivanova'`.",
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="NAME=ROLE",
        help="set a speaker's role (agent, customer, system, unknown) for all their turns; repeatable",
    )
    p.add_argument("--employee", metavar="NAME")
    p.add_argument("--language", metavar="CODE", help="e.g. ru, lv, en")
    p.add_argument("--channel", choices=["call", "chat", "email", "visit"])
    p.set_defaults(func=run)


def run(args) -> int:
    from reviewer.cli.common import fail, open_library
    from reviewer.domain import SpeakerRole

    changes = []
    for item in args.speaker:
        name, sep, role = item.rpartition("=")
        if not sep or not name or role not in SpeakerRole._value2member_map_:
            fail(f"--speaker {item!r}: expected NAME=ROLE with ROLE one of agent, customer, system, unknown")
        changes.append((name, SpeakerRole(role)))
    fields = {k: getattr(args, k) for k in ("employee", "language", "channel") if getattr(args, k)}
    if not changes and not fields:
        fail("nothing to change: give --speaker, --employee, --language or --channel")
    with open_library(args) as library:
        if library.conversations.get(args.id, with_turns=False) is None:
            fail(f"no conversation #{args.id}", status=1)
        try:
            with library.transaction():
                for name, role in changes:
                    library.conversations.set_participant_role(args.id, name, role)
                if fields:
                    library.conversations.update(args.id, **fields)
        except KeyError as exc:
            fail(exc.args[0], status=1)
    print(f"conversation #{args.id} updated")
    return 0

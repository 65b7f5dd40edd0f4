"""reviewer edit ID : correct what an import could not know (who the agent is, the employee...)
and what a transcript got wrong (a turn's words, who said it)."""

from __future__ import annotations

from reviewer.cli.common import parse_whole_number, whole_number

_ROLES = "agent, customer, system, unknown"
#: A range such as 0-99999999999 must not become a list of billions of numbers.
MAX_TURN_NUMBER = 999_999


def register(sub) -> None:
    p = sub.add_parser(
        "edit",
        help="correct a conversation: speaker roles, employee, language, channel, turns",
        description="Correct a conversation after import, e.g. "
        "`reviewer edit 12 --speaker 'Anna=agent' --speaker 'Pēteris=customer' --employee 'Anna Ivanova'`, "
        "or single turns (numbered as `reviewer show` lists them): "
        "`reviewer edit 12 --turn-role 0,2,5-7=agent --turn-text '3=Good morning, NordLamp'`. "
        "Edited turns keep the original transcript: --revert-turn puts it back.",
    )
    p.add_argument("id", type=whole_number, metavar="ID")
    p.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="NAME=ROLE",
        help=f"set a speaker's role ({_ROLES}) for all their turns; repeatable",
    )
    p.add_argument("--employee", metavar="NAME")
    p.add_argument("--language", metavar="CODE", help="e.g. ru, lv, en")
    p.add_argument("--channel", choices=["call", "chat", "email", "visit"])
    p.add_argument(
        "--turn-text",
        action="append",
        default=[],
        metavar="N=TEXT",
        help="replace the text of turn N; repeatable",
    )
    p.add_argument(
        "--turn-role",
        action="append",
        default=[],
        metavar="N[,N...]=ROLE",
        help="relabel these turns only (e.g. 0,3,5-8=agent), not every turn of their speaker; repeatable",
    )
    p.add_argument(
        "--revert-turn",
        action="append",
        default=[],
        metavar="N[,N...]",
        help="put these turns back as transcribed or imported; repeatable",
    )
    p.add_argument(
        "--swap-roles",
        action="store_true",
        help="a separated mono call: swap the agent and the customer, for all their turns at once",
    )
    p.add_argument("--by", metavar="NAME", help="who made the turn edits (default: the reviewer_name setting)")
    p.set_defaults(func=run)


def parse_turns(spec: str) -> list[int]:
    """'0,3,5-8' -> [0, 3, 5, 6, 7, 8]; ValueError for anything else (numbers above
    MAX_TURN_NUMBER included)."""
    found: list[int] = []
    for part in spec.split(","):
        first, dash, last = part.strip().partition("-")
        low = parse_whole_number(first, MAX_TURN_NUMBER)
        high = parse_whole_number(last, MAX_TURN_NUMBER) if dash else low
        if high < low:
            raise ValueError(part)
        found.extend(range(low, high + 1))
    return found


def _turn_changes(args, fail) -> tuple[list[int], list[tuple[int, str]], list[tuple[int, object]]]:
    from reviewer.domain import SpeakerRole

    reverts: list[int] = []
    for item in args.revert_turn:
        try:
            reverts.extend(parse_turns(item))
        except ValueError:
            fail(f"--revert-turn {item!r}: expected turn numbers such as 3 or 0,2,5-7 (at most {MAX_TURN_NUMBER})")
    texts = []
    for item in args.turn_text:
        number, sep, text = item.partition("=")
        try:
            index = parse_whole_number(number, MAX_TURN_NUMBER) if sep else None
        except ValueError:
            index = None
        if index is None:
            fail(f"--turn-text {item!r}: expected N=TEXT, N a turn number as `reviewer show` lists it")
        texts.append((index, text))
    roles = []
    for item in args.turn_role:
        spec, sep, role = item.rpartition("=")
        if not sep or role not in SpeakerRole._value2member_map_:
            fail(f"--turn-role {item!r}: expected N[,N...]=ROLE with ROLE one of {_ROLES}")
        try:
            roles.extend((n, SpeakerRole(role)) for n in parse_turns(spec))
        except ValueError:
            fail(
                f"--turn-role {item!r}: expected turn numbers such as 3 or 0,2,5-7"
                f" (at most {MAX_TURN_NUMBER}) before '='"
            )
    both = set(reverts) & ({n for n, _ in texts} | {n for n, _ in roles})
    if both:
        fail(f"turn {min(both)} is both reverted and edited: do one or the other")
    return reverts, texts, roles


def run(args) -> int:
    from reviewer.cli.common import fail, open_library
    from reviewer.domain import SpeakerRole
    from reviewer.storage.settings import Setting
    from reviewer.storage.turn_edits import TurnEditError

    changes = []
    for item in args.speaker:
        name, sep, role = item.rpartition("=")
        if not sep or not name or role not in SpeakerRole._value2member_map_:
            fail(f"--speaker {item!r}: expected NAME=ROLE with ROLE one of {_ROLES}")
        changes.append((name, SpeakerRole(role)))
    reverts, texts, roles = _turn_changes(args, fail)
    fields = {k: getattr(args, k) for k in ("employee", "language", "channel") if getattr(args, k)}
    if not changes and not fields and not (reverts or texts or roles) and not args.swap_roles:
        fail(
            "nothing to change: give --speaker, --employee, --language, --channel, "
            "--turn-text, --turn-role, --revert-turn or --swap-roles"
        )
    with open_library(args) as library:
        conversations = library.conversations
        if conversations.get(args.id, with_turns=False) is None:
            fail(f"no conversation #{args.id}", status=1)
        by = args.by or library.setting(Setting.REVIEWER_NAME) or None
        try:
            # All or nothing: one bad turn number leaves every other change unmade.
            with library.transaction():
                for name, role in changes:
                    conversations.set_participant_role(args.id, name, role)
                if fields:
                    conversations.update(args.id, **fields)
                for index in reverts:
                    conversations.revert_turn(args.id, index)
                for index, text in texts:
                    conversations.edit_turn(args.id, index, text=text, by=by)
                for index, role in roles:
                    conversations.edit_turn(args.id, index, role=role, by=by)
        except KeyError as exc:
            fail(exc.args[0], status=1)
        except TurnEditError as exc:
            fail(str(exc), status=1)
        swapped = _swap_roles(library, args.id, by, fail) if args.swap_roles else None
        from reviewer.checks.service import after_new_turns

        after_new_turns(library, [args.id])  # automatic QA follows the corrected turns
    if swapped:
        print(f"conversation #{args.id}: the agent is now Speaker {swapped[0]}, the customer Speaker {swapped[1]}")
    print(f"conversation #{args.id} updated")
    return 0


def _swap_roles(library, cid: int, by, fail) -> tuple[int, int]:
    """Swap the separated speakers' roles; the employee's voice profile learns from it."""
    from reviewer.storage.speaker_roles import SpeakerRolesError, swap_roles

    try:
        swapped = swap_roles(library, cid, by, score=False)  # scored once, after every change
    except SpeakerRolesError as exc:
        fail(str(exc), status=1)
    from reviewer.speakers.models import ModelsMissing
    from reviewer.speakers.profiles import MaterialError, update_from_conversation

    try:
        update_from_conversation(library, cid)
    except (MaterialError, ModelsMissing) as exc:
        import sys

        print(f"voice profile not updated: {exc}", file=sys.stderr)
    return swapped

"""reviewer list : the conversations in the library."""

from __future__ import annotations

from reviewer.cli.common import whole_number


def register(sub) -> None:
    p = sub.add_parser("list", help="list conversations", description="List the library's conversations.")
    p.add_argument("--employee", metavar="NAME")
    p.add_argument("--channel", choices=["call", "chat", "email", "visit"])
    p.add_argument(
        "--status", choices=["needs_transcription", "new", "transcribed", "reviewed"]
    )
    p.add_argument("--search", metavar="TEXT", help="only conversations with a turn containing all these words")
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--until", metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=whole_number, metavar="N")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    p.set_defaults(func=run)


def conversation_summary(conversation, turn_count: int) -> dict:
    """The stable JSON shape of a conversation in `list --json` and `show --json`."""
    return {
        "id": conversation.id,
        "employee": conversation.employee,
        "channel": str(conversation.channel),
        "title": conversation.title,
        "source_name": conversation.source_name,
        "source_format": conversation.source_format,
        "source_sha256": conversation.source_sha256,
        "started_at": conversation.started_at,
        "duration_ms": conversation.duration_ms,
        "language": conversation.language,
        "status": str(conversation.status),
        "turn_count": turn_count,
        "audio_channels": conversation.audio_channels,
        "sample_rate": conversation.sample_rate,
        "imported_at": conversation.imported_at,
    }


def length(conversation) -> str:
    """A call's or visit's duration; a chat's or e-mail thread's span, "-" for a single message
    (it has no length: the window leaves it out too, rather than saying 0:00)."""
    from reviewer.cli.common import format_ms
    from reviewer.domain import Channel

    if conversation.channel not in (Channel.CALL, Channel.VISIT) and not conversation.duration_ms:
        return "-"
    return format_ms(conversation.duration_ms)


def run(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.cli.output import shown
    from reviewer.domain import Channel, ConversationStatus
    from reviewer.storage.conversations import ConversationFilter

    flt = ConversationFilter(
        employee=args.employee,
        channel=Channel(args.channel) if args.channel else None,
        status=ConversationStatus(args.status) if args.status else None,
        search=args.search,
        since=args.since,
        until=args.until,
        limit=args.limit,
    )
    with open_library(args) as library:
        conversations = library.conversations.list(flt)
        counts = library.conversations.turn_counts([c.id for c in conversations])
    if args.json:
        print_json([conversation_summary(c, counts.get(c.id, 0)) for c in conversations])
        return 0
    if not conversations:
        print("no conversations")
        return 0
    header = ("ID", "STARTED", "EMPLOYEE", "CHANNEL", "LENGTH", "LANG", "STATUS", "TURNS", "SOURCE")
    rows = [
        (
            str(c.id),
            (c.started_at or "-")[:16].replace("T", " "),
            shown(c.employee or "-"),
            str(c.channel),
            length(c),
            shown(c.language or "-"),
            str(c.status),
            str(counts.get(c.id, 0)),
            shown(c.source_name),
        )
        for c in conversations
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])
    return 0

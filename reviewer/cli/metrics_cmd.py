"""reviewer metrics ID... [--json] : the conversation metrics of conversations."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "metrics",
        help="talk, silence, overtalk and reply-time figures of conversations",
        description="Conversation metrics: for calls talk time, silences, overtalk, interruptions, the agent's "
        "speaking rate and holds; for chats and e-mails reply waits against the standard; for visits the wait "
        "and length the shopper entered. Thresholds are library settings (reviewer settings silence_ms ...); a chat or "
        "e-mail rubric's reply_standard takes the place of the reply setting.",
    )
    p.add_argument("ids", type=int, nargs="*", metavar="ID")
    p.add_argument("--refresh", action="store_true",
                   help="first measure every conversation whose figures are missing or stale (a library from before "
                   "the metrics, or after changing a threshold)")
    p.add_argument("--json", action="store_true", help="a JSON list, one object per conversation (see README)")
    p.set_defaults(func=run)


def run(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.metrics import metrics_for

    import sys

    from reviewer.cli.common import fail

    found, status = [], 0
    if not args.ids and not args.refresh:
        fail("give conversation IDs, or --refresh")
    with open_library(args) as library:
        if args.refresh:
            from reviewer.metrics import refresh

            count = refresh(library)
            print(f"measured {count} conversation{'s' if count != 1 else ''}", file=sys.stderr)
        for cid in args.ids:
            figures = metrics_for(library, cid)
            if figures is None:
                print(f"reviewer: no conversation #{cid}", file=sys.stderr)
                status = 1
                continue
            found.append({"conversation_id": cid, **figures})
    if args.json:
        print_json(found)
    else:
        for n, figures in enumerate(found):
            if n:
                print()
            print("\n".join(metrics_lines(figures, f"#{figures['conversation_id']}")))
    return status


def _seconds(ms) -> str:
    from reviewer.cli.common import format_ms

    if ms is None:
        return "-"
    return f"{ms / 1000:.1f} s" if ms < 60_000 else format_ms(ms)


def _standard_source(figures: dict) -> str:
    """Where the reply standard came from: a rubric, or the library's setting."""
    source = figures.get("reply_standard_from")
    if not source:
        return ""
    return "from the library's setting" if source == "setting" else f"from {source}"


def metrics_lines(figures: dict, title: str = "metrics") -> list[str]:
    """The figures as lines for a terminal (also under `reviewer show`); "-" where a figure
    cannot be known yet."""
    from reviewer.cli.common import format_ms

    lines = [f"{title}  (metrics version {figures['metrics_version']})"]

    def add(label: str, value) -> None:
        lines.append(f"  {label:<24} {value}")

    if figures.get("visit_wait_ms") is not None or figures.get("visit_length_ms") is not None:
        add("wait before greeting", format_ms(figures["visit_wait_ms"]))
        add("visit length", format_ms(figures["visit_length_ms"]))
    if figures.get("reply_standard_ms") is not None or figures.get("first_reply_ms") is not None:
        add("first reply", _seconds(figures["first_reply_ms"]))
        add("longest wait", _seconds(figures["longest_wait_ms"]))
        waits = figures.get("reply_waits_ms") or []
        source = _standard_source(figures)
        add("replies", f"{len(waits)}, {figures['replies_over_standard']} over the standard "
            f"({_seconds(figures['reply_standard_ms'])}{', ' + source if source else ''})")
        add("unanswered at the end", figures["unanswered_at_end"])
        add("messages", f"agent {figures['agent_messages']}, customer {figures['customer_messages']}")
        return lines
    add("duration", format_ms(figures.get("duration_ms")))
    if figures.get("longest_silence_ms") is None and figures.get("talk_ms") is None:
        lines.append("  (nothing heard yet: transcribe the recording)" if figures.get("duration_ms") else "")
        return [line for line in lines if line]
    talk = figures.get("talk_ms")
    if talk is None:
        add("talk", "- (speakers not known yet)")
    else:
        share = figures["agent_talk_share"]
        add("talk", f"agent {_seconds(talk['agent'])}, customer {_seconds(talk['customer'])}"
            + (f", agent share {share:.0%}" if share is not None else ""))
    silences = figures.get("silences") or []
    add("silences", f"{len(silences)} ({_seconds(figures.get('silence_ms'))}), "
        f"longest {_seconds(figures.get('longest_silence_ms'))}")
    for s in silences[:10]:
        lines.append(f"      {format_ms(s['start_ms'])}-{format_ms(s['end_ms'])}")
    if figures.get("overtalk_ms") is None:
        add("overtalk", "-")
    else:
        add("overtalk", f"{figures['overtalk_count']} times, {_seconds(figures['overtalk_ms'])}")
        cut = figures["interruptions"]
        add("interruptions", f"by the agent {cut['agent']}, by the customer {cut['customer']}")
    add("agent speaking rate", "-" if figures.get("agent_wpm") is None else f"{figures['agent_wpm']:.0f} words/min")
    holds = figures.get("holds")
    if holds is not None:
        add("holds", f"{len(holds)}" + "".join(
            f"  {format_ms(h['start_ms'])}-{format_ms(h['end_ms'])} {h.get('kind', 'silence')}"
            f"{' (announced)' if h['announced'] else ''}"
            for h in holds[:5]))
    return lines

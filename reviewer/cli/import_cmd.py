"""reviewer import PATH... : add recordings and chat exports to the library."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="import recordings and chat exports (folders are walked recursively)",
        description="Import call recordings, chat exports, e-mails and subtitles into the library. "
        "Exit status 0 when every file was imported or was already there, 1 when any failed.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file or folder")
    p.add_argument("--employee", metavar="NAME", help="the employee these conversations belong to")
    p.add_argument("--channel", choices=["call", "chat", "email", "visit"], help="override the channel")
    p.add_argument(
        "--agent",
        action="append",
        default=[],
        metavar="NAME",
        help="a speaker who is the agent (repeatable; adds to the library's agent_names setting)",
    )
    p.add_argument(
        "--sidecar",
        metavar="FILE.csv",
        help="a CSV with a row per recording: file, employee, started_at, direction, customer_number",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object per file instead of text")
    p.set_defaults(func=run)


def run(args) -> int:
    import json

    from tqdm import tqdm

    from reviewer.cli.common import EXIT_BUSY, open_library
    from reviewer.storage.writers import LibraryBusy
    from reviewer.domain import Channel
    from reviewer.importers import ImportOptions
    from reviewer.importing import Outcome, import_paths

    sidecar = None
    if args.sidecar:
        from reviewer.importers.sidecar import SidecarError, load

        try:
            sidecar = load(args.sidecar)
        except SidecarError as exc:  # refused whole, before anything is imported
            print(f"reviewer import: {exc}", file=sys.stderr)
            return 1
    options = ImportOptions(
        employee=args.employee,
        channel=Channel(args.channel) if args.channel else None,
        agents=args.agent,
        sidecar=sidecar,
    )
    counts = {outcome: 0 for outcome in Outcome}
    bar = tqdm(total=0, unit="file", file=sys.stderr, disable=None, leave=False)

    files_found = [0]

    def on_start(total: int) -> None:
        files_found[0] = total
        bar.total = total
        bar.refresh()

    busy = None  # LibraryBusy when another writer kept the library past our wait
    with open_library(args) as library:
        try:
            for result in import_paths(library, args.paths, options, on_start=on_start):
                counts[result.outcome] += 1
                bar.update(1)
                if args.json:
                    line = json.dumps(
                        {
                            "path": str(result.path),
                            "outcome": str(result.outcome),
                            "format": result.format,
                            "conversation_ids": result.conversation_ids,
                            "turns": result.turns,
                            "message": result.message,
                            "notes": result.notes,
                        },
                        ensure_ascii=False,
                    )
                else:
                    line = _describe(result)
                bar.write(line, file=sys.stdout)
        except LibraryBusy as exc:
            busy = exc
    bar.close()
    summary = (
        f"{counts[Outcome.IMPORTED]} imported, {counts[Outcome.DUPLICATE]} already in the library, "
        f"{counts[Outcome.SKIPPED]} skipped, {counts[Outcome.FAILED]} failed"
    )
    untried = files_found[0] - sum(counts.values())
    if busy is not None and untried > 0:
        summary += f", {untried} not tried"
    print(summary, file=sys.stderr if args.json else sys.stdout)
    if busy is not None:
        print(
            f"reviewer: stopped: the library {busy.root} stayed busy for {busy.waited_s:.0f} s ({busy.holder} is"
            " writing to it); the files listed as imported are in the library, the others are not:"
            " run the same import again when it has finished",
            file=sys.stderr,
        )
        return EXIT_BUSY
    return 1 if counts[Outcome.FAILED] else 0


def _describe(result) -> str:
    from reviewer.cli.output import shown
    from reviewer.importing import Outcome

    path, message = shown(result.path), shown(result.message)
    if result.outcome is Outcome.FAILED:
        return f"FAILED     {path}: {message}"
    if result.outcome is Outcome.SKIPPED:
        return f"skipped    {path}: {message}"
    if result.outcome is Outcome.DUPLICATE:
        return f"duplicate  {path}: {message}"
    if result.format == "bundle":  # a colleague's bundle: what it added says more than its ids
        return "\n           note: ".join([f"imported   {path}: {message}", *(shown(n) for n in result.notes[1:])])
    ids = ", ".join(f"#{i}" for i in result.conversation_ids[:5])
    if len(result.conversation_ids) > 5:
        ids += f" ... ({len(result.conversation_ids)} conversations)"
    line = f"imported   {path}: {result.format}, {ids}, {result.turns} turns"
    for note in result.notes:
        line += f"\n           note: {shown(note)}"
    return line

"""``reviewer demo``: build the demo library (once) and open the app on it."""

from __future__ import annotations

from pathlib import Path

from reviewer.cli.common import fail


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="build the demo library from recordings/ (first time only) and open it",
        description="Build the demo library (calls, chats and e-mails of a made-up lamp shop, in "
        "Russian, Latvian and English) and open Reviewer on it. A second run reuses the library.",
    )
    # Its own dest: a subcommand option sharing the global --library's dest would overwrite it.
    parser.add_argument(
        "--library",
        dest="demo_library",
        metavar="DIR",
        help="where the demo library goes (default: the user data folder's demo-library; "
        "$REVIEWER_LIBRARY is ignored so that the demo never lands in a real library)",
    )
    parser.add_argument("--no-open", action="store_true", help="build it without opening the window")
    parser.set_defaults(func=run)


def run(args) -> int:
    from reviewer.demo import DemoError, build_demo_library, default_demo_dir, is_demo_library
    from reviewer.storage import LibraryError

    target = Path(args.demo_library or args.library or default_demo_dir()).expanduser()
    existed = is_demo_library(target)
    try:
        library = build_demo_library(target)
    except (DemoError, LibraryError) as exc:
        fail(str(exc))
    try:
        # Mystery-shopper visits and test calls are counted apart from the conversations.
        counts = library.conn.execute(
            "SELECT CASE WHEN source_format = 'visit' THEN 'mystery-shopper visit' ELSE channel END AS kind,"
            " COUNT(*) FROM conversations GROUP BY kind"
        ).fetchall()
    finally:
        library.close()
    order = {"call": 0, "chat": 1, "email": 2}
    counts.sort(key=lambda row: (order.get(row[0], 3), row[0]))
    listed = ", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in counts)
    print(f"{'Demo library' if existed else 'Built the demo library'} in {target} ({listed})")
    if args.no_open:
        return 0
    from reviewer.ui.app import run_app

    return run_app(target)

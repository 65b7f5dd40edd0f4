"""``reviewer app`` (and plain ``reviewer``): open the desktop app on the library."""

from __future__ import annotations


def register(subparsers) -> None:
    parser = subparsers.add_parser("app", help="open the desktop app (what plain `reviewer` does)")
    parser.set_defaults(func=open_app)


def open_app(args) -> int:
    from reviewer.storage import LibraryError, resolve_library_dir

    from reviewer.cli.common import fail

    library_dir = resolve_library_dir(getattr(args, "library", None))
    if library_dir.exists() and not library_dir.is_dir():
        fail(f"{library_dir}: is a file, not a library folder")
    from reviewer.ui.app import run_app

    try:
        return run_app(library_dir)
    except LibraryError as exc:
        fail(str(exc))

"""The ``reviewer`` command line: a thin layer over the services.

Each command lives in its own module with ``register(subparsers)``; the module sets
``func(args) -> int`` as the parser default. Heavy libraries are imported inside commands so
that ``reviewer list`` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules under reviewer.cli that add commands, in the order --help lists them.
COMMAND_MODULES = [
    "import_cmd",
    "list_cmd",
    "show_cmd",
    "edit_cmd",
    "settings_cmd",
    "transcribe_cmd",
    "models_cmd",
    "rubric_cmd",
    "review_cmd",
    "report_cmd",
    "demo_cmd",
    "app_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    from reviewer import __version__

    parser = argparse.ArgumentParser(
        prog="reviewer",
        description="Offline quality review of customer conversations.",
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    parser.add_argument(
        "--library",
        metavar="DIR",
        help="library folder (default: $REVIEWER_LIBRARY, else the platform's user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
        if name == "app_cmd":  # bare `reviewer` opens the desktop app
            parser.set_defaults(default_func=module.open_app)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        # No command: open the desktop app when it exists, else show help.
        app_func = getattr(args, "default_func", None)
        if app_func:
            return app_func(args)
        parser.print_help()
        return 0
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

"""The ``reviewer`` command line: a thin layer over the services.

Each command lives in its own module with ``register(subparsers)``; the module sets
``func(args) -> int`` as the parser default. Heavy libraries are imported inside commands so
that ``reviewer list`` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules under reviewer.cli that add commands, in the order --help lists them, with the
# commands each one registers.
COMMANDS = {
    "import_cmd": ("import",),
    "list_cmd": ("list",),
    "show_cmd": ("show",),
    "edit_cmd": ("edit",),
    "settings_cmd": ("settings",),
    "employees_cmd": ("employees",),
    "transcribe_cmd": ("transcribe",),
    "models_cmd": ("models",),
    "rubric_cmd": ("rubric",),
    "review_cmd": ("review", "reviews"),
    "visit_cmd": ("visit",),
    "report_cmd": ("report", "export"),
    "metrics_cmd": ("metrics",),
    "autoqa_cmd": ("autoqa",),
    "sample_cmd": ("sample", "queue"),
    "calibration_cmd": ("calibration",),
    "dispute_cmd": ("dispute",),
    "coaching_cmd": ("coaching",),
    "voices_cmd": ("voices",),
    "demo_cmd": ("demo",),
    "app_cmd": ("app",),
}
COMMAND_MODULES = list(COMMANDS)


def _command_word(argv: list[str]) -> str | None:
    """The command named on the command line, looking past the global options."""
    rest = list(argv)
    while rest:
        word = rest.pop(0)
        if word == "--library":
            rest = rest[1:]
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given argv naming a known command, only that command's module is loaded
    (importing every command would cost quick commands like `reviewer list` a third of
    their run time). Help and errors still see every command."""
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
    word = _command_word(argv) if argv is not None else None
    wanted = [m for m, words in COMMANDS.items() if word in words] or COMMAND_MODULES
    for name in wanted:
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
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        # No command: open the desktop app when it exists, else show help.
        app_func = getattr(args, "default_func", None)
        if app_func:
            return app_func(args)
        parser.print_help()
        return 0
    from reviewer.cli.common import report_library_busy, watch_library_writes

    watch_library_writes(args)
    try:
        return args.func(args) or 0
    except Exception as exc:
        status = report_library_busy(exc)
        if status is None:
            raise
        return status
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

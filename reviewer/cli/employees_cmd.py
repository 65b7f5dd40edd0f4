"""reviewer employees : the library's employees and their agent extensions.

    reviewer employees                          the employees, each with its extensions
    reviewer employees extension 201 "Anna Ozola"  recordings of extension 201 are Anna Ozola's
    reviewer employees extension 201 --remove   forget extension 201
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "employees",
        help="list employees; map agent extensions to them",
        description="Without a subcommand: the employees and their agent extensions. An imported "
        "recording whose file name gives the agent's extension (Asterisk/FreePBX, 3CX, RingCentral) "
        "becomes the conversation of the employee mapped to it, unless --employee or the call "
        "details CSV names one.",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_list)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    ext = actions.add_parser("extension", help="map an agent extension to an employee, or --remove it",
                             description="Map an agent extension to an employee (replacing its employee "
                             "if it had one), or forget it with --remove. Conversations already "
                             "imported keep their employee.")
    ext.add_argument("extension", metavar="EXTENSION")
    ext.add_argument("employee", nargs="?", metavar="EMPLOYEE")
    ext.add_argument("--remove", action="store_true", help="forget this extension")
    ext.set_defaults(func=run_extension)


def run_list(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.cli.output import shown
    from reviewer.storage.extensions import extensions

    with open_library(args) as library:
        names = library.employees()
        mapping = extensions(library)
    by_employee: dict[str, list[str]] = {name: [] for name in names}
    for extension, name in mapping.items():
        by_employee.setdefault(name, []).append(extension)
    if getattr(args, "json", False):
        print_json([{"employee": name, "extensions": exts} for name, exts in by_employee.items()])
        return 0
    if not by_employee:
        print("no employees yet (they come with imports, or: reviewer employees extension EXT NAME)")
        return 0
    width = max(len(shown(name)) for name in by_employee)
    for name, exts in by_employee.items():
        print(f"{shown(name).ljust(width)}  " + (f"extension {', '.join(exts)}" if exts else "-"))
    return 0


def run_extension(args) -> int:
    from reviewer.cli.common import fail, open_library
    from reviewer.cli.output import shown
    from reviewer.storage.extensions import ExtensionError, remove_extension, set_extension

    if args.remove == bool(args.employee):
        fail("give EXTENSION EMPLOYEE to map it, or EXTENSION --remove to forget it")
    with open_library(args) as library:
        try:
            if args.remove:
                if not remove_extension(library, args.extension):
                    fail(f"extension {args.extension} is not mapped to anyone")
                print(f"extension {args.extension} removed")
                return 0
            set_extension(library, args.extension, args.employee)
        except ExtensionError as exc:
            fail(str(exc))
    print(f"extension {args.extension.strip()}: {shown(' '.join(args.employee.split()))}")
    return 0

"""reviewer settings [KEY [VALUE...]] : the library's settings."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "settings",
        help="show or change the library's settings",
        description="Without KEY: all settings. With KEY: its value. With KEY VALUE...: set it "
        "(list settings take several values, e.g. `reviewer settings agent_names Anna 'Support Team'`; "
        "agent_extensions takes EXTENSION=EMPLOYEE pairs, see also `reviewer employees`).",
    )
    p.add_argument("key", nargs="?")
    p.add_argument("values", nargs="*")
    p.add_argument("--reset", action="store_true", help="put KEY back to its default")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args) -> int:
    from reviewer.cli.common import fail, open_library, parse_whole_number, print_json
    from reviewer.storage.settings import Setting

    with open_library(args) as library:
        if not args.key:
            current = {s.key: library.setting(s) for s in Setting}
            if args.json:
                print_json(current)
            else:
                for s in Setting:
                    print(f"{s.key} = {current[s.key]!r}    # {s.value.help}")
            return 0
        try:
            setting = Setting.from_key(args.key)
        except KeyError:
            fail(f"unknown setting {args.key!r}; known: {', '.join(s.key for s in Setting)}")
        if args.reset:
            library.set_setting(setting, setting.default)
        elif args.values:
            kind = setting.value.kind
            try:
                if kind is bool:
                    word = args.values[0].lower()
                    if word not in ("true", "false", "yes", "no", "on", "off", "1", "0"):
                        raise ValueError("must be true or false")
                    value = word in ("true", "yes", "on", "1")
                else:
                    if kind is list:
                        value = list(args.values)
                    elif kind is dict:
                        from reviewer.storage.extensions import mapping_from_pairs

                        value = mapping_from_pairs(args.values)
                    else:
                        value = parse_whole_number(args.values[0]) if kind is int else " ".join(args.values)
                library.set_setting(setting, value)
            except ValueError as exc:
                fail(f"{setting.key}: {exc}")
        value = library.setting(setting)
        print_json(value) if args.json else print(f"{setting.key} = {value!r}")
    return 0

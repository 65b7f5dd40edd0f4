"""reviewer rubric check FILE... / reviewer rubric list : checking and listing rubric files."""

from __future__ import annotations

LANGUAGES = ("en", "ru", "lv")


def register(sub) -> None:
    p = sub.add_parser(
        "rubric",
        help="check or list rubrics",
        description="Check rubric files, or list the rubrics this library can use "
        "(the shipped ones and those in <library>/rubrics/, which replace shipped ones by id).",
    )
    rsub = p.add_subparsers(dest="rubric_command", metavar="ACTION")
    check = rsub.add_parser(
        "check",
        help="check rubric files and print every problem with file, line and field",
        description="Check rubric files. Prints every problem as FILE:LINE: FIELD: MESSAGE; "
        "exit status 1 when any file has a problem.",
    )
    check.add_argument("files", nargs="+", metavar="FILE")
    check.set_defaults(func=run_check)
    listing = rsub.add_parser("list", help="list usable and broken rubrics")
    listing.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    listing.add_argument("--lang", choices=LANGUAGES, default="en", help="language of titles")
    listing.set_defaults(func=run_list)
    p.set_defaults(func=lambda args: _help(p))


def _help(parser) -> int:
    parser.print_help()
    return 2


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def run_check(args) -> int:
    from reviewer.cli.output import shown
    from reviewer.rubrics import RubricError, read_rubric

    failed = False
    for file in args.files:
        try:
            rubric = read_rubric(file)
        except RubricError as exc:
            failed = True
            for problem in exc.problems:
                print(shown(problem))
            continue
        criteria = sum(1 for _ in rubric.criteria())
        print(
            f'{shown(file)}: ok (rubric "{shown(rubric.id)}" version {shown(rubric.version)}: '
            f"{_count(len(rubric.sections), 'section', 'sections')}, {_count(criteria, 'criterion', 'criteria')})"
        )
    return 1 if failed else 0


def rubric_summary(loaded, language: str = "en") -> dict:
    """The stable JSON shape of a rubric in `rubric list --json`."""
    rubric = loaded.rubric
    return {
        "id": rubric.id,
        "version": rubric.version,
        "title": rubric.title.get(language),
        "titles": rubric.title.to_data(),
        "channels": [str(c) for c in rubric.channels],
        "sections": len(rubric.sections),
        "criteria": sum(1 for _ in rubric.criteria()),
        "not_applicable": str(rubric.not_applicable),
        "hash": rubric.fingerprint,
        "origin": loaded.origin,
        "path": str(loaded.path),
        "replaces": str(loaded.replaces) if loaded.replaces else None,
    }


def run_list(args) -> int:
    from reviewer.cli.common import print_json
    from reviewer.cli.output import shown
    from reviewer.rubrics import load_catalog
    from reviewer.storage import resolve_library_dir

    # Only the library's rubric folder is read: listing never creates or migrates a library.
    catalog = load_catalog(resolve_library_dir(args.library))
    rubrics = [rubric_summary(r, args.lang) for r in catalog.rubrics.values()]
    broken = [
        {"path": str(b.path), "origin": b.origin, "problems": [p.to_data() for p in b.problems]}
        for b in catalog.broken
    ]
    if args.json:
        print_json({"rubrics": rubrics, "broken": broken})
        return 0
    if not rubrics:
        print("no usable rubrics")
    width = max((len(r["id"]) for r in rubrics), default=0)
    for r in rubrics:
        channels = ", ".join(r["channels"]) or "any channel"
        origin = r["origin"] + (" (replaces the shipped one)" if r["replaces"] else "")
        print(
            shown(
                f"{r['id']:<{width}}  v{r['version']:<6} {r['title']}  [{channels}; {r['sections']} sections,"
                f" {r['criteria']} criteria; {origin}]"
            )
        )
    if broken:
        print()
        print(f"broken ({len(broken)}), not in use until fixed:")
        for b in catalog.broken:
            for problem in b.problems:
                print(f"  {shown(problem)}")
    return 0

"""reviewer calibration new|add|show|report : calibration sessions and their agreement figures."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    cal = sub.add_parser("calibration", help="calibration sessions: several reviewers score the same conversations",
                         description="Calibration sessions and their results: Krippendorff's alpha with a bootstrap "
                         "95%% interval, percent agreement, alignment with the benchmark answers and leniency.")
    what = cal.add_subparsers(dest="action", metavar="ACTION", required=True)

    new = what.add_parser("new", help="open a calibration session")
    new.add_argument("name", metavar="NAME")
    new.add_argument("--rubric", required=True, metavar="RUBRIC_ID", help="the rubric everyone scores with")
    new.add_argument("conversations", nargs="*", type=int, metavar="ID", help="conversation ids")
    new.add_argument("--reviewer", action="append", default=[], metavar="NAME", help="a participant (repeatable)")
    new.add_argument("--deadline", metavar="DATE", help="YYYY-MM-DD")
    new.add_argument("--benchmark", metavar="NAME", help="whose reviews are the benchmark answers (the lead)")
    new.add_argument("--json", action="store_true")
    new.set_defaults(func=run_new)

    add = what.add_parser("add", help="add conversations or reviewers, set the benchmark or deadline, close")
    add.add_argument("session", metavar="SESSION", help="number or uid (a prefix is enough)")
    add.add_argument("conversations", nargs="*", type=int, metavar="ID")
    add.add_argument("--reviewer", action="append", default=[], metavar="NAME")
    add.add_argument("--benchmark", metavar="NAME")
    add.add_argument("--deadline", metavar="DATE")
    state = add.add_mutually_exclusive_group()
    state.add_argument("--close", dest="state", action="store_const", const="closed",
                       help="close the session: reviews are no longer hidden from participants")
    state.add_argument("--reopen", dest="state", action="store_const", const="open")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=run_add)

    show = what.add_parser("show", help="one session (or, without SESSION, all of them) and who has submitted")
    show.add_argument("session", nargs="?", metavar="SESSION")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    report = what.add_parser("report", help="agreement figures (text, --json, or a PDF with -o)")
    report.add_argument("session", metavar="SESSION")
    report.add_argument("--json", action="store_true", help="per criterion alpha, alpha_ci, percent_agreement, "
                        "n_units, n_reviewers; per reviewer alignment and leniency")
    report.add_argument("-o", "--output", metavar="FILE.pdf", help="write the PDF for the session meeting")
    report.add_argument("--lang", choices=("en", "ru", "lv"), default="en")
    report.set_defaults(func=run_report)


def _session_line(s, submitted: dict[str, int] | None = None) -> str:
    deadline = f", deadline {s.deadline}" if s.deadline else ""
    bench = f", benchmark {s.benchmark_reviewer}" if s.benchmark_reviewer else ""
    return (f"session {s.id} ({s.uid[:8]}) {s.name!r}: {s.state}, rubric {s.rubric_id}, "
            f"{len(s.conversation_ids)} conversations, {len(s.reviewers)} reviewers{deadline}{bench}")


def _submitted(library, s) -> dict[str, int]:
    from reviewer.team import calibration

    counts: dict[str, int] = {}
    for review in calibration.reviews(library, s):
        counts[review.reviewer] = counts.get(review.reviewer, 0) + 1
    return counts


def run_new(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.team import calibration

    with open_library(args) as library:
        try:
            s = calibration.create(library, args.name, args.rubric, args.conversations, args.reviewer,
                                   deadline=args.deadline, benchmark_reviewer=args.benchmark)
        except calibration.CalibrationError as exc:
            fail(str(exc), 1)
        print_json(s.to_data()) if args.json else print(_session_line(s))
    return 0


def run_add(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.team import calibration

    with open_library(args) as library:
        try:
            s = calibration.add(library, args.session, args.conversations, args.reviewer,
                                benchmark_reviewer=args.benchmark, deadline=args.deadline, state=args.state)
        except (calibration.CalibrationError, LookupError) as exc:
            fail(str(exc), 1)
        print_json(s.to_data()) if args.json else print(_session_line(s))
    return 0


def run_show(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.team import calibration

    with open_library(args) as library:
        try:
            found = [calibration.session(library, args.session)] if args.session else calibration.sessions(library)
        except calibration.CalibrationError as exc:
            fail(str(exc), 1)
        if args.json:
            print_json([s.to_data() | {"submitted": _submitted(library, s)} for s in found])
            return 0
        if not found:
            print("no calibration sessions yet (reviewer calibration new ...)")
        for s in found:
            print(_session_line(s))
            done = _submitted(library, s)
            for name in sorted(set(s.reviewers) | set(done)):
                print(f"  {name}: {done.get(name, 0)} of {len(s.conversation_ids)} submitted")
    return 0


def _figure(value, digits=2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def run_report(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.team import calibration, calibration_report

    with open_library(args) as library:
        try:
            report = calibration_report.build(library, args.session, args.lang)
        except calibration.CalibrationError as exc:
            fail(str(exc), 1)
        if args.output:
            from reviewer.reports.pdf_calibration import write_calibration_pdf

            path = Path(args.output).expanduser()
            if not path.parent.is_dir():
                fail(f"{path}: the folder {path.parent} does not exist", 1)
            try:
                write_calibration_pdf(report, path, args.lang)
            except OSError as exc:
                fail(f"{path}: cannot write: {exc.strerror}", 1)
            print(f"wrote {path}")
            return 0
        if args.json:
            print_json(report.to_data())
            return 0
        print(_session_line(report.session))
        print(f"{'criterion':<32} {'level':<8} {'alpha':>6}  {'95% interval':<15} {'agree%':>6} {'units':>5} {'rev':>3}")
        for c in [*report.criteria, report.overall]:
            ci = f"[{_figure(c.alpha_ci[0])}, {_figure(c.alpha_ci[1])}]" if c.alpha_ci else "-"
            print(f"{c.title[:32]:<32} {c.level:<8} {_figure(c.alpha):>6}  {ci:<15} {_figure(c.percent_agreement, 1):>6}"
                  f" {c.n_units:>5} {c.n_reviewers:>3}")
        print()
        print(f"{'reviewer':<24} {'reviews':>7} {'alignment%':>10} {'leniency':>9}")
        for r in report.reviewers:
            print(f"{r.name:<24} {r.reviews:>7} {_figure(r.alignment, 1):>10} {_figure(r.leniency, 1):>9}")
        if report.disagreements:
            print("\nmost split:")
            for d in report.disagreements:
                print(f"  #{d.conversation_id} {d.conversation} · {d.criterion}")
                for o in d.opinions:
                    print(f"    {o.reviewer}: {o.answer}" + (f" — {o.comment}" if o.comment else ""))
    return 0

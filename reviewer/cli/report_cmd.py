"""reviewer report employee|review|team ... / reviewer export scores ... : PDF reports and CSV.

A report that has nothing to show (no submitted reviews in the period) prints why, exits 1 and
writes no file; files are written atomically, so an existing file is never left half-replaced.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.cli.common import whole_number

LANGUAGES = ("en", "ru", "lv")
CHANNELS = ("call", "chat", "email", "visit")


def _period_options(p) -> None:
    p.add_argument("--from", dest="since", metavar="DATE", help="first day (YYYY-MM-DD), by submission date")
    p.add_argument("--to", dest="until", metavar="DATE", help="last day (YYYY-MM-DD), inclusive")


def _output(p, suffix: str) -> None:
    p.add_argument("-o", "--output", required=True, metavar=f"FILE{suffix}", help="where to write it")


def register(sub) -> None:
    report = sub.add_parser("report", help="make a PDF coaching report, review scorecard or team summary",
                            description="PDF reports from submitted reviews.")
    kinds = report.add_subparsers(dest="kind", metavar="KIND", required=True)

    emp = kinds.add_parser("employee", help="coaching report for one employee",
                           description="Coaching report: average with 95% interval, trend, sections against "
                           "the team, strengths, focus areas with evidence quotes, critical failures.")
    emp.add_argument("name", metavar="NAME", help="the employee (any letter case)")
    _period_options(emp)
    emp.add_argument("--rubric", metavar="RUBRIC_ID", help="only reviews scored with this rubric")
    emp.add_argument("--channel", choices=CHANNELS, help="only conversations of this channel")
    emp.add_argument("--lang", choices=LANGUAGES, default="en", help="language of headings (quotes stay as spoken)")
    _output(emp, ".pdf")
    emp.set_defaults(func=run_employee)

    rev = kinds.add_parser("review", help="scorecard of one submitted review")
    rev.add_argument("review_id", type=whole_number, metavar="REVIEW_ID")
    rev.add_argument("--lang", choices=LANGUAGES, default="en")
    _output(rev, ".pdf")
    rev.set_defaults(func=run_review)

    team = kinds.add_parser("team", help="team summary: employees ranked with scores and intervals")
    _period_options(team)
    team.add_argument("--rubric", metavar="RUBRIC_ID")
    team.add_argument("--channel", choices=CHANNELS)
    team.add_argument("--lang", choices=LANGUAGES, default="en")
    _output(team, ".pdf")
    team.set_defaults(func=run_team)

    export = sub.add_parser("export", help="export scores or conversation metrics as CSV", description="Exports for spreadsheets and BI tools.")
    what = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    scores = what.add_parser("scores", help="one row per criterion of every submitted review",
                             description="CSV (UTF-8 with BOM), one row per review criterion: conversation, "
                             "employee, reviewer, rubric id and version, section, answer, points, comment.")
    _period_options(scores)
    scores.add_argument("--employee", metavar="NAME")
    scores.add_argument("--rubric", metavar="RUBRIC_ID")
    scores.add_argument("--lang", choices=LANGUAGES, default="en", help="language of section and criterion titles")
    _output(scores, ".csv")
    scores.set_defaults(func=run_export_scores)
    register_bundle(what)
    register_export_metrics(what)


def _period(args):
    from reviewer.cli.common import fail
    from reviewer.reports import Period, ReportError

    try:
        since, until = Period.check(args.since, "--from"), Period.check(args.until, "--to")
    except ReportError as exc:
        fail(str(exc))
    if since and until and since > until:
        fail(f"--from {since} is after --to {until}")
    return Period(since, until)


def _target(args) -> Path:
    from reviewer.cli.common import fail

    path = Path(args.output).expanduser()
    if path.is_dir():
        fail(f"{path}: is a folder; give a file name", 1)
    if not path.parent.is_dir():
        fail(f"{path}: the folder {path.parent} does not exist", 1)
    return path


def _run(make, path: Path) -> int:
    from reviewer.cli.common import fail
    from reviewer.cli.output import shown
    from reviewer.reports import ReportError

    try:
        result = make()
    except ReportError as exc:
        fail(shown(exc), 1)
    except OSError as exc:
        fail(f"{path}: cannot write: {exc.strerror}", 1)
    print(f"wrote {path}" if result is None or isinstance(result, Path) else f"wrote {path} ({result} rows)")
    return 0


def run_employee(args) -> int:
    from reviewer.cli.common import open_library
    from reviewer.domain import Channel
    from reviewer.reports import make_employee_report

    period, path = _period(args), _target(args)
    with open_library(args) as library:
        return _run(
            lambda: make_employee_report(
                library, args.name, path, period=period, rubric_id=args.rubric,
                channel=Channel(args.channel) if args.channel else None, language=args.lang,
            ),
            path,
        )


def run_review(args) -> int:
    from reviewer.cli.common import open_library
    from reviewer.reports import make_review_scorecard

    path = _target(args)
    with open_library(args) as library:
        return _run(lambda: make_review_scorecard(library, args.review_id, path, language=args.lang), path)


def run_team(args) -> int:
    from reviewer.cli.common import open_library
    from reviewer.domain import Channel
    from reviewer.reports import make_team_summary

    period, path = _period(args), _target(args)
    with open_library(args) as library:
        return _run(
            lambda: make_team_summary(
                library, path, period=period, rubric_id=args.rubric,
                channel=Channel(args.channel) if args.channel else None, language=args.lang,
            ),
            path,
        )


def run_export_scores(args) -> int:
    from reviewer.cli.common import open_library
    from reviewer.reports import export_scores

    period, path = _period(args), _target(args)
    with open_library(args) as library:
        return _run(
            lambda: export_scores(library, path, period=period, employee=args.employee, rubric_id=args.rubric,
                                  language=args.lang),
            path,
        )


# export bundle (reviewer.team): reviews moving between reviewers' libraries ----------------------


def register_bundle(what) -> None:
    bundle = what.add_parser(
        "bundle", help="conversations and their reviews for a colleague's library (reviewer import FILE)",
        description="One file with the chosen conversations (turns, corrections, recordings when asked), their "
        "submitted reviews and the rubric copies they used, plus any assignments or calibration sessions named. "
        "Give conversation ids, or filters, or both; `reviewer import FILE` merges it into another library.")
    bundle.add_argument("ids", nargs="*", type=int, metavar="ID", help="conversation ids")
    bundle.add_argument("--employee", metavar="NAME")
    bundle.add_argument("--channel", choices=CHANNELS)
    bundle.add_argument("--status", choices=["needs_transcription", "new", "transcribed", "reviewed"])
    _period_options(bundle)
    bundle.add_argument("--assignment", action="append", default=[], metavar="UID",
                        help="an assignment and its conversations (repeatable; a uid prefix is enough)")
    bundle.add_argument("--calibration", action="append", default=[], metavar="SESSION",
                        help="a calibration session and its conversations (repeatable)")
    bundle.add_argument("--with-recordings", action="store_true", help="include the call recordings")
    bundle.add_argument("--reviews-only", action="store_true",
                        help="only reviews (and rubric copies): for a library that has the conversations")
    bundle.add_argument("--json", action="store_true")
    _output(bundle, ".rvbundle")
    bundle.set_defaults(func=run_export_bundle)


def run_export_bundle(args) -> int:
    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.domain import Channel, ConversationStatus
    from reviewer.storage.conversations import ConversationFilter
    from reviewer.team.bundle_export import write_bundle
    from reviewer.team.calibration import CalibrationError, session
    from reviewer.team.samples import _find

    period, path = _period(args), _target(args)
    if args.with_recordings and args.reviews_only:
        fail("--with-recordings and --reviews-only exclude each other")
    with open_library(args) as library:
        ids = set(args.ids)
        if any((args.employee, args.channel, args.status, period.since, period.until)):
            flt = ConversationFilter(employee=args.employee, channel=Channel(args.channel) if args.channel else None,
                                     status=ConversationStatus(args.status) if args.status else None,
                                     since=period.since, until=period.until)
            ids |= {c.id for c in library.conversations.list(flt)}
        try:
            assignments = [library.conn.execute("SELECT uid FROM assignments WHERE id = ?",
                                                (_find(library, "assignments", a),)).fetchone()[0]
                           for a in args.assignment]
            sessions = [session(library, s).uid for s in args.calibration]
        except (LookupError, CalibrationError) as exc:
            fail(str(exc), 1)
        if not ids and not assignments and not sessions:
            fail("nothing to export: give conversation ids, filters, --assignment or --calibration", 1)
        try:
            summary = write_bundle(library, path, ids, with_recordings=args.with_recordings,
                                   reviews_only=args.reviews_only, assignments=assignments,
                                   calibration_sessions=sessions)
        except LookupError as exc:
            fail(str(exc), 1)
        except OSError as exc:
            fail(f"{path}: cannot write: {exc.strerror}", 1)
    if args.json:
        print_json({"path": str(summary.path), "conversations": summary.conversations, "reviews": summary.reviews,
                    "recordings": summary.recordings, "assignments": summary.assignments,
                    "calibration_sessions": summary.calibration_sessions, "parts": list(summary.parts)})
    else:
        print(f"wrote {path}: {summary.conversations} conversations, {summary.reviews} reviews,"
              f" {summary.recordings} recordings")
    return 0


# export metrics (reviewer.metrics) -----------------------------------------------------------------


def register_export_metrics(what) -> None:
    """reviewer export metrics [filters] -o FILE.csv"""
    metrics = what.add_parser(
        "metrics", help="one row per conversation with its metrics",
        description="CSV (UTF-8 with BOM), one row per conversation: talk time, silences, overtalk, "
        "interruptions, speaking rate, holds, reply waits (see `reviewer metrics`).",
    )
    metrics.add_argument("--from", dest="since", metavar="DATE", help="first day (YYYY-MM-DD), by conversation start")
    metrics.add_argument("--to", dest="until", metavar="DATE", help="last day (YYYY-MM-DD), inclusive")
    metrics.add_argument("--employee", metavar="NAME")
    metrics.add_argument("--channel", choices=CHANNELS)
    metrics.add_argument("--silence-over", type=float, metavar="SECONDS", help="only those with a longer silence")
    metrics.add_argument("--first-reply-over", type=float, metavar="SECONDS", help="only those with a later first reply")
    metrics.add_argument("--overtalk-over", type=float, metavar="SECONDS", help="only those with more overtalk")
    _output(metrics, ".csv")
    metrics.set_defaults(func=run_export_metrics)


def run_export_metrics(args) -> int:
    from reviewer.cli.common import open_library
    from reviewer.domain import Channel
    from reviewer.metrics import refresh
    from reviewer.reports.metrics_csv import write_metrics_csv
    from reviewer.storage.conversations import ConversationFilter

    period, path = _period(args), _target(args)

    def ms(seconds):
        return None if seconds is None else int(round(seconds * 1000))

    flt = ConversationFilter(
        employee=args.employee, channel=Channel(args.channel) if args.channel else None,
        since=period.since, until=period.until, silence_over_ms=ms(args.silence_over),
        first_reply_over_ms=ms(args.first_reply_over), overtalk_over_ms=ms(args.overtalk_over),
    )
    with open_library(args) as library:
        refresh(library)  # the filters read the stored figures
        conversations = library.conversations.list(flt)
        return _run(lambda: write_metrics_csv(library, conversations, path), path)

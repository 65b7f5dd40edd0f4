"""reviewer autoqa [ID...] [--all] [--rubric ID] [--json] · reviewer autoqa agreement [--from] [--to]

Automatic QA: the suggestion of every criterion that has a check, with its reason and evidence.
Results are stored; they are computed again only when the rubric version, the checker or the
turns changed. ``agreement`` compares the suggestions with what reviewers submitted.
"""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "autoqa",
        help="automatic QA: pre-score conversations against their rubric; 'autoqa agreement' compares with reviewers",
    )
    p.add_argument("ids", nargs="*", metavar="ID", help="conversation ids, or the word agreement")
    p.add_argument("--all", action="store_true", help="every conversation of the library (only stale ones are recomputed)")
    p.add_argument("--rubric", metavar="ID", help="score with this rubric instead of the channel's own")
    p.add_argument("--lang", choices=("en", "ru", "lv"), default="en", help="language of the reasons")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="agreement: reviews submitted from (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="agreement: reviews submitted until (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    p.set_defaults(func=run)


def run(args) -> int:
    from reviewer.cli.common import fail

    if args.ids and args.ids[0] == "agreement":
        if len(args.ids) > 1:
            fail("autoqa agreement takes no conversation ids")
        return run_agreement(args)
    ids = []
    for raw in args.ids:
        try:
            ids.append(int(raw))
        except ValueError:
            fail(f"{raw!r} is not a conversation id (or 'agreement')")
    if not ids and not args.all:
        fail("name conversation ids, or --all for the whole library")
    if ids and args.all:
        fail("use either conversation ids or --all")
    return run_scores(args, ids)


def _service(args, library):
    from reviewer.checks.service import AutoQA
    from reviewer.cli.common import fail
    from reviewer.rubrics.catalog import RubricNotFound

    try:
        return AutoQA(library, args.rubric)
    except RubricNotFound as exc:
        fail(str(exc), status=1)


def run_scores(args, ids: list[int]) -> int:
    import time

    from reviewer.cli.common import fail, open_library, print_json
    from reviewer.storage import auto_results

    status = 0
    with open_library(args) as library:
        service = _service(args, library)
        results = []
        if args.all:
            began = time.perf_counter()
            fresh = sum(1 for _ in service.score_all())
            took = time.perf_counter() - began
            print(f"automatic QA: {fresh} result(s) computed in {took:.1f} s", file=sys.stderr)
            ids = [row[0] for row in library.conn.execute("SELECT id FROM conversations ORDER BY id")]
            for cid in ids:
                stored = auto_results.load(library.conn, cid, args.rubric)
                results.extend(r for r, _ in stored)
        else:
            for cid in ids:
                if library.conversations.get(cid, with_turns=False) is None:
                    print(f"no conversation #{cid}", file=sys.stderr)
                    status = 1
                    continue
                found = service.results(cid)
                if not found:
                    print(f"conversation #{cid}: no turns yet, or no rubric with checks fits it", file=sys.stderr)
                results.extend(found)
    for result in results:
        for criterion, error in result.errors.items():
            print(f"conversation #{result.conversation_id}: {criterion}: check failed: {error}", file=sys.stderr)
    if args.json:
        print_json([r.to_data(args.lang) for r in results])
        return status
    for result in results:
        _print_result(result, args.lang)
    if not results and status == 0 and not args.all:
        fail("nothing to show", status=1)
    return status


def _print_result(result, language: str) -> None:
    from reviewer.domain.checks import reason_text

    score = "-" if result.score is None else f"{result.score:.1f}"
    flags = ", ".join(result.flags) or "none"
    print(f"#{result.conversation_id}  rubric {result.rubric_id} {result.rubric_version}  auto score {score}  flags: {flags}")
    for cid, s in result.suggestions.items():
        links = " ".join(
            f"turn {e.turn}" + (f"[{e.start}:{e.end}]" if e.start is not None else "") if e.turn is not None
            else f"{e.start_ms}-{e.end_ms} ms"
            for e in s.evidence[:3]
        )
        print(f"  {cid:<22} {str(s.answer):<7} {s.confidence:.2f}  {reason_text(s.reason, language)}" + (f"  ({links})" if links else ""))


def run_agreement(args) -> int:
    from reviewer.cli.common import open_library, print_json
    from reviewer.domain.auto_agreement import by_criterion
    from reviewer.storage import auto_results

    with open_library(args) as library:
        rows = auto_results.decisions(library.conn, args.date_from, args.date_to, args.rubric)
    table = [{"rubric_id": rid, "criterion_id": cid, **a.to_data()} for rid, cid, a in by_criterion(rows)]
    if args.json:
        print_json(table)
        return 0
    if not table:
        print("no submitted review had automatic suggestions in this period")
        return 0
    print(f"{'rubric':<8} {'criterion':<22} {'n':>4} {'agree':>6} {'kappa':>6}  confusion (suggested→decided: n)")
    for row in table:
        agree = "-" if row["agreement"] is None else f"{row['agreement']:.0f}%"
        kappa = "-" if row["kappa"] is None else f"{row['kappa']:.2f}"
        confusion = ", ".join(
            f"{a}→{b}: {n}" for a, inner in sorted(row["confusion"].items()) for b, n in sorted(inner.items())
        )
        print(f"{row['rubric_id']:<8} {row['criterion_id']:<22} {row['n']:>4} {agree:>6} {kappa:>6}  {confusion}")
    return 0

"""How fast the library table pages when sorted, on a generated library of 100,000 conversations.

    .venv/bin/python benchmarks/bench_library_sort.py [--conversations 100000] [--reviewed 0.3] [--keep DIR]

Conversations and submitted reviews are written straight into a new library with SQL (no turns:
sorting never reads them), a share of them reviewed, some twice. Then, for every sort key the
library table offers, the first page, a page deep in the table (keyset paging from the row before
it, a fifth and half way down) and the first page with an employee filter are timed, ascending and descending, through
``ConversationRepository.page`` as the table model calls it. Target: every page under 100 ms.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

EMPLOYEES = ["Anna Ivanova", "Jānis Bērziņš", "Maria Smith", "Олег Петров", "Dmitrijs Kozlovs"]
PAGE = 200


def generate(library, count: int, reviewed: float, seed: int = 11) -> None:
    rng = random.Random(seed)
    conn = library.conn
    with library.transaction():
        ids = [library.employee_id(name) for name in EMPLOYEES]
        conn.execute(
            "INSERT INTO rubric_snapshots (hash, rubric_id, version, content, created_at)"
            " VALUES ('bench', 'call', '1', '{}', '2026-01-01T00:00:00+00:00')"
        )
        rows = []
        for i in range(count):
            day = 1 + rng.randrange(28)
            rows.append((
                rng.choice(ids + [None]), rng.choice(["call", "chat", "email"]), f"Conversation {i}",
                f"c{i}.txt", f"{i:064x}", f"2026-{1 + rng.randrange(12):02d}-{day:02d}T{rng.randrange(24):02d}:00:00",
                rng.randrange(10_000, 900_000) if rng.random() < 0.9 else None, rng.choice(["ru", "lv", "en", None]),
                rng.choice(["new", "transcribed", "reviewed", "needs_transcription"]), "2026-01-01T00:00:00+00:00",
            ))
        conn.executemany(
            "INSERT INTO conversations (employee_id, channel, title, source_name, source_sha256, started_at,"
            " duration_ms, language, status, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        reviews = []
        for cid in range(1, count + 1):
            if rng.random() >= reviewed:
                continue
            for n in range(1 + (rng.random() < 0.2)):  # a fifth reviewed twice
                score = round(rng.uniform(0, 100), 1) if rng.random() < 0.97 else None
                state = "submitted" if rng.random() < 0.9 else "draft"
                at = f"2026-06-{1 + n:02d}T10:00:00+00:00"
                submitted = at if state == "submitted" else None
                reviews.append((cid, state, score, int(rng.random() < 0.1), at, at, submitted))
        conn.executemany(
            "INSERT INTO reviews (conversation_id, rubric_hash, rubric_id, rubric_version, reviewer, state, score,"
            " flagged, created_at, updated_at, submitted_at) VALUES (?, 'bench', 'call', '1', 'QA', ?, ?, ?, ?, ?, ?)",
            reviews,
        )
    conn.execute("ANALYZE")


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conversations", type=int, default=100_000)
    ap.add_argument("--reviewed", type=float, default=0.3, help="share of conversations with a review")
    ap.add_argument("--keep", metavar="DIR", help="keep the generated library here")
    args = ap.parse_args()

    from reviewer.storage import Library
    from reviewer.storage.conversations import ConversationFilter

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reviewer-sort-"))
    if not (work / "library.db").exists():
        library = Library.open(work)
        start = time.perf_counter()
        generate(library, args.conversations, args.reviewed)
        print(f"generated {args.conversations:,} conversations in {time.perf_counter() - start:.1f} s")
    else:
        library = Library.open(work, create=False)
    repo = library.conversations
    reviews = library.conn.execute("SELECT COUNT(*) FROM reviews WHERE state = 'submitted'").fetchone()[0]
    print(f"library: {repo.count():,} conversations, {reviews:,} submitted reviews")
    worst = 0.0
    print(f"{'sort key':<12} {'order':<5} {'first page':>11} {'at 20%':>8} {'at 50%':>8} {'filtered':>9}"
          "   (ms, median of 5)")
    for key in ("started_at", "employee", "channel", "title", "duration", "language", "status", "score"):
        for descending in (False, True):
            first = timed(lambda: repo.page(order_by=key, descending=descending, limit=PAGE))
            # Deeper down: page on from a row a fifth and half way down.
            ordered = repo.page(order_by=key, descending=descending, limit=args.conversations // 2)
            deep = [
                timed(lambda: repo.page(order_by=key, descending=descending, limit=PAGE, after=row))
                for row in (ordered[len(ordered) * 2 // 5 - 1], ordered[-1])
            ]
            flt = ConversationFilter(employee=EMPLOYEES[1])
            filtered = timed(lambda: repo.page(flt, order_by=key, descending=descending, limit=PAGE))
            worst = max(worst, first, *deep, filtered)
            print(f"{key:<12} {'desc' if descending else 'asc':<5} {first:>11.1f} {deep[0]:>8.1f} {deep[1]:>8.1f}"
                  f" {filtered:>9.1f}")
    print(f"slowest page: {worst:.1f} ms   (target < 100 ms)")
    # What the library opens at (To review) and Not reviewed by me: the count and the first page
    # newest first, as the table model reads them, with the page's review states and late marks.
    for label, flt in (("to review", ConversationFilter(to_review=True)),
                       ("not mine", ConversationFilter(not_reviewed_by="QA"))):
        count = timed(lambda: repo.count(flt))
        page = repo.page(flt, order_by="started_at", descending=True, limit=PAGE)
        first = timed(lambda: repo.page(flt, order_by="started_at", descending=True, limit=PAGE))
        ids = [c.id for c in page]
        facts = timed(lambda: (repo.review_progress(ids), library.visits.late_of(ids)))
        print(f"{label:<12} count {count:.1f} ms, first page {first:.1f} ms, its review states {facts:.1f} ms"
              f"   ({repo.count(flt):,} rows)")
    library.close()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

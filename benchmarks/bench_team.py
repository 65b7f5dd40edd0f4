"""A 10-reviewer team's month: bundles of 400 reviews exported from each reviewer's library and
merged into a lead's library of 20,000 conversations, then a calibration report.

    .venv/bin/python benchmarks/bench_team.py [--conversations 20000] [--reviewers 10] [--reviews 400]

The lead's library is generated (chats of 12 turns); each reviewer's library receives its 400
conversations by a bundle from the lead (timed as "import of conversations"), then 400 submitted
reviews of the shipped chat rubric (27 criteria) written in bulk. Timed: exporting each reviewer's
bundle (without recordings) and importing it into the lead's library, then importing all again
(nothing new), and the calibration report for 10 reviewers x 20 conversations.
Targets (issue 16): export and import of a 400-review bundle < 2 s each; calibration report < 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn  # noqa: E402
from reviewer.rubrics import read_rubric  # noqa: E402
from reviewer.storage import Library, exchange  # noqa: E402
from reviewer.storage.settings import Setting  # noqa: E402
from reviewer.team import calibration, calibration_report  # noqa: E402
from reviewer.team.bundle_export import write_bundle  # noqa: E402
from reviewer.team.bundle_import import import_bundle  # noqa: E402

RUBRIC = Path(__file__).resolve().parents[1] / "rubrics" / "chat.toml"
LINES = ["Labdien! Kā varu palīdzēt?", "Mans pasūtījums vēl nav piegādāts", "Здравствуйте, чем могу помочь?",
         "Подскажите номер заказа, пожалуйста", "Hello, could you confirm your order number?", "Paldies!"]


def lead_library(root: Path, count: int, rng: random.Random) -> Library:
    library = Library.open(root)
    library.set_setting(Setting.REVIEWER_NAME, "Lead")
    employees = [f"Agent {i}" for i in range(40)]
    with library.transaction():
        for i in range(count):
            agent = employees[i % len(employees)]
            library.conversations.add(Conversation(
                Channel.CHAT, f"chat-{i}.txt", employee=agent, started_at=f"2026-11-{1 + i % 28:02d}T10:00:00",
                source_sha256=uuid.UUID(int=rng.getrandbits(128)).hex * 2,
                turns=[Turn(rng.choice(LINES), SpeakerRole.AGENT if j % 2 == 0 else SpeakerRole.CUSTOMER,
                            agent if j % 2 == 0 else "Klients", sent_at=f"2026-11-01T10:{j:02d}:00")
                       for j in range(12)],
            ))
    return library


def answers(rubric, rng: random.Random, lean: float) -> dict:
    found = {}
    for criterion in rubric.criteria():
        values = [v for v in criterion.scale.values()]
        weights = [1 + lean * k for k in range(len(values))]
        value = rng.choices(values, weights)[0]
        found[criterion.id] = {"value": value, "comment": "" if value != values[0] else "why: slow reply",
                               "evidence": [rng.randrange(12)]}
    return found


def add_reviews(library: Library, conversation_ids, reviewer: str, rubric, rng, calibration_uid=None) -> None:
    """Submitted reviews written in bulk (the same rows ReviewRepository writes, far faster)."""
    from reviewer.domain.scoring import score_review

    now = "2026-11-30T12:00:00+00:00"
    with library.transaction() as conn:
        library.reviews._store_snapshot(conn, rubric, now)
        for cid in conversation_ids:
            data = {"uid": uuid.uuid4().hex, "rubric_hash": rubric.fingerprint, "reviewer": reviewer,
                    "state": "submitted", "created_at": now, "updated_at": now, "submitted_at": now,
                    "calibration_uid": calibration_uid, "answers": answers(rubric, rng, rng.random()),
                    "history": [{"at": now, "who": reviewer, "action": "submit", "old": "draft", "new": "submitted"}]}
            score = score_review(rubric, {k: a["value"] for k, a in data["answers"].items()})
            exchange.write_review(conn, None, data, cid, rubric, score.total, score.flagged)


def clock():
    """Start timing; calling the result gives (wall seconds, CPU seconds of this process). The CPU
    time shows what the code costs when other processes share the cores."""
    wall, cpu = time.perf_counter(), time.process_time()
    return lambda: (time.perf_counter() - wall, time.process_time() - cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=20000)
    parser.add_argument("--reviewers", type=int, default=10)
    parser.add_argument("--reviews", type=int, default=400)
    args = parser.parse_args()
    rng = random.Random(16)
    rubric = read_rubric(RUBRIC)
    work = Path(tempfile.mkdtemp(prefix="bench-team-"))
    try:
        started = time.perf_counter()
        lead = lead_library(work / "lead", args.conversations, rng)
        print(f"lead library: {args.conversations} conversations generated in {time.perf_counter() - started:.1f} s")
        all_ids = [c.id for c in lead.conversations.list()]
        exports, imports, sizes, to_reviewers = [], [], [], []
        bundles = []
        for r in range(args.reviewers):
            name = f"Reviewer {r}"
            ids = rng.sample(all_ids, args.reviews)
            write_bundle(lead, work / f"to-{r}.rvbundle", ids)
            mine = Library.open(work / f"r{r}")
            mine.set_setting(Setting.REVIEWER_NAME, name)
            t = clock()
            got = import_bundle(mine, work / f"to-{r}.rvbundle")
            to_reviewers.append(t())
            add_reviews(mine, got.conversation_ids, name, rubric, rng)
            t = clock()
            summary = write_bundle(mine, work / f"from-{r}.rvbundle", got.conversation_ids)
            exports.append(t())
            sizes.append(summary.path.stat().st_size)
            assert summary.reviews == args.reviews
            bundles.append(summary.path)
            mine.close()
        for path in bundles:
            t = clock()
            result = import_bundle(lead, path)
            imports.append(t())
            assert result.reviews_added == args.reviews and result.conversations_matched == args.reviews
        again = []
        for path in bundles:
            t = clock()
            assert not import_bundle(lead, path).changed
            again.append(t())
        reviews = lead.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0]

        # Calibration: 10 reviewers x 20 conversations, with benchmark answers.
        cal_ids = rng.sample(all_ids, 20)
        names = [f"Reviewer {r}" for r in range(10)]
        session = calibration.create(lead, "bench", rubric.id, cal_ids, names, benchmark_reviewer="Lead")
        for name in [*names, "Lead"]:
            add_reviews(lead, cal_ids, name, rubric, rng, calibration_uid=session.uid)
        timings = []
        for _ in range(3):
            t = clock()
            report = calibration_report.build(lead, session.uid)
            timings.append(t())
        lead.close()

        def line(what, values, target=None):
            wall = [w for w, _ in values]
            cpu = [c for _, c in values]
            mark = "" if target is None else ("  (target < %.0f s: %s)" % (target, "met" if max(wall) < target else "MISSED"))
            print(f"{what:<46} median {statistics.median(wall):6.3f} s   max {max(wall):6.3f} s"
                  f"   cpu median {statistics.median(cpu):6.3f} s{mark}")

        print(f"{args.reviewers} bundles of {args.reviews} reviews, {statistics.mean(sizes) / 1e6:.2f} MB each;"
              f" the lead's library now holds {reviews} reviews")
        line("conversations lead -> reviewer (import)", to_reviewers)
        line("export a reviewer's bundle", exports, 2)
        line("import it into the lead's library", imports, 2)
        line("import the same bundle again (nothing new)", again)
        line(f"calibration report ({len(report.criteria)} criteria, 10 x 20)", timings, 1)
        print(f"total {time.perf_counter() - started:.1f} s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Benchmark: a coaching report over 1,000 reviews of one employee must render in under 3 s.

Builds a temporary library with 1,000 submitted call reviews (varied answers, evidence and
comments, spread over a year) through the real reviews API, then times the whole report: the
queries, the aggregation and the PDF. Prints the figures; exits 1 when over the limit.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reviewer import reports
from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.rubrics import load_catalog
from reviewer.storage import Library

REVIEWS = 1000
LIMIT_S = 3.0
TURNS = [
    ("agent", "Добрый день! Меня зовут Анна, магазин «Светлый дом»."),
    ("customer", "Здравствуйте, у меня не работает лампа на кухне."),
    ("agent", "Ну это не проблема, щас разберёмся."),
    ("customer", "Sveiki, mana lampa mirgo jau nedēļu."),
    ("agent", "Вы должны были сохранить чек."),
    ("agent", "Спасибо за звонок, всего доброго!"),
]


def build(root: Path, employee: str) -> Library:
    library = Library.open(root)
    rubric = load_catalog().get("call")
    rng = random.Random(6)
    start = datetime(2025, 11, 3, 9, tzinfo=timezone.utc)
    with library.transaction():
        for i in range(REVIEWS):
            at = start + timedelta(hours=8 * i + rng.randint(0, 5))
            cid = library.conversations.add(
                Conversation(
                    Channel.CALL, f"call-{i}.ogg", employee=employee, source_sha256=f"{i:064d}",
                    started_at=at.isoformat(timespec="seconds"), duration_ms=30_000,
                    turns=[Turn(text, SpeakerRole(role), employee if role == "agent" else "Customer",
                                start_ms=j * 5000, end_ms=j * 5000 + 4000) for j, (role, text) in enumerate(TURNS)],
                )
            )
            review = library.reviews.create(cid, rubric, rng.choice(["Olga Petrova", "Līga Kalniņa"]), at=at)
            answers = []
            for criterion in rubric.criteria():
                values = criterion.scale.values()
                value = values[-1] if rng.random() < 0.75 else rng.choice(values)
                if criterion.critical and rng.random() < 0.97:
                    value = values[-1]
                evidence = [rng.choice([2, 4])] if value != values[-1] else [0] if rng.random() < 0.2 else []
                comment = "Сказала «не проблема»" if evidence and value != values[-1] else ""
                answers.append((criterion.id, value, comment, evidence))
            library.reviews.set_answers(review.id, answers, at=at)
            library.reviews.submit(review.id, at=at + timedelta(minutes=15))
    return library


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        library = build(Path(folder) / "library", "Anna Ivanova")
        built = time.perf_counter() - t0
        timings = []
        for _ in range(3):
            t0 = time.perf_counter()
            path = reports.make_employee_report(library, "Anna Ivanova", Path(folder) / "anna.pdf", language="ru")
            timings.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        rows = reports.export_scores(library, Path(folder) / "scores.csv")
        csv_s = time.perf_counter() - t0
        size = path.stat().st_size
        library.close()
    best, worst = min(timings), max(timings)
    print(f"library with {REVIEWS} reviews built in {built:.1f} s")
    print(f"coaching report over {REVIEWS} reviews: best {best:.2f} s, worst {worst:.2f} s "
          f"(limit {LIMIT_S:.0f} s), {size / 1024:.0f} KiB")
    print(f"CSV export of {rows} rows: {csv_s:.2f} s")
    return 0 if worst < LIMIT_S else 1


if __name__ == "__main__":
    sys.exit(main())

"""Import speed and search latency on a generated library.

    .venv/bin/python benchmarks/bench_import.py [--conversations 10000] [--keep DIR]

Generates chat exports (plain text `hh:mm Name: message`, 10-20 messages each, Russian, Latvian
and English), imports them into an empty library through the same service `reviewer import`
uses, then times `reviewer list --search WORD` both inside one process and as a whole command.
Targets (issue 2): >= 1,000 conversations/s on the 2-core machine; search < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AGENTS = ["Anna Ivanova", "Jānis Bērziņš", "Maria Smith", "Олег Петров"]
CUSTOMERS = ["Пётр", "Ilze", "John", "Светлана", "Kārlis", "Emma"]
LINES = [
    "Здравствуйте, меня зовут {agent}, чем могу помочь?",
    "Хочу вернуть товар, он не подошёл по размеру",
    "Подскажите номер заказа, пожалуйста",
    "Labdien! Kā varu palīdzēt?",
    "Mans pasūtījums vēl nav piegādāts",
    "Hello, I would like to change my delivery address",
    "Of course, could you confirm your order number?",
    "Спасибо за обращение, хорошего дня!",
    "Paldies, uz redzēšanos!",
    "The parcel arrived damaged, what can I do?",
]
RARE_WORD = "кенгуру"  # appears in about 1 % of conversations: what a reviewer would search for


def generate(folder: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(count):
        agent, customer = rng.choice(AGENTS), rng.choice(CUSTOMERS)
        minute = rng.randrange(9 * 60, 18 * 60)
        lines = []
        for j in range(rng.randint(10, 20)):
            speaker = agent if j % 2 == 0 else customer
            text = rng.choice(LINES).format(agent=agent)
            if j == 3 and i % 100 == 0:
                text += f" {RARE_WORD}"
            lines.append(f"{minute // 60:02d}:{minute % 60:02d} {speaker}: {text} #{i}")
            minute = min(minute + rng.randint(0, 2), 23 * 60 + 59)
        (folder / f"chat-{i:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conversations", type=int, default=10_000)
    ap.add_argument("--keep", metavar="DIR", help="keep the generated files and library here")
    args = ap.parse_args()

    from reviewer.importers import ImportOptions
    from reviewer.importing import Outcome, import_paths
    from reviewer.storage import Library
    from reviewer.storage.conversations import ConversationFilter

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reviewer-bench-"))
    chats, lib_dir = work / "chats", work / "library"
    shutil.rmtree(lib_dir, ignore_errors=True)
    if not chats.is_dir() or len(list(chats.iterdir())) != args.conversations:
        shutil.rmtree(chats, ignore_errors=True)
        chats.mkdir(parents=True)
        generate(chats, args.conversations)

    library = Library.open(lib_dir)
    options = ImportOptions(agents=AGENTS)
    start = time.perf_counter()
    results = list(import_paths(library, [chats], options))
    elapsed = time.perf_counter() - start
    failed = [r for r in results if r.outcome is not Outcome.IMPORTED]
    imported = sum(len(r.conversation_ids) for r in results if r.outcome is Outcome.IMPORTED)
    turns = library.conn.execute("SELECT COUNT(*) FROM turns").fetchone()[0]
    print(f"cpu cores:            {os.cpu_count()}")
    print(f"imported:             {imported} conversations, {turns} turns, {len(failed)} not imported")
    if failed:
        print(f"  first problem:      {failed[0].path.name}: {failed[0].message}")
    print(f"import time:          {elapsed:.2f} s")
    print(f"import rate:          {imported / elapsed:,.0f} conversations/s   (target >= 1,000)")

    # Search inside one process (what the desktop app pays).
    timings = []
    for _ in range(20):
        t = time.perf_counter()
        found = library.conversations.list(ConversationFilter(search=RARE_WORD))
        library.conversations.turn_counts([c.id for c in found])
        timings.append(time.perf_counter() - t)
    print(f"search query:         {statistics.median(timings) * 1000:.1f} ms median, "
          f"{len(found)} conversations found   (target < 100 ms)")
    library.close()

    # The whole command, as a user types it: interpreter start-up included.
    env = {**os.environ, "REVIEWER_LIBRARY": str(lib_dir)}
    command = [sys.executable, "-m", "reviewer", "list", "--search", RARE_WORD]
    walls = []
    for _ in range(7):
        t = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - t)
    rows = len(done.stdout.strip().splitlines()) - 1
    print(f"`reviewer list --search {RARE_WORD}`: {statistics.median(walls) * 1000:.0f} ms median wall time "
          f"for the whole command, {rows} rows   (target < 100 ms)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

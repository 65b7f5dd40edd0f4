"""Search latency with inflected forms, prefixes and phrases, at 10,000 and 100,000 conversations,
side by side.

    .venv/bin/python benchmarks/bench_search.py [--sizes 10000 100000] [--turns 5] [--cache DIR] [--rebuild]

Each library is written once into a cache folder (default: the system's temporary folder,
``reviewer-bench-search``; named after its size, turns and the library's migrations) straight
with SQL: conversations of ten employees, participants, turns of shop sentences in Russian,
Latvian and English, about 1 % of conversations carrying rarer words, the full-text index filled
with the values the repository computes (``reviewer.search.index``). Later runs reuse it.

For each query kind it prints, per size:

- ``list``: ``ConversationRepository.list(ConversationFilter(search=..., limit=50))`` plus the turn
  counts, what ``reviewer list --search ... --limit 50`` asks of the library;
- ``window``: what the library window asks when the search box changes: the count of matching
  conversations (up to 1,001: it says "more than 1,000") and the first page of 200 rows newest
  first (``LibraryModel.reload``);
- ``command``: the whole command ``reviewer list --search ... --limit 50`` as a process
  (interpreter start-up included, with compiled bytecode as an installed program has it), the
  fastest of five runs and the CPU time it used (the wall time of a loaded machine is mostly
  waiting for a core: the CPU time tells what the command itself costs).

Targets: < 100 ms per query in the library API, < 150 ms for the whole command. Also printed: the
load average, what indexing costs per turn, and for the corpus in tests/data/search_inflections.json
the recall of the stemmers used against simplemma's lemmas (``--simplemma``, when it is installed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = json.loads((ROOT / "tests" / "data" / "search_inflections.json").read_text("utf-8"))
LINES = [
    "Здравствуйте, меня зовут Анна, чем могу помочь?",
    "Хочу вернуть товар, он не подошёл по размеру",
    "Подскажите номер заказа, пожалуйста",
    "Доставка будет завтра до обеда",
    "Labdien! Kā varu palīdzēt?",
    "Mans pasūtījums vēl nav piegādāts",
    "Cena ir norādīta ar atlaidi",
    "Hello, I would like to change my delivery address",
    "Of course, could you confirm your order number?",
    "The parcel arrived damaged, what can I do?",
]
RARE = ["Нужна лампа кенгуру у окна", "Vai gaismeklis ir noliktavā?", "A brass floor lamp, please",
        "Светильники с абажуром есть?"]
EMPLOYEES = [f"Agent {n}" for n in range(1, 11)]
# (label, search text, filter fields): what reviewers type. "delivery" is in every tenth turn,
# "заказ" (a prefix of заказа) too: the common words.
QUERIES = [
    ("rare, inflected (ru)", "кенгуру лампу", {}),
    ("rare, inflected (lv)", "gaismekļus", {}),
    ("rare, prefix (ru)", "светил", {}),
    ("rare, phrase (en)", '"brass floor lamp"', {}),
    ("common word (en)", "delivery", {}),
    ("common, inflected (ru)", "заказ", {}),
    ("common, phrase (en)", '"delivery address"', {}),
    ("common + employee", "delivery", {"employee": "Agent 3"}),
    ("common + since", "delivery", {"since": "2026-11-01"}),
    ("rare + employee", "кенгуру лампу", {"employee": "Agent 3"}),
]
GENERATOR = 2  # bump when generate() writes something else: cached libraries are rebuilt


def _migrations_mark() -> str:
    from reviewer.storage import migrations

    return str(max(version for version, _name, _module in migrations._names()))


def generate(library, count: int, turns: int, seed: int = 5) -> None:
    from reviewer.search.index import index_values

    rng = random.Random(seed)
    conn = library.conn
    # A turn is a line and its conversation's number; the number (digits) adds no stems, so a
    # line's index values are computed once (checked below against the real thing).
    values = {line: index_values(line) for line in LINES + [f"{a} {b}" for a in LINES for b in RARE]}
    with library.transaction():
        conn.executemany("INSERT INTO employees (id, name, created_at) VALUES (?, ?, '2026-01-01T00:00:00+00:00')",
                         list(enumerate(EMPLOYEES, 1)))
        conn.executemany(
            "INSERT INTO conversations (id, employee_id, channel, source_name, source_sha256, started_at, status,"
            " imported_at) VALUES (?, ?, 'chat', ?, ?, ?, 'new', '2026-01-01T00:00:00+00:00')",
            [(i, 1 + i % len(EMPLOYEES), f"c{i}.txt", f"{i:064x}",
              f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00") for i in range(1, count + 1)],
        )
        conn.executemany(
            "INSERT INTO participants (id, conversation_id, name, role) VALUES (?, ?, 'Client', 'customer')",
            [(i, i) for i in range(1, count + 1)],
        )
        tid = 0
        batch, fts = [], []
        for cid in range(1, count + 1):
            for idx in range(turns):
                tid += 1
                line = rng.choice(LINES)
                if idx == 1 and rng.random() < 0.01:
                    line += " " + rng.choice(RARE)
                text, stems = values[line]
                batch.append((tid, cid, idx, cid, f"{line} #{cid}"))
                fts.append((tid, f"{text} #{cid}", stems))
                if tid % 997 == 0:
                    assert index_values(batch[-1][4]) == fts[-1][1:], batch[-1]
            if len(batch) > 50_000:
                conn.executemany("INSERT INTO turns (id, conversation_id, idx, participant_id, text) VALUES (?, ?, ?, ?, ?)", batch)
                conn.executemany("INSERT INTO turns_fts (rowid, text, stems) VALUES (?, ?, ?)", fts)
                batch, fts = [], []
        conn.executemany("INSERT INTO turns (id, conversation_id, idx, participant_id, text) VALUES (?, ?, ?, ?, ?)", batch)
        conn.executemany("INSERT INTO turns_fts (rowid, text, stems) VALUES (?, ?, ?)", fts)
    conn.execute("INSERT INTO turns_fts (turns_fts) VALUES ('optimize')")


def prepared_library(cache: Path, size: int, turns: int, rebuild: bool) -> Path:
    """The library folder for this size, written once (a mark file says it is complete)."""
    import shutil

    from reviewer.storage import Library

    lib_dir = cache / f"library-{size}x{turns}-m{_migrations_mark()}-g{GENERATOR}"
    done = lib_dir / "bench-complete"
    if done.exists() and not rebuild:
        return lib_dir
    shutil.rmtree(lib_dir, ignore_errors=True)
    library = Library.open(lib_dir)
    start = time.perf_counter()
    generate(library, size, turns)
    library.close()
    done.write_text(f"{time.perf_counter() - start:.1f}")
    return lib_dir


def _median_ms(run, repeat: int) -> tuple[float, float]:
    """(median wall ms, median CPU ms) of ``run``: on a loaded machine the wall time is mostly
    waiting for a core; the CPU time is what the query itself costs."""
    walls, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def list_ms(library, text: str, fields: dict, repeat: int = 7) -> tuple[tuple[float, float], int]:
    from reviewer.storage.conversations import ConversationFilter

    flt = ConversationFilter(search=text, limit=50, **fields)
    found: list = []

    def run():
        found[:] = library.conversations.list(flt)
        library.conversations.turn_counts([c.id for c in found])
    return _median_ms(run, repeat), len(found)


def window_ms(library, text: str, fields: dict, repeat: int = 7) -> tuple[tuple[float, float], int]:
    from reviewer.storage.conversations import ConversationFilter

    from reviewer.ui.library.library_model import SEARCH_COUNT_LIMIT

    flt = ConversationFilter(search=text, **fields)
    counted = []

    def run():
        counted[:] = [library.conversations.count(flt, up_to=SEARCH_COUNT_LIMIT + 1)]
        library.conversations.page(flt, order_by="started_at", descending=True, limit=200)
    return _median_ms(run, repeat), counted[0]


def command(lib_dir: Path, text: str | None, fields: dict, env: dict, repeat: int = 5) -> tuple[float, float]:
    """(fastest wall ms, its CPU ms) of the whole command."""
    args = [sys.executable, "-m", "reviewer", "--library", str(lib_dir), "list", "--limit", "50"]
    if text is None:
        args = [sys.executable, "-c", "pass"]
    else:
        args += ["--search", text]
        for name, value in fields.items():
            args += [f"--{name}", value]
    best = None
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, env=env, capture_output=True, text=True, check=True)
        wall = (time.perf_counter() - start) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
        if best is None or wall < best[0]:
            best = (wall, cpu)
    return best


def stemming_cost() -> None:
    from reviewer.search import stems as stems_module
    from reviewer.search.index import index_values

    rng = random.Random(3)
    vocabulary = [w for lang in CORPUS if lang != "_about" for e in CORPUS[lang] for w in [e["word"], *e["forms"]]]
    texts = [" ".join(rng.choice(vocabulary) for _ in range(12)) for _ in range(2000)]
    stems_module.stems.cache_clear()
    start = time.perf_counter()
    for text in texts:
        index_values(text)
    cold = (time.perf_counter() - start) / len(texts) * 1e6
    start = time.perf_counter()
    for text in texts:
        index_values(text)
    warm = (time.perf_counter() - start) / len(texts) * 1e6
    print(f"indexing a 12-word turn: {cold:.0f} µs with a cold stem cache, {warm:.0f} µs warm")


def compare_with_simplemma() -> None:
    from reviewer.search.stems import stems

    try:
        import simplemma
    except ImportError:
        print("simplemma not installed: comparison skipped")
        return
    for lang in ("ru", "lv", "en"):
        for name, forms_of in (("stemmers", lambda w: {w, *stems(w)}),
                               ("simplemma", lambda w, lang=lang: {simplemma.lemmatize(w, lang=lang)})):
            start = time.perf_counter()
            forms_of("x" + lang)  # first call loads simplemma's dictionary
            load = (time.perf_counter() - start) * 1000
            pairs = hits = wrong = 0
            for entry in CORPUS[lang]:
                for form in entry["forms"]:
                    pairs += 1
                    hits += bool(forms_of(entry["word"]) & forms_of(form))
                wrong += bool(forms_of(entry["word"]) & forms_of(entry["other"]))
            print(f"  {lang} {name:9}: same form for {hits}/{pairs} inflected pairs ({hits / pairs:.0%}),"
                  f" {wrong} different words conflated, first use {load:.0f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--turns", type=int, default=5, help="turns per conversation")
    ap.add_argument("--cache", metavar="DIR", default=str(Path(tempfile.gettempdir()) / "reviewer-bench-search"))
    ap.add_argument("--rebuild", action="store_true", help="write the cached libraries again")
    ap.add_argument("--simplemma", action="store_true", help="also compare the stemmers with simplemma's lemmas")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from reviewer.storage import Library

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    print(f"cpu cores: {os.cpu_count()}, load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.simplemma:
        print("stemmers against simplemma on the test corpus (without the prefix rule):")
        compare_with_simplemma()
    stemming_cost()

    # The command as an installed program runs it: its modules' bytecode compiled (here into
    # the cache folder), whatever PYTHONDONTWRITEBYTECODE says in this shell.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(cache / "pycache"))
    libraries = {}
    for size in args.sizes:
        start = time.perf_counter()
        lib_dir = libraries[size] = prepared_library(cache, size, args.turns, args.rebuild)
        took = time.perf_counter() - start
        made = float((lib_dir / "bench-complete").read_text())
        db_mb = (lib_dir / "library.db").stat().st_size / 1e6
        print(f"{size:,} conversations, {size * args.turns:,} turns: library.db {db_mb:.0f} MB,"
              f" {'written in' if took > 1 else 'from the cache (written in'} {made:.0f} s{'' if took > 1 else ')'}")
        subprocess.run([sys.executable, "-m", "reviewer", "--library", str(lib_dir), "list", "--limit", "1"],
                       env=env, capture_output=True, check=True)  # compiles the bytecode once

    figures: dict[tuple[str, int], tuple] = {}
    for size, lib_dir in libraries.items():
        library = Library.open(lib_dir)
        for label, text, fields in QUERIES:
            listed = list_ms(library, text, fields)
            window = window_ms(library, text, fields)
            figures[(label, size)] = (listed, window)
        library.close()
        for label, text, fields in QUERIES:
            figures[(label, size)] += (command(lib_dir, text, fields, env),)
    baseline = command(next(iter(libraries.values())), None, {}, env)

    sizes = list(libraries)
    widths = (14, 20, 14)  # per size: list "wall/cpu", window "wall/cpu found", command "wall/cpu"
    head = f"{'query':24} {'search text':20}"
    for what, width in zip(("list, ms wall/cpu", "window, ms wall/cpu (found)", "command, ms wall/cpu"), widths):
        head += " | " + what.center(width * len(sizes))
    print("\n" + head)
    sub = f"{'':24} {'':20}"
    for width in widths:
        sub += " | " + "".join(f"{s // 1000}k".center(width) for s in sizes)
    print(sub)
    for label, text, fields in QUERIES:
        line = f"{label:24} {text:20}"
        cells = [[], [], []]
        for s in sizes:
            (list_wall, list_cpu), _n = figures[(label, s)][0]
            (win_wall, win_cpu), found = figures[(label, s)][1]
            cmd_wall, cmd_cpu = figures[(label, s)][2]
            cells[0].append(f"{list_wall:6.1f}/{list_cpu:<6.1f}".center(widths[0]))
            cells[1].append(f"{win_wall:6.1f}/{win_cpu:<5.1f}({found})".center(widths[1]))
            cells[2].append(f"{cmd_wall:5.0f}/{cmd_cpu:<5.0f}".center(widths[2]))
        line += "".join(" | " + "".join(c) for c in cells)
        print(line)
    print(f"\nlist: 50 rows and their turn counts; window: count + first 200 rows newest first;"
          f" targets < 100 ms each. command: `reviewer list --search ... --limit 50`, target < 150 ms;"
          f" `python -c pass` alone takes {baseline[0]:.0f} ms ({baseline[1]:.0f} ms cpu) here.")
    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

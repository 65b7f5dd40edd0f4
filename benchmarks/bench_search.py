"""Search latency with inflected forms, prefixes and phrases, at 10,000 and 100,000 conversations.

    .venv/bin/python benchmarks/bench_search.py [--sizes 10000 100000] [--turns 5] [--keep DIR]

For each size a library is written straight with SQL (conversations, participants, turns of shop
sentences in Russian, Latvian and English, some carrying rarer words), and its full-text index
filled with the same values the repository computes (``reviewer.search.index``). Then:

- the library API: ``ConversationRepository.list(ConversationFilter(search=...))`` plus the turn
  counts, as ``reviewer list`` calls it (target < 100 ms per query);
- the whole command ``reviewer list --search ...`` as a process, interpreter start-up and stemmer
  import included (target < 150 ms);
- what indexing costs an import: stemming per turn with a cold cache, and the index's size.

Also prints, for the corpus in tests/data/search_inflections.json, the recall and false matches of
the stemmers used against simplemma's lemmas (when simplemma is installed), the choice this rests on.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
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
# (label, search text): what reviewers type. Rare words are put in about 1 % of conversations.
QUERIES = [
    ("inflected word (ru)", "кенгуру лампу"),
    ("inflected word (lv)", "gaismekļus"),
    ("prefix (ru)", "светил"),
    ("phrase (en)", '"brass floor lamp"'),
    ("common word (en)", "delivery"),
]
RARE = ["Нужна лампа кенгуру у окна", "Vai gaismeklis ir noliktavā?", "A brass floor lamp, please",
        "Светильники с абажуром есть?"]


def generate(library, count: int, turns: int, seed: int = 5) -> None:
    from reviewer.search.index import index_values

    rng = random.Random(seed)
    conn = library.conn
    with library.transaction():
        conn.executemany(
            "INSERT INTO conversations (id, channel, source_name, source_sha256, started_at, status, imported_at)"
            " VALUES (?, 'chat', ?, ?, ?, 'new', '2026-01-01T00:00:00+00:00')",
            [(i, f"c{i}.txt", f"{i:064x}", f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00") for i in range(1, count + 1)],
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
                text = rng.choice(LINES) + f" #{cid}"
                if idx == 1 and rng.random() < 0.01:
                    text += " " + rng.choice(RARE)
                batch.append((tid, cid, idx, cid, text))
                fts.append((tid, *index_values(text)))
            if len(batch) > 50_000:
                conn.executemany("INSERT INTO turns (id, conversation_id, idx, participant_id, text) VALUES (?, ?, ?, ?, ?)", batch)
                conn.executemany("INSERT INTO turns_fts (rowid, text, stems) VALUES (?, ?, ?)", fts)
                batch, fts = [], []
        conn.executemany("INSERT INTO turns (id, conversation_id, idx, participant_id, text) VALUES (?, ?, ?, ?, ?)", batch)
        conn.executemany("INSERT INTO turns_fts (rowid, text, stems) VALUES (?, ?, ?)", fts)
    conn.execute("INSERT INTO turns_fts (turns_fts) VALUES ('optimize')")


def api_ms(library, text: str, repeat: int = 9) -> tuple[float, int]:
    """The first 200 matches (a page of the library table; the command line's default prints all)."""
    from reviewer.storage.conversations import ConversationFilter

    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        found = library.conversations.list(ConversationFilter(search=text, limit=200))
        library.conversations.turn_counts([c.id for c in found])
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(found)


def command_ms(lib_dir: Path, text: str | None, repeat: int = 5) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "reviewer", "--library", str(lib_dir), "list", "--limit", "50"]
    if text is None:
        command = [sys.executable, "-c", "pass"]
    elif text:
        command += ["--search", text]
    walls = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - start)
    return statistics.median(walls) * 1000


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
    ap.add_argument("--keep", metavar="DIR")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from reviewer.storage import Library

    print(f"cpu cores: {os.cpu_count()}")
    print("stemmers against simplemma on the test corpus (without the prefix rule):")
    compare_with_simplemma()
    stemming_cost()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reviewer-bench-search-"))
    for size in args.sizes:
        lib_dir = work / f"library-{size}"
        shutil.rmtree(lib_dir, ignore_errors=True)
        library = Library.open(lib_dir)
        start = time.perf_counter()
        generate(library, size, args.turns)
        made = time.perf_counter() - start
        db_mb = (lib_dir / "library.db").stat().st_size / 1e6
        print(f"\n{size:,} conversations, {size * args.turns:,} turns (written in {made:.0f} s, library.db {db_mb:.0f} MB)")
        for label, text in QUERIES:
            ms, found = api_ms(library, text)
            print(f"  library API  {label:22} {text!r:26} {ms:6.1f} ms  {found:6} found   (target < 100 ms)")
        library.close()
        print(f"  for reference: `python -c pass` {command_ms(lib_dir, None):.0f} ms, `reviewer list --limit 50`"
              f" without a search {command_ms(lib_dir, ''):.0f} ms (what the machine's load costs every command)")
        for label, text in QUERIES:
            print(f"  whole command {label:21} {text!r:26} {command_ms(lib_dir, text):6.0f} ms"
                  "   (`reviewer list --search ... --limit 50`, target < 150 ms)")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

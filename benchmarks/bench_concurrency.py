"""How long an import holds the library's write lock, and how other writers fare meanwhile.

    .venv/bin/python benchmarks/bench_concurrency.py [--mb 60] [--keep DIR]

Generates a WhatsApp export of about --mb megabytes (one chat of many messages, the file that
used to hold the lock for its whole parse), imports it through the same service `reviewer
import` uses, and records every write transaction's hold of the lock (from BEGIN IMMEDIATE
granted to COMMIT). Meanwhile two other processes write to the same library: a probe that
saves a setting every 0.1 s and reports how long each write waited, and a second
`reviewer import` of 200 small chats. Target (issue 11): every hold under 200 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

PROBE = """
import json, sys, time
from pathlib import Path
from reviewer.storage import Library
from reviewer.storage.settings import Setting
library = Library.open(sys.argv[1])
waits = []
while not Path(sys.argv[2]).exists():
    began = time.perf_counter()
    library.set_setting(Setting.REVIEWER_NAME, f"probe {len(waits)}")
    waits.append(time.perf_counter() - began)
    time.sleep(0.1)
print(json.dumps(waits))
"""


def instrument(holds: list[float], cpu: list[float], on_hold) -> None:
    """Record the hold of every outermost transaction of this process (from BEGIN IMMEDIATE
    granted to just before COMMIT, which in WAL mode without fsync is quick)."""
    from reviewer.storage.library import Library

    original = Library.transaction

    @contextmanager
    def timed(self):
        with original(self) as conn:
            outermost = self._savepoints == 1
            began, began_cpu = time.perf_counter(), time.thread_time()
            try:
                yield conn
            finally:
                if outermost:
                    holds.append(time.perf_counter() - began)
                    cpu.append(time.thread_time() - began_cpu)
                    on_hold(len(holds))

    Library.transaction = timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=60.0)
    parser.add_argument("--keep", metavar="DIR")
    args = parser.parse_args()

    from concurrency_helpers import write_small_chats, write_whatsapp_chat
    from reviewer.importing import import_paths
    from reviewer.storage import Library

    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-concurrency-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    try:
        chat = write_whatsapp_chat(work / "big chat.txt", int(args.mb * 1024 * 1024 / 88))
        small = work / "small"
        write_small_chats(small, 200)
        lib_dir = work / "library"
        Library.open(lib_dir).close()
        print(f"chat: {chat.stat().st_size / 1e6:.1f} MB, {sum(1 for _ in chat.open(encoding='utf-8'))} messages")

        stop = work / "stop-probe"
        probe = subprocess.Popen([sys.executable, "-c", PROBE, str(lib_dir), str(stop)], stdout=subprocess.PIPE,
                                 text=True, env=env)
        second: dict = {}

        def on_hold(count: int) -> None:
            if count == 2:  # the big import is writing its chunks: a second import starts now
                second["began"] = time.perf_counter()
                second["process"] = subprocess.Popen(
                    [sys.executable, "-m", "reviewer", "--library", str(lib_dir), "import", str(small)],
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

        holds: list[float] = []
        cpu: list[float] = []
        instrument(holds, cpu, on_hold)
        library = Library.open(lib_dir)
        began = time.perf_counter()
        results = list(import_paths(library, [chat]))
        elapsed = time.perf_counter() - began
        library.close()
        out, err = second["process"].communicate(timeout=600)
        second_s = time.perf_counter() - second["began"]
        stop.touch()
        waits = json.loads(probe.communicate(timeout=60)[0])

        print(f"big import: {results[0].outcome}, {results[0].turns} turns in {elapsed:.1f} s")
        print(f"  write transactions: {len(holds)}; write lock held longest {max(holds) * 1000:.0f} ms,"
              f" median {statistics.median(holds) * 1000:.0f} ms (target: every hold under 200 ms)")
        print(f"  CPU time inside the lock: longest {max(cpu) * 1000:.0f} ms, median {statistics.median(cpu) * 1000:.0f} ms"
              f" (wall time above includes waiting for a CPU; load average now {os.getloadavg()[0]:.1f}"
              f" on {os.cpu_count()} cores)")
        print(f"second import meanwhile (200 small chats): exit {second['process'].returncode},"
              f" {out.strip().splitlines()[-1]} in {second_s:.1f} s")
        print(f"probe saving a setting every 0.1 s: {len(waits)} writes, longest {max(waits) * 1000:.0f} ms,"
              f" median {statistics.median(waits) * 1000:.0f} ms, none failed")
        with Library.open(lib_dir) as check:
            conn = check.conn
            print(f"library: {conn.execute('SELECT COUNT(*) FROM conversations').fetchone()[0]} conversations,"
                  f" {conn.execute('SELECT COUNT(*) FROM turns').fetchone()[0]} turns,"
                  f" integrity {conn.execute('PRAGMA integrity_check').fetchone()[0]}")
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

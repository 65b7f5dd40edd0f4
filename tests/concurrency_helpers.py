"""Helpers for the tests that run real Reviewer processes side by side on one library."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO

WORDS = ("lampa pasūtījums price delivery заказ доставка thanks hello when will it arrive please check"
         " order number").split()


def write_whatsapp_chat(path: Path, messages: int, seed: int = 1) -> Path:
    """An Android WhatsApp export of ``messages`` messages between Anna and a customer
    (about 85 bytes a message): big enough to make an import take a while."""
    rng = random.Random(seed)
    lines = []
    for n in range(messages):
        day, hour, minute = 1 + (n // 1440) % 28, (n // 60) % 24, n % 60
        who = "Anna" if n % 2 else "Customer Bob"
        text = " ".join(rng.choice(WORDS) for _ in range(8))
        lines.append(f"{day:02d}.11.2026, {hour:02d}:{minute:02d} - {who}: {text} {seed}-{n}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def write_small_chats(folder: Path, count: int, first_seed: int = 1000) -> list[Path]:
    """``count`` chats of six messages; other seeds make other chats (not duplicates)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_whatsapp_chat(folder / f"chat-{i:03d}.txt", 6, seed=first_seed + i) for i in range(count)]


def reviewer(lib: Path, *argv, env: dict | None = None) -> subprocess.Popen:
    """`reviewer --library LIB ARGV...` as its own process (this worktree's package)."""
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "reviewer", "--library", str(lib), *map(str, argv)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment, cwd=REPO,
    )


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err


def wait_for(condition, timeout: float = 60, what: str = "the condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def integrity(conn) -> str:
    return conn.execute("PRAGMA integrity_check").fetchone()[0]


HOLD_LOCK = """
import sys, time
from reviewer.storage import Library
from reviewer.storage.writers import set_process_label
set_process_label(sys.argv[2])
library = Library.open(sys.argv[1])
with library.transaction():
    print("holding", flush=True)
    time.sleep(float(sys.argv[3]))
"""


def hold_write_lock(lib: Path, seconds: float, label: str = "reviewer import") -> subprocess.Popen:
    """A Reviewer process that holds the library's write lock for ``seconds``; returns once
    it holds it."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lib), label, str(seconds)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=REPO,
    )
    assert process.stdout.readline().strip() == "holding"
    return process

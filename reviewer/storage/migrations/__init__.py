"""Numbered schema migrations.

Each module here named ``mNNNN_description.py`` defines ``up(conn)`` and is applied once, in
order of NNNN, inside a transaction; the applied numbers are recorded in ``schema_migrations``.
Never edit a migration that has shipped: add the next number instead.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from types import ModuleType

_NAME = re.compile(r"^m(\d{4})_(\w+)$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    module: ModuleType


def _names() -> list[tuple[int, str, str]]:
    """(version, name, module name) of every migration, in order, without importing them."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        match = _NAME.match(info.name)
        if match:
            found.append((int(match.group(1)), match.group(2), info.name))
    found.sort()
    versions = [version for version, _name, _module in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number: {versions}")
    return found


def _load(version: int, name: str, module: str) -> Migration:
    return Migration(version, name, importlib.import_module(f"{__name__}.{module}"))


def available() -> list[Migration]:
    return [_load(*found) for found in _names()]


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every pending migration; returns the numbers applied. conn must be in autocommit."""
    done = applied_versions(conn)
    applied = []
    # Only the pending ones are imported: opening an up-to-date library (every command) need
    # not load the code of every migration there ever was.
    for found in _names():
        if found[0] in done:
            continue
        migration = _load(*found)
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            if conn.execute(
                "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
            ).fetchone():
                conn.execute("COMMIT")
                continue
            migration.module.up(conn)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(timezone.utc).isoformat()),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied

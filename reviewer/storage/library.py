"""Opening a library folder and running transactions on it."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from reviewer.search import index as search_index
from reviewer.storage import migrations, settings
from reviewer.storage.conversations import ConversationRepository
from reviewer.storage.recordings import RecordingStore
from reviewer.storage.settings import Setting

DB_NAME = "library.db"
RECORDINGS_DIR = "recordings"


class LibraryError(Exception):
    """The library folder cannot be opened or used."""


class Library:
    """One library: ``library.db`` plus ``recordings/`` in one folder.

    The connection runs in autocommit mode; every write goes through ``transaction()``, which
    nests as savepoints, so a failure anywhere leaves nothing half-written.
    """

    def __init__(self, root: Path, conn: sqlite3.Connection):
        self.root = root
        self.conn = conn
        self._db = None
        self.recordings = RecordingStore(root / RECORDINGS_DIR)
        self.conversations = ConversationRepository(self)
        self._reviews = None
        self._visits = None
        self._savepoints = 0
        self._lock = threading.RLock()

    @classmethod
    def open(cls, root: str | Path, create: bool = True) -> "Library":
        root = Path(root).expanduser()
        db_path = root / DB_NAME
        if not db_path.exists():
            if not create:
                raise LibraryError(f"{root}: no library here (no {DB_NAME})")
            if root.exists() and not root.is_dir():
                raise LibraryError(f"{root}: is a file, not a library folder")
            try:
                (root / RECORDINGS_DIR).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"{root}: cannot create the library folder: {exc.strerror}") from exc
        try:
            conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False, timeout=10)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 10000")
            search_index.register(conn)  # functions the full-text index's triggers call (m0010)
            migrations.migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{db_path}: not a usable library database ({exc})") from exc
        (root / RECORDINGS_DIR).mkdir(exist_ok=True)
        return cls(root, conn)

    @property
    def reviews(self):
        """Reviews of this library's conversations (loaded on first use: quick commands that
        only read conversations should not pay for the rubric and scoring modules)."""
        if self._reviews is None:
            from reviewer.storage.reviews import ReviewRepository

            self._reviews = ReviewRepository(self)
        return self._reviews

    @property
    def visits(self):
        """Mystery-shopper visits and test calls with their attachments (loaded on first use)."""
        if self._visits is None:
            from reviewer.storage.visits import VisitRepository

            self._visits = VisitRepository(self)
        return self._visits

    @property
    def db(self):
        """The sqlite-utils view of the connection, for table introspection and bulk helpers.

        Made on first use: importing sqlite-utils pulls in numpy, which would double the
        start-up time of quick commands such as `reviewer list`.
        """
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All-or-nothing block; nested blocks become savepoints of the outer one."""
        with self._lock:
            conn = self.conn
            if self._savepoints == 0 and not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
                self._savepoints += 1
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                else:
                    conn.execute("COMMIT")
                finally:
                    self._savepoints -= 1
            else:
                name = f"sp{self._savepoints}"
                conn.execute(f"SAVEPOINT {name}")
                self._savepoints += 1
                try:
                    yield conn
                except BaseException:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                    raise
                else:
                    conn.execute(f"RELEASE {name}")
                finally:
                    self._savepoints -= 1

    # Settings -----------------------------------------------------------------------------

    def setting(self, setting: Setting) -> Any:
        return settings.read(self.conn, setting)

    def set_setting(self, setting: Setting, value: Any) -> None:
        with self.transaction() as conn:
            settings.write(conn, setting, value)

    # Employees ----------------------------------------------------------------------------

    def employee_id(self, name: str, create: bool = True) -> int | None:
        name = " ".join(name.split())
        row = self.conn.execute("SELECT id FROM employees WHERE name = ?", (name,)).fetchone()
        if row or not create:
            return row[0] if row else None
        with self.transaction() as conn:
            return conn.execute(
                "INSERT INTO employees (name, created_at) VALUES (?, datetime('now'))", (name,)
            ).lastrowid

    def employees(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM employees ORDER BY name")]

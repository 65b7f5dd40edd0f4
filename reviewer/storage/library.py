"""Opening a library folder and running transactions on it."""

from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from reviewer.search import index as search_index
from reviewer.storage import leftovers, migrations, private, settings, writers
from reviewer.storage.conversations import ConversationRepository
from reviewer.storage.recordings import RecordingStore
from reviewer.storage.settings import Setting
from reviewer.storage.writers import LibraryBusy

__all__ = ["Library", "LibraryBusy", "LibraryError"]

DB_NAME = "library.db"
#: how long one try at the write lock waits inside SQLite, see Library._begin
_TRY_MS = 5
#: what other statements wait for a lock (reads in WAL mode hardly ever need one)
_READ_WAIT_MS = 1000
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
        #: things worth telling the user about this open (permissions tightened, leftovers removed)
        self.notes: list[str] = []
        self.tightened = 0  # files and folders made owner-only by this open
        self.leftovers_removed = 0  # unfinished copies and imports removed by this open

    @classmethod
    def open(cls, root: str | Path, create: bool = True) -> "Library":
        """Open (or create) the library in root: owner-only permissions, pending migrations
        applied, leftovers of killed work removed. ``notes`` says what was changed."""
        root = Path(root).expanduser()
        db_path = root / DB_NAME
        if not db_path.exists():
            if not create:
                raise LibraryError(f"{root}: no library here (no {DB_NAME})")
            if root.exists() and not root.is_dir():
                raise LibraryError(f"{root}: is a file, not a library folder")
            try:
                private.private_dir(root / RECORDINGS_DIR)
                private.private_file(db_path)  # SQLite gives -wal and -shm the database's mode
            except OSError as exc:
                raise LibraryError(f"{root}: cannot create the library folder: {exc.strerror}") from exc
        tightened = cls._tighten(root)
        try:
            # Opening waits as long as any write may (a migration needs the write lock);
            # afterwards each try at the lock waits a second, see transaction().
            wait_ms = int(max(writers.lock_wait_s(), 1.0) * 1000)
            conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False, timeout=wait_ms / 1000)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA busy_timeout = {wait_ms}")
            search_index.register(conn)  # functions the full-text index's triggers call (m0010)
            migrations.migrate(conn)
            conn.execute(f"PRAGMA busy_timeout = {_READ_WAIT_MS}")
        except sqlite3.OperationalError as exc:
            if _is_busy(exc):
                raise LibraryBusy(root, writers.describe_holder(root), writers.lock_wait_s()) from exc
            raise LibraryError(f"{db_path}: not a usable library database ({exc})") from exc
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{db_path}: not a usable library database ({exc})") from exc
        private.private_dir(root / RECORDINGS_DIR)
        library = cls(root, conn)
        library.tightened = tightened
        if tightened:
            library.notes.append(
                f"{root}: made {tightened} files and folders of the library readable by you only"
                " (other users of this computer could read them)"
            )
        library._remove_leftovers()
        return library

    @staticmethod
    def _tighten(root: Path) -> int:
        """Tighten an older library's permissions; the quick look at its top level decides
        whether the whole folder is walked (a private library costs a few stats)."""
        top = [root, root / DB_NAME, root / f"{DB_NAME}-wal", root / f"{DB_NAME}-shm"]
        if root.is_dir():
            top += [p for p in root.iterdir() if p.is_dir() and not p.is_symlink()]
        if all(private.is_private(p) for p in top):
            return 0
        return private.tighten(root)

    def _remove_leftovers(self) -> None:
        removed = leftovers.remove_stale_files(self.root)
        try:
            abandoned = leftovers.remove_abandoned_imports(self)
        except LibraryBusy:
            abandoned = []  # another writer is busy; the next open tries again
        self.leftovers_removed = len(removed) + len(abandoned)
        if removed or abandoned:
            what = []
            if removed:
                what.append(f"{len(removed)} unfinished file copies")
            if abandoned:
                what.append(f"{len(abandoned)} unfinished imports")
            self.notes.append(f"{self.root}: removed {' and '.join(what)} left by a Reviewer that was stopped")

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
        """All-or-nothing block; nested blocks become savepoints of the outer one.

        The outermost block waits for the write lock (another process may be writing) up to
        writers.lock_wait_s(), telling writers' wait notice after a second, and then raises
        LibraryBusy naming the holder; nothing of the block has run by then."""
        with self._lock:
            conn = self.conn
            if self._savepoints == 0 and not conn.in_transaction:
                self._begin(conn)
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

    def _begin(self, conn: sqlite3.Connection) -> None:
        """BEGIN IMMEDIATE, tried every few milliseconds until writers.lock_wait_s().

        SQLite's own busy handler sleeps up to 100 ms between tries, so a writer that commits
        and begins again at once (a large import in chunks) would win the lock over and over;
        short tries give every waiting writer its turn within a chunk or two."""
        began = time.monotonic()
        deadline = began + writers.lock_wait_s()
        noticed = False
        conn.execute(f"PRAGMA busy_timeout = {_TRY_MS}")
        try:
            while True:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    if not _is_busy(exc):
                        raise
                    now = time.monotonic()
                    if now >= deadline:
                        raise LibraryBusy(self.root, writers.describe_holder(self.root), now - began) from None
                    if not noticed and now - began >= writers.NOTICE_AFTER_S:
                        noticed = True
                        writers.notify_waiting(self.root)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {_READ_WAIT_MS}")
        writers.record_holder(self.root)

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


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock we need."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(exc)
    return "database is locked" in text or "database is busy" in text

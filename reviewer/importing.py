"""Importing files into a library: one result per file, failures never stop the batch."""

from __future__ import annotations

import os
import socket
import sqlite3
import stat
import threading
import time
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Callable, Iterable, Iterator

from reviewer.importers import HEAD_BYTES, ImportOptions, ImportProblem, detect
from reviewer.importers.agents import agent_name
from reviewer.importers.call_details import apply_call_details
from reviewer.importers.language import detect_language
from reviewer.metrics import store_imported
from reviewer.storage import Library
from reviewer.storage.library import LibraryBusy
from reviewer.storage.recordings import sha256_of
from reviewer.storage.settings import Setting
from reviewer.team.bundle_format import is_bundle


class Outcome(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"  # found in a folder, not a conversation file (README, image...)
    FAILED = "failed"


@dataclass
class FileResult:
    path: Path
    outcome: Outcome
    message: str = ""  # why it failed, or what it duplicates
    format: str | None = None
    conversation_ids: list[int] = field(default_factory=list)
    turns: int = 0
    notes: list[str] = field(default_factory=list)
    #: recording copied into the store by this import, removed again if the batch cannot commit
    new_recording: str | None = field(default=None, repr=False)


def collect_files(
    paths: Iterable[str | os.PathLike], library_root: Path | None = None
) -> tuple[list[tuple[Path, bool]], list[FileResult]]:
    """(file, found by walking a folder) for every regular file under the given paths, hidden
    entries skipped, in a stable order; and a result for each path that cannot be imported: a
    failure for what is missing or unreadable, a skip for a special file met in a folder (a
    named pipe would block the import forever, a device never ends). A walked folder that holds
    the library itself does not walk into it: its database and stored recordings are not input."""
    own = _real(library_root) if library_root is not None else None
    files: list[tuple[Path, bool]] = []
    problems: list[FileResult] = []
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            problems.append(FileResult(path, Outcome.FAILED, "no such file or folder"))
            continue
        except OSError as exc:  # a folder on the way cannot be entered, a link loops...
            problems.append(FileResult(path, Outcome.FAILED, f"cannot read: {exc.strerror or exc}"))
            continue
        if stat.S_ISDIR(mode):
            _walk(path, files, problems, own)
        elif stat.S_ISREG(mode):
            files.append((path, False))
        else:
            problems.append(FileResult(path, Outcome.FAILED, f"not a regular file ({_kind(mode)})"))
    return files, problems


def _real(path: Path) -> Path | None:
    try:
        return path.resolve()
    except OSError:
        return None


def _walk(folder: Path, files: list[tuple[Path, bool]], problems: list[FileResult], own: Path | None = None) -> None:
    def unreadable(exc: OSError) -> None:
        problems.append(FileResult(Path(exc.filename or folder), Outcome.FAILED,
                                   f"cannot read the folder: {exc.strerror or exc}"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (own is None or _real(Path(root) / d) != own))
        for name in sorted(n for n in names if not n.startswith(".")):
            path = Path(root) / name
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                problems.append(FileResult(path, Outcome.FAILED, f"cannot read: {exc.strerror or exc}"))
                continue
            if stat.S_ISREG(mode):
                files.append((path, True))
            else:
                problems.append(FileResult(path, Outcome.SKIPPED, f"not a regular file ({_kind(mode)})"))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def effective_options(library: Library, options: ImportOptions) -> ImportOptions:
    """The user's options plus the library's standing list of agent names and its agents'
    extensions."""
    agents = list(dict.fromkeys([*options.agents, *library.setting(Setting.AGENT_NAMES)]))
    extensions = {**library.setting(Setting.AGENT_EXTENSIONS), **options.extensions}
    return ImportOptions(employee=options.employee, channel=options.channel, agents=agents, sidecar=options.sidecar,
                         extensions=extensions)


@dataclass
class _Prepared:
    """A file read, parsed and (for a recording) copied into the store: all that comes before
    the short write into the library."""

    path: Path
    sha: str
    format: str
    parsed: object  # reviewer.importers.ParseResult
    recording: str | None
    created: bool  # the recording was copied by this import (removed again if it cannot be stored)

    @property
    def turns(self) -> int:
        return sum(len(c.turns) for c in self.parsed.conversations)

    @property
    def weight(self) -> int:
        """Rough cost of the insert, in turns (a conversation costs about as much as 20 turns)."""
        return self.turns + 20 * len(self.parsed.conversations)

    def result(self, ids: list[int]) -> FileResult:
        return FileResult(self.path, Outcome.IMPORTED, "", self.format, ids, self.turns,
                          list(self.parsed.notes), self.recording if self.created else None)

    def discard(self, library: Library) -> None:
        if self.created:
            library.recordings.remove(self.recording)


def import_file(library: Library, path: Path, options: ImportOptions, in_folder: bool = False) -> FileResult:
    """Import one file, all or nothing. ``options`` should come from effective_options().

    One rule for what is skipped: a file met while walking a folder whose content no importer
    recognises (a README, a LICENSE, a photo, a JSON of something else) is skipped, with the
    reason; the same file named on its own fails.
    """
    prepared = prepare_file(library, path, options, in_folder)
    if isinstance(prepared, FileResult):
        return prepared
    return _store_batch(library, [prepared])[0]


def prepare_file(library: Library, path: Path, options: ImportOptions, in_folder: bool = False) -> "FileResult | _Prepared":
    """Everything before the write: read, recognise, hash, parse, copy the recording. No write
    lock is taken here, so a big file does not keep other writers waiting while it is parsed."""
    try:
        head = _read_head(path)
        if head is None:  # swapped for a pipe or a device since collect_files
            return FileResult(path, Outcome.FAILED, "not a regular file")
        if is_bundle(path, head):  # a colleague's reviews: merged, not parsed (reviewer.team)
            from reviewer.team.bundle_import import import_bundle_file

            return import_bundle_file(library, path)
        try:
            importer = detect(path, head)
        except ImportProblem as exc:
            if in_folder and head:
                return FileResult(path, Outcome.SKIPPED, str(exc))
            raise
        sha = sha256_of(path)
        existing = library.conversations.ids_with_sha256(sha)
        if existing:
            return _duplicate(path, importer.name, existing)
        parsed = importer.parse(path, options)
        if not parsed.conversations:
            raise ImportProblem("no conversations found")
        for conversation in parsed.conversations:
            conversation.source_name = path.name
            conversation.source_sha256 = sha
            conversation.source_format = importer.name
            if options.channel:
                conversation.channel = options.channel
            conversation.employee = options.employee or conversation.employee or agent_name(conversation)
            apply_call_details(conversation, path, options, recording=parsed.recording is not None)
            if conversation.language is None and conversation.turns:
                conversation.language = detect_language([t.text for t in conversation.turns[:200]])
        recording, created = None, False
        if parsed.recording is not None:
            recording, created = library.recordings.add(parsed.recording, sha, parsed.recording.suffix)
        for conversation in parsed.conversations:
            conversation.recording_path = recording
        return _Prepared(path, sha, importer.name, parsed, recording, created)
    except ImportProblem as exc:
        return FileResult(path, Outcome.FAILED, str(exc))
    except OSError as exc:
        return FileResult(path, Outcome.FAILED, f"cannot read: {exc.strerror or exc}")
    except RecursionError:
        return FileResult(path, Outcome.FAILED, "structure nested too deeply to read")
    except Exception as exc:  # a bug in one importer must not stop the batch
        return FileResult(path, Outcome.FAILED, f"unexpected error: {type(exc).__name__}: {exc}")


def _read_head(path: Path) -> bytes | None:
    """The first HEAD_BYTES of a regular file; None for anything else. Opened without
    blocking, so that a named pipe put in its place cannot hang the import."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return f.read(HEAD_BYTES)


def _duplicate(path: Path, fmt: str | None, ids: list[int]) -> FileResult:
    listed = ", ".join(f"#{i}" for i in ids[:5]) + (" ..." if len(ids) > 5 else "")
    return FileResult(path, Outcome.DUPLICATE, f"already imported as {listed}", fmt, list(ids))


#: most turns written in one transaction: about 40 ms of CPU while holding the write lock
#: (benchmarks/bench_concurrency.py)
WRITE_CHUNK_TURNS = 2000
#: between two chunks of a large file, so that other writers waiting for the lock get it
CHUNK_PAUSE_S = 0.01
BATCH_FILES = 500
BATCH_SECONDS = 0.5


def _store_batch(library: Library, batch: list[_Prepared]) -> list[FileResult]:
    """Write small files in one short transaction, each file in its own savepoint (a file that
    cannot be stored leaves nothing and the others go on). Raises LibraryBusy, with every
    copied recording removed again, when the write lock cannot be had."""
    results: list[FileResult] = []
    try:
        with library.transaction():
            for prepared in batch:
                try:
                    with library.transaction():  # a savepoint
                        ids = [library.conversations.add(c) for c in prepared.parsed.conversations]
                        # Conversation metrics from the turns in memory: microseconds a chat.
                        store_imported(library, list(zip(ids, prepared.parsed.conversations)))
                    results.append(prepared.result(ids))
                except sqlite3.IntegrityError as exc:
                    results.append(_raced(library, prepared, exc))
                except LibraryBusy:
                    raise
                except Exception as exc:  # one file that cannot be stored must not stop the batch
                    prepared.discard(library)
                    results.append(_store_failed(prepared, exc))
    except BaseException:
        for prepared in batch:
            prepared.discard(library)
        raise
    return results


def _store_large(library: Library, prepared: _Prepared) -> FileResult:
    """Write a file with many turns in chunks of WRITE_CHUNK_TURNS, each its own transaction.
    Its conversations stay hidden (imports_in_progress) until the last chunk is in, so the
    library never shows half a file; a killed import is removed at the next open."""
    ids: list[int] = []
    try:
        with library.transaction() as conn:
            for conversation in prepared.parsed.conversations:
                turns, conversation.turns = conversation.turns, []
                try:
                    cid = library.conversations.add(conversation)
                finally:
                    conversation.turns = turns
                conn.execute(
                    "INSERT INTO imports_in_progress (conversation_id, pid, host, started_at)"
                    " VALUES (?, ?, ?, datetime('now'))",
                    (cid, os.getpid(), socket.gethostname()),
                )
                ids.append(cid)
        for cid, conversation in zip(ids, prepared.parsed.conversations):
            for first in range(0, len(conversation.turns), WRITE_CHUNK_TURNS):
                library.conversations.append_turns(cid, conversation.turns[first:first + WRITE_CHUNK_TURNS])
                time.sleep(CHUNK_PAUSE_S)  # a waiting writer's turn
        with library.transaction() as conn:
            conn.executemany("DELETE FROM imports_in_progress WHERE conversation_id = ?", [(i,) for i in ids])
            store_imported(library, list(zip(ids, prepared.parsed.conversations)))
    except sqlite3.IntegrityError as exc:
        _remove_hidden(library, ids)
        return _raced(library, prepared, exc)
    except BaseException as exc:
        _remove_hidden(library, ids)
        prepared.discard(library)
        if isinstance(exc, Exception) and not isinstance(exc, LibraryBusy):
            return _store_failed(prepared, exc)
        raise
    return prepared.result(ids)


def _store_failed(prepared: _Prepared, exc: Exception) -> FileResult:
    if isinstance(exc, sqlite3.Error):
        message = f"cannot store: {exc}"
    else:
        message = f"unexpected error: {type(exc).__name__}: {exc}"
    return FileResult(prepared.path, Outcome.FAILED, message, prepared.format)


def _remove_hidden(library: Library, ids: list[int]) -> None:
    from reviewer.storage.leftovers import remove_abandoned_imports

    if not ids:
        return
    try:
        with library.transaction() as conn:  # hand them to the leftovers sweep, as if we had died
            conn.executemany("UPDATE imports_in_progress SET pid = 0 WHERE conversation_id = ?", [(i,) for i in ids])
        remove_abandoned_imports(library)
    except (sqlite3.Error, LibraryBusy):
        pass  # the next open removes them (pid 0, or this process gone by then)


def _raced(library: Library, prepared: _Prepared, exc: sqlite3.IntegrityError) -> FileResult:
    """Another process imported the same file between our check and our insert."""
    if "source_sha256" in str(exc):
        return _duplicate(prepared.path, prepared.format, library.conversations.ids_with_sha256(prepared.sha))
    prepared.discard(library)
    return FileResult(prepared.path, Outcome.FAILED, f"cannot store: {exc}", prepared.format)


def import_paths(
    library: Library,
    paths: Iterable[str | os.PathLike],
    options: ImportOptions | None = None,
    cancel: threading.Event | None = None,
    on_start: Callable[[int], None] | None = None,
) -> Iterator[FileResult]:
    """Import every file under ``paths``, yielding one result per file.

    ``on_start`` receives the number of files once they are collected (for progress bars);
    setting ``cancel`` stops before the next file. Files are parsed (and recordings copied)
    outside any transaction; the write lock is taken only for the insert. Small files are
    written together, up to BATCH_FILES, BATCH_SECONDS or WRITE_CHUNK_TURNS turns a
    transaction (one commit per small chat would cost more than parsing it), each file in its
    own savepoint; a large file is written in chunks (``_store_large``). Results are yielded
    only once their transaction is committed, so what was reported as imported is in the
    library even if the process dies right after.

    When another writer keeps the library busy for longer than the lock wait, the files of the
    batch that could not be written are yielded as failed and LibraryBusy is raised: the rest
    of the batch would meet the same wait.
    """
    files, problems = collect_files(paths, library.root)
    if on_start:
        on_start(len(files) + len(problems))
    yield from problems
    options = effective_options(library, options or ImportOptions())
    batch: list[_Prepared] = []
    weight, started = 0, time.monotonic()

    def flush() -> Iterator[FileResult]:
        nonlocal batch, weight
        pending, batch, weight = batch, [], 0
        if pending:
            yield from _write(library, pending)

    for path, in_folder in files:
        prepared = prepare_file(library, path, options, in_folder)
        if isinstance(prepared, FileResult):
            if batch:
                batch_results = list(flush())  # keep the order in which files were found
                yield from batch_results
            yield prepared
        elif prepared.weight > WRITE_CHUNK_TURNS:
            yield from flush()
            yield from _write_large(library, prepared)
        else:
            if not batch:
                started = time.monotonic()
            batch.append(prepared)
            weight += prepared.weight
            if weight >= WRITE_CHUNK_TURNS or len(batch) >= BATCH_FILES or time.monotonic() - started >= BATCH_SECONDS:
                yield from flush()
        if cancel is not None and cancel.is_set():
            break
    yield from flush()


def _write(library: Library, batch: list[_Prepared]) -> Iterator[FileResult]:
    try:
        results = _store_batch(library, batch)
    except LibraryBusy as exc:
        for prepared in batch:
            yield FileResult(prepared.path, Outcome.FAILED, _busy_message(exc), prepared.format)
        raise
    except sqlite3.Error as exc:
        results = [FileResult(p.path, Outcome.FAILED, f"cannot store: {exc}", p.format) for p in batch]
    _auto_qa(library, results)  # committed: pre-score them
    yield from results


def _write_large(library: Library, prepared: _Prepared) -> Iterator[FileResult]:
    try:
        result = _store_large(library, prepared)
    except LibraryBusy as exc:
        yield FileResult(prepared.path, Outcome.FAILED, _busy_message(exc), prepared.format)
        raise
    except sqlite3.Error as exc:
        result = FileResult(prepared.path, Outcome.FAILED, f"cannot store: {exc}", prepared.format)
    _auto_qa(library, [result])
    yield result


def _busy_message(exc: LibraryBusy) -> str:
    return f"not imported: the library stayed busy for {exc.waited_s:.0f} s ({exc.holder} is writing to it)"


def _auto_qa(library: Library, batch: list[FileResult]) -> None:
    """Pre-score what the batch imported (automatic QA), once it is committed."""
    from reviewer.checks.service import after_new_turns

    after_new_turns(library, [i for r in batch if r.outcome is Outcome.IMPORTED for i in r.conversation_ids])

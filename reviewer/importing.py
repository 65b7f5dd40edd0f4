"""Importing files into a library: one result per file, failures never stop the batch."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Callable, Iterable, Iterator

from reviewer.importers import HEAD_BYTES, ImportOptions, ImportProblem, detect, importers
from reviewer.importers.agents import agent_name
from reviewer.importers.language import detect_language
from reviewer.storage import Library
from reviewer.storage.recordings import sha256_of
from reviewer.storage.settings import Setting


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


def collect_files(paths: Iterable[str | os.PathLike]) -> tuple[list[tuple[Path, bool]], list[FileResult]]:
    """(file, found by walking a folder) for every file under the given paths, hidden entries
    skipped, in a stable order; and a failed result for each path that does not exist."""
    files: list[tuple[Path, bool]] = []
    missing: list[FileResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend((Path(root) / n, True) for n in sorted(names) if not n.startswith("."))
        elif path.is_file():
            files.append((path, False))
        else:
            missing.append(FileResult(path, Outcome.FAILED, "no such file or folder"))
    return files, missing


def effective_options(library: Library, options: ImportOptions) -> ImportOptions:
    """The user's options plus the library's standing list of agent names."""
    agents = list(dict.fromkeys([*options.agents, *library.setting(Setting.AGENT_NAMES)]))
    return ImportOptions(employee=options.employee, channel=options.channel, agents=agents)


def import_file(library: Library, path: Path, options: ImportOptions, in_folder: bool = False) -> FileResult:
    """Import one file, all or nothing. ``options`` should come from effective_options().

    A file met while walking a folder that no importer recognises and whose extension no
    importer claims (a README, a photo) is skipped rather than failed.
    """
    try:
        with open(path, "rb") as f:
            head = f.read(HEAD_BYTES)
        try:
            importer = detect(path, head)
        except ImportProblem as exc:
            if in_folder and head and not _claimed_suffix(path):
                return FileResult(path, Outcome.SKIPPED, str(exc))
            raise
        sha = sha256_of(path)
        existing = library.conversations.ids_with_sha256(sha)
        if existing:
            return _duplicate(path, importer.name, existing)
        parsed = importer.parse(path, options)
        if not parsed.conversations:
            raise ImportProblem("no conversations found")
        return _store(library, path, sha, importer.name, parsed, options)
    except ImportProblem as exc:
        return FileResult(path, Outcome.FAILED, str(exc))
    except OSError as exc:
        return FileResult(path, Outcome.FAILED, f"cannot read: {exc.strerror or exc}")
    except RecursionError:
        return FileResult(path, Outcome.FAILED, "structure nested too deeply to read")
    except sqlite3.IntegrityError as exc:
        # Another process imported the same file between our check and our insert.
        if "source_sha256" in str(exc):
            return _duplicate(path, None, library.conversations.ids_with_sha256(sha))
        return FileResult(path, Outcome.FAILED, f"cannot store: {exc}")
    except Exception as exc:  # a bug in one importer must not stop the batch
        return FileResult(path, Outcome.FAILED, f"unexpected error: {type(exc).__name__}: {exc}")


def _claimed_suffix(path: Path) -> bool:
    suffix = path.suffix.lower()
    return any(suffix in importer.suffixes for importer in importers())


def _duplicate(path: Path, fmt: str | None, ids: list[int]) -> FileResult:
    listed = ", ".join(f"#{i}" for i in ids[:5]) + (" ..." if len(ids) > 5 else "")
    return FileResult(path, Outcome.DUPLICATE, f"already imported as {listed}", fmt, list(ids))


def _store(library, path, sha, fmt, parsed, options) -> FileResult:
    recording, created = (None, False)
    if parsed.recording is not None:
        recording, created = library.recordings.add(parsed.recording, sha, parsed.recording.suffix)
    try:
        ids, turns = [], 0
        with library.transaction():
            for conversation in parsed.conversations:
                conversation.source_name = path.name
                conversation.source_sha256 = sha
                conversation.source_format = fmt
                conversation.recording_path = recording
                if options.channel:
                    conversation.channel = options.channel
                conversation.employee = options.employee or conversation.employee or agent_name(conversation)
                if conversation.language is None and conversation.turns:
                    conversation.language = detect_language([t.text for t in conversation.turns[:200]])
                ids.append(library.conversations.add(conversation))
                turns += len(conversation.turns)
    except BaseException:
        if created:
            library.recordings.remove(recording)
        raise
    return FileResult(path, Outcome.IMPORTED, "", fmt, ids, turns, list(parsed.notes), recording if created else None)


BATCH_FILES = 500
BATCH_SECONDS = 0.5


def import_paths(
    library: Library,
    paths: Iterable[str | os.PathLike],
    options: ImportOptions | None = None,
    cancel: threading.Event | None = None,
    on_start: Callable[[int], None] | None = None,
) -> Iterator[FileResult]:
    """Import every file under ``paths``, yielding one result per file.

    ``on_start`` receives the number of files once they are collected (for progress bars);
    setting ``cancel`` stops before the next file. Each file is all or nothing (a savepoint);
    files are committed in batches of up to BATCH_FILES or BATCH_SECONDS, because one commit per
    small chat would cost more than parsing it (each commit also starts a new full-text index
    segment). Results are yielded only once their batch is committed, so what was reported
    as imported is in the library even if the process dies right after.
    """
    files, missing = collect_files(paths)
    if on_start:
        on_start(len(files) + len(missing))
    yield from missing
    options = effective_options(library, options or ImportOptions())
    pending = iter(files)
    while True:
        batch: list[FileResult] = []
        try:
            with library.transaction():
                started = time.monotonic()
                for path, in_folder in pending:
                    batch.append(import_file(library, path, options, in_folder))
                    if cancel is not None and cancel.is_set():
                        break
                    if len(batch) >= BATCH_FILES or time.monotonic() - started >= BATCH_SECONDS:
                        break
        except sqlite3.Error as exc:
            batch = [_not_committed(library, result, exc) for result in batch]
        _auto_qa(library, batch)
        yield from batch
        if not batch or (cancel is not None and cancel.is_set()):
            return


def _not_committed(library: Library, result: FileResult, exc: Exception) -> FileResult:
    if result.outcome is not Outcome.IMPORTED:
        return result
    if result.new_recording:
        library.recordings.remove(result.new_recording)
    return FileResult(result.path, Outcome.FAILED, f"cannot store: {exc}", result.format)


def _auto_qa(library: Library, batch: list[FileResult]) -> None:
    """Pre-score what the batch imported (automatic QA), once it is committed."""
    from reviewer.checks.service import after_new_turns

    after_new_turns(library, [i for r in batch if r.outcome is Outcome.IMPORTED for i in r.conversation_ids])

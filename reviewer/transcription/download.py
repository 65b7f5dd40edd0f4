"""Downloading a named speech model: an explicit, cancellable action with progress.

Files go to a partial folder next to the model's final folder; interrupted files are resumed
on the next try; the folder is published (completion mark, one rename) only once every file
has its full size. The source is injectable: ``HubSource`` talks to the Hugging Face Hub (or a
mirror named by ``HF_ENDPOINT``): huggingface_hub finds the files and their sizes, the bytes are
streamed in small chunks so that progress is smooth and Cancel acts at once.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol

from reviewer.transcription import models

# What faster-whisper loads from a model folder (vocabulary comes as .txt or .json).
WANTED_FILES = (
    "config.json",
    "model.bin",
    "tokenizer.json",
    "preprocessor_config.json",
    "vocabulary.txt",
    "vocabulary.json",
)
REQUIRED_FILES = ("config.json", "model.bin", "tokenizer.json")
DEFAULT_ENDPOINT = "https://huggingface.co"
CHUNK_BYTES = 256 * 1024  # progress and the cancel check come this often
READ_TIMEOUT_S = 15


class DownloadError(Exception):
    """The model cannot be downloaded; the message says which and why."""


class DownloadCancelled(Exception):
    """The user stopped the download; what was fetched is kept for the next try."""


@dataclass(frozen=True)
class RemoteFile:
    name: str
    size: int


class ModelSource(Protocol):
    def files(self, repo_id: str) -> list[RemoteFile]:
        """The model files the repository has, with their sizes."""

    def fetch(self, repo_id: str, file: RemoteFile, folder: Path, on_bytes: Callable[[int], None]) -> None:
        """Put ``file`` into ``folder``, resuming a partial copy; report bytes as they arrive.
        ``on_bytes`` raises DownloadCancelled to stop."""


class HubSource:
    """The Hugging Face Hub, or the mirror in $HF_ENDPOINT."""

    def __init__(self, endpoint: str | None = None):
        self.endpoint = (endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")

    def files(self, repo_id: str) -> list[RemoteFile]:
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        from huggingface_hub import get_hf_file_metadata, hf_hub_url
        from huggingface_hub.errors import EntryNotFoundError, HfHubHTTPError, RepositoryNotFoundError

        found = []
        for name in WANTED_FILES:
            try:
                meta = get_hf_file_metadata(hf_hub_url(repo_id, name, endpoint=self.endpoint), endpoint=self.endpoint)
            except RepositoryNotFoundError as exc:
                raise DownloadError(f"{self.endpoint}: has no model {repo_id}") from exc
            except EntryNotFoundError:
                continue  # optional files (preprocessor config, the other vocabulary format)
            except HfHubHTTPError as exc:
                raise DownloadError(f"{self.endpoint}: cannot list {repo_id} ({exc})") from exc
            except Exception as exc:  # connection refused, no network, timeouts (the HTTP client's own types)
                raise DownloadError(f"cannot reach {self.endpoint}: {exc}") from exc
            if meta.size is None:
                raise DownloadError(f"{self.endpoint}: did not give the size of {repo_id}/{name}")
            found.append(RemoteFile(name, int(meta.size)))
        return found

    def fetch(self, repo_id: str, file: RemoteFile, folder: Path, on_bytes: Callable[[int], None]) -> None:
        # The bytes themselves are streamed here rather than by hf_hub_download: it reports
        # progress (and so can be stopped) only every 10 MB and cannot resume a stopped file.
        import urllib.error
        import urllib.request

        from huggingface_hub import hf_hub_url

        url = hf_hub_url(repo_id, file.name, endpoint=self.endpoint)
        incomplete = folder / (file.name + ".incomplete")
        have = incomplete.stat().st_size if incomplete.exists() else 0
        if have > file.size:
            incomplete.unlink()
            have = 0
        headers = {"User-Agent": "reviewer", "Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
        try:
            with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=READ_TIMEOUT_S) as response:
                if have and response.status != 206:  # the server ignored the range: start over
                    have = 0
                on_bytes(have)
                with open(incomplete, "ab" if have else "wb") as out:
                    while True:
                        chunk = response.read(CHUNK_BYTES)
                        if not chunk:
                            break
                        out.write(chunk)
                        on_bytes(len(chunk))  # raises DownloadCancelled when asked to stop
                    out.flush()
                    os.fsync(out.fileno())
        except urllib.error.HTTPError as exc:
            raise DownloadError(f"cannot download {repo_id}/{file.name} from {self.endpoint}: HTTP {exc.code}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise DownloadError(f"cannot download {repo_id}/{file.name} from {self.endpoint}: {reason}") from exc
        if incomplete.stat().st_size != file.size:
            raise DownloadError(f"{repo_id}/{file.name}: the download was cut short, try again")
        os.replace(incomplete, folder / file.name)


ProgressCallback = Callable[[int, int], None]  # (bytes done, bytes in all)


def download(
    name: str,
    source: ModelSource | None = None,
    root: Path | None = None,
    on_progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Download the named model into the model cache; returns its folder.

    Raises DownloadCancelled when ``cancel`` is set (checked as bytes arrive), DownloadError
    with a reason otherwise.
    """
    if name == models.EMBEDDED_NAME:
        return models.ensure_embedded(root)
    if not models.is_named(name):
        raise DownloadError(f"unknown speech model {name!r}; choose one of {', '.join(sorted(models.NAMED_MODELS))}")
    root = root or models.cache_dir()
    target = models.named_folder(name, root)
    if models.is_complete(target):
        return target
    source = source or HubSource()
    repo_id = models.NAMED_MODELS[name]
    cancel = cancel or threading.Event()

    files = source.files(repo_id)
    names = {f.name for f in files}
    missing = [f for f in REQUIRED_FILES if f not in names]
    if missing:
        raise DownloadError(f"{repo_id} is not a faster-whisper model: it has no {', '.join(missing)}")
    if "vocabulary.txt" in names and "vocabulary.json" in names:
        files = [f for f in files if f.name != "vocabulary.json"]
    total = sum(f.size for f in files)

    root.mkdir(parents=True, exist_ok=True)
    partial = root / f".{name}.download"  # stable name: the next try resumes from it
    with _DownloadLock(root / f".{name}.lock", name):
        partial.mkdir(exist_ok=True)
        done = 0

        def on_bytes(count: int) -> None:
            nonlocal done
            if cancel.is_set():
                raise DownloadCancelled(f"download of {name} cancelled")
            done += count
            if on_progress is not None:
                on_progress(min(done, total), total)

        if on_progress is not None:
            on_progress(0, total)
        for file in files:
            path = partial / file.name
            if path.is_file() and path.stat().st_size == file.size:
                on_bytes(file.size)
                continue
            before = done
            source.fetch(repo_id, file, partial, on_bytes)
            if not path.is_file() or path.stat().st_size != file.size:
                raise DownloadError(f"{repo_id}/{file.name}: download incomplete, try again")
            done = before + file.size  # a source may report less (or more) than it wrote
        if cancel.is_set():
            raise DownloadCancelled(f"download of {name} cancelled")
        try:
            return models.publish(partial, target, {f.name: f.size for f in files})
        except models.ModelError as exc:
            raise DownloadError(str(exc)) from exc


class _DownloadLock:
    """One download of a model at a time, across processes (a lock file holding the pid)."""

    def __init__(self, path: Path, name: str):
        self.path = path
        self.name = name
        self._held = False

    def __enter__(self) -> "_DownloadLock":
        from reviewer.transcription.processes import process_alive

        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                try:
                    pid = int(self.path.read_text().strip() or 0)
                except (OSError, ValueError):
                    pid = 0
                if pid and process_alive(pid):
                    raise DownloadError(f"speech model {self.name} is already being downloaded (process {pid})")
                self.path.unlink(missing_ok=True)  # left by a run that is gone
                continue
            with os.fdopen(fd, "w") as f:
                f.write(str(os.getpid()))
            self._held = True
            return self
        raise DownloadError(f"cannot lock {self.path}")

    def __exit__(self, *exc) -> None:
        if self._held:
            self.path.unlink(missing_ok=True)

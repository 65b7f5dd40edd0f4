"""Where a library lives when the user does not say."""

from __future__ import annotations

import os
from pathlib import Path

ENV_LIBRARY = "REVIEWER_LIBRARY"


def default_library_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Reviewer", appauthor=False)) / "library"


def resolve_library_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The --library option wins, then $REVIEWER_LIBRARY, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_LIBRARY)
    if env:
        return Path(env).expanduser()
    return default_library_dir()

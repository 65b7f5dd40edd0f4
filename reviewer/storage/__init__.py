"""The library: one folder with a SQLite database and a store of recordings."""

from reviewer.storage.library import Library, LibraryError
from reviewer.storage.paths import resolve_library_dir

__all__ = ["Library", "LibraryError", "resolve_library_dir"]

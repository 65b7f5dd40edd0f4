"""Moved to reviewer.storage.processes (the storage layer needs it to tell abandoned work)."""

from reviewer.storage.processes import process_alive

__all__ = ["process_alive"]

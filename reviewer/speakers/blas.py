"""Limiting numpy's BLAS (OpenBLAS) threads while the speaker models run.

The models multiply many small matrices; OpenBLAS's worker threads then spin against each other
and against other processes, 5-10 times slower on a busy two-core machine than one thread.
Found through /proc/self/maps (Linux); elsewhere, or with another BLAS, nothing changes.
"""

from __future__ import annotations

import contextlib
import ctypes

_NAMES = ("scipy_openblas{}64_", "openblas{}64_", "openblas{}")
_lib = None


def _openblas():
    global _lib
    if _lib is None:
        _lib = False
        try:
            with open("/proc/self/maps") as maps:
                paths = {line.split()[-1] for line in maps if "openblas" in line.lower() and ".so" in line}
        except OSError:
            paths = set()
        for path in sorted(paths):
            lib = ctypes.CDLL(path)
            for name in _NAMES:
                get, put = name.format("_get_num_threads"), name.format("_set_num_threads")
                if hasattr(lib, get) and hasattr(lib, put):
                    _lib = (getattr(lib, get), getattr(lib, put))
                    break
            if _lib:
                break
    return _lib or None


@contextlib.contextmanager
def threads(n: int = 1):
    import numpy  # noqa: F401  (loads the BLAS library first)

    lib = _openblas()
    if lib is None:
        yield
        return
    get, put = lib
    before = get()
    put(n)
    try:
        yield
    finally:
        put(before)

"""The worker process's memory: measuring its peak, and handing freed memory back.

Decoding a batch allocates and frees hundreds of megabytes. glibc keeps freed heap memory, and
after large frees it raises its threshold for serving big blocks from the heap, so every later
batch and job peaks higher than the one before (measured: 896 MB, then 998, then 1019 for the
same call). Trimming the heap after each batch keeps the peak where the first batch put it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys


def peak_rss_mb() -> float | None:
    """Peak resident memory of this process, in MiB (None where the platform does not say)."""
    if sys.platform.startswith("linux"):
        # VmHWM belongs to this process's own memory; ru_maxrss survives exec, so a worker
        # spawned by a large parent would report the parent's peak as its own.
        try:
            with open("/proc/self/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError, IndexError):
            pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def reset_peak() -> None:
    """Start measuring the peak anew from what is resident now (Linux: writing 5 to clear_refs
    resets VmHWM), so each job of a worker that stays alive reports its own peak, the model it
    keeps loaded included, and not the largest of the jobs before it."""
    if not sys.platform.startswith("linux"):
        return
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:  # an old kernel or a sandbox: the peak stays the process's own since it started
        pass


def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


_TRIM = _malloc_trim()


def release_free_memory() -> None:
    if _TRIM is not None:
        _TRIM(0)

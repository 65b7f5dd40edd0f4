"""The status bar's line when an import ends: what was imported, and whether anything failed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportStatus", text)


def import_status(results: list, cancelled: bool = False) -> str:
    counts: dict[str, int] = {}
    for result in results:
        counts[str(result.outcome)] = counts.get(str(result.outcome), 0) + 1
    imported, failed = counts.get("imported", 0), counts.get("failed", 0)
    line = (_tr("Import cancelled: %1 files imported") if cancelled
            else _tr("Import finished: %1 files imported")).replace("%1", str(imported))
    if failed:
        line += ", " + (_tr("1 failed") if failed == 1 else _tr("%1 failed").replace("%1", str(failed)))
        line += " — " + _tr("see the import report")
    return line

"""The main window's size and the widths of its panes, kept between runs in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY = "mainWindow/geometry"
PANES = "mainWindow/panes"  # the library | the conversation and its scoring
REVIEW_PANES = "mainWindow/reviewPanes"  # the conversation | the scoring panel


def _splitters(window) -> tuple:
    return ((PANES, window.splitter), (REVIEW_PANES, window.review_splitter))


def restore_layout(window, settings: QSettings) -> None:
    """Size and panes as saved by save_layout; anything not saved (or unreadable) stays as is."""
    geometry = settings.value(GEOMETRY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    for key, splitter in _splitters(window):
        state = settings.value(key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
            splitter.setChildrenCollapsible(False)  # restoreState brings back the saved flag


def save_layout(window, settings: QSettings) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())
    for key, splitter in _splitters(window):
        settings.setValue(key, splitter.saveState())
    settings.sync()

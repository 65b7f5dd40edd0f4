"""A quiet terminal: Qt and its FFmpeg print what they found on every start (the audio
backends they could not load, a dump of every recording opened). None of it is wrong, and a
reviewer who starts Reviewer from a terminal should see only what is. REVIEWER_VERBOSE=1 keeps
everything, for bug reports."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLoggingCategory, QtMsgType, qInstallMessageHandler

ENV_VERBOSE = "REVIEWER_VERBOSE"

# Informational chatter: the FFmpeg stream dump ("Input #0, ogg, from …") and version lines.
_RULES = "\n".join([
    "qt.multimedia.*.debug=false",
    "qt.multimedia.*.info=false",
    # Optional audio backends probed at start (PipeWire missing: Qt uses PulseAudio or ALSA).
    "qt.multimedia.symbolsresolver.warning=false",
])
# Messages without a category that only say a backend or platform feature is absent; the player
# already tells the user when there is no sound device.
_HARMLESS = (
    "pa_context_connect() failed",
    "does not support propagateSizeHints",
    "does not support raise()",
)
_installed = False


def _handler(kind: QtMsgType, context, message: str) -> None:
    if any(text in message for text in _HARMLESS):
        return
    category = getattr(context, "category", None) or "default"
    prefix = "" if category == "default" else f"{category}: "
    sys.stderr.write(f"{prefix}{message}\n")
    sys.stderr.flush()


def keep_quiet() -> None:
    """Filter the chatter before the QApplication exists (the rules apply to every category
    made afterwards); warnings that mean something still reach the terminal."""
    global _installed
    if _installed or os.environ.get(ENV_VERBOSE):
        return
    QLoggingCategory.setFilterRules(_RULES)
    qInstallMessageHandler(_handler)
    _installed = True

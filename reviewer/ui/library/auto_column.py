"""The library's Auto column: automatic QA's score and flags for every conversation, so that
reviewers sort the worst first and filter on what the checks found."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reviewer.domain.checks import Flag
from reviewer.storage import auto_results

NO_AUTO = "\u2014"
FLAG_MARK = "\u26a0"  # a warning sign after the score: the checks flagged something


def flag_label(flag: str) -> str:
    labels = {
        Flag.FORBIDDEN_WORD: QCoreApplication.translate("AutoColumn", "Forbidden word"),
        Flag.NO_GREETING: QCoreApplication.translate("AutoColumn", "No greeting"),
        Flag.SLOW_FIRST_REPLY: QCoreApplication.translate("AutoColumn", "Slow first reply"),
        Flag.LONG_SILENCE: QCoreApplication.translate("AutoColumn", "Long silence"),
        Flag.RUDE_WORD: QCoreApplication.translate("AutoColumn", "Rude word"),
    }
    return labels.get(flag, flag)


class AutoScores:
    """Auto scores and flags of the loaded rows, read a page at a time."""

    def __init__(self, library):
        self._library = library
        self._found: dict[int, tuple[float | None, list[str]]] = {}

    def clear(self) -> None:
        self._found = {}

    def load(self, ids: list[int]) -> None:
        for cid in ids:
            self._found.pop(cid, None)
        self._found.update(auto_results.scores(self._library.conn, ids))

    def text(self, conversation_id: int) -> str:
        score, flags = self._found.get(conversation_id, (None, []))
        if score is None and not flags:
            return NO_AUTO
        shown = NO_AUTO if score is None else f"{score:.0f}"
        return shown + (f" {FLAG_MARK}" if flags else "")

    def tooltip(self, conversation_id: int) -> str:
        if conversation_id not in self._found:
            return QCoreApplication.translate("AutoColumn", "Not checked automatically yet")
        flags = self._found[conversation_id][1]
        text = QCoreApplication.translate("AutoColumn", "Automatic QA score (suggestions, not a review)")
        if flags:
            text += "\n" + ", ".join(flag_label(f) for f in flags)
        return text

    @staticmethod
    def header() -> str:
        return QCoreApplication.translate("AutoColumn", "Auto")

    @staticmethod
    def header_tip() -> str:
        return QCoreApplication.translate("AutoColumn", "Automatic QA score of every conversation; sort it to find the worst first")

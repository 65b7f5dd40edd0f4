"""The compact line of conversation metrics in the conversation header, and the seek-bar marks
made from the same figures (reviewer.metrics)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from reviewer.domain import Channel
from reviewer.domain.replies import Speed
from reviewer.ui import style
from reviewer.ui.conversation.seek_bar import MARK_OVERTALK, MARK_SILENCE, Mark
from reviewer.ui.widgets import formatting


def marks_of(figures: dict | None) -> list[Mark]:
    """The silences and overtalk stretches of a call, for SeekBar.set_marks."""
    if not figures:
        return []
    marks = [(s["start_ms"], s["end_ms"], MARK_SILENCE) for s in figures.get("silences") or []]
    marks += [(o["start_ms"], o["end_ms"], MARK_OVERTALK) for o in figures.get("overtalks") or []]
    return sorted(marks)


class MetricsStrip(QLabel):
    """Talk share, silences, overtalk, interruptions, speaking rate and holds of a call; the
    shopper's wait and length of a visit. Chats and e-mails have their reply line already."""

    def __init__(self, parent=None):
        super().__init__(parent, objectName="metricsStrip", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.setToolTip(self.tr("Conversation metrics (reviewer metrics ID shows them all)"))

    def show_figures(self, figures: dict | None, channel: Channel) -> None:
        text = self._text(figures, channel) if figures else ""
        self.setText(text)
        self.setVisible(bool(text))

    def _text(self, f: dict, channel: Channel) -> str:
        if channel in (Channel.CHAT, Channel.EMAIL):
            left = f.get("unanswered_at_end")
            return self._item(self.tr("Unanswered at the end: %1"), str(left), warn=True) if left else ""
        parts = []
        if f.get("visit_wait_ms") is not None:
            parts.append(self._item(self.tr("Wait %1"), formatting.duration(f["visit_wait_ms"])))
        if f.get("longest_silence_ms") is None:
            return "  \u00b7  ".join(parts)
        share = f.get("agent_talk_share")
        if share is not None:
            parts.append(self._item(self.tr("Agent talks %1"), f"{share:.0%}"))
        silences = f.get("silences") or []
        longest = f["longest_silence_ms"]
        parts.append(
            self._item(self.tr("Silences: %1"), str(len(silences)), warn=bool(silences))
            + (" " + html.escape(self.tr("(longest %1)").replace("%1", formatting.wait(longest))) if longest else "")
        )
        if f.get("overtalk_ms") is not None:
            parts.append(self._item(self.tr("Overtalk %1"), formatting.wait(f["overtalk_ms"]),
                                    warn=bool(f.get("overtalk_count"))))
            cut = f.get("interruptions") or {}
            parts.append(self._item(self.tr("Cut in: agent %1"), str(cut.get("agent", 0)))
                         + html.escape(self.tr(", customer %1")).replace("%1", f"<b>{cut.get('customer', 0)}</b>"))
        if f.get("agent_wpm") is not None:
            parts.append(self._item(self.tr("%1 words/min"), f"{f['agent_wpm']:.0f}"))
        if f.get("holds"):
            parts.append(self._item(self.tr("Holds: %1"), str(len(f["holds"]))))
        return "  \u00b7  ".join(parts)

    @staticmethod
    def _item(template: str, value: str, warn: bool = False) -> str:
        colour = style.SPEED_COLOURS[Speed.SLOW] if warn else None  # amber, as a slow reply
        shown = f'<b style="color:{colour.name()}">{html.escape(value)}</b>' if colour else f"<b>{html.escape(value)}</b>"
        return html.escape(template).replace("%1", shown)

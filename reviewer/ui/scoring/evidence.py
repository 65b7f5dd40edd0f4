"""Evidence in the scoring panel: what "Attach evidence" takes, and the links that show it.

A turn is shown as "Turn 5 · 1:23 «quote…»" (numbered from 1, as people count), a moment of the
recording as "▶ 1:23". Links carry the evidence in their href so that a click can seek the player.
"""

from __future__ import annotations

import html
from typing import Protocol, Sequence

from PySide6.QtCore import QCoreApplication

from reviewer.domain import Turn
from reviewer.domain.review import Evidence
from reviewer.ui.widgets import formatting

#: A moment of the recording becomes this much of it: long enough to replay what was said.
EVIDENCE_SPAN_MS = 5000
QUOTE_CHARS = 48


class EvidenceSource(Protocol):
    """What the scoring panel asks the conversation view (ConversationView provides both)."""

    def selected_turn_indexes(self) -> list[int]: ...

    def playback_ms(self) -> int | None: ...


def evidence_to_attach(source: object | None, duration_ms: int | None) -> list[Evidence]:
    """The selected turns; else the playback position as a span of EVIDENCE_SPAN_MS (cut at
    the end of the recording); else nothing."""
    if source is None:
        return []
    selected = getattr(source, "selected_turn_indexes", None)
    indexes = list(selected()) if selected else []
    if indexes:
        return [Evidence.turn(int(i)) for i in indexes]
    position = getattr(source, "playback_ms", None)
    ms = position() if position else None
    if ms is None:
        return []
    start = max(0, int(ms))
    end = start + EVIDENCE_SPAN_MS
    if duration_ms is not None:
        end = min(end, duration_ms)
        start = min(start, end)
    return [Evidence.span(start, end)]


def href(evidence: Evidence) -> str:
    if evidence.is_turn:
        return f"turn:{evidence.turn_index}"
    return f"ms:{evidence.start_ms}:{evidence.end_ms}"


def from_href(link: str) -> Evidence | None:
    """The evidence a link stands for; None for a link that is not evidence."""
    kind, _, rest = link.partition(":")
    try:
        if kind == "turn":
            return Evidence.turn(int(rest))
        if kind == "ms":
            start, _, end = rest.partition(":")
            return Evidence.span(int(start), int(end))
    except ValueError:
        return None
    return None


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "\u2026"


def _turn_time(turn: Turn) -> str:
    """A message's clock time (as the transcript shows it), else the offset into a call."""
    moment = formatting.parse_iso(turn.sent_at)
    if moment is not None:
        return moment.strftime("%H:%M")
    return formatting.duration(turn.start_ms) if turn.start_ms is not None else ""


def label(evidence: Evidence, turns: dict[int, Turn]) -> str:
    """Plain text of one piece of evidence."""
    if not evidence.is_turn:
        return "\u25b6 " + formatting.duration(evidence.start_ms)
    turn = turns.get(evidence.turn_index)
    number = QCoreApplication.translate("Evidence", "Turn %1").replace("%1", str(evidence.turn_index + 1))
    if turn is None:
        return number + " " + QCoreApplication.translate("Evidence", "(no longer in the conversation)")
    when = _turn_time(turn)
    return number + (f" \u00b7 {when}" if when else "") + f" \u00ab{_quote(turn.text)}\u00bb"


def tooltip(evidence: Evidence, turns: dict[int, Turn]) -> str:
    if evidence.is_turn:
        turn = turns.get(evidence.turn_index)
        return turn.text if turn else ""
    return QCoreApplication.translate("Evidence", "From %1 to %2 of the recording").replace(
        "%1", formatting.duration(evidence.start_ms)).replace("%2", formatting.duration(evidence.end_ms))


def links_html(evidence: Sequence[Evidence], turns: dict[int, Turn], removable: bool) -> str:
    """One line per piece of evidence: a link that seeks the player, and × to remove it."""
    remove_tip = html.escape(QCoreApplication.translate("Evidence", "Remove this evidence"), quote=True)
    lines = []
    for item in evidence:
        line = f'<a href="{href(item)}" style="text-decoration:none">{html.escape(label(item, turns))}</a>'
        if removable:
            line += (f'&nbsp;&nbsp;<a href="remove:{href(item)}" title="{remove_tip}"'
                     ' style="color:#a0aec0; text-decoration:none">\u2715</a>')
        lines.append(line)
    return "<br>".join(lines)

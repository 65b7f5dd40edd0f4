"""Where a call's turns sit on its recording: the turn at a playback position, the turn before
and after it.

A player reports its position many times a second and an hour-long call has a thousand turns or
more, so every lookup bisects the sorted start times; nothing scans the turns per position.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Sequence

from reviewer.domain.conversation import Turn

#: "Next turn" skips turns starting this close after the position: right after a seek the player
#: may report a position a hair before the turn it was sent to, which must not count as "next".
NEXT_TOLERANCE_MS = 100
#: "Previous turn" first goes back to the start of the current turn when this far into it, the
#: way a player's "previous track" does; pressed again at once it goes to the turn before.
RESTART_MS = 1500


class Timeline:
    """The timed turns of a conversation, by start time. Rows are positions in the sequence the
    timeline was made from (the transcript's rows); turns without a start time are left out."""

    def __init__(self, turns: Sequence[Turn]):
        timed = sorted((t.start_ms, row) for row, t in enumerate(turns) if t.start_ms is not None)
        self._starts = [start for start, _row in timed]
        self._rows = [row for _start, row in timed]
        self._start_of_row = {row: start for start, row in timed}

    def __len__(self) -> int:
        return len(self._starts)

    def row_at(self, ms: int) -> int | None:
        """The row of the turn being spoken at ``ms``: the last to start at or before it. It stays
        current through the pause after it, so a reader keeps their place; None before the first
        turn (or without timed turns)."""
        i = bisect_right(self._starts, ms) - 1
        return self._rows[i] if i >= 0 else None

    def start_of(self, row: int) -> int | None:
        """Where the turn in ``row`` starts; None for a turn without a time."""
        return self._start_of_row.get(row)

    def next_start(self, ms: int) -> int | None:
        """The start of the first turn that starts after ``ms``; None after the last."""
        i = bisect_right(self._starts, ms + NEXT_TOLERANCE_MS)
        return self._starts[i] if i < len(self._starts) else None

    def previous_start(self, ms: int) -> int | None:
        """The start of the current turn when more than RESTART_MS into it, else of the turn
        before; the first turn's start at the beginning; None without timed turns."""
        if not self._starts:
            return None
        i = bisect_left(self._starts, ms - RESTART_MS) - 1
        return self._starts[max(0, i)]

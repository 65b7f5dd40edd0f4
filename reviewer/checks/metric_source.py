"""Where the metric checks get their figures: the one door to the conversation metrics.

The conversation metrics (``reviewer.metrics``, their own issue) are used when they are
installed; until then a minimal stand-in computes, from the turns alone, the figures the
shipped rubrics need: chat and e-mail reply waits (``reviewer.domain.replies``) and call
silences from the gaps between turns. Key names are those of ``reviewer metrics --json``.
A figure that cannot be computed is None, never a guess.
"""

from __future__ import annotations

from reviewer.domain.conversation import Channel, Conversation, SpeakerRole

#: The metric names a rubric may name, as ``reviewer metrics --json`` writes them.
LOCAL_METRIC_NAMES = (
    "duration_ms",
    "talk_ms",
    "agent_talk_share",
    "silences",
    "longest_silence_ms",
    "overtalk_ms",
    "overtalk_count",
    "interruptions",
    "agent_wpm",
    "holds",
    "first_reply_ms",
    "reply_waits_ms",
    "longest_wait_ms",
    "replies_over_standard",
    "unanswered_at_end",
)

#: Gaps shorter than this are breaths, not silences (the commercial suites' rule).
SILENCE_MIN_MS = 2_000


_REAL: list = []  # [module or None], looked up once: a failed import is slow to repeat


def _real_metrics():
    if not _REAL:
        try:
            import reviewer.metrics as real  # type: ignore[import-not-found]
        except ImportError:
            real = None
        _REAL.append(real if real is not None and hasattr(real, "metrics_for") else None)
    return _REAL[0]


def metric_names() -> tuple[str, ...]:
    real = _real_metrics()
    return tuple(real.METRIC_NAMES) if real is not None and hasattr(real, "METRIC_NAMES") else LOCAL_METRIC_NAMES


def metrics_for(library, conversation: Conversation) -> dict:
    """The metrics of a stored conversation: the real ones when available, else the stand-in."""
    real = _real_metrics()
    if real is not None and library is not None and conversation.id is not None:
        found = real.metrics_for(library, conversation.id)
        if found is not None:
            return found
    return local_metrics(conversation)


def local_metrics(conversation: Conversation) -> dict:
    from reviewer.domain.replies import reply_times

    turns = conversation.turns
    out: dict = {name: None for name in LOCAL_METRIC_NAMES}
    if conversation.channel in (Channel.CHAT, Channel.EMAIL):
        waits = reply_times(turns)
        ordered = [waits[t.index] for t in turns if t.index in waits]
        out["reply_waits_ms"] = ordered
        out["first_reply_ms"] = ordered[0] if ordered else None
        out["longest_wait_ms"] = max(ordered) if ordered else None
        spoken = [t for t in turns if t.role in (SpeakerRole.AGENT, SpeakerRole.CUSTOMER)]
        out["unanswered_at_end"] = 0
        for turn in reversed(spoken):
            if turn.role is not SpeakerRole.CUSTOMER:
                break
            out["unanswered_at_end"] += 1
        return out
    timed = sorted(
        (t for t in turns if t.start_ms is not None and t.end_ms is not None), key=lambda t: t.start_ms
    )
    if not timed:
        return out
    silences = []
    reach = timed[0].start_ms
    if reach >= SILENCE_MIN_MS:
        silences.append({"start_ms": 0, "end_ms": reach})
    for turn in timed:
        if turn.start_ms - reach >= SILENCE_MIN_MS:
            silences.append({"start_ms": reach, "end_ms": turn.start_ms})
        reach = max(reach, turn.end_ms)
    out["silences"] = silences
    out["longest_silence_ms"] = max((s["end_ms"] - s["start_ms"] for s in silences), default=0)
    out["duration_ms"] = conversation.duration_ms
    return out


def _wait_starts(turns, waits: dict[int, int]) -> dict[int, int]:
    """Agent reply turn -> the customer turn the customer began waiting with."""
    starts: dict[int, int] = {}
    waiting: int | None = None
    for turn in turns:
        if turn.role is SpeakerRole.CUSTOMER and waiting is None:
            waiting = turn.index
        elif turn.role is SpeakerRole.AGENT:
            if turn.index in waits and waiting is not None:
                starts[turn.index] = waiting
            waiting = None
    return starts

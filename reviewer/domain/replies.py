"""How long the agent took to answer the customer: the number chat and e-mail standards judge."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from reviewer.domain.conversation import Channel, SpeakerRole, Turn


class Speed(StrEnum):
    GOOD = "good"
    SLOW = "slow"
    TOO_SLOW = "too_slow"


# (good up to, slow up to) in milliseconds, from the service standards: in a chat more than
# 30 seconds without a reply already loses the customer and about half leave after five minutes;
# an e-mail should be acknowledged at once and answered in full within about two hours.
_LIMITS = {
    Channel.CHAT: (30_000, 5 * 60_000),
    Channel.EMAIL: (2 * 3600_000, 24 * 3600_000),
}


def _wall_ms(turn: Turn) -> int | None:
    if not turn.sent_at:
        return None
    try:
        return int(datetime.fromisoformat(turn.sent_at).timestamp() * 1000)
    except ValueError:
        return None


def reply_times(turns: list[Turn]) -> dict[int, int]:
    """Turn index -> milliseconds the agent took to reply, for each agent turn that answers
    customer messages: measured from the first customer message since the agent last spoke,
    because that is how long the customer has been waiting."""
    times: dict[int, int] = {}
    waiting_since: int | None = None
    # One time scale for the whole conversation: offsets where every message has one, else
    # the wall clock (e-mail threads may only have their Date headers).
    spoken = [t for t in turns if t.role in (SpeakerRole.AGENT, SpeakerRole.CUSTOMER)]
    use_offsets = all(t.start_ms is not None for t in spoken)
    for turn in turns:
        moment = turn.start_ms if use_offsets else _wall_ms(turn)
        if turn.role is SpeakerRole.CUSTOMER:
            if waiting_since is None and moment is not None:
                waiting_since = moment
        elif turn.role is SpeakerRole.AGENT:
            if waiting_since is not None and moment is not None:
                times[turn.index] = max(0, moment - waiting_since)
            waiting_since = None
    return times


def speed(channel: Channel, reply_ms: int) -> Speed | None:
    """How a reply time compares with the standard for the channel; None where none applies."""
    limits = _LIMITS.get(channel)
    if limits is None:
        return None
    good, slow = limits
    if reply_ms <= good:
        return Speed.GOOD
    return Speed.SLOW if reply_ms <= slow else Speed.TOO_SLOW

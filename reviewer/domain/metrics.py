"""Conversation metrics: what the clock and the waveform say about a conversation.

Pure functions over turns and voice activity (standard library only). Calls: talk time per
role, silences where nobody speaks, overtalk, interruptions, the agent's speaking rate, holds.
Who speaks when comes from each channel's voice activity on a two-channel call, and from each
separated speaker's activity on a mono call (its side the role its turns have now). Chats and
e-mails: how long the customer waited for each reply. Visits: the wait and length the mystery
shopper entered. A figure that cannot be known (who spoke, on a mono call whose speakers are not
separated yet) is None, never a guess.

Times are integer milliseconds; an interval is a (start_ms, end_ms) pair.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Iterable, Sequence

from reviewer.domain.conversation import Channel, SpeakerRole, Turn
from reviewer.domain.replies import reply_times

#: Raise when the way a figure is computed changes: stored figures of an older version are
#: recomputed on next use.
METRICS_VERSION = 3  # 2: holds say their kind (silence or music), music heard in the audio
# 3: a separated mono call's talk, overtalk and interruptions from its speakers' activity

Interval = tuple[int, int]

_SIDES = (SpeakerRole.AGENT, SpeakerRole.CUSTOMER)
# Words that announce a hold ("please hold", "one moment"), in the languages of our users.
_HOLD_WORDS = re.compile(
    r"\b(hold|one moment|a moment|just a (moment|minute|second)|bear with me|"
    r"please wait|wait a (moment|minute|second)|"
    r"подожд|минуточк|минутк|секундочк|одну секунду|одну минуту|не кладите|оставайтесь на линии|ожидайте|"
    r"uzgaid|gaidiet|mirkli|brīdi|vienu minūti|palieciet)",
    re.IGNORECASE,
)
# A hold is announced when a turn asking for it ends this long before the quiet begins (or, for
# music that Whisper wrote words over, this little after the music began).
_ANNOUNCED_WITHIN_MS = 15_000
_ANNOUNCE_SLACK_MS = 1_000


@dataclass(frozen=True)
class Thresholds:
    """What makes a silence, a hold, an overtalk and a late reply. Stored with the figures,
    so every figure says which thresholds made it."""

    silence_ms: int = 10_000  # a silence is reported from this long ("dead air")
    pause_ms: int = 2_000  # shorter gaps are ordinary pauses, not silence at all
    hold_ms: int = 30_000  # quiet (or music, no words) this long mid-call is a hold
    overtalk_ms: int = 500  # both speaking at once for less than this is a normal hand-over
    chat_reply_ms: int = 30_000  # the service standard for a chat reply
    email_reply_ms: int = 2 * 3600_000  # ... and for answering an e-mail
    # Where each reply standard came from: "setting", or the rubric that declared it
    # ("rubric chat 1.1", its [reply_standard]).
    chat_reply_from: str = "setting"
    email_reply_from: str = "setting"

    def as_dict(self) -> dict[str, int | str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Thresholds":
        fields = cls.__dataclass_fields__
        known = {k: (str(v) if k.endswith("_from") else int(v)) for k, v in data.items() if k in fields}
        return cls(**known)

    def reply_standard_from(self, channel: Channel) -> str | None:
        """"setting" or the rubric ("rubric chat 1.1") the channel's reply standard came from."""
        return {Channel.CHAT: self.chat_reply_from, Channel.EMAIL: self.email_reply_from}.get(channel)

    def reply_standard(self, channel: Channel) -> int | None:
        if channel is Channel.CHAT:
            return self.chat_reply_ms
        if channel is Channel.EMAIL:
            return self.email_reply_ms
        return None


@dataclass(frozen=True)
class VoiceActivity:
    """Speech found in one channel of a recording: ``channel`` None for the whole (mono)
    recording; ``role`` the side transcription gave that channel's turns (None on mono).

    With ``speaker`` set, the speech of one separated speaker of a mono call instead (channel
    None; overlapping another speaker's where both talk at once); ``role`` then the role the
    decision in force gave that speaker (None when undecided)."""

    channel: int | None
    role: SpeakerRole | None
    regions: tuple[Interval, ...]
    music: tuple[Interval, ...] = ()  # where music played (hold music), from the same audio
    speaker: int | None = None


# Interval arithmetic --------------------------------------------------------------------------


def union(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, merged intervals (touching ones join)."""
    merged: list[list[int]] = []
    for start, end in sorted((s, e) for s, e in intervals if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def intersection(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """Where two sorted, merged interval lists overlap (a linear walk)."""
    found: list[Interval] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            found.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return found


def gaps(speech: Sequence[Interval]) -> list[Interval]:
    """The stretches between speech, from the first speech to the last (the quiet before the
    first word and after the last is ringing and hanging up, not dead air)."""
    return [(speech[k][1], speech[k + 1][0]) for k in range(len(speech) - 1)]


def total(intervals: Iterable[Interval]) -> int:
    return sum(e - s for s, e in intervals)


def _as_json(intervals: Iterable[Interval]) -> list[dict[str, int]]:
    return [{"start_ms": s, "end_ms": e} for s, e in intervals]


# The figures ----------------------------------------------------------------------------------

CALL_KEYS = (
    "talk_ms", "agent_talk_ms", "customer_talk_ms", "agent_talk_share", "silences", "silence_count",
    "silence_ms", "longest_silence_ms", "overtalks", "overtalk_ms", "overtalk_count", "interruptions",
    "agent_interruptions", "customer_interruptions", "agent_wpm", "holds", "hold_count", "hold_ms",
)
TEXT_KEYS = (
    "first_reply_ms", "reply_waits_ms", "longest_wait_ms", "reply_standard_ms", "reply_standard_from",
    "replies_over_standard", "unanswered_at_end",
)
VISIT_KEYS = ("visit_wait_ms", "visit_length_ms")


def compute(
    channel: Channel,
    turns: Sequence[Turn],
    duration_ms: int | None = None,
    activity: Sequence[VoiceActivity] = (),
    thresholds: Thresholds = Thresholds(),
    visit: dict | None = None,
) -> dict:
    """Every figure for one conversation, as the JSON dict ``reviewer metrics --json`` prints.
    Keys that do not apply to the channel are present and None."""
    figures: dict = dict.fromkeys(("duration_ms", *CALL_KEYS, *TEXT_KEYS, *VISIT_KEYS))
    spoken = [t for t in turns if t.role is not SpeakerRole.SYSTEM and t.text.strip()]
    figures["agent_messages"] = sum(1 for t in spoken if t.role is SpeakerRole.AGENT)
    figures["customer_messages"] = sum(1 for t in spoken if t.role is SpeakerRole.CUSTOMER)
    if channel in (Channel.CHAT, Channel.EMAIL):
        if spoken and all(t.role in _SIDES for t in spoken):  # who waited for whom is known
            figures.update(_text_figures(channel, turns, thresholds))
        figures["duration_ms"] = duration_ms if duration_ms is not None else _text_span(turns)
    else:
        figures.update(_call_figures(spoken, duration_ms, activity, thresholds))
    if channel is Channel.VISIT and visit is not None:
        figures["visit_wait_ms"] = visit.get("wait_ms")
        figures["visit_length_ms"] = visit.get("length_ms")
        if figures["visit_length_ms"] is not None and not turns:
            figures["duration_ms"] = figures["visit_length_ms"]
    figures["metrics_version"] = METRICS_VERSION
    figures["thresholds"] = thresholds.as_dict()
    return figures


def _timed(turn: Turn) -> bool:
    return turn.start_ms is not None and turn.end_ms is not None


def _call_figures(spoken: list[Turn], duration_ms, activity: Sequence[VoiceActivity], th: Thresholds) -> dict:
    timed = [t for t in spoken if _timed(t)]
    turn_speech = union((t.start_ms, t.end_ms) for t in timed)
    if duration_ms is None and turn_speech:
        duration_ms = turn_speech[-1][1]
    figures: dict = {"duration_ms": duration_ms}
    by_channel = [a for a in activity if a.speaker is None]
    by_speaker = [a for a in activity if a.speaker is not None]
    # Who speaks when: each channel's voice activity on a two-channel call, each separated
    # speaker's on a mono call, else the turns.
    sides = _sides_from_activity(by_channel, timed) if len(by_channel) >= 2 else None
    if sides is None and by_speaker:
        sides = _sides_from_speakers(by_speaker, timed)
    elif sides is None and timed and all(t.role in _SIDES for t in timed):
        sides = {role: union((t.start_ms, t.end_ms) for t in timed if t.role is role) for role in _SIDES}
    if by_channel:
        anyone = union(r for a in by_channel for r in a.regions)
    elif by_speaker:
        anyone = union(r for a in by_speaker for r in a.regions)
    else:
        anyone = turn_speech
    if not anyone and not timed:
        return figures  # nothing heard yet (waiting for transcription): nothing to measure

    quiet = [g for g in gaps(anyone) if g[1] - g[0] >= th.pause_ms]
    silences = [g for g in quiet if g[1] - g[0] >= th.silence_ms]
    figures.update(
        silences=_as_json(silences),
        silence_count=len(silences),
        silence_ms=total(silences),
        longest_silence_ms=max((e - s for s, e in quiet), default=0),
    )
    if timed:  # holds are told by the words (music has none), so they need the transcript
        music = union(r for a in by_channel for r in a.music)
        figures.update(_holds(timed, turn_speech, music, th))
    if sides is None:
        return figures
    agent, customer = sides[SpeakerRole.AGENT], sides[SpeakerRole.CUSTOMER]
    agent_ms, customer_ms = total(agent), total(customer)
    figures.update(
        talk_ms={"agent": agent_ms, "customer": customer_ms},
        agent_talk_ms=agent_ms,
        customer_talk_ms=customer_ms,
        agent_talk_share=round(agent_ms / (agent_ms + customer_ms), 3) if agent_ms + customer_ms else None,
    )
    overtalks = [o for o in intersection(agent, customer) if o[1] - o[0] >= th.overtalk_ms]
    figures.update(overtalks=_as_json(overtalks), overtalk_ms=total(overtalks), overtalk_count=len(overtalks))
    interrupted = {"agent": 0, "customer": 0}
    for start, _end in overtalks:
        # The one whose speech began later cut in on the other.
        began = {role: max((s for s, e in side if s <= start < e), default=start) for role, side in sides.items()}
        who = SpeakerRole.AGENT if began[SpeakerRole.AGENT] > began[SpeakerRole.CUSTOMER] else SpeakerRole.CUSTOMER
        interrupted[str(who)] += 1
    figures.update(
        interruptions=interrupted,
        agent_interruptions=interrupted["agent"],
        customer_interruptions=interrupted["customer"],
    )
    if len(by_channel) < 2 and not by_speaker and any(getattr(t, "speaker", None) is not None for t in timed):
        # A mono call separated before its speakers' activity was kept: its turns never overlap
        # (one stream of words), so overtalk from them would be a made-up zero; unknown.
        figures.update(overtalks=None, overtalk_ms=None, overtalk_count=None, interruptions=None,
                       agent_interruptions=None, customer_interruptions=None)
    agent_words = sum(_word_count(t) for t in timed if t.role is SpeakerRole.AGENT)
    has_words = any(t.role is SpeakerRole.AGENT for t in timed)
    figures["agent_wpm"] = round(agent_words * 60_000 / agent_ms, 1) if agent_ms and has_words else None
    return figures


def _sides_from_activity(activity: Sequence[VoiceActivity], turns: list[Turn]) -> dict | None:
    """Agent and customer speech from each channel's voice activity. Each channel is the side
    transcription gave it, unless the turns say the two channels are the other way round (the
    user swapped the speakers of a call whose agent channel was set wrong): the pairing whose
    turns cover more of the channels' speech wins."""
    channels = [a for a in activity if a.role in _SIDES]
    if len(channels) != 2 or channels[0].role == channels[1].role:
        return None
    regions = [union(a.regions) for a in channels]
    spoken = {role: union((t.start_ms, t.end_ms) for t in turns if t.role is role) for role in _SIDES}

    def covered(roles) -> int:
        return sum(total(intersection(r, spoken[role])) for r, role in zip(regions, roles))

    given = [a.role for a in channels]
    swapped = list(reversed(given))
    roles = swapped if covered(swapped) > covered(given) else given
    return {role: r for role, r in zip(roles, regions)}


def _sides_from_speakers(speakers: Sequence[VoiceActivity], turns: list[Turn]) -> dict | None:
    """Agent and customer speech from the separated speakers' activity of a mono call. A
    speaker's side is the role most of its turns' time has now (a swap or a reviewer's
    correction moves it), else the role decided for it; with an agent known, every speaker of
    no known side is a customer (a third voice, a speaker without words). None when no
    speaker's side is known, or some are and no agent is among them."""
    spoken: dict[int, dict[SpeakerRole, int]] = {}
    for t in turns:
        if getattr(t, "speaker", None) is not None and t.role in _SIDES:
            by_role = spoken.setdefault(t.speaker, {})
            by_role[t.role] = by_role.get(t.role, 0) + max(0, t.end_ms - t.start_ms)
    roles: dict[int, SpeakerRole | None] = {}
    for a in speakers:
        by_role = spoken.get(a.speaker)
        if by_role:  # (a tie goes to the agent)
            roles[a.speaker] = max(_SIDES, key=lambda role: by_role.get(role, -1))
        else:
            roles[a.speaker] = a.role if a.role in _SIDES else None
    if not any(roles.values()):
        return None
    if None in roles.values():
        if SpeakerRole.AGENT not in roles.values():
            return None
        roles = {k: role or SpeakerRole.CUSTOMER for k, role in roles.items()}
    return {
        side: union(r for a in speakers if roles[a.speaker] is side for r in a.regions) for side in _SIDES
    }


def _holds(timed: list[Turn], turn_speech: list[Interval], music: list[Interval], th: Thresholds) -> dict:
    """Long stretches without a word mid-call: in silence, or with music (``music``, heard in
    the audio) filling at least half of them, a music hold lasting from its music's start to
    its end. Music as long as a hold mid-call is one too when the transcript has words over it
    (Whisper wrote lyrics or noise for it)."""
    found = []
    for start, end in gaps(turn_speech):
        if end - start >= th.hold_ms:
            tune = intersection([(start, end)], music)
            if 2 * total(tune) >= end - start:  # a music hold lasts as long as its music
                found.append((tune[0][0], tune[-1][1], "music"))
            else:
                found.append((start, end, "silence"))
    if turn_speech:
        first, last = turn_speech[0][0], turn_speech[-1][1]
        for start, end in music:
            start, end = max(start, first), min(end, last)
            if end - start >= th.hold_ms and not any(s < end and start < e for s, e, _ in found):
                found.append((start, end, "music"))
    holds = []
    for start, end, kind in sorted(found):
        before = [
            t for t in timed if t.end_ms <= start + _ANNOUNCE_SLACK_MS and start - t.end_ms <= _ANNOUNCED_WITHIN_MS
        ]
        announced = any(_HOLD_WORDS.search(t.text) for t in before if t.role is not SpeakerRole.CUSTOMER)
        holds.append({"start_ms": start, "end_ms": end, "kind": kind, "announced": announced})
    return {"holds": holds, "hold_count": len(holds), "hold_ms": sum(h["end_ms"] - h["start_ms"] for h in holds)}


def _word_count(turn: Turn) -> int:
    if turn.words:
        return sum(1 for w in turn.words if w.text.strip())
    return len(turn.text.split())


def _text_figures(channel: Channel, turns: Sequence[Turn], th: Thresholds) -> dict:
    ordered = sorted(turns, key=lambda t: t.index)
    waits = reply_times(ordered)
    reply_waits = [waits[t.index] for t in ordered if t.index in waits]
    standard = th.reply_standard(channel)
    last_agent = max((k for k, t in enumerate(ordered) if t.role is SpeakerRole.AGENT), default=-1)
    return {
        "first_reply_ms": reply_waits[0] if reply_waits else None,
        "reply_waits_ms": reply_waits,
        "longest_wait_ms": max(reply_waits, default=None),
        "reply_standard_ms": standard,
        "reply_standard_from": th.reply_standard_from(channel),
        "replies_over_standard": sum(1 for w in reply_waits if w > standard) if standard is not None else None,
        "unanswered_at_end": sum(1 for t in ordered[last_agent + 1 :] if t.role is SpeakerRole.CUSTOMER),
    }


def _text_span(turns: Sequence[Turn]) -> int | None:
    from reviewer.domain.replies import _wall_ms

    starts = [t.start_ms for t in turns if t.start_ms is not None]
    if len(starts) == len(turns) and starts:
        return max(t.end_ms or t.start_ms for t in turns) - min(starts)
    moments = [m for m in (_wall_ms(t) for t in turns) if m is not None]
    return max(moments) - min(moments) if moments else None


def replies_over(figures: dict, limit_ms: int) -> int | None:
    """How many replies took longer than ``limit_ms`` (a rubric's own standard)."""
    waits = figures.get("reply_waits_ms")
    return None if waits is None else sum(1 for w in waits if w > limit_ms)

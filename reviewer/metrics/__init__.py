"""Conversation metrics, stored per conversation and kept in step with its turns.

``metrics_for`` is what other parts (automatic QA, reports, the CLI, the UI) call: the stored
figures, computed and stored first when missing or stale. Figures are computed right after an
import and at the end of every transcription (from the voice activity the transcription found,
so no recording is decoded twice); any later change of turns, roles or thresholds makes them
stale (see migration m0014) and they are recomputed on next use (``refresh`` does it in bulk).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from reviewer.domain import Channel
from reviewer.domain.metrics import CALL_KEYS, METRICS_VERSION, TEXT_KEYS, VISIT_KEYS, Thresholds, compute
from reviewer.storage.metrics import MetricsRepository, conversations_of, turns_of
from reviewer.storage.settings import Setting

if TYPE_CHECKING:
    from reviewer.storage import Library

__all__ = ["METRIC_NAMES", "METRICS_VERSION", "metrics_for", "refresh", "thresholds_of", "compute_and_store"]

#: The figures a rubric may compare with a threshold: every number among the metrics.
METRIC_NAMES = frozenset(
    {"duration_ms", "agent_messages", "customer_messages"}
    | {k for k in CALL_KEYS if k not in ("talk_ms", "silences", "overtalks", "interruptions", "holds")}
    | {k for k in TEXT_KEYS if k not in ("reply_waits_ms", "reply_standard_from")}
    | set(VISIT_KEYS)
)

# Recomputed figures are written this many at a time, each batch in one short transaction.
WRITE_BATCH = 500

_SETTINGS = {
    "silence_ms": Setting.SILENCE_MS,
    "pause_ms": Setting.PAUSE_MS,
    "hold_ms": Setting.HOLD_MS,
    "overtalk_ms": Setting.OVERTALK_MS,
    "chat_reply_ms": Setting.CHAT_REPLY_MS,
    "email_reply_ms": Setting.EMAIL_REPLY_MS,
}


def thresholds_of(library: "Library") -> Thresholds:
    """The library's thresholds (settings), the service standards by default; a reply
    standard declared by the rubric a chat or an e-mail is reviewed with (``reply_standard``
    in its file) takes the place of the setting, and the thresholds say so."""
    values: dict = {name: max(0, int(library.setting(s))) for name, s in _SETTINGS.items()}
    for channel, key in ((Channel.CHAT, "chat_reply_ms"), (Channel.EMAIL, "email_reply_ms")):
        rubric = _channel_rubric(library, channel)
        declared = rubric.reply_standard(channel) if rubric is not None else None
        if declared is not None:
            values[key] = declared
            values[key.replace("_ms", "_from")] = f"rubric {rubric.id} {rubric.version}"
    return Thresholds(**values)


_catalogs: dict = {}  # library root -> (the rubric files' stamps, the catalog read from them)


def _channel_rubric(library: "Library", channel: Channel):
    """The rubric a conversation of this channel is reviewed with unless the reviewer picks
    another: the one named after the channel, else the first made for it (as the review panel
    chooses). The catalog is read again only when a rubric file changed."""
    from reviewer.rubrics import library_rubrics_dir, load_catalog, shipped_rubrics_dir

    folders = [shipped_rubrics_dir(), library_rubrics_dir(library.root)]
    stamps = []
    for folder in folders:
        if folder is not None and folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                try:
                    info = path.stat()
                except OSError:
                    continue
                stamps.append((str(path), info.st_mtime_ns, info.st_size))
    key = str(library.root)
    cached = _catalogs.get(key)
    if cached is None or cached[0] != stamps:
        cached = _catalogs[key] = (stamps, load_catalog(library.root))
    fitting = cached[1].for_channel(channel)
    named = [r for r in fitting if r.id == str(channel)]
    return (named or fitting or [None])[0]


def metrics_for(library: "Library", conversation_id: int) -> dict | None:
    """Every figure of one conversation (see reviewer.domain.metrics.compute); None only when
    the conversation does not exist."""
    repo = MetricsRepository(library)
    thresholds = thresholds_of(library)
    stored = repo.get(conversation_id)
    if stored is not None and stored[0] == METRICS_VERSION and stored[1] == thresholds.as_dict():
        return stored[2]
    computed = _compute(library, [conversation_id], thresholds)
    if conversation_id not in computed:
        return None
    repo.put_many(computed.items())
    return computed[conversation_id]


def compute_and_store(library: "Library", ids: Iterable[int]) -> int:
    """Compute and store the figures of these conversations now (after an import or a
    transcription); returns how many were stored."""
    ids = list(ids)
    thresholds = thresholds_of(library)
    stored = 0
    for start in range(0, len(ids), WRITE_BATCH):
        computed = _compute(library, ids[start:start + WRITE_BATCH], thresholds)
        MetricsRepository(library).put_many(computed.items())
        stored += len(computed)
    return stored


def refresh(library: "Library", ids: list[int] | None = None) -> int:
    """Recompute the figures that are missing or stale (of all conversations, or of ``ids``);
    returns how many were recomputed."""
    stale = MetricsRepository(library).stale_ids(METRICS_VERSION, thresholds_of(library).as_dict(), ids)
    return compute_and_store(library, stale) if stale else 0


def refresh_some(library: "Library", limit: int) -> int:
    """Recompute at most ``limit`` stale figures (the first by id); returns how many."""
    stale = MetricsRepository(library).stale_ids(METRICS_VERSION, thresholds_of(library).as_dict())
    return compute_and_store(library, stale[:limit]) if stale else 0


def _compute(library: "Library", ids: list[int], thresholds: Thresholds) -> dict[int, dict]:
    """Figures of the given conversations (those that exist), read and computed without
    holding the write lock."""
    if not ids:
        return {}
    conversations = conversations_of(library, ids)
    found = list(conversations)
    turns = turns_of(library, found)
    activity = MetricsRepository(library).voice_activity_of(found)
    visits = _visits(library, [cid for cid, c in conversations.items() if str(c.channel) == "visit"])
    return {
        cid: compute(
            c.channel, turns[cid], c.duration_ms, activity.get(cid, ()), thresholds, visits.get(cid)
        )
        for cid, c in conversations.items()
    }


def _visits(library: "Library", ids: list[int]) -> dict[int, dict]:
    found = {}
    for cid in ids:
        visit = library.visits.get(cid)
        if visit is not None:
            found[cid] = {"wait_ms": visit.wait_ms, "length_ms": visit.length_ms}
    return found


def store_imported(library: "Library", imported: list[tuple[int, object]]) -> None:
    """Figures of conversations just imported, from the parsed conversations in memory (no
    query; chats and e-mails are measured from their turns alone). Called inside the import's
    transaction, after the turns are inserted."""
    thresholds = thresholds_of(library)
    MetricsRepository(library).put_many(
        (cid, compute(c.channel, c.turns, c.duration_ms, (), thresholds)) for cid, c in imported
    )


def store_voice_activity(library: "Library", cid: int, found, agent_channel: int, separated=None) -> None:
    """Keep the voice activity a transcription heard (transcription.messages.VoiceFound, one
    per track), each channel with the side its turns are given, and with ``separated``
    (transcription.messages.Separated) the speech of each separated speaker of a mono call."""
    from reviewer.domain.metrics import VoiceActivity
    from reviewer.domain import SpeakerRole

    def side(channel):
        if channel is None:
            return None
        return SpeakerRole.AGENT if channel == agent_channel else SpeakerRole.CUSTOMER

    heard = [VoiceActivity(v.channel, side(v.channel), tuple(v.regions), tuple(v.music)) for v in found]
    regions = getattr(separated, "regions", None) or {}
    speakers = [VoiceActivity(None, None, tuple(map(tuple, r)), speaker=int(k)) for k, r in sorted(regions.items())]
    MetricsRepository(library).set_voice_activity(cid, heard + speakers)


#: The figures the reports summarise (reviewer.reports.metrics_figures).
REPORT_FIGURES = (
    "agent_talk_share", "longest_silence_ms", "overtalk_ms", "agent_interruptions", "agent_wpm",
    "first_reply_ms", "longest_wait_ms",
)


def medians(library: "Library", conversation_ids: Iterable[int]) -> dict[str, float | None]:
    """Figure -> its median over these conversations (brought up to date first); a figure no
    conversation has (a chat's silences) is None rather than counted as zero."""
    from statistics import median

    ids = sorted(set(conversation_ids))
    refresh(library, ids)
    stored = MetricsRepository(library).figures(ids)
    found: dict[str, float | None] = {}
    for key in REPORT_FIGURES:
        values = [f[key] for f in stored.values() if f.get(key) is not None]
        found[key] = median(values) if values else None
    return found

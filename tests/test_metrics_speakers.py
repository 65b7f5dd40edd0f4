"""Metrics of a separated mono call from its speakers' own speech (issue #15): talk share,
overtalk and interruptions measured where each separated speaker talks, each speaker on the
side its turns have now; null until the call is separated. From the pure figures, through the
library (migration m0025, a swap), to a real mono call transcribed by the real job."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.domain.metrics import Thresholds, VoiceActivity, compute
from reviewer.metrics import metrics_for
from reviewer.storage import Library, speaker_roles
from reviewer.storage.metrics import MetricsRepository

A, C, UNKNOWN = SpeakerRole.AGENT, SpeakerRole.CUSTOMER, SpeakerRole.UNKNOWN

# Speaker 1 talks 0-4 s and 6-9 s; speaker 2 cuts in on both: at 3 s and at 8 s, one second each.
ONE = ((0, 4000), (6000, 9000))
TWO = ((3000, 5000), (8000, 10_000))
HEARD = VoiceActivity(None, None, ((0, 5000), (6000, 10_000)))  # the mono recording's speech
SPOKEN = [(1, 0, 3000), (2, 3000, 5000), (1, 6000, 8000), (2, 8000, 10_000)]  # (speaker, start, end)


def turns(roles: dict[int, SpeakerRole]) -> list[Turn]:
    """The call's turns, one stream of words as transcription writes them (they never overlap)."""
    return [Turn(f"words of speaker {s}", roles[s], start_ms=start, end_ms=end, index=k, speaker=s)
            for k, (s, start, end) in enumerate(SPOKEN)]


def speakers(one_role=None, two_role=None) -> list[VoiceActivity]:
    return [VoiceActivity(None, one_role, ONE, speaker=1), VoiceActivity(None, two_role, TWO, speaker=2)]


def call(roles, activity, thresholds=Thresholds()) -> dict:
    return compute(Channel.CALL, turns(roles), 10_000, activity, thresholds)


# The figures ---------------------------------------------------------------------------------


def test_overlap_of_the_separated_speakers_is_overtalk_and_the_later_one_cut_in():
    f = call({1: A, 2: C}, [HEARD, *speakers()])
    assert (f["agent_talk_ms"], f["customer_talk_ms"]) == (4000 + 3000, 2000 + 2000)
    assert f["agent_talk_share"] == round(7000 / 11_000, 3)
    assert f["overtalks"] == [{"start_ms": 3000, "end_ms": 4000}, {"start_ms": 8000, "end_ms": 9000}]
    assert (f["overtalk_ms"], f["overtalk_count"]) == (2000, 2)
    assert f["interruptions"] == {"agent": 0, "customer": 2}
    assert f["silence_count"] == 0 and f["longest_silence_ms"] == 0  # the 1 s gap is a pause
    assert f["agent_wpm"] == round(2 * 4 * 60_000 / 7000, 1)  # the agent's words per its speech


def test_a_swap_flips_which_side_each_speakers_speech_counts_for():
    """The turns' roles now decide, not the decision stored with the activity: swapped turns
    (a reviewer's correction) move each speaker's speech to the other side."""
    before = call({1: A, 2: C}, [HEARD, *speakers(A, C)])
    after = call({1: C, 2: A}, [HEARD, *speakers(A, C)])
    assert (after["agent_talk_ms"], after["customer_talk_ms"]) == (before["customer_talk_ms"], before["agent_talk_ms"])
    assert after["interruptions"] == {"agent": 2, "customer": 0}
    assert after["overtalks"] == before["overtalks"]
    # one turn corrected does not move a speaker whose other turns say otherwise
    one_fixed = compute(Channel.CALL, [*turns({1: A, 2: C})[:3], Turn("x", A, start_ms=8000, end_ms=8500,
                                                                       index=3, speaker=2)],
                        10_000, [HEARD, *speakers()])
    assert one_fixed["interruptions"] == before["interruptions"]


def test_overtalk_on_a_mono_call_follows_the_same_threshold_as_on_two_channels():
    short = [HEARD, VoiceActivity(None, None, ((0, 4000),), speaker=1),
             VoiceActivity(None, None, ((3600, 5000),), speaker=2)]  # 400 ms at once
    assert call({1: A, 2: C}, short)["overtalk_ms"] == 0  # a hand-over, not overtalk
    assert call({1: A, 2: C}, short, Thresholds(overtalk_ms=300))["overtalk_ms"] == 400
    two_channels = [VoiceActivity(0, A, ((0, 4000),)), VoiceActivity(1, C, ((3600, 5000),))]
    plain = [Turn("a", A, start_ms=0, end_ms=4000), Turn("c", C, start_ms=3600, end_ms=5000, index=1)]
    for th in (Thresholds(), Thresholds(overtalk_ms=300)):
        assert compute(Channel.CALL, plain, 10_000, two_channels, th)["overtalk_ms"] == call(
            {1: A, 2: C}, short, th)["overtalk_ms"]


def test_until_the_speakers_and_their_roles_are_known_the_figures_stay_null():
    unknown = {1: UNKNOWN, 2: UNKNOWN}
    plain = [Turn(t.text, UNKNOWN, start_ms=t.start_ms, end_ms=t.end_ms, index=t.index) for t in turns(unknown)]
    for f in (
        compute(Channel.CALL, plain, 10_000, [HEARD]),  # not separated (or separation could not run)
        call(unknown, [HEARD, *speakers()]),  # separated, nobody's role decided yet
        call({1: C, 2: UNKNOWN}, [HEARD, *speakers()]),  # no agent among those known
        call({1: A, 2: C}, [HEARD]),  # separated before each speaker's speech was kept
    ):
        assert f["overtalk_ms"] is None and f["agent_interruptions"] is None and f["interruptions"] is None
        assert f["longest_silence_ms"] == 0  # what needs no speaker is measured all the same
    assert call(unknown, [HEARD, *speakers()])["agent_talk_share"] is None


def test_a_speaker_without_turns_takes_its_decided_role_else_the_customer_side():
    # the decision in force (stored with the activity) decides for speakers whose turns say nothing
    decided = call({1: UNKNOWN, 2: UNKNOWN}, [HEARD, *speakers(A, C)])
    assert decided["interruptions"] == {"agent": 0, "customer": 2}
    # a third voice nobody decided for is on the customer side: talking with speaker 2 (4.5-5 s)
    # is no overtalk, with the agent (6-6.5 s) it is
    third = [HEARD, *speakers(), VoiceActivity(None, None, ((4500, 6500),), speaker=3)]
    f = call({1: A, 2: C}, third)
    assert f["customer_talk_ms"] == (6500 - 3000) + 2000 and f["agent_talk_ms"] == 7000
    assert [(o["start_ms"], o["end_ms"]) for o in f["overtalks"]] == [(3000, 4000), (6000, 6500), (8000, 9000)]
    assert f["interruptions"] == {"agent": 1, "customer": 2}  # the agent began while speaker 3 spoke


# In the library ------------------------------------------------------------------------------


def separated_call(library) -> int:
    cid = library.conversations.add(Conversation(
        Channel.CALL, "mono.wav", source_sha256="d" * 64, duration_ms=10_000,
        turns=[Turn(t.text, UNKNOWN, "Unknown", start_ms=t.start_ms, end_ms=t.end_ms, speaker=t.speaker)
               for t in turns({1: UNKNOWN, 2: UNKNOWN})]))
    MetricsRepository(library).set_voice_activity(cid, [HEARD, *speakers()])
    return cid


class _Decision:
    def __init__(self, speaker, role):
        self.speaker, self.role, self.cue, self.confidence = speaker, role, "company_greeting", 0.9


def test_each_speakers_speech_is_stored_with_the_role_in_force_and_replaced_whole(library):
    cid = separated_call(library)
    repo = MetricsRepository(library)
    stored = repo.voice_activity(cid)
    assert [(a.speaker, a.role, a.regions) for a in stored] == [(None, None, HEARD.regions), (1, None, ONE),
                                                                (2, None, TWO)]
    assert metrics_for(library, cid)["overtalk_ms"] is None  # no roles yet
    speaker_roles.apply(library, cid, [_Decision(1, A), _Decision(2, C)])
    assert [(a.speaker, a.role) for a in repo.voice_activity(cid)] == [(None, None), (1, A), (2, C)]
    f = metrics_for(library, cid)
    assert f["overtalk_ms"] == 2000 and f["interruptions"] == {"agent": 0, "customer": 2}
    repo.set_voice_activity(cid, [HEARD])  # a run that could not separate: no speakers kept
    assert [a.speaker for a in repo.voice_activity(cid)] == [None]
    assert metrics_for(library, cid)["overtalk_ms"] is None


def test_a_swap_recomputes_the_metrics_with_the_sides_swapped(library):
    cid = separated_call(library)
    speaker_roles.apply(library, cid, [_Decision(1, A), _Decision(2, C)])
    before = metrics_for(library, cid)
    assert MetricsRepository(library).get(cid) is not None
    speaker_roles.swap_roles(library, cid, by="Rita")
    after = metrics_for(library, cid)
    assert after["agent_talk_ms"] == before["customer_talk_ms"] == 4000
    assert after["interruptions"] == {"agent": 2, "customer": 0}
    # the stored columns the library sorts by follow
    share = library.conn.execute("SELECT agent_talk_share FROM conversation_metrics WHERE conversation_id = ?",
                                 (cid,)).fetchone()[0]
    assert share == after["agent_talk_share"] == round(4000 / 11_000, 3)


def test_a_new_role_decision_or_speaker_activity_makes_the_stored_figures_stale(library):
    cid = separated_call(library)
    repo = MetricsRepository(library)
    metrics_for(library, cid)
    speaker_roles.save(library, cid, [_Decision(1, A)])
    assert repo.get(cid) is None
    metrics_for(library, cid)
    repo.set_voice_activity(cid, [HEARD, *speakers()])
    assert repo.get(cid) is None
    metrics_for(library, cid)
    with library.transaction() as conn:
        conn.execute("UPDATE turns SET speaker = 1 WHERE conversation_id = ? AND idx = 1", (cid,))
    assert repo.get(cid) is None


RUBRIC = """\
id = "talk"
version = "1"
title = "Talk"
channels = ["call"]

[[sections]]
id = "manners"
title = "Manners"

[[sections.criteria]]
id = "lets_talk"
title = "Lets the customer finish"
scale = "yes_no"
na_allowed = true

[sections.criteria.auto]
kind = "metric"
metric = "overtalk_ms"
bands = [{ at_most = 1000, answer = "yes" }]
otherwise = "no"
"""


def test_an_automatic_overtalk_check_scores_a_separated_call_once_its_roles_are_known(library, tmp_path):
    from reviewer.checks import run_checks
    from reviewer.checks.metric_source import metrics_for as check_metrics
    from reviewer.rubrics import read_rubric

    path = tmp_path / "talk.toml"
    path.write_text(RUBRIC, encoding="utf-8")
    rubric = read_rubric(path)
    cid = separated_call(library)

    def suggested():
        conversation = library.conversations.get(cid)
        result = run_checks(conversation, rubric, lambda c: check_metrics(library, c))
        return result.suggestions.get("lets_talk")

    unknown = suggested()
    assert unknown is not None and unknown.answer == "n/a"  # not measured yet, never a guess
    speaker_roles.apply(library, cid, [_Decision(1, A), _Decision(2, C)])
    found = suggested()
    assert found.answer == "no" and found.reason.values["metric"] == "Overtalk", found.reason  # over the 1 s allowed


def test_migration_adds_speaker_activity_to_an_existing_library(tmp_path):
    path = tmp_path / "lib"
    with Library.open(path) as library:
        cid = library.conversations.add(Conversation(Channel.CALL, "m.wav", source_sha256="c" * 64))
        MetricsRepository(library).set_voice_activity(cid, [HEARD])
    conn = sqlite3.connect(path / "library.db")
    conn.execute("DROP TABLE speaker_activity")  # its triggers go with it
    for name in ("metrics_speaker_role_decided", "metrics_turn_speaker_changed"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DELETE FROM schema_migrations WHERE version = 25")
    conn.commit()
    conn.close()
    with Library.open(path) as library:
        triggers = {r[0] for r in library.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"metrics_speaker_activity_added", "metrics_speaker_activity_removed",
                "metrics_speaker_role_decided", "metrics_turn_speaker_changed"} <= triggers
        assert [a.regions for a in MetricsRepository(library).voice_activity(cid)] == [HEARD.regions]  # kept
        MetricsRepository(library).set_voice_activity(cid, [HEARD, *speakers()])
        assert [a.speaker for a in MetricsRepository(library).voice_activity(cid)] == [None, 1, 2]


# A real mono call through the real job -------------------------------------------------------

sys.path.insert(0, str(Path(__file__).parent))
import sox_call  # noqa: E402


def _separation_ready() -> bool:
    from reviewer.speakers import models

    return models.available()


@pytest.fixture
def mono_overtalk_call(tmp_path):
    """The two-channel call of sox_call (overlaps known to the millisecond) mixed to mono."""
    missing = sox_call.tools_missing()
    if missing:
        pytest.skip(missing)
    if not _separation_ready():
        pytest.skip("the speaker models are not installed (./go setup installs them)")
    stereo, lines = sox_call.build_call(tmp_path / "call")
    path = tmp_path / "mono-overtalk-call.wav"
    subprocess.run(["sox", str(stereo), "-c", "1", str(path)], check=True, capture_output=True)
    return path, lines


@pytest.mark.slow
def test_a_transcribed_mono_call_measures_overtalk_from_its_separated_speakers(
        library, transcription_worker, mono_overtalk_call):
    from reviewer.domain import ConversationStatus
    from reviewer.importers import ImportOptions
    from reviewer.importing import import_paths
    from reviewer.storage.jobs import JobState
    from reviewer.transcription.jobs import TranscriptionService

    path, lines = mono_overtalk_call
    expected = sox_call.expected(lines)
    (result,) = list(import_paths(library, [path], ImportOptions()))
    cid = result.conversation_ids[0]
    library.conversations.update(cid, language="en")
    service = TranscriptionService(library, transcription_worker)
    outcome = service.run(service.enqueue(cid))
    assert outcome.state == JobState.DONE, outcome.message

    repo = MetricsRepository(library)
    stored = repo.voice_activity(cid)
    assert [a.channel for a in stored] == [None] * 3 and [a.speaker for a in stored] == [None, 1, 2]
    assert {a.role for a in stored[1:]} == {A, C}, "each speaker with the role decided for it"
    f = metrics_for(library, cid)
    assert len(f["overtalks"]) == len(expected["overtalks"]) == 2, f["overtalks"]
    for got, want in zip(f["overtalks"], expected["overtalks"]):
        assert abs(got["start_ms"] - want[0]) <= 250 and abs(got["end_ms"] - want[1]) <= 250, (got, want)
    assert f["interruptions"] == {"agent": 1, "customer": 1}  # the customer talks over, the agent cuts in
    agent_lines = sum(line.end_ms - line.start_ms for line in lines if line.role == "agent")
    customer_lines = sum(line.end_ms - line.start_ms for line in lines if line.role == "customer")
    assert abs(f["agent_talk_ms"] - agent_lines) <= 0.1 * agent_lines, (f["agent_talk_ms"], agent_lines)
    assert abs(f["customer_talk_ms"] - customer_lines) <= 0.1 * customer_lines
    [silence] = f["silences"]
    assert abs(silence["end_ms"] - silence["start_ms"] - 12_000) <= 300

    # A swap moves each speaker's speech to the other side.
    speaker_roles.swap_roles(library, cid, by="Rita")
    swapped = metrics_for(library, cid)
    assert (swapped["agent_talk_ms"], swapped["customer_talk_ms"]) == (f["customer_talk_ms"], f["agent_talk_ms"])
    assert swapped["overtalk_ms"] == f["overtalk_ms"]
    speaker_roles.swap_roles(library, cid, by="Rita")

    # Resumed: a run continuing after the turns kept (before the overtalk) separates again and
    # stores every speaker's speech once more, whole and not twice.
    kept = [t for t in library.conversations.turns(cid) if t.end_ms <= 20_000]
    for t in kept:
        t.id = None
    with library.transaction():
        library.conversations.replace_turns(cid, kept)
        library.conversations.set_status(cid, ConversationStatus.NEEDS_TRANSCRIPTION)
    repo.set_voice_activity(cid, [])
    resumed = service.run(service.enqueue(cid))
    assert resumed.state == JobState.DONE, resumed.message
    assert [(a.speaker, a.regions) for a in repo.voice_activity(cid)] == [(a.speaker, a.regions) for a in stored]
    again = metrics_for(library, cid)
    assert again["overtalks"] == f["overtalks"] and again["agent_talk_ms"] == f["agent_talk_ms"]

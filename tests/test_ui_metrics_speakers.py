"""A separated mono call's overtalk in the desktop app (issue #15): the metrics strip and the
seek-bar marks show what its speakers' speech measured, and follow a swap of the roles."""

from __future__ import annotations

from test_speaker_roles import separated_call

from reviewer.domain.metrics import VoiceActivity
from reviewer.metrics import metrics_for
from reviewer.speakers import roles
from reviewer.storage.metrics import MetricsRepository
from reviewer.storage.settings import Setting
from reviewer.ui.conversation.metrics_strip import marks_of
from reviewer.ui.conversation.seek_bar import MARK_OVERTALK


def test_strip_shows_the_speakers_overtalk_and_follows_the_swap(qtbot, library):
    from reviewer.ui.conversation.conversation_view import ConversationView

    library.set_setting(Setting.COMPANY_NAMES, ["NordLamp"])
    cid = separated_call(library)  # speakers 1, 2, 1, 2, 1 taking turns every 3 s
    # Speaker 2 talks into the end of two of speaker 1's turns, 0.5 s and 1 s.
    MetricsRepository(library).set_voice_activity(cid, [
        VoiceActivity(None, None, ((0, 14_500),)),
        VoiceActivity(None, None, ((0, 2500), (6000, 8500), (12_000, 14_500)), speaker=1),
        VoiceActivity(None, None, ((2000, 5500), (7500, 11_500)), speaker=2),
    ])
    roles.assign_after_separation(library, cid, {})  # speaker 1 greets with the company name: the agent
    view = ConversationView(library)
    qtbot.addWidget(view)
    view.show_conversation(cid)
    text = view.metrics_strip.text()
    assert "Overtalk" in text and "Cut in: agent <b>0</b>, customer <b>2</b>" in text, text
    assert [m for m in marks_of(metrics_for(library, cid)) if m[2] == MARK_OVERTALK] == [
        (2000, 2500, MARK_OVERTALK), (7500, 8500, MARK_OVERTALK)]
    with qtbot.waitSignal(view.speaker_roles_bar.profileUpdated, timeout=30_000):
        view.speaker_roles_bar.swap()
    assert "Cut in: agent <b>2</b>, customer <b>0</b>" in view.metrics_strip.text(), view.metrics_strip.text()

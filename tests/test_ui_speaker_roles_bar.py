"""The speaker roles bar above the turns of a separated call, offscreen: what decided, how sure,
and the swap button relabelling every turn of the two speakers at once."""

from __future__ import annotations

from test_speaker_roles import separated_call

from reviewer.domain import SpeakerRole
from reviewer.speakers import roles
from reviewer.storage import speaker_roles
from reviewer.storage.settings import Setting


def test_bar_says_the_cue_and_swaps(qtbot, library):
    from reviewer.ui.conversation.speaker_roles_bar import SpeakerRolesBar

    library.set_setting(Setting.COMPANY_NAMES, ["NordLamp"])
    cid = separated_call(library)
    roles.assign_after_separation(library, cid, {})
    bar = SpeakerRolesBar(library)
    qtbot.addWidget(bar)
    bar.show_conversation(cid)
    assert not bar.isHidden()
    confidence = round(speaker_roles.load(library, cid)[0].confidence * 100)
    assert bar.label.text() == f"Agent: Speaker 1 — greets with the company name, {confidence} % sure"
    with qtbot.waitSignal(bar.profileUpdated, timeout=30_000) as updated:
        with qtbot.waitSignal(bar.rolesSwapped):
            bar.swap_button.click()
    assert updated.args == [""]  # no profile for Anna: nothing to update, no error
    assert [t.role for t in library.conversations.get(cid).turns][:2] == [SpeakerRole.CUSTOMER, SpeakerRole.AGENT]
    assert bar.label.text().startswith("Agent: Speaker 2 — set by ") and not bar.is_busy()


def test_bar_hidden_for_a_call_never_separated(qtbot, library):
    from reviewer.ui.conversation.speaker_roles_bar import SpeakerRolesBar

    bar = SpeakerRolesBar(library)
    qtbot.addWidget(bar)
    bar.show_conversation(None)
    assert bar.isHidden() and not bar.swap_action.isEnabled()


def test_conversation_view_shows_the_bar(qtbot, library):
    from reviewer.ui.conversation.conversation_view import ConversationView

    cid = separated_call(library)
    roles.assign_after_separation(library, cid, {})
    view = ConversationView(library)
    qtbot.addWidget(view)
    view.show_conversation(cid)
    assert not view.speaker_roles_bar.isHidden()
    view.transcript.setCurrentIndex(view.turns_model.index(0))
    menu = view.turn_actions.build_menu()
    assert view.speaker_roles_bar.swap_action in menu.actions()  # the turns' context menu has it too
    with qtbot.waitSignal(view.speaker_roles_bar.profileUpdated, timeout=30_000):
        view.speaker_roles_bar.swap()
    assert view.conversation.turns[0].role == SpeakerRole.CUSTOMER  # the view read the swapped turns


def test_turn_menu_has_no_swap_for_a_chat(qtbot, library):
    from reviewer.domain import Channel, Conversation, Turn
    from reviewer.ui.conversation.conversation_view import ConversationView

    cid = library.conversations.add(Conversation(channel=Channel.CHAT, source_name="c.txt", source_sha256="d" * 64,
                                                 turns=[Turn("Hi", SpeakerRole.CUSTOMER, "Peter")]))
    view = ConversationView(library)
    qtbot.addWidget(view)
    view.show_conversation(cid)
    view.transcript.setCurrentIndex(view.turns_model.index(0))
    assert view.speaker_roles_bar.isHidden()
    assert view.speaker_roles_bar.swap_action not in view.turn_actions.build_menu().actions()

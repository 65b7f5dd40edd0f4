"""Which separated speaker is the agent: text cues in ru/lv/en, the decision stored, and the
reviewer's swap on a real library (all turns at once, originals kept, reversible, QA follows)."""

from __future__ import annotations

import subprocess
import sys

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.speakers import roles
from reviewer.speakers.roles import SpokenTurn as T
from reviewer.storage import speaker_roles
from reviewer.storage.settings import Setting

AGENT, CUSTOMER, UNKNOWN = SpeakerRole.AGENT, SpeakerRole.CUSTOMER, SpeakerRole.UNKNOWN


def agent_of(decisions):
    (agent,) = [d for d in decisions if d.role == AGENT]
    return agent


def test_russian_agent_greets_with_the_company_after_the_customer_said_hello():
    d = roles.by_text([T(1, 0, "Алло?"), T(2, 900, "Добрый день, компания НордЛамп, меня зовут Анна."),
                       T(1, 4000, "Я хотел бы узнать про свой заказ")], ["НордЛамп"], language="ru")
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.COMPANY_GREETING
    assert agent_of(d).confidence >= 0.9 and [x.role for x in d] == [CUSTOMER, AGENT]


def test_latvian_introduction_and_offer_of_help_without_company_names():
    d = roles.by_text([T(1, 0, "Labdien, mani sauc Anna, kā varu palīdzēt?"),
                       T(2, 3000, "Es gribētu pasūtīt lampu")], [], language="lv")
    assert agent_of(d).speaker == 1 and agent_of(d).cue == roles.INTRODUCTION


def test_english_customer_speaks_first_and_states_a_problem():
    d = roles.by_text([T(1, 0, "Hi, I have a problem with my order, the lamp is broken"),
                       T(2, 3500, "I'm sorry to hear that, this is Anna from Nord Lamp. How can I help?")],
                      ["Nord Lamp"])
    assert agent_of(d).speaker == 2 and agent_of(d).confidence > 0.8


def test_the_one_who_asks_to_wait_or_checks_is_the_agent_in_every_language():
    """A call that opens with the customer's reason and no greeting: the other speaker asks
    them to hold or goes to check, as only the one serving does."""
    for lang, caller, agent in (
        ("en", "Hello, I am calling about my order for a table lamp", "Thank you, please wait a moment while I check"),
        ("ru", "Здравствуйте, я звоню по поводу заказа", "Подождите минутку, я проверю ваш заказ"),
        ("lv", "Labdien, es zvanu par savu pasūtījumu", "Lūdzu, uzgaidiet, es pārbaudīšu jūsu pasūtījumu"),
    ):
        d = roles.by_text([T(1, 0, caller), T(2, 3000, agent)], [], language=lang)
        assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.SERVICE_PHRASE, (lang, d)
        assert agent_of(d).confidence > 0.7


def test_one_voice_is_the_agent_only_by_the_profile():
    turns = [T(1, 0, "Good morning, NordLamp, my name is Anna, how can I help?")]
    assert roles.decide(turns, None, ["NordLamp"], language="en") == []
    assert roles.decide(turns, {1: 0.4}, ["NordLamp"], language="en") == []
    [d] = roles.decide(turns, {1: 0.9}, [], language="en")
    assert (d.speaker, d.role, d.cue) == (1, AGENT, roles.VOICE_PROFILE)


def test_only_a_customer_request_still_decides():
    d = roles.by_text([T(1, 0, "Yes?"), T(2, 900, "I'd like to return a lamp")], [])
    assert agent_of(d).speaker == 1 and agent_of(d).cue == roles.CUSTOMER_REQUEST
    assert 0.5 < agent_of(d).confidence < 0.9


def test_no_cue_is_a_low_confidence_guess():
    d = roles.by_text([T(1, 0, "Hello"), T(2, 900, "Hello, yes"), T(1, 2000, "Fine, thanks")], ["NordLamp"])
    assert agent_of(d).cue == roles.NO_CUE and agent_of(d).confidence <= 0.5


def test_direction_decides_when_nothing_else_does():
    d = roles.by_text([T(1, 0, "Hello"), T(2, 900, "Hello, yes")], [], direction="outbound")
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.DIRECTION and agent_of(d).confidence < 0.7


def test_misrecognised_company_name_still_counts():
    d = roles.by_text([T(1, 0, "Hello"), T(2, 900, "Good morning, Nordlamps customer service")], ["NordLamp"])
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.COMPANY_GREETING


def test_company_name_written_apart_or_joined_counts():
    d = roles.by_text([T(1, 0, "Hello"), T(2, 900, "Nord Lamp, good morning")], ["NordLamp"])
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.COMPANY_GREETING
    d = roles.by_text([T(1, 0, "Алло"), T(2, 900, "Нордламп, добрый день")], ["Норд Ламп"], language="ru")
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.COMPANY_GREETING


def test_profile_decides_over_text_and_margin_sets_confidence():
    turns = [T(1, 0, "Good morning NordLamp, my name is Anna"), T(2, 900, "I'd like a lamp")]
    d = roles.decide(turns, {1: 0.15, 2: 0.78}, ["NordLamp"])
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.VOICE_PROFILE and agent_of(d).confidence > 0.95
    close = roles.decide(turns, {1: 0.50, 2: 0.52}, ["NordLamp"])  # the profile cannot tell: text decides
    assert agent_of(close).speaker == 1 and agent_of(close).cue == roles.COMPANY_GREETING


def test_who_says_you_and_we_is_the_agent_when_the_words_around_are_garbled():
    """Weak recognition keeps the pronouns: the one serving says "you"/"we", the served "I"/"my"."""
    for lang, customer, agent in (
        ("en", "Hi, my thing is brokle, I tried the thingy", "Okay, we can look at your brokle, you tried it?"),
        ("ru", "Зранствуйте, у меня фаранаски, мой номер", "Вы говорите, ваш номер? Мы посмотрим, вам"),
        ("lv", "Labdien, man ir mākātes, mana karte", "Jūsu karte? Mēs pārskatīsim, jums"),
    ):
        d = roles.by_text([T(1, 0, customer), T(2, 3000, agent), T(1, 6000, "Dramdit")], [], language=lang)
        assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.ADDRESSES_CUSTOMER, (lang, d)
        assert 0.5 < agent_of(d).confidence < 0.9


def test_a_few_pronouns_tell_nothing():
    d = roles.by_text([T(1, 0, "Hello there"), T(2, 900, "Yes, you")], [], language="en")
    assert agent_of(d).cue == roles.NO_CUE and agent_of(d).speaker == 1


def test_company_name_as_recognition_spelled_it():
    d = roles.by_text([T(1, 0, "I, my phone has had no signal since yesterday."),
                       T(2, 3000, "Telly Nord. What's number?")], ["TeleNord"], language="en")
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.COMPANY_GREETING
    d = roles.by_text([T(1, 0, "Зранствуйте, умина с ойдем"), T(2, 3000, "Томбый гиен – нот банк и атоприк!")],
                      ["НордБанк"], language="ru")
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.COMPANY_GREETING


def test_words_that_only_resemble_a_name_do_not_count():
    from reviewer.checks.text import tokens
    from reviewer.speakers.role_cues import says_name

    def said(text, names):
        return says_name([t.folded for t in tokens(text)], names)

    assert said("Telly Nord, good morning", ["TeleNord"])
    assert not said("Thank you, see you tomorrow", ["TeleNord", "NordLamp"])
    assert not said("No, it is not working", ["NordLamp"])
    assert not said("Anna", ["Ann"])  # shorter than a name can be told from a word: as written only
    assert said("Hi, Anna here", ["Anna"])


def test_an_agent_who_says_the_employee_name_introduces_themself():
    turns = [T(1, 0, "Allo?"), T(2, 900, "Labdien, šeit Ilze, kas jums vajadzīgs?"), T(1, 3000, "Labi")]
    d = roles.by_text(turns, [], language="lv", employee="Ilze Kalniņa")
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.INTRODUCTION
    without = roles.by_text(turns, [], language="lv")
    assert agent_of(without).confidence < agent_of(d).confidence


def test_the_cue_named_is_the_one_that_added_most():
    d = roles.by_text([T(1, 0, "Good morning, NordLamp, how can I help you?"), T(2, 900, "I need my lamp")],
                      ["NordLamp"], language="en")
    assert agent_of(d).cue == roles.COMPANY_GREETING


# --- in a real library -----------------------------------------------------------------------

TEXTS = [(1, "Good morning NordLamp, Anna speaking, how can I help?"), (2, "Hello, I'd like to return a lamp"),
         (1, "Of course, what is the order number?"), (2, "It is one two three"), (1, "Thank you, done")]


def separated_call(library) -> int:
    """A mono call after separation: turns with speaker numbers (turns.speaker, m0023), every role
    unknown until assigned."""
    library.conn.execute("INSERT OR IGNORE INTO employees (name) VALUES ('Anna')")
    turns = [Turn(text, UNKNOWN, "Unknown", start_ms=i * 3000, end_ms=i * 3000 + 2500)
             for i, (_, text) in enumerate(TEXTS)]
    cid = library.conversations.add(Conversation(channel=Channel.CALL, source_name="mono.wav",
                                                 source_sha256="e" * 64, employee="Anna", turns=turns))
    with library.transaction() as conn:
        for i, (speaker, _) in enumerate(TEXTS):
            conn.execute("UPDATE turns SET speaker = ? WHERE conversation_id = ? AND idx = ?", (speaker, cid, i))
    return cid


def test_assignment_sets_roles_and_stores_the_decision(library):
    library.set_setting(Setting.COMPANY_NAMES, ["NordLamp"])
    cid = separated_call(library)
    roles.assign_after_separation(library, cid, {1: None, 2: None})
    turns = library.conversations.get(cid).turns
    assert [t.role for t in turns] == [AGENT, CUSTOMER, AGENT, CUSTOMER, AGENT]
    assert not any(t.edited for t in turns)  # the machine's labels are no correction
    stored = speaker_roles.load(library, cid)
    assert [(r.speaker, r.role, r.cue, r.decided_by) for r in stored] == [
        (1, AGENT, roles.COMPANY_GREETING, "machine"), (2, CUSTOMER, roles.COMPANY_GREETING, "machine")]


def test_swap_round_trip_keeps_originals_and_history_and_rescoring(library):
    from reviewer.checks.service import turns_stamp

    cid = separated_call(library)
    roles.assign_after_separation(library, cid, {})
    assert speaker_roles.swap_roles(library, cid, by="Rita") == (2, 1)
    turns = library.conversations.get(cid).turns
    assert [t.role for t in turns] == [CUSTOMER, AGENT, CUSTOMER, AGENT, CUSTOMER]
    assert [t.original_role for t in turns] == [AGENT, CUSTOMER, AGENT, CUSTOMER, AGENT]
    assert {t.edited_by for t in turns} == {"Rita"}
    stored = speaker_roles.load(library, cid)
    assert [(r.role, r.decided_by, r.confidence, r.reviewer) for r in stored] == [
        (CUSTOMER, "reviewer", 1.0, "Rita"), (AGENT, "reviewer", 1.0, "Rita")]
    conversation = library.conversations.get(cid)
    stamps = {r[0] for r in library.conn.execute("SELECT turns_stamp FROM auto_results WHERE conversation_id = ?",
                                                 (cid,))}
    assert stamps == {turns_stamp(conversation)}  # automatic QA scored the swapped turns
    speaker_roles.swap_roles(library, cid, by="Rita")
    turns = library.conversations.get(cid).turns
    assert [t.role for t in turns] == [AGENT, CUSTOMER, AGENT, CUSTOMER, AGENT]
    assert not any(t.edited for t in turns)
    assert len(speaker_roles.history(library, cid)) == 6  # machine, swap, swap back


def test_swap_on_a_call_never_separated_says_so(library):
    import pytest

    cid = library.conversations.add(Conversation(channel=Channel.CALL, source_name="x.wav", source_sha256="f" * 64,
                                                 turns=[Turn("Hello", AGENT)]))
    with pytest.raises(speaker_roles.SpeakerRolesError, match="no separated agent and customer"):
        speaker_roles.swap_roles(library, cid)
    with pytest.raises(speaker_roles.SpeakerRolesError, match="no conversation #999"):
        speaker_roles.swap_roles(library, 999)


def test_cli_edit_swap_roles_and_show_in_a_real_process(tmp_path):
    from reviewer.storage import Library

    root = tmp_path / "lib"
    with Library.open(root) as library:
        cid = separated_call(library)
        roles.assign_after_separation(library, cid, {})
    run = lambda *a: subprocess.run([sys.executable, "-m", "reviewer", "--library", str(root), *a],  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    shown = run("show", str(cid))
    assert shown.returncode == 0, shown.stderr
    assert "Agent: Speaker 1 (greets with the company name, 9" not in shown.stdout  # no company_names set
    assert "Agent: Speaker 1 (introduces themself, " in shown.stdout  # "Anna speaking": the employee
    assert "Customer: Speaker 2 (the other speaker)" in shown.stdout
    done = run("edit", str(cid), "--swap-roles", "--by", "Rita")
    assert done.returncode == 0, done.stderr
    assert "agent is now Speaker 2" in done.stdout
    with Library.open(root, create=False) as library:
        assert [t.role for t in library.conversations.get(cid).turns][:2] == [CUSTOMER, AGENT]
    shown = run("show", str(cid), "--json")
    assert shown.returncode == 0 and '"speaker_roles"' in shown.stdout
    bad = run("edit", "999", "--swap-roles")
    assert bad.returncode != 0 and "no conversation #999" in bad.stderr and "Traceback" not in bad.stderr


def test_profile_decision_on_real_embeddings_of_espeak_clips(tmp_path):
    """A profile enrolled from one espeak voice finds that voice among two separated speakers."""
    import shutil

    import numpy as np
    import pytest

    if shutil.which("espeak-ng") is None or shutil.which("sox") is None:
        pytest.skip("espeak-ng and sox are needed to make the clips")
    from reviewer.speakers import models
    from reviewer.speakers.profiles import embed_speech

    def speak(text, voice, pitch):
        wav = subprocess.run(["espeak-ng", "-v", voice, "-p", str(pitch), "--stdout", text],
                             capture_output=True, check=True).stdout
        raw = subprocess.run(["sox", "-t", "wav", "-", "-r", "16000", "-c", "1", "-b", "16", "-e", "signed",
                              "-t", "raw", "-"], input=wav, capture_output=True, check=True).stdout
        return np.frombuffer(raw, dtype=np.int16).astype(np.float32) / 32768

    try:
        profile = embed_speech(speak("Good morning, thank you for calling, let me look at your order now.", "en+m3", 35))
    except models.ModelsMissing as exc:
        pytest.skip(f"speaker model not installed: {exc}")
    agent = embed_speech(speak("NordLamp, my name is Anna, how can I help you today?", "en+m3", 35))
    customer = embed_speech(speak("Hello, I would like to return a lamp that flickers.", "en+f3", 75))
    similarities = {1: float(profile @ customer), 2: float(profile @ agent)}
    turns = [T(1, 0, "Hello, I'd like to return a lamp"), T(2, 3000, "NordLamp, my name is Anna")]
    d = roles.decide(turns, similarities, ["NordLamp"])
    assert agent_of(d).speaker == 2 and agent_of(d).cue == roles.VOICE_PROFILE
    assert agent_of(d).confidence > 0.9 and similarities[2] - similarities[1] > 0.2

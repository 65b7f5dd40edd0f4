"""Correcting a turn's text and speaker on a real library: the original is kept apart, search,
reports and evidence see the correction, revert brings the original back, nothing half-written."""

from __future__ import annotations

import json
import sqlite3

import pytest

from reviewer.cli import main
from reviewer.domain import Channel, Conversation, SpeakerRole, Turn, Word
from reviewer.storage import Library
from reviewer.storage.conversations import ConversationFilter
from reviewer.storage.turn_edits import TurnEditError

AGENT, CUSTOMER, UNKNOWN = SpeakerRole.AGENT, SpeakerRole.CUSTOMER, SpeakerRole.UNKNOWN


def mono_call(library, sha="a" * 64) -> int:
    """A one-channel call as transcription stores it: every turn said by "Unknown", with word times."""
    texts = ["Good morning NordLamp Anna speaking", "Hello my lamp arrived broken",
             "I am sorry to hear that", "Can you send a new one"]
    turns = [
        Turn(text, UNKNOWN, start_ms=i * 3000, end_ms=i * 3000 + 2500,
             words=[Word(i * 3000 + j * 400, i * 3000 + j * 400 + 350, w, 0.9) for j, w in enumerate(text.split())])
        for i, text in enumerate(texts)
    ]
    return library.conversations.add(
        Conversation(channel=Channel.CALL, source_name="call.wav", source_sha256=sha, employee="Anna", turns=turns)
    )


def stereo_call(library, sha="b" * 64) -> int:
    turns = [Turn("Labdien NordLamp", AGENT, start_ms=0, end_ms=1000),
             Turn("Sveiki man ir jautājums", CUSTOMER, start_ms=1200, end_ms=2500),
             Turn("Lūdzu stāstiet", AGENT, start_ms=2600, end_ms=3500)]
    return library.conversations.add(
        Conversation(channel=Channel.CALL, source_name="stereo.wav", source_sha256=sha, turns=turns)
    )


def chat(library, sha="c" * 64) -> int:
    turns = [Turn("Hi, my order is late", CUSTOMER, "Peter"),
             Turn("Let me check, Peter", AGENT, "Anna"),
             Turn("It left the warehouse today", CUSTOMER, "Peter")]  # the agent wrote it: mislabelled
    return library.conversations.add(
        Conversation(channel=Channel.CHAT, source_name="chat.txt", source_sha256=sha, turns=turns)
    )


def found(library, words: str) -> list[int]:
    return [c.id for c in library.conversations.list(ConversationFilter(search=words))]


def snapshot(library) -> tuple:
    """Everything a turn edit may touch, to show that a refused one touched nothing."""
    conn = library.conn
    return (
        conn.execute("SELECT * FROM turns ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM participants ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM turn_edits ORDER BY turn_id").fetchall(),
        conn.execute("SELECT rowid FROM turns_fts WHERE turns_fts MATCH 'lamp OR sorry' ORDER BY rowid").fetchall(),
    )


def fts_is_consistent(library) -> None:
    # Raises sqlite3.DatabaseError when the index and the turns it indexes disagree.
    library.conn.execute("INSERT INTO turns_fts (turns_fts, rank) VALUES ('integrity-check', 1)")


def test_edited_text_is_searched_and_the_original_kept(library):
    cid = mono_call(library)
    assert found(library, "broken") == [cid]
    turn = library.conversations.edit_turn(cid, 1, text="  Hello, my lamp arrived cracked  ", by=" Marta  Bērziņa ")
    assert turn.text == "Hello, my lamp arrived cracked"  # spaces around it trimmed
    assert turn.original_text == "Hello my lamp arrived broken"
    assert turn.original_role is None and turn.role is UNKNOWN  # the speaker was not touched
    assert turn.edited and turn.edited_by == "Marta Bērziņa" and turn.edited_at.endswith("+00:00")
    assert turn.words is None  # the word times belong to the recognised words, not to the correction
    assert found(library, "cracked") == [cid]
    assert found(library, "broken") == []
    fts_is_consistent(library)
    # The original is stored apart from the turn.
    stored = library.conn.execute("SELECT original_text FROM turn_edits").fetchall()
    assert stored == [("Hello my lamp arrived broken",)]
    # The other turns are untouched and not marked.
    others = [t for t in library.conversations.turns(cid) if t.index != 1]
    assert not any(t.edited for t in others) and all(t.words for t in others)

    # A second edit keeps the first original, not the first correction.
    library.conversations.edit_turn(cid, 1, text="Hello, my lamp arrived shattered")
    again = library.conversations.turn(cid, 1)
    assert again.original_text == "Hello my lamp arrived broken" and again.edited_by is None
    assert found(library, "cracked") == [] and found(library, "shattered") == [cid]


def test_revert_restores_text_words_and_search(library):
    cid = mono_call(library)
    before = library.conversations.turn(cid, 2)
    library.conversations.edit_turn(cid, 2, text="I am so sorry to hear about the zebra", role=AGENT)
    reverted = library.conversations.revert_turn(cid, 2)
    assert reverted.text == before.text and reverted.role is UNKNOWN and reverted.speaker_name == "Unknown"
    assert reverted.words == before.words and not reverted.edited
    assert reverted.original_text is None and reverted.original_role is None and reverted.edited_at is None
    assert found(library, "zebra") == [] and found(library, "sorry hear") == [cid]
    fts_is_consistent(library)
    assert library.conn.execute("SELECT COUNT(*) FROM turn_edits").fetchone()[0] == 0
    # The participant made for the relabelled turn went with it.
    assert library.conn.execute("SELECT name FROM participants").fetchall() == [("Unknown",)]
    # Reverting a turn that was never edited changes nothing.
    assert library.conversations.revert_turn(cid, 0) == library.conversations.turn(cid, 0)


def test_typing_the_original_back_is_no_edit(library):
    cid = mono_call(library)
    library.conversations.edit_turn(cid, 0, text="Good morning NordLamp, Anna speaking")
    turn = library.conversations.edit_turn(cid, 0, text="Good morning NordLamp Anna speaking\n")
    assert not turn.edited and turn.words  # back to the recognised words, with their times
    assert library.conn.execute("SELECT COUNT(*) FROM turn_edits").fetchone()[0] == 0


def test_relabelling_one_turn_leaves_the_speakers_other_turns(library):
    cid = mono_call(library)
    turn = library.conversations.edit_turn(cid, 0, role=AGENT, by="Marta")
    assert (turn.role, turn.speaker_name, turn.original_role) == (AGENT, "Agent", UNKNOWN)
    assert turn.original_text is None and turn.words  # the words were not edited: their times stay
    turns = library.conversations.turns(cid)
    assert [t.role for t in turns] == [AGENT, UNKNOWN, UNKNOWN, UNKNOWN]
    # Turn by turn, as a reviewer labels a mono call: the second agent turn joins the first.
    library.conversations.edit_turn(cid, 2, role=AGENT)
    library.conversations.edit_turn(cid, 1, role=CUSTOMER)
    library.conversations.edit_turn(cid, 3, role=CUSTOMER)
    turns = library.conversations.turns(cid)
    assert [(t.role, t.speaker_name) for t in turns] == [
        (AGENT, "Agent"), (CUSTOMER, "Customer"), (AGENT, "Agent"), (CUSTOMER, "Customer")]
    assert all(t.original_role is UNKNOWN for t in turns)
    # "Unknown" has no turns left but stays: it is where revert goes back to.
    names = {name: role for name, role in library.conn.execute("SELECT name, role FROM participants")}
    assert names == {"Unknown": "unknown", "Agent": "agent", "Customer": "customer"}
    assert library.conversations.get(cid).participants == {"Agent": AGENT, "Customer": CUSTOMER}
    # Back to unknown is back to the original participant: no edit is left for that turn.
    back = library.conversations.edit_turn(cid, 3, role=UNKNOWN)
    assert (back.speaker_name, back.edited) == ("Unknown", False)


def test_a_turn_on_the_wrong_channel_moves_to_the_other_speaker(library):
    cid = stereo_call(library)
    participants = library.conn.execute("SELECT COUNT(*) FROM participants").fetchone()[0]
    turn = library.conversations.edit_turn(cid, 2, role=CUSTOMER)
    assert (turn.speaker_name, turn.role, turn.original_role) == ("Customer", CUSTOMER, AGENT)
    assert [t.role for t in library.conversations.turns(cid)] == [AGENT, CUSTOMER, CUSTOMER]
    # The existing Customer was reused, and Agent (who still has turn 0) kept its role.
    assert library.conn.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == participants


def test_a_chat_turn_goes_to_the_chats_agent(library):
    cid = chat(library)
    turn = library.conversations.edit_turn(cid, 2, role=AGENT)
    assert (turn.speaker_name, turn.role, turn.original_role) == ("Anna", AGENT, CUSTOMER)
    assert [(t.speaker_name, t.role) for t in library.conversations.turns(cid)] == [
        ("Peter", CUSTOMER), ("Anna", AGENT), ("Anna", AGENT)]
    reverted = library.conversations.revert_turn(cid, 2)
    assert (reverted.speaker_name, reverted.role) == ("Peter", CUSTOMER)


def test_relabelling_with_several_agents_makes_a_plain_agent(library):
    turns = [Turn("a", AGENT, "Anna"), Turn("b", AGENT, "Boris"), Turn("c", CUSTOMER, "Agent")]
    cid = library.conversations.add(Conversation(channel=Channel.CHAT, source_name="x.txt",
                                                 source_sha256="d" * 64, turns=turns))
    # Which of the two agents wrote it is not known, and "Agent" is taken by a customer's name.
    turn = library.conversations.edit_turn(cid, 2, role=AGENT)
    assert (turn.speaker_name, turn.role) == ("Agent 2", AGENT)


def test_edits_survive_reopening_the_library(tmp_path):
    with Library.open(tmp_path / "lib") as library:
        cid = mono_call(library)
        library.conversations.edit_turn(cid, 1, text="My lamp arrived cracked", role=CUSTOMER, by="Marta")
    with Library.open(tmp_path / "lib", create=False) as library:
        turn = library.conversations.get(cid).turns[1]
        assert (turn.text, turn.role, turn.edited_by) == ("My lamp arrived cracked", CUSTOMER, "Marta")
        assert (turn.original_text, turn.original_role) == ("Hello my lamp arrived broken", UNKNOWN)
        assert found(library, "cracked") == [cid]
        assert library.conversations.revert_turn(cid, 1).text == "Hello my lamp arrived broken"


def test_bad_turns_and_empty_text_are_refused_and_change_nothing(library):
    cid = mono_call(library)
    library.conversations.edit_turn(cid, 0, text="Good morning, NordLamp")
    before = snapshot(library)
    cases = [
        (lambda: library.conversations.edit_turn(cid, 4, text="x"),
         f"conversation #{cid} has no turn 4 (its turns are 0 to 3)"),
        (lambda: library.conversations.edit_turn(cid, -1, role=AGENT), "has no turn -1"),
        (lambda: library.conversations.revert_turn(cid, 9), "has no turn 9"),
        (lambda: library.conversations.edit_turn(999, 0, text="x"), "no conversation #999"),
        (lambda: library.conversations.edit_turn(cid, 1, text=" \n\t"),
         f"conversation #{cid}, turn 1: the text cannot be empty"),
        (lambda: library.conversations.edit_turn(cid, 1, role="boss"), "unknown speaker role 'boss'"),
    ]
    for call, message in cases:
        with pytest.raises(TurnEditError, match=message.replace("(", r"\(").replace(")", r"\)")):
            call()
        assert snapshot(library) == before
    empty = library.conversations.add(Conversation(channel=Channel.CALL, source_name="e.wav", source_sha256="e" * 64))
    with pytest.raises(TurnEditError, match=f"conversation #{empty} has no turns"):
        library.conversations.edit_turn(empty, 0, text="x")


def test_a_failure_half_way_leaves_the_turn_as_it_was(library):
    cid = mono_call(library)
    before = snapshot(library)
    # The text is written first; the speaker change then fails (as a full disk would).
    library.conn.execute(
        "CREATE TEMP TRIGGER refuse_move BEFORE UPDATE OF participant_id ON turns"
        " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
    )
    with pytest.raises(sqlite3.DatabaseError, match="disk I/O error"):
        library.conversations.edit_turn(cid, 1, text="My lamp arrived cracked", role=CUSTOMER)
    assert snapshot(library) == before  # no new text, no edit row, no "Customer" participant
    assert found(library, "cracked") == [] and found(library, "broken") == [cid]
    fts_is_consistent(library)
    # Inside a caller's transaction the edit is all or nothing with the rest of it.
    library.conn.execute("DROP TRIGGER refuse_move")
    with pytest.raises(TurnEditError):
        with library.transaction():
            library.conversations.edit_turn(cid, 1, text="My lamp arrived cracked")
            library.conversations.edit_turn(cid, 7, text="no such turn")
    assert snapshot(library) == before


def test_transcribing_again_discards_edits_cleanly(library):
    cid = mono_call(library)
    library.conversations.edit_turn(cid, 0, role=AGENT)
    library.conversations.edit_turn(cid, 1, text="cracked lamp", role=CUSTOMER)
    library.conversations.replace_turns(cid, [Turn("A new transcript", UNKNOWN, start_ms=0, end_ms=900)])
    assert library.conn.execute("SELECT COUNT(*) FROM turn_edits").fetchone()[0] == 0
    names = library.conn.execute("SELECT name FROM participants WHERE conversation_id = ?", (cid,)).fetchall()
    assert names == [("Unknown",)]
    [turn] = library.conversations.turns(cid)
    assert turn.text == "A new transcript" and not turn.edited
    assert found(library, "cracked") == [] and found(library, "transcript") == [cid]
    fts_is_consistent(library)
    # Deleting the conversation takes its edits along.
    library.conversations.edit_turn(cid, 0, text="An edited transcript", role=AGENT)
    library.conversations.delete(cid)
    assert library.conn.execute("SELECT COUNT(*) FROM turn_edits").fetchone()[0] == 0
    assert library.conn.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 0


def test_evidence_quotes_and_reports_read_the_corrected_text(demo_library, capsys):
    from reviewer.reports.data import TurnReader, load_reviews

    review = next(r for r in demo_library.reviews.list()
                  if r.state == "submitted" and any(e.is_turn for a in r.answers.values() for e in a.evidence))
    criterion, answer = next((c, a) for c, a in review.answers.items() if any(e.is_turn for e in a.evidence))
    index = next(e.turn_index for e in answer.evidence if e.is_turn)
    cid = review.conversation_id
    library_dir = str(demo_library.root)
    # Editing a turn of a submitted review's conversation is allowed; its evidence still points to it.
    demo_library.conversations.edit_turn(cid, index, text="Corrected words of this turn")
    assert demo_library.reviews.get(review.id).answers[criterion].evidence == answer.evidence
    item = next(i for i in load_reviews(demo_library, employee=review.employee) if i.id == review.id)
    quotes = TurnReader(demo_library).quotes(item, [e for e in answer.evidence if e.is_turn and e.turn_index == index])
    assert [q.text for q in quotes] == ["Corrected words of this turn"]
    assert main(["--library", library_dir, "review", "show", str(review.id), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    texts = [e.get("text") for s in shown["sections"] for c in s["criteria"] if c["id"] == criterion
             for e in c["evidence"] if e.get("turn") == index]
    assert texts == ["Corrected words of this turn"]


# The command line --------------------------------------------------------------------------


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_edits_reverts_and_shows_turns(capsys, tmp_path):
    lib_dir = str(tmp_path / "lib")
    with Library.open(lib_dir) as library:
        cid = mono_call(library)
    code, out, _ = run(capsys, "--library", lib_dir, "edit", str(cid), "--turn-role", "0,2=agent",
                       "--turn-role", "1,3-3=customer", "--turn-text", "1=My lamp = cracked", "--by", "Marta")
    assert code == 0 and out.strip() == f"conversation #{cid} updated"
    code, out, _ = run(capsys, "--library", lib_dir, "show", str(cid))
    lines = out.splitlines()[-4:]
    assert lines[0] == "0 [   0:00] agent: Good morning NordLamp Anna speaking  [edited: was unknown]"
    assert lines[1] == ("1 [   0:03] customer: My lamp = cracked"
                        "  [edited: was unknown; original: 'Hello my lamp arrived broken']")
    code, out, _ = run(capsys, "--library", lib_dir, "show", str(cid), "--json")
    turn = json.loads(out)["turns"][1]
    keys = ("text", "speaker_role", "original_text", "original_speaker_role", "edited_by")
    assert tuple(turn[k] for k in keys) == (
        "My lamp = cracked", "customer", "Hello my lamp arrived broken", "unknown", "Marta")
    assert json.loads(out)["turns"][2]["original_text"] is None

    code, out, _ = run(capsys, "--library", lib_dir, "edit", str(cid), "--revert-turn", "0-1")
    assert code == 0
    code, out, _ = run(capsys, "--library", lib_dir, "show", str(cid), "--json")
    turns = json.loads(out)["turns"]
    assert [(t["speaker_role"], t["original_text"], t["edited_at"]) for t in turns[:2]] == [("unknown", None, None)] * 2
    assert [t["speaker_role"] for t in turns[2:]] == ["agent", "customer"]


def test_cli_refuses_bad_turn_edits_and_changes_nothing(capsys, tmp_path):
    lib_dir = str(tmp_path / "lib")
    with Library.open(lib_dir) as library:
        cid = mono_call(library)
        before = snapshot(library)
    for argv, status, message in [
        (["--turn-role", "0=agent", "--turn-text", "7=no such turn"], 1,
         f"conversation #{cid} has no turn 7 (its turns are 0 to 3)"),
        (["--turn-text", "2=   "], 1, "turn 2: the text cannot be empty"),
        (["--turn-role", "1=boss"], 2, "--turn-role '1=boss': expected N[,N...]=ROLE"),
        (["--turn-role", "1-x=agent"], 2, "expected turn numbers such as 3 or 0,2,5-7"),
        (["--turn-text", "one=text"], 2, "--turn-text 'one=text': expected N=TEXT"),
        (["--revert-turn", "2", "--turn-role", "2=agent"], 2, "turn 2 is both reverted and edited"),
    ]:
        with pytest.raises(SystemExit) as stopped:
            main(["--library", lib_dir, "edit", str(cid), *argv])
        assert stopped.value.code == status
        assert message in capsys.readouterr().err
    with Library.open(lib_dir, create=False) as library:
        assert snapshot(library) == before

"""Every id, count and limit on the command line: a number too large for SQLite (or not a
number) is one clear line and exit status 2, never an OverflowError traceback."""

from __future__ import annotations

import pytest

from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
from reviewer.storage import Library
from conftest import run_cli as run

HUGE = "99999999999999999999"


@pytest.fixture
def library_with_a_chat(lib_dir):
    with Library.open(lib_dir) as library:
        library.conversations.add(
            Conversation(Channel.CHAT, "chat.txt", source_sha256="c", turns=[Turn("Hello", SpeakerRole.AGENT)])
        )
    return lib_dir


COMMANDS = [
    (["list", "--limit", HUGE], "argument --limit: 99999999999999999999 is too large (at most 9223372036854775807)"),
    (["show", HUGE], "argument ID: 99999999999999999999 is too large"),
    (["edit", HUGE, "--employee", "Anna"], "argument ID: 99999999999999999999 is too large"),
    (["edit", "1", "--turn-text", f"{HUGE}=Hi"], "--turn-text '99999999999999999999=Hi': expected N=TEXT"),
    (["edit", "1", "--revert-turn", f"0-{HUGE}"], "expected turn numbers such as 3 or 0,2,5-7 (at most 999999)"),
    (["edit", "1", "--turn-role", f"{HUGE}=agent"], "(at most 999999) before '='"),
    (["transcribe", "1", HUGE], "argument ID: 99999999999999999999 is too large"),
    (["review", HUGE, "--answers", "a.json"], "CONVERSATION_ID: 99999999999999999999 is too large"),
    (["review", "show", HUGE], "REVIEW_ID: 99999999999999999999 is too large"),
    (["reviews", "--conversation", HUGE], "argument --conversation: 99999999999999999999 is too large"),
    (["report", "review", HUGE, "-o", "x.pdf"], "argument REVIEW_ID: 99999999999999999999 is too large"),
    (["visit", "show", HUGE], "argument ID: 99999999999999999999 is too large"),
    (["visit", "attach", HUGE, "photo.jpg"], "argument ID: 99999999999999999999 is too large"),
    (["settings", "agent_audio_channel", HUGE], "agent_audio_channel: 99999999999999999999 is too large"),
    (["list", "--limit", "-1"], "argument --limit: '-1' is not a whole number"),
    (["show", "１２"], "argument ID: '１２' is not a whole number"),  # full-width digits pass isdigit()
]


@pytest.mark.parametrize("argv, message", COMMANDS, ids=[" ".join(a[:2]) for a, _ in COMMANDS])
def test_huge_or_malformed_numbers_get_a_clear_message(capsys, library_with_a_chat, argv, message):
    code, out, err = run(capsys, "--library", library_with_a_chat, *argv)
    assert code == 2
    # argparse prints the usage above it; the reason is one line, the last
    assert message in err.strip().splitlines()[-1]
    assert "Traceback" not in err and "Error" not in err
    assert out == ""


def test_the_largest_id_sqlite_stores_is_simply_not_found(capsys, library_with_a_chat):
    code, _, err = run(capsys, "--library", library_with_a_chat, "show", str(2**63 - 1))
    assert code == 1 and "no conversation" in err

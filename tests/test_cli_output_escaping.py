"""Output that cannot be turned against the user: control characters in file names, speaker
names, message text, comments and rubric files are shown escaped in every CLI line."""

from __future__ import annotations

import json
import wave

import pytest

from reviewer.cli.output import shown
from conftest import run_cli as run

ESC_CLEAR = "\x1b[2J\x1b[H"  # clear the screen, cursor home
ESC_TITLE = "\x1b]0;pwned\x07"  # set the terminal title


def test_shown_escapes_controls_and_direction_overrides_and_keeps_the_rest():
    assert shown("call\nFAKE imported\r\t.wav") == "call\\nFAKE imported\\r\\t.wav"
    assert shown(ESC_CLEAR) == "\\x1b[2J\\x1b[H"
    assert shown("\x9b31m \x7f \x00") == "\\x9b31m \\x7f \\x00"
    assert shown("abc\u202edcba\u2066x\u2069\u2028") == "abc\\u202edcba\\u2066x\\u2069\\u2028"
    assert shown("Анна Ozoliņa 👍 «ok»") == "Анна Ozoliņa 👍 «ok»"
    assert shown(None) == ""


def _silent_wav(path):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\0\0" * 8000)


@pytest.fixture
def hostile_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _silent_wav(folder / "call\nimported   FAKE.wav: audio, #99, 0 turns.wav")
    (folder / f"chat{ESC_TITLE}.txt").write_text(
        f"[24.11.2026 14:05] Anna{ESC_CLEAR}Agent: Hello{ESC_CLEAR}, how can I help?\n"
        "[24.11.2026 14:06] Pēteris: My lamp\u202e is broken\n"
        # Real exports are mostly text: a chat of only control characters would not be one.
        + "".join(f"[24.11.2026 14:{10 + i}] Pēteris: The shade is cracked on side {i}.\n" for i in range(40)),
        encoding="utf-8",
    )
    return folder


def _assert_no_raw_controls(text: str) -> None:
    lines = text.splitlines()
    assert not any("\x1b" in line or "\x07" in line or "\u202e" in line or "\r" in line for line in lines), text


def test_import_list_and_show_escape_what_the_files_hold(capsys, lib_dir, hostile_files):
    code, out, err = run(capsys, "--library", lib_dir, "import", hostile_files, "--agent", f"Anna{ESC_CLEAR}Agent")
    assert code == 0, err
    _assert_no_raw_controls(out)
    lines = out.splitlines()
    # One line per file plus the summary: the newline in the name forged nothing.
    assert [line.split()[0] for line in lines] == ["imported", "imported", "2"]
    assert "call\\nimported   FAKE.wav: audio, #99, 0 turns.wav: audio, #1, 0 turns" in lines[0]
    assert "chat\\x1b]0;pwned\\x07.txt" in lines[1]

    code, out, err = run(capsys, "--library", lib_dir, "list")
    assert code == 0, err
    _assert_no_raw_controls(out)
    assert len(out.splitlines()) == 3  # header and two conversations
    assert "call\\nimported" in out and "Anna\\x1b[2J\\x1b[HAgent" in out

    code, out, err = run(capsys, "--library", lib_dir, "show", "2")
    assert code == 0, err
    _assert_no_raw_controls(out)
    assert "Anna\\x1b[2J\\x1b[HAgent (agent): Hello\\x1b[2J\\x1b[H, how can I help?" in out
    assert "My lamp\\u202e is broken" in out

    # JSON keeps the data as written (json escapes control characters itself).
    code, out, _ = run(capsys, "--library", lib_dir, "show", "2", "--json")
    turns = json.loads(out)["turns"]
    assert turns[0]["text"] == f"Hello{ESC_CLEAR}, how can I help?"


def test_review_comments_and_rubric_files_are_escaped(capsys, lib_dir, hostile_files, tmp_path):
    run(capsys, "--library", lib_dir, "import", hostile_files)
    answers = tmp_path / "answers.json"
    answers.write_text(
        json.dumps({"first_reply": {"answer": 5, "comment": f"fine\nTotal: 100.0%{ESC_CLEAR}"}}), encoding="utf-8"
    )
    code, out, err = run(
        capsys, "--library", lib_dir, "review", "2", "--rubric", "chat", "--reviewer", f"Iv{ESC_TITLE}an",
        "--answers", answers,
    )
    assert code == 0, err
    code, out, err = run(capsys, "--library", lib_dir, "review", "show", "1")
    assert code == 0, err
    _assert_no_raw_controls(out)
    assert "comment: fine\\nTotal: 100.0%\\x1b[2J\\x1b[H" in out
    assert "reviewer Iv\\x1b]0;pwned\\x07an" in out
    code, out, err = run(capsys, "--library", lib_dir, "reviews")
    _assert_no_raw_controls(out)
    assert len(out.splitlines()) == 1

    rubric = tmp_path / "bad\nrubric.toml"
    rubric.write_text(f'id = "x{ESC_CLEAR}"\n', encoding="utf-8")
    code, out, err = run(capsys, "rubric", "check", rubric)
    assert code == 1
    _assert_no_raw_controls(out)
    assert all(line.startswith(str(tmp_path)) for line in out.splitlines())  # every line names the file

"""reviewer voices: enrol an employee from their calls, list and show the profile, remove it;
mistakes get one clear line, never a traceback."""

import json

import pytest

import voice_calls
from reviewer.cli import main
from reviewer.speakers import models
from reviewer.storage import Library


def run(capsys, *argv):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # how the CLI refuses: one line on stderr and the status
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lib_dir(tmp_path, testdata):
    if not models.available():
        pytest.fail("speaker models missing: ./go setup installs them (scripts/install_speaker_models.py)")
    audio, turns = voice_calls.sample_turns(testdata("audio", "telephone-two-speakers"))
    root = tmp_path / "library"
    with Library.open(root) as library:
        voice_calls.two_channel_call(library, tmp_path, audio, turns, "Anna Ivanova", 0, 15_000)
        voice_calls.mono_call(library, tmp_path, audio, turns, "Anna Ivanova", 15_000, 30_000)
        library.employee_id("Boris")
    return root


def test_enrol_list_show_remove(capsys, lib_dir):
    code, out, _ = run(capsys, "--library", lib_dir, "voices")
    assert code == 0 and "no voice profiles" in out

    code, out, err = run(capsys, "--library", lib_dir, "voices", "enrol", "Anna Ivanova")
    assert code == 0, err
    assert "#1: agent channel" in out and "#2: not used:" in out
    assert "Anna Ivanova: voice profile from 1 conversation," in out

    code, out, _ = run(capsys, "--library", lib_dir, "voices", "list", "--json")
    [profile] = json.loads(out)
    assert profile["employee"] == "Anna Ivanova" and profile["conversations"] == 1
    assert profile["sources"][0]["kind"] == "agent_channel" and profile["speech_ms"] > 5000

    code, out, _ = run(capsys, "--library", lib_dir, "voices", "show", "Anna Ivanova")
    assert code == 0 and "#1  agent channel" in out

    code, out, _ = run(capsys, "--library", lib_dir, "voices", "remove", "Anna Ivanova")
    assert code == 0 and "removed" in out
    code, out, _ = run(capsys, "--library", lib_dir, "voices", "list", "--json")
    assert json.loads(out) == []


def test_labelled_turns_count_once_enrolled_again(capsys, lib_dir):
    code, out, _ = run(capsys, "--library", lib_dir, "show", "2", "--json")
    turns = json.loads(out)["turns"]
    agent = ",".join(str(t["index"]) for t in turns if t["speaker_name"] == voice_calls.AGENT)
    code, _out, err = run(capsys, "--library", lib_dir, "edit", "2", "--turn-role", f"{agent}=agent")
    assert code == 0, err
    code, out, err = run(capsys, "--library", lib_dir, "voices", "enroll", "Anna Ivanova", "--json")
    result = json.loads(out)
    assert {(m["conversation_id"], m["kind"]) for m in result["measured"]} == {
        (1, "agent_channel"), (2, "labelled_turns")}
    assert result["skipped"] == []


def test_mistakes_get_one_clear_line(capsys, lib_dir):
    code, _out, err = run(capsys, "--library", lib_dir, "voices", "enrol", "Nobody")
    assert code == 2 and err.strip() == "reviewer: no employee named 'Nobody' in this library"
    code, _out, err = run(capsys, "--library", lib_dir, "voices", "show", "Boris")
    assert code == 1 and "Boris has no voice profile" in err
    code, _out, err = run(capsys, "--library", lib_dir, "voices", "remove", "Boris")
    assert code == 1 and "Boris has no voice profile" in err
    code, out, err = run(capsys, "--library", lib_dir, "voices", "enrol", "Boris")
    assert code == 1 and "has no voice yet" in out and "Traceback" not in err

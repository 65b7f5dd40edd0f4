"""The command line as scripts use it: exit codes and the documented JSON."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from reviewer.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lib_dir(tmp_path):
    return str(tmp_path / "lib")


def test_import_list_show_on_real_recordings(capsys, lib_dir, testdata):
    folder = testdata("audio", "faster-whisper")
    code, out, err = run(capsys, "--library", lib_dir, "import", str(folder), "--employee", "Anna Ivanova")
    assert code == 0, out
    assert "imported" in out and "jfk.flac" in out
    # LICENSE and references.tsv are not conversations: skipped, not failed.
    assert "skipped" in out and "LICENSE" in out
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("4 imported, 0 already in the library")

    code, out, _ = run(capsys, "--library", lib_dir, "import", str(folder / "jfk.flac"))
    assert code == 0 and "duplicate" in out and "already imported as #" in out

    code, out, _ = run(capsys, "--library", lib_dir, "list", "--json")
    listed = json.loads(out)
    assert len(listed) == 4
    jfk = next(c for c in listed if c["source_name"] == "jfk.flac")
    for key in ("id", "employee", "channel", "source_name", "started_at", "duration_ms", "language", "status"):
        assert key in jfk
    assert jfk["employee"] == "Anna Ivanova" and jfk["channel"] == "call"
    assert jfk["duration_ms"] == 11_000 and jfk["status"] == "needs_transcription"

    code, out, _ = run(capsys, "--library", lib_dir, "show", str(jfk["id"]), "--json")
    shown = json.loads(out)
    assert shown["turns"] == [] and shown["audio_channels"] == 2
    assert os.path.isfile(shown["recording_path"])

    code, out, _ = run(capsys, "--library", lib_dir, "list", "--channel", "chat", "--json")
    assert json.loads(out) == []


def test_failed_file_gives_exit_1_and_the_rest_is_imported(capsys, lib_dir, tmp_path, testdata):
    bad = tmp_path / "broken.mp3"
    bad.write_bytes(b"ID3" + b"\x01" * 5000)
    good = testdata("audio", "russian", "test_sound_ru.wav")
    code, out, _ = run(capsys, "--library", lib_dir, "import", str(bad), str(good), str(tmp_path / "missing.wav"))
    assert code == 1
    lines = out.splitlines()
    assert any(l.startswith("FAILED") and "broken.mp3" in l and "corrupt audio" in l for l in lines)
    assert any(l.startswith("FAILED") and "missing.wav" in l and "no such file" in l for l in lines)
    assert any(l.startswith("imported") and "test_sound_ru.wav" in l for l in lines)
    code, out, _ = run(capsys, "--library", lib_dir, "list", "--json")
    assert [c["source_name"] for c in json.loads(out)] == ["test_sound_ru.wav"]


def test_import_json_lines(capsys, lib_dir, testdata):
    good = testdata("audio", "russian", "test_sound_ru.wav")
    code, out, err = run(capsys, "--library", lib_dir, "import", "--json", str(good))
    assert code == 0
    record = json.loads(out.strip())
    assert record["outcome"] == "imported" and record["format"] == "audio"
    assert record["conversation_ids"] == [1]
    assert "1 imported" in err


def test_show_unknown_id_fails_clearly(capsys, lib_dir):
    with pytest.raises(SystemExit) as exc:
        main(["--library", lib_dir, "show", "42"])
    assert exc.value.code == 1
    assert "no conversation #42" in capsys.readouterr().err


def test_library_from_environment(capsys, tmp_path, monkeypatch, testdata):
    monkeypatch.setenv("REVIEWER_LIBRARY", str(tmp_path / "env-lib"))
    code, _, _ = run(capsys, "import", str(testdata("audio", "russian", "test_sound_ru.wav")))
    assert code == 0
    assert (tmp_path / "env-lib" / "library.db").is_file()


def test_settings_command(capsys, lib_dir):
    code, out, _ = run(capsys, "--library", lib_dir, "settings", "agent_names", "Anna Ivanova", "Support")
    assert code == 0
    code, out, _ = run(capsys, "--library", lib_dir, "settings", "agent_names", "--json")
    assert json.loads(out) == ["Anna Ivanova", "Support"]
    with pytest.raises(SystemExit):
        main(["--library", lib_dir, "settings", "agent_audio_channel", "left"])
    assert "agent_audio_channel" in capsys.readouterr().err


def test_console_script_and_module_entry_points(tmp_path):
    """`python -m reviewer` works and the installed `reviewer` script is the same program."""
    env = {**os.environ, "REVIEWER_LIBRARY": str(tmp_path / "lib")}
    done = subprocess.run([sys.executable, "-m", "reviewer", "list", "--json"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
    script = shutil.which("reviewer", path=os.path.dirname(sys.executable))
    assert script, "the reviewer console script is not installed next to this Python"
    done = subprocess.run([script, "--version"], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("reviewer ")


def test_edit_corrects_roles_and_employee(capsys, lib_dir):
    from reviewer.domain import Channel, Conversation, SpeakerRole, Turn
    from reviewer.storage import Library

    lib = Library.open(lib_dir)
    cid = lib.conversations.add(
        Conversation(channel=Channel.CHAT, source_name="x.txt", source_sha256="9" * 64,
                     turns=[Turn("Labdien!", speaker_name="Ilze"), Turn("Sveiki", speaker_name="Kārlis")])
    )
    lib.close()
    code, out, _ = run(capsys, "--library", lib_dir, "edit", str(cid), "--speaker", "Ilze=agent",
                       "--speaker", "Kārlis=customer", "--employee", "Ilze Kalniņa", "--language", "lv")
    assert code == 0
    code, out, _ = run(capsys, "--library", lib_dir, "show", str(cid), "--json")
    shown = json.loads(out)
    assert [(t["speaker_name"], t["speaker_role"]) for t in shown["turns"]] == [("Ilze", "agent"), ("Kārlis", "customer")]
    assert shown["employee"] == "Ilze Kalniņa" and shown["language"] == "lv"
    with pytest.raises(SystemExit):
        main(["--library", lib_dir, "edit", str(cid), "--speaker", "Nobody=agent"])
    assert "no participant 'Nobody'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--library", lib_dir, "edit", str(cid), "--speaker", "Ilze=boss"])

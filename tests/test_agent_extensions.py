"""Agent extensions mapped to employees: kept by the user (command line, import dialog), and an
imported recording named by the telephone system becomes the employee's whose extension it
carries, unless the batch or the call details CSV names an employee."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from test_import_call_details import write_wav

ASTERISK_201 = "out-0291234567-201-20261120-143012-1763649012.77.wav"  # extension 201 calls out
ASTERISK_IN_201 = "external-201-+37129123456-20261120-093001-1763649012.78.wav"  # a customer calls 201
THREE_CX_100 = "[27836826436]_27836826436-100_20190211124743(3).wav"  # a customer calls 100
RINGCENTRAL_302 = "20251104-133555_302_(252)792-8686_Outgoing_Auto_2243071124051.mp3"
RINGCENTRAL_NONE = "20251121-141152_(469)906-0558_Incoming_Auto_2254843027051.mp3"  # no extension


def write_mp3(path):
    """A real MP3 (the WAV tone encoded by ffmpeg) under a RingCentral name."""
    import subprocess

    wav = write_wav(path.with_suffix(".src.wav"), seconds=2.0)
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", str(wav), "-ar", "22050", str(path)], check=True)
    wav.unlink()
    return path


def employees_by_file(capsys, lib_dir) -> dict[str, str | None]:
    code, out, _ = run_cli(capsys, "--library", lib_dir, "list", "--json")
    assert code == 0
    return {row["source_name"]: row["employee"] for row in json.loads(out)}


def test_the_command_line_keeps_the_mapping(capsys, lib_dir):
    assert run_cli(capsys, "--library", lib_dir, "employees", "extension", "201", "Anna  Ozola")[:2] == (
        0, "extension 201: Anna Ozola\n")
    assert run_cli(capsys, "--library", lib_dir, "employees", "extension", "302", "Jānis Bērziņš")[0] == 0
    assert run_cli(capsys, "--library", lib_dir, "employees", "extension", "302", "Ilze Kalniņa")[0] == 0  # moved
    code, out, _ = run_cli(capsys, "--library", lib_dir, "employees", "--json")
    listed = {row["employee"]: row["extensions"] for row in json.loads(out)}
    # Jānis stays an employee (created when mapped) with no extension left.
    assert listed == {"Anna Ozola": ["201"], "Ilze Kalniņa": ["302"], "Jānis Bērziņš": []}
    code, out, _ = run_cli(capsys, "--library", lib_dir, "employees")
    assert "Anna Ozola" in out and "extension 201" in out
    assert run_cli(capsys, "--library", lib_dir, "employees", "extension", "302", "--remove")[:2] == (
        0, "extension 302 removed\n")
    code, out, _ = run_cli(capsys, "--library", lib_dir, "settings", "agent_extensions", "--json")
    assert json.loads(out) == {"201": "Anna Ozola"}


@pytest.mark.parametrize("argv, problem", [
    (["extension", "20a", "Anna"], "extension '20a' must be a number of 1 to 10 digits"),
    (["extension", "201", "   "], "the employee's name is empty"),
    (["extension", "777", "--remove"], "extension 777 is not mapped to anyone"),
    (["extension", "201"], "give EXTENSION EMPLOYEE to map it, or EXTENSION --remove"),
])
def test_bad_extensions_are_refused_clearly(capsys, lib_dir, argv, problem):
    code, out, err = run_cli(capsys, "--library", lib_dir, "employees", *argv)
    assert code == 2 and problem in err and "Traceback" not in err
    code, out, _ = run_cli(capsys, "--library", lib_dir, "settings", "agent_extensions", "--json")
    assert json.loads(out) == {}  # nothing kept


def test_imported_recordings_get_the_employee_of_their_extension(capsys, tmp_path, lib_dir):
    for ext, name in (("201", "Anna Ozola"), ("100", "Pēteris Liepa"), ("302", "Jānis Bērziņš")):
        assert run_cli(capsys, "--library", lib_dir, "employees", "extension", ext, name)[0] == 0
    calls = tmp_path / "calls"
    for name in (ASTERISK_201, ASTERISK_IN_201, THREE_CX_100, "plain.wav"):
        write_wav(calls / name)
    write_mp3(calls / RINGCENTRAL_302)
    write_mp3(calls / RINGCENTRAL_NONE)
    code, out, _ = run_cli(capsys, "--library", lib_dir, "import", calls)
    assert code == 0, out
    assert employees_by_file(capsys, lib_dir) == {
        ASTERISK_201: "Anna Ozola", ASTERISK_IN_201: "Anna Ozola", THREE_CX_100: "Pēteris Liepa",
        RINGCENTRAL_302: "Jānis Bērziņš",
        RINGCENTRAL_NONE: None, "plain.wav": None,  # no extension in the name: as before
    }
    code, out, _ = run_cli(capsys, "--library", lib_dir, "list", "--json")
    cid = next(r["id"] for r in json.loads(out) if r["source_name"] == THREE_CX_100)
    code, out, _ = run_cli(capsys, "--library", lib_dir, "show", str(cid))
    assert "agent extension 100" in out and "employee from the agent extension" in out
    code, out, _ = run_cli(capsys, "--library", lib_dir, "list", "--employee", "Anna Ozola", "--json")
    assert sorted(r["source_name"] for r in json.loads(out)) == sorted([ASTERISK_201, ASTERISK_IN_201])


def test_the_batch_employee_and_the_sidecar_win_over_the_extension(capsys, tmp_path, lib_dir):
    assert run_cli(capsys, "--library", lib_dir, "employees", "extension", "201", "Anna Ozola")[0] == 0
    assert run_cli(capsys, "--library", lib_dir, "employees", "extension", "100", "Pēteris Liepa")[0] == 0
    batch = tmp_path / "batch"
    write_wav(batch / ASTERISK_201)
    code, out, _ = run_cli(capsys, "--library", lib_dir, "import", batch, "--employee", "Batch Person")
    assert code == 0, out
    calls = tmp_path / "calls"
    write_wav(calls / ASTERISK_IN_201)
    write_wav(calls / THREE_CX_100)
    write_wav(calls / "exported.wav")
    sidecar = tmp_path / "export.csv"
    sidecar.write_text(
        "file,employee,agent_extension\n"
        f"{ASTERISK_IN_201},Līga Ozola,\n"  # the sidecar's employee wins
        "exported.wav,,100\n",  # the sidecar's extension is mapped like the file name's
        encoding="utf-8",
    )
    code, out, _ = run_cli(capsys, "--library", lib_dir, "import", calls, "--sidecar", sidecar)
    assert code == 0, out
    assert employees_by_file(capsys, lib_dir) == {
        ASTERISK_201: "Batch Person", ASTERISK_IN_201: "Līga Ozola", THREE_CX_100: "Pēteris Liepa",
        "exported.wav": "Pēteris Liepa",
    }

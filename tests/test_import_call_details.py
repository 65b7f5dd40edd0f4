"""Telephone systems' recording names and the CSV sidecar give a call's time, direction,
numbers, agent extension and employee; one rule for what a folder import skips."""

from __future__ import annotations

import json
import math
import struct
import wave
from pathlib import Path

import pytest

from conftest import run_cli
from reviewer.importers.filenames import INBOUND, INTERNAL, OUTBOUND, details_from_name
from reviewer.importers.sidecar import SidecarError, load


def write_wav(path: Path, seconds: float = 1.0) -> Path:
    """A real, decodable 8 kHz mono tone (as telephone systems record); its pitch follows the
    name, so that two files are never the same recording."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rate = 8000
    frames = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * (300 + len(path.name) * 7) * i / rate)))
                      for i in range(int(rate * seconds)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames)
    return path


# File-name conventions -----------------------------------------------------------------------

@pytest.mark.parametrize("name, started, direction, customer, extension", [
    # Asterisk / FreePBX MixMonitor: TYPE-TO-FROM-YYYYMMDD-HHMMSS-UNIQUEID
    ("out-0291234567-201-20261120-143012-1763649012.77.wav", "2026-11-20T14:30:12", OUTBOUND, "0291234567", "201"),
    ("external-201-+37129123456-20261120-093001-1763649012.78.wav", "2026-11-20T09:30:01", INBOUND, "+37129123456", "201"),
    ("q-600-29123456-20261120-143012-1763649012.79.wav", "2026-11-20T14:30:12", INBOUND, "29123456", None),
    ("internal-202-201-20261120-143012-1763649012.80.wav", "2026-11-20T14:30:12", INTERNAL, None, "202"),
    # 3CX: [NAME]_FROM-TO_YYYYMMDDHHMMSS(CALLID)
    ("[]_100-0836826436_20190211124709(2).wav", "2019-02-11T12:47:09", OUTBOUND, "0836826436", "100"),
    ("[27836826436]_27836826436-100_20190211124743(3).wav", "2019-02-11T12:47:43", INBOUND, "27836826436", "100"),
    # RingCentral: YYYYMMDD-HHMMSS_[EXT_]PHONE_DIRECTION_Auto_ID
    ("20251104-133555_302_(252)792-8686_Outgoing_Auto_2243071124051.mp3", "2025-11-04T13:35:55", OUTBOUND,
     "(252)792-8686", "302"),
    ("20251121-141152_(469)906-0558_Incoming_Auto_2254843027051.mp3", "2025-11-21T14:11:52", INBOUND,
     "(469)906-0558", None),
    # Android call recorders: Call recording WHO_YYMMDD_HHMMSS
    ("Call recording +37129123456_261120_143012.m4a", "2026-11-20T14:30:12", None, "+37129123456", None),
])
def test_telephony_file_names(name, started, direction, customer, extension):
    details = details_from_name(name)
    assert details is not None
    assert (details.started_at, details.direction, details.customer_number, details.agent_extension) == (
        started, direction, customer, extension)


@pytest.mark.parametrize("name", ["call.wav", "out-1-2-20261340-143012-1.wav", "2026-11-20 meeting.mp3",
                                  "[x]_a-b_2019.wav"])
def test_other_names_give_nothing(name):
    assert details_from_name(name) is None


# Importing recordings --------------------------------------------------------------------------

def test_imported_recording_gets_time_direction_and_numbers(capsys, tmp_path, lib_dir):
    wav = write_wav(tmp_path / "calls" / "out-0291234567-201-20261120-143012-1763649012.77.wav")
    code, out, _ = run_cli(capsys, "--library", lib_dir, "import", wav)
    assert code == 0, out
    code, out, _ = run_cli(capsys, "--library", lib_dir, "show", "1", "--json")
    shown = json.loads(out)
    assert shown["started_at"] == "2026-11-20T14:30:12"
    assert shown["metadata"]["call"] == {"direction": "outbound", "customer_number": "0291234567",
                                         "agent_extension": "201", "named_by": "Asterisk/FreePBX MixMonitor"}
    code, out, _ = run_cli(capsys, "--library", lib_dir, "show", "1")
    assert "call: direction outbound, customer number 0291234567, agent extension 201" in out


def test_sidecar_gives_employee_and_wins_over_the_file_name(capsys, tmp_path, lib_dir):
    calls = tmp_path / "calls"
    write_wav(calls / "out-0291234567-201-20261120-143012-1763649012.77.wav")
    write_wav(calls / "plain.wav")
    write_wav(calls / "not-listed-here.wav")
    sidecar = tmp_path / "export.csv"
    sidecar.write_text(
        "File;Employee;Started_at;Direction;Customer number\n"
        "out-0291234567-201-20261120-143012-1763649012.77.wav;Anna Ivanova;;;\n"
        "plain.wav;Jānis Bērziņš;20.11.2026 10:05;входящий;+37129000000\n",
        encoding="utf-8-sig",
    )
    code, out, _ = run_cli(capsys, "--library", lib_dir, "import", calls, "--sidecar", sidecar,
                           "--employee", "Batch Person")
    assert code == 0, out
    code, out, _ = run_cli(capsys, "--library", lib_dir, "list", "--json")
    rows = {r["source_name"]: r for r in json.loads(out)}
    named = rows["out-0291234567-201-20261120-143012-1763649012.77.wav"]
    assert (named["employee"], named["started_at"]) == ("Anna Ivanova", "2026-11-20T14:30:12")
    plain = rows["plain.wav"]
    assert (plain["employee"], plain["started_at"]) == ("Jānis Bērziņš", "2026-11-20T10:05:00")
    assert rows["not-listed-here.wav"]["employee"] == "Batch Person"  # the batch's employee
    assert rows["not-listed-here.wav"]["started_at"] is None  # unknown names stay as today
    code, out, _ = run_cli(capsys, "--library", lib_dir, "show", str(plain["id"]), "--json")
    call = json.loads(out)["metadata"]["call"]
    assert (call["direction"], call["customer_number"]) == ("inbound", "+37129000000")


@pytest.mark.parametrize("content, problem", [
    ("name,employee\nx.wav,Anna\n", "export.csv:1: no 'file' column"),
    ("file,started_at\nx.wav,yesterday\n", "export.csv:2: started_at 'yesterday' is not a date and time"),
    ("file,direction\nx.wav,sideways\n", "export.csv:2: direction 'sideways'"),
    ("file\nx.wav\nx.wav\n", "export.csv:3: 'x.wav' is listed twice"),
])
def test_bad_sidecar_is_refused_before_anything_is_imported(capsys, tmp_path, lib_dir, content, problem):
    wav = write_wav(tmp_path / "x.wav")
    sidecar = tmp_path / "export.csv"
    sidecar.write_text(content, encoding="utf-8")
    code, out, err = run_cli(capsys, "--library", lib_dir, "import", wav, "--sidecar", sidecar)
    assert code == 1
    assert problem in err and "Traceback" not in err
    assert "imported" not in out
    with pytest.raises(SidecarError):
        load(sidecar)


def test_sidecar_paths_relative_to_the_csv(tmp_path):
    (tmp_path / "a").mkdir()
    sidecar = tmp_path / "details.csv"
    sidecar.write_text("file,employee\na/call.wav,Anna\ncall.wav,Olga\n", encoding="utf-8")
    loaded = load(sidecar)
    assert loaded.details_for(tmp_path / "a" / "call.wav").employee == "Anna"
    assert loaded.details_for(tmp_path / "b" / "call.wav").employee == "Olga"


# One rule for what is skipped ------------------------------------------------------------------

def test_folder_import_skips_every_unrecognised_file_alike(capsys, tmp_path, lib_dir):
    folder = tmp_path / "export"
    (folder / "one").mkdir(parents=True)
    (folder / "two").mkdir()
    (folder / "one" / "LICENSE").write_text("MIT License\n\nPermission is hereby granted", encoding="utf-8")
    (folder / "two" / "LICENSE").write_text("Apache License 2.0", encoding="utf-8")
    (folder / "test_samples.json").write_text('{"OSR_us_000_0034_8k.wav": {"sentences": 10}}', encoding="utf-8")
    write_wav(folder / "call.wav")
    code, out, _ = run_cli(capsys, "--library", lib_dir, "import", folder)
    assert code == 0, out
    lines = out.splitlines()
    assert sum(line.startswith("skipped") for line in lines) == 3
    assert not any(line.startswith("FAILED") for line in lines)
    # Named on its own, a file that is not a conversation fails.
    code, out, _ = run_cli(capsys, "--library", lib_dir, "import", folder / "test_samples.json")
    assert code == 1 and out.startswith("FAILED")

"""`reviewer visit new|show|attach` as scripts use them, on a real library with real files."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from reviewer.storage import Library
from test_visits import make_photo, make_wav
from conftest import run_cli as run


@pytest.fixture
def form_dir(tmp_path):
    folder = tmp_path / "visit-2026-11-24"
    (folder / "photos").mkdir(parents=True)
    make_photo(folder / "photos" / "receipt.jpg", "2026:11:24 14:20:05")
    make_photo(folder / "photos" / "front.jpg", "2026:11:23 18:00:00", seed=1)
    make_wav(folder / "visit.wav", 2.0)
    return folder


FORM = {
    "visited_at": "2026-11-24T14:05",
    "branch": "Rīga, Centrs",
    "address": "Brīvības iela 1",
    "employee": "Anna Ivanova",
    "scenario": "Ищет лампу в детскую; потом говорит, что в интернете дешевле",
    "persona": "suspicious",
    "wait": "0:45",
    "length": "12:30",
    "notes": "Busy Saturday.",
    "shopper": "Olga Petrova",
    "attachments": ["photos/receipt.jpg", "photos/front.jpg", "visit.wav"],
}


def write_form(folder: Path, name: str = "visit.json", **changes) -> Path:
    data = {**FORM, **changes}
    for key, value in changes.items():
        if value is None:
            del data[key]
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def stored_files(lib_dir: Path) -> list[Path]:
    return [p for folder in ("photos", "recordings") for p in (lib_dir / folder).rglob("*") if p.is_file()]


def top_answers(**changes) -> dict:
    from reviewer.rubrics import load_catalog

    answers = {c.id: c.scale.top for c in load_catalog().get("visit").criteria()}
    for cid in ("persona_doesnt_know", "persona_knows_better", "persona_rude"):
        answers[cid] = "n/a"
    answers.update(changes)
    return answers


def test_new_prints_the_id_and_show_tells_everything(capsys, lib_dir, form_dir):
    code, out, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", write_form(form_dir))
    assert code == 0, err
    cid = int(out.strip())
    assert "front.jpg was taken 2026-11-23 18:00, not during the visit" in err

    code, out, _ = run(capsys, "--library", lib_dir, "visit", "show", cid, "--json")
    data = json.loads(out)
    assert {k: data[k] for k in ("channel", "visited_at", "branch", "employee", "persona", "wait_ms", "length_ms",
                                 "shopper", "late", "first_submitted_at")} == {
        "channel": "visit", "visited_at": "2026-11-24T14:05", "branch": "Rīga, Centrs", "employee": "Anna Ivanova",
        "persona": "suspicious", "wait_ms": 45_000, "length_ms": 750_000, "shopper": "Olga Petrova",
        "late": False, "first_submitted_at": None}
    assert data["scenario"] == FORM["scenario"]
    kinds = [(a["kind"], a["name"], a["taken_at"], a["time_mismatch"], a["recording"]) for a in data["attachments"]]
    assert kinds == [
        ("photo", "receipt.jpg", "2026-11-24T14:20:05", False, False),
        ("photo", "front.jpg", "2026-11-23T18:00:00", True, False),
        ("audio", "visit.wav", None, False, True),
    ]
    for a in data["attachments"]:
        assert Path(a["path"]).is_file() and Path(a["path"]).is_relative_to(lib_dir)

    code, out, _ = run(capsys, "--library", lib_dir, "show", cid)
    assert "Visit: Rīga, Centrs" in out
    assert "visited:   2026-11-24 14:05, length 12:30, waited 0:45 before being greeted" in out
    assert "persona:   suspicious" in out
    assert "#2 photo front.jpg, taken 2026-11-23 18:00  MISMATCH: not during the visit" in out
    assert "#3 audio visit.wav (the visit's recording)" in out
    assert "review:    not submitted yet" in out

    code, out, _ = run(capsys, "--library", lib_dir, "show", cid, "--json")
    shown = json.loads(out)
    assert shown["channel"] == "visit" and shown["status"] == "needs_transcription"
    assert shown["visit"]["branch"] == "Rīga, Centrs" and shown["source_name"] == "visit.json"

    code, out, _ = run(capsys, "--library", lib_dir, "list", "--channel", "visit", "--json")
    assert [c["id"] for c in json.loads(out)] == [cid]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"visited_at": "24.11.2026 14:05"}, "visited_at: '24.11.2026 14:05' is not a date and time"),
        ({"visited_at": None}, "visited_at: required"),
        ({"persona": "angry"}, 'persona: "angry" is not one of unaware, expert, rude, suspicious, custom'),
        ({"persona": "custom"}, "persona_custom: required with persona \"custom\""),
        ({"wait": -30}, "wait: -30 is negative"),
        ({"wait_ms": -1, "wait": None}, "wait_ms: -1 is negative"),
        ({"length": "twelve minutes"}, 'length: "twelve minutes" is not a duration'),
        ({"attachments": ["photos/receipt.jpg", "photos/lost.jpg"]}, "attachments: photos/lost.jpg: no such file"),
        ({"brnach": "Riga"}, "brnach: unknown field"),
        ({"channel": "chat"}, 'channel: "chat" is not "visit" or "call"'),
        ({"employee": 42}, "employee: must be text"),
        ({"submit": True}, "submit: there are no answers to submit"),
    ],
)
def test_bad_fields_are_named_and_nothing_is_stored(capsys, lib_dir, form_dir, changes, message):
    form = write_form(form_dir, **changes)
    code, out, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", form)
    assert code == 1 and out == ""
    assert err.startswith(f"reviewer: {form}: ") and message in err, err
    with Library.open(lib_dir) as library:
        assert library.conversations.count() == 0
    assert stored_files(lib_dir) == []


def test_bad_json_and_a_missing_form(capsys, lib_dir, form_dir):
    broken = form_dir / "broken.json"
    broken.write_text('{"visited_at": "2026-11-24T14:05",}', encoding="utf-8")
    code, _, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", broken)
    assert code == 1 and f"{broken}: not valid JSON" in err and "line 1" in err
    code, _, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", form_dir / "nope.json")
    assert code == 1 and "nope.json: no such file" in err


def test_a_corrupt_attachment_stores_nothing_at_all(capsys, lib_dir, form_dir):
    cut = form_dir / "photos" / "cut.jpg"
    whole = make_photo(form_dir / "photos" / "whole.jpg", size=(640, 480))
    cut.write_bytes(whole.read_bytes()[:8000])
    # The good photo and the recording come first: they are copied, then removed again.
    form = write_form(form_dir, attachments=["photos/receipt.jpg", "visit.wav", "photos/cut.jpg"])
    code, _, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", form)
    assert code == 1
    assert f"{form}: {cut}: corrupt or truncated photo" in err and "nothing was saved" in err
    with Library.open(lib_dir) as library:
        assert library.conversations.count() == 0
    assert stored_files(lib_dir) == []


def test_answers_are_scored_with_the_visit_rubric_and_a_late_submission_is_marked(capsys, lib_dir, form_dir):
    visited = (datetime.now() - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    answers = top_answers(no_must={"answer": "no", "comment": "Сказала «вы должны сохранить чек»"})
    # A test call: two rubrics fit the call channel, the visit rubric is the one used.
    form = write_form(form_dir, channel="call", visited_at=visited, answers=answers, attachments=[])
    code, out, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", form, "--submit")
    assert code == 0, err
    cid = int(out)
    assert "submitted more than 12 hours after the visit: marked late" in err

    code, out, _ = run(capsys, "--library", lib_dir, "reviews", "--json")
    (review,) = json.loads(out)
    assert (review["conversation_id"], review["rubric_id"], review["state"], review["reviewer"]) == (
        cid, "visit", "submitted", "Olga Petrova")  # the shopper, with no --reviewer or setting
    assert review["total"] < 100
    code, out, _ = run(capsys, "--library", lib_dir, "visit", "show", cid)
    assert "Test call: Rīga, Centrs" in out and "LATE: more than 12 hours after the visit" in out

    # Submitted within 12 hours: on time.
    recent = (datetime.now() - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    form = write_form(form_dir, "recent.json", visited_at=recent, answers=top_answers(), attachments=[])
    code, out, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", form, "--submit",
                         "--reviewer", "Līga Kalniņa")
    assert code == 0 and "late" not in err
    code, out, _ = run(capsys, "--library", lib_dir, "visit", "show", out.strip(), "--json")
    assert json.loads(out)["late"] is False and json.loads(out)["first_submitted_at"]


def test_a_no_without_a_comment_refuses_the_whole_visit(capsys, lib_dir, form_dir):
    form = write_form(form_dir, answers=top_answers(no_must="no"))
    code, _, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", form, "--submit")
    assert code == 1
    assert 'every "no" answer needs a comment saying why (no_must)' in err and "nothing was saved" in err
    with Library.open(lib_dir) as library:
        assert library.conversations.count() == 0 and library.reviews.list() == []
    assert stored_files(lib_dir) == []
    # A wrong answer is named with the file, too.
    form = write_form(form_dir, answers=top_answers(listens=9))
    code, _, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", form)
    assert code == 1 and str(form) in err and "listens" in err


def test_draft_answers_without_submit(capsys, lib_dir, form_dir):
    form = write_form(form_dir, answers={"greets_introduces": "yes"}, attachments=[])
    code, out, err = run(capsys, "--library", lib_dir, "visit", "new", "--from", form, "--json")
    assert code == 0 and "saved as a draft" in err
    assert json.loads(out)["first_submitted_at"] is None


def test_attach_adds_files_and_reports_each(capsys, lib_dir, form_dir):
    code, out, _ = run(capsys, "--library", lib_dir, "visit", "new", "--from", write_form(form_dir, attachments=[]))
    cid = out.strip()
    text = form_dir / "notes.txt"
    text.write_text("just notes")
    code, out, _ = run(capsys, "--library", lib_dir, "visit", "attach", cid, form_dir / "photos" / "front.jpg",
                       text, form_dir / "visit.wav")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].endswith("#1 photo, taken 2026-11-23 18:00  MISMATCH: not during the visit")
    assert lines[1].startswith("FAILED") and "notes.txt: not a photo" in lines[1]
    assert lines[2].endswith("#2 audio")
    code, _, err = run(capsys, "--library", lib_dir, "visit", "attach", "999", text)
    assert code == 1 and "no visit #999" in err
    code, _, err = run(capsys, "--library", lib_dir, "visit", "show", "999")
    assert code == 1 and "no visit #999" in err

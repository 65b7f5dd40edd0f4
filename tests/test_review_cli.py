"""`reviewer rubric ...`, `reviewer review ...` and `reviewer reviews` as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.domain import Channel, Conversation, ConversationStatus, SpeakerRole, Turn
from reviewer.rubrics import read_rubric
from reviewer.storage import Library
from conftest import run_cli as run

SHIPPED = Path(__file__).resolve().parents[1] / "rubrics"


@pytest.fixture
def conversations(lib_dir):
    """A call and a chat of Anna Ozola, and a chat of Peter Kalns."""
    with Library.open(lib_dir) as library:
        call = library.conversations.add(
            Conversation(
                Channel.CALL,
                "call.wav",
                employee="Anna Ozola",
                source_sha256="call",
                duration_ms=30_000,
                status=ConversationStatus.TRANSCRIBED,
                turns=[
                    Turn(
                        "Добрый день! Меня зовут Анна, интернет-магазин «Домотек».",
                        SpeakerRole.AGENT,
                        start_ms=0,
                        end_ms=4_000,
                    ),
                    Turn(
                        "Здравствуйте, у меня проблема с заказом.",
                        SpeakerRole.CUSTOMER,
                        start_ms=4_500,
                        end_ms=7_000,
                    ),
                    Turn("Вы должны были получить SMS.", SpeakerRole.AGENT, start_ms=7_500, end_ms=9_000),
                ],
            )
        )
        chat = library.conversations.add(
            Conversation(
                Channel.CHAT,
                "a.txt",
                employee="Anna Ozola",
                source_sha256="a",
                turns=[Turn("Hi", SpeakerRole.AGENT)],
            )
        )
        other = library.conversations.add(
            Conversation(
                Channel.CHAT,
                "p.txt",
                employee="Peter Kalns",
                source_sha256="p",
                turns=[Turn("Hi", SpeakerRole.AGENT)],
            )
        )
    return {"call": call, "chat": chat, "other": other}


def full_answers(rubric_id: str, **overrides) -> dict:
    """Every criterion of a shipped rubric answered at the top of its scale, then overrides."""
    rubric = read_rubric(SHIPPED / f"{rubric_id}.toml")
    answers = {c.id: c.scale.top for c in rubric.criteria()}
    answers.update(overrides)
    return answers


def write_answers(tmp_path, answers, name="answers.json"):
    path = tmp_path / name
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return path


def review_rows(lib_dir):
    with Library.open(lib_dir) as library:
        return library.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0], library.conn.execute(
            "SELECT COUNT(*) FROM answers"
        ).fetchone()[0]


def test_score_a_call_submit_show_and_list(capsys, tmp_path, lib_dir, conversations):
    answers = full_answers(
        "call", no_must={"answer": "no", "comment": "“Вы должны были получить SMS”", "evidence": [2]}
    )
    for cid in ("names_product", "honest_benefits", "fits_need", "backs_with_facts", "offers_options"):
        answers[cid] = "n/a"  # a service call: nothing was presented
    answers["listens"] = {"answer": 4, "evidence": [{"start_ms": 4_500, "end_ms": 7_000}]}
    path = write_answers(tmp_path, answers)

    code, out, err = run(
        capsys,
        "--library",
        lib_dir,
        "review",
        conversations["call"],
        "--rubric",
        "call",
        "--reviewer",
        "Olga",
        "--answers",
        path,
        "--submit",
    )
    assert code == 0, err
    # Language: 4 of 5 criteria met -> 80 %; needs: listens 4 of 5 on the scale (weight 1 of 5) -> 95 %;
    # presentation left out. (15*100 + 25*95 + 20*100 + 10*80 + 10*100) / 80 = 95.9375
    assert out.strip() == f"review 1 of conversation {conversations['call']} submitted: 95.9%"

    code, out, _ = run(capsys, "--library", lib_dir, "review", "show", "1")
    assert code == 0
    assert "Rubric: Phone call (sales and service) (call version 1.2, copy " in out
    assert "Language: 80.0%  (weight 10)" in out
    assert "  Asks politely instead of saying “you must”: No  [0/1]" in out
    assert "      comment: “Вы должны были получить SMS”" in out
    assert '      evidence: turn 2 "Вы должны были получить SMS."' in out
    assert "      evidence: 0:04-0:07" in out
    assert "Presentation: -  (weight 20)" in out
    assert "  Names the product and what it does: N/A  [-]" in out
    assert "Total: 95.9%" in out
    assert 'submit: "draft" -> "submitted"' in out

    code, out, _ = run(capsys, "--library", lib_dir, "review", "show", "1", "--json", "--lang", "ru")
    data = json.loads(out)
    assert data["total"] == pytest.approx(95.9375) and data["state"] == "submitted"
    assert (
        data["rubric"]["id"] == "call" and data["rubric"]["title"] == "Телефонный звонок (продажи и сервис)"
    )
    assert data["employee"] == "Anna Ozola" and data["reviewer"] == "Olga"
    language = next(s for s in data["sections"] if s["id"] == "language")
    no_must = next(c for c in language["criteria"] if c["id"] == "no_must")
    assert no_must["answer"] == "no" and no_must["answer_label"] == "Нет" and no_must["points"] == 0
    assert no_must["evidence"] == [{"turn": 2, "text": "Вы должны были получить SMS."}]
    assert language["score"] == pytest.approx(80.0)

    code, out, _ = run(capsys, "--library", lib_dir, "reviews", "--employee", "anna ozola", "--json")
    [listed] = json.loads(out)
    assert (
        listed["id"] == 1 and listed["state"] == "submitted" and listed["total"] == pytest.approx(95.9375)
    )
    code, out, _ = run(capsys, "--library", lib_dir, "reviews", "--employee", "Peter Kalns", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--library", lib_dir, "reviews")
    assert "Olga" in out and "call v1.2" in out and "95.9%" in out

    code, out, _ = run(capsys, "--library", lib_dir, "show", conversations["call"], "--json")
    assert json.loads(out)["status"] == "reviewed"


def test_draft_without_submit_and_the_rubric_chosen_by_channel(capsys, tmp_path, lib_dir, conversations):
    path = write_answers(tmp_path, {"first_reply": 5, "no_slang_rudeness": "no"})
    code, out, err = run(
        capsys, "--library", lib_dir, "review", conversations["chat"], "--reviewer", "Ivan", "--answers", path
    )
    assert code == 0, err
    assert out.strip() == (
        f"review 1 of conversation {conversations['chat']} saved as a draft: 0.0% (24 criteria unanswered);"
        " flagged: a critical criterion failed"
    )
    code, out, _ = run(capsys, "--library", lib_dir, "review", "show", "1", "--json")
    data = json.loads(out)
    assert data["rubric"]["id"] == "chat" and data["state"] == "draft" and data["zeroed"]
    assert len(data["unanswered"]) == 24


def test_call_needs_a_rubric_named(capsys, tmp_path, lib_dir, conversations):
    path = write_answers(tmp_path, {})
    code, _, err = run(
        capsys, "--library", lib_dir, "review", conversations["call"], "--reviewer", "Olga", "--answers", path
    )
    assert code == 1 and "say which rubric with --rubric; rubrics for call: call, visit" in err
    code, _, err = run(
        capsys,
        "--library",
        lib_dir,
        "review",
        conversations["call"],
        "--rubric",
        "nope",
        "--reviewer",
        "Olga",
        "--answers",
        path,
    )
    assert code == 1 and "no rubric 'nope'; known rubrics: call, chat, email, visit" in err


@pytest.mark.parametrize(
    "answers, message",
    [
        ({"first_reply": 9}, "criterion 'first_reply': 9 is outside the scale 1-5; nothing was saved"),
        ({"speed": "yes"}, "rubric 'chat' has no criterion 'speed'; nothing was saved"),
        (
            {"greets_introduces": "n/a"},
            "criterion 'greets_introduces': N/A is not allowed here; nothing was saved",
        ),
        ({"first_reply": {"answer": 5, "evidence": [3]}}, "evidence turn 3 is not in conversation"),
        (
            {"first_reply": {"answer": 5, "note": "x"}},
            "criterion 'first_reply': unknown key(s) note; use answer, comment and evidence",
        ),
    ],
)
def test_bad_answers_file_saves_nothing(capsys, tmp_path, lib_dir, conversations, answers, message):
    path = write_answers(tmp_path, {"no_slang_rudeness": "yes", **answers})
    code, out, err = run(
        capsys,
        "--library",
        lib_dir,
        "review",
        conversations["chat"],
        "--rubric",
        "chat",
        "--reviewer",
        "Olga",
        "--answers",
        path,
    )
    assert code == 1 and out == ""
    assert err.startswith(f"reviewer: {path}: ") and message in err
    assert review_rows(lib_dir) == (0, 0)


def test_incomplete_answers_cannot_be_submitted_and_nothing_is_saved(
    capsys, tmp_path, lib_dir, conversations
):
    answers = full_answers("chat")
    del answers["spelling"]
    path = write_answers(tmp_path, answers)
    code, _, err = run(
        capsys,
        "--library",
        lib_dir,
        "review",
        conversations["chat"],
        "--reviewer",
        "Olga",
        "--answers",
        path,
        "--submit",
    )
    assert code == 1
    assert "cannot be submitted: 1 of 26 criteria have no answer (spelling); nothing was saved" in err
    assert review_rows(lib_dir) == (0, 0)


def test_answers_file_that_is_not_json(capsys, tmp_path, lib_dir, conversations):
    path = tmp_path / "answers.json"
    path.write_text('{"first_reply": 5,,}', encoding="utf-8")
    code, _, err = run(
        capsys, "--library", lib_dir, "review", conversations["chat"], "--reviewer", "Olga", "--answers", path
    )
    assert (
        code == 1
        and f"{path}: not valid JSON: Expecting property name enclosed in double quotes (line 1, column 19)"
        in err
    )
    path.write_text("[1, 2]", encoding="utf-8")
    code, _, err = run(
        capsys, "--library", lib_dir, "review", conversations["chat"], "--reviewer", "Olga", "--answers", path
    )
    assert code == 1 and "must be a JSON object of criterion id -> answer" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["review", "show"], "usage: reviewer review show REVIEW_ID"),
        (["review", "show", "abc"], "usage: reviewer review show REVIEW_ID"),
        (["review", "first", "--answers", "a.json"], "expected a conversation id or 'show', not 'first'"),
        (["review", "1", "2", "--answers", "a.json"], "unexpected '2' after the conversation id"),
        (["review", "1"], "--answers FILE.json is required"),
        (["review", "show", "1", "--submit"], "review show takes only REVIEW_ID, --json and --lang"),
    ],
)
def test_review_arguments(capsys, lib_dir, argv, message):
    code, _, err = run(capsys, "--library", lib_dir, *argv)
    assert code == 2 and message in err


def test_unknown_review_or_conversation(capsys, tmp_path, lib_dir):
    code, _, err = run(capsys, "--library", lib_dir, "review", "show", "42")
    assert code == 1 and "no review #42" in err
    path = write_answers(tmp_path, {})
    code, _, err = run(capsys, "--library", lib_dir, "review", "42", "--reviewer", "Olga", "--answers", path)
    assert code == 1 and "no conversation #42" in err


# rubric check / list ------------------------------------------------------------------------


def test_rubric_check(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'id = "bad"\nversion = 1\ntitle = "Bad"\n\n[[sections]]\nid = "s"\ntitle = "S"\nweight = "heavy"\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "rubric", "check", SHIPPED / "call.toml", bad)
    assert code == 1
    assert out.splitlines() == [
        f'{SHIPPED / "call.toml"}: ok (rubric "call" version 1.2: 6 sections, 27 criteria)',
        f'{bad}:8: sections[s].weight: weight must be a number (got "heavy")',
        f"{bad}:5: sections[s]: section has no criteria; add at least one [[sections.criteria]]",
    ]
    code, out, _ = run(capsys, "rubric", "check", *sorted(SHIPPED.glob("*.toml")))
    assert code == 0 and out.count(": ok (") == 4


def test_rubric_list(capsys, lib_dir):
    folder = lib_dir / "rubrics"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text('id = "broken"\n', encoding="utf-8")
    code, out, _ = run(capsys, "--library", lib_dir, "rubric", "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert [r["id"] for r in data["rubrics"]] == ["call", "chat", "email", "visit"]
    visit = data["rubrics"][3]
    assert visit["channels"] == ["visit", "call"] and visit["origin"] == "shipped" and visit["criteria"] == 27
    [broken] = data["broken"]
    assert broken["path"] == str(folder / "broken.toml")
    assert {(p["field"], p["line"]) for p in broken["problems"]} == {
        ("version", 1),
        ("title", 1),
        ("sections", 1),
    }
    code, out, _ = run(capsys, "--library", lib_dir, "rubric", "list", "--lang", "ru")
    assert "Чат и мессенджеры" in out and "broken (1), not in use until fixed:" in out
    assert not (lib_dir / "library.db").exists()  # listing rubrics does not create a library


def _nested_rubric(depth: int) -> str:
    return f'id = "deep"\nversion = "1"\ntitle = "Deep"\nguidance = {"[" * depth}{"]" * depth}\n'


def test_rubric_nested_500_levels_deep_is_one_problem_line_and_breaks_nothing(
    capsys, tmp_path, lib_dir, conversations
):
    deep = tmp_path / "deep.toml"
    deep.write_text(_nested_rubric(500), encoding="utf-8")
    code, out, err = run(capsys, "rubric", "check", deep)
    assert code == 1 and err == ""
    assert out == f"{deep}:4: arrays or tables are nested too deeply to read (hundreds of levels)\n"

    folder = lib_dir / "rubrics"
    folder.mkdir()
    (folder / "deep.toml").write_text(_nested_rubric(500), encoding="utf-8")
    (folder / "inline.toml").write_text('id = "x"\nguidance = ' + "{a = " * 500 + "1" + "}" * 500, encoding="utf-8")
    code, out, err = run(capsys, "--library", lib_dir, "rubric", "list", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert [r["id"] for r in data["rubrics"]] == ["call", "chat", "email", "visit"]
    assert sorted(Path(b["path"]).name for b in data["broken"]) == ["deep.toml", "inline.toml"]
    assert all("nested too deeply" in b["problems"][0]["message"] for b in data["broken"])

    path = write_answers(tmp_path, {"first_reply": 5})
    code, out, err = run(
        capsys, "--library", lib_dir, "review", conversations["chat"], "--reviewer", "Ivan", "--answers", path
    )
    assert code == 0, err
    assert "saved as a draft" in out

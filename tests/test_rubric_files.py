"""Rubric files: every validation problem with file, line and field; the shipped rubrics; the
catalog of shipped and library rubrics."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.domain import Channel, CriticalRule, NotApplicablePolicy, Rubric, ScaleKind
from reviewer.domain.rubric import LANGUAGES
from reviewer.rubrics import (
    RubricNotFound,
    check_rubric_file,
    library_rubrics_dir,
    load_catalog,
    read_rubric,
    shipped_rubrics_dir,
)

SHIPPED = Path(__file__).resolve().parents[1] / "rubrics"

VALID = """\
id = "mini"
version = "2"
title = { en = "Mini", ru = "Мини", lv = "Mini" }

[scales.stars]
kind = "rating"
min = 1
max = 3
labels.1 = "poor"
labels.2 = "fair"
labels.3 = "good"

[[sections]]
id = "greeting"
title = "Greeting"
weight = 2

[[sections.criteria]]
id = "greets"
title = "Greets"
scale = "yes_no"

[[sections.criteria]]
id = "tone"
title = "Tone"
scale = "stars"
critical = "flag"

[[sections]]
id = "farewell"
title = "Farewell"

[[sections.criteria]]
id = "goodbye"
title = "Says goodbye"
scale = { kind = "points", max = 2 }
na_allowed = true
"""


def write(tmp_path, text, name="rubric.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing needle."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def problems_of(tmp_path, text):
    path = write(tmp_path, text)
    return path, check_rubric_file(path)


def only_problem(tmp_path, text):
    path, problems = problems_of(tmp_path, text)
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert problem.file == str(path)
    return problem


def test_valid_file_reads_into_a_rubric(tmp_path):
    rubric = read_rubric(write(tmp_path, VALID))
    assert rubric.id == "mini" and rubric.version == "2"
    assert rubric.title.get("ru") == "Мини" and rubric.title.get("de") == "Mini"
    assert [s.id for s in rubric.sections] == ["greeting", "farewell"]
    assert [s.weight for s in rubric.sections] == [2.0, 1.0]
    tone = rubric.criterion("tone")
    assert tone.scale.kind is ScaleKind.RATING and (tone.scale.low, tone.scale.high) == (1, 3)
    assert tone.scale.label(2) == "fair" and tone.critical is CriticalRule.FLAG
    goodbye = rubric.criterion("goodbye")
    assert goodbye.scale.kind is ScaleKind.POINTS and goodbye.scale.high == 2 and goodbye.na_allowed
    assert rubric.not_applicable is NotApplicablePolicy.EXCLUDE and rubric.channels == ()
    assert check_rubric_file(write(tmp_path, VALID)) == []


# The problems the issue names ---------------------------------------------------------------


def test_unknown_key(tmp_path):
    text = VALID.replace('scale = "yes_no"', 'scale = "yes_no"\nwieght = 2')
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, "wieght")
    assert problem.field == "sections[greeting].criteria[greets].wieght"
    assert problem.message == 'unknown key "wieght" (did you mean "weight"?)'
    assert str(problem) == f"{tmp_path / 'rubric.toml'}:{problem.line}: {problem.field}: {problem.message}"


def test_unknown_top_level_key_lists_known_ones(tmp_path):
    text = "colour = 'red'\n" + VALID
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.field) == (1, "colour")
    assert problem.message.startswith('unknown key "colour"; known keys: format, id, version')


def test_weight_not_a_number(tmp_path):
    text = VALID.replace("weight = 2", 'weight = "high"')
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, 'weight = "high"')
    assert problem.field == "sections[greeting].weight"
    assert problem.message == 'weight must be a number (got "high")'


def test_weight_must_be_positive(tmp_path):
    text = VALID.replace("weight = 2", "weight = 0")
    problem = only_problem(tmp_path, text)
    assert problem.message == "weight must be greater than 0 (got 0)"
    assert problem.line == line_of(text, "weight = 0")


def test_duplicate_criterion_id_even_across_sections(tmp_path):
    text = VALID.replace('id = "goodbye"', 'id = "greets"')
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, 'id = "greets"', 2)
    assert problem.field == "sections[farewell].criteria[greets].id"
    first = line_of(text, 'id = "greets"', 1)
    assert problem.message == (
        f'duplicate criterion id "greets" (first used on line {first}); criterion ids must be unique in the rubric'
    )


def test_duplicate_criterion_id_in_one_section_is_named_by_position(tmp_path):
    text = VALID.replace('id = "tone"', 'id = "greets"')
    problem = only_problem(tmp_path, text)
    assert problem.field == "sections[greeting].criteria[#2].id"
    assert problem.line == line_of(text, 'id = "greets"', 2)


def test_duplicate_section_id(tmp_path):
    text = VALID.replace('id = "farewell"', 'id = "greeting"')
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, 'id = "greeting"', 2)
    first = line_of(text, 'id = "greeting"')
    assert problem.message == f'duplicate section id "greeting" (first used on line {first})'


def test_rating_scale_without_labels(tmp_path):
    text = VALID.replace('labels.1 = "poor"\nlabels.2 = "fair"\nlabels.3 = "good"\n', "")
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, "[scales.stars]")
    assert problem.field == "scales.stars.labels"
    assert problem.message == "a rating scale needs labels: one for each point from 1 to 3"


def test_rating_scale_with_a_missing_label(tmp_path):
    text = VALID.replace('labels.2 = "fair"\n', "")
    problem = only_problem(tmp_path, text)
    assert problem.field == "scales.stars.labels"
    assert problem.message == "no label for point 2; every point of a rating needs one"
    assert problem.line == line_of(text, "labels.1")


def test_label_outside_the_scale(tmp_path):
    text = VALID.replace('labels.3 = "good"', 'labels.3 = "good"\nlabels.7 = "superb"')
    problem = only_problem(tmp_path, text)
    assert (problem.line, problem.field) == (line_of(text, "labels.7"), "scales.stars.labels.7")
    assert problem.message == "label for point 7, outside the scale 1-3"


def test_section_with_no_criteria(tmp_path):
    text = VALID.split('[[sections]]\nid = "farewell"')[0] + '[[sections]]\nid = "empty"\ntitle = "Empty"\n'
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, 'id = "empty"') - 1  # the [[sections]] header
    assert problem.field == "sections[empty]"
    assert problem.message == "section has no criteria; add at least one [[sections.criteria]]"


# Other problems -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "old, new, field, message",
    [
        (
            'scale = "stars"',
            'scale = "starz"',
            "sections[greeting].criteria[tone].scale",
            'unknown scale "starz" (did you mean "stars"?); use "yes_no", "yes_partly_no" or "stars", or define it under [scales.starz]',
        ),
        (
            'kind = "rating"',
            'kind = "stars"',
            "scales.stars.kind",
            'unknown scale kind "stars"; use "yes_no", "yes_partly_no", "rating" or "points"',
        ),
        ("max = 3", "max = 1", "scales.stars.max", "max (1) must be greater than min (1)"),
        (
            "max = 2 }",
            "max = 500 }",
            "sections[farewell].criteria[goodbye].scale.max",
            "a scale can have at most 101 points",
        ),
        (
            "max = 2 }",
            "max = 0 }",
            "sections[farewell].criteria[goodbye].scale.max",
            "max must be at least 1 point (got 0)",
        ),
        (
            'critical = "flag"',
            "critical = true",
            "sections[greeting].criteria[tone].critical",
            'critical must say what failing it does: "zero_review", "zero_section" or "flag" (or false), not true/false',
        ),
        (
            "na_allowed = true",
            'na_allowed = "yes"',
            "sections[farewell].criteria[goodbye].na_allowed",
            'na_allowed must be true or false (got "yes")',
        ),
        (
            'version = "2"',
            "version = 2.5",
            "version",
            'version must be text such as "1.0" or a whole number (got 2.5)',
        ),
        (
            'id = "mini"',
            'id = "mini rubric"',
            "id",
            'rubric id must be letters, digits, - and _ (got "mini rubric")',
        ),
        (
            'title = "Greets"',
            'title = { en = "Greets", de = "Grüßt" }',
            "sections[greeting].criteria[greets].title.de",
            'unknown language "de"; use "en", "ru" or "lv"',
        ),
        ('title = "Greets"', 'title = ""', "sections[greeting].criteria[greets].title", "is empty"),
        (
            'title = "Greets"\n',
            "",
            "sections[greeting].criteria[greets].title",
            "missing; every item here needs it",
        ),
        (
            'version = "2"',
            'version = "2"\nchannels = ["phone"]',
            "channels",
            'unknown channel "phone"; use "call", "chat", "email" or "visit"',
        ),
        (
            'version = "2"',
            'version = "2"\nnot_applicable = "skip"',
            "not_applicable",
            'not_applicable must be "exclude" or "count_as_met" (got "skip")',
        ),
        (
            'version = "2"',
            'version = "2"\nformat = 2',
            "format",
            "format 2 is unknown to this version of Reviewer, which reads format 1",
        ),
        (
            "[scales.stars]",
            "[scales.yes_no]",
            "scales.yes_no",
            '"yes_no" is a built-in scale; give yours another name',
        ),
        (
            "max = 2 }",
            "max = 2, min = 1 }",
            "sections[farewell].criteria[goodbye].scale.min",
            'points start at 0; remove "min"',
        ),
    ],
)
def test_other_problems(tmp_path, old, new, field, message):
    assert old in VALID
    text = VALID.replace(old, new, 1)
    path, problems = problems_of(tmp_path, text)
    if new == "[scales.yes_no]":  # the criterion that used "stars" now points at a missing scale too
        problems = [p for p in problems if p.field == field]
    assert [(p.field, p.message) for p in problems] == [(field, message)]
    assert problems[0].line is not None and problems[0].file == str(path)


def test_every_problem_of_a_file_is_reported_at_once(tmp_path):
    text = VALID.replace("weight = 2", 'weight = "x"').replace(
        'scale = "yes_no"', 'scale = "yes_no"\ncolour = 1'
    )
    text = text.replace('id = "goodbye"', 'id = "tone"')
    _, problems = problems_of(tmp_path, text)
    fields = [p.field for p in problems]
    assert fields == [
        "sections[greeting].weight",
        "sections[greeting].criteria[greets].colour",
        "sections[farewell].criteria[tone].id",
    ]
    assert [p.line for p in problems] == [
        line_of(text, 'weight = "x"'),
        line_of(text, "colour = 1"),
        line_of(text, 'id = "tone"', 2),
    ]


def test_toml_syntax_error_gives_its_line(tmp_path):
    text = VALID.replace('title = "Farewell"', "title = Farewell")
    problem = only_problem(tmp_path, text)
    assert problem.line == line_of(text, "title = Farewell")
    assert problem.message.startswith("not valid TOML: Invalid value")


def test_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "rubric.toml"
    path.write_bytes(VALID.replace("Мини", "Mini").encode() + "# комментарий\n".encode("cp1251"))
    [problem] = check_rubric_file(path)
    assert problem.line == VALID.count("\n") + 1
    assert problem.message == "not UTF-8 text; rubric files must be saved as UTF-8"


def test_missing_file(tmp_path):
    [problem] = check_rubric_file(tmp_path / "nope.toml")
    assert problem.message.startswith("cannot read the file:") and problem.line is None


def test_byte_order_mark_is_accepted(tmp_path):
    path = tmp_path / "rubric.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode())
    assert read_rubric(path).id == "mini"


# Shipped rubrics ----------------------------------------------------------------------------

SHIPPED_IDS = ["call", "chat", "email", "visit"]
COMMON_SECTIONS = {"greeting", "needs", "presentation", "objections", "language", "farewell"}


def shipped(rubric_id: str) -> Rubric:
    return read_rubric(SHIPPED / f"{rubric_id}.toml")


@pytest.mark.parametrize("rubric_id", SHIPPED_IDS)
def test_shipped_rubric_is_valid_and_complete_in_three_languages(rubric_id):
    rubric = shipped(rubric_id)
    assert rubric.id == rubric_id and rubric.version
    assert COMMON_SECTIONS <= {s.id for s in rubric.sections}

    def all_languages(text, what):
        missing = [lang for lang in LANGUAGES if not getattr(text, lang)]
        assert not missing, f"{rubric_id}: {what} lacks {missing}"

    all_languages(rubric.title, "title")
    all_languages(rubric.guidance, "guidance")
    for section in rubric.sections:
        all_languages(section.title, f"section {section.id}")
        for c in section.criteria:
            for what in ("title", "guidance", "example"):
                all_languages(getattr(c, what), f"{c.id}.{what}")
            for point, label in c.scale.labels.items():
                all_languages(label, f"{c.id} scale label {point}")
    # The avoid / say-instead list is in every language section.
    language = {c.id for c in next(s for s in rubric.sections if s.id == "language").criteria}
    assert {"no_problem_word", "no_must", "price_segment", "no_slang_rudeness", "no_arguing"} <= language
    assert rubric.criterion("no_slang_rudeness").critical is CriticalRule.ZERO_REVIEW


def test_shipped_rubrics_fit_their_channels():
    assert shipped("call").channels == (Channel.CALL,)
    assert shipped("chat").channels == (Channel.CHAT,)
    assert shipped("email").channels == (Channel.EMAIL,)
    assert shipped("visit").channels == (Channel.VISIT, Channel.CALL)  # visits and test calls


def test_chat_has_response_times():
    chat = shipped("chat")
    section = next(s for s in chat.sections if s.id == "response_times")
    first = chat.criterion("first_reply")
    assert chat.section_of("first_reply") is section
    assert first.scale.kind is ScaleKind.RATING and "30 seconds" in first.scale.label(5)
    assert "5 minutes" in first.scale.label(1)


def test_visit_has_the_scenario_and_the_four_personas():
    visit = shipped("visit")
    scenario = next(s for s in visit.sections if s.id == "scenario")
    ids = [c.id for c in scenario.criteria]
    for persona in ("persona_doesnt_know", "persona_knows_better", "persona_rude", "persona_suspicious"):
        assert persona in ids and visit.criterion(persona).na_allowed
    assert "“rude”" in visit.criterion("persona_rude").title.get("en")


def test_email_incomplete_answer_is_critical():
    assert shipped("email").criterion("answers_everything").critical is CriticalRule.ZERO_REVIEW


@pytest.mark.parametrize("rubric_id", SHIPPED_IDS)
def test_rubric_survives_its_snapshot_unchanged(rubric_id):
    rubric = shipped(rubric_id)
    copy = Rubric.from_data(rubric.to_data())
    assert copy == rubric and copy.fingerprint == rubric.fingerprint


# Catalog ------------------------------------------------------------------------------------


def test_shipped_rubrics_are_found_next_to_the_package(monkeypatch):
    monkeypatch.delenv("REVIEWER_RUBRICS_DIR", raising=False)
    assert shipped_rubrics_dir() == SHIPPED
    catalog = load_catalog()
    assert list(catalog.rubrics) == SHIPPED_IDS and catalog.broken == []
    assert [r.id for r in catalog.for_channel(Channel.CALL)] == ["call", "visit"]


def test_shipped_rubrics_folder_can_be_set_for_packaged_installs(monkeypatch, tmp_path):
    (tmp_path / "mini.toml").write_text(VALID, encoding="utf-8")
    monkeypatch.setenv("REVIEWER_RUBRICS_DIR", str(tmp_path))
    assert shipped_rubrics_dir() == tmp_path
    assert list(load_catalog().rubrics) == ["mini"]


def test_library_rubric_replaces_shipped_one_and_broken_files_are_listed(tmp_path):
    folder = library_rubrics_dir(tmp_path)
    folder.mkdir()
    own_call = VALID.replace('id = "mini"', 'id = "call"')
    (folder / "my-call.toml").write_text(own_call, encoding="utf-8")
    (folder / "broken.toml").write_text(VALID.replace("weight = 2", "weight = 'x'"), encoding="utf-8")
    (folder / "extra.toml").write_text(VALID, encoding="utf-8")
    catalog = load_catalog(tmp_path, shipped_dir=SHIPPED)
    assert list(catalog.rubrics) == ["call", "chat", "email", "mini", "visit"]
    assert catalog.rubrics["call"].origin == "library"
    assert catalog.rubrics["call"].replaces == SHIPPED / "call.toml"
    assert catalog.get("call").title.get() == "Mini"
    [broken] = catalog.broken
    assert broken.path == folder / "broken.toml"
    assert "weight must be a number" in broken.error
    with pytest.raises(RubricNotFound, match="rubric 'broken' is broken"):
        catalog.get("broken")
    with pytest.raises(RubricNotFound, match="no rubric 'nope'; known rubrics: call, chat"):
        catalog.get("nope")


def test_broken_replacement_leaves_the_shipped_rubric_in_use(tmp_path):
    folder = library_rubrics_dir(tmp_path)
    folder.mkdir()
    (folder / "call.toml").write_text('id = "call"\nversion = "9"\n', encoding="utf-8")
    catalog = load_catalog(tmp_path, shipped_dir=SHIPPED)
    assert catalog.rubrics["call"].origin == "shipped"
    assert [b.path.name for b in catalog.broken] == ["call.toml"]
    assert {p.field for p in catalog.broken[0].problems} == {"title", "sections"}


def test_two_files_with_one_id_in_a_folder(tmp_path):
    (tmp_path / "a.toml").write_text(VALID, encoding="utf-8")
    (tmp_path / "b.toml").write_text(VALID, encoding="utf-8")
    catalog = load_catalog(None, shipped_dir=tmp_path)
    assert catalog.rubrics["mini"].path.name == "a.toml"
    [broken] = catalog.broken
    assert broken.path.name == "b.toml" and 'rubric id "mini" is already used by a.toml' in broken.error

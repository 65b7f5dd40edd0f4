"""The demo content in recordings/ and the demo library built from it (reviewer.demo, `reviewer demo`)."""

from __future__ import annotations

import json
import shutil
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.demo import MANIFEST, MARKER, RECORDINGS, DemoError, build_demo_library, load_manifest
from reviewer.domain import Channel, ConversationStatus, SpeakerRole
from reviewer.domain.visit import photo_mismatch
from reviewer.storage import Library
from reviewer.storage.settings import Setting

CALL_SCRIPTS = RECORDINGS / "calls" / "scripts.json"
EMPLOYEES = {"Anna Ivanova", "Dmitrijs Kozlovs", "Jānis Bērziņš", "Maria Smith"}


# The content -------------------------------------------------------------------------------


def test_manifest_lists_every_demo_file_and_nothing_else():
    manifest = load_manifest()
    listed = {item.file.relative_to(RECORDINGS).as_posix() for item in manifest.items}
    listed |= {visit["form"] for visit in manifest.visits}
    for visit in manifest.visits:  # a visit form names its photos, relative to itself
        form = json.loads((RECORDINGS / visit["form"]).read_text(encoding="utf-8"))
        listed |= {(Path(visit["form"]).parent / a).as_posix() for a in form.get("attachments", [])}
    not_conversations = {MANIFEST, "README.md", "calls/scripts.json"}
    on_disk = {p.relative_to(RECORDINGS).as_posix() for p in RECORDINGS.rglob("*") if p.is_file()}
    assert listed == on_disk - not_conversations
    assert {item.employee for item in manifest.items} == EMPLOYEES
    # Good and bad examples in every language.
    raw = tomllib.loads((RECORDINGS / MANIFEST).read_text(encoding="utf-8"))["conversation"]
    for language in ("ru", "lv", "en"):
        verdicts = {entry["follows_standards"] for entry in raw if entry["language"] == language}
        assert verdicts == {True, False}, language


def test_demo_is_small():
    size = sum(p.stat().st_size for p in RECORDINGS.rglob("*") if p.is_file())
    assert size < 3 * 1024 * 1024


def _decode(path: Path):
    """The call as float samples, one row per channel (real decoding with PyAV)."""
    import av
    import numpy as np

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        rate = stream.rate
        frames = [frame.to_ndarray() for frame in container.decode(stream)]
    return np.concatenate(frames, axis=1), rate


def _rms(samples) -> float:
    import numpy as np

    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if samples.size else 0.0


@pytest.mark.parametrize("call", json.loads(CALL_SCRIPTS.read_text(encoding="utf-8")), ids=lambda c: c["file"])
def test_call_has_the_agent_on_the_left_and_the_customer_on_the_right(call):
    audio, rate = _decode(RECORDINGS / "calls" / call["file"])
    assert audio.shape[0] == 2
    seconds = audio.shape[1] / rate
    assert 15 <= seconds <= 40
    assert abs(seconds * 1000 - call["duration_ms"]) < 100
    lines = call["lines"]
    checked = 0
    for n, line in enumerate(lines):
        overlaps = any(
            m != n and other["start_ms"] < line["end_ms"] and other["end_ms"] > line["start_ms"]
            for m, other in enumerate(lines)
        )
        if overlaps:
            continue  # an interruption: both sides speak at once by design
        window = audio[:, line["start_ms"] * rate // 1000: line["end_ms"] * rate // 1000]
        speaking, silent = (0, 1) if line["role"] == "agent" else (1, 0)
        assert _rms(window[speaking]) > 0.02, f"line {n} is not audible"
        assert _rms(window[silent]) < _rms(window[speaking]) / 20, f"line {n} leaks into the other channel"
        checked += 1
    assert checked >= len(lines) - 2


# Building the library ----------------------------------------------------------------------


def test_demo_library_holds_the_expected_conversations(tmp_path):
    library = build_demo_library(tmp_path / "demo")
    try:
        everything = library.conversations.list()
        # Mystery-shopper visits (a shop visit and a test call) are checked below.
        visits = [c for c in everything if c.source_format == "visit"]
        conversations = [c for c in everything if c.source_format != "visit"]
        assert sorted(v.channel for v in visits) == [Channel.CALL, Channel.VISIT]
        by_channel = {c: [x for x in conversations if x.channel == c] for c in Channel}
        assert (len(by_channel[Channel.CALL]), len(by_channel[Channel.CHAT]), len(by_channel[Channel.EMAIL])) == (6, 6, 4)
        assert set(library.employees()) == EMPLOYEES
        assert {c.language for c in conversations} == {"ru", "lv", "en"}
        for conversation in visits:
            visit = library.visits.get(conversation.id)
            assert visit.persona is not None and visit.scenario and visit.employee in EMPLOYEES
            assert conversation.status == ConversationStatus.REVIEWED
        shop = library.visits.get(next(v.id for v in visits if v.channel == Channel.VISIT))
        assert [a.name for a in shop.photos()] == ["2026-11-13-receipt.jpg", "2026-11-13-shop-front.jpg"]
        assert [photo_mismatch(shop, a) for a in shop.photos()] == [False, True]  # the front: the day before
        assert [library.visits.late(v.id) for v in sorted(visits, key=lambda v: v.started_at)] == [False, True]
        # Dated over several weeks, every one of them.
        dates = [datetime.fromisoformat(c.started_at[:19]) for c in conversations]
        assert (max(dates) - min(dates)).days >= 21

        for call in by_channel[Channel.CALL]:
            assert call.status == ConversationStatus.NEEDS_TRANSCRIPTION
            assert call.audio_channels == 2
            assert 15_000 <= call.duration_ms <= 40_000
            assert library.recordings.path(call.recording_path).is_file()
            assert call.title and not call.title.startswith("2026-")  # the manifest's title
        for conversation in by_channel[Channel.CHAT] + by_channel[Channel.EMAIL]:
            turns = library.conversations.turns(conversation.id)
            roles = {t.role for t in turns}
            assert SpeakerRole.AGENT in roles
            assert SpeakerRole.UNKNOWN not in roles, conversation.source_name
            agent_names = {t.speaker_name for t in turns if t.role is SpeakerRole.AGENT}
            assert agent_names, conversation.source_name
        # One conversation that only the agent wrote (an order confirmation), all others have a customer.
        with_customer = [
            c for c in by_channel[Channel.CHAT] + by_channel[Channel.EMAIL]
            if any(t.role is SpeakerRole.CUSTOMER for t in library.conversations.turns(c.id))
        ]
        assert len(with_customer) == 9
        # The library remembers the demo's agents for later imports.
        assert "Maria Smith" in library.setting(Setting.AGENT_NAMES)
    finally:
        library.close()
    marker = json.loads((tmp_path / "demo" / MARKER).read_text(encoding="utf-8"))
    assert marker["conversations"] == 16
    assert marker["visits"] == 2
    assert marker["reviews"] == 12


def test_demo_reviews_are_submitted_over_weeks_good_and_bad(demo_library):
    from reviewer.domain import ReviewState

    reviews = [r for r in demo_library.reviews.list() if r.rubric.id != "visit"]
    assert len(reviews) == 10
    assert {r.state for r in reviews} == {ReviewState.SUBMITTED}
    assert {r.reviewer for r in reviews} == {"Līga Ozola"}
    days = sorted(r.submitted_at[:10] for r in reviews)
    assert (datetime.fromisoformat(days[-1]) - datetime.fromisoformat(days[0])).days >= 28
    by_title = {demo_library.conversations.get(r.conversation_id, with_turns=False).title: r for r in reviews}
    good, bad = by_title["Торшер для чтения"].score(), by_title["Царапина на бра"].score()
    assert good.total > 90 and bad.total < 20
    assert by_title["Missing parcel"].score().flagged
    # Failures carry the turn that shows them as evidence, and a comment.
    answer = by_title["Царапина на бра"].answers["no_problem_word"]
    assert answer.value == "no" and answer.comment
    turns = demo_library.conversations.turns(by_title["Царапина на бра"].conversation_id)
    assert "проблема" in turns[answer.evidence[0].turn_index].text
    # Reviewed conversations say so; calls wait for transcription.
    for conversation in demo_library.conversations.list():
        if conversation.source_format == "visit":
            continue  # reviewed with the visit rubric: see test_demo_library_holds_the_expected_conversations
        expected = ConversationStatus.REVIEWED if conversation.title in by_title else ConversationStatus.NEEDS_TRANSCRIPTION
        assert conversation.status == expected, conversation.title


def test_a_review_that_quotes_words_no_turn_has_is_refused(tmp_path):
    source = tmp_path / "recordings"
    shutil.copytree(RECORDINGS, source)
    manifest = (source / MANIFEST).read_text(encoding="utf-8")
    (source / MANIFEST).write_text(manifest.replace('"какая у вас проблема", "«проблема»', '"самовар", "«проблема»'),
                                   encoding="utf-8")
    with pytest.raises(DemoError, match="no turn says 'самовар'"):
        build_demo_library(tmp_path / "demo", source=source)
    assert not (tmp_path / "demo").exists()


def test_search_finds_the_bad_wording_in_the_demo(demo_library):
    from reviewer.storage.conversations import ConversationFilter

    found = demo_library.conversations.list(ConversationFilter(search="проблема"))
    assert [c.employee for c in found] == ["Dmitrijs Kozlovs"]


def test_a_second_run_reuses_the_library(tmp_path):
    target = tmp_path / "demo"
    first = build_demo_library(target)
    ids = [c.id for c in first.conversations.list()]
    first.close()
    marker = (target / MARKER).read_text(encoding="utf-8")
    db_mtime = (target / "library.db").stat().st_mtime_ns

    second = build_demo_library(target)
    try:
        assert [c.id for c in second.conversations.list()] == ids
    finally:
        second.close()
    assert (target / MARKER).read_text(encoding="utf-8") == marker
    assert (target / "library.db").stat().st_mtime_ns == db_mtime


def test_refuses_a_folder_that_holds_a_real_library(tmp_path):
    real = Library.open(tmp_path / "mine")
    real.close()
    before = sorted(p.name for p in (tmp_path / "mine").iterdir())
    with pytest.raises(DemoError, match="not empty"):
        build_demo_library(tmp_path / "mine")
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == before


def test_a_failed_build_leaves_nothing_behind(tmp_path):
    source = tmp_path / "recordings"
    shutil.copytree(RECORDINGS, source)
    # One call replaced by a damaged file: an Ogg page header and nothing else.
    broken = source / "calls" / "2026-10-08-dmitrijs-kozlovs-ru-late-delivery.ogg"
    broken.write_bytes(b"OggS" + b"\x00" * 60)
    with pytest.raises(DemoError) as raised:
        build_demo_library(tmp_path / "demo", source=source)
    assert "2026-10-08-dmitrijs-kozlovs-ru-late-delivery.ogg" in str(raised.value)
    assert not (tmp_path / "demo").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["recordings"]  # no half-built folder either


def test_manifest_problems_name_the_file(tmp_path):
    source = tmp_path / "recordings"
    source.mkdir()
    (source / MANIFEST).write_text('[[conversation]]\nfile = "calls/missing.ogg"\nemployee = "X"\n', encoding="utf-8")
    with pytest.raises(DemoError, match="missing.ogg does not exist"):
        load_manifest(source)
    (source / MANIFEST).write_text("[[conversation]\n", encoding="utf-8")
    with pytest.raises(DemoError, match="not a valid manifest"):
        load_manifest(source)


def test_demo_command_builds_without_opening_a_window(tmp_path, capsys):
    target = tmp_path / "demo"
    assert main(["demo", "--library", str(target), "--no-open"]) == 0
    out = capsys.readouterr().out
    assert "Built the demo library" in out and "6 calls, 6 chats, 4 emails, 2 mystery-shopper visits" in out
    assert (target / MARKER).is_file()
    # The global --library works too, and a second run says it reused the library.
    assert main(["--library", str(target), "demo", "--no-open"]) == 0
    assert "Demo library in" in capsys.readouterr().out


def test_demo_command_reports_a_bad_folder(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["demo", "--library", str(tmp_path), "--no-open"])
    assert exited.value.code == 2
    assert "not empty" in capsys.readouterr().err


def test_bare_reviewer_opens_the_app():
    from reviewer.cli import build_parser
    from reviewer.cli.app_cmd import open_app

    args = build_parser().parse_args([])
    assert args.default_func is open_app

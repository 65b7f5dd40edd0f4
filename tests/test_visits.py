"""Mystery-shopper visits and test calls: the domain rules, photo and audio attachments stored
under their hash in a real library, recordings made on the device and recovered after a crash."""

from __future__ import annotations

import math
import os
import sqlite3
import struct
import time
import wave
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from reviewer.domain import Channel, ConversationStatus, SpeakerRole, Turn
from reviewer.domain.visit import (
    Attachment,
    AttachmentError,
    AttachmentKind,
    Persona,
    Visit,
    VisitError,
    is_late,
    photo_mismatch,
)
from reviewer.storage import Library
from reviewer.visits.media import identify, repair_wav_header

# Helpers: real photos with EXIF and real WAV files ------------------------------------------


def make_photo(path: Path, taken: str | None = None, *, only_datetime: bool = False, offset: str | None = None,
               fmt: str = "JPEG", size=(320, 240), seed: int = 0) -> Path:
    """A photo of noise (so that JPEG data is spread over the whole file) with an EXIF time
    ("2026:11:24 14:20:05"): DateTimeOriginal, or only IFD0's DateTime."""
    image = Image.effect_noise(size, 60 + seed).convert("RGB")
    exif = image.getexif()
    if taken and only_datetime:
        exif[306] = taken
    elif taken:
        exif.get_ifd(0x8769)[36867] = taken
        if offset:
            exif.get_ifd(0x8769)[36881] = offset
    image.save(path, fmt, exif=exif)
    return path


def make_wav(path: Path, seconds: float, rate: int = 16000, channels: int = 1, freq: float = 440.0) -> Path:
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as f:
        f.setnchannels(channels)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(_tone(frames, rate, channels, freq))
    return path


def _tone(frames: int, rate: int, channels: int = 1, freq: float = 440.0) -> bytes:
    samples = (int(8000 * math.sin(2 * math.pi * freq * i / rate)) for i in range(frames))
    return b"".join(struct.pack("<h", s) * channels for s in samples)


def a_visit(**changes) -> Visit:
    fields = dict(
        channel=Channel.VISIT,
        visited_at="2026-11-24T14:05",
        branch="Rīga, Centrs",
        address="Brīvības iela 1",
        employee="Anna Ivanova",
        scenario="Lamp for a child's room; then claims it is cheaper online",
        persona=Persona.SUSPICIOUS,
        wait_ms=45_000,
        length_ms=12 * 60_000,
        notes="Busy Saturday.",
        shopper="Olga Petrova",
    )
    fields.update(changes)
    return Visit(**fields)


def store_files(library: Library) -> list[Path]:
    return sorted(p for folder in ("photos", "recordings") for p in (library.root / folder).rglob("*") if p.is_file())


# Domain ---------------------------------------------------------------------------------


def test_late_means_more_than_twelve_hours_after_the_visit():
    visited = "2026-11-24T14:05+02:00"
    assert not is_late(visited, "2026-11-25T00:05:00+00:00")  # exactly 12 h
    assert is_late(visited, "2026-11-25T00:05:01+00:00")
    assert not is_late(visited, "2026-11-24T12:30:00+00:00")
    # A visit time without a zone is this computer's local time.
    local = datetime(2026, 11, 24, 14, 5).astimezone()
    in_utc = (local + timedelta(hours=13)).astimezone(timezone.utc).isoformat()
    assert is_late("2026-11-24T14:05", in_utc)
    assert not is_late("2026-11-24T14:05", (local + timedelta(hours=11)).astimezone(timezone.utc).isoformat())


def test_photo_mismatch_allows_half_an_hour_around_the_visit():
    visit = a_visit(visited_at="2026-11-24T14:05", length_ms=20 * 60_000)  # 14:05-14:25

    def photo(taken):
        return Attachment(AttachmentKind.PHOTO, "p.jpg", "0" * 64, "photos/p.jpg", taken)

    assert not photo_mismatch(visit, photo("2026-11-24T13:36:00"))  # 29 min before
    assert photo_mismatch(visit, photo("2026-11-24T13:34:00"))  # 31 min before
    assert not photo_mismatch(visit, photo("2026-11-24T14:54:00"))  # 29 min after the end
    assert photo_mismatch(visit, photo("2026-11-24T14:56:00"))
    assert photo_mismatch(visit, photo("2026-11-23T14:10:00"))  # the day before
    assert not photo_mismatch(visit, photo(None))  # no EXIF time: nothing to flag
    audio = Attachment(AttachmentKind.AUDIO, "a.wav", "0" * 64, "recordings/a.wav", "2020-01-01T00:00:00")
    assert not photo_mismatch(visit, audio)
    # Zones on both sides are compared as instants: 12:10 UTC is 14:10 in Riga.
    zoned = a_visit(visited_at="2026-11-24T14:05+02:00", length_ms=600_000)
    assert not photo_mismatch(zoned, photo("2026-11-24T12:10:00+00:00"))
    assert photo_mismatch(zoned, photo("2026-11-24T14:10:00+00:00"))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"visited_at": "24/11/2026"}, "visited_at: '24/11/2026' is not a date and time"),
        ({"visited_at": "2026-11-24"}, "visited_at: '2026-11-24' has no time of day"),
        ({"wait_ms": -5}, "wait_ms: -5 is negative"),
        ({"length_ms": 1.5}, "length_ms: 1.5 is not a whole number"),
        ({"persona": "angry"}, "persona: 'angry' is not one of unaware, expert, rude, suspicious, custom"),
        ({"persona": Persona.CUSTOM}, "persona_custom: describe the custom persona"),
        ({"channel": Channel.CHAT}, "channel: a visit is visit or call"),
    ],
)
def test_a_visit_names_the_wrong_field(library, changes, message):
    with pytest.raises(VisitError, match=message.replace("(", r"\(").replace(")", r"\)")):
        library.visits.create(a_visit(**changes))
    assert library.conversations.count() == 0


# Storing visits ----------------------------------------------------------------------------


def test_a_visit_is_a_conversation_with_its_facts(library):
    cid = library.visits.create(a_visit())
    conversation = library.conversations.get(cid)
    assert conversation.channel == Channel.VISIT
    assert conversation.employee == "Anna Ivanova"
    assert conversation.started_at == "2026-11-24T14:05"
    assert conversation.duration_ms == 12 * 60_000
    assert conversation.title == "Visit: Rīga, Centrs"
    assert conversation.status == ConversationStatus.NEW
    assert conversation.source_format == "visit"

    visit = library.visits.get(cid)
    assert visit == a_visit(conversation_id=cid)
    assert library.visits.get(9999) is None

    call = library.visits.create(a_visit(channel=Channel.CALL, branch="", address="", employee=None,
                                         employee_description="young man, said his name was Max",
                                         persona=Persona.CUSTOM, persona_custom="in a hurry"))
    assert library.conversations.get(call).title == "Test call"
    from reviewer.storage.conversations import ConversationFilter

    assert [c.id for c in library.conversations.list(ConversationFilter(channel=Channel.CALL))] == [call]
    got = library.visits.get(call)
    assert got.employee is None and got.employee_description == "young man, said his name was Max"
    assert got.persona_text() == "in a hurry"


def test_the_visit_time_is_stored_in_one_form(library):
    cid = library.visits.create(a_visit(visited_at=" 2026-11-24 14:05:30Z "))
    assert library.visits.get(cid).visited_at == "2026-11-24T14:05:30+00:00"
    assert library.conversations.get(cid).started_at == "2026-11-24T14:05:30+00:00"
    library.visits.update(cid, a_visit(visited_at="2026-11-24 09:00"))
    assert library.conversations.get(cid).started_at == "2026-11-24T09:00"


def test_update_changes_the_visit_and_its_conversation(library):
    cid = library.visits.create(a_visit())
    changed = a_visit(channel=Channel.CALL, visited_at="2026-11-25T10:00", branch="Jelgava", employee="Jānis Bērziņš",
                      persona=Persona.RUDE, wait_ms=None, length_ms=300_000, notes="")
    library.visits.update(cid, changed)
    assert library.visits.get(cid) == a_visit(
        channel=Channel.CALL, visited_at="2026-11-25T10:00", branch="Jelgava", employee="Jānis Bērziņš",
        persona=Persona.RUDE, wait_ms=None, length_ms=300_000, notes="", conversation_id=cid)
    conversation = library.conversations.get(cid)
    assert (conversation.channel, conversation.employee, conversation.started_at, conversation.duration_ms,
            conversation.title) == (Channel.CALL, "Jānis Bērziņš", "2026-11-25T10:00", 300_000, "Test call: Jelgava")
    with pytest.raises(VisitError, match="no visit 999"):
        library.visits.update(999, changed)


def test_late_uses_the_first_submission_of_the_visit_review(library):
    from reviewer.rubrics import load_catalog

    rubric = load_catalog().get("visit")
    visited = datetime(2026, 11, 24, 14, 5).astimezone()
    cid = library.visits.create(a_visit(visited_at=visited.isoformat(timespec="minutes")))
    answers = [(c.id, c.scale.top, "", []) for c in rubric.criteria()]
    review = library.reviews.create(cid, rubric, "Olga Petrova", at=visited)
    library.reviews.set_answers(review.id, answers, at=visited)
    assert not library.visits.late(cid)  # nothing submitted yet
    library.reviews.submit(review.id, at=visited + timedelta(hours=3))
    library.reviews.reopen(review.id, at=visited + timedelta(days=2))
    library.reviews.submit(review.id, at=visited + timedelta(days=2, hours=1))
    assert not library.visits.late(cid)  # submitted on time first; a later resubmission does not count
    assert library.visits.first_submitted_at(cid).startswith(
        (visited + timedelta(hours=3)).astimezone(timezone.utc).isoformat()[:16])

    other = library.visits.create(a_visit(visited_at=visited.isoformat(timespec="minutes")))
    review = library.reviews.create(other, rubric, "Olga Petrova", at=visited)
    library.reviews.set_answers(review.id, answers, at=visited)
    library.reviews.submit(review.id, at=visited + timedelta(hours=12, minutes=1))
    assert library.visits.late(other)


def test_every_no_on_the_visit_rubric_needs_a_comment(library):
    from reviewer.domain import ReviewError
    from reviewer.rubrics import load_catalog

    rubric = load_catalog().get("visit")
    cid = library.visits.create(a_visit())
    review = library.reviews.create(cid, rubric, "Olga Petrova")
    answers = [(c.id, c.scale.top, "", []) for c in rubric.criteria()]
    library.reviews.set_answers(review.id, answers)
    library.reviews.set_answer(review.id, "no_must", "no")
    with pytest.raises(ReviewError, match=r'every "no" answer needs a comment saying why \(no_must\)'):
        library.reviews.submit(review.id)
    library.reviews.set_answer(review.id, "no_must", comment="Said «вы должны» twice")
    assert library.reviews.submit(review.id).state == "submitted"


# Attachments -------------------------------------------------------------------------------


def test_photos_are_stored_under_their_hash_with_the_exif_time(library, tmp_path):
    cid = library.visits.create(a_visit())
    receipt = make_photo(tmp_path / "receipt.jpg", "2026:11:24 14:20:05")
    front = make_photo(tmp_path / "shop front.png", "2026:11:24 09:00:00", only_datetime=True, fmt="PNG")
    first = library.visits.add_attachment(cid, receipt)
    assert first.kind is AttachmentKind.PHOTO and first.name == "receipt.jpg"
    assert first.taken_at == "2026-11-24T14:20:05"
    assert first.path == f"photos/{first.sha256[:2]}/{first.sha256}.jpg"
    assert (library.root / first.path).read_bytes() == receipt.read_bytes()
    import hashlib

    assert first.sha256 == hashlib.sha256(receipt.read_bytes()).hexdigest()
    second = library.visits.add_attachment(cid, front)
    assert second.taken_at == "2026-11-24T09:00:00" and second.path.endswith(".png")
    # The same file again is the same attachment, stored once.
    assert library.visits.add_attachment(cid, receipt) == first
    visit = library.visits.get(cid)
    assert visit.attachments == [first, second]
    assert [photo_mismatch(visit, a) for a in visit.attachments] == [False, True]
    # Moving the source away breaks nothing.
    receipt.unlink()
    assert (library.root / first.path).is_file()


def test_photo_content_decides_not_the_extension(tmp_path):
    renamed = make_photo(tmp_path / "IMG_0042.dat", "2026:11:24 14:20:05", offset="+02:00")
    media = identify(renamed)
    assert media.kind is AttachmentKind.PHOTO and media.suffix == ".jpg"
    assert media.taken_at == "2026-11-24T14:20:05+02:00"
    assert identify(make_photo(tmp_path / "plain.jpg")).taken_at is None  # no EXIF: no time


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d.joinpath("notes.jpg").write_text("not a photo at all") and d / "notes.jpg",
         "not a photo (JPEG, PNG, WebP, TIFF, GIF, BMP) or an audio recording"),
        (lambda d: d.joinpath("empty.jpg").write_bytes(b"") or d / "empty.jpg", "the file is empty"),
        (lambda d: d / "missing.jpg", "no such file"),
    ],
)
def test_files_that_are_neither_photo_nor_audio_are_refused(library, tmp_path, make, message):
    cid = library.visits.create(a_visit())
    path = make(tmp_path)
    with pytest.raises(AttachmentError) as info:
        library.visits.add_attachment(cid, path)
    assert str(info.value).startswith(str(path)) and message in str(info.value)
    assert library.visits.get(cid).attachments == []
    assert store_files(library) == []


def test_a_corrupt_jpeg_is_refused_and_leaves_nothing(library, tmp_path):
    cid = library.visits.create(a_visit())
    whole = make_photo(tmp_path / "whole.jpg", "2026:11:24 14:20:05", size=(640, 480))
    cut = tmp_path / "receipt.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(AttachmentError, match=rf"^{cut}: corrupt or truncated photo \(.*truncated"):
        library.visits.add_attachment(cid, cut)
    garbage = tmp_path / "garbage.jpg"
    garbage.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(2000))
    with pytest.raises(AttachmentError, match=rf"^{garbage}: corrupt"):
        library.visits.add_attachment(cid, garbage)
    assert library.visits.get(cid).attachments == [] and store_files(library) == []


def test_the_first_audio_becomes_the_recording_waiting_for_transcription(library, tmp_path):
    cid = library.visits.create(a_visit())
    first = library.visits.add_attachment(cid, make_wav(tmp_path / "visit.wav", 2.0, channels=2))
    assert first.kind is AttachmentKind.AUDIO and first.path.startswith("recordings/")
    conversation = library.conversations.get(cid)
    assert conversation.status == ConversationStatus.NEEDS_TRANSCRIPTION
    assert library.recordings.path(conversation.recording_path) == library.root / first.path
    assert (conversation.audio_channels, conversation.sample_rate, conversation.duration_ms) == (2, 16000, 2000)
    assert conversation.metadata == {"codec": "pcm_s16le", "container": "wav"}
    # The transcription service finds it like an imported call.
    from reviewer.transcription.jobs import TranscriptionService

    service = TranscriptionService(library)
    try:
        assert service.pending_conversations() == [cid]
    finally:
        service.close()
    # A second audio is kept, but the recording stays the first.
    second = library.visits.add_attachment(cid, make_wav(tmp_path / "more.wav", 1.0, freq=660))
    assert library.conversations.get(cid).recording_path == conversation.recording_path
    assert [a.id for a in library.visits.get(cid).audio()] == [first.id, second.id]


def test_a_truncated_recording_is_refused_with_the_reason(library, tmp_path):
    cid = library.visits.create(a_visit())
    whole = make_wav(tmp_path / "whole.wav", 3.0)
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole.read_bytes()[:30_000])
    with pytest.raises(AttachmentError, match=rf"^{cut}: truncated audio: decodes 0.9 s of the 3.0 s its WAV header declares"):
        library.visits.add_attachment(cid, cut)
    assert library.conversations.get(cid).recording_path is None and store_files(library) == []


def test_a_row_that_cannot_be_stored_leaves_no_file(library, tmp_path):
    cid = library.visits.create(a_visit())
    library.conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON attachments BEGIN SELECT RAISE(ABORT, 'disk is full'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk is full"):
        library.visits.add_attachment(cid, make_photo(tmp_path / "p.jpg"))
    with pytest.raises(sqlite3.IntegrityError):
        library.visits.add_attachment(cid, make_wav(tmp_path / "a.wav", 1.0))
    assert store_files(library) == []
    assert library.conversations.get(cid).recording_path is None


def test_a_rolled_back_batch_leaves_no_file(library, tmp_path):
    photo = make_photo(tmp_path / "p.jpg")
    with pytest.raises(RuntimeError):
        with library.transaction():
            cid = library.visits.create(a_visit())
            added = [library.visits.add_attachment(cid, photo)]
            raise RuntimeError("the review in the same batch was refused")
    library.visits.remove_unused_files(added)
    assert store_files(library) == [] and library.conversations.count() == 0


def test_removing_attachments(library, tmp_path):
    shared = make_photo(tmp_path / "receipt.jpg", "2026:11:24 14:20:05")
    one = library.visits.create(a_visit())
    two = library.visits.create(a_visit(branch="Jelgava"))
    a1 = library.visits.add_attachment(one, shared)
    a2 = library.visits.add_attachment(two, shared)
    assert a1.path == a2.path
    library.visits.remove_attachment(a1.id)
    assert (library.root / a2.path).is_file()  # still used by the other visit
    library.visits.remove_attachment(a2.id)
    assert not (library.root / a2.path).exists()
    with pytest.raises(VisitError, match="no attachment"):
        library.visits.remove_attachment(a2.id)

    # The recording, before transcription: the next audio takes its place.
    first = library.visits.add_attachment(one, make_wav(tmp_path / "first.wav", 1.0))
    second = library.visits.add_attachment(one, make_wav(tmp_path / "second.wav", 2.0, freq=660))
    library.visits.remove_attachment(first.id)
    conversation = library.conversations.get(one)
    assert library.root / "recordings" / conversation.recording_path == library.root / second.path
    assert conversation.duration_ms == 2000 and conversation.status == ConversationStatus.NEEDS_TRANSCRIPTION
    # Once transcribed, the recording stays: the turns and the review point into it.
    library.conversations.append_turns(one, [Turn("Labdien!", SpeakerRole.AGENT, start_ms=0, end_ms=900)])
    with pytest.raises(VisitError, match="second.wav is the visit's transcribed recording"):
        library.visits.remove_attachment(second.id)
    assert (library.root / second.path).is_file()
    assert [a.id for a in library.visits.get(one).attachments] == [second.id]
    # The last audio gone before transcription: no recording, back to the visit's own length.
    three = library.visits.create(a_visit())
    only = library.visits.add_attachment(three, make_wav(tmp_path / "only.wav", 1.0, freq=550))
    library.visits.remove_attachment(only.id)
    conversation = library.conversations.get(three)
    assert (conversation.recording_path, conversation.duration_ms, conversation.status) == (
        None, 12 * 60_000, ConversationStatus.NEW)


def test_only_visits_take_attachments(library, tmp_path):
    from reviewer.domain import Conversation

    chat = library.conversations.add(Conversation(Channel.CHAT, "chat.txt", [Turn("hi")], source_sha256="c0"))
    with pytest.raises(VisitError, match=f"no visit {chat}"):
        library.visits.add_attachment(chat, make_photo(tmp_path / "p.jpg"))


# Recording on the device ---------------------------------------------------------------------


def test_a_finished_recording_is_stored_and_the_file_in_progress_removed(library):
    cid = library.visits.create(a_visit())
    path = library.visits.new_recording_path(cid)
    assert path.parent == library.root / "in-progress" and path.suffix == ".wav"
    make_wav(path, 1.5)
    attachment = library.visits.finish_recording(cid, path)
    assert not path.exists()
    assert attachment.kind is AttachmentKind.AUDIO and attachment.name.startswith("Recording 20")
    conversation = library.conversations.get(cid)
    assert conversation.duration_ms == 1500 and conversation.status == ConversationStatus.NEEDS_TRANSCRIPTION
    assert library.root / "recordings" / conversation.recording_path == library.root / attachment.path
    # A recording stopped before any sound is discarded with a clear message.
    empty = library.visits.new_recording_path(cid)
    make_wav(empty, 0)
    with pytest.raises(AttachmentError, match="nothing was recorded"):
        library.visits.finish_recording(cid, empty)
    assert not empty.exists()


def _crashed_wav(path: Path, header_seconds: float, data_seconds: float, rate: int = 16000) -> Path:
    """What a recorder killed mid-write leaves: the header promises header_seconds of audio,
    the file holds data_seconds (and half a frame)."""
    make_wav(path, header_seconds, rate)
    with open(path, "ab") as f:
        f.write(_tone(int((data_seconds - header_seconds) * rate), rate)[: None] + b"\x01")
    old = time.time() - 60
    os.utime(path, (old, old))
    return path


def test_recordings_left_by_a_crash_are_recovered(library):
    one = library.visits.create(a_visit())
    two = library.visits.create(a_visit(branch="Jelgava"))
    crashed = _crashed_wav(library.visits.new_recording_path(one), 1.0, 2.5)
    # A header never updated (data size 0), as some writers leave it until they close.
    unset = library.visits.new_recording_path(two)
    make_wav(unset, 2.0)
    with open(unset, "r+b") as f:
        f.seek(40)
        f.write(struct.pack("<I", 0))
    old = time.time() - 60
    os.utime(unset, (old, old))
    # One being written right now is not touched.
    busy_visit = library.visits.create(a_visit(branch="Ogre"))
    busy = library.visits.new_recording_path(busy_visit)
    make_wav(busy, 1.0)

    assert sorted(library.visits.recover_recordings()) == [one, two]
    assert not crashed.exists() and not unset.exists() and busy.exists()
    assert library.conversations.get(one).duration_ms == 2500
    assert library.conversations.get(two).duration_ms == 2000
    assert library.conversations.get(busy_visit).recording_path is None
    assert library.visits.recover_recordings() == []  # nothing left to do


def test_unusable_crash_leftovers_are_kept_aside(library):
    cid = library.visits.create(a_visit())
    path = library.visits.new_recording_path(cid)
    path.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk" + os.urandom(100))
    os.utime(path, (time.time() - 60, time.time() - 60))
    assert library.visits.recover_recordings() == []
    assert not path.exists() and path.with_name(path.name + ".unreadable").exists()
    assert library.visits.recover_recordings() == []


def test_repairing_a_wav_header(tmp_path):
    path = _crashed_wav(tmp_path / "r.wav", 0.5, 1.25)
    assert repair_wav_header(path)
    with wave.open(str(path)) as f:
        assert f.getnframes() == int(1.25 * 16000)
    assert not repair_wav_header(path)  # already right
    text = tmp_path / "t.txt"
    text.write_text("hello")
    assert not repair_wav_header(text)


@pytest.mark.slow
def test_a_visit_recording_is_transcribed_like_any_call(library, transcription_worker, testdata):
    from reviewer.transcription.jobs import TranscriptionService

    cid = library.visits.create(a_visit(channel=Channel.CALL, branch="Support line"))
    library.visits.add_attachment(cid, testdata("audio", "faster-whisper", "jfk.flac"))
    service = TranscriptionService(library, transcription_worker)
    (outcome,) = service.run_queued(job_ids=[service.enqueue(cid, language="en")])
    assert outcome.state == "done", outcome
    text = " ".join(t.text for t in library.conversations.turns(cid)).lower()
    assert "ask not what your country can do for you" in text
    assert library.conversations.get(cid).status == ConversationStatus.TRANSCRIBED

"""Bundles between real libraries: round trips, idempotent merges, ownership of reviews, newer
copies, parts, and every kind of hostile or damaged bundle refused whole."""

from __future__ import annotations

import json
import stat
import sys
import types
import zipfile
from pathlib import Path

import pytest

from reviewer.importing import Outcome, import_paths
from reviewer.team import parts
from reviewer.team.bundle_export import write_bundle
from reviewer.team.bundle_format import DATA, MANIFEST, BundleError, checksum
from reviewer.team.bundle_import import import_bundle

from team_helpers import GOOD, POOR, add_chat, open_library, submit

TABLES = ("conversations", "turns", "turn_edits", "reviews", "answers", "evidence", "review_history",
          "rubric_snapshots", "assignments", "calibration_sessions", "bundle_imports")


def counts(library) -> dict[str, int]:
    return {t: library.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture
def olga(tmp_path):
    lib = open_library(tmp_path / "olga", "Olga")
    yield lib
    lib.close()


@pytest.fixture
def lead(tmp_path):
    lib = open_library(tmp_path / "lead", "Lead")
    yield lib
    lib.close()


def olga_work(olga) -> list[int]:
    ids = [add_chat(olga, f"chat-{i}", employee="Anna" if i % 2 else "Pēteris") for i in range(3)]
    olga.conversations.edit_turn(ids[0], 1, text="Man nepienāca pasūtījums #42.", by="Olga")
    for cid in ids:
        submit(olga, cid, "Olga", GOOD if cid != ids[1] else POOR, comment="ok")
    return ids


def test_round_trip_carries_conversations_corrections_reviews_and_rubrics(olga, lead, tmp_path):
    ids = olga_work(olga)
    summary = write_bundle(olga, tmp_path / "olga.rvbundle", ids)
    assert (summary.conversations, summary.reviews) == (3, 3)

    result = import_bundle(lead, tmp_path / "olga.rvbundle")
    assert (result.conversations_added, result.reviews_added, result.made_by) == (3, 3, "Olga")
    lead_reviews = lead.reviews.list()
    assert sorted(r.uid for r in lead_reviews) == sorted(r.uid for r in olga.reviews.list())
    mine = {r.uid: r for r in olga.reviews.list()}
    for review in lead_reviews:
        theirs = mine[review.uid]
        assert review.reviewer == "Olga" and review.values() == theirs.values()
        assert review.score().total == theirs.score().total and review.employee == theirs.employee
        assert review.answers["greets"].evidence == theirs.answers["greets"].evidence
        assert [h.action for h in lead.reviews.history(review.id)] == [h.action for h in olga.reviews.history(theirs.id)]
    edited = lead.conversations.get(result.conversation_ids[0])
    assert edited.turns[1].text == "Man nepienāca pasūtījums #42." and edited.turns[1].original_text
    assert lead.conversations.list()[0].status.value == "reviewed"
    # The conversation's search index knows the imported turns.
    from reviewer.storage.conversations import ConversationFilter
    assert lead.conversations.count(ConversationFilter(search="pārbaudīšu")) == 3


def test_importing_the_same_bundle_twice_changes_nothing(olga, lead, tmp_path):
    write_bundle(olga, tmp_path / "b.rvbundle", olga_work(olga))
    import_bundle(lead, tmp_path / "b.rvbundle")
    before = counts(lead)
    again = import_bundle(lead, tmp_path / "b.rvbundle")
    assert not again.changed and again.reviews_unchanged == 3 and again.conversations_matched == 3
    assert counts(lead) == before


def test_import_command_and_service_take_a_bundle_among_other_files(olga, lead, tmp_path):
    write_bundle(olga, tmp_path / "from-olga.zip", olga_work(olga))  # recognised by content
    (tmp_path / "chat.txt").write_text("Anna: Labdien!\nJānis: Sveiki\n", encoding="utf-8")
    results = list(import_paths(lead, [tmp_path / "from-olga.zip", tmp_path / "chat.txt"]))
    assert [r.outcome for r in results] == [Outcome.IMPORTED, Outcome.IMPORTED]
    assert results[0].format == "bundle" and "3 reviews added" in results[0].message
    again = list(import_paths(lead, [tmp_path / "from-olga.zip"]))
    assert again[0].outcome is Outcome.DUPLICATE


def test_a_colleagues_bundle_never_overwrites_your_review_but_a_newer_copy_of_theirs_replaces(
    olga, lead, tmp_path
):
    ids = olga_work(olga)
    write_bundle(olga, tmp_path / "1.rvbundle", ids)
    import_bundle(lead, tmp_path / "1.rvbundle")
    # The lead reviews one of them; the bundle the lead sends back carries it to Olga.
    lead_cid = lead.conversations.ids_with_sha256(olga.conversations.get(ids[2]).source_sha256)[0]
    submit(lead, lead_cid, "Lead", POOR, comment="too slow")
    write_bundle(lead, tmp_path / "back.rvbundle", [lead_cid])
    back = import_bundle(olga, tmp_path / "back.rvbundle")
    assert back.reviews_added == 1 and back.reviews_kept_yours == 1

    # Olga reopens her review of chat-1, changes an answer and resubmits.
    review = next(r for r in olga.reviews.list() if r.conversation_id == ids[1])
    olga.reviews.reopen(review.id, at="2030-01-01T10:00:00+00:00")
    olga.reviews.set_answer(review.id, "solves", 4, at="2030-01-01T10:01:00+00:00")
    olga.reviews.submit(review.id, at="2030-01-01T10:02:00+00:00")
    write_bundle(olga, tmp_path / "2.rvbundle", ids)
    second = import_bundle(lead, tmp_path / "2.rvbundle")
    assert second.reviews_replaced == 1 and second.reviews_unchanged == 2
    replaced = next(r for r in lead.reviews.list() if r.uid == review.uid)
    assert replaced.answers["solves"].value == 4
    actions = [h.action.value for h in lead.reviews.history(replaced.id)]
    assert actions == ["submit", "reopen", "answer", "submit"]  # both submissions in its history

    # An older copy never replaces a newer one: the first bundle again changes nothing.
    assert not import_bundle(lead, tmp_path / "1.rvbundle").changed
    assert next(r for r in lead.reviews.list() if r.uid == review.uid).answers["solves"].value == 4


def test_reviews_only_bundle_matches_conversations_by_sha256(olga, lead, tmp_path):
    ids = olga_work(olga)
    write_bundle(olga, tmp_path / "full.rvbundle", ids[:2])
    import_bundle(lead, tmp_path / "full.rvbundle")
    write_bundle(olga, tmp_path / "light.rvbundle", ids, reviews_only=True)
    with zipfile.ZipFile(tmp_path / "light.rvbundle") as z:
        data = json.loads(z.read(DATA))
    assert all(c["turns"] is None for c in data["conversations"])
    result = import_bundle(lead, tmp_path / "light.rvbundle")
    assert result.reviews_added == 0 and result.reviews_unchanged == 2 and result.reviews_without_conversation == 1
    assert "--reviews-only" in result.notes[0]


def test_recordings_travel_and_are_checked(olga, lead, tmp_path, testdata):
    clip = testdata("audio", "faster-whisper", "jfk.flac")
    result = list(import_paths(olga, [clip]))[0]
    assert result.outcome is Outcome.IMPORTED
    cid = result.conversation_ids[0]
    summary = write_bundle(olga, tmp_path / "rec.rvbundle", [cid], with_recordings=True)
    assert summary.recordings == 1
    imported = import_bundle(lead, tmp_path / "rec.rvbundle")
    assert imported.recordings_added == 1
    conversation = lead.conversations.get(imported.conversation_ids[0])
    assert lead.recordings.path(conversation.recording_path).read_bytes() == clip.read_bytes()


# Hostile and damaged bundles ----------------------------------------------------------------


def rebuild(source: Path, target: Path, change) -> Path:
    """Copy a bundle, letting ``change(members, manifest)`` alter it, re-signing the manifest
    (a forger can always recompute the checksum) unless change returns False."""
    with zipfile.ZipFile(source) as z:
        members = {n: z.read(n) for n in z.namelist() if n != MANIFEST}
        manifest = json.loads(z.read(MANIFEST))
    resign = change(members, manifest) is not False
    if resign:
        import hashlib
        manifest["members"] = {n: {"size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
                               for n, b in members.items() if isinstance(b, bytes)}
        manifest["checksum"] = checksum(manifest)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, json.dumps(manifest))
        for name, content in members.items():
            if isinstance(content, zipfile.ZipInfo):
                z.writestr(content, b"target")
            else:
                z.writestr(name, content)
    return target


@pytest.fixture
def bundle(olga, tmp_path):
    olga_work(olga)
    return write_bundle(olga, tmp_path / "good.rvbundle", [c.id for c in olga.conversations.list()]).path


def refused(lead, path, expected: str):
    before = counts(lead)
    with pytest.raises(BundleError) as info:
        import_bundle(lead, path)
    assert expected in str(info.value)
    assert counts(lead) == before  # nothing half-imported
    results = list(import_paths(lead, [path]))  # the import command says it in one line
    assert results[0].outcome is Outcome.FAILED and expected in results[0].message
    return str(info.value)


def test_path_traversal_is_refused(lead, bundle, tmp_path):
    for name in ("../evil.json", "/etc/passwd", "recordings/../../x", "C:/x.json", "parts\\x.json"):
        def change(m, _, name=name):
            m[name] = b"{}"
        refused(lead, rebuild(bundle, tmp_path / "t.rvbundle", change), "leaves the bundle")


def test_links_are_refused(lead, bundle, tmp_path):
    def change(members, _):
        info = zipfile.ZipInfo("parts/link.json")
        info.create_system = 3
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        members["parts/link.json"] = info
    refused(lead, rebuild(bundle, tmp_path / "l.rvbundle", change), "is a link")


def test_a_member_larger_than_declared_is_refused(lead, bundle, tmp_path):
    with zipfile.ZipFile(bundle) as z:
        manifest = json.loads(z.read(MANIFEST))
        data = z.read(DATA)
    big = data + b" " * (30 * 1024 * 1024)  # 30 MB of spaces: a 1000-fold expansion

    def write(target, manifest):
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, json.dumps(manifest))
            z.writestr(DATA, big)
        return target

    # A zip bomb: the member expands far beyond any sane ratio.
    refused(lead, write(tmp_path / "bomb.rvbundle", manifest), "expands")
    # The manifest declares the small size while the member is large.
    import hashlib
    small = dict(manifest, members={DATA: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}})
    small["checksum"] = checksum(small)
    with zipfile.ZipFile(tmp_path / "big.rvbundle", "w", zipfile.ZIP_STORED) as z:
        z.writestr(MANIFEST, json.dumps(small))
        z.writestr(DATA, data + b" " * 1000)
    refused(lead, tmp_path / "big.rvbundle", "the manifest says")
    # And a zip whose own header lies (declares the small size): reading stops at the declared
    # size, never more, and the member is refused as damaged.
    raw = bytearray(write(tmp_path / "lying.rvbundle", small).read_bytes())
    central = raw.rfind(b"PK\x01\x02", 0, raw.rfind(b"PK\x05\x06"))
    offset = raw.find(DATA.encode(), central) - 46
    raw[offset + 24 : offset + 28] = len(data).to_bytes(4, "little")
    (tmp_path / "lying.rvbundle").write_bytes(bytes(raw))
    refused(lead, tmp_path / "lying.rvbundle", "is damaged")


def test_damaged_and_truncated_bundles_are_refused(lead, bundle, tmp_path):
    raw = bundle.read_bytes()
    (tmp_path / "cut.rvbundle").write_bytes(raw[: len(raw) // 2])
    refused(lead, tmp_path / "cut.rvbundle", "damaged or truncated")
    def drop_data(members, manifest):
        members.pop(DATA)
        return False  # the manifest still lists it
    refused(lead, rebuild(bundle, tmp_path / "nodata.rvbundle", drop_data), "missing")
    def tamper(members, manifest):
        members[DATA] = members[DATA].replace(b"Olga", b"Olgb")
        return False
    refused(lead, rebuild(bundle, tmp_path / "tampered.rvbundle", tamper), "does not match its SHA-256")
    def bad_checksum(members, manifest):
        manifest["made_by"] = "Someone else"
        return False
    refused(lead, rebuild(bundle, tmp_path / "forged.rvbundle", bad_checksum), "checksum does not match")


def test_a_review_claiming_another_reviewers_id_is_refused(olga, lead, bundle, tmp_path):
    import_bundle(lead, bundle)
    def claim(members, _):
        data = json.loads(members[DATA])
        data["reviews"][0]["reviewer"] = "Mallory"
        data["reviews"][0]["updated_at"] = "2099-01-01T00:00:00+00:00"
        members[DATA] = json.dumps(data).encode()
    message = refused(lead, rebuild(bundle, tmp_path / "claim.rvbundle", claim), "claims to be by 'Mallory'")
    assert "by 'Olga'" in message


def test_a_recording_not_matching_its_sha256_is_refused(olga, lead, tmp_path, testdata):
    clip = testdata("audio", "faster-whisper", "jfk.flac")
    cid = list(import_paths(olga, [clip]))[0].conversation_ids[0]
    good = write_bundle(olga, tmp_path / "rec.rvbundle", [cid], with_recordings=True).path
    def swap(members, _):
        name = next(n for n in members if n.startswith("recordings/"))
        members[name] = members[name][:-100] + b"\0" * 100
    refused(lead, rebuild(good, tmp_path / "swapped.rvbundle", swap), "does not match its SHA-256")
    assert not any(p.is_file() for p in lead.recordings.root.rglob("*"))  # nothing left in the store


def test_invalid_data_is_refused_with_the_reason(lead, bundle, tmp_path):
    def bad_answer(members, _):
        data = json.loads(members[DATA])
        data["reviews"][0]["answers"]["solves"]["value"] = 9
        members[DATA] = json.dumps(data).encode()
    refused(lead, rebuild(bundle, tmp_path / "a.rvbundle", bad_answer), "review ")
    def bad_rubric(members, _):
        data = json.loads(members[DATA])
        content = json.loads(data["rubrics"][0]["content"])
        content["title"] = {"en": "changed"}
        data["rubrics"][0]["content"] = json.dumps(content)
        members[DATA] = json.dumps(data).encode()
    refused(lead, rebuild(bundle, tmp_path / "r.rvbundle", bad_rubric), "does not match its SHA-256")


# Parts (the contract with reviewer.coaching) ---------------------------------------------------


@pytest.fixture
def fake_part(monkeypatch):
    module = types.ModuleType("fake_team_part")
    merged = []

    def export_part(library, review_uids, employees):
        return {"notes": [{"review": uid, "text": "disputed"} for uid in sorted(review_uids)],
                "employees": sorted(employees)}

    def validate_part(data):
        return [] if isinstance(data.get("notes"), list) else ["notes must be a list"]

    def merge_part(library, conn, data):
        assert conn.in_transaction  # inside the importer's transaction
        assert conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] >= len(data["notes"])
        merged.append(data)
        return {"notes": len(data["notes"])}

    module.export_part, module.validate_part, module.merge_part = export_part, validate_part, merge_part
    module.merged = merged
    monkeypatch.setitem(sys.modules, "fake_team_part", module)
    monkeypatch.setattr(parts, "PARTS", {"fake": "fake_team_part", "missing": "no_such_package.exchange"})
    return module


def test_parts_are_exported_validated_and_merged_in_the_same_transaction(olga, lead, tmp_path, fake_part):
    ids = olga_work(olga)
    summary = write_bundle(olga, tmp_path / "p.rvbundle", ids)
    assert summary.parts == ("fake",)  # the missing module is skipped
    result = import_bundle(lead, tmp_path / "p.rvbundle")
    assert result.parts == {"fake": {"notes": 3}}
    assert fake_part.merged[0]["employees"] == ["Anna", "Pēteris"]

    def bad_part(members, _):
        members["parts/fake.json"] = b'{"notes": "oops"}'
    before = counts(lead)
    with pytest.raises(BundleError, match="part fake: notes must be a list"):
        import_bundle(lead, rebuild(tmp_path / "p.rvbundle", tmp_path / "bad.rvbundle", bad_part))
    assert counts(lead) == before

    def failing_merge(library, conn, data):
        raise RuntimeError("disk full")
    fake_part.merge_part = failing_merge
    fresh = open_library(tmp_path / "fresh", "Fresh")
    with pytest.raises(RuntimeError):
        import_bundle(fresh, tmp_path / "p.rvbundle")
    assert counts(fresh)["reviews"] == 0 and counts(fresh)["conversations"] == 0  # rolled back whole
    fresh.close()


def test_a_file_named_like_a_bundle_that_is_not_one_is_refused_clearly(lead, tmp_path):
    (tmp_path / "notes.rvbundle").write_text("not a zip at all", encoding="utf-8")
    refused(lead, tmp_path / "notes.rvbundle", "not a readable bundle")

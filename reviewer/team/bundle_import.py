"""Merging a bundle into a library.

Everything is read and checked first: the zip and its manifest (bundle_format), every
conversation, rubric copy, review, assignment, session and part (this module and the parts'
own validate_part), and the bundle's reviews against this library's (a review claiming the id
of another reviewer's review is refused). Recordings are streamed into the content-addressed
store while their SHA-256 is checked. Only then one short transaction writes it all; any
failure leaves nothing behind (recordings copied for it are removed again).

Conversations match by (SHA-256, source key), reviews by uid. A review of yours (your
reviewer_name) is never replaced from a bundle; another reviewer's review is replaced by a newer
copy (a later ``updated_at``: reopened and resubmitted), its history the union of both copies'.
Importing the same bundle again changes nothing.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.domain import Channel, ConversationStatus, SpeakerRole
from reviewer.domain.review import Evidence, HistoryAction, ReviewState
from reviewer.domain.rubric import AnswerError, Rubric
from reviewer.domain.scoring import score_review
from reviewer.storage import exchange
from reviewer.storage.settings import Setting
from reviewer.team import parts as parts_registry
from reviewer.team.bundle_format import DATA, PART_NAME, RECORDING_NAME, BundleError, BundleReader

if TYPE_CHECKING:
    from reviewer.storage.library import Library

_SHA = re.compile(r"^[0-9a-f]{64}$")
_UID = re.compile(r"^[0-9a-f]{32}$")


@dataclass
class ImportSummary:
    made_by: str = ""
    made_at: str = ""
    library_uid: str = ""
    checksum: str = ""
    conversations_added: int = 0
    conversations_matched: int = 0
    recordings_added: int = 0
    reviews_added: int = 0
    reviews_replaced: int = 0
    reviews_unchanged: int = 0
    reviews_kept_yours: int = 0
    reviews_without_conversation: int = 0
    assignments_added: int = 0
    calibration_sessions_added: int = 0
    parts: dict[str, dict[str, int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    conversation_ids: list[int] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(
            self.conversations_added or self.recordings_added or self.reviews_added or self.reviews_replaced
            or self.assignments_added or self.calibration_sessions_added
            or any(any(c.values()) for c in self.parts.values())
        )

    def counts(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in ("notes", "conversation_ids")}

    def describe(self) -> str:
        text = (
            f"bundle from {self.made_by} ({self.made_at[:10]}): {self.conversations_added} conversations added,"
            f" {self.conversations_matched} already here; {self.reviews_added} reviews added,"
            f" {self.reviews_replaced} replaced by a newer copy, {self.reviews_unchanged} unchanged"
        )
        if self.reviews_kept_yours:
            text += f", {self.reviews_kept_yours} of yours kept as they are"
        if self.assignments_added:
            text += f"; {self.assignments_added} assignments"
        if self.calibration_sessions_added:
            text += f"; {self.calibration_sessions_added} calibration sessions"
        for name, counts in self.parts.items():
            text += f"; {name}: " + ", ".join(f"{v} {k}" for k, v in counts.items())
        return text


# Checking untrusted data ---------------------------------------------------------------------


class _Checker:
    def __init__(self, members: dict):
        self.members = members
        self.problems: list[str] = []
        self.criteria: dict[str, dict] = {}  # rubric hash -> criterion id -> criterion

    def fail(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def text(self, where, data, key, required=True) -> bool:
        value = data.get(key)
        if value is None and not required:
            return True
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(where, f"{key} must be text")
            return False
        return True

    def integer(self, where, data, key) -> None:
        value = data.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            self.fail(where, f"{key} must be a whole number")

    def timestamp(self, where, data, key, required=True) -> None:
        value = data.get(key)
        if value is None and not required:
            return
        try:
            datetime.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(where, f"{key} {value!r} is not a date and time")

    def identity(self, where, value) -> tuple[str, str] | None:
        if (not isinstance(value, list) or len(value) != 2 or not isinstance(value[0], str)
                or not _SHA.match(value[0]) or not isinstance(value[1], str)):
            self.fail(where, f"{value!r} is not a conversation's SHA-256 and key")
            return None
        return value[0], value[1]

    def conversation(self, i: int, c: Any) -> tuple[str, str] | None:
        where = f"conversation {i + 1}"
        if not isinstance(c, dict):
            self.fail(where, "not an object")
            return None
        if not isinstance(c.get("sha256"), str) or not _SHA.match(c["sha256"]) or not isinstance(c.get("key", ""), str):
            self.fail(where, "has no valid SHA-256")
            return None
        where = f"conversation {c['sha256'][:12]}"
        if c.get("channel") not in set(Channel):
            self.fail(where, f"unknown channel {c.get('channel')!r}")
        if c.get("status") not in set(ConversationStatus):
            self.fail(where, f"unknown status {c.get('status')!r}")
        self.text(where, c, "source_name")
        for key in ("employee", "title", "source_format", "language", "started_at"):
            self.text(where, c, key, required=False)
        for key in ("duration_ms", "audio_channels", "sample_rate"):
            self.integer(where, c, key)
        if not isinstance(c.get("metadata", {}), dict):
            self.fail(where, "metadata must be an object")
        recording = c.get("recording")
        if recording is not None and (not isinstance(recording, str) or not RECORDING_NAME.match(recording)
                                      or recording not in self.members):
            self.fail(where, f"its recording {recording!r} is not in the bundle")
        turns = c.get("turns")
        if turns is not None:
            if not isinstance(turns, list):
                self.fail(where, "turns must be a list")
            else:
                indexes = set()
                for t in turns:
                    if not isinstance(t, dict) or isinstance(t.get("index"), bool) or not isinstance(t.get("index"), int) \
                            or t["index"] < 0 or t["index"] in indexes:
                        self.fail(where, "a turn has no valid, distinct number")
                        break
                    indexes.add(t["index"])
                    if t.get("role") not in set(SpeakerRole) or not isinstance(t.get("speaker"), str) \
                            or not t["speaker"] or not isinstance(t.get("text"), str):
                        self.fail(where, f"turn {t['index']} has no valid speaker, role and text")
                        break
                    for key in ("start_ms", "end_ms"):
                        self.integer(f"{where}, turn {t['index']}", t, key)
                    words = t.get("words")
                    if words is not None and not (isinstance(words, list) and all(
                            isinstance(w, list) and len(w) == 4 for w in words)):
                        self.fail(f"{where}, turn {t['index']}", "word timings are malformed")
                    edit = t.get("edit")
                    if edit is not None and not (isinstance(edit, dict) and isinstance(edit.get("text"), str)
                                                 and isinstance(edit.get("speaker"), str) and edit["speaker"]
                                                 and edit.get("role") in set(SpeakerRole)):
                        self.fail(f"{where}, turn {t['index']}", "its correction is malformed")
        return c["sha256"], c.get("key", "")

    def review(self, r: Any, rubrics: dict[str, Rubric], identities: set) -> None:
        if not isinstance(r, dict) or not isinstance(r.get("uid"), str) or not _UID.match(r["uid"]):
            self.fail("a review", "has no valid uid")
            return
        where = f"review {r['uid']}"
        self.text(where, r, "reviewer")
        if r.get("state") not in set(ReviewState):
            self.fail(where, f"unknown state {r.get('state')!r}")
        for key in ("created_at", "updated_at"):
            self.timestamp(where, r, key)
        self.timestamp(where, r, "submitted_at", required=False)
        if r.get("calibration_uid") is not None and not (isinstance(r["calibration_uid"], str)
                                                          and _UID.match(r["calibration_uid"])):
            self.fail(where, "calibration_uid is malformed")
        if self.identity(where, r.get("conversation")) is not None and tuple(r["conversation"]) not in identities:
            self.fail(where, "its conversation is not in the bundle")
        rubric = rubrics.get(r.get("rubric_hash"))
        if rubric is None:
            self.fail(where, f"its rubric copy {str(r.get('rubric_hash'))[:12]} is not in the bundle")
            return
        answers = r.get("answers")
        if not isinstance(answers, dict):
            self.fail(where, "answers must be an object")
            return
        criteria = self.criteria.get(r["rubric_hash"])
        if criteria is None:
            criteria = self.criteria[r["rubric_hash"]] = {c.id: c for c in rubric.criteria()}
        for criterion_id, a in answers.items():
            if not isinstance(a, dict):
                self.fail(where, f"answer {criterion_id!r} is not an object")
                continue
            try:
                criterion = criteria.get(criterion_id)
                if criterion is None:
                    raise AnswerError(f"rubric {rubric.id!r} has no criterion {criterion_id!r}")
                if a.get("value") is not None:
                    criterion.check(a["value"])
                for item in a.get("evidence") or []:
                    Evidence.from_data(item)
            except (AnswerError, ValueError, TypeError) as exc:
                self.fail(where, str(exc))
            if not isinstance(a.get("comment", ""), str):
                self.fail(where, f"the comment of {criterion_id!r} is not text")
        history = r.get("history", [])
        if not isinstance(history, list):
            self.fail(where, "history must be a list")
            return
        for h in history:
            if not isinstance(h, dict) or h.get("action") not in set(HistoryAction) \
                    or not isinstance(h.get("who"), str) or not isinstance(h.get("at"), str):
                self.fail(where, "its history has a malformed entry")
                break


def check_data(data: Any, members: dict, conn) -> tuple[dict[str, Rubric], list[str]]:
    """The bundle's rubric copies, and every problem found in data.json (empty: acceptable)."""
    check = _Checker(members)
    if not isinstance(data, dict):
        return {}, [f"{DATA} is not an object"]
    for key in ("conversations", "rubrics", "reviews", "assignments", "calibration_sessions"):
        if not isinstance(data.get(key, []), list):
            check.fail(DATA, f"{key} must be a list")
    if check.problems:
        return {}, check.problems
    identities = set()
    for i, c in enumerate(data.get("conversations", [])):
        identity = check.conversation(i, c)
        if identity in identities:
            check.fail(f"conversation {identity[0][:12]}", "appears twice")
        identities.add(identity)
    rubrics: dict[str, Rubric] = {}
    for entry in data.get("rubrics", []):
        try:
            rubric = Rubric.from_data(json.loads(entry["content"]))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            check.fail("a rubric copy", f"cannot be read ({exc})")
            continue
        if rubric.fingerprint != entry.get("hash"):
            check.fail(f"rubric copy {str(entry.get('hash'))[:12]}", "does not match its SHA-256")
            continue
        rubrics[rubric.fingerprint] = rubric
    uids = set()
    for r in data.get("reviews", []):
        check.review(r, rubrics, identities)
        uid = r.get("uid") if isinstance(r, dict) else None
        if uid in uids:
            check.fail(f"review {uid}", "appears twice")
        uids.add(uid)
    for key, what in (("assignments", "assignment"), ("calibration_sessions", "calibration session")):
        for item in data.get(key, []):
            if not isinstance(item, dict) or not isinstance(item.get("uid"), str) or not _UID.match(item["uid"]):
                check.fail(f"a {what}", "has no valid uid")
                continue
            where = f"{what} {item['uid']}"
            for field_name in (("reviewer", "assigned_by") if key == "assignments" else ("name", "rubric_id", "created_by")):
                check.text(where, item, field_name)
            check.timestamp(where, item, "created_at")
            if not isinstance(item.get("conversations"), list):
                check.fail(where, "conversations must be a list")
            else:
                for value in item["conversations"]:
                    check.identity(where, value)
            if key == "calibration_sessions":
                if item.get("state") not in ("open", "closed"):
                    check.fail(where, f"unknown state {item.get('state')!r}")
                if not isinstance(item.get("reviewers"), list) or not all(isinstance(x, str) and x for x in item["reviewers"]):
                    check.fail(where, "reviewers must be a list of names")
    return rubrics, check.problems


# Importing ------------------------------------------------------------------------------------


def _refuse(problems: list[str]) -> None:
    more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
    raise BundleError(problems[0] + more)


def read_bundle(path: Path) -> tuple[BundleReader, dict, dict[str, Any]]:
    reader = BundleReader(path)
    try:
        data = reader.read_json(DATA)
        part_data = {PART_NAME.match(n).group(1): reader.read_json(n) for n in reader.names() if PART_NAME.match(n)}
    except BaseException:
        reader.close()
        raise
    return reader, data, part_data


def import_bundle(library: "Library", path: str | Path) -> ImportSummary:
    """Merge the bundle at ``path``; raises BundleError (nothing written) when it is refused."""
    path = Path(path)
    reader, data, part_data = read_bundle(path)
    with reader:
        manifest = reader.manifest
        summary = ImportSummary(manifest["made_by"], manifest["made_at"], manifest["library_uid"], manifest["checksum"])
        conn = library.conn
        rubrics, problems = check_data(data, manifest["members"], conn)
        installed = parts_registry.available()
        for name, content in part_data.items():
            module = installed.get(name)
            if module is None:
                summary.notes.append(f"part {name!r} skipped: this Reviewer does not know it")
                continue
            problems += [f"part {name}: {p}" for p in module.validate_part(content)]
        if problems:
            _refuse(problems)
        me = " ".join((library.setting(Setting.REVIEWER_NAME) or "").split()).casefold()
        local_reviews = exchange.reviews_by_uid(conn, [r["uid"] for r in data.get("reviews", [])])
        for r in data.get("reviews", []):
            local = local_reviews.get(r["uid"])
            if local and " ".join(local[1].split()).casefold() != " ".join(r["reviewer"].split()).casefold():
                _refuse([f"review {r['uid']} claims to be by {r['reviewer']!r}, but in this library that review"
                         f" is by {local[1]!r}; refused"])
        conversations = data.get("conversations", [])
        local_ids = exchange.conversation_ids_by_identity(conn, [(c["sha256"], c.get("key", "")) for c in conversations])
        new_files: list[Path] = []
        try:
            recordings = _copy_recordings(library, reader, conversations, local_ids, new_files)
            summary.recordings_added = len(new_files)
            with library.transaction() as tx:
                _merge(library, tx, data, rubrics, local_ids, local_reviews, recordings, me, summary)
                for name, content in part_data.items():
                    if name in installed:
                        summary.parts[name] = dict(installed[name].merge_part(library, tx, content))
                if summary.changed:
                    tx.execute(
                        "INSERT INTO bundle_imports (checksum, made_by, made_at, library_uid, imported_at, counts)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        (summary.checksum, summary.made_by, summary.made_at, summary.library_uid,
                         datetime.now(timezone.utc).isoformat(timespec="seconds"), json.dumps(summary.counts())),
                    )
        except BaseException:
            for file in new_files:
                file.unlink(missing_ok=True)
            raise
    return summary


def _copy_recordings(library, reader: BundleReader, conversations, local_ids, new_files: list[Path]) -> dict[str, str]:
    """Member name -> store path of the recordings new conversations need, each checked
    against the SHA-256 it is named by while it streams in."""
    found = {}
    for c in conversations:
        member = c.get("recording")
        if not member or (c["sha256"], c.get("key", "")) in local_ids:
            continue
        match = RECORDING_NAME.match(member)
        relative = member.removeprefix("recordings/")
        target = library.recordings.path(relative)
        if target.exists():
            found[member] = relative
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out:
                digest = reader.copy_member(member, out)
                out.flush()
                os.fsync(out.fileno())
            if digest != match.group(2):
                raise BundleError(f"conversation {c['sha256'][:12]}: its recording does not match its SHA-256; refused")
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        new_files.append(target)
        found[member] = relative
    return found


def _newer(incoming: dict, local: tuple) -> bool:
    return (incoming["updated_at"], incoming.get("submitted_at") or "") > (local[2], local[3] or "")


def _merge(library, tx, data, rubrics, local_ids, local_reviews, recordings, me, summary: ImportSummary) -> None:
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    ids = dict(local_ids)
    for c in data.get("conversations", []):
        identity = (c["sha256"], c.get("key", ""))
        if identity in ids:
            summary.conversations_matched += 1
            continue
        if c.get("turns") is None:
            continue  # a reviews-only bundle: the conversation itself is not in it
        employee_id = library.employee_id(c["employee"]) if c.get("employee") else None
        ids[identity] = exchange.insert_conversation(tx, c, employee_id, recordings.get(c.get("recording")), now)
        summary.conversations_added += 1
    summary.conversation_ids = sorted(set(ids.values()))
    for rubric_hash, rubric in rubrics.items():
        tx.execute(
            "INSERT OR IGNORE INTO rubric_snapshots (hash, rubric_id, version, content, created_at) VALUES (?, ?, ?, ?, ?)",
            (rubric_hash, rubric.id, rubric.version, rubric.canonical_json(), now),
        )
    reviewed = set()
    rows = exchange.ReviewRows()
    for r in data.get("reviews", []):
        cid = ids.get(tuple(r["conversation"]))
        if cid is None:
            summary.reviews_without_conversation += 1
            continue
        local = local_reviews.get(r["uid"])
        if local is not None:
            if me and " ".join(local[1].split()).casefold() == me:
                summary.reviews_kept_yours += 1
                continue
            if not _newer(r, local):
                summary.reviews_unchanged += 1
                continue
        rubric = rubrics[r["rubric_hash"]]
        score = score_review(rubric, {k: a.get("value") for k, a in r["answers"].items()})
        exchange.write_review(tx, local[0] if local else None, r, cid, rubric, score.total, score.flagged, rows)
        if local:
            summary.reviews_replaced += 1
        else:
            summary.reviews_added += 1
        if r["state"] == ReviewState.SUBMITTED:
            reviewed.add(cid)
    rows.flush(tx)
    for cid in reviewed:
        tx.execute("UPDATE conversations SET status = ? WHERE id = ?", (str(ConversationStatus.REVIEWED), cid))
    if summary.reviews_without_conversation:
        summary.notes.append(
            f"{summary.reviews_without_conversation} reviews skipped: their conversations are not in this library"
            " (the bundle was made with --reviews-only)"
        )
    for a in data.get("assignments", []):
        if tx.execute("SELECT 1 FROM assignments WHERE uid = ?", (a["uid"],)).fetchone():
            continue
        aid = tx.execute(
            "INSERT INTO assignments (uid, sample_uid, reviewer, due, assigned_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (a["uid"], a.get("sample_uid"), a["reviewer"], a.get("due"), a["assigned_by"], a["created_at"]),
        ).lastrowid
        local = [ids[tuple(i)] for i in a["conversations"] if tuple(i) in ids]
        tx.executemany("INSERT OR IGNORE INTO assignment_items (assignment_id, position, conversation_id) VALUES (?, ?, ?)",
                       [(aid, p, cid) for p, cid in enumerate(local)])
        summary.assignments_added += 1
    for s in data.get("calibration_sessions", []):
        row = tx.execute("SELECT id FROM calibration_sessions WHERE uid = ?", (s["uid"],)).fetchone()
        if row is None:
            sid = tx.execute(
                "INSERT INTO calibration_sessions (uid, name, rubric_id, deadline, benchmark_reviewer, state, created_by,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (s["uid"], s["name"], s["rubric_id"], s.get("deadline"), s.get("benchmark_reviewer"), s["state"],
                 s["created_by"], s["created_at"]),
            ).lastrowid
            summary.calibration_sessions_added += 1
        else:
            sid = row[0]
        tx.executemany("INSERT OR IGNORE INTO calibration_reviewers (session_id, reviewer) VALUES (?, ?)",
                       [(sid, name) for name in s["reviewers"]])
        tx.executemany("INSERT OR IGNORE INTO calibration_conversations (session_id, conversation_id) VALUES (?, ?)",
                       [(sid, ids[tuple(i)]) for i in s["conversations"] if tuple(i) in ids])


def import_bundle_file(library: "Library", path: Path):
    """The import service's result for a bundle met among the files to import: imported, already
    in the library (nothing new), or failed with the reason it was refused."""
    from reviewer.importing import FileResult, Outcome

    try:
        summary = import_bundle(library, path)
    except BundleError as exc:
        return FileResult(path, Outcome.FAILED, f"bundle refused: {exc}", "bundle")
    if not summary.changed:
        return FileResult(path, Outcome.DUPLICATE, "bundle already merged: nothing new in it", "bundle",
                          summary.conversation_ids, notes=summary.notes)
    return FileResult(path, Outcome.IMPORTED, summary.describe(), "bundle", summary.conversation_ids,
                      notes=[summary.describe(), *summary.notes])

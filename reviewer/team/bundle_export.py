"""Writing a bundle: the chosen conversations (turns, corrections, recordings when asked), their
submitted reviews, the rubric copies those reviews used, assignments and calibration sessions
that travel with them, and the parts other packages add (see parts.py)."""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from reviewer.storage import exchange
from reviewer.storage.recordings import sha256_of
from reviewer.storage.settings import Setting
from reviewer.team import parts as parts_registry
from reviewer.team.bundle_format import DATA, FORMAT, MANIFEST, VERSION, checksum

if TYPE_CHECKING:
    from reviewer.storage.library import Library


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    conversations: int
    reviews: int
    recordings: int
    assignments: int
    calibration_sessions: int
    parts: tuple[str, ...]


def write_atomically(path: Path, make) -> None:
    """Run ``make(file)`` on a temporary file beside ``path``, moved into place only when it
    succeeded (as the reports do; not imported from there, which would load reportlab)."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            make(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def library_uid(library: "Library") -> str:
    return library.conn.execute("SELECT uid FROM library_identity").fetchone()[0]


def who_am_i(library: "Library") -> str:
    return library.setting(Setting.REVIEWER_NAME) or getpass.getuser()


def _dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _identities(conn, table: str, column: str, owner_id: int) -> list[list[str]]:
    # table and column come from the two callers below, never from input.
    return [
        [sha, key]
        for sha, key in conn.execute(
            f"SELECT c.source_sha256, c.source_key FROM {table} t JOIN conversations c ON c.id = t.conversation_id"
            f" WHERE t.{column} = ? ORDER BY c.id",
            (owner_id,),
        )
    ]


def assignments_data(conn, uids: Iterable[str]) -> tuple[list[dict], set[int]]:
    found, ids = [], set()
    for uid in sorted(set(uids)):
        row = conn.execute(
            "SELECT id, uid, sample_uid, reviewer, due, assigned_by, created_at FROM assignments WHERE uid = ?", (uid,)
        ).fetchone()
        if row is None:
            raise LookupError(f"no assignment {uid}")
        aid, uid, sample_uid, reviewer, due, by, created = row
        ids |= {r[0] for r in conn.execute("SELECT conversation_id FROM assignment_items WHERE assignment_id = ?", (aid,))}
        found.append({"uid": uid, "sample_uid": sample_uid, "reviewer": reviewer, "due": due, "assigned_by": by,
                      "created_at": created, "conversations": _identities(conn, "assignment_items", "assignment_id", aid)})
    return found, ids


def calibration_data(conn, uids: Iterable[str]) -> tuple[list[dict], set[int]]:
    found, ids = [], set()
    for uid in sorted(set(uids)):
        row = conn.execute(
            "SELECT id, uid, name, rubric_id, deadline, benchmark_reviewer, state, created_by, created_at"
            " FROM calibration_sessions WHERE uid = ?", (uid,)
        ).fetchone()
        if row is None:
            raise LookupError(f"no calibration session {uid}")
        sid, uid, name, rubric_id, deadline, benchmark, state, by, created = row
        ids |= {r[0] for r in conn.execute(
            "SELECT conversation_id FROM calibration_conversations WHERE session_id = ?", (sid,))}
        reviewers = [r[0] for r in conn.execute(
            "SELECT reviewer FROM calibration_reviewers WHERE session_id = ? ORDER BY reviewer", (sid,))]
        found.append({"uid": uid, "name": name, "rubric_id": rubric_id, "deadline": deadline,
                      "benchmark_reviewer": benchmark, "state": state, "created_by": by, "created_at": created,
                      "reviewers": reviewers,
                      "conversations": _identities(conn, "calibration_conversations", "session_id", sid)})
    return found, ids


def write_bundle(
    library: "Library",
    path: str | Path,
    conversation_ids: Iterable[int] = (),
    *,
    with_recordings: bool = False,
    reviews_only: bool = False,
    assignments: Iterable[str] = (),
    calibration_sessions: Iterable[str] = (),
    made_by: str | None = None,
) -> ExportSummary:
    """Write the bundle atomically to ``path``. Assignments and sessions (by uid) bring their
    conversations along."""
    conn = library.conn
    path = Path(path)
    assignment_list, assigned = assignments_data(conn, assignments)
    session_list, calibrated = calibration_data(conn, calibration_sessions)
    ids = set(conversation_ids) | assigned | calibrated
    convs = exchange.conversations(conn, ids, with_turns=not reviews_only)
    missing = ids - set(convs)
    if missing:
        raise LookupError(f"no conversation {', '.join(f'#{i}' for i in sorted(missing)[:5])}")
    reviews = exchange.reviews(conn, exchange.review_ids(conn, ids))
    rubrics = exchange.rubric_snapshots(conn, {r["rubric_hash"] for r in reviews.values()})
    identity = {cid: [c["sha256"], c["key"]] for cid, c in convs.items()}
    for review in reviews.values():
        review["conversation"] = identity[review.pop("conversation_id")]
    recordings: dict[str, Path] = {}
    for c in convs.values():
        recording, c["recording"] = c["recording"], None
        if with_recordings and not reviews_only and recording:
            source = library.recordings.path(recording)
            if source.is_file():
                c["recording"] = f"recordings/{recording}"
                recordings[c["recording"]] = source
    data = {
        "conversations": list(convs.values()),
        "rubrics": [{"hash": h, "content": content} for h, content in sorted(rubrics.items())],
        "reviews": list(reviews.values()),
        "assignments": assignment_list,
        "calibration_sessions": session_list,
    }
    members: dict[str, bytes | Path] = {DATA: _dumps(data)}
    review_uids = {r["uid"] for r in reviews.values()}
    employees = {c["employee"] for c in convs.values() if c["employee"]}
    for name, module in parts_registry.available().items():
        members[f"parts/{name}.json"] = _dumps(module.export_part(library, review_uids, employees))
    members.update(recordings)
    listing = {}
    for name, content in members.items():
        if isinstance(content, Path):
            listing[name] = {"size": content.stat().st_size, "sha256": sha256_of(content)}
        else:
            listing[name] = {"size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "made_by": made_by or who_am_i(library),
        "made_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "library_uid": library_uid(library),
        "library_name": library.root.name,
        "counts": {"conversations": len(convs), "reviews": len(reviews), "recordings": len(recordings)},
        "members": listing,
    }
    manifest["checksum"] = checksum(manifest)

    def make(handle) -> None:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
            z.writestr(MANIFEST, _dumps(manifest))  # first: is_bundle() recognises a bundle by it
            for name, content in members.items():
                if isinstance(content, Path):
                    z.write(content, name, compress_type=zipfile.ZIP_STORED)  # audio is compressed already
                else:
                    z.writestr(name, content)

    write_atomically(path, make)
    return ExportSummary(path, len(convs), len(reviews), len(recordings), len(assignment_list), len(session_list),
                         tuple(n.removeprefix("parts/").removesuffix(".json") for n in members if n.startswith("parts/")))

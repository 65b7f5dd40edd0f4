"""The demo library: the project's own calls, chats and e-mails from recordings/, imported once.

``recordings/demo.toml`` says, for every file, whose conversation it is, who in it is the agent,
its language and (for calls, which carry no date) when it took place. The library is built in a
folder next to the target and moved into place when complete, so an interrupted build never
leaves a half-made demo behind; a second run finds the finished one and reuses it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from reviewer.domain import Channel
from reviewer.importers.base import ImportOptions
from reviewer.storage import Library
from reviewer.storage.settings import Setting

RECORDINGS = Path(__file__).resolve().parents[1] / "recordings"
MANIFEST = "demo.toml"
MARKER = "demo-library.json"  # written last: its presence means the demo is complete
_VERSION = 1


class DemoError(Exception):
    """The demo library cannot be built; the message names the file and the problem."""


@dataclass(frozen=True)
class DemoAnswer:
    value: object
    quote: str = ""  # words from the turn that is the evidence; empty: no evidence
    comment: str = ""


@dataclass(frozen=True)
class DemoReview:
    """The submitted review the demo gives a conversation; unlisted criteria get the top answer."""

    answers: dict[str, DemoAnswer] = field(default_factory=dict)
    not_applicable: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemoItem:
    """One file of the demo and what the manifest says about it."""

    file: Path
    employee: str
    channel: Channel | None = None
    agents: tuple[str, ...] = ()
    language: str | None = None
    started_at: str | None = None
    title: str | None = None
    follows_standards: bool | None = None
    shows: str = ""
    review: DemoReview | None = None


@dataclass(frozen=True)
class DemoManifest:
    items: list[DemoItem]
    agent_names: list[str] = field(default_factory=list)
    reviewer: str = "Demo Reviewer"
    review_time: str = "09:30"
    visits: list[dict] = field(default_factory=list)  # [[visit]] entries (see demo_visits)
    source: Path = RECORDINGS


def default_demo_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Reviewer", appauthor=False)) / "demo-library"


def load_manifest(source: Path = RECORDINGS) -> DemoManifest:
    path = source / MANIFEST
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DemoError(f"{path}: the demo manifest is missing") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DemoError(f"{path}: not a valid manifest ({exc})") from None
    items = []
    for number, entry in enumerate(data.get("conversation", []), start=1):
        where = f"{path}: conversation {number}"
        try:
            file = source / entry["file"]
            employee = entry["employee"]
        except KeyError as exc:
            raise DemoError(f"{where}: missing {exc.args[0]!r}") from None
        if not file.is_file():
            raise DemoError(f"{where}: {file} does not exist")
        try:
            channel = Channel(entry["channel"]) if "channel" in entry else None
        except ValueError:
            raise DemoError(f"{where}: unknown channel {entry['channel']!r}") from None
        review = None
        if "review" in entry:
            try:
                answers = {
                    criterion: DemoAnswer(*spec) for criterion, spec in entry["review"].get("answers", {}).items()
                }
            except TypeError:
                raise DemoError(f"{where}: each review answer is [answer, quote, comment]") from None
            review = DemoReview(answers, tuple(entry["review"].get("not_applicable", ())))
        items.append(
            DemoItem(
                file=file,
                employee=employee,
                channel=channel,
                agents=tuple(entry.get("agents", ())),
                language=entry.get("language"),
                started_at=entry.get("started_at"),
                title=entry.get("title"),
                follows_standards=entry.get("follows_standards"),
                shows=entry.get("shows", ""),
                review=review,
            )
        )
    if not items:
        raise DemoError(f"{path}: lists no conversations")
    reviews = data.get("reviews", {})
    return DemoManifest(
        items,
        list(data.get("library", {}).get("agent_names", [])),
        reviewer=reviews.get("reviewer", "Demo Reviewer"),
        review_time=reviews.get("time", "09:30"),
        visits=list(data.get("visit", [])),
        source=source,
    )


def is_demo_library(library_dir: Path) -> bool:
    return (Path(library_dir) / MARKER).is_file()


def build_demo_library(library_dir: str | os.PathLike, source: Path = RECORDINGS) -> Library:
    """The demo library in ``library_dir``, built from ``source`` unless it is already there.

    Refuses a folder that holds anything else (never touches a real library). Returns the
    open library; the caller closes it.
    """
    target = Path(library_dir).expanduser()
    if is_demo_library(target):
        return Library.open(target, create=False)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise DemoError(f"{target}: the folder is not empty and holds no demo library; choose another folder")
    manifest = load_manifest(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}-building-", dir=target.parent))
    try:
        library = Library.open(work)
        try:
            summary = _fill(library, manifest)
        finally:
            library.close()
        _write_marker(work, summary)
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(work, target)
    except OSError:
        shutil.rmtree(work, ignore_errors=True)
        if not is_demo_library(target):
            raise
        # Another `reviewer demo` finished first: use its library.
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Library.open(target, create=False)


def _fill(library: Library, manifest: DemoManifest) -> dict:
    from reviewer.importing import Outcome, import_paths

    library.set_setting(Setting.AGENT_NAMES, manifest.agent_names)
    # The demo shows its reviewed examples too (a new library of one's own lists only what is
    # still to review).
    library.set_setting(Setting.LIBRARY_SHOW, "all")
    conversation_ids: list[int] = []
    imported: list[tuple[DemoItem, int]] = []
    for item in manifest.items:
        options = ImportOptions(employee=item.employee, channel=item.channel, agents=list(item.agents))
        results = list(import_paths(library, [item.file], options))
        failed = [r for r in results if r.outcome is Outcome.FAILED]
        if failed:
            raise DemoError(f"{item.file}: {failed[0].message}")
        for result in results:
            for cid in result.conversation_ids:
                _apply(library, cid, item)
                conversation_ids.append(cid)
                imported.append((item, cid))
    from reviewer.checks.service import after_new_turns

    after_new_turns(library, conversation_ids)  # automatic QA of what _apply changed
    reviews = add_demo_reviews(library, manifest, imported)
    from reviewer.demo_visits import add_demo_visits

    visits = add_demo_visits(library, manifest.source, manifest.visits, DemoError)
    return {"conversations": len(conversation_ids), "reviews": reviews + visits, "visits": visits}


def _apply(library: Library, cid: int, item: DemoItem) -> None:
    """What the files cannot say themselves: the call's date, a title, the language."""
    fields = {}
    if item.started_at:
        fields["started_at"] = item.started_at
    if item.language:
        fields["language"] = item.language
    if item.title:
        fields["title"] = item.title
    if fields:
        library.conversations.update(cid, **fields)


def add_demo_reviews(library: Library, manifest: DemoManifest, imported: list[tuple[DemoItem, int]]) -> int:
    """Submit the manifest's reviews, each the working day after its conversation, so that
    scores, trends and reports have weeks of data. Returns how many were submitted."""
    from reviewer.rubrics.catalog import load_catalog

    catalog = load_catalog(library.root)
    submitted = 0
    for item, cid in imported:
        if item.review is None:
            continue
        conversation = library.conversations.get(cid)
        rubric = _default_rubric(catalog, conversation.channel, item)
        answers = _answers(rubric, item, conversation.turns)
        at = _review_time(conversation.started_at, manifest.review_time)
        review = library.reviews.create(cid, rubric, manifest.reviewer, at=at)
        library.reviews.set_answers(review.id, answers, at=at)
        library.reviews.submit(review.id, at=at + timedelta(minutes=20))
        submitted += 1
    return submitted


def _default_rubric(catalog, channel: Channel, item: DemoItem):
    rubrics = catalog.for_channel(channel)
    named = [r for r in rubrics if r.id == str(channel)]
    if not (named or rubrics):
        raise DemoError(f"{item.file}: no rubric for {channel} conversations to review it with")
    return (named or rubrics)[0]


def _answers(rubric, item: DemoItem, turns) -> list[tuple[str, object, str, list[int]]]:
    ids = {c.id for c in rubric.criteria()}
    unknown = sorted((set(item.review.answers) | set(item.review.not_applicable)) - ids)
    if unknown:
        raise DemoError(f"{item.file}: the {rubric.id!r} rubric has no criterion {', '.join(unknown)}")
    answers = []
    for criterion in rubric.criteria():
        given = item.review.answers.get(criterion.id)
        if criterion.id in item.review.not_applicable:
            answers.append((criterion.id, "n/a", "", []))
        elif given is None:
            answers.append((criterion.id, criterion.scale.top, "", []))
        else:
            evidence = [_turn_quoting(turns, given.quote, item)] if given.quote else []
            answers.append((criterion.id, given.value, given.comment, evidence))
    return answers


def _turn_quoting(turns, quote: str, item: DemoItem) -> int:
    needle = quote.casefold()
    for turn in turns:
        if needle in turn.text.casefold():
            return turn.index
    raise DemoError(f"{item.file}: no turn says {quote!r} (review evidence)")


def _review_time(started_at: str, clock: str) -> datetime:
    """The working day after the conversation, at ``clock``."""
    day = datetime.fromisoformat(started_at[:10]) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    hour, minute = (int(part) for part in clock.split(":"))
    return day.replace(hour=hour, minute=minute)


def _write_marker(root: Path, summary: dict) -> None:
    data = {
        "version": _VERSION,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        **summary,
    }
    tmp = root / (MARKER + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, root / MARKER)

"""Running automatic QA on a library: which rubrics, what is stale, storing the results.

Results are computed outside any transaction and written in one short transaction per batch.
A stored result is current while its rubric version, the checker version and the stamp of the
turns it read are unchanged; otherwise it is computed again.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Callable, Iterable, Iterator

from reviewer.checks import automated, run_checks
from reviewer.checks.metric_source import metrics_for
from reviewer.domain.checks import CHECKER_VERSION, AutoResult
from reviewer.domain.conversation import Conversation
from reviewer.domain.rubric import Rubric
from reviewer.storage import auto_results
from reviewer.storage.settings import Setting

BATCH = 200


def turns_stamp(conversation: Conversation) -> str:
    """Changes whenever a turn's text, speaker or time changes (a correction, a new transcript)."""
    digest = hashlib.blake2b(digest_size=12)
    for turn in conversation.turns:
        digest.update(f"{turn.index}\x1f{turn.role}\x1f{turn.start_ms}\x1f{turn.sent_at}\x1f{turn.text}\x1e".encode())
    digest.update(f"{conversation.channel}\x1f{conversation.language}".encode())
    return digest.hexdigest()


class AutoQA:
    """Automatic QA for one library (rubrics and settings read once)."""

    def __init__(self, library, rubric_id: str | None = None):
        from reviewer.rubrics.catalog import load_catalog

        self.library = library
        self.catalog = load_catalog(library.root)
        self.rubric_id = rubric_id
        if rubric_id is not None:
            self.catalog.get(rubric_id)  # RubricNotFound for an unknown id
        self.glossary = tuple(library.setting(Setting.GLOSSARY))

    def rubrics_for(self, conversation: Conversation) -> list[Rubric]:
        """The rubric a conversation is pre-scored with: the one asked for, else the one named
        after its channel, else the first that fits (as the scoring panel picks it); none when
        it has no checks or the conversation has no turns yet."""
        if not conversation.turns:
            return []
        if self.rubric_id is not None:
            rubric = self.catalog.get(self.rubric_id)
        else:
            fitting = self.catalog.for_channel(conversation.channel)
            named = [r for r in fitting if r.id == str(conversation.channel)]
            rubric = (named or fitting or [None])[0]
        return [rubric] if rubric is not None and automated(rubric) else []

    def compute(self, conversation: Conversation) -> list[AutoResult]:
        loader = lambda c: metrics_for(self.library, c)  # noqa: E731
        return [run_checks(conversation, r, loader, self.glossary) for r in self.rubrics_for(conversation)]

    def results(self, conversation_id: int, refresh: bool = True) -> list[AutoResult]:
        """Current results of one conversation, computed and stored when missing or stale."""
        conversation = self.library.conversations.get(conversation_id)
        if conversation is None:
            return []
        stamp = turns_stamp(conversation)
        stored = {r.rubric_id: (r, s) for r, s in auto_results.load(self.library.conn, conversation_id)}
        out, fresh = [], []
        for rubric in self.rubrics_for(conversation):
            found = stored.get(rubric.id)
            if found and _current(found[0].rubric_version, found[0].checker_version, found[1], rubric, stamp):
                out.append(found[0])
            elif refresh:
                result = run_checks(
                    conversation, rubric, lambda c: metrics_for(self.library, c), self.glossary
                )
                out.append(result)
                fresh.append(result)
        if fresh:
            with self.library.transaction() as conn:
                for result in fresh:
                    auto_results.save(conn, result, stamp)
        return out

    def score_all(
        self,
        ids: Iterable[int] | None = None,
        only_stale: bool = True,
        cancel: threading.Event | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[AutoResult]:
        """Score many conversations (default: the whole library), yielding each new result."""
        ids = list(ids) if ids is not None else [
            row[0] for row in self.library.conn.execute("SELECT id FROM conversations ORDER BY id")
        ]
        done = 0
        for start in range(0, len(ids), BATCH):
            if cancel is not None and cancel.is_set():
                return
            chunk = ids[start : start + BATCH]
            conversations = load_many(self.library, chunk)
            known = auto_results.stamps(self.library.conn, chunk) if only_stale else {}
            fresh: list[tuple[AutoResult, str]] = []
            for conversation in conversations:
                stamp = turns_stamp(conversation)
                for rubric in self.rubrics_for(conversation):
                    mark = known.get((conversation.id, rubric.id))
                    if mark and _current(mark[0], mark[1], mark[2], rubric, stamp):
                        continue
                    result = run_checks(
                        conversation, rubric, lambda c: metrics_for(self.library, c), self.glossary
                    )
                    fresh.append((result, stamp))
            if fresh:
                with self.library.transaction() as conn:
                    for result, stamp in fresh:
                        auto_results.save(conn, result, stamp)
            yield from (result for result, _ in fresh)
            done += len(chunk)
            if on_progress:
                on_progress(done, len(ids))


def _current(version: str, checker: str, stamp: str, rubric: Rubric, live_stamp: str) -> bool:
    return version == rubric.version and checker == CHECKER_VERSION and stamp == live_stamp


def load_many(library, ids: list[int]) -> list[Conversation]:
    """Conversations with their turns, a batch at a time (two queries, not two per conversation)."""
    from reviewer.storage import conversations as store

    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = library.conn.execute(f"SELECT {store._COLUMNS} FROM {store._FROM} WHERE c.id IN ({marks})", ids)
    found = {row[0]: store.ConversationRepository._from_row(row) for row in rows}
    for cid in found:
        found[cid].turns = []
    for row in library.conn.execute(
        f"{store._TURN_SELECT.replace('SELECT ', 'SELECT t.conversation_id, ', 1)}"
        f" WHERE t.conversation_id IN ({marks}) ORDER BY t.conversation_id, t.idx",
        ids,
    ):
        found[row[0]].turns.append(store._turn_from_row(row[1:]))
    return [found[i] for i in ids if i in found]


#: False inside the desktop app, which scores new turns in a child process instead
#: (reviewer.ui.jobs.autoqa_runner): loading the dictionaries would hold the interpreter lock
#: in the window's process.
IN_PROCESS = True


def after_new_turns(library, conversation_ids: list[int]) -> None:
    """The post-step of import and transcription: score the new conversations. Never raises:
    automatic QA must not fail an import or a transcription (the next run catches up)."""
    if not conversation_ids or not IN_PROCESS:
        return
    try:
        list(AutoQA(library).score_all(conversation_ids))
    except Exception as exc:  # noqa: BLE001
        import sys

        print(f"automatic QA skipped: {type(exc).__name__}: {exc}", file=sys.stderr)



def record_on_submit(library, conn, review) -> None:
    """Inside the submit transaction: keep what was suggested beside what the reviewer decided.
    The stored result for the review's rubric is used when it was made with the same rubric
    version; otherwise the checks of the review's own rubric copy are run now."""
    stored = auto_results.load(conn, review.conversation_id, review.rubric.id)
    if not stored or stored[0][0].rubric_version != review.rubric.version:
        if not automated(review.rubric):
            return
        conversation = library.conversations.get(review.conversation_id)
        if conversation is None or not conversation.turns:
            return
        glossary = tuple(library.setting(Setting.GLOSSARY))
        result = run_checks(conversation, review.rubric, lambda c: metrics_for(library, c), glossary)
        auto_results.save(conn, result, turns_stamp(conversation))
    auto_results.record_decisions(conn, review)

"""reviewer transcribe [ID...] [--pending] : turn call recordings into turns, on this computer."""

from __future__ import annotations

import sys

from reviewer.cli.common import whole_number


def register(sub) -> None:
    p = sub.add_parser(
        "transcribe",
        help="transcribe call recordings with the local speech model",
        description="Transcribe the recordings of the given conversations (and with --pending, of every "
        "conversation still waiting for a transcript) on this computer; nothing leaves it. A conversation "
        "whose transcription was interrupted continues where it stopped. Exit status 0 when every job "
        "finished, 1 when any failed or was stopped (the reasons go to stderr), 2 on bad arguments.",
    )
    p.add_argument("ids", nargs="*", type=whole_number, metavar="ID", help="conversation id")
    p.add_argument("--pending", action="store_true", help="also every conversation that needs a transcript")
    p.add_argument(
        "--model",
        metavar="NAME|PATH",
        help="speech model: a name (see `reviewer models list`) or a model folder (default: the library's)",
    )
    p.add_argument(
        "--language",
        metavar="xx",
        help="spoken language, e.g. en, ru, lv (default: the conversation's, then the library's, else detect)",
    )
    p.add_argument("--words", action="store_true", default=None, help="keep the time of every word")
    p.add_argument(
        "--restart", action="store_true", help="transcribe again from the start, replacing existing turns"
    )
    p.add_argument(
        "--speakers",
        metavar="N|auto",
        help="speakers of a one-channel call (default 2; auto: detect); stored for the conversation,"
        " and an already transcribed one is transcribed again",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object per job instead of text")
    p.set_defaults(func=run)


def run(args) -> int:
    import json

    from tqdm import tqdm

    from reviewer.cli.common import fail, open_library
    from reviewer.storage.jobs import JobState
    from reviewer.transcription import languages, models
    from reviewer.transcription.jobs import AlreadyTranscribed, TranscriptionError, TranscriptionService
    from reviewer.transcription.messages import Progress, Started

    if not args.ids and not args.pending:
        fail("name the conversations to transcribe (IDs), or use --pending")
    try:
        language = languages.check(args.language)
    except ValueError as exc:
        fail(str(exc))
    speakers = None
    if getattr(args, "speakers", None) is not None:
        from reviewer.storage import speaker_counts

        try:
            speakers = speaker_counts.parse(args.speakers)
        except ValueError as exc:
            fail(str(exc))
    if args.model:
        try:
            models.resolve(args.model)  # fail before queueing anything (joins the embedded model if needed)
        except models.ModelError as exc:
            fail(str(exc))

    failed = 0
    with open_library(args) as library, TranscriptionService(library) as service:
        for job_id in service.interrupted:
            print(f"job {job_id} was interrupted when Reviewer stopped; it can be resumed", file=sys.stderr)
        job_ids: list[int] = []
        wanted = list(dict.fromkeys(args.ids))
        if args.pending:
            queued = [j for j in service.jobs.list([JobState.QUEUED])]
            job_ids.extend(j.id for j in queued)
            wanted += [cid for cid in service.pending_conversations() if cid not in wanted]
        for cid in wanted:
            try:
                restart = args.restart
                if speakers is not None and cid in args.ids:
                    restart = restart or _set_speakers(library, cid, speakers)
                job_id = service.enqueue(
                    cid, model=args.model, language=language, word_timestamps=args.words, restart=restart
                )
            except TranscriptionError as exc:
                failed += 1
                message = str(exc) + ("; use --restart to do so" if isinstance(exc, AlreadyTranscribed) else "")
                _report(args, {"conversation": cid, "state": "failed", "message": message}, json)
                continue
            if job_id not in job_ids:
                job_ids.append(job_id)

        bars: dict[int, tqdm] = {}

        def on_message(job, message) -> None:
            if isinstance(message, Started):
                conversation = library.conversations.get(job.conversation_id, with_turns=False)
                bars[job.id] = tqdm(
                    total=100, unit="%", desc=f"#{job.conversation_id} {conversation.source_name}",
                    file=sys.stderr, disable=None, leave=False,
                    bar_format="{desc}: {percentage:3.0f}%|{bar}| {elapsed}<{remaining}",
                )
            elif isinstance(message, Progress) and job.id in bars:
                bar = bars[job.id]
                bar.update(round(message.fraction * 100) - bar.n)

        for job_id in job_ids:
            outcome = service.run(job_id, on_message)
            if outcome.job_id in bars:
                bars.pop(outcome.job_id).close()
            if outcome.taken:  # another process is doing (or did) it: nothing to report as ours
                _report_taken(args, outcome, json)
                continue
            if outcome.state != JobState.DONE:
                failed += 1
            _report(
                args,
                {
                    "job": outcome.job_id,
                    "conversation": outcome.conversation_id,
                    "state": str(outcome.state),
                    "language": outcome.language,
                    "turns": outcome.turns,
                    "seconds": round(outcome.seconds, 1),
                    "message": outcome.message,
                    **_phases(outcome),
                },
                json,
            )
    return 1 if failed else 0


def _report(args, row: dict, json) -> None:
    from reviewer.cli.output import shown

    ok = row["state"] == "done"
    if args.json:
        print(json.dumps(row, ensure_ascii=False), flush=True)
        if not ok:
            print(f"reviewer: conversation {row['conversation']}: {shown(row['message'])}", file=sys.stderr)
        return
    if ok:
        print(
            f"#{row['conversation']}: transcribed, {row['turns']} turns, language {shown(row['language'] or '-')}"
            f" ({row['seconds']} s)",
            flush=True,
        )
        if row.get("message"):  # a note, e.g. speakers left unknown without the speaker models
            print(f"reviewer: conversation {row['conversation']}: {shown(row['message'])}", file=sys.stderr)
    else:
        print(
            f"reviewer: conversation {row['conversation']}: {row['state']}: {shown(row['message'])}", file=sys.stderr
        )


def _phases(outcome) -> dict:
    """What the worker measured: its peak memory and each phase's wall and CPU seconds."""
    peak = outcome.peak_rss_mb
    return {
        "peak_rss_mb": None if peak is None else round(peak),
        "separation_seconds": round(outcome.separation_seconds, 2),
        "separation_cpu_seconds": round(outcome.separation_cpu_seconds, 2),
        "decoding_seconds": round(outcome.decoding_seconds, 2),
        "decoding_cpu_seconds": round(outcome.decoding_cpu_seconds, 2),
    }


def _report_taken(args, outcome, json) -> None:
    row = {"job": outcome.job_id, "conversation": outcome.conversation_id, "state": "taken",
           "message": outcome.message}
    if args.json:
        print(json.dumps(row, ensure_ascii=False), flush=True)
    else:
        from reviewer.cli.output import shown

        print(f"#{outcome.conversation_id}: not transcribed here: job {outcome.job_id} {shown(outcome.message)}",
              flush=True)


def _set_speakers(library, cid: int, speakers: int) -> bool:
    """Store the conversation's number of speakers; True when it has a transcript to redo."""
    from reviewer.domain import ConversationStatus
    from reviewer.storage import speaker_counts
    from reviewer.transcription.jobs import TranscriptionError

    conversation = library.conversations.get(cid, with_turns=False)
    if conversation is None:
        raise TranscriptionError(f"conversation {cid} does not exist")
    speaker_counts.set_stored(library, cid, speakers)
    return conversation.status not in (ConversationStatus.NEEDS_TRANSCRIPTION, ConversationStatus.REVIEWED)

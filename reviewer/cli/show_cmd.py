"""reviewer show ID : one conversation with its turns."""

from __future__ import annotations

from reviewer.cli.common import whole_number


def register(sub) -> None:
    p = sub.add_parser("show", help="show a conversation with its turns")
    p.add_argument("id", type=whole_number, metavar="ID")
    p.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    p.set_defaults(func=run)


def turn_json(turn) -> dict:
    return {
        "index": turn.index,
        "speaker_role": str(turn.role),
        "speaker_name": turn.speaker_name,
        "start_ms": turn.start_ms,
        "end_ms": turn.end_ms,
        "sent_at": turn.sent_at,
        "text": turn.text,
        "words": None
        if turn.words is None
        else [
            {"start_ms": w.start_ms, "end_ms": w.end_ms, "text": w.text, "probability": w.probability}
            for w in turn.words
        ],
        # A reviewer's correction (reviewer edit --turn-text/--turn-role); null when unchanged.
        "original_text": turn.original_text,
        "original_speaker_role": None if turn.original_role is None else str(turn.original_role),
        "edited_at": turn.edited_at,
        "edited_by": turn.edited_by,
    }


def run(args) -> int:
    from reviewer.cli.common import fail, format_ms, open_library, print_json
    from reviewer.cli.list_cmd import conversation_summary
    from reviewer.cli.output import shown

    with open_library(args) as library:
        conversation = library.conversations.get(args.id)
        if conversation is None:
            fail(f"no conversation #{args.id}", status=1)
        recording = (
            str(library.recordings.path(conversation.recording_path)) if conversation.recording_path else None
        )
        visit = _visit_data(library, args.id)
        from reviewer.metrics import metrics_for

        metrics = metrics_for(library, args.id)
        from reviewer.storage.speaker_roles import load as load_speaker_roles

        speaker_roles = load_speaker_roles(library, args.id)
    turns = conversation.turns
    if args.json:
        data = conversation_summary(conversation, len(turns))
        data["recording_path"] = recording
        data["participants"] = [
            {"name": name, "role": str(role)} for name, role in conversation.participants.items()
        ]
        data["metadata"] = conversation.metadata
        data["visit"] = visit  # what a mystery shopper logged; null for other conversations
        data["metrics"] = metrics  # as `reviewer metrics --json` gives them
        data["speaker_roles"] = [_speaker_role_json(r) for r in speaker_roles]  # [] unless separated
        data["turns"] = [turn_json(t) for t in turns]
        print_json(data)
        return 0
    print(f"#{conversation.id}  {shown(conversation.title or conversation.source_name)}")
    print(
        f"{conversation.channel}, {shown(conversation.employee or 'no employee')}, "
        f"started {shown(conversation.started_at or 'unknown')}, length {format_ms(conversation.duration_ms)}, "
        f"language {shown(conversation.language or 'unknown')}, {conversation.status}"
    )
    print(f"source: {shown(conversation.source_name)} ({conversation.source_format})")
    call = conversation.metadata.get("call") or {}
    if call:  # what the telephone system's file name or the sidecar said (reviewer.importers.call_details)
        parts = [f"{label} {shown(str(call[key]))}" for key, label in (
            ("direction", "direction"), ("customer_number", "customer number"),
            ("agent_extension", "agent extension"), ("named_by", "from"), ("employee_from", "employee from the"),
        ) if call.get(key)]
        print("call: " + ", ".join(parts))
    if recording:
        print(f"recording: {shown(recording)}")
    if visit is not None:
        from reviewer.cli.visit_cmd import visit_lines

        print("\n".join(visit_lines(visit)))
    from reviewer.cli.metrics_cmd import metrics_lines

    print("\n".join(metrics_lines(metrics)))
    if speaker_roles:
        print("\n".join(speaker_role_lines(speaker_roles)))
    print()
    if not turns:
        print("(no turns yet)")
    width = len(str(turns[-1].index)) if turns else 1
    for turn in turns:
        when = format_ms(turn.start_ms) if turn.start_ms is not None else ""
        # Transcribed speech has participants named after their role ("Agent"): say it once.
        named = turn.speaker_name and turn.speaker_name.casefold() != str(turn.role)
        speaker = f"{shown(turn.speaker_name)} ({turn.role})" if named else str(turn.role)
        # The number is the one `reviewer edit --turn-...` and review evidence take.
        print(f"{turn.index:>{width}} [{when:>7}] {speaker}: {shown(turn.text)}{_edit_note(turn)}")
    return 0


def _visit_data(library, conversation_id: int) -> dict | None:
    from reviewer.cli.visit_cmd import visit_json

    visit = library.visits.get(conversation_id)
    return None if visit is None else visit_json(library, visit)


def _edit_note(turn) -> str:
    if not turn.edited:
        return ""
    was = []
    if turn.original_role is not None:
        was.append(f"was {turn.original_role}")
    if turn.original_text is not None:
        was.append(f"original: {turn.original_text!r}")
    return f"  [edited{': ' if was else ''}{'; '.join(was)}]"


def _speaker_role_json(row) -> dict:
    return {"speaker": row.speaker, "role": str(row.role), "cue": row.cue, "confidence": row.confidence,
            "decided_by": row.decided_by, "decided_at": row.decided_at, "reviewer": row.reviewer}


def speaker_role_lines(rows) -> list[str]:
    """'Agent: Speaker 2 (voice profile, 92 % sure)', one line per separated speaker."""
    from reviewer.domain import SpeakerRole
    from reviewer.speakers.roles import CUE_LABELS

    out = []
    for row in rows:
        by = f", {row.reviewer}" if row.reviewer else ""
        if row.role != SpeakerRole.AGENT and row.cue != "reviewer":  # the cue was the agent's, not theirs
            out.append(f"{str(row.role).capitalize()}: Speaker {row.speaker} (the other speaker)")
            continue
        cue = CUE_LABELS.get(row.cue, row.cue)
        out.append(f"{str(row.role).capitalize()}: Speaker {row.speaker} ({cue}{by}, {round(row.confidence * 100)} % sure)")
    return out

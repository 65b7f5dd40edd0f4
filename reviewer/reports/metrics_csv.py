"""Conversation metrics as CSV, one row per conversation (``reviewer export metrics``).

UTF-8 with a byte-order mark like the scores export; empty cells where a figure cannot be
known; lists (silences, reply waits) as their count, total or longest in their own columns.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from reviewer.reports.pdf_style import write_atomically

CONVERSATION_COLUMNS = ["conversation_id", "started_at", "employee", "channel", "title", "status"]
FIGURE_COLUMNS = [
    "duration_ms", "agent_talk_ms", "customer_talk_ms", "agent_talk_share", "silence_count", "silence_ms",
    "longest_silence_ms", "overtalk_count", "overtalk_ms", "agent_interruptions", "customer_interruptions",
    "agent_wpm", "hold_count", "hold_ms", "first_reply_ms", "reply_count", "longest_wait_ms", "reply_standard_ms",
    "replies_over_standard", "unanswered_at_end", "agent_messages", "customer_messages", "visit_wait_ms",
    "visit_length_ms", "metrics_version",
]
COLUMNS = CONVERSATION_COLUMNS + FIGURE_COLUMNS


def metrics_row(conversation, figures: dict) -> dict:
    row = {
        "conversation_id": conversation.id,
        "started_at": conversation.started_at or "",
        "employee": conversation.employee or "",
        "channel": str(conversation.channel),
        "title": conversation.title or conversation.source_name,
        "status": str(conversation.status),
    }
    waits = figures.get("reply_waits_ms")
    values = dict(figures, reply_count=None if waits is None else len(waits))
    for column in FIGURE_COLUMNS:
        value = values.get(column)
        row[column] = "" if value is None else value
    return row


def write_metrics_csv(library, conversations, path: str | os.PathLike) -> int:
    """One row per conversation (metrics brought up to date first); returns the rows written."""
    from reviewer.metrics import refresh
    from reviewer.storage.metrics import MetricsRepository

    ids = [c.id for c in conversations]
    refresh(library, ids)
    stored = MetricsRepository(library).figures(ids)

    def make(handle) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        writer = csv.DictWriter(text, fieldnames=COLUMNS)
        writer.writeheader()
        for conversation in conversations:
            writer.writerow(metrics_row(conversation, stored.get(conversation.id, {})))
        text.flush()
        text.detach()

    write_atomically(Path(path), make)
    return len(ids)

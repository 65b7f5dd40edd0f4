"""Conversation metrics and the voice activity they are measured from.

``conversation_metrics`` holds one row per conversation: every figure as JSON (what
``reviewer metrics --json`` prints) plus, as columns, the figures the library sorts and filters
by. A row is only valid for the turns it was computed from: the triggers below delete it
whenever a turn, a speaker's role, the conversation's channel or length, its voice activity or
its visit form changes, and the metrics service recomputes rows that are missing (or of an
older metrics version, or made with other thresholds) on next use.

``voice_activity`` keeps, per channel of a transcribed recording (-1: the whole recording), the
speech voice activity detection found while transcribing, as JSON [start_ms, end_ms, ...], so
overtalk is measured without decoding the recording again.
"""

STATEMENTS = [
    """CREATE TABLE conversation_metrics (
        conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,
        metrics_version INTEGER NOT NULL,
        thresholds TEXT NOT NULL,  -- JSON, the thresholds that made these figures
        figures TEXT NOT NULL,  -- JSON, every figure
        longest_silence_ms INTEGER,
        agent_talk_share REAL,
        first_reply_ms INTEGER,
        overtalk_ms INTEGER,
        computed_at TEXT NOT NULL
    )""",
    "CREATE INDEX conversation_metrics_silence ON conversation_metrics (longest_silence_ms)",
    "CREATE INDEX conversation_metrics_share ON conversation_metrics (agent_talk_share)",
    "CREATE INDEX conversation_metrics_reply ON conversation_metrics (first_reply_ms)",
    "CREATE INDEX conversation_metrics_overtalk ON conversation_metrics (overtalk_ms)",
    """CREATE TABLE voice_activity (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        channel INTEGER NOT NULL,  -- 0 left, 1 right, -1 the whole recording
        role TEXT,  -- the side transcription gave this channel's turns
        regions TEXT NOT NULL,  -- JSON [start_ms, end_ms, start_ms, end_ms, ...]
        PRIMARY KEY (conversation_id, channel)
    )""",
]

_STALE = "DELETE FROM conversation_metrics WHERE conversation_id = {row}.conversation_id"
TRIGGERS = {
    "metrics_turn_added": ("AFTER INSERT ON turns", "new"),
    "metrics_turn_removed": ("AFTER DELETE ON turns", "old"),
    "metrics_turn_changed": ("AFTER UPDATE OF participant_id, start_ms, end_ms, sent_at, text, words ON turns", "new"),
    "metrics_activity_added": ("AFTER INSERT ON voice_activity", "new"),
    "metrics_activity_removed": ("AFTER DELETE ON voice_activity", "old"),
    "metrics_role_changed": ("AFTER UPDATE OF role ON participants", "new"),
    "metrics_visit_added": ("AFTER INSERT ON visits", "new"),
    "metrics_visit_changed": ("AFTER UPDATE OF wait_ms, length_ms ON visits", "new"),
}


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
    for name, (event, row) in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {event} BEGIN {_STALE.format(row=row)}; END")
    conn.execute(
        "CREATE TRIGGER metrics_conversation_changed AFTER UPDATE OF channel, duration_ms ON conversations"
        " BEGIN DELETE FROM conversation_metrics WHERE conversation_id = new.id; END"
    )

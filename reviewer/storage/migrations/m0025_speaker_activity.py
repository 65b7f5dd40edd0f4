"""Speech of each separated speaker of a mono call (issue #15), what the metrics measure its
talk share, overtalk and interruptions from.

``speaker_activity`` keeps, per speaker (1..N, as ``turns.speaker``), the stretches speaker
separation found that speaker talking, as JSON [start_ms, end_ms, ...]; two speakers' stretches
overlap where both talk at once. Written and replaced together with the conversation's
voice_activity rows. The figures go stale (m0014) when these rows change, when a speaker's role
is decided again (speaker_roles, m0024) and when a turn is given to another speaker.
"""

STATEMENTS = [
    """CREATE TABLE IF NOT EXISTS speaker_activity (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        speaker INTEGER NOT NULL,
        regions TEXT NOT NULL,  -- JSON [start_ms, end_ms, start_ms, end_ms, ...]
        PRIMARY KEY (conversation_id, speaker)
    )""",
]

_STALE = "DELETE FROM conversation_metrics WHERE conversation_id = {row}.conversation_id"
TRIGGERS = {
    "metrics_speaker_activity_added": ("AFTER INSERT ON speaker_activity", "new"),
    "metrics_speaker_activity_removed": ("AFTER DELETE ON speaker_activity", "old"),
    "metrics_speaker_role_decided": ("AFTER INSERT ON speaker_roles", "new"),
    "metrics_turn_speaker_changed": ("AFTER UPDATE OF speaker ON turns", "new"),
}


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
    for name, (event, row) in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {event} BEGIN {_STALE.format(row=row)}; END")

"""Automatic QA results: per conversation and rubric, the suggestion for every checked criterion.

A result names the rubric version and the checker version it was made with and a stamp of the
turns it read, so that a changed rubric, a newer checker or a corrected turn makes it stale.
Flags get their own rows, so the library can filter on them with an index.
"""


def up(conn) -> None:
    conn.execute(
        """CREATE TABLE auto_results (
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            rubric_id TEXT NOT NULL,
            rubric_version TEXT NOT NULL,
            checker_version TEXT NOT NULL,
            turns_stamp TEXT NOT NULL,
            score REAL,
            criteria TEXT NOT NULL,  -- JSON: criterion id -> suggestion
            errors TEXT,  -- JSON: criterion id -> why its check broke, or NULL
            computed_at TEXT NOT NULL,
            PRIMARY KEY (conversation_id, rubric_id)
        )"""
    )
    conn.execute("CREATE INDEX auto_results_score ON auto_results (score)")
    conn.execute(
        """CREATE TABLE auto_flags (
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            rubric_id TEXT NOT NULL,
            flag TEXT NOT NULL,
            PRIMARY KEY (conversation_id, rubric_id, flag)
        )"""
    )
    conn.execute("CREATE INDEX auto_flags_flag ON auto_flags (flag, conversation_id)")

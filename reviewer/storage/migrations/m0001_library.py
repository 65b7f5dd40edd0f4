"""Employees, conversations, participants, turns, full-text search and settings."""

STATEMENTS = [
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL  -- JSON
    )""",
    """CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER REFERENCES employees(id) ON DELETE SET NULL,
        channel TEXT NOT NULL CHECK (channel IN ('call', 'chat', 'email', 'visit')),
        title TEXT,
        source_name TEXT NOT NULL,
        source_format TEXT,
        source_sha256 TEXT NOT NULL,
        source_key TEXT NOT NULL DEFAULT '',
        recording_path TEXT,
        started_at TEXT,
        duration_ms INTEGER,
        language TEXT,
        status TEXT NOT NULL,
        audio_channels INTEGER,
        sample_rate INTEGER,
        metadata TEXT NOT NULL DEFAULT '{}',
        imported_at TEXT NOT NULL,
        UNIQUE (source_sha256, source_key)
    )""",
    "CREATE INDEX conversations_employee ON conversations (employee_id)",
    "CREATE INDEX conversations_started ON conversations (started_at)",
    "CREATE INDEX conversations_status ON conversations (status)",
    "CREATE INDEX conversations_channel ON conversations (channel)",
    """CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'customer', 'system', 'unknown')),
        UNIQUE (conversation_id, name)
    )""",
    """CREATE TABLE turns (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        participant_id INTEGER NOT NULL REFERENCES participants(id),
        start_ms INTEGER,
        end_ms INTEGER,
        sent_at TEXT,
        text TEXT NOT NULL,
        words TEXT,  -- JSON [[start_ms, end_ms, word, probability], ...]
        UNIQUE (conversation_id, idx)
    )""",
    "CREATE INDEX turns_participant ON turns (participant_id)",
    # External-content FTS: the text lives once, in turns. New turns are indexed by the
    # repository in one INSERT ... SELECT per batch (a per-row AFTER INSERT trigger made bulk
    # imports four times slower); deletes and edits are kept in step by triggers.
    """CREATE VIRTUAL TABLE turns_fts USING fts5(
        text, content='turns', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER turns_ad AFTER DELETE ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER turns_au AFTER UPDATE OF text ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO turns_fts (rowid, text) VALUES (new.id, new.text);
    END""",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

"""Voice profiles of employees, for telling the agent among the speakers of a mono call.

A profile exists only once someone enrolled the employee (it is biometric data: nothing is
enrolled behind the user's back). ``voice_profile_sources`` holds one voice embedding per
conversation and kind of material (the agent channel of a two-channel call, or turns a reviewer
labelled as the agent's), so one conversation can be re-measured or dropped without the others;
the profile is their mean weighted by speech time. Removing the profile removes its sources.
A source goes when its conversation does, or when the conversation is given another employee.
"""

STATEMENTS = [
    """CREATE TABLE voice_profiles (
        employee_id INTEGER PRIMARY KEY REFERENCES employees(id) ON DELETE CASCADE,
        model TEXT NOT NULL,  -- the embedding model the sources were measured with
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE voice_profile_sources (
        employee_id INTEGER NOT NULL REFERENCES voice_profiles(employee_id) ON DELETE CASCADE,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('agent_channel', 'labelled_turns')),
        embedding BLOB NOT NULL,  -- float32 little-endian, L2-normalised
        speech_ms INTEGER NOT NULL,
        added_at TEXT NOT NULL,
        PRIMARY KEY (employee_id, conversation_id, kind)
    )""",
    "CREATE INDEX voice_profile_sources_conversation ON voice_profile_sources (conversation_id)",
    """CREATE TRIGGER voice_sources_employee_changed AFTER UPDATE OF employee_id ON conversations
        WHEN old.employee_id IS NOT new.employee_id
        BEGIN DELETE FROM voice_profile_sources WHERE conversation_id = new.id; END""",
]


def up(conn) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)

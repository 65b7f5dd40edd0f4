"""Separated speakers of mono calls (issue #15).

``turns.speaker``: the speaker number (1..N) speaker separation gave a turn of a mono call;
NULL for chats, two-channel calls and calls not separated. ``conversations.speakers``: how many
speakers the reviewer said the call has; NULL is the default (2 for calls), 0 means detect.
"""


def up(conn) -> None:
    turns = {row[1] for row in conn.execute("PRAGMA table_info(turns)")}
    if "speaker" not in turns:
        conn.execute("ALTER TABLE turns ADD COLUMN speaker INTEGER")
    conversations = {row[1] for row in conn.execute("PRAGMA table_info(conversations)")}
    if "speakers" not in conversations:
        conn.execute("ALTER TABLE conversations ADD COLUMN speakers INTEGER")

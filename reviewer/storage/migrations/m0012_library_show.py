"""The library window lists what is still to review, but only in libraries made from now on;
an index for "Not reviewed by me".

A library that already holds conversations keeps listing all of them, as it did, until its
reviewer picks "To review" (the ``library_show`` setting); a new, empty one starts at the
default, "to_review". The index answers "has this conversation a review submitted by this
reviewer" from the index alone (the library table counts 100,000 conversations with it).
"""


def up(conn) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO settings (key, value)"
        " SELECT 'library_show', '\"all\"' WHERE EXISTS (SELECT 1 FROM conversations)"
    )
    conn.execute("CREATE INDEX reviews_conversation_reviewer ON reviews (conversation_id, state, reviewer COLLATE NOCASE)")

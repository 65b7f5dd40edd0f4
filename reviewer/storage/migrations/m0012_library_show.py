"""The library window lists what is still to review, but only in libraries made from now on.

A library that already holds conversations keeps listing all of them, as it did, until its
reviewer picks "To review" (the ``library_show`` setting); a new, empty one starts at the
default, "to_review".
"""


def up(conn) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO settings (key, value)"
        " SELECT 'library_show', '\"all\"' WHERE EXISTS (SELECT 1 FROM conversations)"
    )

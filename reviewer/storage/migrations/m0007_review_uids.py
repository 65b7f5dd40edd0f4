"""A stable identity for every review, so reviews can move between libraries.

Local ids differ from library to library; ``uid`` (a random UUID given at creation) is the same
wherever the review travels. Existing reviews get one now.
"""

import uuid


def up(conn) -> None:
    conn.execute("ALTER TABLE reviews ADD COLUMN uid TEXT")
    ids = [row[0] for row in conn.execute("SELECT id FROM reviews")]
    conn.executemany("UPDATE reviews SET uid = ? WHERE id = ?", [(uuid.uuid4().hex, i) for i in ids])
    conn.execute("CREATE UNIQUE INDEX reviews_uid ON reviews (uid)")

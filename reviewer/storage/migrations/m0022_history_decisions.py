"""A review's history can record an answer changed by a dispute's decision, and why.

SQLite cannot change a CHECK constraint in place, so the table is rebuilt the way SQLite's
ALTER TABLE documentation describes: a new table from the current definition with 'dispute'
added to the allowed actions, every row copied with its id, the old table dropped, the new one
renamed, and its indexes and triggers made again. The definition is read from the database, not
restated here, so columns another migration added to review_history survive. Nothing refers to
review_history, so dropping the old table breaks no foreign key; it refers to reviews, whose
rows stay as they are. Then the ``note`` column (why) is added.
"""

import re

_ACTIONS = re.compile(r"(action\s+TEXT\s+NOT\s+NULL\s+CHECK\s*\(\s*action\s+IN\s*\()([^)]*)(\))", re.IGNORECASE)


def up(conn) -> None:
    table_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'review_history'").fetchone()[0]
    match = _ACTIONS.search(table_sql)
    if match is None:
        raise RuntimeError("review_history: the CHECK of its action column is not where migration 0003 put it")
    if "'dispute'" not in match.group(2):
        new_sql = table_sql[:match.end(2)] + ", 'dispute'" + table_sql[match.end(2):]
        new_sql = re.sub(r"^CREATE TABLE\s+\"?review_history\"?", "CREATE TABLE review_history_new", new_sql, count=1)
        extras = conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'review_history' AND type IN ('index', 'trigger')"
            " AND sql IS NOT NULL").fetchall()
        columns = ", ".join(f'"{row[1]}"' for row in conn.execute("PRAGMA table_info(review_history)"))
        conn.execute(new_sql)
        # Column names come from the table's own definition, never from user input.
        conn.execute(f"INSERT INTO review_history_new ({columns}) SELECT {columns} FROM review_history")
        conn.execute("DROP TABLE review_history")
        conn.execute("ALTER TABLE review_history_new RENAME TO review_history")
        for (sql,) in extras:
            conn.execute(sql)
    names = {row[1] for row in conn.execute("PRAGMA table_info(review_history)")}
    if "note" not in names:
        conn.execute("ALTER TABLE review_history ADD COLUMN note TEXT")  # why (a dispute's decision)

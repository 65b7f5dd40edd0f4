"""Search that finds inflected forms: the full-text index holds each turn's text without
invisible marks and the stems of its words (see reviewer/search). Existing libraries get their
index rebuilt here.

The index reads its content through the view ``turns_search``, whose columns are computed by the
SQL functions search_text() and search_stems() that every library connection registers; the
triggers use them to remove a deleted or edited turn's entry exactly as it was indexed.
"""

from reviewer.search.index import register

STATEMENTS = [
    "DROP TRIGGER IF EXISTS turns_ad",
    "DROP TRIGGER IF EXISTS turns_au",
    "DROP TABLE IF EXISTS turns_fts",
    """CREATE VIEW turns_search AS
        SELECT id, search_text(text) AS text, search_stems(text) AS stems FROM turns""",
    # prefix='3': a query word of three letters or more is also a prefix; this index keeps such
    # lookups as quick as whole words in a large library.
    """CREATE VIRTUAL TABLE turns_fts USING fts5(
        text, stems, content='turns_search', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='3'
    )""",
    """CREATE TRIGGER turns_ad AFTER DELETE ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text, stems)
        VALUES ('delete', old.id, search_text(old.text), search_stems(old.text));
    END""",
    """CREATE TRIGGER turns_au AFTER UPDATE OF text ON turns BEGIN
        INSERT INTO turns_fts (turns_fts, rowid, text, stems)
        VALUES ('delete', old.id, search_text(old.text), search_stems(old.text));
        INSERT INTO turns_fts (rowid, text, stems)
        VALUES (new.id, search_text(new.text), search_stems(new.text));
    END""",
    "INSERT INTO turns_fts (turns_fts) VALUES ('rebuild')",
]


def up(conn) -> None:
    register(conn)  # also on a connection that did not come from Library.open
    for statement in STATEMENTS:
        conn.execute(statement)

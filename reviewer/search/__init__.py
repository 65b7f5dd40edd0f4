"""Full-text search that works for inflected languages (Russian, Latvian, English).

Each turn is indexed twice in ``turns_fts`` (migration m0010): its text as written, less the
invisible marks (``normalize``), and the stems of its words (``stems``). A query word then matches
every word that starts with it and every word of the same stem, in one FTS5 lookup (``query``).
"""

-- 004: full-text search over article titles and texts (SQLite FTS5, diacritics folded).
-- The index keeps its own copy of title and text, keyed by the article id (UNINDEXED), so it never
-- depends on the implicit rowid of `articles` (which VACUUM may renumber).
-- It is kept in sync by the triggers articles_fts_insert / _delete / _update. Their bodies contain
-- ';', which the migration runner's statement splitter cannot yet carry, so newsmonitor.search
-- (SEARCH_TRIGGERS, installed by ensure_search_index) creates them with CREATE TRIGGER IF NOT EXISTS
-- and catches up on articles stored before they existed.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    id UNINDEXED,
    title,
    text,
    tokenize = "unicode61 remove_diacritics 2"
);

-- backfill: articles stored before this migration
INSERT INTO articles_fts (id, title, text)
    SELECT id, coalesce(title, ''), text FROM articles;

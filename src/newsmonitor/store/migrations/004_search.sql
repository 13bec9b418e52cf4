-- 004: full-text search over article titles and texts (SQLite FTS5, diacritics folded).
-- The index keeps its own copy of title and text; each row has the article's rowid (for fast joins)
-- and its id (UNINDEXED), so newsmonitor.search can check that the two still line up and rebuild if not.
-- It is kept in sync by the triggers articles_fts_insert / _delete / _update, created by migration 006
-- (and re-created by newsmonitor.search.ensure_search_index when the web app starts, which also
-- reindexes if any article is missing or misaligned).
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    id UNINDEXED,
    title,
    text,
    tokenize = "unicode61 remove_diacritics 2"
);

-- backfill: articles stored before this migration
INSERT INTO articles_fts (rowid, id, title, text)
    SELECT rowid, id, coalesce(title, ''), text FROM articles;

-- covering indexes for the entity pages and entity-aware search (articles of an entity, co-occurrence)
CREATE INDEX IF NOT EXISTS mentions_entity_article ON mentions(entity_id, article_id);
CREATE INDEX IF NOT EXISTS mentions_article_entity ON mentions(article_id, entity_id);

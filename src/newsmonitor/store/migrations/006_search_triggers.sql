-- 006: keep the full-text index in step with the articles from the moment they are stored (by any writer:
-- ingest, watch or the API), with triggers; then reindex whatever was stored before the triggers existed.
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS articles_fts_update;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, id, title, text) VALUES (new.rowid, new.id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, text ON articles BEGIN
    DELETE FROM articles_fts WHERE rowid = old.rowid;
    INSERT INTO articles_fts (rowid, id, title, text) VALUES (new.rowid, new.id, coalesce(new.title, ''), new.text);
END;
DELETE FROM articles_fts;
INSERT INTO articles_fts (rowid, id, title, text) SELECT rowid, id, coalesce(title, ''), text FROM articles;

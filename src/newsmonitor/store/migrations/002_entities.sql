-- 002: canonical entities with running counts, and the names each is written with per language.
CREATE TABLE entities (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    name           TEXT NOT NULL,
    mention_count  INTEGER NOT NULL DEFAULT 0,
    article_count  INTEGER NOT NULL DEFAULT 0,
    first_date     TEXT,
    last_date      TEXT
);
CREATE INDEX entities_mentions ON entities(mention_count DESC);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

CREATE TABLE entity_names (
    entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    lang       TEXT NOT NULL,
    name       TEXT NOT NULL,
    count      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity_id, lang, name)
);
CREATE INDEX entity_names_name ON entity_names(name COLLATE NOCASE);

-- entities of articles stored before this migration
INSERT INTO entities (id, type, name, mention_count, article_count, first_date, last_date)
    SELECT m.entity_id, min(m.type), min(m.name), count(*), count(DISTINCT m.article_id), min(a.date), max(a.date)
    FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.entity_id;
INSERT INTO entity_names (entity_id, lang, name, count)
    SELECT m.entity_id, coalesce(a.lang, '?'), m.text, count(*)
    FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2, 3;

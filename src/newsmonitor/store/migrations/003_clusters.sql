-- 003: events and stories formed by the cluster stage, and why each article joined its event.
-- articles.event / articles.story / articles.duplicate_of (from 001) point at these rows.
CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    story          TEXT,                 -- stories.id
    title          TEXT,                 -- representative title (of the most central article)
    labels         TEXT,                 -- JSON {lang: title in that language}
    date           TEXT,                 -- the happening's date estimate (YYYY-MM-DD or YYYY-MM)
    first_date     TEXT,                 -- span of the member articles' publication dates
    last_date      TEXT,
    langs          TEXT,                 -- JSON {lang: article count}
    article_count  INTEGER NOT NULL DEFAULT 0,
    entities       TEXT,                 -- JSON [[entity_id, name, type, weight], ...] main entities first
    state          TEXT,                 -- JSON centroid used by online clustering (internal)
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX events_story ON events(story);
CREATE INDEX events_last_date ON events(last_date);
CREATE INDEX events_size ON events(article_count DESC);

CREATE TABLE stories (
    id             TEXT PRIMARY KEY,
    title          TEXT,
    labels         TEXT,                 -- JSON {lang: title}
    first_date     TEXT,
    last_date      TEXT,
    langs          TEXT,                 -- JSON {lang: article count}
    event_count    INTEGER NOT NULL DEFAULT 0,
    article_count  INTEGER NOT NULL DEFAULT 0,
    entities       TEXT,                 -- JSON [[entity_id, name, type, weight], ...]
    state          TEXT,                 -- JSON centroid (internal)
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX stories_last_date ON stories(last_date);
CREATE INDEX stories_size ON stories(article_count DESC);

-- why an article joined its event: JSON {"event": …, "score": …, "threshold": …,
-- "shared_entities": [...], "shared_terms": [...], "date": …, "duplicate_of": …, ...}
ALTER TABLE articles ADD COLUMN why TEXT;
ALTER TABLE articles ADD COLUMN happened TEXT;  -- the happening date the clusterer used
CREATE INDEX articles_duplicate ON articles(duplicate_of);

-- the clusterer's document frequencies (entity ids as "@id", word stems, "~concepts"), so that an
-- ingest that continues an existing store weighs terms as if it had seen every article
CREATE TABLE cluster_df (
    key  TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE cluster_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT
);

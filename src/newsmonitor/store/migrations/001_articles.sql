-- 001: articles with their extracted metadata, entity mentions and quotes.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    url           TEXT UNIQUE,
    content_hash  TEXT NOT NULL UNIQUE,
    title         TEXT,
    lang          TEXT,
    date          TEXT,              -- YYYY-MM-DD, YYYY-MM or YYYY: the precision is the length
    date_source   TEXT,
    source        TEXT,
    text          TEXT NOT NULL,
    origin        TEXT,
    event         TEXT,
    story         TEXT,
    duplicate_of  TEXT,
    ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_lang ON articles(lang);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_event ON articles(event);
CREATE INDEX articles_story ON articles(story);

CREATE TABLE mentions (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    name        TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    speaker     TEXT,
    speaker_id  TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

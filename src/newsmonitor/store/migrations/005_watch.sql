-- 005: state of `newsmonitor watch`: per-feed conditional-GET validators and error backoff, and the items seen.
CREATE TABLE IF NOT EXISTS watch_feeds (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    failures       INTEGER NOT NULL DEFAULT 0,   -- consecutive failed polls (drives the backoff)
    last_error     TEXT,
    last_polled    TEXT,
    last_ok        TEXT
);

CREATE TABLE IF NOT EXISTS watch_items (
    feed_url   TEXT NOT NULL,
    item_key   TEXT NOT NULL,                -- guid/id, else link, else a hash of title and summary
    status     TEXT NOT NULL,                -- done | retry (its page could not be fetched or used yet)
    attempts   INTEGER NOT NULL DEFAULT 1,
    seen_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    PRIMARY KEY (feed_url, item_key)
);

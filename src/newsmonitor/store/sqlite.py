"""The SQLite store: schema migrations, idempotent article insertion, and queries.

The database is the interface: plain tables (``articles``, ``mentions``, ``quotes``) that other
tools can read. WAL mode lets readers work while one writer ingests. Migrations are the numbered
``migrations/NNN_*.sql`` files, applied in order and recorded in ``PRAGMA user_version``.
"""

from __future__ import annotations

import json
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from newsmonitor.model import Article, Mention, Quote

DEFAULT_DB = "newsmonitor.db"


@dataclass(slots=True)
class AddOutcome:
    """What happened to one article offered to the store."""

    article_id: str
    status: str  # "added", "duplicate"
    detail: str = ""


def normalize_url(url: str | None) -> str | None:
    """Canonical form for duplicate detection: lower-case scheme and host, no fragment, no trailing slash."""
    if not url:
        return None
    try:
        parts = urllib.parse.urlsplit(url.strip())
    except ValueError:
        return url.strip()
    path = parts.path.rstrip("/") or "/"
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("newsmonitor.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:3].isdigit():
            found.append((int(name[:3]), name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """One SQLite database file. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path = DEFAULT_DB):
        self.path = str(path)
        self.db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA busy_timeout = 30000")
        self.db.execute("PRAGMA cache_size = -65536")  # 64 MB of page cache: big batches touch many index pages
        self.migrate()

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        """Apply every migration newer than the database's version, each in its own transaction."""
        current = self.schema_version
        for number, name, sql in _migrations():
            if number <= current:
                continue
            try:
                self.db.execute("BEGIN IMMEDIATE")
                if self.schema_version >= number:  # another process migrated meanwhile
                    self.db.execute("ROLLBACK")
                    continue
                for statement in _split_sql(sql):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {number:d}")
                self.db.execute("COMMIT")
            except sqlite3.Error as exc:
                self.db.execute("ROLLBACK")
                raise RuntimeError(f"migration {name} failed: {exc}") from exc

    # -- writing -----------------------------------------------------------------------------
    def add_articles(self, articles: Iterable[Article],
                     before_commit: Callable[[Store], None] | None = None) -> list[AddOutcome]:
        """Insert a batch in one transaction. The same URL or the same content is stored once.

        ``before_commit`` runs inside the transaction after the inserts (the clusterer writes the
        events and stories the batch touched there, so articles and clusters commit together).
        """
        outcomes: list[AddOutcome] = []
        tally = _EntityTally()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for article in articles:
                outcome = self._add(article)
                if outcome.status == "added":
                    tally.count(article)
                outcomes.append(outcome)
            tally.write(self.db)
            if before_commit:
                before_commit(self)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return outcomes

    def stored_as(self, article: Article) -> tuple[str, str] | None:
        """(id, reason) of the stored article with the same URL or the same content, if any."""
        url = normalize_url(article.url)
        if url:
            row = self.db.execute("SELECT id FROM articles WHERE url = ?", (url,)).fetchone()
            if row:
                return row["id"], "same URL"
        row = self.db.execute("SELECT id FROM articles WHERE content_hash = ?", (article.content_hash,)).fetchone()
        if row:
            return row["id"], "same content"
        return None

    def free_id(self, article: Article) -> str:
        """The id the article will be stored under: its own, else with a content-hash suffix (and a number)."""
        taken = self.db.execute
        if not taken("SELECT 1 FROM articles WHERE id = ?", (article.id,)).fetchone():
            return article.id
        candidate = f"{article.id}-{(article.content_hash or '')[:8]}"
        number = 1
        while taken("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
            number += 1
            candidate = f"{article.id}-{(article.content_hash or '')[:8]}-{number}"
        return candidate

    def _add(self, article: Article) -> AddOutcome:
        known = self.stored_as(article)
        if known:
            return AddOutcome(known[0], "duplicate", known[1])
        url = normalize_url(article.url)
        article_id = self.free_id(article)
        self.db.execute(
            "INSERT INTO articles (id, url, content_hash, title, lang, date, date_source, source, text, origin,"
            " event, story, duplicate_of, happened, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, url, article.content_hash, article.title, article.lang, article.date, article.date_source,
             article.source, article.text, article.origin, article.event, article.story, article.duplicate_of,
             article.happened, json.dumps(article.why, ensure_ascii=False) if article.why else None),
        )
        self.db.executemany(
            "INSERT INTO mentions (article_id, start, end, text, type, entity_id, name) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(article_id, m.start, m.end, m.text, m.type, m.id, m.name) for m in article.mentions],
        )
        self.db.executemany(
            "INSERT INTO quotes (article_id, position, start, text, speaker, speaker_id) VALUES (?, ?, ?, ?, ?, ?)",
            [(article_id, i, q.start, q.text, q.speaker, q.speaker_id) for i, q in enumerate(article.quotes)],
        )
        detail = f"id {article.id!r} was taken; stored as {article_id!r}" if article_id != article.id else ""
        return AddOutcome(article_id, "added", detail)

    # -- clusters ----------------------------------------------------------------------------
    def save_clusters(self, events: list[dict[str, Any]], stories: list[dict[str, Any]],
                      df_delta: dict[str, int], n_docs: int) -> None:
        """Upsert event and story records (counts taken from the stored articles) and term frequencies.

        Meant to run inside :meth:`add_articles`' transaction (``before_commit``).
        """
        dumps = json.dumps
        for e in events:
            count = self.db.execute("SELECT count(*) FROM articles WHERE event = ?", (e["id"],)).fetchone()[0]
            self.db.execute(
                "INSERT INTO events (id, story, title, labels, date, first_date, last_date, langs, article_count,"
                " entities, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT(id) DO UPDATE SET story = excluded.story,"
                " title = excluded.title, labels = excluded.labels, date = excluded.date,"
                " first_date = excluded.first_date, last_date = excluded.last_date, langs = excluded.langs,"
                " article_count = excluded.article_count, entities = excluded.entities, state = excluded.state,"
                " updated_at = excluded.updated_at",
                (e["id"], e.get("story"), e.get("title"), dumps(e.get("labels") or {}, ensure_ascii=False),
                 e.get("date"), e.get("first_date"), e.get("last_date"), dumps(e.get("langs") or {}), count,
                 dumps(e.get("entities") or [], ensure_ascii=False), dumps(e.get("state") or {}, ensure_ascii=False)),
            )
        for st in stories:
            articles, n_events = self.db.execute(
                "SELECT count(*), count(DISTINCT event) FROM articles WHERE story = ?", (st["id"],)).fetchone()
            self.db.execute(
                "INSERT INTO stories (id, title, labels, first_date, last_date, langs, event_count, article_count,"
                " entities, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
                " labels = excluded.labels, first_date = excluded.first_date, last_date = excluded.last_date,"
                " langs = excluded.langs, event_count = excluded.event_count,"
                " article_count = excluded.article_count, entities = excluded.entities, state = excluded.state,"
                " updated_at = excluded.updated_at",
                (st["id"], st.get("title"), dumps(st.get("labels") or {}, ensure_ascii=False), st.get("first_date"),
                 st.get("last_date"), dumps(st.get("langs") or {}), n_events, articles,
                 dumps(st.get("entities") or [], ensure_ascii=False),
                 dumps(st.get("state") or {}, ensure_ascii=False)),
            )
        self.db.executemany(
            "INSERT INTO cluster_df (key, df) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET df = df + excluded.df",
            list(df_delta.items()),
        )
        self.db.execute("INSERT INTO cluster_meta (key, value) VALUES ('n_docs', ?)"
                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(n_docs),))

    def load_cluster_base(self) -> tuple[dict[str, int], int, int | None]:
        """(document frequencies, documents seen, the latest happening day as an ordinal) of the clusterer."""
        df = dict(self.db.execute("SELECT key, df FROM cluster_df").fetchall())
        row = self.db.execute("SELECT value FROM cluster_meta WHERE key = 'n_docs'").fetchone()
        latest = self.db.execute("SELECT max(json_extract(state, '$.last')) FROM events").fetchone()[0]
        return df, int(row[0]) if row else 0, int(latest) if latest is not None else None

    def load_cluster_states(self, table: str, since_ordinal: int, before_ordinal: int | None = None
                            ) -> list[sqlite3.Row]:
        """Stored cluster states whose last happening is in [since, before) (undated ones with no ``before``)."""
        sql = {
            "events": "SELECT id, state FROM events WHERE coalesce(json_extract(state, '$.last'), ?) >= ?"
                      " AND coalesce(json_extract(state, '$.last'), ?) < ?",
            "stories": "SELECT id, state FROM stories WHERE coalesce(json_extract(state, '$.last'), ?) >= ?"
                       " AND coalesce(json_extract(state, '$.last'), ?) < ?",
        }[table]
        before = before_ordinal if before_ordinal is not None else 10**9
        undated = since_ordinal if before_ordinal is None else 10**9
        return self.db.execute(sql, (undated, since_ordinal, undated, before)).fetchall()

    # -- reading -----------------------------------------------------------------------------
    def get_article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT * FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 2",
                (_like_prefix(article_id),),
            ).fetchall()
            row = row[0] if len(row) == 1 else None  # a unique prefix is enough
        return self._article(row) if row else None

    def _article(self, row: sqlite3.Row) -> Article:
        article = Article(
            id=row["id"], text=row["text"], url=row["url"], origin=row["origin"] or "",
            lang=row["lang"], date=row["date"], date_source=row["date_source"], title=row["title"],
            source=row["source"], content_hash=row["content_hash"], event=row["event"], story=row["story"],
            duplicate_of=row["duplicate_of"], happened=row["happened"],
            why=json.loads(row["why"]) if row["why"] else None,
        )
        article.mentions = [
            Mention(r["text"], r["type"], r["entity_id"], r["name"], r["start"], r["end"])
            for r in self.db.execute("SELECT * FROM mentions WHERE article_id = ? ORDER BY start", (row["id"],))
        ]
        article.quotes = [
            Quote(r["text"], r["speaker"], r["speaker_id"], r["start"])
            for r in self.db.execute("SELECT * FROM quotes WHERE article_id = ? ORDER BY position", (row["id"],))
        ]
        return article

    def list_articles(
        self,
        *,
        lang: str | None = None,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Article summaries, newest first. ``since``/``until`` compare on the date's own precision."""
        where, params = [], []
        if lang:
            where.append("lang = ?")
            params.append(lang)
        if source:
            where.append("(source = ? OR source LIKE ? ESCAPE '\\')")
            params += [source, "%." + _like_escape(source)]
        if since:
            where.append("date IS NOT NULL AND date >= substr(?, 1, length(date))")
            params.append(since)
        if until:
            where.append("date IS NOT NULL AND date <= ?")
            params.append(until + "\uffff")
        sql = "SELECT id, date, lang, source, title, url FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date IS NULL, date DESC, ingested_at DESC, id LIMIT ? OFFSET ?"
        params += [limit, offset]
        return [dict(r) for r in self.db.execute(sql, params)]

    def find_entity(self, query: str) -> dict[str, Any] | None:
        """An entity by id, canonical name or any name it was written with (case-insensitive)."""
        row = self.db.execute("SELECT * FROM entities WHERE id = ?", (query,)).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT * FROM entities WHERE name = ? COLLATE NOCASE ORDER BY mention_count DESC LIMIT 1", (query,)
            ).fetchone()
        if row is None:
            row = self.db.execute(
                "SELECT e.* FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.name = ? COLLATE NOCASE"
                " ORDER BY e.mention_count DESC LIMIT 1", (query,)
            ).fetchone()
        if row is None:
            return None
        entity = dict(row)
        entity["names"] = [dict(r) for r in self.db.execute(
            "SELECT lang, name, count FROM entity_names WHERE entity_id = ? ORDER BY lang, count DESC", (row["id"],))]
        entity["timeline"] = [dict(r) for r in self.db.execute(
            "SELECT substr(a.date, 1, 7) AS month, count(*) AS mentions, count(DISTINCT a.id) AS articles"
            " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? AND a.date IS NOT NULL"
            " GROUP BY 1 ORDER BY 1", (row["id"],))]
        entity["articles"] = [dict(r) for r in self.db.execute(
            "SELECT a.id, a.date, a.lang, a.title, count(*) AS mentions FROM mentions m"
            " JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
            " GROUP BY a.id ORDER BY a.date DESC LIMIT 100", (row["id"],))]
        return entity

    def person_names(self, limit: int = 50_000) -> dict[str, list[str]]:
        """The most mentioned persons and the names they were written with (to seed a person registry)."""
        names: dict[str, list[str]] = {}
        for row in self.db.execute(
            "SELECT n.entity_id, n.name FROM entity_names n JOIN (SELECT id FROM entities WHERE type = 'PER'"
            " ORDER BY mention_count DESC LIMIT ?) e ON e.id = n.entity_id", (limit,)):
            names.setdefault(row[0], []).append(row[1])
        return names

    def iter_articles(self) -> Iterator[Article]:
        for row in self.db.execute("SELECT * FROM articles ORDER BY ingested_at, id").fetchall():
            yield self._article(row)

    def stats(self) -> dict[str, Any]:
        one = self.db.execute
        return {
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "languages": dict(one("SELECT coalesce(lang, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")
                              .fetchall()),
            "sources": one("SELECT count(DISTINCT source) FROM articles").fetchone()[0],
            "date_precision": dict(one(
                "SELECT CASE length(date) WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' ELSE 'none' END,"
                " count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall()),
            "first_date": one("SELECT min(date) FROM articles").fetchone()[0],
            "last_date": one("SELECT max(date) FROM articles").fetchone()[0],
            "mentions": one("SELECT count(*) FROM mentions").fetchone()[0],
            "entities": one("SELECT count(*) FROM entities").fetchone()[0],
            "quotes": one("SELECT count(*) FROM quotes").fetchone()[0],
            "schema_version": self.schema_version,
        }


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(value: str) -> str:
    return _like_escape(value) + "%"


def _split_sql(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers with inner ';' stay whole)."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if not current and line.strip().startswith("--"):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip() and not all(ln.strip().startswith("--") or not ln.strip() for ln in current.splitlines()):
        statements.append(current.strip())
    return [s for s in statements if s.rstrip(";").strip()]


class _EntityTally:
    """The entity table's counts, first and last dates and per-language names for one batch of
    articles, summed in memory and written with one statement per table."""

    def __init__(self) -> None:
        self.entities: dict[str, list[Any]] = {}  # id → [type, name, mentions, articles, first, last]
        self.names: dict[tuple[str, str, str], int] = {}  # (entity id, lang, name) → count

    def count(self, article: Article) -> None:
        lang = article.lang or "?"
        seen: set[str] = set()
        for m in article.mentions:
            row = self.entities.get(m.id)
            if row is None:
                row = self.entities[m.id] = [m.type, m.name, 0, 0, article.date, article.date]
            elif m.id not in seen:
                row[4] = _earliest(row[4], article.date)
                row[5] = _latest(row[5], article.date)
            row[2] += 1
            if m.id not in seen:
                seen.add(m.id)
                row[3] += 1
            key = (m.id, lang, m.text)
            self.names[key] = self.names.get(key, 0) + 1

    def write(self, db: sqlite3.Connection) -> None:
        db.executemany(
            "INSERT INTO entities (id, type, name, mention_count, article_count, first_date, last_date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " mention_count = mention_count + excluded.mention_count,"
            " article_count = article_count + excluded.article_count,"
            " first_date = CASE WHEN first_date IS NULL OR excluded.first_date < first_date"
            "   THEN excluded.first_date ELSE first_date END,"
            " last_date = CASE WHEN last_date IS NULL OR excluded.last_date > last_date"
            "   THEN excluded.last_date ELSE last_date END",
            [(entity_id, *row) for entity_id, row in self.entities.items()],
        )
        db.executemany(
            "INSERT INTO entity_names (entity_id, lang, name, count) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(entity_id, lang, name) DO UPDATE SET count = count + excluded.count",
            [(*key, n) for key, n in self.names.items()],
        )
        self.entities.clear()
        self.names.clear()


def _earliest(current: str | None, new: str | None) -> str | None:
    """SQL's rule for first_date: a NULL is replaced by anything; otherwise the smaller date wins."""
    if current is None:
        return new
    return new if new is not None and new < current else current


def _latest(current: str | None, new: str | None) -> str | None:
    if current is None:
        return new
    return new if new is not None and new > current else current

"""Read queries over the store for the CLI, the web pages and the JSON API: parameterised SQL.

Every value reaches SQLite as a ``?`` parameter; the SQL text is built only from fixed fragments.
Functions take an open connection (``sqlite3.Row`` rows) and return plain dicts and lists, with the
JSON columns of ``events``/``stories``/``articles.why`` decoded.
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import date as Date
from typing import Any

from newsmonitor.search import Filters, filter_conditions

MAX_LIMIT = 200
ARTICLE_FIELDS = "a.id, a.url, a.title, a.lang, a.date, a.source, a.event, a.story, a.duplicate_of"
# events/stories columns without the clusterer's internal ``state`` (large JSON)
EVENT_FIELDS = ("e.id, e.story, e.title, e.labels, e.date, e.first_date, e.last_date, e.langs, e.article_count,"
                " e.entities, e.updated_at")
STORY_FIELDS = ("s.id, s.title, s.labels, s.first_date, s.last_date, s.langs, s.event_count, s.article_count,"
                " s.entities, s.updated_at")
STORY_EVENTS_SHOWN = 300


def connect(path: str) -> sqlite3.Connection:
    """A read-only connection (``query_only``) for one thread."""
    db = sqlite3.connect(path, timeout=30.0, check_same_thread=False)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA busy_timeout = 30000")
    db.execute("PRAGMA query_only = ON")
    return db


def clamp(limit: int, offset: int) -> tuple[int, int]:
    """Pagination caps: 1 ≤ limit ≤ MAX_LIMIT, offset ≥ 0."""
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def loads(value: str | None, default: Any) -> Any:
    """Decode a JSON column; a missing or malformed value gives ``default``."""
    if not value:
        return default
    try:
        decoded = json.loads(value)
    except (TypeError, ValueError):
        return default
    return decoded if isinstance(decoded, type(default)) else default


def parse_date(value: str | None) -> Date | None:
    """``YYYY-MM-DD`` / ``YYYY-MM`` (mid-month) / ``YYYY`` (mid-year) as a date, else None."""
    if not value:
        return None
    try:
        if len(value) >= 10:
            return Date.fromisoformat(value[:10])
        if len(value) == 7:
            return Date(int(value[:4]), int(value[5:7]), 15)
        if len(value) == 4:
            return Date(int(value), 7, 1)
    except ValueError:
        return None
    return None


def _event(row: sqlite3.Row) -> dict[str, Any]:
    event = dict(row)
    event.pop("state", None)
    event["labels"] = loads(event.get("labels"), {})
    event["langs"] = loads(event.get("langs"), {})
    event["entities"] = [_entity_ref(e) for e in loads(event.get("entities"), []) if _entity_ref(e)]
    return event


def _entity_ref(value: Any) -> dict[str, Any] | None:
    """``[id, name, type, weight]`` (or a dict) from the events/stories JSON as a dict."""
    if isinstance(value, dict) and value.get("id"):
        return {"id": str(value["id"]), "name": str(value.get("name") or value["id"]),
                "type": value.get("type"), "weight": value.get("weight")}
    if isinstance(value, list) and value:
        padded = [*value, None, None, None][:4]
        return {"id": str(padded[0]), "name": str(padded[1] or padded[0]), "type": padded[2], "weight": padded[3]}
    return None


# -- front page ---------------------------------------------------------------------------------------
def top_events(db: sqlite3.Connection, limit: int = 12, half_life_days: float = 10.0) -> list[dict[str, Any]]:
    """Events ranked by size, language spread and recency (relative to the newest event in the store)."""
    rows = db.execute(
        f"SELECT {EVENT_FIELDS} FROM events e WHERE e.id IN (SELECT id FROM events ORDER BY last_date DESC LIMIT 400)"
        " OR e.id IN (SELECT id FROM events ORDER BY article_count DESC LIMIT 200)").fetchall()
    events = [_event(r) for r in rows]
    newest = max((d for d in (parse_date(e["last_date"] or e["date"]) for e in events) if d), default=None)
    for e in events:
        when = parse_date(e["last_date"] or e["date"])
        age = (newest - when).days if newest and when else 365
        spread = len(e["langs"]) or 1
        e["score"] = (math.log1p(e["article_count"] or 0) + 0.6 * spread) * 0.5 ** (max(age, 0) / half_life_days)
    events.sort(key=lambda e: (-e["score"], e["id"]))
    return events[:limit]


def newest_stories(db: sqlite3.Connection, limit: int = 8) -> list[dict[str, Any]]:
    rows = db.execute(f"SELECT {STORY_FIELDS} FROM stories s"
                      " ORDER BY s.last_date DESC, s.article_count DESC, s.id LIMIT ?", (limit,)).fetchall()
    return [_event(r) for r in rows]


def latest_articles(db: sqlite3.Connection, limit: int = 15) -> list[dict[str, Any]]:
    return [dict(r) for r in db.execute(
        f"SELECT {ARTICLE_FIELDS} FROM articles a ORDER BY a.date DESC, a.id"
        " LIMIT ?", (limit,))]


def stats(db: sqlite3.Connection) -> dict[str, Any]:
    one = db.execute
    return {
        "articles": one("SELECT count(*) FROM articles").fetchone()[0],
        "events": one("SELECT count(*) FROM events").fetchone()[0],
        "stories": one("SELECT count(*) FROM stories").fetchone()[0],
        "entities": one("SELECT count(*) FROM entities").fetchone()[0],
        "quotes": one("SELECT count(*) FROM quotes").fetchone()[0],
        "languages": {r[0]: r[1] for r in one(
            "SELECT coalesce(lang, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC")},
        "first_date": one("SELECT min(date) FROM articles").fetchone()[0],
        "last_date": one("SELECT max(date) FROM articles").fetchone()[0],
    }


# -- stories and events -------------------------------------------------------------------------------
def get_story(db: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    """A story with its events in date order (the ``STORY_EVENTS_SHOWN`` largest when it has more)."""
    row = db.execute(f"SELECT {STORY_FIELDS} FROM stories s WHERE s.id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    story = _event(row)
    story["events_total"] = db.execute("SELECT count(*) FROM events WHERE story = ?", (story_id,)).fetchone()[0]
    story["events"] = [_event(r) for r in db.execute(
        f"SELECT * FROM (SELECT {EVENT_FIELDS} FROM events e WHERE e.story = ?"
        "  ORDER BY e.article_count DESC, e.last_date DESC LIMIT ?)"
        " ORDER BY coalesce(date, first_date), id", (story_id, STORY_EVENTS_SHOWN))]
    return story


def get_event(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {EVENT_FIELDS} FROM events e WHERE e.id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    event = _event(row)
    articles = [dict(r) for r in db.execute(
        f"SELECT {ARTICLE_FIELDS}, a.why, a.happened, length(a.text) AS length FROM articles a WHERE a.event = ?"
        " ORDER BY a.date, a.id", (event_id,))]
    for a in articles:
        a["why"] = loads(a["why"], {})
    event["articles"] = articles
    event["groups"] = group_by_language(articles)
    event["quotes"] = [dict(r) for r in db.execute(
        "SELECT q.article_id, q.position, q.text, q.speaker, q.speaker_id, a.lang, a.title FROM quotes q"
        " JOIN articles a ON a.id = q.article_id WHERE a.event = ? AND a.duplicate_of IS NULL"
        " ORDER BY a.date, q.article_id, q.position LIMIT 200", (event_id,))]
    if not event["entities"]:
        event["entities"] = [dict(r) for r in db.execute(
            "SELECT m.entity_id AS id, min(m.name) AS name, min(m.type) AS type, count(DISTINCT m.article_id) AS weight"
            " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.event = ?"
            " GROUP BY m.entity_id ORDER BY weight DESC, name LIMIT 30", (event_id,))]
    event["story_row"] = None
    if event.get("story"):
        story = db.execute("SELECT id, title FROM stories WHERE id = ?", (event["story"],)).fetchone()
        event["story_row"] = dict(story) if story else None
    return event


def group_by_language(articles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles per language, most articles first; copies (``duplicate_of`` a member) folded under their original."""
    by_id = {a["id"]: a for a in articles}
    copies: dict[str, list[dict[str, Any]]] = {}
    originals = []
    for a in articles:
        if a.get("duplicate_of") and a["duplicate_of"] in by_id and a["duplicate_of"] != a["id"]:
            copies.setdefault(a["duplicate_of"], []).append(a)
        else:
            originals.append(a)
    groups: dict[str, list[dict[str, Any]]] = {}
    for a in originals:
        groups.setdefault(a["lang"] or "?", []).append({**a, "copies": copies.get(a["id"], [])})
    return [{"lang": lang, "articles": items, "count": sum(1 + len(i["copies"]) for i in items)}
            for lang, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


# -- articles ------------------------------------------------------------------------------------------
def get_article(db: sqlite3.Connection, article_id: str) -> dict[str, Any] | None:
    row = db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    article = dict(row)
    article.pop("content_hash", None)
    article["why"] = loads(article.get("why"), {})
    article["mentions"] = [dict(r) for r in db.execute(
        "SELECT start, end, text, type, entity_id, name FROM mentions WHERE article_id = ? ORDER BY start",
        (article_id,))]
    article["quotes"] = [dict(r) for r in db.execute(
        "SELECT position, start, text, speaker, speaker_id FROM quotes WHERE article_id = ? ORDER BY position",
        (article_id,))]
    ev = db.execute("SELECT id, title, article_count FROM events WHERE id = ?", (article["event"],)).fetchone()
    st = db.execute("SELECT id, title FROM stories WHERE id = ?", (article["story"],)).fetchone()
    article["event_row"] = dict(ev) if ev else None
    article["story_row"] = dict(st) if st else None
    orig = db.execute("SELECT id, title FROM articles WHERE id = ?", (article["duplicate_of"],)).fetchone()
    article["original_row"] = dict(orig) if orig else None
    article["copies"] = [dict(r) for r in db.execute(
        "SELECT id, title, lang, source FROM articles WHERE duplicate_of = ? ORDER BY id LIMIT 50", (article_id,))]
    return article


def list_articles(db: sqlite3.Connection, filters: Filters, *, event: str | None = None, story: str | None = None,
                  limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Articles newest first with the total count."""
    where, params = filter_conditions(filters)
    if event:
        where.append("a.event = ?")
        params.append(event)
    if story:
        where.append("a.story = ?")
        params.append(story)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    total = db.execute(f"SELECT count(*) FROM articles a{clause}", params).fetchone()[0]
    rows = db.execute(f"SELECT {ARTICLE_FIELDS} FROM articles a{clause}"
                      " ORDER BY a.date IS NULL, a.date DESC, a.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return [dict(r) for r in rows], total


# -- events and stories lists ---------------------------------------------------------------------------
def _cluster_conditions(filters: Filters, alias: str, member_column: str) -> tuple[list[str], list[Any]]:
    """Conditions for events/stories: language among their langs, date span overlapping, entity, source."""
    where: list[str] = []
    params: list[Any] = []
    if filters.lang:
        where.append(f"EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid({alias}.langs) THEN {alias}.langs"
                     " ELSE '{}' END) WHERE key = ?)")
        params.append(filters.lang)
    if filters.since:
        where.append(f"coalesce({alias}.last_date, {alias}.first_date) >= substr(?, 1,"
                     f" length(coalesce({alias}.last_date, {alias}.first_date)))")
        params.append(filters.since)
    if filters.until:
        where.append(f"coalesce({alias}.first_date, {alias}.last_date) <= ?")
        params.append(filters.until + "\uffff")
    if filters.entity:
        where.append(f"EXISTS (SELECT 1 FROM articles x JOIN mentions m ON m.article_id = x.id"
                     f" WHERE x.{member_column} = {alias}.id AND m.entity_id = ?)")
        params.append(filters.entity)
    if filters.source:
        where.append(f"EXISTS (SELECT 1 FROM articles x WHERE x.{member_column} = {alias}.id"
                     " AND (x.source = ? OR x.source LIKE ? ESCAPE '\\'))")
        params += [filters.source, "%." + filters.source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")]
    return where, params


def list_events(db: sqlite3.Connection, filters: Filters, *, story: str | None = None, order: str = "recent",
                limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Events (newest or biggest first) and how many match."""
    where, params = _cluster_conditions(filters, "e", "event")
    if story:
        where.append("e.story = ?")
        params.append(story)
    return _list_clusters(db, "events e", EVENT_FIELDS, where, params, order, limit, offset)


def list_stories(db: sqlite3.Connection, filters: Filters, *, order: str = "recent", limit: int = 50,
                 offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Stories (newest or biggest first) and how many match."""
    where, params = _cluster_conditions(filters, "s", "story")
    return _list_clusters(db, "stories s", STORY_FIELDS, where, params, order, limit, offset)


def _list_clusters(db: sqlite3.Connection, table: str, fields: str, where: list[str], params: list[Any],
                   order: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    alias = table.split()[-1]  # (table and fields are constants of this module)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    order_by = (f"{alias}.article_count DESC, {alias}.last_date DESC, {alias}.id" if order == "size" else
                f"{alias}.last_date IS NULL, {alias}.last_date DESC, {alias}.article_count DESC, {alias}.id")
    total = db.execute(f"SELECT count(*) FROM {table}{clause}", params).fetchone()[0]
    rows = db.execute(f"SELECT {fields} FROM {table}{clause} ORDER BY {order_by} LIMIT ? OFFSET ?",
                      [*params, limit, offset])
    return [_event(r) for r in rows], total


# -- entities ------------------------------------------------------------------------------------------
def get_entity(db: sqlite3.Connection, entity_id: str, *, articles: int = 20) -> dict[str, Any] | None:
    row = db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        return None
    entity = dict(row)
    names: dict[str, list[dict[str, Any]]] = {}
    for r in db.execute("SELECT lang, name, count FROM entity_names WHERE entity_id = ? ORDER BY lang, count DESC",
                        (entity_id,)):
        names.setdefault(r["lang"], []).append({"name": r["name"], "count": r["count"]})
    entity["names"] = names
    entity["timeline"] = [dict(r) for r in db.execute(
        "SELECT substr(a.date, 1, 7) AS month, count(*) AS mentions, count(DISTINCT a.id) AS articles"
        " FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? AND length(a.date) >= 7"
        " GROUP BY 1 ORDER BY 1", (entity_id,))]
    entity["articles"] = [dict(r) for r in db.execute(
        f"SELECT {ARTICLE_FIELDS}, count(*) AS mentions FROM mentions m JOIN articles a ON a.id = m.article_id"
        " WHERE m.entity_id = ? GROUP BY a.id ORDER BY a.date IS NULL, a.date DESC, a.id LIMIT ?",
        (entity_id, articles))]
    entity["quotes_by"] = [dict(r) for r in db.execute(
        "SELECT q.article_id, q.text, q.speaker, q.speaker_id, a.lang, a.date, a.title FROM quotes q"
        " JOIN articles a ON a.id = q.article_id WHERE q.speaker_id = ? AND a.duplicate_of IS NULL"
        " ORDER BY a.date IS NULL, a.date DESC, q.article_id, q.position LIMIT 30", (entity_id,))]
    entity["quotes_about"] = [dict(r) for r in db.execute(
        "SELECT DISTINCT q.article_id, q.position, q.text, q.speaker, q.speaker_id, a.lang, a.date, a.title"
        " FROM mentions m JOIN quotes q ON q.article_id = m.article_id"
        "  AND m.start >= q.start AND m.end <= q.start + length(q.text)"
        " JOIN articles a ON a.id = q.article_id"
        " WHERE m.entity_id = ? AND q.start >= 0 AND coalesce(q.speaker_id, '') != ? AND a.duplicate_of IS NULL"
        " ORDER BY a.date IS NULL, a.date DESC, q.article_id, q.position LIMIT 30", (entity_id, entity_id))]
    entity["cooccurring"] = [dict(r) for r in db.execute(
        "SELECT c.id, e.name, e.type, c.articles FROM"
        " (SELECT m.entity_id AS id, count(DISTINCT m.article_id) AS articles FROM mentions m"
        "  WHERE m.article_id IN (SELECT article_id FROM mentions WHERE entity_id = ?)"
        "  AND m.entity_id != ? GROUP BY m.entity_id ORDER BY articles DESC, m.entity_id LIMIT 20) c"
        " JOIN entities e ON e.id = c.id ORDER BY c.articles DESC, e.name", (entity_id, entity_id))]
    entity["events"] = [_event(r) for r in db.execute(
        f"SELECT {EVENT_FIELDS} FROM events e WHERE e.id IN"
        " (SELECT a.event FROM mentions m JOIN articles a ON a.id = m.article_id"
        "  WHERE m.entity_id = ? AND a.event IS NOT NULL)"
        " ORDER BY e.last_date DESC, e.id LIMIT 10", (entity_id,))]
    return entity


def list_entities(db: sqlite3.Connection, *, type: str | None = None, q: str | None = None, lang: str | None = None,
                  order: str = "mentions", limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Entities with their counts; ``order``: mentions, articles, languages, name or recent."""
    where: list[str] = []
    params: list[Any] = []
    if type:
        where.append("e.type = ?")
        params.append(type.upper())
    if q:
        where.append("(e.name LIKE ? ESCAPE '\\' OR e.id IN (SELECT entity_id FROM entity_names"
                     " WHERE name LIKE ? ESCAPE '\\'))")
        pattern = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    if lang:
        where.append("e.id IN (SELECT entity_id FROM entity_names WHERE lang = ?)")
        params.append(lang)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    order_by = {"articles": "e.article_count DESC", "name": "e.name COLLATE NOCASE",
                "recent": "e.last_date IS NULL, e.last_date DESC",
                "languages": "languages DESC, e.mention_count DESC"}.get(order, "e.mention_count DESC")
    total = db.execute(f"SELECT count(*) FROM entities e{clause}", params).fetchone()[0]
    rows = db.execute(
        "SELECT e.id, e.type, e.name, e.mention_count, e.article_count, e.first_date, e.last_date,"
        " (SELECT count(DISTINCT lang) FROM entity_names n WHERE n.entity_id = e.id) AS languages"
        f" FROM entities e{clause} ORDER BY {order_by}, e.id LIMIT ? OFFSET ?", [*params, limit, offset])
    return [dict(r) for r in rows], total


# -- quotes --------------------------------------------------------------------------------------------
def list_quotes(db: sqlite3.Connection, filters: Filters, *, speaker: str | None = None, about: str | None = None,
                limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Quotes, newest first; ``speaker`` and ``about`` are entity ids (``about``: quotes in articles that
    mention the entity, not by it)."""
    where, params = filter_conditions(filters)
    if speaker:
        where.append("q.speaker_id = ?")
        params.append(speaker)
    if about:
        where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = q.article_id AND m.entity_id = ?)"
                     " AND coalesce(q.speaker_id, '') != ?")
        params += [about, about]
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    base = f" FROM quotes q JOIN articles a ON a.id = q.article_id{clause}"
    total = db.execute("SELECT count(*)" + base, params).fetchone()[0]
    rows = db.execute(
        "SELECT q.article_id, q.position, q.start, q.text, q.speaker, q.speaker_id, a.lang, a.date, a.source,"
        " a.title, a.event" + base + " ORDER BY a.date IS NULL, a.date DESC, q.article_id, q.position"
        " LIMIT ? OFFSET ?", [*params, limit, offset])
    return [dict(r) for r in rows], total


# -- article text with highlights ------------------------------------------------------------------------
def annotate(text: str, mentions: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split ``text`` into segments, each with the mention and the quote covering it (offsets checked).

    Mentions whose offsets do not match their text, and quotes not found at their start, are left
    unmarked rather than marking the wrong characters.
    """
    spans: list[tuple[int, int, str, dict[str, Any]]] = []
    for m in mentions:
        s, e = m.get("start", -1), m.get("end", -1)
        if 0 <= s < e <= len(text) and text[s:e] == m.get("text"):
            spans.append((s, e, "mention", m))
    for q in quotes:
        s = q.get("start", -1)
        qt = q.get("text") or ""
        if 0 <= s and qt and text[s:s + len(qt)] == qt:
            spans.append((s, s + len(qt), "quote", q))
    cuts = sorted({0, len(text), *[s for s, _, _, _ in spans], *[e for _, e, _, _ in spans]})
    segments = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        mention = next((d for s, e, k, d in spans if k == "mention" and s <= lo and hi <= e), None)
        quote = next((d for s, e, k, d in spans if k == "quote" and s <= lo and hi <= e), None)
        segments.append({"text": text[lo:hi], "mention": mention, "quote": quote})
    return segments

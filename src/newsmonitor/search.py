"""Multilingual full-text search: safe FTS5 expressions, entity-aware expansion, highlighted snippets.

A user query is never handed to FTS5 as written. It is parsed into terms and every term is quoted,
so FTS5 operators, ``NEAR``, stray ``*``, unbalanced parentheses or quotes and SQL fragments are
plain words or dropped with a note, never an error. The supported syntax is small:

* ``word word``: all words (in title or text), diacritics folded (``Venaja`` finds *Venäjä*);
* ``"a phrase"``: the words next to each other;
* ``word*``: a prefix;
* ``a OR b``: either;
* ``-word`` (or ``NOT word``): without that word.

Entity-aware: a term (or a run of words, or a phrase) that is a name of a stored entity in any
language, compared case- and diacritics-insensitively (``entities.name`` and ``entity_names.name``),
also matches every article that mentions that entity id, whatever the language: "Russia" finds the
articles with *Rusland*, *Ryssland* and *Venäjä*.

The FTS5 table ``articles_fts`` comes from migration ``004_search.sql``; :func:`ensure_search_index`
installs its sync triggers and catches up on articles stored without them.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from typing import Any

from newsmonitor.entities.names import fold

MAX_QUERY_CHARS = 500
MAX_TERMS = 16
MAX_NGRAM = 5
MAX_LIMIT = 200
SNIPPET_TOKENS = 24
SNIPPET_CHARS = 110

OPEN, CLOSE = "\ue000", "\ue001"  # private-use markers: escaped text is highlighted after escaping


def _search_triggers() -> str:
    """The full-text sync triggers, as migration 006 defines them, in one transaction.

    Replaced as a whole, so a concurrent writer never inserts between the drop and the create.
    """
    from importlib import resources

    from newsmonitor.store.sqlite import _split_sql

    migration = (resources.files("newsmonitor.store") / "migrations" / "006_search_triggers.sql").read_text("utf-8")
    statements = [s for s in _split_sql(migration) if s.upper().startswith(("DROP TRIGGER", "CREATE TRIGGER"))]
    return "BEGIN IMMEDIATE;\n" + "\n".join(statements) + "\nCOMMIT;\n"


_WORD = re.compile(r"\w", re.UNICODE)
_TOKEN = re.compile(r'-?"[^"]*"?|[^\s"]+')
_EDGE = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)
_OPERATORS = {"AND", "NEAR"}


def ensure_search_index(db: sqlite3.Connection) -> int:
    """Install the FTS sync triggers and make ``articles_fts`` match ``articles``; return rows (re)indexed.

    Index rows share the article's rowid (fast joins) and carry its id. If any row does not line up
    (articles stored before the triggers existed, or rowids renumbered by a VACUUM), the index is rebuilt.
    """
    has_table = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
    if not has_table:
        raise RuntimeError("articles_fts is missing: the store needs migration 004_search.sql")
    db.executescript(_search_triggers())
    n_articles, n_indexed, n_aligned = db.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles_fts),"
        " (SELECT count(*) FROM articles_fts f JOIN articles a ON a.rowid = f.rowid AND a.id = f.id)").fetchone()
    if n_articles == n_indexed == n_aligned:
        return 0
    with db:
        db.execute("DELETE FROM articles_fts")
        cursor = db.execute("INSERT INTO articles_fts (rowid, id, title, text)"
                            " SELECT rowid, id, coalesce(title, ''), text FROM articles")
    return cursor.rowcount


# -- parsing ------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Term:
    """One quoted FTS5 phrase (a word or several), optionally a prefix."""

    text: str
    prefix: bool = False
    phrase: bool = False  # the user quoted it

    def fts(self) -> str:
        return '"' + self.text.replace('"', '""') + '"' + ("*" if self.prefix else "")


@dataclass(slots=True)
class Clause:
    """Alternatives joined by OR; with ``entity_ids`` it also matches articles mentioning those entities."""

    terms: list[Term]
    entity_ids: list[str] = field(default_factory=list)

    def fts(self) -> str:
        parts = [t.fts() for t in self.terms]
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


@dataclass(slots=True)
class ParsedQuery:
    clauses: list[Clause]
    excluded: list[Term]
    notes: list[str]

    @property
    def empty(self) -> bool:
        return not self.clauses

    def text_expression(self) -> str | None:
        """The FTS5 expression of the clauses that are not entities (AND of all)."""
        parts = [c.fts() for c in self.clauses if not c.entity_ids]
        return " AND ".join(parts) if parts else None

    def any_expression(self) -> str | None:
        """Every positive term OR-ed: used for ranking and snippets."""
        parts = [t.fts() for c in self.clauses for t in c.terms]
        return " OR ".join(parts) if parts else None

    def excluded_expression(self) -> str | None:
        return " OR ".join(t.fts() for t in self.excluded) if self.excluded else None

    def describe(self) -> str:
        """A readable rendering of what is searched (shown under the search box)."""
        pieces = []
        for c in self.clauses:
            words = " or ".join(t.fts() for t in c.terms)
            pieces.append(words + (" (or the entity)" if c.entity_ids else ""))
        text = " and ".join(pieces)
        if self.excluded:
            text += " without " + ", ".join(t.fts() for t in self.excluded)
        return text


def parse_query(query: str) -> ParsedQuery:
    """Turn free user input into quoted terms; nothing in it can reach FTS5 as syntax."""
    notes: list[str] = []
    query = query or ""
    if len(query) > MAX_QUERY_CHARS:
        query = query[:MAX_QUERY_CHARS]
        notes.append(f"The query was cut to its first {MAX_QUERY_CHARS} characters.")
    query = query.replace("(", " ").replace(")", " ").replace(OPEN, " ").replace(CLOSE, " ")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = negate_next = False
    ignored: list[str] = []
    for raw in _TOKEN.findall(query):
        if raw == "OR":
            join_next = bool(groups)
            continue
        if raw in _OPERATORS or raw.startswith("NEAR/"):
            ignored.append(raw)
            continue
        if raw == "NOT":
            negate_next = True
            continue
        negate = negate_next
        negate_next = False
        if raw.startswith("-") and len(raw) > 1:
            negate, raw = True, raw[1:]
        term = _term(raw)
        if term is None:
            if raw.strip("-*"):
                ignored.append(raw)
            join_next = False
            continue
        if negate:
            excluded.append(term)
        elif join_next and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    if ignored:
        shown = " ".join(dict.fromkeys(ignored))[:80]
        notes.append(f"Ignored (search operators and punctuation are not supported as such): {shown}")
    if len(groups) > MAX_TERMS:
        groups = groups[:MAX_TERMS]
        notes.append(f"Only the first {MAX_TERMS} terms were used.")
    return ParsedQuery([Clause(g) for g in groups], excluded[:MAX_TERMS], notes)


def _term(raw: str) -> Term | None:
    if raw.startswith('"'):
        text = raw.strip('"').strip()
        return Term(" ".join(text.split()), phrase=True) if _WORD.search(text) else None
    prefix = raw.endswith("*")
    text = _EDGE.sub("", raw)
    if not _WORD.search(text):
        return None
    return Term(text, prefix=prefix)


# -- entity names -------------------------------------------------------------------------------------
def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


@lru_cache(maxsize=1)
def kb_names() -> dict[str, list[str]]:
    """Every name the knowledge base lists for an entity (all languages), folded → entity ids.

    Lets a search find an entity by a name the store has not seen yet ("Tanska" when only the
    inflected "Tanskassa" was mentioned). Ambiguous entries and case-sensitive abbreviations are left out.
    """
    names: dict[str, list[str]] = {}
    try:
        from newsmonitor.entities.kb import default_kb

        for entity in default_kb().entities.values():
            if entity.ambiguous:
                continue
            for name in {entity.name, *(n for forms in entity.aliases.values() for n in forms)}:
                key = _name_key(name)
                if len(key) >= 3 and entity.id not in names.setdefault(key, []):
                    names[key].append(entity.id)
    except Exception:  # the knowledge base is an aid here, never a reason for search to fail
        return {}
    return names


class NameIndex:
    """Folded entity names → entity ids, rebuilt when the entity tables change. Thread-safe.

    Names come from the store (``entities.name``, ``entity_names.name``) and, for entities the store
    has, from the knowledge base (:func:`kb_names`); store names rank first.
    """

    def __init__(self, use_kb: bool = True) -> None:
        self.use_kb = use_kb
        self._lock = threading.Lock()
        self._version: tuple[Any, ...] | None = None
        self._names: dict[str, list[str]] = {}
        self._ids: set[str] = set()

    def lookup(self, db: sqlite3.Connection, text: str) -> list[str]:
        """Entity ids named ``text`` (or with that id), most mentioned first."""
        self._refresh(db)
        if text in self._ids:
            return [text]
        return self._names.get(_name_key(text), [])

    def _refresh(self, db: sqlite3.Connection) -> None:
        version = tuple(db.execute(
            "SELECT (SELECT count(*) FROM entities), (SELECT coalesce(max(rowid), 0) FROM entities),"
            " (SELECT count(*) FROM entity_names), (SELECT coalesce(max(rowid), 0) FROM entity_names)").fetchone())
        if version == self._version:
            return
        with self._lock:
            names: dict[str, dict[str, int]] = {}
            rows = db.execute(
                "SELECT n.name, e.id, e.mention_count FROM entity_names n JOIN entities e ON e.id = n.entity_id"
                " UNION SELECT e.name, e.id, e.mention_count FROM entities e").fetchall()
            for name, entity_id, count in rows:
                key = _name_key(name)
                if len(key) >= 2:
                    names.setdefault(key, {})[entity_id] = count
            ids = {r[0] for r in db.execute("SELECT id FROM entities")}
            merged = {k: sorted(v, key=lambda i: -v[i]) for k, v in names.items()}
            if self.use_kb:
                for key, kb_ids in kb_names().items():
                    for entity_id in kb_ids:
                        if entity_id in ids and entity_id not in merged.get(key, []):
                            merged.setdefault(key, []).append(entity_id)
            self._names, self._ids, self._version = merged, ids, version


def link_entities(db: sqlite3.Connection, parsed: ParsedQuery, names: NameIndex) -> None:
    """Mark clauses (and runs of single-word clauses, merged) that name an entity."""
    clauses = parsed.clauses
    result: list[Clause] = []
    i = 0
    while i < len(clauses):
        clause = clauses[i]
        simple = len(clause.terms) == 1 and not clause.terms[0].prefix
        if not simple:  # an OR group: each named alternative adds its entity ("Oslo OR Bergen")
            clause.entity_ids = list(dict.fromkeys(
                entity_id for t in clause.terms if not t.prefix for entity_id in names.lookup(db, t.text)))
            result.append(clause)
            i += 1
            continue
        matched = False
        if not clause.terms[0].phrase:  # try the longest run of plain single words first
            run = i
            while (run < len(clauses) and run - i < MAX_NGRAM and len(clauses[run].terms) == 1
                   and not clauses[run].terms[0].prefix and not clauses[run].terms[0].phrase):
                run += 1
            for end in range(run, i + 1, -1):
                text = " ".join(c.terms[0].text for c in clauses[i:end])
                ids = names.lookup(db, text)
                if ids:
                    result.append(Clause([Term(text, phrase=True)], ids))
                    i, matched = end, True
                    break
        if not matched:
            clause.entity_ids = names.lookup(db, clause.terms[0].text)
            result.append(clause)
            i += 1
    parsed.clauses = result


# -- search -------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Filters:
    """Search and listing filters; dates are prefixes (``2025``, ``2025-10``, ``2025-10-15``)."""

    lang: str | None = None
    source: str | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None


@dataclass(slots=True)
class SearchResult:
    query: str
    hits: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    entities: list[dict[str, Any]]
    notes: list[str]
    message: str | None = None
    expression: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query, "total": self.total, "limit": self.limit, "offset": self.offset,
            "next_offset": self.offset + self.limit if self.offset + self.limit < self.total else None,
            "message": self.message, "notes": self.notes, "searched": self.expression,
            "entities": self.entities, "items": self.hits,
        }


def filter_conditions(filters: Filters, alias: str = "a") -> tuple[list[str], list[Any]]:
    """SQL conditions (fixed text, ``?`` placeholders) and their parameters for article filters."""
    where: list[str] = []
    params: list[Any] = []
    if filters.lang:
        where.append(f"{alias}.lang = ?")
        params.append(filters.lang)
    if filters.source:
        where.append(f"({alias}.source = ? OR {alias}.source LIKE ? ESCAPE '\\')")
        params += [filters.source, "%." + like_escape(filters.source)]
    if filters.since:
        where.append(f"{alias}.date IS NOT NULL AND {alias}.date >= substr(?, 1, length({alias}.date))")
        params.append(filters.since)
    if filters.until:
        where.append(f"{alias}.date IS NOT NULL AND {alias}.date <= ?")
        params.append(filters.until + "\uffff")
    if filters.entity:
        where.append(f"{alias}.id IN (SELECT article_id FROM mentions WHERE entity_id = ?)")
        params.append(filters.entity)
    return where, params


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_FTS_IDS = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"  # index rowid = article rowid
_MENTIONED = "SELECT article_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?))"


def search(db: sqlite3.Connection, query: str, filters: Filters | None = None, *, limit: int = 20,
           offset: int = 0, sort: str = "relevance", names: NameIndex | None = None) -> SearchResult:
    """Search articles; never raises on user input (problems become ``message``)."""
    filters = filters or Filters()
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    parsed = parse_query(query)
    if parsed.empty:
        message = ("Nothing to search for: type one or more words." if not parsed.excluded
                   else "A search needs at least one word that is not excluded.")
        if not (query or "").strip():
            message = None
        return SearchResult(query, [], 0, limit, offset, [], parsed.notes, message)
    link_entities(db, parsed, names or NameIndex())

    where: list[str] = []
    params: list[Any] = []
    text_expr = parsed.text_expression()
    if text_expr:
        where.append(f"a.rowid IN ({_FTS_IDS})")
        params.append(text_expr)
    for clause in parsed.clauses:
        if clause.entity_ids:
            where.append(f"(a.rowid IN ({_FTS_IDS}) OR a.id IN ({_MENTIONED}))")
            params += [clause.fts(), json.dumps(clause.entity_ids)]
    excluded = parsed.excluded_expression()
    if excluded:
        where.append(f"a.rowid NOT IN ({_FTS_IDS})")
        params.append(excluded)
    more, more_params = filter_conditions(filters)
    where += more
    params += more_params
    condition = " AND ".join(where)
    order = ("a.date IS NULL, a.date DESC, a.id" if sort == "date"
             else "coalesce(r.score, 0), a.date IS NULL, a.date DESC, a.id")
    any_expr = parsed.any_expression() or '""'
    try:
        total = db.execute(f"SELECT count(*) FROM articles a WHERE {condition}", params).fetchone()[0]
        rows = db.execute(
            "SELECT a.rowid AS rid, a.id, a.title, a.lang, a.date, a.source, a.url, a.event, a.story, r.score"
            " FROM articles a LEFT JOIN (SELECT rowid AS rid, bm25(articles_fts, 0.0, 5.0, 1.0) AS score"
            "  FROM articles_fts WHERE articles_fts MATCH ?) r ON r.rid = a.rowid"
            f" WHERE {condition} ORDER BY {order} LIMIT ? OFFSET ?",
            [any_expr, *params, limit, offset]).fetchall()
    except sqlite3.OperationalError as exc:  # should not happen: every term is quoted
        return SearchResult(query, [], 0, limit, offset, [], parsed.notes,
                            f"This query could not be searched ({exc}). Try plain words.")
    hits = [dict(r) for r in rows]
    entity_ids = [i for c in parsed.clauses for i in c.entity_ids]
    _add_snippets(db, hits, any_expr, entity_ids)
    return SearchResult(query, hits, total, limit, offset, _entity_summaries(db, parsed), parsed.notes,
                        None if total else "No articles match.", parsed.describe())


def _add_snippets(db: sqlite3.Connection, hits: list[dict[str, Any]], any_expr: str, entity_ids: list[str]) -> None:
    """Give each hit ``snippet`` (HTML: escaped text with ``<mark>``) from FTS or from entity mentions."""
    if not hits:
        return
    ids = json.dumps([h["id"] for h in hits])
    rowids = json.dumps([h.pop("rid") for h in hits])
    snippets = dict(db.execute(
        "SELECT id, snippet(articles_fts, 2, ?, ?, '…', ?) FROM articles_fts"
        " WHERE articles_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
        (OPEN, CLOSE, SNIPPET_TOKENS, any_expr, rowids)).fetchall())
    titles = dict(db.execute(
        "SELECT id, highlight(articles_fts, 1, ?, ?) FROM articles_fts"
        " WHERE articles_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
        (OPEN, CLOSE, any_expr, rowids)).fetchall())
    mentions: dict[str, list[tuple[int, int]]] = {}
    written: dict[str, set[str]] = {}  # how the matched entities are written in each hit
    if entity_ids:
        for article_id, start, end, text in db.execute(
                "SELECT article_id, start, end, text FROM mentions WHERE article_id IN (SELECT value FROM json_each(?))"
                " AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY article_id, start",
                (ids, json.dumps(entity_ids))):
            written.setdefault(article_id, set()).add(text)
            if start >= 0:
                mentions.setdefault(article_id, []).append((start, end))
    for hit in hits:
        hit["score"] = round(hit["score"], 3) if hit["score"] is not None else None
        title = titles.get(hit["id"]) or hit["title"] or ""
        snippet = snippets.get(hit["id"]) or ""
        hit["matched"] = "text" if OPEN in snippet or OPEN in title else "entity"
        if OPEN not in snippet and hit["id"] in mentions:
            text = db.execute("SELECT text FROM articles WHERE id = ?", (hit["id"],)).fetchone()[0]
            snippet = mention_snippet(text, mentions[hit["id"]])
        names = written.get(hit["id"], set())
        hit["title_html"] = _marked_html(mark_words(title, names))
        hit["snippet"] = _marked_html(mark_words(snippet, names))


def mark_words(marked: str, words: set[str]) -> str:
    """Also mark whole-word occurrences of ``words`` (entity mentions as written) outside existing marks."""
    words = {w for w in words if w.strip()}
    if not words:
        return marked
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                         + r")(?!\w)")
    parts = re.split(f"({OPEN}.*?{CLOSE})", marked, flags=re.S)
    return "".join(part if part.startswith(OPEN) else pattern.sub(lambda m: OPEN + m.group(0) + CLOSE, part)
                   for part in parts)


def mention_snippet(text: str, spans: list[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """A window of ``text`` around the first span with every span inside it marked."""
    start, end = spans[0]
    lo, hi = max(0, start - width), min(len(text), end + width)
    while lo > 0 and not text[lo - 1].isspace() and start - lo < width + 20:
        lo -= 1
    while hi < len(text) and not text[hi].isspace() and hi - end < width + 20:
        hi += 1
    out, pos = [], lo
    for s, e in spans:
        if s < pos or e > hi or text[s:e] == "":
            continue
        out += [text[pos:s], OPEN, text[s:e], CLOSE]
        pos = e
    out.append(text[pos:hi])
    return ("…" if lo > 0 else "") + " ".join("".join(out).split()) + ("…" if hi < len(text) else "")


def _marked_html(text: str) -> str:
    """Escape everything, then turn the private markers into ``<mark>`` elements."""
    return escape(text).replace(OPEN, "<mark>").replace(CLOSE, "</mark>")


def _entity_summaries(db: sqlite3.Connection, parsed: ParsedQuery) -> list[dict[str, Any]]:
    out = []
    for clause in parsed.clauses:
        for entity_id in clause.entity_ids[:3]:
            row = db.execute("SELECT id, type, name, article_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if row is None:
                continue
            names = db.execute(
                "SELECT lang, name FROM entity_names WHERE entity_id = ? ORDER BY count DESC LIMIT 12",
                (entity_id,)).fetchall()
            out.append({**dict(row), "matched": " / ".join(t.text for t in clause.terms),
                        "names": [{"lang": n["lang"], "name": n["name"]} for n in names]})
    return out

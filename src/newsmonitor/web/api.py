"""The JSON API under ``/api``: paginated, filterable reads and token-protected ingest.

Lists return ``{"items": [...], "total", "limit", "offset", "next_offset"}``; ``limit`` is capped at
200 (larger values are lowered, not refused). Ids are the store's own (stable) ids; ids containing
``/`` or other reserved characters are percent-encoded in paths.
"""

from __future__ import annotations

import hmac
import re
import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from newsmonitor.model import Article, Rejection
from newsmonitor.readers.base import ReadOptions
from newsmonitor.search import Filters, search
from newsmonitor.store import queries

router = APIRouter(prefix="/api", tags=["api"])
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such id"}}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Malformed request body"},
    401: {"description": "Missing or wrong bearer token"},
    403: {"description": "Writes are disabled (no token configured)"},
    413: {"description": "Request body too large"},
}

MAX_POST_ARTICLES = 1000
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_LANG = re.compile(r"[a-z]{2,3}|\?")


def check_filters(lang: str | None = None, since: str | None = None, until: str | None = None,
                  source: str | None = None, entity: str | None = None) -> Filters:
    """Validated filters; raises ValueError with a readable message."""
    if lang and not _LANG.fullmatch(lang):
        raise ValueError(f"lang must be an ISO 639-1 code such as 'sv' or 'nb', not {lang[:20]!r}")
    for name, value in (("since", since), ("until", until)):
        if value and not _DATE.fullmatch(value):
            raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value[:20]!r}")
    return Filters(lang=lang or None, source=(source or "").strip().lower() or None, since=since or None,
                   until=until or None, entity=entity or None)


def api_filters(
    lang: Annotated[str | None, Query(description="ISO 639-1 language code (nb/nn for Norwegian)")] = None,
    since: Annotated[str | None, Query(description="earliest date: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    until: Annotated[str | None, Query(description="latest date: YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    source: Annotated[str | None, Query(description="source host, e.g. dr.dk (subdomains included)")] = None,
    entity: Annotated[str | None, Query(description="entity id, e.g. loc:russia")] = None,
) -> Filters:
    try:
        return check_filters(lang, since, until, source, entity)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


class Paging:
    """``limit`` (capped at 200) and ``offset`` query parameters."""

    def __init__(self, limit: Annotated[int, Query(ge=1, description="page size, at most 200")] = 50,
                 offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0):
        self.limit, self.offset = queries.clamp(limit, offset)

    def page(self, items: list[dict[str, Any]], total: int) -> dict[str, Any]:
        nxt = self.offset + self.limit
        return {"items": items, "total": total, "limit": self.limit, "offset": self.offset,
                "next_offset": nxt if nxt < total else None}


def get_db(request: Request) -> sqlite3.Connection:
    return request.app.state.pool.get()


Db = Annotated[sqlite3.Connection, Depends(get_db)]
Flt = Annotated[Filters, Depends(api_filters)]
Pg = Annotated[Paging, Depends(Paging)]


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int
    next_offset: int | None


@router.get("/stats", summary="What the store holds")
def api_stats(db: Db) -> dict[str, Any]:
    return queries.stats(db)


@router.get("/articles", response_model=Page, summary="Articles, newest first")
def api_articles(db: Db, filters: Flt, paging: Pg, event: str | None = None, story: str | None = None
                 ) -> dict[str, Any]:
    items, total = queries.list_articles(db, filters, event=event, story=story, limit=paging.limit,
                                         offset=paging.offset)
    return paging.page(items, total)


@router.get("/articles/{article_id:path}", responses=NOT_FOUND,
            summary="One article with text, entities, quotes and why")
def api_article(db: Db, article_id: str) -> dict[str, Any]:
    article = queries.get_article(db, article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    for key in ("event_row", "story_row", "original_row"):
        article.pop(key, None)
    return article


@router.get("/events", response_model=Page, summary="Events (clusters of articles about one happening)")
def api_events(db: Db, filters: Flt, paging: Pg, story: str | None = None,
               order: Annotated[str, Query(pattern="^(recent|size)$")] = "recent") -> dict[str, Any]:
    items, total = queries.list_events(db, filters, story=story, order=order, limit=paging.limit,
                                       offset=paging.offset)
    return paging.page(items, total)


@router.get("/events/{event_id:path}", responses=NOT_FOUND, summary="One event with its articles, quotes and entities")
def api_event(db: Db, event_id: str) -> dict[str, Any]:
    event = queries.get_event(db, event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    event.pop("groups", None)
    return event


@router.get("/stories", response_model=Page, summary="Stories (events that belong together)")
def api_stories(db: Db, filters: Flt, paging: Pg,
                order: Annotated[str, Query(pattern="^(recent|size)$")] = "recent") -> dict[str, Any]:
    items, total = queries.list_stories(db, filters, order=order, limit=paging.limit, offset=paging.offset)
    return paging.page(items, total)


@router.get("/stories/{story_id:path}", responses=NOT_FOUND, summary="One story with its events")
def api_story(db: Db, story_id: str) -> dict[str, Any]:
    story = queries.get_story(db, story_id)
    if story is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return story


@router.get("/entities", response_model=Page, summary="Entities with their counts")
def api_entities(db: Db, paging: Pg,
                 type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC|per|org|loc)$")] = None,
                 q: Annotated[str | None, Query(max_length=200, description="name prefix, any language")] = None,
                 lang: Annotated[str | None, Query(description="has a name in this language")] = None,
                 order: Annotated[str, Query(pattern="^(mentions|articles|name|recent)$")] = "mentions",
                 ) -> dict[str, Any]:
    items, total = queries.list_entities(db, type=type, q=q, lang=lang, order=order, limit=paging.limit,
                                         offset=paging.offset)
    return paging.page(items, total)


@router.get("/entities/{entity_id:path}", responses=NOT_FOUND,
            summary="One entity: names per language, timeline, quotes, neighbours")
def api_entity(db: Db, entity_id: str) -> dict[str, Any]:
    entity = queries.get_entity(db, entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity with id {entity_id!r}")
    return entity


@router.get("/quotes", response_model=Page, summary="Quotes with their speakers")
def api_quotes(db: Db, filters: Flt, paging: Pg,
               speaker: Annotated[str | None, Query(description="speaker entity id")] = None) -> dict[str, Any]:
    items, total = queries.list_quotes(db, filters, speaker=speaker, limit=paging.limit, offset=paging.offset)
    return paging.page(items, total)


@router.get("/search", summary="Multilingual full-text search with entity expansion and snippets")
def api_search(request: Request, db: Db, filters: Flt, paging: Pg,
               q: Annotated[str, Query(max_length=2000, description="words, \"phrases\", prefix*, OR, -exclude")] = "",
               sort: Annotated[str, Query(pattern="^(relevance|date)$")] = "relevance") -> dict[str, Any]:
    result = search(db, q, filters, limit=paging.limit, offset=paging.offset, sort=sort,
                    names=request.app.state.names)
    return result.to_json()


# -- writes -------------------------------------------------------------------------------------------
class ArticleIn(BaseModel):
    """One article to ingest; it goes through the same pipeline as ``newsmonitor ingest``."""

    id: str | None = Field(None, max_length=300)
    text: str = Field(..., max_length=5_000_000)
    url: str | None = Field(None, max_length=4000)
    title: str | None = Field(None, max_length=2000)
    date: str | None = Field(None, max_length=40)
    lang: str | None = Field(None, max_length=10)


def require_token(request: Request) -> None:
    """Writes need ``Authorization: Bearer <token>``, compared in constant time; no token configured → 403."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, "writes are disabled: start `newsmonitor serve` with NEWSMONITOR_TOKEN "
                                 "or --token-file to enable them")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


@router.post("/articles", status_code=200, dependencies=[Depends(require_token)], responses=WRITE_ERRORS,
             summary="Ingest articles (bearer token required)")
def api_post_articles(request: Request,
                      articles: Annotated[list[ArticleIn], Body(max_length=MAX_POST_ARTICLES)]) -> dict[str, Any]:
    from newsmonitor.ingest import ingest_results
    from newsmonitor.readers.jsonl import article_from_object
    from newsmonitor.store.sqlite import Store

    # the same rules as a line of a JSON Lines file: http(s) URLs only, usable ids, valid text and dates
    options = ReadOptions(use_labels=True)
    results: list[Article | Rejection] = [
        article_from_object(item.model_dump(exclude_none=True), "request", n, options)
        for n, item in enumerate(articles, 1)
    ]
    rejections: list[str] = []
    with request.app.state.write_lock, Store(request.app.state.db_path) as store:
        counts = ingest_results(store, results, on_rejection=lambda r: rejections.append(str(r)))
    return {**counts, "rejections": rejections}

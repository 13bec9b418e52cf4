"""Server-rendered HTML pages: front page, story, event, entity, article, search and simple lists."""

from __future__ import annotations

import sqlite3
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from newsmonitor.search import Filters, search
from newsmonitor.store import queries
from newsmonitor.web import charts
from newsmonitor.web.api import check_filters, get_db

router = APIRouter(include_in_schema=False)
Db = Annotated[sqlite3.Connection, Depends(get_db)]
PAGE = 30


def render(request: Request, template: str, **context: Any) -> Response:
    return request.app.state.templates.TemplateResponse(request, template, context)


def page_filters(request: Request) -> tuple[Filters, str | None]:
    """Filters from the query string; invalid values are dropped with a message instead of an error."""
    p = request.query_params
    try:
        return check_filters(p.get("lang"), p.get("since"), p.get("until"), p.get("source"), p.get("entity")), None
    except ValueError as exc:
        return Filters(), str(exc)


def offset_param(request: Request) -> int:
    value = request.query_params.get("offset", "0")
    return max(0, min(int(value), 1_000_000)) if value.isdigit() else 0


@router.get("/", response_class=HTMLResponse)
def front(request: Request, db: Db) -> Response:
    return render(request, "index.html", events=queries.top_events(db, 12), stories=queries.newest_stories(db, 8),
                  latest=queries.latest_articles(db, 12), stats=queries.stats(db))


@router.get("/story/{story_id:path}", response_class=HTMLResponse)
def story_page(request: Request, db: Db, story_id: str) -> Response:
    story = queries.get_story(db, story_id)
    if story is None:
        raise HTTPException(404, f"There is no story with id “{story_id}”.")
    return render(request, "story.html", story=story, chart=charts.event_timeline(story["events"]))


@router.get("/event/{event_id:path}", response_class=HTMLResponse)
def event_page(request: Request, db: Db, event_id: str) -> Response:
    event = queries.get_event(db, event_id)
    if event is None:
        raise HTTPException(404, f"There is no event with id “{event_id}”.")
    return render(request, "event.html", event=event)


@router.get("/entity/{entity_id:path}", response_class=HTMLResponse)
def entity_page(request: Request, db: Db, entity_id: str) -> Response:
    entity = queries.get_entity(db, entity_id)
    if entity is None:
        raise HTTPException(404, f"There is no entity with id “{entity_id}”.")
    return render(request, "entity.html", entity=entity, chart=charts.month_bars(entity["timeline"]))


@router.get("/article/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, db: Db, article_id: str) -> Response:
    article = queries.get_article(db, article_id)
    if article is None:
        raise HTTPException(404, f"There is no article with id “{article_id}”.")
    segments = queries.annotate(article["text"], article["mentions"], article["quotes"])
    entities: dict[str, dict[str, Any]] = {}
    for m in article["mentions"]:
        e = entities.setdefault(m["entity_id"], {"id": m["entity_id"], "name": m["name"], "type": m["type"], "n": 0})
        e["n"] += 1
    return render(request, "article.html", article=article, segments=segments,
                  entities=sorted(entities.values(), key=lambda e: (-e["n"], e["name"])))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, db: Db, q: Annotated[str, Query(max_length=2000)] = "",
                sort: Annotated[str, Query(pattern="^(relevance|date)$")] = "relevance") -> Response:
    filters, problem = page_filters(request)
    offset = offset_param(request)
    result = search(db, q, filters, limit=PAGE, offset=offset, sort=sort, names=request.app.state.names)
    langs = [r[0] for r in db.execute("SELECT DISTINCT lang FROM articles WHERE lang IS NOT NULL ORDER BY 1")]
    return render(request, "search.html", result=result, q=q, filters=filters, problem=problem, sort=sort,
                  langs=langs, offset=offset, page=PAGE)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, db: Db) -> Response:
    filters, problem = page_filters(request)
    offset = offset_param(request)
    items, total = queries.list_articles(db, filters, limit=PAGE, offset=offset)
    langs = [r[0] for r in db.execute("SELECT DISTINCT lang FROM articles WHERE lang IS NOT NULL ORDER BY 1")]
    return render(request, "articles.html", items=items, total=total, filters=filters, problem=problem,
                  offset=offset, page=PAGE, langs=langs)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, db: Db,
                order: Annotated[str, Query(pattern="^(recent|size)$")] = "recent") -> Response:
    filters, problem = page_filters(request)
    offset = offset_param(request)
    items, total = queries.list_events(db, filters, order=order, limit=PAGE, offset=offset)
    return render(request, "events.html", items=items, total=total, filters=filters, problem=problem,
                  offset=offset, page=PAGE, order=order)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, db: Db, type: str | None = None, q: str | None = None) -> Response:
    offset = offset_param(request)
    etype = type if type in ("PER", "ORG", "LOC") else None
    items, total = queries.list_entities(db, type=etype, q=(q or "")[:200] or None, order="articles", limit=PAGE,
                                         offset=offset)
    return render(request, "entities.html", items=items, total=total, etype=etype, q=q or "", offset=offset,
                  page=PAGE)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """The API reference, rendered here from the OpenAPI schema (works offline, unlike CDN-based Swagger UI)."""
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", ""),
                       "type": _schema_type(p.get("schema", {}))} for p in op.get("parameters", [])]
            operations.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                               "description": op.get("description", ""), "params": params,
                               "body": "requestBody" in op})
    return render(request, "docs.html", spec=spec, operations=operations)


def _schema_type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_schema_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    return str(schema.get("type", ""))

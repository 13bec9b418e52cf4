"""The FastAPI application factory: read connections, templates, security middleware, error pages.

``create_app(db_path, token=...)`` serves the store at ``db_path``: HTML pages (``pages.py``) and the
JSON API under ``/api`` (``api.py``). Reads are public; writes need the bearer ``token`` and are
disabled (403) when none is configured. Responses carry a strict Content-Security-Policy (scripts
and styles only from ``/static``); request bodies are capped; there is no CORS middleware.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import urllib.parse
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsmonitor import __version__
from newsmonitor.search import NameIndex, ensure_search_index
from newsmonitor.store import queries
from newsmonitor.store.sqlite import Store

HERE = Path(__file__).parent
MAX_BODY_BYTES = 8 * 1024 * 1024

LANG_NAMES = {
    "da": "Danish", "sv": "Swedish", "nb": "Norwegian Bokmål", "nn": "Norwegian Nynorsk", "no": "Norwegian",
    "en": "English", "de": "German", "fi": "Finnish", "nl": "Dutch", "fr": "French", "es": "Spanish",
    "it": "Italian", "is": "Icelandic", "fo": "Faroese", "et": "Estonian", "pl": "Polish", "pt": "Portuguese",
    "ru": "Russian", "uk": "Ukrainian", "se": "Northern Sami", "?": "unknown language",
}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
       " font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class ReadPool:
    """One read-only SQLite connection per thread (FastAPI runs sync endpoints in a thread pool)."""

    def __init__(self, path: str):
        self.path = path
        self._local = threading.local()

    def get(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = queries.connect(self.path)
            self._local.db = db
        return db


class BodyLimit:
    """Reject request bodies over ``max_bytes`` with 413, by Content-Length or while reading."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (not value.isdigit() or int(value) > self.max_bytes):
                await self._too_large(scope, send)
                return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await self._too_large(scope, send)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, send: Send) -> None:
        response = JSONResponse({"detail": f"request body too large (limit {self.max_bytes} bytes)"}, 413)
        await response(scope, _nothing, send)


async def _nothing() -> Message:
    return {"type": "http.disconnect"}


class SecurityHeaders:
    """Adds CSP, nosniff, referrer and framing headers to every response (and serves HEAD as GET)."""

    HEADERS = [
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"same-origin"),
        (b"x-frame-options", b"DENY"),
    ]

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "HEAD":  # answer HEAD like GET; the server sends no body for HEAD
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + self.HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


# -- template filters ------------------------------------------------------------------------------------
def nice_date(value: str | None) -> str:
    """2025-10-15 → '15 Oct 2025', 2025-10 → 'Oct 2025'; anything else as given."""
    if not value or not isinstance(value, str):
        return ""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?", value)
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        return value
    year, month, day = m.groups()
    if day:
        return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"
    if month:
        return f"{_MONTHS[int(month) - 1]} {year}"
    return year


def safe_url(value: str | None) -> str | None:
    """The URL if it is http(s), else None (so ``javascript:`` and friends never become links)."""
    if not value or not isinstance(value, str):
        return None
    try:
        parts = urllib.parse.urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def path_quote(value: Any) -> str:
    """An id as one URL path segment (slashes, '?', '#' and spaces encoded)."""
    return urllib.parse.quote(str(value), safe="")


def lang_class(value: str | None) -> str:
    return f"lang-{value}" if value and re.fullmatch(r"[a-z]{2,3}", value) else "lang-other"


def type_class(value: str | None) -> str:
    return f"ent-{value.lower()}" if value in ("PER", "ORG", "LOC") else "ent-other"


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.filters.update(nice_date=nice_date, safe_url=safe_url, q=path_quote, lang_class=lang_class,
                       type_class=type_class, lang_name=lambda c: LANG_NAMES.get(c or "?", c or "?"))
    env.globals.update(version=__version__, LANG_NAMES=LANG_NAMES)
    return templates


# -- the factory -----------------------------------------------------------------------------------------
def create_app(db_path: str, *, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES) -> FastAPI:
    """The newsmonitor web app over the SQLite store at ``db_path`` (created and migrated if needed).

    ``token``: the bearer token that writes (``POST /api/articles``) require; None disables writes.
    """
    from newsmonitor.web.api import router as api_router
    from newsmonitor.web.pages import router as page_router

    with Store(db_path) as store:  # applies migrations (004 creates articles_fts)
        ensure_search_index(store.db)
    if token is not None and not token.strip():
        raise ValueError("the write token must not be empty")

    app = FastAPI(
        title="newsmonitor API", version=__version__, docs_url=None, redoc_url=None,
        description="Read the newsmonitor store: articles, events, stories, entities, quotes and multilingual "
                    "search. Lists are paginated (limit at most 200, offset). "
                    "Writes need an Authorization: Bearer header.",
    )
    app.state.db_path = db_path
    app.state.pool = ReadPool(db_path)
    app.state.names = NameIndex()
    app.state.token = token.strip() if token else None
    app.state.write_lock = threading.Lock()
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")

    app.include_router(api_router)
    app.include_router(page_router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            return JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
        return error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": errors}, 422)
        message = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in errors)
        return error_page(request, 422, f"Invalid request: {message}")

    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def error_page(request: Request, status: int, detail: str) -> Response:
    titles = {404: "Not found", 403: "Forbidden", 405: "Method not allowed", 422: "Invalid request"}
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "title": titles.get(status, "Error"),
                                                              "detail": detail}, status_code=status)

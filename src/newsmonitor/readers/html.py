"""HTML pages: main text, title, date and canonical URL with trafilatura.

Navigation, cookie banners and "read also" boxes are dropped by trafilatura. The page's own
metadata (``<title>``/``og:title``, ``article:published_time``, canonical link) is part of the input,
not a label, so it becomes a hint that ``analyze`` uses too.
"""

from __future__ import annotations

import logging

from newsmonitor.model import Article, Rejection
from newsmonitor.readers.base import ReadOptions, ReadStream, check_text, looks_binary

MIN_LETTERS = 25  # less than this is navigation residue, not an article

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def read_html(data: bytes, origin: str, article_id: str, options: ReadOptions, url: str | None = None) -> ReadStream:
    """Yield one Article extracted from an HTML page's bytes, or a Rejection."""
    if not data.strip():
        yield Rejection(origin, 1, "empty file")
        return
    if looks_binary(data):
        yield Rejection(origin, 1, "binary data, not HTML")
        return
    article = html_to_article(data, origin, article_id, url)
    yield article


def html_to_article(data: bytes | str, origin: str, article_id: str, url: str | None = None) -> Article | Rejection:
    """Extract the main text and metadata of one page."""
    import htmldate
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds of errors on broken markup
        return Rejection(origin, 1, f"cannot parse HTML: {type(exc).__name__}: {exc}")
    if doc is None or sum(ch.isalpha() for ch in (doc.text or "")) < MIN_LETTERS:
        return Rejection(origin, 1, "no article text found in HTML page")
    text: str = doc.text
    reason = check_text(text)
    if reason:
        return Rejection(origin, 1, reason)
    title = (doc.title or "").strip() or None
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"
    page_url = url or doc.url or None
    hints: dict[str, str] = {}
    if title:
        hints["title"] = title
    try:  # markup-only date search: meta tags, <time>, JSON-LD, URL; never guesses from prose
        date = htmldate.find_date(data, url=page_url, extensive_search=False, original_date=True)
    except Exception:
        date = None
    if date:
        hints["date"] = date
        hints["date_source"] = "html"
    if doc.sitename:
        hints["source"] = doc.sitename
    return Article(id=article_id, text=text, url=page_url, origin=origin, hints=hints)

"""RSS and Atom feeds (feedparser): one article per item.

An item's text is its full content when the feed carries it, else its summary; with
``fetch_pages`` the item's page is fetched and extracted instead. The item's title, link and
date are the page's own metadata and become hints.
"""

from __future__ import annotations

import html as htmllib
import re
import warnings
from collections.abc import Iterator
from typing import Any

from newsmonitor.model import Article, Rejection
from newsmonitor.readers.base import ReadOptions, ReadStream, check_text, generated_id, looks_binary

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote)\b[^>]*>", re.I)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed summary): block tags become line breaks."""
    text = _BLOCK.sub("\n", fragment)
    text = htmllib.unescape(_TAG.sub("", text))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return (head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")) and (
        b"<rss" in data[:4096].lower() or b"<feed" in data[:4096].lower() or b"<rdf" in data[:4096].lower()
    )


def read_feed(data: bytes, origin: str, options: ReadOptions) -> ReadStream:
    """Yield an Article (or Rejection) for every item of an RSS/Atom document."""
    import feedparser

    if not data.strip():
        yield Rejection(origin, 1, "empty file")
        return
    if looks_binary(data):
        yield Rejection(origin, 1, "binary data, not a feed")
        return
    with warnings.catch_warnings():  # feedparser warns about its own deprecated key fallbacks
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        yield Rejection(origin, 1, f"no feed items found{detail}")
        return
    for index, entry in enumerate(entries, start=1):
        yield from _entry_to_articles(entry, origin, index, options)


def _entry_to_articles(entry: Any, origin: str, index: int, options: ReadOptions) -> Iterator[Article | Rejection]:
    link = entry.get("link") or None
    item_origin = f"{origin}#item{index}"
    title = html_fragment_to_text(entry.get("title", "")).strip() or None
    hints: dict[str, str] = {}
    if title:
        hints["title"] = title
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        parsed_date = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed_date:
        hints["date"] = f"{parsed_date.tm_year:04d}-{parsed_date.tm_mon:02d}-{parsed_date.tm_mday:02d}"
        hints["date_source"] = "feed"
    elif entry.get("published") or entry.get("updated"):
        hints["date_text"] = entry.get("published") or entry.get("updated")

    if options.fetch_pages and link:
        from newsmonitor.readers.fetch import FetchError, fetch
        from newsmonitor.readers.html import html_to_article

        try:
            page = fetch(link, timeout=options.timeout, max_bytes=options.max_record_bytes,
                         allow_private=options.allow_private)
        except FetchError as exc:
            yield Rejection(item_origin, index, f"{link}: {exc}")
            return
        result = html_to_article(page.data, item_origin, generated_id("", link), url=link)
        if isinstance(result, Article):
            result.hints = {**hints, **result.hints}
        yield result
        return

    contents = entry.get("content") or []
    body_html = contents[0].get("value", "") if contents else entry.get("summary", "")
    body = html_fragment_to_text(body_html or "")
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    reason = check_text(text)
    if reason:
        yield Rejection(item_origin, index, reason)
        return
    item_id = entry.get("id") or entry.get("guid")
    article_id = generated_id(text, link or (str(item_id) if item_id else None))
    yield Article(id=article_id, text=text, url=link, origin=item_origin, hints=hints)

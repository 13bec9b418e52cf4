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
from dataclasses import dataclass
from typing import Any

from newsmonitor.model import Article, Rejection
from newsmonitor.readers.base import (
    ReadOptions,
    ReadStream,
    check_text,
    check_url,
    content_hash,
    generated_id,
    looks_binary,
)

_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</?(p|div|br|li|h[1-6]|blockquote)\b[^>]*>", re.I)


# numeric character references that no XML or Unicode text may hold: NUL, C0 controls and surrogates
# (feedparser raises UnicodeEncodeError on the surrogates and loses the whole feed)
_BAD_CHARREF = re.compile(
    rb"&#(?:0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|5529[6-9]|55[3-9]\d\d|56\d{3}|57[0-2]\d\d|573[0-3]\d|5734[0-3])"
    rb"|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[dD][89a-fA-F][0-9a-fA-F]{2}));"
)
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_ITEM_START = re.compile(rb"<(?:item|entry)[\s>/]", re.I)


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of a small HTML fragment (a feed summary): block tags become line breaks."""
    text = _BLOCK.sub("\n", fragment)
    text = _UNSAFE_CHARS.sub("", htmllib.unescape(_TAG.sub("", text)))
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return (head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")) and (
        b"<rss" in data[:4096].lower() or b"<feed" in data[:4096].lower() or b"<rdf" in data[:4096].lower()
    )


@dataclass(slots=True)
class FeedItem:
    """One item of a parsed feed: its position (index, line) and feedparser's entry."""

    index: int
    line: int
    entry: Any

    @property
    def key(self) -> str:
        """A stable identity for the item: its guid/id, else its link, else a hash of its title and summary."""
        for field in ("id", "link"):
            value = self.entry.get(field)
            if isinstance(value, str) and value.strip():
                return f"{field}:{value.strip()[:1000]}"
        basis = f"{self.entry.get('title', '')}\n{self.entry.get('summary', '')}"
        return "hash:" + content_hash(basis)


def parse_feed(data: bytes, origin: str, base_url: str | None = None) -> list[FeedItem] | Rejection:
    """The items of an RSS/Atom document, or a Rejection saying why there are none.

    ``base_url`` (the feed's own URL) resolves relative item links."""
    import feedparser

    if not data.strip():
        return Rejection(origin, 1, "empty file")
    if looks_binary(data):
        return Rejection(origin, 1, "binary data, not a feed")
    data = _BAD_CHARREF.sub(b"&#xFFFD;", data)
    headers = {"content-location": base_url} if base_url else None
    try:
        with warnings.catch_warnings():  # feedparser warns about its own deprecated key fallbacks
            warnings.simplefilter("ignore", DeprecationWarning)
            parsed = feedparser.parse(data, response_headers=headers)
    except Exception as exc:  # feedparser's sanitizer and encoders raise on some hostile input
        return Rejection(origin, 1, f"cannot parse feed: {type(exc).__name__}: {exc}")
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        detail = f": {problem}" if problem else ""
        return Rejection(origin, 1, f"no feed items found{detail}")
    lines = _item_lines(data, len(entries))
    return [FeedItem(index, lines[index - 1], entry) for index, entry in enumerate(entries, start=1)]


def item_results(item: FeedItem, origin: str, options: ReadOptions) -> list[Article | Rejection]:
    """The Article (or Rejection) for one feed item; never raises."""
    try:
        return list(_entry_to_articles(item.entry, origin, item.index, item.line, options))
    except Exception as exc:  # one odd item must not lose the others
        return [Rejection(origin, item.line, f"item {item.index}: cannot read item: {type(exc).__name__}: {exc}")]


def read_feed(data: bytes, origin: str, options: ReadOptions, base_url: str | None = None) -> ReadStream:
    """Yield an Article (or Rejection) for every item of an RSS/Atom document."""
    items = parse_feed(data, origin, base_url)
    if isinstance(items, Rejection):
        yield items
        return
    for item in items:
        yield from item_results(item, origin, options)


def _item_lines(data: bytes, count: int) -> list[int]:
    """The line number where each item starts, when the item tags can be found (else line 1)."""
    starts = [m.start() for m in _ITEM_START.finditer(data)]
    if len(starts) != count:
        return [1] * count
    lines, line, pos = [], 1, 0
    for start in starts:
        line += data.count(b"\n", pos, start)
        pos = start
        lines.append(line)
    return lines


def _entry_to_articles(entry: Any, origin: str, index: int, line: int, options: ReadOptions
                       ) -> Iterator[Article | Rejection]:
    link = entry.get("link") or None
    if not isinstance(link, str) or check_url(link):
        link = None  # javascript:, relative or malformed links are not article URLs
    item_origin = f"{origin}:{line}"
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
            yield Rejection(origin, line, f"item {index}: {link}: {exc}")
            return
        result = html_to_article(page.data, item_origin, generated_id("", link), url=link)
        if isinstance(result, Article):
            result.hints = {**hints, **result.hints}
        else:
            result = Rejection(origin, line, f"item {index}: {link}: {result.reason}")
        yield result
        return

    contents = entry.get("content") or []
    body_html = contents[0].get("value", "") if contents else entry.get("summary", "")
    body = html_fragment_to_text(body_html or "")
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    reason = check_text(text)
    if reason:
        yield Rejection(origin, line, f"item {index}: {reason}")
        return
    item_id = entry.get("id") or entry.get("guid")
    article_id = generated_id(text, link or (str(item_id) if item_id else None))
    yield Article(id=article_id, text=text, url=link, origin=item_origin, hints=hints)

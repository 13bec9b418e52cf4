"""Plain-text articles: one article per file, in the seed format.

The seed format is an optional leading `` date YYYY-MM`` header line, then the title, a byline
and the body. The reader keeps the text exactly as read; the extract stage interprets it.
"""

from __future__ import annotations

from newsmonitor.model import Article, Rejection
from newsmonitor.readers.base import ReadOptions, ReadStream, check_text, decode_utf8, looks_binary


def read_text(data: bytes, origin: str, article_id: str, options: ReadOptions) -> ReadStream:
    """Yield one Article from a text file's bytes, or a Rejection saying why not."""
    if not data:
        yield Rejection(origin, 1, "empty file")
        return
    if looks_binary(data):
        yield Rejection(origin, 1, "binary data, not text")
        return
    text, reason = decode_utf8(data)
    if text is None:
        yield Rejection(origin, 1, reason or "cannot decode")
        return
    reason = check_text(text)
    if reason:
        yield Rejection(origin, 1, reason)
        return
    yield Article(id=article_id, text=text, origin=origin)

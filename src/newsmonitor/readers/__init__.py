"""Readers turn inputs (files, directories, URLs, stdin) into Articles, or Rejections for bad records.

The format is chosen by ``--format`` or else by file suffix, and else by sniffing the content:
``text`` (seed format), ``jsonl``, ``html`` and ``feed`` (RSS/Atom). Directories are read
recursively (hidden files skipped), ``-`` is stdin, and ``http(s)://`` inputs are fetched.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from newsmonitor.model import Rejection
from newsmonitor.readers.base import ReadOptions, ReadResult, ReadStream, generated_id, read_limited
from newsmonitor.readers.feed import looks_like_feed, read_feed
from newsmonitor.readers.fetch import FetchError, fetch, is_url
from newsmonitor.readers.html import read_html
from newsmonitor.readers.jsonl import read_jsonl
from newsmonitor.readers.text import read_text

__all__ = ["FORMATS", "ReadOptions", "ReadResult", "read_inputs", "sniff_format"]

FORMATS = ("text", "jsonl", "html", "feed")
_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}


def sniff_format(head: bytes) -> str:
    """Guess the format from the first bytes of the content."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if looks_like_feed(stripped):
        return "feed"
    if stripped.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in stripped[:1024]:
        return "html"
    if stripped.startswith(b"{"):
        return "jsonl"
    return "text"


def read_inputs(inputs: Iterable[str], fmt: str | None = None, options: ReadOptions | None = None) -> ReadStream:
    """Read every input in turn; yields Articles and Rejections, never raises on bad input."""
    options = options or ReadOptions()
    for item in inputs:
        if item == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", "stdin", fmt, options)
        elif is_url(item):
            yield from _read_url(item, fmt, options)
        else:
            path = Path(item)
            if path.is_dir():
                for file in _walk(path):
                    yield from _read_file(file, fmt, options)
            elif path.is_file():
                yield from _read_file(path, fmt, options)
            elif path.exists():  # a FIFO would block, a device never end
                yield Rejection(item, 1, "not a regular file (use - for standard input)")
            else:
                yield Rejection(item, 1, "no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file():
            yield path


def _read_file(path: Path, fmt: str | None, options: ReadOptions) -> ReadStream:
    origin = str(path)
    fmt = fmt or _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        try:
            with path.open("rb") as fh:
                fmt = sniff_format(fh.read(4096))
        except OSError as exc:
            yield Rejection(origin, 1, f"cannot read file: {exc.strerror or exc}")
            return
    if fmt == "jsonl":
        try:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, origin, options)
        except OSError as exc:
            yield Rejection(origin, 1, f"cannot read file: {exc.strerror or exc}")
        return
    limit = options.max_feed_bytes if fmt == "feed" else options.max_record_bytes
    data, reason = read_limited(path, limit)
    if data is None:
        yield Rejection(origin, 1, reason or "cannot read file")
        return
    yield from _dispatch(data, origin, path.stem, fmt, options)


def _read_stream(stream: IO[bytes], origin: str, stem: str, fmt: str | None, options: ReadOptions) -> ReadStream:
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    fmt = fmt or sniff_format(buffered.peek(4096)[:4096])
    if fmt == "jsonl":
        yield from read_jsonl(buffered, origin, options)
        return
    limit = options.max_feed_bytes if fmt == "feed" else options.max_record_bytes
    data = buffered.read(limit + 1)
    if len(data) > limit:
        yield Rejection(origin, 1, f"input too large (> {limit / 1e6:.1f} MB)")
        return
    yield from _dispatch(data, origin, stem, fmt, options)


def _read_url(url: str, fmt: str | None, options: ReadOptions) -> ReadStream:
    try:
        page = fetch(url, timeout=options.timeout, max_bytes=options.max_feed_bytes,
                     allow_private=options.allow_private)
    except FetchError as exc:
        yield Rejection(url, 1, str(exc))
        return
    if fmt is None:
        ctype = page.content_type.lower()
        if any(t in ctype for t in ("rss", "atom", "xml")) and looks_like_feed(page.data):
            fmt = "feed"
        elif "json" in ctype:
            fmt = "jsonl"
        else:
            fmt = sniff_format(page.data[:4096])
    if fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(page.data), url, options)
        return
    yield from _dispatch(page.data, url, generated_id("", page.url), fmt, options, url=page.url)


def _dispatch(data: bytes, origin: str, article_id: str, fmt: str, options: ReadOptions,
              url: str | None = None) -> ReadStream:
    if fmt == "text":
        for result in read_text(data, origin, article_id, options):
            if url and not isinstance(result, Rejection):
                result.url = url
            yield result
    elif fmt == "html":
        yield from read_html(data, origin, article_id, options, url=url)
    elif fmt == "feed":
        yield from read_feed(data, origin, options, base_url=url)
    elif fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data), origin, options)
    else:
        yield Rejection(origin, 1, f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")

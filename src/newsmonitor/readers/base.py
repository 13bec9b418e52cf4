"""Shared reader plumbing: size limits, safe decoding, ids, and the Article/Rejection result type."""

from __future__ import annotations

import hashlib
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsmonitor.model import Article, Rejection

ReadResult = Article | Rejection
ReadStream = Iterator[ReadResult]

DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024  # one article (a text/html file, a JSONL line, a fetched page)
DEFAULT_MAX_FEED_BYTES = 20 * 1024 * 1024  # a whole feed document


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How readers behave.

    ``use_labels``: take ``title``/``date``/``lang`` from JSONL input as metadata hints (``ingest``);
    ``analyze`` and ``eval`` turn it off, since their input may carry gold labels.
    """

    use_labels: bool = True
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    max_feed_bytes: int = DEFAULT_MAX_FEED_BYTES
    fetch_pages: bool = False  # for feeds: fetch each item's page instead of using its summary
    timeout: float = 20.0
    allow_private: bool = False  # allow fetching from private/loopback addresses


_WS = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """sha256 over the NFC-normalised text with whitespace collapsed: the identity of a text's content."""
    norm = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def generated_id(text: str, url: str | None = None) -> str:
    """A stable id for an article without one: derived from its URL, or else from its content."""
    basis = url if url else content_hash(text)
    return "a" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]


def looks_binary(data: bytes) -> bool:
    """True for data with NUL bytes or mostly control characters (images, archives, executables)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.10


def decode_utf8(data: bytes) -> tuple[str | None, str | None]:
    """Decode strict UTF-8 (a BOM is dropped). Returns (text, None) or (None, reason)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at line {line}, offset {exc.start})"
    return text, None


def read_limited(path: Path, limit: int) -> tuple[bytes | None, str | None]:
    """Read a whole file if it is at most ``limit`` bytes. Returns (data, None) or (None, reason)."""
    try:
        size = path.stat().st_size
        if size > limit:
            return None, f"file too large ({size / 1e6:.1f} MB > limit {limit / 1e6:.1f} MB)"
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        return None, f"cannot read file: {exc.strerror or exc}"
    if len(data) > limit:
        return None, f"file too large (> limit {limit / 1e6:.1f} MB)"
    return data, None


_SURROGATE = re.compile("[\ud800-\udfff]")
_ID_CONTROL = re.compile("[\x00-\x1f\x7f]")
MAX_ID_CHARS = 256


def find_surrogate(value: str) -> str | None:
    """A description of the first unpaired surrogate in ``value`` (unstorable as UTF-8), or None."""
    match = _SURROGATE.search(value)
    if match is None:
        return None
    return f"an unpaired surrogate U+{ord(match.group()):04X} at offset {match.start()}"


def check_text(text: str) -> str | None:
    """A reason to reject an article text, or None when it is usable."""
    if not text.strip():
        return "empty text"
    surrogate = find_surrogate(text)
    if surrogate:
        return f"text contains {surrogate} (not valid Unicode)"
    if "\x00" in text:
        return "text contains NUL characters (binary data?)"
    if not any(ch.isalpha() for ch in text[:100_000]):
        return "text has no letters"
    return None


def check_id(value: str) -> str | None:
    """A reason to reject an article id given in the input, or None when it is usable."""
    if len(value) > MAX_ID_CHARS:
        return f"field 'id' is too long ({len(value)} characters > {MAX_ID_CHARS})"
    surrogate = find_surrogate(value)
    if surrogate:
        return f"field 'id' contains {surrogate}"
    if _ID_CONTROL.search(value):
        return "field 'id' contains control characters"
    return None


def check_url(url: str) -> str | None:
    """A reason to reject an article URL given in the input, or None for a usable http(s) URL."""
    surrogate = find_surrogate(url)
    if surrogate:
        return f"contains {surrogate}"
    try:
        parts = urllib.parse.urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        return f"is not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"is not an http(s) URL (scheme {parts.scheme!r})" if parts.scheme else "is not an absolute http(s) URL"
    if not parts.hostname:
        return "has no host"
    return None

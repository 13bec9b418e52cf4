"""JSON Lines input: one article object per line.

Recognised fields: ``id``, ``text`` (required), ``url``; and, when labels are trusted
(``ingest``), ``title``, ``date`` and ``lang`` as metadata hints. Unknown fields are ignored.
Each bad line is rejected on its own; the other lines go through.
"""

from __future__ import annotations

import datetime
import json
from typing import IO, Any

from newsmonitor.model import Article, Rejection
from newsmonitor.readers.base import (
    ReadOptions,
    ReadStream,
    check_id,
    check_text,
    check_url,
    find_surrogate,
    generated_id,
)

_LABEL_FIELDS = ("title", "date", "lang")


def _valid_date(value: str) -> bool:
    """True for an ISO calendar date, month or year ('2024-02-29', '2024-02', '2024'), possibly with a time."""
    value = value[:10]
    try:
        if len(value) == 10:
            datetime.date.fromisoformat(value)
        elif len(value) == 7:
            datetime.date.fromisoformat(value + "-01")
        elif len(value) == 4:
            datetime.date.fromisoformat(value + "-01-01")
        else:
            return False
    except ValueError:
        return False
    return True


def read_jsonl(stream: IO[bytes], origin: str, options: ReadOptions) -> ReadStream:
    """Yield an Article or a Rejection for every non-blank line of a JSON Lines byte stream."""
    limit = options.max_record_bytes
    lineno = 0
    seen_any = False
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            break
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            # skip the rest of the over-long line without holding it in memory
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
            seen_any = True
            yield Rejection(origin, lineno, f"line too long (> {limit / 1e6:.1f} MB)")
            continue
        if not raw.replace(b"\xef\xbb\xbf", b"").strip():
            continue  # a blank line (also one with only byte-order marks)
        seen_any = True
        yield _parse_line(raw, origin, lineno, options)
    if not seen_any:
        yield Rejection(origin, max(lineno, 1), "empty file (no JSON lines)")


def _parse_line(raw: bytes, origin: str, lineno: int, options: ReadOptions) -> Article | Rejection:
    if b"\x00" in raw:
        return Rejection(origin, lineno, "binary data (NUL byte) in line")
    try:
        line = raw.decode("utf-8").lstrip("\ufeff")  # BOMs also start later lines when files were concatenated
    except UnicodeDecodeError as exc:
        return Rejection(origin, lineno, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(origin, lineno, f"malformed JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return Rejection(origin, lineno, "malformed JSON: nested too deeply")
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        return Rejection(origin, lineno, f"malformed JSON: {exc}")
    if not isinstance(obj, dict):
        return Rejection(origin, lineno, f"expected a JSON object, got {type(obj).__name__}")
    return article_from_object(obj, origin, lineno, options)


def article_from_object(obj: dict[str, Any], origin: str, lineno: int, options: ReadOptions) -> Article | Rejection:
    """One article record (``id``, ``text``, ``url``, labels) checked by the JSON Lines rules, for any writer.

    The HTTP API can build its articles with this too, so a POSTed record is held to the same rules
    (http(s) URLs only, usable ids, valid Unicode, calendar dates as date labels) as a line of a file.
    """
    text = obj.get("text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"not a string ({type(text).__name__})"
        return Rejection(origin, lineno, f"field 'text' is {what}")
    reason = check_text(text)
    if reason:
        return Rejection(origin, lineno, reason)
    url = obj.get("url")
    if url is not None and not isinstance(url, str):
        return Rejection(origin, lineno, f"field 'url' is not a string ({type(url).__name__})")
    if url is not None and not url.strip():
        url = None
    if url is not None:
        problem = check_url(url)
        if problem:
            return Rejection(origin, lineno, f"field 'url' {problem}")
        url = url.strip()
    raw_id = obj.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return Rejection(origin, lineno, f"field 'id' is not a string or integer ({type(raw_id).__name__})")
    given_id = str(raw_id).strip() if raw_id is not None else ""
    if given_id:
        problem = check_id(given_id)
        if problem:
            return Rejection(origin, lineno, problem)
    article_id = given_id or generated_id(text, url)
    hints: dict[str, Any] = {}
    if options.use_labels:
        for key in _LABEL_FIELDS:
            value = obj.get(key)
            if isinstance(value, str) and value.strip():
                surrogate = find_surrogate(value)
                if surrogate:
                    return Rejection(origin, lineno, f"field {key!r} contains {surrogate}")
                if key == "date" and not _valid_date(value.strip()):
                    continue  # not a calendar date: a hint we cannot use (the text may still give the date)
                hints[key] = value.strip()
    return Article(id=article_id, text=text, url=url, origin=f"{origin}:{lineno}", hints=hints)

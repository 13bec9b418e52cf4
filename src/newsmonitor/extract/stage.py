"""The extract stage: language, date (with its precision), title, source hostname and content hash.

Metadata a reader found in the input itself (an HTML page's ``<title>`` and published-time meta
tag, a feed item's date, or JSONL labels when ``ingest`` trusts them) is preferred where it is at
least as precise as what the text and URL give.
"""

from __future__ import annotations

import re
import urllib.parse

from newsmonitor.extract.dates import extract_date, strip_header
from newsmonitor.extract.language import detect_language
from newsmonitor.extract.title import extract_title
from newsmonitor.model import Article
from newsmonitor.readers.base import content_hash

_DATE_SHAPE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LANG_SHAPE = re.compile(r"^[a-z]{2,3}$")


def hostname(url: str | None) -> str | None:
    """The URL's host without a leading ``www.``, lower-cased; None for no URL."""
    if not url:
        return None
    try:
        host = urllib.parse.urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


class ExtractStage:
    """Fills ``lang``, ``date``, ``date_source``, ``title``, ``source``, ``content_hash`` and ``body``."""

    name = "extract"

    def __call__(self, article: Article) -> None:
        hints = article.hints
        article.content_hash = content_hash(article.text)
        article.body = strip_header(article.text)
        article.source = hostname(article.url) or hints.get("source")
        article.lang = self._language(article)
        article.date, article.date_source = self._date(article)
        title = hints.get("title")
        article.title = title if isinstance(title, str) and title.strip() else extract_title(article.text)

    @staticmethod
    def _language(article: Article) -> str | None:
        hinted = article.hints.get("lang")
        detected = detect_language(article.body or article.text)
        if isinstance(hinted, str) and _LANG_SHAPE.match(hinted.lower()):
            hinted = hinted.lower()
            if hinted == "no":  # the hint says Norwegian; the text says which written standard
                return detected if detected in ("nb", "nn") else "nb"
            return hinted
        return detected

    @staticmethod
    def _date(article: Article) -> tuple[str | None, str | None]:
        found, source = extract_date(article.text, article.url)
        hinted = article.hints.get("date")
        if isinstance(hinted, str):
            hinted = hinted.strip()[:10]
            if _DATE_SHAPE.match(hinted) and _valid_date(hinted) and (not found or len(hinted) >= len(found)):
                return hinted, article.hints.get("date_source", "input")
        return found, source


def _valid_date(value: str) -> bool:
    """A YYYY, YYYY-MM or YYYY-MM-DD string naming a real year, month and day."""
    import datetime

    parts = value.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True

"""Publication dates with their precision, from the text and the URL alone.

Evidence, strongest first:

* ``url``: ``/2022/09/08/``, ``2022-11-30-…``, ``20220909`` in the address gives the day;
* ``byline``: a publication or update line near the top (``Publicerad 2022-01-07``,
  ``Oppdatert 14. sep. 2022 19:18``, ``Veröffentlicht: 12.09.2022``, ``Onsdag, 30. november 2022 - 14:18``);
* ``header``: the archive's `` date YYYY-MM[-DD]`` first line;
* ``content``: the month of the dates the article mentions (``8. September 2022``) — never a day.

A day is only ever output when the evidence states it. Month names per language are in
``data/dates_months.tsv``.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from importlib import resources

_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b[ \t]*\n?")
_URL_PATTERNS = [
    re.compile(r"(?<!\d)(20\d\d|19\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(20\d\d)(\d\d)(\d\d)(?!\d)"),
    re.compile(r"/(\d{1,2})[-_.](\d{1,2})[-_.](20\d\d)(?!\d)"),
]
_URL_YEAR_MONTHNAME_DAY = re.compile(r"/(20\d\d)/([a-z]{3,9})/(\d{1,2})(?:/|$)")
_URL_YEAR_MONTH = re.compile(r"/(20\d\d|19\d\d)/(\d{1,2})(?:/|$)")
_URL_DAY_MONTHNAME = re.compile(r"(?<![\d\w])(\d{1,2})-([a-zäöåæø]+)-(20\d\d)(?!\d)")
_BYLINE_WORDS = (
    r"publicerad|publicerat|uppdaterad|uppdaterat|publisert|publisert:|oppdatert|opdateret|publiceret|udgivet|"
    r"veröffentlicht|aktualisiert|erstellt|stand|published|updated|posted|last updated|julkaistu|päivitetty|"
    r"gepubliceerd|bijgewerkt|laatst bijgewerkt|publié|publié le|mis à jour|publicado|actualizado|pubblicato|"
    r"aggiornato|opublikowano|aktualizacja|avaldatud|uuendatud|birt|uppfært|sist oppdatert|senast uppdaterad|"
    r"sidst opdateret|først publiseret|først publisert"
)
_BYLINE = re.compile(rf"\b(?:{_BYLINE_WORDS})\b[\s:.,-]*(?:(?:den|am|on|le|el|il|kl\.?)\s+)?", re.I)
_WEEKDAYS = (
    r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|torsdag|lördag|söndag|"
    r"måndag|tysdag|laurdag|sundag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|maanantai|tiistai|keskiviikko|torstai|"
    r"perjantai|lauantai|sunnuntai|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
_DATELINE = re.compile(rf"^\s*(?:{_WEEKDAYS})\b[\s,.]*(.{{6,40}})$", re.I | re.M)
_NUMERIC = re.compile(r"(?<!\d)(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})"
                      r"|(\d{1,2})/(\d{1,2})/(\d{4}))(?!\d)")
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    table = {}
    text = (resources.files("newsmonitor.extract") / "data" / "dates_months.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, number, _langs = line.split("\t")
            table[name] = int(number)
    return table


@lru_cache(maxsize=1)
def _textual_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    names = "|".join(sorted((re.escape(n) for n in _months()), key=len, reverse=True))
    day_month_year = re.compile(
        rf"(?<![\w\d])(\d{{1,2}})\.?\s+(?:de\s+)?({names})\.?,?\s+(?:de\s+)?(\d{{4}})(?!\d)", re.I)
    month_day_year = re.compile(
        rf"(?<![\w])({names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
    month_year = re.compile(rf"(?<![\w])({names})\.?\s+(\d{{4}})(?!\d)", re.I)
    return day_month_year, month_day_year, month_year


def _valid(y: int, m: int, d: int | None = None) -> bool:
    if not (1990 <= y <= 2100 and 1 <= m <= 12):
        return False
    if d is None:
        return True
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _fmt(y: int, m: int, d: int | None = None) -> str:
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d is not None else "")


def strip_header(text: str) -> str:
    """The text without a leading `` date YYYY-MM[-DD]`` header."""
    return _HEADER.sub("", text, count=1)


def header_date(text: str) -> str | None:
    m = _HEADER.match(text)
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    d = int(m.group(3)) if m.group(3) else None
    return _fmt(y, mo, d) if _valid(y, mo, d) else None


def url_date(url: str | None) -> str | None:
    """A full date in the URL's path, or None."""
    if not url:
        return None
    path = re.sub(r"^https?://[^/]+", "", url)
    for pattern in _URL_PATTERNS:
        for m in pattern.finditer(path):
            a, b, c = (int(g) for g in m.groups())
            y, mo, d = (c, b, a) if pattern is _URL_PATTERNS[2] else (a, b, c)
            if _valid(y, mo, d):
                return _fmt(y, mo, d)
    for m in _URL_DAY_MONTHNAME.finditer(path.lower()):
        month = _months().get(m.group(2))
        if month and _valid(int(m.group(3)), month, int(m.group(1))):
            return _fmt(int(m.group(3)), month, int(m.group(1)))
    for m in _URL_YEAR_MONTHNAME_DAY.finditer(path.lower()):  # /2022/oct/05/
        month = _months().get(m.group(2))
        if month and _valid(int(m.group(1)), month, int(m.group(3))):
            return _fmt(int(m.group(1)), month, int(m.group(3)))
    return None


def url_month(url: str | None) -> str | None:
    """A year and month in the URL's path (/2022/10/), or None."""
    if not url:
        return None
    path = re.sub(r"^https?://[^/]+", "", url)
    m = _URL_YEAR_MONTH.search(path)
    if m and _valid(int(m.group(1)), int(m.group(2))):
        return _fmt(int(m.group(1)), int(m.group(2)))
    return None


def parse_full_date(text: str) -> tuple[str, int] | None:
    """The first complete day-month-year date in a short string, with its offset."""
    found: list[tuple[int, str]] = []
    for m in _NUMERIC.finditer(text):
        g = m.groups()
        if g[0]:
            y, mo, d = int(g[0]), int(g[1]), int(g[2])
        elif g[3]:
            d, mo, y = int(g[3]), int(g[4]), int(g[5])
        else:
            d, mo, y = int(g[6]), int(g[7]), int(g[8])
        if _valid(y, mo, d):
            found.append((m.start(), _fmt(y, mo, d)))
    day_month_year, month_day_year, _ = _textual_patterns()
    for m in day_month_year.finditer(text):
        mo = _months().get(m.group(2).lower())
        if mo and _valid(int(m.group(3)), mo, int(m.group(1))):
            found.append((m.start(), _fmt(int(m.group(3)), mo, int(m.group(1)))))
    for m in month_day_year.finditer(text):
        mo = _months().get(m.group(1).lower())
        if mo and _valid(int(m.group(3)), mo, int(m.group(2))):
            found.append((m.start(), _fmt(int(m.group(3)), mo, int(m.group(2)))))
    if not found:
        return None
    start, value = min(found)
    return value, start


def byline_date(text: str) -> str | None:
    """A publication/update date stated near the top (or in a dateline such as 'Onsdag, 30. november 2022 - 14:18')."""
    head = text[:1500]
    for m in _BYLINE.finditer(head):
        parsed = parse_full_date(head[m.end():m.end() + 40])
        if parsed and parsed[1] <= 12:
            return parsed[0]
    for m in _DATELINE.finditer(head):
        parsed = parse_full_date(m.group(1))
        if parsed:
            return parsed[0]
    # a short line that is only a date (and a time), e.g. "14.09.2022 19:18" or "26. jan. 2022"
    for line in head.splitlines()[:40]:
        line = line.strip()
        if 8 <= len(line) <= 40 and (_TIME.search(line) or len(line) <= 22):
            parsed = parse_full_date(line)
            if parsed and parsed[1] <= 3:
                return parsed[0]
    return None


def content_month(text: str) -> str | None:
    """The month the article is most likely from: the latest well-supported month among the dates it mentions."""
    day_month_year, month_day_year, month_year = _textual_patterns()
    months: Counter[tuple[int, int]] = Counter()
    for m in _NUMERIC.finditer(text):
        g = m.groups()
        y, mo = (int(g[0]), int(g[1])) if g[0] else (int(g[5]), int(g[4])) if g[3] else (int(g[8]), int(g[7]))
        if _valid(y, mo):
            months[(y, mo)] += 2
    for pattern, month_group, year_group in ((day_month_year, 2, 3), (month_day_year, 1, 3), (month_year, 1, 2)):
        for m in pattern.finditer(text):
            mo = _months().get(m.group(month_group).lower())
            y = int(m.group(year_group))
            if mo and _valid(y, mo):
                months[(y, mo)] += 2 if pattern is not month_year else 1
    if not months:
        return None
    # the month mentioned most often (ties: the most recent); a single passing mention is weak evidence
    best = max(months, key=lambda ym: (months[ym], ym))
    return _fmt(*best)


def extract_date(text: str, url: str | None = None) -> tuple[str | None, str | None]:
    """(date, source): 'YYYY-MM-DD' when the day is known, 'YYYY-MM' for a month; source names the evidence."""
    from_url = url_date(url)
    if from_url:
        return from_url, "url"
    header = header_date(text)
    from_byline = byline_date(strip_header(text))
    if from_byline and (header is None or len(header) == 10 and header == from_byline or
                        len(header) == 7 and abs(_month_index(from_byline) - _month_index(header)) <= 1):
        return from_byline, "byline"
    if header:
        return header, "header"
    if from_byline:
        return from_byline, "byline"
    month = url_month(url)
    if month:
        return month, "url"
    month = content_month(text)
    return (month, "content") if month else (None, None)


def _month_index(value: str) -> int:
    return int(value[:4]) * 12 + int(value[5:7])

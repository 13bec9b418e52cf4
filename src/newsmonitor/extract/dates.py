"""Publication dates of news articles, with their precision, from the page text and the URL alone.

This module owns an article's ``date``/``date_source`` and the archive's `` date YYYY-MM[-DD]`` header.
Evidence, in the order it is trusted:

* ``url``: a day in the address (``/2022/09/08/``, ``2022-11-30-…``, ``20220909``, ``/2022/oct/05/``,
  ``28-juni-2023``); a month (``/2022/02/``, ``/2022/november/``) when it has no day;
* ``byline``: the page's own publication or update time (``Publicerad: 2022-11-18``,
  ``Oppdatert 14. sep. 2022 19:18``, ``Onsdag, 30. november 2022 - 14:18``, a line that is only a date);
* ``header``: the archive's leading `` date YYYY-MM`` or `` date YYYY-MM-DD`` line (its capture time);
* ``content``: the month of the dates the article mentions near its top — never a day.

A day is output only when the URL, a byline or the header states it. Month names, weekday names and
byline words per language are data files: ``data/dates_months.tsv``, ``data/dates_weekdays.tsv``
and ``data/dates_bylines.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
MIN_YEAR, MAX_YEAR = 1990, 2100
HEAD_CHARS = 1500  # where a page states its own date and its lead; dates further down are mostly background
BYLINE_LINE_MAX = 120  # a dated line longer than this is prose, not a byline
BYLINE_PREFIX_WORDS = 4  # words allowed before a byline word on its line ("Copenhagen // Updated: …")
MAX_LONE_DATES = 2  # more lines that are only a date make a timeline or a comment thread, not a byline
Ymd = tuple[int, int, int]  # (year, month, day); month or day 0 when unknown

_LETTER = r"[^\W\d_]"  # a letter in any script

# -- the archive header -------------------------------------------------------------------------------------

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)[ \t]*(?:\r?\n)?")

# -- URLs ---------------------------------------------------------------------------------------------------

_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)([/_.-])(\d{1,2})\2(\d{1,2})(?!\d)")  # /2022/09/08/, 2022-11-30
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")  # /20220909/
_URL_Y_NAME_D = re.compile(rf"/((?:19|20)\d\d)/({_LETTER}{{3,12}})/(\d{{1,2}})(?=[/_.-]|$)")  # /2022/oct/05/
_URL_D_NAME_Y = re.compile(rf"(?<![\w])(\d{{1,2}})-({_LETTER}{{3,12}})-((?:19|20)\d\d)(?!\d)")  # 28-juni-2023
_URL_NAME_D_Y = re.compile(rf"(?<![\w])({_LETTER}{{3,12}})-(\d{{1,2}})-((?:19|20)\d\d)(?!\d)")  # october-5-2022
_URL_YM = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})(?=/)")  # /2022/02/
_URL_Y_NAME = re.compile(rf"/((?:19|20)\d\d)/({_LETTER}{{3,12}})(?=/)")  # /2022/november/
_URL_Y = re.compile(r"/((?:19|20)\d\d)(?=/(?!\d{1,2}(?:[/_.-]|$)))")  # /2023/640806, not /2022/13/45/
_URL_SCHEME_HOST = re.compile(r"\A[a-z][a-z0-9+.-]*://[^/?#]*", re.I)

# -- dates in text ------------------------------------------------------------------------------------------
# Month words are matched as any word and then looked up in the month tables: one short pattern instead of
# an alternation of several hundred names keeps the scan fast.

_MONTH = rf"({_LETTER}{{3,14}}+)(?:\.(?!\d))?"  # possessive: no backtracking inside a word
_YEAR = r"((?:19|20)\d\d)(?!\d)"
_DAY = r"(\d{1,2})(?:\.|er|st|nd|rd|th)?"
_ISO = re.compile(r"(?<![\d.])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")  # 2022-11-18
_NUMERIC = re.compile(r"(?<![\d.,/-])(\d{1,2})([./-]) ?(\d{1,2})\2 ?((?:19|20)?\d\d)(?!\d|[.,]\d)")  # 18.11.2022
# "8. September 2022", "1er novembre", "8 de septiembre de 2022", "den 1. november" (year optional)
_DAY_FIRST = re.compile(rf"(?<![\w.]){_DAY}[ \t]*(?:de[ \t]+)?{_MONTH}(?:[ \t]*,?[ \t]*(?:de[ \t]+)?{_YEAR})?")
# "September 8, 2022", "September 2022", "November 1": the number is a day or a year
_MONTH_FIRST = re.compile(rf"(?<!\w){_MONTH}[ \t]*,?[ \t]+(\d{{1,2}}(?!\d)|(?:19|20)\d\d(?!\d))(?:st|nd|rd|th)?"
                          rf"(?:,?[ \t]+{_YEAR})?")

# a clock time right after a date: " - 14:18", " kl. 12.01", " 19:18", ", 15:34 IST"
_TIME_AFTER = re.compile(r"[ \t]*(?:[,|/–—-][ \t]*)?(?:(?:kl|klo|klockan|klokka|kello|um|at|à|om|alle|a las|o)\.?"
                         r"[ \t]*)?\d{1,2}(?:[:.]|h ?)\d{2}(?!\d)", re.I)
# words that put a date in the past or the future of the article ("since June 2019", "from 1 February")
_NOT_NOW = re.compile(r"(?<!\w)(?:since|seit|siden|sedan|sinds|depuis|desde|dal|dall|od|alates|síðan|from|fra|"
                      r"från|vom|ab|avant|before|før|före|innan|vor|ennen|till|until|bis|by|inden|tot|fino|hasta|"
                      r"jusqu'au|t\.o\.m|f\.o\.m|for|pour|für|för|til|para|per|voor|scheduled|planned|due|"
                      r"expected)\W+(?:\w+\W+){0,3}\Z", re.I)
_HAS_LETTER = re.compile(_LETTER)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in a text: its span, year (None when not written), month and day (None when not written)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int | None
    has_time: bool = False  # a clock time follows it
    weekday: int | None = None  # the weekday written right before it (1 = Monday)

    @property
    def ymd(self) -> Ymd:
        return (self.year or 0, self.month, self.day or 0)


# -- data tables --------------------------------------------------------------------------------------------


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _month_tables() -> tuple[dict[str, int], dict[str, int]]:
    """(full names and inflected forms → month, abbreviations → month), lower-case."""
    full: dict[str, int] = {}
    abbreviations: dict[str, int] = {}
    for row in _rows("dates_months.tsv"):
        month = int(row[1])
        full.update((form, month) for form in row[2].split("|") if form)
        if len(row) > 3:
            abbreviations.update((form, month) for form in row[3].split("|") if form)
    return full, abbreviations


def month_number(word: str, abbreviations: bool = False) -> int | None:
    """The month a (lower- or mixed-case) month name stands for, in any supported language, or None."""
    full, abbreviated = _month_tables()
    word = word.lower()
    return full.get(word) or (abbreviated.get(word) if abbreviations else None)


@lru_cache(maxsize=1)
def _weekdays() -> tuple[dict[str, int], re.Pattern[str]]:
    """(weekday form → number, a pattern for a weekday right before a date: "Onsdag, ", "Wed, ", "jeudi ")."""
    numbers = {form: int(row[1]) for row in _rows("dates_weekdays.tsv") for form in row[2].split("|") if form}
    by_length = sorted(numbers, key=len, reverse=True)
    long_forms = "|".join(re.escape(f) for f in by_length if len(f) > 3)
    short_forms = "|".join(re.escape(f) for f in by_length if len(f) <= 3)  # "Mi.", "Wed," only with a mark
    pattern = re.compile(rf"(?<!\w)(?:({long_forms})[ \t]*,?|({short_forms})[.,])[ \t]*"
                         rf"(?:(?:den|der|the|le|el|il)[ \t]+)?\Z", re.I)
    return numbers, pattern


@lru_cache(maxsize=1)
def _byline_words() -> re.Pattern[str]:
    """A publication/update word right before a date: "Publicerad: ", "Aktualisiert am ", "Updated: "."""
    phrases = {p for row in _rows("dates_bylines.tsv") for p in row[2].split("|") if p}
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})\.?[ \t]*:?[ \t]*(?:(?:den|am|on|op|om|le|el|il|em|the|kl\.?)[ \t]+)?"
                      rf"\Z", re.I)


@lru_cache(maxsize=1)
def _byline_words_only() -> re.Pattern[str]:
    """A line made of byline words, separators and clock times only ("Publicerad Senast uppdaterad")."""
    phrases = {p for row in _rows("dates_bylines.tsv") for p in row[2].split("|") if p}
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?:(?:{alternation})\.?|[\s:|·,/–—-]|\d{{1,2}}[:.]\d{{2}})+", re.I)


# -- validation ---------------------------------------------------------------------------------------------


def _valid(year: int | None, month: int, day: int | None = None) -> bool:
    """A real calendar date in the plausible range (a missing year allows 29 February)."""
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    try:
        date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return True


def _fmt(ymd: Ymd) -> str:
    year, month, day = ymd
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def _parse(value: str) -> Ymd:
    parts = [int(p) for p in value.split("-")] + [0, 0]
    return parts[0], parts[1], parts[2]


def _not_after(ymd: Ymd, today: date) -> bool:
    """Not in the future (a day of slack for time zones): pages do not come from tomorrow."""
    limit = today + timedelta(days=1)
    return ymd <= (limit.year, limit.month, limit.day)


def _covers(period: Ymd, ymd: Ymd) -> bool:
    """Whether a day lies inside a year, month or day given with its precision."""
    return ymd[0] == period[0] and (not period[1] or ymd[1] == period[1]) and (not period[2] or ymd[2] == period[2])


# -- the header ---------------------------------------------------------------------------------------------


def strip_header(text: str) -> str:
    """The text without a leading `` date YYYY-MM[-DD]`` header (text on the same line is kept)."""
    return _HEADER.sub("", text, count=1)


def header_date(text: str) -> str | None:
    """The archive header's date ('YYYY-MM' or 'YYYY-MM-DD'), or None when absent or invalid."""
    match = _HEADER.match(text)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    day = int(match.group(3)) if match.group(3) else None
    return _fmt((year, month, day or 0)) if _valid(year, month, day) else None


# -- the URL ------------------------------------------------------------------------------------------------


def url_date(url: str | None) -> str | None:
    """The most precise date in the URL's path and query: a day, else a month, else a year; or None."""
    if not url:
        return None
    path = _URL_SCHEME_HOST.sub("", url.strip()).split("#", 1)[0]
    lowered = path.lower()
    for match in _URL_YMD.finditer(path):
        ymd = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if _valid(*ymd):
            return _fmt(ymd)
    for match in _URL_COMPACT.finditer(path):
        ymd = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if _valid(*ymd):
            return _fmt(ymd)
    for pattern, order in ((_URL_Y_NAME_D, "ymd"), (_URL_D_NAME_Y, "dmy"), (_URL_NAME_D_Y, "mdy")):
        for match in pattern.finditer(lowered):
            parts = dict(zip(order, match.groups(), strict=True))
            month = month_number(parts["m"], abbreviations=True)
            if month and _valid(int(parts["y"]), month, int(parts["d"])):
                return _fmt((int(parts["y"]), month, int(parts["d"])))
    for match in _URL_YM.finditer(path):
        if _valid(int(match.group(1)), int(match.group(2))):
            return _fmt((int(match.group(1)), int(match.group(2)), 0))
    for match in _URL_Y_NAME.finditer(lowered):
        month = month_number(match.group(2), abbreviations=True)
        if month and _valid(int(match.group(1)), month):
            return _fmt((int(match.group(1)), month, 0))
    for match in _URL_Y.finditer(path):
        if _valid(int(match.group(1)), 1):
            return match.group(1)
    return None


# -- dates written in the text ------------------------------------------------------------------------------


def find_dates(text: str) -> list[DateMention]:
    """Every date written in the text, in order of appearance, with or without a year; spans never overlap."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    weekday_numbers, weekday_before = _weekdays()

    def add(start: int, end: int, year: int | None, month: int | None, day: int | None) -> None:
        if month and day and year and not _valid(year, month, day) and _valid(year, month):
            day = None  # 2022-02-30: a typing error in the day; the month still stands
        if not month or not _valid(year, month, day) or any(s < end and start < e for s, e in taken):
            return
        weekday_match = weekday_before.search(text, max(0, start - 24), start)
        weekday = None
        if weekday_match:
            weekday = weekday_numbers.get((weekday_match.group(1) or weekday_match.group(2)).lower())
        has_time = bool(_TIME_AFTER.match(text, end, end + 20))
        taken.append((start, end))
        found.append(DateMention(start, end, year, month, day, has_time, weekday))

    for m in _ISO.finditer(text):
        add(m.start(), m.end(), int(m.group(1)), int(m.group(3)), int(m.group(4)))
    for m in _NUMERIC.finditer(text):
        day, month, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
        if len(year_text) == 2 and not _byline_words().search(text, max(0, m.start() - 40), m.start()):
            continue  # "8.9.22" only right after a byline word: elsewhere it is too often something else
        if m.group(2) == "/" and day <= 12 < month:
            day, month = month, day  # 11/30/2022: month first
        elif m.group(2) == "/" and day != month and day <= 12 and month <= 12:
            continue  # 05/10/2022: day-month or month-day, cannot tell
        add(m.start(), m.end(), int(year_text) if len(year_text) == 4 else 2000 + int(year_text), month, day)
    for m in _DAY_FIRST.finditer(text):  # abbreviations ("14. sep. 2022") only with a year
        year = int(m.group(3)) if m.group(3) else None
        add(m.start(), m.end(), year, month_number(m.group(2), abbreviations=bool(year)), int(m.group(1)))
    for m in _MONTH_FIRST.finditer(text):
        number, year = m.group(2), int(m.group(3)) if m.group(3) else None
        if len(number) == 4:  # "September 2022"
            if year is None:
                add(m.start(), m.end(), int(number), month_number(m.group(1)), None)
        else:
            add(m.start(), m.end(), year, month_number(m.group(1), abbreviations=bool(year)), int(number))
    found.sort(key=lambda d: d.start)
    return found


# -- bylines ------------------------------------------------------------------------------------------------


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def byline_kind(text: str, mention: DateMention) -> str | None:
    """How a full date states the page's own time, if it does, on a short line: ``"word"`` right after a byline
    word near the line's start ("Publicerad: 2022-11-18"), ``"time"`` followed by a clock time
    ("30. november 2022 - 14:18"), ``"alone"`` alone on its line apart from a weekday ("17 oktober 2022")."""
    if mention.year is None or mention.day is None:
        return None
    line_start, line_end = _line_around(text, mention.start, mention.end)
    if line_end - line_start > BYLINE_LINE_MAX:
        return None  # a date in a sentence, even after "published", is not the page's own byline
    word = _byline_words().search(text, max(line_start, mention.start - 40), mention.start)
    if word and len(text[line_start:word.start()].split()) <= BYLINE_PREFIX_WORDS:
        return "word"
    if mention.has_time:
        return "time"
    before = text[line_start:mention.start]
    if mention.weekday is not None:
        before = _weekdays()[1].sub("", before)
    if not _HAS_LETTER.search(before) and not _HAS_LETTER.search(text, mention.end, line_end):
        return "alone"
    return None


def is_byline(text: str, mention: DateMention) -> bool:
    """Whether a date states the page's own publication or update time (see :func:`byline_kind`)."""
    return byline_kind(text, mention) is not None


def byline_dates(text: str, dates: list[DateMention] | None = None) -> list[str]:
    """The days the page states as its own publication/update time, in order of appearance."""
    dates = find_dates(text) if dates is None else dates
    return [_fmt(d.ymd) for d in dates if is_byline(text, d)]


def is_byline_line(line: str) -> bool:
    """Whether a line of page text is a byline: a dated one ("Publisert 03.02.2022 kl. 12.01") or one made of
    byline words only ("Publicerad Senast uppdaterad")."""
    if len(line) > BYLINE_LINE_MAX:
        return False
    if _byline_words_only().fullmatch(line.strip()):
        return True
    return any(ch.isdigit() for ch in line) and any(is_byline(line, d) for d in find_dates(line))


def byline_word_before(text: str, pos: int) -> int:
    """Where a byline word right before ``pos`` starts ("… Publicerad: |2022-01-07"), else ``pos``."""
    match = _byline_words().search(text, max(0, pos - 40), pos)
    return match.start() if match else pos


def _page_day(text: str, dates: list[DateMention], allowed: Ymd | None, today: date) -> str | None:
    """The page's publication day from its bylines: the earliest near the top (a later one is an update);
    failing that, the first further down (later ones are reader comments and teasers). Lone date lines
    count only when there are few of them: many make a timeline, not a byline."""
    found = [(d.start, d.ymd, byline_kind(text, d)) for d in dates]
    found = [(start, ymd, kind) for start, ymd, kind in found if kind and _not_after(ymd, today)]
    if len({ymd for _, ymd, kind in found if kind == "alone"}) > MAX_LONE_DATES:
        found = [(start, ymd, kind) for start, ymd, kind in found if kind != "alone"]
    if allowed:
        found = [(start, ymd, kind) for start, ymd, kind in found if ymd <= _period_end(allowed)]
    head = [ymd for start, ymd, _ in found if start < HEAD_CHARS]
    if head:
        return _fmt(min(head))
    return _fmt(found[0][1]) if found else None


def _period_end(period: Ymd) -> Ymd:
    """The last day-tuple inside a year, month or day given with its precision (for ≤ comparisons)."""
    return period[0], period[1] or 12, period[2] or 31


# -- content ------------------------------------------------------------------------------------------------


def _year_from_weekday(month: int, day: int, weekday: int, today: date) -> int | None:
    """The latest year, up to today, in which that day of that month falls on that weekday (1 = Monday)."""
    for year in range(today.year, MIN_YEAR - 1, -1):
        try:
            when = date(year, month, day)
        except ValueError:
            continue  # 29 February
        if when <= today and when.isoweekday() == weekday:
            return year
    return None


def content_month(text: str, dates: list[DateMention] | None = None, today: date | None = None,
                  year: int | None = None) -> str | None:
    """The month an article is most likely from, inferred from the dates it mentions, as 'YYYY-MM' or None.

    Heuristics, in order, over the dates in the first ``HEAD_CHARS`` characters (all of them if none there):

    * ``latest_stated_month``: the latest full date or month-and-year that is not in the future and not
      introduced by a since/until-like word ("since June 2019", "from 1 February 2022");
    * ``weekday_year``: a day and month with its weekday ("mercredi 23 novembre"): the latest year up to
      today in which that day is that weekday.

    ``year`` (from the URL) restricts both to that year.
    """
    today = today or date.today()
    dates = find_dates(text) if dates is None else dates
    head = [d for d in dates if d.start < HEAD_CHARS] or dates
    now = [d for d in head if not _NOT_NOW.search(text, max(0, d.start - 50), d.start)]
    stated = [d for d in now if d.year is not None and _not_after((d.year, d.month, 1), today)
              and (year is None or d.year == year)]
    with_weekday = [d for d in stated if d.weekday is not None]
    if stated:
        latest = max(with_weekday or stated, key=lambda d: (d.year or 0, d.month))
        return _fmt((latest.year or 0, latest.month, 0))
    for d in now:
        if d.year is None and d.day is not None and d.weekday is not None:
            found = _year_from_weekday(d.month, d.day, d.weekday, today)
            if found and (year is None or found == year):
                return _fmt((found, d.month, 0))
    return None


# -- the decision -------------------------------------------------------------------------------------------


def extract_date(text: str, url: str | None = None) -> tuple[str | None, str | None]:
    """Publication date of a news article from its text and URL.

    Returns (date, source): date is 'YYYY-MM-DD' when the day is known, 'YYYY-MM' when only the month is,
    'YYYY' when only the year is, or None; source says which evidence gave it: 'header', 'url', 'byline',
    'content'.
    """
    return decide_date(text, url, date.today())


def decide_date(text: str, url: str | None, today: date) -> tuple[str | None, str | None]:
    """:func:`extract_date` with an explicit "today" (no evidence may lie after it)."""
    header = header_date(text)
    header_ymd = _parse(header) if header and _not_after(_parse(header), today) else None
    in_url = url_date(url)
    url_ymd = _parse(in_url) if in_url and _not_after(_parse(in_url), today) else None
    if url_ymd and url_ymd[2]:
        return _fmt(url_ymd), "url"  # the address states the day: the most reliable evidence
    body = strip_header(text)
    dates = find_dates(body)
    # a byline after the archive's capture time belongs to a later version or to another story
    day = _page_day(body, dates, header_ymd, today)
    if url_ymd and url_ymd[1]:  # the URL gives the month
        if day and _covers(url_ymd, _parse(day)):
            return day, "byline"
        if header_ymd and _covers(url_ymd, header_ymd):
            return _fmt(header_ymd), "header"
        return _fmt(url_ymd), "url"
    if day and (not url_ymd or _covers(url_ymd, _parse(day))):
        return day, "byline"
    if header_ymd:
        return _fmt(header_ymd), "header"
    month = content_month(body, dates, today, url_ymd[0] if url_ymd else None)
    if month:
        return month, "content"
    if url_ymd:
        return _fmt(url_ymd), "url"  # only the year
    return None, None

"""Dating undated articles from their nearest dated neighbour in the same batch (month precision only).

An article whose text and URL give no date usually reports the same happening as others in the
stream that do. Its month is taken from the most similar article with a stated date (header, URL or
byline), when the two share enough distinctive names and numbers; ``date_source`` is then
``neighbour``. A day is never copied.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from newsmonitor.extract.dates import find_dates, month_number, strip_header
from newsmonitor.model import Article

_NAME = re.compile(r"\b[A-ZÆØÅÄÖÜÉ][\w-]{2,}|\b\d{2,}\b")
_STATED = {"header", "url", "byline", "html", "feed", "input"}
MIN_SIMILARITY = 0.12
CONTENT_OVERRIDE = 0.3
UNFITTING_MONTH = 0.5  # similarity kept for a neighbour whose month the text's own dates argue against
HEAD = 1500  # where the dates an article mentions say when it was written
# a dateline opening the text: "Berlin, 27. Sep –", "OSLO, 3. mars (NTB) –", "Copenhagen, Oct 5 (Reuters) -"
_DATELINE = re.compile(
    r"\A\s*(?:[^\n]{0,200}\n+\s*)?[A-ZÆØÅÄÖÜÉ][\w .'/-]{1,40},\s+(?:(\d{1,2})\.?\s+([^\W\d_]{3,10})\.?"
    r"|([^\W\d_]{3,10})\.?\s+(\d{1,2}))\s*(?:\([^)\n]{2,20}\)\s*)?[–—-]")


def _features(article: Article) -> Counter[str]:
    text = article.body or article.text
    return Counter(token.lower()[:6] for token in _NAME.findall(text[:4000]))


def date_from_neighbours(articles: Sequence[Article]) -> int:
    """Fill the month of articles without a stated date; returns how many were dated this way."""
    feats = [_features(a) for a in articles]
    df: Counter[str] = Counter()
    for f in feats:
        df.update(f.keys())
    n = len(articles)
    idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
    vectors = []
    for f in feats:
        vec = {t: (1 + math.log(c)) * idf[t] for t, c in f.items() if df[t] > 1}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    dated = [i for i, a in enumerate(articles) if _stated_month(a)]
    changed = 0
    for i, article in enumerate(articles):
        if _stated_month(article):
            continue
        threshold = CONTENT_OVERRIDE if article.date and len(article.date) >= 7 else MIN_SIMILARITY
        mentioned = _mentioned_months(article)
        best, best_sim = None, threshold
        for j in dated:
            sim = sum(v * vectors[j].get(t, 0.0) for t, v in vectors[i].items())
            if not _month_fits(articles[j].date or "", mentioned):
                sim *= UNFITTING_MONTH
            if sim > best_sim:
                best, best_sim = j, sim
        if best is not None:
            month = (articles[best].date or "")[:7]
            if article.date and len(article.date) == 4 and not month.startswith(article.date):
                continue  # a stated year is kept against a neighbour from another year
            article.date, article.date_source = month, "neighbour"
            day = _dateline_day(article, int(month[5:7]))
            if day:
                article.date = f"{month}-{day:02d}"
            changed += 1
    return changed


def _text(article: Article) -> str:
    return article.body if article.body is not None else strip_header(article.text)


def _mentioned_months(article: Article) -> set[int]:
    """Months of the year that the article's own dates (with or without a year) name near its top."""
    text = _text(article)[:HEAD]
    return {d.month for d in find_dates(text)}


def _month_fits(value: str, mentioned: set[int]) -> bool:
    """A neighbour's month is plausible when it is one of, or right before, the months the text names."""
    if not mentioned or len(value) < 7:
        return True
    month = int(value[5:7])
    return any(m == month or m == month % 12 + 1 for m in mentioned)


def _dateline_day(article: Article, month: int) -> int | None:
    """The day of a dateline opening the text ("Berlin, 27. Sep –") when its month is ``month``."""
    m = _DATELINE.match(_text(article))
    if not m:
        return None
    day, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if month_number(name, abbreviations=True) != month:
        return None
    return int(day) if 1 <= int(day) <= 31 else None


def _stated_month(article: Article) -> bool:
    """The article's own evidence gives at least its month."""
    return bool(article.date) and len(article.date or "") >= 7 and article.date_source in _STATED

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

from newsmonitor.model import Article

_NAME = re.compile(r"\b[A-ZÆØÅÄÖÜÉ][\w-]{2,}|\b\d{2,}\b")
_STATED = {"header", "url", "byline", "html", "feed", "input"}
MIN_SIMILARITY = 0.12
CONTENT_OVERRIDE = 0.3


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
        best, best_sim = None, threshold
        for j in dated:
            sim = sum(v * vectors[j].get(t, 0.0) for t, v in vectors[i].items())
            if sim > best_sim:
                best, best_sim = j, sim
        if best is not None:
            month = (articles[best].date or "")[:7]
            if article.date and len(article.date) == 4 and not month.startswith(article.date):
                continue  # a stated year is kept against a neighbour from another year
            article.date, article.date_source = month, "neighbour"
            changed += 1
    return changed


def _stated_month(article: Article) -> bool:
    """The article's own evidence gives at least its month."""
    return bool(article.date) and len(article.date or "") >= 7 and article.date_source in _STATED

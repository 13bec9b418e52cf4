"""Language identification: ISO 639-1 codes, with Norwegian split into Bokmål (nb) and Nynorsk (nn).

py3langid gives the base guess over the article body. Among the Scandinavian languages, which it
confuses on short or noisy text and where it only knows ``no``, a weighted count of marker words
(``data/scandinavian_markers.tsv``: ikkje/frå/seier for Nynorsk, ikke/fra/sier for Bokmål, af/siger for
Danish, inte/och/säger for Swedish) decides.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

_URL = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")
_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}(-\d{2})?\s*", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_SCANDINAVIAN = {"da", "sv", "nb", "nn", "no"}
_MAX_CHARS = 6000  # the start of an article says which language it is in


@lru_cache(maxsize=1)
def _markers() -> dict[str, dict[str, float]]:
    table: dict[str, dict[str, float]] = defaultdict(dict)
    text = (resources.files("newsmonitor.extract") / "data" / "scandinavian_markers.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, lang, weight = line.split("\t")
            table[word][lang] = float(weight)
    return dict(table)


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    import py3langid.langid as langid

    langid.classify("warm up")  # loads the bundled model once
    return langid.IDENTIFIER


def scandinavian_scores(text: str) -> dict[str, float]:
    """Marker-word evidence for da, sv, nb and nn, per 100 words."""
    markers = _markers()
    scores = {"da": 0.0, "sv": 0.0, "nb": 0.0, "nn": 0.0}
    words = _WORD.findall(text.lower())
    for word in words:
        for lang, weight in markers.get(word, {}).items():
            scores[lang] += weight
    n = max(len(words), 1)
    return {lang: 100 * score / n for lang, score in scores.items()}


def clean_for_detection(text: str) -> str:
    text = _HEADER.sub("", text[:_MAX_CHARS])
    return _URL.sub(" ", text)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language; Norwegian is 'nb' or 'nn', never 'no'. None without letters."""
    cleaned = clean_for_detection(text)
    if not _WORD.search(cleaned):
        return None
    lang, _score = _identifier().classify(cleaned)
    if lang not in _SCANDINAVIAN:
        ranked = _identifier().rank(cleaned)[:3]
        if not any(code in _SCANDINAVIAN for code, _ in ranked[1:2]) or lang in ("en", "de", "fi", "nl"):
            return lang
    scores = scandinavian_scores(cleaned)
    best = max(scores, key=lambda k: scores[k])
    if scores[best] <= 0:
        return "nb" if lang == "no" else lang
    if lang == "no" and best == "da" and scores["nb"] + scores["nn"] > 0.6 * scores["da"]:
        best = "nn" if scores["nn"] > scores["nb"] else "nb"
    return best

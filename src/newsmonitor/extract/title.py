"""Titles from raw page text: the first headline-like line after the header and page furniture.

Furniture lines ("Lyt til artiklen", "Saken oppdateres.", bylines, cookie banners) are regular
expressions in ``data/title_furniture.txt``. When the text starts with a paragraph rather than a
headline, its first sentence (cut on a word boundary) is the title.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newsmonitor.extract.dates import byline_date, strip_header

MAX_TITLE = 200
MAX_SENTENCE_TITLE = 150
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖÜÉ\"“„«»–-])")


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    text = (resources.files("newsmonitor.extract") / "data" / "title_furniture.txt").read_text("utf-8")
    patterns = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _is_furniture(line: str) -> bool:
    if _furniture().fullmatch(line):
        return True
    return len(line) <= 40 and byline_date(line) is not None and sum(ch.isalpha() for ch in line) < 20


def extract_title(text: str) -> str | None:
    """The article's title from the raw page text, or None."""
    for raw in strip_header(text).splitlines()[:30]:
        line = " ".join(raw.split())
        if not line or not any(ch.isalpha() for ch in line) or _is_furniture(line):
            continue
        if len(line) <= MAX_TITLE:
            return line
        return _first_sentence(line)
    return None


def _first_sentence(paragraph: str) -> str:
    sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
    if len(sentence) <= MAX_SENTENCE_TITLE:
        return sentence
    cut = sentence[:MAX_SENTENCE_TITLE].rsplit(" ", 1)[0]
    return cut.rstrip(",;:–- ") + "…"

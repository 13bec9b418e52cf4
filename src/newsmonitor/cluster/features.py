"""Language-independent features of one article for clustering.

An article becomes a :class:`Features` record: weighted canonical entity ids, a multilingual lexical
bag (folded word stems, so "eksplosion", "Explosion" and "explosionen" meet; numbers such as "7,8" or
"176-173"), near-duplicate shingles, and the date of the *happening* it reports, estimated from the
publication date and the dates and relative day words ("i går", "torsdag", "on Wednesday") in the text.
Everything here is a pure function of the article.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsmonitor.entities.names import fold
from newsmonitor.extract.dates import _NOT_NOW, find_dates, is_byline, strip_header
from newsmonitor.model import Article

DATA = Path(__file__).with_name("data")

LEAD_CHARS = 600  # the title and lead say what the article is about; they weigh more
TITLE_ENTITY_WEIGHT = 4.0  # an entity named in the title (in the lead: 2, further down: 1 per mention)
STEM_CHARS = 6  # words are cut to this many characters after spelling normalisation
SHINGLE_WORDS = 4
SHINGLE_SAMPLE = 4  # keep shingles whose hash is 0 modulo this: a content-defined sample, order independent

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,:/-]\d+)*", re.UNICODE)
_SPELLING = [  # cross-language spelling normalisation applied to folded words (order matters)
    (re.compile(r"ph"), "f"), (re.compile(r"th"), "t"), (re.compile(r"x"), "ks"), (re.compile(r"ck"), "k"),
    (re.compile(r"c(?=[aou]|$)"), "k"), (re.compile(r"qu"), "kv"), (re.compile(r"w"), "v"), (re.compile(r"z"), "s"),
    (re.compile(r"sch"), "sj"), (re.compile(r"(.)\1+"), r"\1"),
]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words of the supported languages (folded), from ``data/stopwords.txt``."""
    words: set[str] = set()
    for line in (DATA / "stopwords.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            words.update(fold(w).lower() for w in line.split("\t", 1)[-1].split())
    return frozenset(words)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str | None:
    """The cross-language key of a word, or None for function words and very short words."""
    w = fold(word).lower()
    if w[:1].isdigit():
        return "#" + w.replace(",", ".").replace(":", "-").replace("/", "-")
    if len(w) < 4 or w in stopwords():
        return None
    for pattern, replacement in _SPELLING:
        w = pattern.sub(replacement, w)
    w = w.replace("'", "").replace("’", "").replace("-", "")
    return w[:STEM_CHARS] if len(w) >= 4 else None


@lru_cache(maxsize=1)
def concept_forms() -> tuple[dict[str, str], int]:
    """(folded word prefix → concept id, longest prefix) from ``data/concepts.tsv``, if present."""
    forms: dict[str, str] = {}
    path = DATA / "concepts.tsv"
    if not path.exists():
        return forms, 0
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or line.startswith("#"):
            continue
        for form in parts[2].split("|"):
            form = fold(form.strip()).lower()
            if len(form) >= 4:
                forms.setdefault(form, parts[0])
    return forms, max((len(f) for f in forms), default=0)


@lru_cache(maxsize=200_000)
def concept(word: str) -> str | None:
    """The news concept a word names in any language ("jordskælvet", "Erdbeben" → "~earthquake"), or None."""
    forms, longest = concept_forms()
    w = fold(word).lower()
    for n in range(min(len(w), longest), 3, -1):
        found = forms.get(w[:n])
        if found:
            return "~" + found
    return None


def terms(text: str, surface: dict[str, str] | None = None) -> Counter[str]:
    """Stemmed word counts of a text plus concept ids (numbers kept, years and small numbers dropped).

    ``surface``, when given, receives the first word seen for each key (for explanations).
    """
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text):
        idea = concept(word) if len(word) >= 4 else None
        if idea:
            counts[idea] += 1
            if surface is not None:
                surface.setdefault(idea, word.lower())
        key = stem(word)
        if key is None:
            continue
        if key[0] == "#":
            digits = key[1:]
            if digits.isdigit() and (len(digits) <= 1 or (len(digits) == 4 and digits[:2] in ("19", "20"))):
                continue  # "3", "2022": everywhere, says little
        counts[key] += 1
        if surface is not None:
            surface.setdefault(key, word.lower())
    return counts


@lru_cache(maxsize=200_000)
def _folded(word: str) -> str:
    return fold(word).lower()


def shingles(text: str) -> frozenset[int]:
    """A content-defined sample of word 4-gram hashes: near-identical texts share most of them."""
    words = [_folded(word) for word in _WORD.findall(text)]
    found = set()
    for i in range(len(words) - SHINGLE_WORDS + 1):
        h = zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
        if h % SHINGLE_SAMPLE == 0:
            found.add(h)
    return frozenset(found)


# -- the happening's date ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _relative_words() -> tuple[dict[str, int], dict[str, int]]:
    """(relative day word → offset in days, weekday word → 1..7) from ``data/relative_days.tsv``."""
    offsets: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for line in (DATA / "relative_days.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, value, forms = line.split("\t")
        target = weekdays if kind == "weekday" else offsets
        for form in forms.split("|"):
            if form:
                target[form.lower()] = int(value)
    return offsets, weekdays


_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _relative_index() -> dict[str, tuple[str, ...]]:
    """First word run of each relative form (lower case) → the forms starting with it, longest first."""
    offsets, weekdays = _relative_words()
    index: dict[str, list[str]] = {}
    for form in set(offsets) | set(weekdays):
        first = _RUN.match(form)
        if first:
            index.setdefault(first.group(), []).append(form)
    return {key: tuple(sorted(forms, key=len, reverse=True)) for key, forms in index.items()}


def relative_words_in(text: str) -> list[str]:
    """The relative day words of a text, left to right, longest form first, not overlapping
    ("i går kveld" is one, not "i går" and "kveld"); matched whole-word, ignoring case."""
    lower = text.lower()
    index = _relative_index()
    found: list[str] = []
    end = 0
    for run in _RUN.finditer(lower):
        start = run.start()
        if start < end:
            continue
        for form in index.get(run.group(), ()):
            stop = start + len(form)
            if lower.startswith(form, start) and not (stop < len(lower) and _RUN.match(lower, stop)):
                found.append(form)
                end = stop
                break
    return found


def parse_day(value: str | None) -> date | None:
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _month_of(value: str | None) -> tuple[int, int] | None:
    if value and len(value) >= 7 and value[:4].isdigit() and value[5:7].isdigit():
        year, month = int(value[:4]), int(value[5:7])
        if 1 <= month <= 12 and 1 <= year <= 9999:
            return year, month
    return None


def happening_date(article: Article) -> tuple[date | None, tuple[int, int] | None, str]:
    """Estimate the day (or at least the month) of the happening an article reports.

    Returns (day or None, (year, month) or None, how). Dates written in the text near the
    publication date win; then relative words resolved against a day-precise publication date;
    then the publication date itself.
    """
    text = article.body if article.body is not None else strip_header(article.text)
    pub_day = parse_day(article.date)
    pub_month = _month_of(article.date)
    votes: Counter[date] = Counter()  # type: ignore[assignment]
    head = text[:3000]
    for d in find_dates(head):
        if d.day is None or is_byline(head, d):
            continue
        year = d.year
        if year is None:
            if pub_month is None:
                continue
            year = pub_month[0]
            if pub_month[1] == 1 and d.month == 12:
                year -= 1
        try:
            day = date(year, d.month, d.day)
        except ValueError:
            continue
        weight = 2.0 if d.start < LEAD_CHARS else 1.0
        if _NOT_NOW.search(head, max(0, d.start - 40), d.start):
            continue  # "since 6 February", "from 1 February": another time than the happening's
        if pub_day is not None:
            if not -21 <= (day - pub_day).days <= 10:
                continue
            if day > pub_day:
                weight /= 4  # a plan or a deadline, rarely the happening itself
        elif pub_month is not None:
            months_apart = (pub_month[0] - day.year) * 12 + pub_month[1] - day.month
            if months_apart not in (0, 1):
                continue
        else:
            continue
        votes[day] += weight
    if pub_day is not None:
        offsets, weekdays = _relative_words()
        for word in relative_words_in(text[:LEAD_CHARS * 2]):
            if word in offsets:
                votes[pub_day + timedelta(days=offsets[word])] += 2
            elif word in weekdays:
                back = (pub_day.isoweekday() - weekdays[word]) % 7
                votes[pub_day - timedelta(days=back)] += 2
        votes[pub_day] += 3
    if votes:
        best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
        if pub_day is None:
            return best, (best.year, best.month), "text, month-precise publication"
        return best, (best.year, best.month), "text" if best != pub_day else "published"
    return None, pub_month, "month" if pub_month else "none"


@dataclass(slots=True)
class Features:
    """What the clusterer knows of one article."""

    article_id: str
    lang: str | None
    entities: Counter[str] = field(default_factory=Counter)  # entity id → weighted count
    terms: Counter[str] = field(default_factory=Counter)  # stem → weighted count
    shingles: frozenset[int] = frozenset()
    day: date | None = None  # the happening's day, when known with confidence
    soft_day: date | None = None  # a day read from the text of an article dated only to the month
    month: tuple[int, int] | None = None  # the happening's month, when known
    date_how: str = "none"
    names: dict[str, str] = field(default_factory=dict)  # entity id → canonical name (for explanations)
    surface: dict[str, str] = field(default_factory=dict)  # term key → a word it was written as
    embedding: Any = None  # a unit vector from the optional semantic backend (numpy array), else None
    speakers: frozenset[str] = frozenset()

    @property
    def ordinal(self) -> int | None:
        """A day number for time windows: the day, else the middle of the month."""
        if self.day or self.soft_day:
            return (self.day or self.soft_day).toordinal()  # type: ignore[union-attr]
        if self.month:
            return date(self.month[0], self.month[1], 15).toordinal()
        return None


def features(article: Article) -> Features:
    """The clustering features of a processed article (after extract, entities and quotes)."""
    text = article.body if article.body is not None else strip_header(article.text)
    offset = len(article.text) - len(text) if article.body is None else 0
    lead_end = LEAD_CHARS + offset
    ents: Counter[str] = Counter()
    names: dict[str, str] = {}
    title_start = article.text.find(article.title) if article.title else -1
    title_end = title_start + len(article.title or "") if title_start >= 0 else -1
    for m in article.mentions:  # who and where the title names is what the article is about
        if title_start <= m.start < title_end:
            ents[m.id] += TITLE_ENTITY_WEIGHT
        else:
            ents[m.id] += 2.0 if 0 <= m.start < lead_end else 1.0
        names[m.id] = m.name
    surface: dict[str, str] = {}
    bag = terms(text[LEAD_CHARS:], surface)
    for key, n in terms(text[:LEAD_CHARS], surface).items():
        bag[key] += 2 * n
    if article.title and not text.lstrip().startswith(article.title[:40]):
        for key, n in terms(article.title, surface).items():
            bag[key] += 2 * n
    day, month, how = happening_date(article)
    soft_day = None
    if day is not None and how.startswith("text,"):
        day, soft_day = None, day
    return Features(
        article_id=article.id, lang=article.lang, entities=ents, terms=bag, shingles=shingles(text),
        day=day, soft_day=soft_day, month=month, date_how=how, names=names, surface=surface,
        speakers=frozenset(q.speaker_id for q in article.quotes if q.speaker_id),
    )


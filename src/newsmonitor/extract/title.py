"""Article titles from raw page text: the first headline-like line after the header and the page furniture.

This module owns an article's ``title``. Page furniture that is never a title ("Lyt til artiklen",
"Saken oppdateres.", cookie and paywall notices, "Updates with …") is a list of regular expressions in
``data/title_furniture.txt``; bylines, photo captions, section labels and breadcrumbs are recognised by
the small named heuristics below. When the text starts with a paragraph rather than a headline, the
title is the paragraph's first sentence, without a wire dateline ("COPENHAGEN, Oct 5 (Reuters) -"),
cut on a word boundary when it is long.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from newsmonitor.extract.dates import (
    BYLINE_LINE_MAX,
    byline_word_before,
    find_dates,
    is_byline,
    is_byline_line,
    strip_header,
)

DATA = Path(__file__).with_name("data")
MAX_TITLE = 200  # a longer line is a paragraph: its first sentence is the title
MAX_SENTENCE = 150  # a first sentence longer than this is cut on a word boundary
MAX_LINES = 25  # the title is near the top: look no further
TEASER_MIN = 100  # a multi-sentence line at least this long, before a headline, is a teaser
MIN_LABEL_WORDS = 3  # shorter lines ("Nyheter", "Politik", "Istanbul") are section labels or datelines

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-Я"
_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:foto|photo|photograph|bild|billede|bilde|kuva|picture|image|kilde|källa|quelle|source|credit)s?\s*:"
    r"|\b(?:getty images|scanpix|shutterstock|imago|picture alliance|dpa-bildfunk|afp photo|reuters/|ap photo"
    r"|lehtikuva|bildbyrån)\b"
    r"|/(?:tt|ntb|afp|reuters|ap|pa|dpa|epa|ritzau|scanpix|lehtikuva|anp|belga|ansa|efe|pap)\b"
    r"|\((?:foto|photo|bild|kuva)\b)", re.I)
_AUTHOR = re.compile(rf"(?:Af|Av|By|BY|Von|VON|Par|Por|Di|Door|Text|Tekst|Teksti|Texte|Tekst og foto)[: ]\s*"
                     rf"[{_UPPER}][\w.'’-]+(?:\s*(?:[{_UPPER}][\w.'’-]+|og|and|und|och|ja|en|et|y|e|&|,|/))*\s*")
_BREADCRUMB = re.compile(r"\s(?:·|›|»|\||>|/)\s")
_LIST_ITEM = re.compile(r"\A(?:\d{1,3}[).]|[•·▪►■*])\s")
_CUT_TEASER = re.compile(r"\A(?:…|\.\.\.)")
_PLACE = rf"[{_UPPER}][\w'’.-]*(?:[ -][{_UPPER}][\w'’.-]*){{0,2}}"
# a wire dateline before the lead: "Kirikhan (Reuters) - ", "COPENHAGEN, Oct 5 (Reuters) - ", "Stockholm -- "
_AGENCY_DATELINE = re.compile(rf"\A{_PLACE}(?:,[^–—\n()]{{1,25}}?)?,?\s*\([^()\n]{{1,40}}\)\s*[-–—]+\s*"
                              rf"|\A{_PLACE}(?:,[^–—\n()]{{1,25}}?)?\s+--\s+")
# datelines that could also start a headline, so only removed from a lead paragraph: "BERLIN – ", "Berlin, 27. Sep – "
_PLACE_DATELINE = re.compile(rf"\A[{_UPPER}]{{2,}}(?:[ -][{_UPPER}]{{2,}})*(?:,[^–—\n]{{1,25}}?)?\s*[–—]\s+"
                             rf"|\A[{_UPPER}][\w'’.-]+(?: [{_UPPER}][\w'’.-]+)?, \d{{1,2}}\.? \w+\.?\s*[–—]\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)]*\s+")
_ABBREVIATIONS = frozenset(
    "dr mr mrs ms st nr no ca bl f.eks z.b u.a etc vs jr sr prof gen col lt sgt gov sen rep dvs mfl inkl ev evt "
    "pga ift osv mm ang kl tel jan feb mar apr jun jul aug sep sept oct okt nov dec dez des fr hr fru frk sra sr "
    "mme mlle mgr ph.d p.m a.m i.e e.g s.a n.n m.fl t.ex bzw ggf vgl usw ua zb s k kr".split())


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern[str]:
    lines = (DATA / "title_furniture.txt").read_text("utf-8").splitlines()
    patterns = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


# -- what a line is -----------------------------------------------------------------------------------------


def is_furniture(line: str) -> bool:
    """Page furniture from the data file: listen buttons, update notices, ads, cookie and paywall text."""
    return bool(_furniture().fullmatch(line.strip(" .…:!|-–—")))


def is_caption(line: str) -> bool:
    """A photo caption or credit ("… Foto: TT", "Nick Potts/PA", "Bild: Claudio Bresciani/TT")."""
    return bool(_PHOTO_CREDIT.search(line))


def is_label(line: str) -> bool:
    """A section label, dateline or breadcrumb rather than a headline ("Nyheter", "Istanbul", "Radar · Inrikes")."""
    if len(line.split()) == 1 and len(line) <= 30:
        return True
    return len(line) <= 60 and bool(_BREADCRUMB.search(line)) and not line.endswith((".", "?", "!"))


def _is_kicker(line: str, following: str | None) -> bool:
    """A two-word line ("Alla Väljare") above a proper headline is a kicker; above body text it is the title."""
    return (len(line.split()) < MIN_LABEL_WORDS and len(line) <= 30 and following is not None
            and len(following.split()) >= MIN_LABEL_WORDS and len(following) <= 120
            and not following.endswith((".", ":")))


def is_author_line(line: str) -> bool:
    """An author byline with names only ("Af Jens Hansen", "By Jane Doe and John Roe")."""
    return len(line) <= 80 and bool(_AUTHOR.fullmatch(line))


def _skip(line: str, following: str) -> bool:
    """Whether a line cannot be the title, given the next non-empty line."""
    if not re.search(r"[^\W\d_]", line):
        return True
    if is_label(line) or is_caption(line) or is_author_line(line) or is_furniture(line) or is_byline_line(line):
        return True
    if _LIST_ITEM.match(line) or _CUT_TEASER.match(line):
        return True
    # an image's alt text: a sentence right before the caption that repeats or describes it
    if following and (following.startswith(line.rstrip(".")) or line.endswith(".") and is_caption(following)):
        return True
    return False


def _sentences(line: str) -> int:
    return len([m for m in _SENTENCE_END.finditer(line) if _is_sentence_end(line, m)]) + 1


# -- the title ----------------------------------------------------------------------------------------------


def extract_title(text: str) -> str | None:
    """The article's title from the raw page text (header stripped first), or None."""
    lines = [" ".join(raw.split()) for raw in strip_header(text).splitlines()[: MAX_LINES * 2]]
    lines = [line for line in lines if line][:MAX_LINES]
    candidates = _candidates(lines, wanted=3)
    while len(candidates) > 1 and _is_kicker(candidates[0], candidates[1]):
        candidates.pop(0)
    if not candidates:
        fallback = [line for line in lines if re.search(r"[^\W\d_]", line) and not is_furniture(line)]
        return _as_title(fallback[0]) if fallback else None
    first = candidates[0]
    # a teaser paragraph printed above the headline ("… Ein Wunder mitten im Elend." then the headline)
    if (len(candidates) > 1 and TEASER_MIN <= len(first) <= MAX_TITLE and first.endswith(".")
            and _sentences(first) > 1):
        second = candidates[1]
        if len(second) <= 120 and not second.endswith((".", ":")):
            first = second
    return _as_title(first)


def _candidates(lines: list[str], wanted: int) -> list[str]:
    """The first ``wanted`` lines that could be the title."""
    found: list[str] = []
    for i, line in enumerate(lines):
        if not _skip(line, lines[i + 1] if i + 1 < len(lines) else ""):
            found.append(line)
            if len(found) == wanted:
                break
    return found


def _as_title(line: str) -> str | None:
    """A title from the chosen line: the line itself when short, else its first sentence."""
    if len(line) <= BYLINE_LINE_MAX:
        line = _drop_trailing_byline(line)
    line = _AGENCY_DATELINE.sub("", line, count=1)
    if len(line) <= MAX_TITLE:
        return line or None
    line = _PLACE_DATELINE.sub("", line, count=1)
    sentence = first_sentence(line)
    if len(sentence.split()) <= 2:  # "Stockholm." is a dateline, not a sentence
        sentence = first_sentence(line[len(sentence):].lstrip()) or sentence
    if len(sentence) > MAX_SENTENCE:
        sentence = sentence[: MAX_SENTENCE + 1].rsplit(" ", 1)[0].rstrip(",;:–—- ") + "…"
    return sentence.strip() or None


def _drop_trailing_byline(line: str) -> str:
    """The line without a dated byline at its end ("Title Publicerad 2022-01-07" → "Title")."""
    for mention in find_dates(line):
        if mention.start > 0 and is_byline(line, mention):
            cut = byline_word_before(line, mention.start)
            return line[:cut].rstrip(" ,;:|·–—-")
    return line


def _is_sentence_end(text: str, match: re.Match[str]) -> bool:
    """Whether a period (or ! ? …) ends a sentence: not an abbreviation, initial or ordinal, and followed by
    what starts a sentence (a capital, a quote or dash, a digit, or a letter of an uncased script)."""
    following = text[match.end(): match.end() + 2]
    if not following:
        return True
    head = following[0]
    if head.islower():
        return False
    if text[match.start()] == ".":
        word = re.search(r"([\w.]+)\Z", text[: match.start()])
        token = word.group(1).lower() if word else ""
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            return False
        if token.isdigit() and (len(token) <= 2 or not (head.isupper() or head.isdigit())):
            return False  # an ordinal day: "den 8. September"
    return True


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence (with its end mark), or the whole paragraph when it has one sentence."""
    for match in _SENTENCE_END.finditer(paragraph):
        if _is_sentence_end(paragraph, match):
            return paragraph[: match.end()].rstrip()
    return paragraph.strip()

"""Language identification: one ISO 639-1 code per article, Norwegian split into Bokmål and Nynorsk.

This module owns :func:`detect_language` and the steps behind it:

1. *Cleaning* (:func:`clean_for_detection`) – the archive's `` date YYYY-MM`` header, URLs, e-mail
   addresses, @handles, #tags and digits carry no language and are removed; UTF-8 that was read as
   Windows-1252 (``MÃ¥l``) is repaired; lines of page furniture that is often in another language
   (cookie and consent banners, newsletter and log-in prompts) are dropped when enough text remains.
   When the text mixes scripts (an Arabic page with English menu words, a Latin page with a Russian
   tweet), only the words in the script with the most letters are kept.
2. *Base guess* – py3langid's naive-Bayes scores over the whole remaining text, so the language with
   the most text wins over embedded tweets or captions in another language. Its labels are mapped to
   ISO 639-1 (``arz`` → ``ar``, ``no`` → ``nb``); labels without an ISO 639-1 code are dropped, and
   languages seldom seen in news pay a prior penalty, so that a short text is not called Macedonian,
   Latin or Volapük.
3. *Scandinavian step* (:func:`scandinavian_scores`) – when the guess is Danish, Swedish or
   Norwegian, weighted marker words, word endings and letter sequences from
   ``data/scandinavian_markers.tsv`` (ikkje/frå/eit/-leg for Nynorsk, sier/hva/ble/-sjon for Bokmål,
   af/siger/hvad/-hed for Danish, och/inte/säger for Swedish) are added to py3langid's scaled and
   capped scores for those four, with a prior for Bokmål over Nynorsk; the best total wins. A short
   text with no marker at all whose best non-Scandinavian guess is close (an English headline full of
   Danish names) gets that guess instead.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from py3langid.langid import LanguageIdentifier

# --- cleaning ------------------------------------------------------------------------------------
_HEADER = re.compile(r"\A\s*date\s+\d{4}(?:-\d{2}){0,2}\b")
_NOISE = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|[@#]\w+|\d+")
_MOJIBAKE = re.compile(r"[ÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_WORD = re.compile(r"[^\W\d_]+")
# Page furniture that is often in another language than the article (an English cookie banner on a
# Danish page): such lines are dropped when enough other text remains.
_FURNITURE_WORDS = r"cookie|javascript|privacy|consent|newsletter|subscribe|advertisement|sign up|log in"
_FURNITURE_HINT = re.compile(_FURNITURE_WORDS, re.I)
_FURNITURE = re.compile(rf"^[^\n]*(?:{_FURNITURE_WORDS})[^\n]*$", re.I | re.M)
_MIN_BODY_LETTERS = 40
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff]")
_MAX_CHARS = 5000  # enough text to be sure; keeps long pages fast
MODEL_CHARS = 1000  # the n-gram model reads this much of it (its cost grows with the text; the
#                     Scandinavian marker words still read everything)

# --- base guess ----------------------------------------------------------------------------------
# py3langid labels without their own ISO 639-1 code that belong to a macrolanguage which has one.
_ALIASES = {"no": "nb", "ary": "ar", "arz": "ar", "uzs": "uz", "sdh": "ku", "wuu": "zh", "yue": "zh",
            "gug": "gn", "kik": "ki", "fuv": "ff", "hbo": "he"}
# A prior in py3langid's log-probability units: languages that news pages are seldom written in must
# beat the common ones by this much, which matters only for short texts (a three-word Russian
# headline is not Macedonian, a short English line is not Latin or Volapük).
_MAJOR = frozenset(
    "ar cs da de el en es et fa fi fr he hi hu is it ja ko lt lv nb nl nn pl pt ro ru sq sv tr uk zh".split()
)
_REGIONAL = frozenset(
    "af az be bg bn bs ca cy eu ga gl hr hy id ka kk ku mk ms ps sk sl so sr sw ta th tl ur uz vi".split()
)
_REGIONAL_PENALTY = 4.0  # other languages with a sizeable press
_RARE_PENALTY = 8.0  # everything else py3langid knows
# Letters that only one of the languages py3langid confuses on short text uses (Faroese has no þ;
# Russian, Bulgarian and Macedonian have no є, ї, ґ): each occurrence, up to three, is a bonus.
_LETTER_HINTS = {"þ": "is", "є": "uk", "ї": "uk", "ґ": "uk"}
_LETTER_BONUS = 4.0

# --- Scandinavian step ---------------------------------------------------------------------------
_SCANDINAVIAN = ("da", "sv", "nb", "nn")
_MODEL_WEIGHT = 0.15  # one unit of py3langid's log-probability difference, in marker-weight units
_MODEL_CAP = 12.0  # py3langid can outvote the markers by at most this much (four strong markers)
# Bokmål is far more common than Nynorsk: a text needs some Nynorsk evidence to be Nynorsk.
_PRIOR = {"da": 0.0, "sv": 0.0, "nb": 0.0, "nn": -1.0}
_UNMARKED_MARGIN = 6.0  # log-probability gap within which an unmarked text may leave Scandinavia


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's bundled model, loaded once (our own instance: the library's global stays untouched)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


Weights = dict[str, float]  # language → weight


@dataclass
class _Markers:
    """The marker table: whole words, word endings and letter sequences, each → {language: weight}."""

    words: dict[str, Weights] = field(default_factory=dict)
    endings: dict[str, Weights] = field(default_factory=dict)
    sequences: dict[str, Weights] = field(default_factory=dict)
    _by_tail: dict[str, list[tuple[str, Weights]]] = field(default_factory=dict)

    def index_endings(self) -> None:
        """Group endings by their last two letters, longest first, so a word needs one lookup."""
        self._by_tail.clear()
        for ending in sorted(self.endings, key=len, reverse=True):
            self._by_tail.setdefault(ending[-2:], []).append((ending, self.endings[ending]))

    def ending(self, word: str) -> Weights | None:
        """Weights of the longest listed ending of ``word`` (the word must be two letters longer)."""
        for ending, weights in self._by_tail.get(word[-2:], ()):
            if len(word) >= len(ending) + 2 and word.endswith(ending):
                return weights
        return None


@cache
def _markers() -> _Markers:
    """Parse ``data/scandinavian_markers.tsv``: ``word``, ``-ending`` or ``~sequence``; language; weight."""
    markers = _Markers()
    path = resources.files("newsmonitor.extract") / "data" / "scandinavian_markers.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, lang, weight = (part.strip() for part in line.split("\t"))
        if key.startswith("-"):
            table, key = markers.endings, key[1:]
        elif key.startswith("~"):
            table, key = markers.sequences, key[1:]
        else:
            table = markers.words
        table.setdefault(key.lower(), {})[lang] = float(weight)
    markers.index_endings()
    return markers


def _fix_mojibake(text: str) -> str:
    """Repair UTF-8 that was decoded as Windows-1252 (``MÃ¥l`` → ``Mål``), pair by pair."""

    def repair(match: re.Match[str]) -> str:
        try:
            return match.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return match.group()

    return _MOJIBAKE.sub(repair, text) if ("Ã" in text or "Â" in text) else text


def clean_for_detection(text: str) -> str:
    """The text without header, URLs, addresses, handles, numbers and furniture, in one script only."""
    text = unicodedata.normalize("NFC", _fix_mojibake(_HEADER.sub(" ", text[:_MAX_CHARS])))
    text = _NOISE.sub(" ", text)
    if _FURNITURE_HINT.search(text):
        body = _FURNITURE.sub(" ", text)
        if sum(map(len, _WORD.findall(body))) >= _MIN_BODY_LETTERS:
            text = body
    return _majority_script(text)


@cache
def _script(char: str) -> str:
    """Coarse script of a letter: LATIN, CYRILLIC, ARABIC, CJK, … (first word of its Unicode name)."""
    name = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
    return "CJK" if name in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "HALFWIDTH", "FULLWIDTH") else name


def _majority_script(text: str) -> str:
    """Keep only the words written in the script that has the most letters; unchanged if unmixed."""
    if not _NON_LATIN.search(text):
        return text
    words = _WORD.findall(text)
    letters: Counter[str] = Counter()
    for word in words:
        letters[_script(word[0])] += len(word)
    if len(letters) <= 1:
        return text
    main = letters.most_common(1)[0][0]
    return " ".join(word for word in words if _script(word[0]) == main)


def _base_scores(text: str) -> dict[str, float]:
    """py3langid's log-probabilities per ISO 639-1 code, less the prior penalty of rarer languages,
    plus the bonus of distinctive letters."""
    scores: dict[str, float] = {}
    for label, score in _identifier().rank(text):
        code = _ALIASES.get(label, label)
        if len(code) != 2:
            continue  # no ISO 639-1 code (and "zxx", no language)
        if code not in _MAJOR:
            score -= _REGIONAL_PENALTY if code in _REGIONAL else _RARE_PENALTY
        if score > scores.get(code, float("-inf")):
            scores[code] = score
    lower = text.lower()
    for letter, code in _LETTER_HINTS.items():
        if code in scores and letter in lower:
            scores[code] += _LETTER_BONUS * min(lower.count(letter), 3)
    return scores


@lru_cache(maxsize=100_000)
def _word_weights(word: str) -> tuple[tuple[str, float], ...]:
    """The marker weights one word adds: as a whole word, and (lower-case words only, not names) by its
    ending."""
    markers = _markers()
    lower = word.lower()
    total: dict[str, float] = {}
    found = [markers.words.get(lower)] + ([markers.ending(lower)] if word[0].islower() else [])
    for weights in found:
        for lang, weight in (weights or {}).items():
            total[lang] = total.get(lang, 0.0) + weight
    return tuple(total.items())


def scandinavian_scores(text: str) -> dict[str, float]:
    """Summed marker weights for da, sv, nb and nn (not normalised: more text, more evidence)."""
    markers = _markers()
    scores = dict.fromkeys(_SCANDINAVIAN, 0.0)
    lower_words = []
    for word in _WORD.findall(text):
        for lang, weight in _word_weights(word):
            scores[lang] += weight
        if word[0].islower():  # letter sequences only on lower-case words: not on names
            lower_words.append(word.lower())
    joined = " ".join(lower_words)
    for sequence, weights in markers.sequences.items():
        n = joined.count(sequence)
        if n:
            for lang, weight in weights.items():
                scores[lang] += weight * n
    return scores


def _resolve_scandinavian(base: dict[str, float], text: str) -> str:
    """Best of da/sv/nb/nn: marker weights plus py3langid's (scaled, capped) preference.

    A short text without a single marker word whose runner-up outside Scandinavia is close (an
    English headline full of Danish names) goes to that runner-up.
    """
    markers = scandinavian_scores(text)
    if not any(markers.values()):
        best = max(base[lang] for lang in _SCANDINAVIAN if lang in base)
        other = max((code for code in base if code not in _SCANDINAVIAN), key=lambda code: base[code])
        if best - base[other] < _UNMARKED_MARGIN:
            return other
    model = {lang: base.get(lang, float("-inf")) for lang in _SCANDINAVIAN}
    top = max(model.values())
    total = {
        lang: _PRIOR[lang] + markers[lang] + max(_MODEL_WEIGHT * (model[lang] - top), -_MODEL_CAP)
        for lang in _SCANDINAVIAN
    }
    return max(total, key=lambda lang: total[lang])


def _head(text: str, limit: int) -> str:
    """The first ``limit`` characters of a text, not cutting a word."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > 0 else limit]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language; Norwegian is 'nb' (Bokmål) or 'nn' (Nynorsk), never 'no'.

    None when the text has no letters (once URLs, numbers and the date header are removed).
    """
    cleaned = clean_for_detection(text)
    if not _WORD.search(cleaned):
        return None
    base = _base_scores(_head(cleaned, MODEL_CHARS))
    best = max(base, key=lambda code: base[code])
    if best in _SCANDINAVIAN:
        return _resolve_scandinavian(base, cleaned)
    return best

"""Name normalisation: diacritic folding, transliteration-aware phonetic keys, slugs and similarity.

``phonetic_key`` maps spelling variants of one name to one key (Zelenskyy, Zelenskyj, Selenskyj →
``selenski``; Erdoğan, Erdogan → ``erdogan``; Prigozhin, Prigoschin, Prigozjin → ``prigosin``), so the
same person written in Danish, German or English news gets one identity.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "œ": "oe", "Œ": "OE", "ʼ": "'", "’": "'",
})


def fold(text: str) -> str:
    """Lower-case ASCII-ish form: diacritics removed (Erdoğan → erdogan, Støre → store)."""
    if text.isascii():  # nothing to translate, decompose or drop
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def slug(text: str) -> str:
    """A readable id part: folded, non-alphanumerics collapsed to hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


# Ordered rewrite rules over the folded name; chosen so that the transliterations of Slavic,
# Turkish and Arabic names used in Nordic, German and English news meet. A plain string is a literal
# rewrite (``str.replace``, the same as a regex substitution of that literal, only faster).
_RULES: list[tuple[re.Pattern[str] | str, str]] = [
    (re.compile(r"[^a-z ]"), ""),
    ("sch", "s"), ("tsch", "c"), ("tch", "c"), ("ch", "k"), ("kh", "h"),
    ("sh", "s"), ("zh", "s"), ("zj", "s"), ("sj", "s"), ("ts", "c"), ("tz", "c"),
    ("w", "v"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("x", "ks"),
    ("z", "s"), (re.compile(r"c(?=[eiy])"), "s"), ("c", "k"),
    ("y", "i"), ("j", "i"), ("ou", "u"), ("oe", "o"), ("ae", "e"),
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"h(?=[^aeiou]|$)"), ""),  # silent h after a vowel at the end or before a consonant (Mohammed/Mohamed)
]


@lru_cache(maxsize=65536)
def phonetic_key(name: str) -> str:
    """A spelling-variant-tolerant key for a person's name (tokens kept, each normalised)."""
    key = fold(name).replace("-", " ")
    for pattern, repl in _RULES:
        key = key.replace(pattern, repl) if isinstance(pattern, str) else pattern.sub(repl, key)
    return " ".join(key.split())


def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity in [0, 1] (rapidfuzz when installed, else a small pure-Python version)."""
    try:
        from rapidfuzz.distance import JaroWinkler

        return float(JaroWinkler.similarity(a, b))
    except ImportError:  # pragma: no cover - rapidfuzz is a dependency; this is a fallback
        return _jaro_winkler(a, b)


def _jaro_winkler(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(len(a), len(b)) // 2 - 1
    a_flags, b_flags = [False] * len(a), [False] * len(b)
    matches = 0
    for i, ch in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not b_flags[j] and b[j] == ch:
                a_flags[i] = b_flags[j] = True
                matches += 1
                break
    if not matches:
        return 0.0
    a_m = [ch for ch, f in zip(a, a_flags, strict=True) if f]
    b_m = [ch for ch, f in zip(b, b_flags, strict=True) if f]
    transpositions = sum(x != y for x, y in zip(a_m, b_m, strict=True)) / 2
    jaro = (matches / len(a) + matches / len(b) + (matches - transpositions) / matches) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)

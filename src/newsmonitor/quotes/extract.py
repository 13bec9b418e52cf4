"""Direct quotes and their speakers: quotation marks and Nordic dash paragraphs, attributed by rules.

A first, rule-based version. Quotes are found in two shapes:

* a **dash paragraph** (``– Risken är verklig, sade Stoltenberg``): the paragraph after the dash, cut before
  its attribution;
* a span in **quotation marks** of any European style (``data/quote_marks.tsv``) that is attributed.

The speaker is taken, in order, from: a speech verb (``data/speech_verbs.tsv``) next to a person or
organisation mention (``sade Stoltenberg``, ``Stoltenberg sade``); a pronoun after the verb (``siger han``)
resolved to the last person mentioned; a paragraph introducing the quote with a colon
(``… siger Jens Stoltenberg:``); and, for a run of dash paragraphs, the previous quote's speaker. Quotes
with no speaker found (unnamed people, crossheads, scare quotes) are dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

from newsmonitor.model import Mention, Quote

_MAX_ATTRIBUTION = 120
# words that put the following name in another role than the speaker ("said to Reuters", "siger til TV 2")
_TO_WORDS = {"til", "till", "to", "zu", "gegenüber", "for", "för", "à", "a", "tegen", "aan", "mot", "mod", "an",
             "om", "about", "über", "på", "on", "in", "i"}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, set[str]], dict[str, set[str]], list[tuple[str, str]], set[str]]:
    folder = resources.files("newsmonitor.quotes") / "data"

    def rows(name: str) -> list[list[str]]:
        text = (folder / name).read_text("utf-8")
        return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]

    verbs: dict[str, set[str]] = defaultdict(set)
    for cols in rows("speech_verbs.tsv"):
        if len(cols) >= 4 and cols[3] != "weak":
            verbs[cols[0]].add(cols[1])
    pronouns: dict[str, set[str]] = defaultdict(set)
    for cols in rows("pronouns.tsv"):
        if len(cols) >= 3 and cols[2] in ("m", "f", "x"):
            pronouns[cols[0]].add(cols[1])
    marks = [(cols[0], cols[1]) for cols in rows("quote_marks.tsv") if len(cols) >= 2 and cols[0] and cols[1]]
    dashes = {line.strip() for line in (folder / "dash_marks.txt").read_text("utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    return dict(verbs), dict(pronouns), marks, dashes


@lru_cache(maxsize=64)
def _verb_pattern(lang: str) -> re.Pattern[str]:
    verbs, _, _, _ = _tables()
    forms = verbs.get(lang) or set().union(*verbs.values())
    alternatives = "|".join(sorted((re.escape(v) for v in forms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


def _pronouns(lang: str) -> set[str]:
    return _tables()[1].get(lang, set())


@lru_cache(maxsize=1)
def _mark_pattern() -> re.Pattern[str]:
    _, _, marks, _ = _tables()
    parts = []
    for open_, close in marks:
        if open_ in "'‘’‚" or close in "'‘’":
            continue  # single marks are apostrophes far too often
        body = rf"[^{re.escape(close)}\n]{{2,2000}}?" if open_ != close else rf"[^{re.escape(close)}\n]{{2,2000}}?"
        parts.append(rf"{re.escape(open_)}\s?(?P<q{len(parts)}>{body})\s?{re.escape(close)}")
    return re.compile("|".join(parts))


class QuoteExtractor:
    """Finds the quotes of one article, given its text, language and entity mentions."""

    def __call__(self, text: str, lang: str | None, mentions: list[Mention]) -> list[Quote]:
        lang = lang or "en"
        speakers = sorted((m for m in mentions if m.type in ("PER", "ORG")), key=lambda m: m.start)
        quotes: list[Quote] = []
        taken: list[tuple[int, int]] = []
        previous_speaker: Mention | None = None
        previous_end = -1
        offset = 0
        for line in text.split("\n"):
            start = offset
            offset += len(line) + 1
            stripped = line.lstrip()
            lead = len(line) - len(stripped)
            if len(stripped) > 2 and stripped[0] in _tables()[3] and stripped[1] == " ":
                body_start = start + lead + 2
                body = text[body_start:start + len(line)]
                cut, speaker = self._attribute_after(body, body_start, lang, speakers, text)
                if speaker is None:
                    intro = self._colon_intro(text, start, speakers, lang)
                    if intro is not None:
                        speaker = intro
                    elif previous_speaker is not None and start - previous_end < 400:
                        speaker = previous_speaker  # a run of dash paragraphs
                if speaker is not None and body[:cut].strip():
                    quotes.append(Quote(body[:cut].strip(), speaker.name, speaker.id, body_start))
                    taken.append((body_start, start + len(line)))
                    previous_speaker, previous_end = speaker, start + len(line)
        for m in _mark_pattern().finditer(text):
            q_start = next(m.start(g) for g, v in m.groupdict().items() if v is not None)
            q_text = next(v for v in m.groupdict().values() if v is not None)
            if any(s <= q_start < e for s, e in taken) or len(q_text.split()) < 2:
                continue
            speaker = self._verb_before(text, m.start(), lang, speakers, adjacent=True)  # "X sade att ”…”"
            if speaker is None:
                _, speaker = self._attribute_after(text[m.end():m.end() + _MAX_ATTRIBUTION], m.end(), lang,
                                                   speakers, text, whole=True)
            if speaker is None:
                speaker = self._attribute_before(text, m.start(), lang, speakers)
            if speaker is None:
                continue
            quotes.append(Quote(q_text.strip(), speaker.name, speaker.id, q_start))
        quotes.sort(key=lambda q: q.start)
        unique: list[Quote] = []
        for q in quotes:
            if not any(q.text == u.text for u in unique):
                unique.append(q)
        return unique

    # -- attribution ----------------------------------------------------------------------------
    def _attribute_after(self, body: str, body_start: int, lang: str, speakers: list[Mention], text: str,
                         whole: bool = False) -> tuple[int, Mention | None]:
        """(end of the quote inside ``body``, speaker) from an attribution like ', sier Støre' at its end."""
        verbs = _verb_pattern(lang)
        window_start = 0 if whole else max(0, len(body) - _MAX_ATTRIBUTION)
        best: tuple[int, Mention | None] = (len(body), None)
        for v in verbs.finditer(body, window_start):
            # the attribution follows a comma/closing punctuation: ", sagde han" / "sagde Stoltenberg"
            before = body[:v.start()].rstrip()
            if not whole and not before.endswith((",", ".", "!", "?", "–", "-", "»", "”", "\"")):
                continue
            if whole and len(before) > 4:
                continue
            verb_end = body_start + v.end()
            speaker = self._mention_near(speakers, body_start + v.start(), verb_end, text, lang)
            if speaker is not None:
                return len(before.rstrip(",–- ")), speaker
        return best

    def _mention_near(self, speakers: list[Mention], verb_start: int, verb_end: int, text: str,
                      lang: str) -> Mention | None:
        # "sade Stoltenberg", "sier statsminister Jonas Gahr Støre", "Stoltenberg sade"
        between_words = set()
        for m in speakers:
            if verb_end <= m.start <= verb_end + 60:
                between = text[verb_end:m.start]
                between_words = set(re.findall(r"\w+", between.lower()))
                if "\n" in between or any(ch in between for ch in ".!?") or between_words & _TO_WORDS:
                    break  # "siger en mand til TV 2": the mention is the audience, not the speaker
                return m
        after = text[verb_end:verb_end + 12].strip().lower()
        word = re.match(r"\w+", after)
        if word and word.group() in _pronouns(lang):
            earlier = [m for m in speakers if m.end <= verb_start and m.type == "PER"]
            return earlier[-1] if earlier else None
        for m in reversed(speakers):
            if m.end <= verb_start and verb_start - m.end <= 3:
                return m
        return None

    def _colon_intro(self, text: str, line_start: int, speakers: list[Mention], lang: str) -> Mention | None:
        """The paragraph before ends with 'X said:' or 'siger Jens Stoltenberg:'."""
        before = text[:line_start].rstrip()
        if not before.endswith(":"):
            return None
        para_start = before.rfind("\n") + 1
        inside = [m for m in speakers if para_start <= m.start < len(before)]
        return inside[-1] if inside else None

    def _attribute_before(self, text: str, quote_start: int, lang: str, speakers: list[Mention]) -> Mention | None:
        """'X sagde: „…“', 'BILD-Reporter X: „…“' or 'X said that "…"' before the quote, in its sentence."""
        before = text[max(0, quote_start - 100):quote_start].rstrip()
        if not before.endswith(":"):
            return self._verb_before(text, quote_start, lang, speakers)
        base = quote_start - 100 if quote_start >= 100 else 0
        candidates = [m for m in speakers if base <= m.start and m.end <= quote_start]
        if not candidates:
            return None
        last = candidates[-1]
        between = text[last.end:quote_start]
        if "\n" in between or len(between) > 60:
            return None
        return last

    def _verb_before(self, text: str, quote_start: int, lang: str, speakers: list[Mention],
                     adjacent: bool = False) -> Mention | None:
        """A speech verb earlier in the quote's sentence, with a named speaker right before it.

        ``adjacent``: only a verb directly before the quote, perhaps with 'that' (said that “…”, sade att ”…”).
        """
        ends = [text.rfind(mark, 0, quote_start) for mark in ("\n", ". ", "! ", "? ")]
        sentence_start = max(ends)
        sentence_start = max(sentence_start + 1, quote_start - 160)
        window = text[sentence_start:quote_start]
        verbs = list(_verb_pattern(lang).finditer(window))
        if not verbs:
            return None
        verb_start = sentence_start + verbs[-1].start()
        if adjacent and len(window[verbs[-1].end():].split()) > 3:
            return None
        named = [m for m in speakers if sentence_start <= m.start and m.end <= verb_start]
        return named[-1] if named and verb_start - named[-1].end <= 40 else None

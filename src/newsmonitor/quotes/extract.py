"""Direct quotes and their speakers: quotation marks and Nordic dash paragraphs, attributed by rules.

Quotes are found in three shapes:

* a **dash paragraph** (``– Risken är verklig, sade Stoltenberg``): the paragraph after the dash, cut before
  its attribution;
* a **continuation paragraph**: a paragraph without a dash right after an unattributed dash quote, in the first
  person and ending in an attribution (``… Me er eit parti for heile Danmark, seier Frederiksen.``);
* a span in **quotation marks** of any European style (``data/quote_marks.tsv``), including a quote running
  over several paragraphs that each open with the mark, and one cut off by the end of the text.

The speaker of a quote is looked for, in order:

1. in the clause right after it (``, sier Støre`` / ``, Charles sanoo`` / ``, so Flick`` / ``, ifølge NTB`` /
   ``, heter det i uttalelsen fra Buckingham Palace`` / ``, mener Holm``) or in the next sentence (``»…« Det
   siger Lise Dahl til DR.``). The subject can be a linked mention, a pronoun (the last speaker, unless another
   person was named after that quote), a role noun (``sa statsministeren``, ``the prime minister said``: the
   person the article gave that title, else an office holder from the knowledge base, else the last person;
   ``skriver avisen``: an organisation), a seat of power (``Buckingham Palace``), or a capitalised name the
   entity stage missed;
2. before it in its sentence (``Mette Frederiksen sagde: »…«``, ``BILD-Reporter X: „…“``, ``sa at «…»``,
   ``A statement from X said that "…"``);
3. from the surrounding text: a paragraph ending in a colon that names the speaker, a preceding paragraph or
   sentence in which someone speaks (``Det oplyser kommunikationschef Anne Holm.``), or a run of quotes by
   the same speaker with no other person named in between.

Non-quotes are dropped: crossheads (a short paragraph without final punctuation), journalists' questions (an
unattributed question), unnamed speakers (``siger en mand``, ``ein Passant sagte``), scare quotes, names and
titles (fragments with no speech verb in their sentence, ``"Let It Be"``, ``„One Love“-Binde``), embedded tweets,
and lists introduced by a colon paragraph that names no speaker. ``_canonical`` reports a person speaker under
the knowledge-base spelling when the article misspells a known name.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from newsmonitor.entities.kb import default_kb
from newsmonitor.entities.names import fold, jaro_winkler, phonetic_key, slug
from newsmonitor.model import Mention, Quote

_UNNAMED = Mention("", "UNNAMED", "", "")  # an attribution to an unnamed speaker: the quote is not listed
_PREVIOUS = Mention("", "PREVIOUS", "", "")  # "…, heter det videre": the source quoted before

# words that put the following name in another role than the speaker ("said to Reuters", "siger til TV 2")
_TO_WORDS = {"til", "till", "to", "zu", "gegenüber", "for", "för", "à", "tegen", "aan", "mot", "mod", "om",
             "about", "über", "på", "on", "in", "i", "by", "af", "av", "with", "med", "mit", "bei", "from", "fra",
             "från", "frå", "von", "van", "de", "of", "dem", "den", "der", "des", "im", "am", "ved", "vid", "at"}
# words that end the phrase naming a speaker after a verb
_STOP_WORDS = {"og", "och", "and", "und", "ja", "men", "but", "aber", "mens", "medan", "while", "som", "who",
               "which", "die", "das", "dass", "at", "att", "that", "efter", "etter", "after", "nach", "før",
               "innan", "before", "under", "during", "da", "når", "när", "when", "wenn", "als", "vor", "auf",
               "unter", "nachdem", "mentre", "et", "y", "e", "en", "ett", "ein", "eine", "also", "også",
               "också", "auch", "ook", "myös", "blant", "bland", "then", "så", "sen", "dann", "on", "is",
               "was", "er", "var", "är", "war", "ist", "har", "hat", "has", "had", "hatte"}
_STATEMENTS = {"statement", "release", "uttalelse", "udtalelse", "uttalande", "meddelelse", "pressemeddelelse",
               "pressemelding", "pressmeddelande", "mitteilung", "erklärung", "stellungnahme", "verklaring",
               "communiqué", "comunicado", "tiedote", "fråsegn", "utsegn", "melding", "meldingen", "post",
               "tweet", "opslag", "innlegg", "inlägg"}
_SOURCE_WORDS = {"from", "fra", "frå", "från", "von", "by", "af", "av", "des", "of", "door", "par", "por", "da"}
_CHANNEL_NOUNS = {"account", "konto", "kontoen", "kontot", "profil", "profile", "page", "side", "siden", "sida",
                  "sidan", "feed", "channel", "kanal", "kanalen", "sivu", "sivulla", "tilillä", "tilillään"}
_SEATS = {"palace", "house", "street", "kremlin", "castle", "slott", "slottet", "palast", "palais", "palacio",
          "palazzo", "palatsi", "kreml", "kremls"}
_INDEFINITE = {"a", "an", "en", "ett", "et", "ei", "eit", "ein", "eine", "einer", "un", "une", "una", "uno", "een",
               "eräs", "yksi", "one", "another", "jeden", "jedna"}
_THAT = {"att", "at", "that", "dass", "daß", "että", "que", "che", "dat", "ut"}  # "sade i samtalet att ”…”"
_CHANNEL_WORDS = {"på", "on", "auf", "til", "to", "till", "via", "in", "i", "op", "sur", "en", "zu"}
_CONJUNCTIONS = {"wie", "as", "som", "comme", "como", "kuten", "zoals", "og", "och", "and", "und", "men", "but",
                 "aber", "mens", "medan", "while", "ja", "et", "en", "y", "e", "da", "når", "när", "when", "wenn",
                 "der", "die", "hvor", "var", "där", "who"}
_ARTICLES = {"the", "der", "die", "das", "de", "het", "le", "la", "les", "el", "los", "las", "il", "lo", "den",
             "det"}
_EXPLETIVES = {"det", "dette", "detta", "this", "that", "it", "das", "dies", "es", "het", "dit", "se", "tämä",
               "der", "her", "hier", "there", "så", "so", "then", "dann", "da"}
_DEFINITE = {"da": ("en", "et", "n", "ne"), "nb": ("en", "et", "n", "a", "ne"), "nn": ("en", "et", "a", "n", "ne"),
             "sv": ("en", "et", "n", "na", "arna", "erna"), "is": ("inn", "in", "ið")}
_NAME_PARTICLES = {"von", "van", "de", "der", "den", "af", "al", "bin", "el", "da", "di", "del", "le", "la", "zu"}
_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_NAME_TOKEN = rf"(?:[{_CAP}][\w’'-]*\w|[{_CAP}]\.)"
_NAME = re.compile(rf"{_NAME_TOKEN}(?:\s+(?:(?:{'|'.join(sorted(_NAME_PARTICLES))})\s+)*{_NAME_TOKEN}){{0,3}}")
_SENTENCE_END = re.compile(rf"(?<![\s{_CAP}][{_CAP}])(?<!^[{_CAP}])[.!?…](?=[\s\"”»“«'’)]|$)")
_TWEET = re.compile(r"[\s.,]*(?:https?://\S+\s*|pic\.twitter\.com/\S+\s*)*[—–-]\s*[^\n]{0,80}?\(@\w+\)")
# abbreviations whose period does not end a sentence ("Mr. Smith", "bl.a.", "z.B.")
_ABBREVIATION = re.compile(r"(?<![\w.])(?:mr|mrs|ms|dr|prof|st|jr|sr|hr|fr|nr|no|gen|lt|col|gov|sen|rep|pres|"
                           r"bl\.a|f\.eks|fx|z\.b|u\.a|ca|jf|mfl|m\.fl|bzw|vs|etc|inkl|ekskl|evt|dvs|osv|mm|t\.ex)$",
                           re.I)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(slots=True)
class _Para:
    start: int  # offset of the paragraph's first character (after a header, and after the dash)
    end: int
    dash: bool


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    para: int
    kind: str  # dash, cont, mark (sentence-like), fragment (attributed only by its own sentence), skip
    attr_end: int  # where the quote's own clause (with its attribution, if any) ends
    speaker: Mention | None = None
    own: bool = False  # the speaker came from the quote's own attribution


# -- data -----------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    folder = resources.files("newsmonitor.quotes") / "data"

    def rows(name: str) -> list[list[str]]:
        text = (folder / name).read_text("utf-8")
        return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]

    verbs: dict[str, set[str]] = defaultdict(set)
    weak: dict[str, set[str]] = defaultdict(set)
    particles: dict[str, set[str]] = defaultdict(set)
    for cols in rows("speech_verbs.tsv"):
        if len(cols) >= 4:
            if cols[3] == "particle":
                particles[cols[0]].add(cols[1])
            elif cols[3] == "weak":
                weak[cols[0]].add(cols[1])
            else:
                verbs[cols[0]].add(cols[1])
    pronouns: dict[str, dict[str, str]] = defaultdict(dict)
    for cols in rows("pronouns.tsv"):
        if len(cols) >= 3:
            pronouns[cols[0]][cols[1]] = cols[2]
    cues: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for cols in rows("attribution_cues.tsv"):
        if len(cols) >= 3:
            cues[cols[2]][cols[0]].add(cols[1])
    roles: dict[str, dict[str, str]] = defaultdict(dict)
    for cols in rows("roles.tsv"):
        if len(cols) >= 3:
            roles[cols[0]][cols[1]] = cols[2]
    first: dict[str, set[str]] = {cols[0]: set(cols[1].split()) for cols in rows("first_person.tsv") if len(cols) >= 2}
    marks = [(cols[0], cols[1]) for cols in rows("quote_marks.tsv") if len(cols) >= 2 and cols[0] and cols[1]]
    dashes = {line.strip() for line in (folder / "dash_marks.txt").read_text("utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    return {"verbs": verbs, "weak": weak, "particles": particles, "pronouns": pronouns, "cues": cues, "roles": roles,
            "first": first, "marks": marks, "dashes": dashes}


@lru_cache(maxsize=1)
def _kb() -> tuple[dict[str, Any], set[str], dict[str, dict[str, list[tuple[str, list[str]]]]], Any]:
    """(KB entities, non-name capitalised words, lang → role word → [(role id, holder ids)], the KB)."""
    try:
        kb = default_kb()
    except Exception:  # noqa: BLE001 - speakers are then reported as the entity stage gave them
        return {}, set(), {}, None
    roles: dict[str, dict[str, list[tuple[str, list[str]]]]] = defaultdict(lambda: defaultdict(list))
    for role in kb.roles:
        holders = [h.get("person") for h in role.get("holders") or [] if h.get("person")]
        for lang, forms in (role.get("aliases") or {}).items():
            for form in forms:
                words = form.split()
                roles[lang][words[-1].casefold()].append((role.get("id", ""), holders))
                roles["*"][words[-1].casefold()].append((role.get("id", ""), holders))
    return kb.entities, set(kb.nonnames), roles, kb


@lru_cache(maxsize=1)
def _kb_persons() -> dict[str, list[tuple[str, str, str]]]:
    """Knowledge-base persons by the phonetic key of their first name: [(folded surname, id, name)]."""
    entities = _kb()[0]
    index: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for e in entities.values():
        tokens = e.name.split()
        if getattr(e, "type", "") == "PER" and len(tokens) >= 2:
            index[phonetic_key(tokens[0])].append((fold(tokens[-1]), e.id, e.name))
    return index


@lru_cache(maxsize=4096)
def _kb_org(word: str, lang: str) -> tuple[str, str] | None:
    """(id, name) of the organisation a single word names in the knowledge base ('kongehuset', 'UD', 'DFB')."""
    entities, _, _, kb = _kb()
    if kb is None:
        return None
    found = []
    for alias in kb.by_first.get(word.casefold(), []) + kb.by_first_exact.get(word, []):
        entity = entities.get(alias.entity_id)
        if entity is None or getattr(entity, "type", "") != "ORG" or len(alias.tokens) != 1:
            continue
        if alias.langs is None or lang in alias.langs:
            found.append((alias.langs is not None, entity.id, entity.name))
    found.sort(reverse=True)
    ids = {f[1] for f in found if f[0] == found[0][0]} if found else set()
    return (found[0][1], found[0][2]) if len(ids) == 1 else None


def _alternatives(forms: set[str]) -> str:
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        words = form.split()
        if len(words) == 1 or words[-1] in ("det", "es", "het", "it"):  # "heter det", "heißt es": no gap
            parts.append(r"\s+".join(re.escape(w) for w in words))
        else:  # a split verb: "har Erdogan i den forbindelse sagt", "fügte er hinzu", "lægger han til"
            tail = r"\s+".join(re.escape(w) for w in words[1:])
            parts.append(rf"{re.escape(words[0])}(?:\s+[\w.'’-]+){{0,5}}?\s+{tail}")
    return "|".join(parts)


@lru_cache(maxsize=64)
def _verb_pattern(lang: str, weak: bool = False) -> re.Pattern[str]:
    """Speech verbs of a language; with ``weak``, also the opinion verbs (mener, menar, meint), which attribute
    only right after a quote ('– Det er feil, mener Kari Holm.')."""
    verbs = _tables()["verbs"]
    forms = set(verbs.get(lang) or verbs["en"])
    if weak:
        forms |= _tables()["weak"].get(lang, set())
    return re.compile(rf"(?<![\w-])(?:{_alternatives(forms)})(?![\w-])", re.I)


@lru_cache(maxsize=64)
def _verb_words(lang: str) -> frozenset[str]:
    verbs = _tables()["verbs"]
    return frozenset(f for f in (verbs.get(lang) or verbs["en"]) if " " not in f)


@lru_cache(maxsize=256)
def _cue_pattern(lang: str, kind: str) -> re.Pattern[str] | None:
    forms = _tables()["cues"][kind].get(lang)
    if not forms:
        return None
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _mark_pattern() -> re.Pattern[str]:
    parts = []
    for open_, close in _tables()["marks"]:
        if open_ in "'’‚‛‹›" or close == "'":
            continue  # straight single quotes and ’…’ are apostrophes far too often; ‘…’ only at word edges
        name = f"q{len(parts)}"
        if open_ == "‘":
            parts.append(rf"(?<!\w)‘(?P<{name}>[^’\n]{{2,600}}?)’(?!\w)")
        else:
            parts.append(rf"{re.escape(open_)}(?P<{name}>[^{re.escape(close)}\n]{{1,2000}}?){re.escape(close)}")
    return re.compile("|".join(parts))


@lru_cache(maxsize=1)
def _openers() -> str:
    return "".join(sorted({o for o, _ in _tables()["marks"] if o not in "'’‚‛‹›‘"}))


_HEADER = re.compile(r"\s*date \d{4}(?:-\d\d){0,2}\s+")


def _paragraphs(text: str, dashes: set[str]) -> list[_Para]:
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    # lengths of the lines that a single line break joins to the next one
    inner = [e - s for s, e in lines if text[e:e + 1] == "\n" and text[e + 1:e + 2] not in ("\n", "")]
    if "\n\n" in text and len(inner) >= 4 and sum(1 for n in inner if n < 45) / len(inner) > 0.7:
        # easy-reading layout with hard line breaks: a paragraph is a block between blank lines
        lines = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text)]
    paras: list[_Para] = []
    for i, (s, e) in enumerate(lines):
        if i == 0:
            h = _HEADER.match(text, s, e)
            if h:
                s = h.end()
        # a paragraph break lost in extraction: "… 9 februari.– Det börjar …"
        pieces, prev = [], s
        for m in re.finditer(r"[.!?][–—] ", text[s:e]):
            pieces.append((prev, s + m.start() + 1))
            prev = s + m.start() + 1
        pieces.append((prev, e))
        for ps, pe in pieces:
            while ps < pe and text[ps].isspace():
                ps += 1
            while pe > ps and text[pe - 1].isspace():
                pe -= 1
            if pe - ps > 2 and text[ps] in dashes and text[ps + 1] in " \u00a0":
                paras.append(_Para(ps + 2, pe, True))
            elif ps < pe:
                paras.append(_Para(ps, pe, False))
    return paras


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


class QuoteExtractor:
    """Finds the quotes of one article, given its text, language and entity mentions."""

    def __call__(self, text: str, lang: str | None, mentions: list[Mention]) -> list[Quote]:
        return _Run(text, lang or "en", mentions).quotes()


class _Run:
    """One extraction: the article, its paragraphs and mentions, and the speaker of the last quote."""

    def __init__(self, text: str, lang: str, mentions: list[Mention]):
        tables = _tables()
        self.text, self.lang = text, lang
        self.verbs = _verb_pattern(lang)
        self.after_verbs = _verb_pattern(lang, weak=True)
        self.verb_words = _verb_words(lang)
        self.pronouns: dict[str, str] = tables["pronouns"].get(lang, {})
        self.roles: dict[str, str] = tables["roles"].get(lang, {})
        self.particles: set[str] = tables["particles"].get(lang, set())
        self.first: set[str] = tables["first"].get(lang, set())
        self.unnamed = _cue_pattern(lang, "unnamed")
        self.according = _cue_pattern(lang, "according")
        self.according_post = _cue_pattern(lang, "according_post")
        self.known, self.nonnames, kb_roles, _ = _kb()
        self.kb_roles = kb_roles.get(lang, {})
        self.all = sorted(mentions, key=lambda m: m.start)
        self.speakers = [m for m in self.all if m.type in ("PER", "ORG")]
        self.persons = [m for m in self.speakers if m.type == "PER"]
        self.by_start = {m.start: m for m in self.all}
        self.surfaces = {m.text: m for m in self.speakers}
        self.paras = _paragraphs(text, tables["dashes"])
        self.para_starts = [p.start for p in self.paras]
        self.sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.group() != "."
                              or not _ABBREVIATION.search(text, max(0, m.start() - 8), m.start())]
        self.person_ids = list({m.id: m for m in self.persons}.values())  # one mention per person
        quoted = [(p.start, p.end) for p in self.paras if p.dash]
        quoted += [(m.start(), m.end()) for m in _mark_pattern().finditer(text)]
        quoted.sort()
        quoted_starts = [q[0] for q in quoted]

        def outside(m: Mention) -> bool:
            i = bisect.bisect_right(quoted_starts, m.start) - 1
            return i < 0 or quoted[i][1] <= m.start

        # the persons named outside quotes: the antecedents of pronouns and roles ("We want Messi" is not one)
        self.named = [m for m in self.persons if outside(m)]
        self.starts = {id(seq): [m.start for m in seq] for seq in (self.all, self.speakers, self.persons, self.named)}
        self.canon_cache: dict[str, tuple[str, str]] = {}
        self.last: Mention | None = None  # speaker of the last attributed quote
        self.last_end = -1
        self.own_paras: set[int] = set()

    def _between(self, seq: list[Mention], start: int, end: int) -> list[Mention]:
        """The mentions of ``seq`` (sorted by start) that start in [start, end)."""
        starts = self.starts[id(seq)]
        return seq[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def _last_before(self, seq: list[Mention], pos: int) -> Mention | None:
        """The last mention of ``seq`` that ends at or before ``pos``."""
        i = bisect.bisect_left(self.starts[id(seq)], pos) - 1
        while i >= 0 and seq[i].end > pos:
            i -= 1
        return seq[i] if i >= 0 else None

    # -- candidates -----------------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        text = self.text
        cands: list[_Cand] = []
        for pi, p in enumerate(self.paras):
            taken_end = p.start
            if p.dash:
                cut, speaker, end = self._attribution_in(p.start, p.end)
                c = _Cand(p.start, cut, pi, "dash", end, speaker, speaker is not None)
                self._add(cands, c)
                taken_end = cut
            elif cands and cands[-1].para == pi - 1 and cands[-1].kind == "dash" and not cands[-1].own \
                    and text[p.start] not in _openers() and self._first_person(p.start, p.end):
                cut, speaker, end = self._attribution_in(p.start, p.end, tail_only=True)
                if speaker is not None:
                    self._add(cands, _Cand(p.start, cut, pi, "cont", end, speaker, True))
                    continue
            for m in _mark_pattern().finditer(text, p.start, p.end):
                g = next(k for k, v in m.groupdict().items() if v is not None)
                if m.start(g) < taken_end:
                    continue
                opener = text[m.start()]
                inner = [i for i in range(m.start(g), m.end(g)) if text[i] == opener and opener in "“„«»‘"
                         and text[i - 2:i].rstrip()[-1:] in ".!?"] if opener != text[m.end() - 1] else []
                if not inner:
                    self._add(cands, self._mark_cand(m.start(g), m.end(g), m.end(), pi))
                    continue
                # a quote of several paragraphs run together, each opened with the mark
                last = self._mark_cand(inner[-1] + 1, m.end(g), m.end(), pi)
                bounds = [m.start(g), *[i + 1 for i in inner]]
                for a, b in zip(bounds, [*inner, m.end(g)], strict=True):
                    if b == m.end(g):
                        self._add(cands, last)
                    else:
                        c = _Cand(a, b, pi, "mark", b, last.speaker if last.own else None, last.own)
                        self._add(cands, c)
            self._open_quote(p, pi, cands)
        self._resolve_context(cands)
        quotes: list[Quote] = []
        seen: set[str] = set()
        heads: dict[str, list[str]] = {}  # the quotes listed, by their first five words
        for c in cands:
            if c.speaker is None or c.speaker is _UNNAMED or c.kind == "skip":
                continue
            raw = text[c.start:c.end]
            lead = re.match(r"[\s,–—-]*", raw).end()  # type: ignore[union-attr]
            body = re.sub(r"[\s,–—-]+$", "", raw[lead:])
            key = _norm(body)
            head = " ".join(key.split()[:5]) if key.count(" ") >= 4 else key
            if not key or key in seen or any(key.startswith(k) or k.startswith(key) for k in heads.get(head, ())):
                continue  # printed twice (a photo caption and the text), perhaps one of them cut short
            seen.add(key)
            heads.setdefault(head, []).append(key)
            sid, name = self._canonical(c.speaker)
            quotes.append(Quote(body, name, sid, c.start + lead))
        quotes.sort(key=lambda q: q.start)
        return quotes

    def _add(self, cands: list[_Cand], c: _Cand) -> None:
        if c.speaker is _PREVIOUS:
            c.speaker, c.own, c.kind = None, False, "same"
        cands.append(c)
        if c.own and c.speaker is not None:
            self.own_paras.add(c.para)
            self.last = None if c.speaker is _UNNAMED else c.speaker
            self.last_end = c.attr_end

    def _first_person(self, start: int, end: int) -> bool:
        return any(w.group().lower() in self.first for w in _WORD.finditer(self.text, start, end))

    def _open_quote(self, p: _Para, pi: int, cands: list[_Cand]) -> None:
        """A paragraph opening a quote that is not closed in it: a quote over several paragraphs, each opened
        with the mark (``“… ⏎“… ,” she said``), a paragraph in single quotes, or a quote cut by the excerpt end."""
        text = self.text
        ch = text[p.start]
        if any(c.para == pi and c.start <= p.start + 1 for c in cands):
            return
        body = text[p.start + 1:p.end]
        if ch in "'‘":
            close = "'" if ch == "'" else "’"
            inner = body.rstrip(".")
            if inner.endswith(close) and len(inner.split()) >= 4:
                self._add(cands, self._mark_cand(p.start + 1, p.start + len(inner), p.end, pi))
            return
        if ch not in _openers():
            return
        closes = {c for o, c in _tables()["marks"] if o == ch}
        if (ch not in closes and any(c in body for c in closes)) or (ch in closes and body.count(ch) % 2):
            return
        nxt = self.paras[pi + 1] if pi + 1 < len(self.paras) else None
        if (nxt is None or text[nxt.start] == ch) and len(body.split()) >= 3:
            c = _Cand(p.start + 1, p.end, pi, "open", p.end)
            self._add(cands, c)

    def _mark_cand(self, qs: int, qe: int, close_end: int, pi: int) -> _Cand:
        text = self.text
        p = self.paras[pi]
        c = _Cand(qs, qe, pi, "mark", close_end)
        if text[close_end:close_end + 1] in ("-", "‑") or (qs >= 2 and text[qs - 2].isalnum()):
            c.kind = "skip"  # „One Love“-Binde: a compound, or a mark inside a word
            return c
        if _TWEET.match(text, close_end) or "pic.twitter.com" in text[qs:qe]:
            c.kind = "skip"  # an embedded tweet: its only attribution is the signature
            return c
        body = text[qs:qe].strip()
        tokens = _WORD.findall(body)
        titled = bool(tokens) and all(t[0].isupper() or t[0].isdigit() for t in tokens) and \
            not re.search(r"[.!?,]$", body)
        if titled and len(tokens) >= 2 and not text[p.start:qs - 1].rstrip().endswith(":"):
            c.kind = "skip"  # a title or a name in quotes: "Let It Be", „One Love“
            return c
        speaker, end = None, close_end
        before = _WORD.findall(text[max(p.start, qs - 40):qs - 1])
        if before and (any(w.lower() in self.verb_words for w in before[-3:]) or before[-1].lower() in _THAT) and \
                not text[p.start:qs - 1].rstrip().endswith(":"):
            speaker = self._attribution_before(qs - 1, p.start)  # "kaller det «rent oppspinn», skriver Reuters"
        if speaker is None:
            speaker, end = self._attribution_after(close_end, self._clause_end(close_end, p.end))
        if speaker is None and titled:
            c.kind = "skip"  # «Magda-effekten»: a one-word name is a quote only with its own attribution after it
            return c
        if speaker is None:
            speaker = self._attribution_before(qs - 1, p.start)
        if speaker is None and len(body.split()) <= 8:  # „massiven …“ in X aufgezeichnet, sagte Peter Schmidt
            clause_end = self._clause_end(close_end, p.end)
            for v in self.verbs.finditer(text, close_end, clause_end):
                if text[max(close_end, v.start() - 2):v.start()] == ", ":
                    speaker = self._speaker_for_verb(v, v.start(), clause_end)
                    break
        if speaker is not None:
            c.speaker, c.own, c.attr_end = speaker, True, max(end, close_end)
            return c
        sentence_like = len(body.split()) >= 4 and body[:1].isupper() and self._starts_sentence(qs - 1, p.start)
        c.kind = "mark" if sentence_like else "fragment"
        return c

    # -- attribution in a dash or continuation paragraph ----------------------------------------------
    def _attribution_in(self, start: int, end: int, tail_only: bool = False) -> tuple[int, Mention | None, int]:
        """(end of the quote, speaker or None, end of the attribution) for a paragraph's own attribution."""
        text = self.text
        for v in self.after_verbs.finditer(text, start, end):
            head = text[start:v.start()]
            punct = max(head.rfind(","), head.rfind("."), head.rfind("!"), head.rfind("?"), head.rfind("…"),
                        head.rfind(" – "), head.rfind(" - "), head.rfind(";"))
            if punct < 0:
                continue
            subject = head[punct + 1:].strip(" –-\n")
            words = _WORD.findall(subject)
            if len(words) > 6 or any(ch in subject for ch in "«»“”„\"") or \
                    (words and words[0].lower() in _CONJUNCTIONS):
                continue
            clause_end = self._clause_end(v.end(), end)
            if tail_only and text[clause_end:end].strip():
                continue
            if words and len(_WORD.findall(text[v.end():clause_end])) > 6:
                continue  # "og Støre sier det kan komme flere lettelser": reported speech, not an attribution
            speaker = self._speaker_for_verb(v, start + punct + 1, clause_end)
            if speaker is None:
                continue
            cut = start + punct + (1 if head[punct] in "!?…" else 0)
            return cut, speaker, clause_end
        for m in re.finditer(r"[,.!?]\s", text[start:end]):  # ", ifølge NTB."
            pos = start + m.end()
            clause_end = self._clause_end(pos, end)
            if tail_only and text[clause_end:end].strip():
                continue
            speaker = self._according(pos, clause_end)
            if speaker is not None:
                return start + m.start(), speaker, clause_end
        if not tail_only:  # an attribution without a verb: "– …, pressevakt Per Hansen i Forsvaret til TV 2."
            comma = text.rfind(", ", start, end)
            if comma > start:
                words = _WORD.findall(text[comma:end])
                person = next(iter(self._between(self.persons, comma + 1, end)), None)
                if person is not None and len(words) <= 14 and len(_WORD.findall(text[comma:person.start])) <= 5 \
                        and not (words and words[0].lower() in _CONJUNCTIONS) and not _SENTENCE_END.search(
                            text, comma, person.start):
                    return comma, person, end
        return end, None, end

    def _clause_end(self, pos: int, limit: int) -> int:
        i = bisect.bisect_left(self.sentence_ends, pos + 1)
        return self.sentence_ends[i] if i < len(self.sentence_ends) and self.sentence_ends[i] <= limit else limit

    def _sentence_start(self, pos: int, para_start: int) -> int:
        """Start of the sentence that ``pos`` is in (sentence ends are found once per article)."""
        i = bisect.bisect_right(self.sentence_ends, pos) - 1
        end = self.sentence_ends[i] if i >= 0 else -1
        return end if end - 1 >= para_start else para_start

    def _starts_sentence(self, pos: int, para_start: int) -> bool:
        before = self.text[para_start:pos].rstrip()
        return not before or before[-1] in ".!?:…\"”»«“"

    # -- after a quote ------------------------------------------------------------------------------
    def _attribution_after(self, pos: int, clause_end: int) -> tuple[Mention | None, int]:
        text = self.text
        lead = re.match(r"[\s,;]*(?:[–—-]\s*)?", text[pos:clause_end])
        start = pos + (lead.end() if lead else 0)
        if text[pos:pos + 2].strip().startswith((".", "!", "?")) or start >= clause_end or \
                (text[pos - 2:pos - 1] in ".!?" and text[start:start + 1].isupper()):
            # a new sentence starts after the quote: "»…« Det siger Lise Dahl til DR."
            speaker = self._that_said(start if text[start:start + 1].isalpha() else pos)
            return (speaker, self._clause_end(start, self.paras[self._para_of(pos)].end)) if speaker else (None, pos)
        word = re.match(r"\w+", text[start:clause_end])
        if word and word.group().lower() in self.particles:  # "…“, so Flick." / "…", aldus de minister
            return self._subject_after(start + word.end(), clause_end), clause_end
        speaker = self._according(start, clause_end)
        if speaker is not None:
            return speaker, clause_end
        v = self.after_verbs.search(text, start, clause_end)
        if v is None or len(_WORD.findall(text[start:v.start()])) > 6 and not (
                len(_WORD.findall(text[start:v.start()])) <= 12 and
                self._between(self.persons, start, v.start())):  # "the head of …, Kari Holm, said"
            return None, pos
        subject = _WORD.findall(text[start:v.start()])
        if subject and subject[0].lower() in _CONJUNCTIONS:
            return None, pos
        comma = text.rfind(",", start, v.start())  # "…" le 1er novembre, a dit la dirigeante
        if comma >= 0 and not text[comma + 1:v.start()].strip():
            speaker = self._speaker_for_verb(v, comma + 1, clause_end)
            if speaker is not None:
                return speaker, clause_end
        return self._speaker_for_verb(v, start, clause_end), clause_end

    def _that_said(self, pos: int) -> Mention | None:
        """A sentence 'Det siger X til DR.' / 'Sådan lyder det fra X.' / 'Das sagte X.' at ``pos``."""
        text = self.text
        words = list(_WORD.finditer(text, pos, pos + 40))
        if not words or words[0].group().lower() not in _EXPLETIVES | {"sådan", "slik", "sån", "such", "näin",
                                                                        "dies", "thus", "ainsi", "así"}:
            return None
        v = self.verbs.match(text, words[1].start()) if len(words) > 1 else None
        if v is None:
            return None
        end = self._clause_end(v.end(), self.paras[self._para_of(pos)].end)
        return self._speaker_for_verb(v, v.start(), end)

    def _according(self, start: int, clause_end: int) -> Mention | None:
        text = self.text
        if self.according:
            m = self.according.match(text, start, clause_end)
            if m:
                return self._subject_after(m.end(), clause_end)
        if self.according_post:
            m = self.according_post.search(text, start, min(clause_end, start + 60))
            if m and len(_WORD.findall(text[start:m.start()])) <= 4:
                return self._subject_phrase(start, m.start())
        return None

    def _speaker_for_verb(self, v: re.Match[str], subject_start: int, clause_end: int) -> Mention | None:
        """The speaker of a speech verb: its subject before it (SV) or after it (VS), inside a split verb, or
        named after an impersonal verb ('heter det i uttalelsen fra Buckingham Palace', 'lyder det fra ham')."""
        text = self.text
        if self.text[subject_start:v.start()].strip(" \n,–—-"):
            speaker = self._subject_phrase(subject_start, v.start())
            if speaker is None:  # verb-second order after an adverbial: "Auf Twitter schrieb ein Nutzer:"
                return self._subject_after(v.end(), clause_end)
            if speaker is not None and _WORD.findall(text[subject_start:v.start()])[-1:] and \
                    _WORD.findall(text[subject_start:v.start()])[-1].lower() in self.pronouns:
                named = self.by_start.get(text.find(" ", v.end()) + 1) if text[v.end():v.end() + 1] == " " else None
                if named is not None and named.type == "PER":
                    return named  # "“…,” he said Karim Haddad, imam of …" (a translation artefact)
            return speaker
        inner = text[v.start():v.end()].split()
        if inner[-1].lower() in ("det", "es", "het", "it") or (len(inner) == 2 and inner[1].lower() in ("det", "es")):
            return self._impersonal(v.end(), clause_end)
        if len(inner) > 2:  # a split verb with its subject inside: "har Erdogan … sagt", "fügte er hinzu"
            inside = self._subject_after(v.start() + len(inner[0]), v.end() - len(inner[-1]))
            if inside is not None:
                return inside
        return self._subject_after(v.end(), clause_end)

    def _impersonal(self, pos: int, clause_end: int) -> Mention | None:
        text = self.text
        for m in self._between(self.speakers, pos, clause_end):
            before = _WORD.findall(text[max(pos, m.start - 12):m.start].lower())
            if not before or before[-1] not in _CHANNEL_WORDS and not self._channel(m):
                return m
        for w in _WORD.finditer(text, pos, clause_end):
            if w.group().lower() in self.pronouns:
                return self._pronoun(w.group().lower(), pos)
        return _PREVIOUS  # "…, heter det videre i meldingen": the source quoted before (resolved in context)

    # -- subjects ----------------------------------------------------------------------------------
    def _subject_phrase(self, start: int, end: int) -> Mention | None:
        """The speaker named by a short phrase before its verb: ', Charles sanoo', ', the association said'."""
        text = self.text
        phrase = text[start:end].strip().strip(",–—-.!?…").strip()
        words = list(_WORD.finditer(text, start, end))
        if not phrase or not words:
            return None
        low = words[0].group().lower()
        if (self.unnamed and self.unnamed.search(phrase)) or (low in _INDEFINITE and len(words) >= 2):
            named = self._between(self.persons, start, end)
            return named[0] if named else _UNNAMED  # "en man", "ein Passant", "a witness"
        named = [m for m in self._between(self.speakers, start, end) if not self._channel(m)]
        if named:
            per = [m for m in named if m.type == "PER"]
            return per[0] if per else named[0]
        if len(words) == 1 and low in self.pronouns:
            return self._pronoun(low, start)
        if low in _ARTICLES and len(words) >= 2:
            head = words[-1].group().lower()
            return self._role(head, start) if self._is_role(head, known_only=True) else None
        if len(words) <= 4:
            para = self.paras[self._para_of(start)]
            opening = self._starts_sentence(words[0].start(), para.start)  # a capital proves nothing there
            name = self._name_at(words[0].start(), end, single=not opening)
            if name is None and opening and len(words) == 1:
                known = [p for p in self.person_ids if fold(p.name.split()[-1]) == fold(words[0].group())]
                name = known[-1] if known else None
            if name is not None:
                return name
        if self._is_role(words[-1].group().lower()):
            return self._role(words[-1].group().lower(), start)
        return None

    def _subject_after(self, pos: int, clause_end: int) -> Mention | None:
        """The speaker named after a verb: 'sier han', 'sa statsminister Jonas Gahr Støre', 'said the PM'."""
        text = self.text
        words: list[re.Match[str]] = []
        for w in _WORD.finditer(text, pos, min(clause_end, pos + 160)):
            low = w.group().lower()
            if words:
                gap = text[words[-1].end():w.start()]
                if gap.startswith(".") and (len(words[-1].group()) == 1 or _ABBREVIATION.search(words[-1].group())):
                    gap = gap[1:]  # "Mr. Smith", "Ola K. Nygaard"
                if any(ch in gap for ch in ",.;:()«»“”„\"") or len(words) >= 10 or low in _TO_WORDS \
                        or low in _STOP_WORDS:
                    break
            words.append(w)
        if not words:
            return None
        first = words[0].group().lower()
        if first in self.pronouns:
            return self._pronoun(first, pos)
        if first in _SOURCE_WORDS and len(words) >= 2:  # "… from the Danish royal family"
            return self._subject_after(words[1].start(), clause_end)
        if first in _TO_WORDS and first not in _ARTICLES:
            return None  # "siger til DR, at …": the audience
        if len(words) >= 2 and words[1].group().lower() in _STATEMENTS:  # "read a statement from the palace"
            return self._impersonal(words[1].end(), clause_end)
        u = self.unnamed.match(text, words[0].start(), clause_end) if self.unnamed else None
        if u is None and first in _INDEFINITE and len(words) >= 2 and words[1].group().lower() not in _STATEMENTS \
                and not any(m.end > pos for m in self._between(self.persons, pos - 80, words[-1].end())) \
                and not re.search(rf"{_NAME_TOKEN}\s+{_NAME_TOKEN}", text[words[1].start():words[-1].end()]):
            u = words[1]  # "sagte ein Passant", "says a local resident" (but "siger en frustreret Hjulmand")
        if u is not None:
            named = self._between(self.persons, u.end(), u.end() + 40)
            return named[0] if named and "," in text[u.end():named[0].start] else _UNNAMED
        found = [m for m in (self.by_start.get(w.start()) for w in words) if m is not None
                 and (m.type == "PER" or (m.type == "ORG" and text[m.end:m.end + 1] != "-"
                                          and not self._channel(m)))]
        if found:
            per = [m for m in found if m.type == "PER"]
            return per[0] if per else found[0]
        if first in _ARTICLES and len(words) >= 2:  # said the prime minister, sagte der Leiter …, Jonas Weber,
            appos = re.match(r"[^,.;:()]{0,40}?(?:,|\()\s*", text[words[-1].end():clause_end])
            if appos:
                at = words[-1].end() + appos.end()
                m = self.by_start.get(at)
                if m is not None and m.type in ("PER", "ORG"):
                    return m
                name = self._name_at(at, min(clause_end, at + 60), single=True)
                if name is not None:
                    return name
            if any(self.by_start.get(w.start()) is not None for w in words):
                return None  # "from the royal family's official Instagram account": a channel, not a role
            return self._role(words[min(len(words), 4) - 1].group().lower(), pos)
        appos = re.match(r"[^,.;:()\n]{0,40}?,\s*", text[words[-1].end():clause_end])
        named = self.by_start.get(words[-1].end() + appos.end()) if appos else None
        if named is not None and named.type == "PER":
            return named  # "sier pressetalsperson i Politiet, Kari Holm."
        if self._is_role(first, known_only=words[0].group()[0].isupper()):  # "sa statsministeren"
            return self._role(first, pos)
        for w in words:
            m = self.by_start.get(w.start())
            if m is not None:
                if self._seat(m):
                    return m
                continue  # a place ("sa Australias landslagssjef …")
            if w.group()[0].isupper() and w.group().lower() not in self.nonnames:
                name = self._name_at(w.start(), words[-1].end(), single=True)
                if name is not None:
                    return name
        return None

    def _name_at(self, start: int, end: int, single: bool = False) -> Mention | None:
        """A person's name the entity stage did not link, starting at ``start``: 'Paul Riedel', 'T. Kramer'."""
        m = _NAME.match(self.text, start, end)
        if m is None:
            return None
        inside = [x for x in self._between(self.all, m.start() - 100, m.end()) if m.start() < x.end]
        for x in inside:
            if x.type in ("PER", "ORG") and x.start >= m.start():
                return None if self._channel(x) else x
            if x.start >= m.start() and self._seat(x):
                return x
        if inside:
            return None  # a place
        tokens = m.group().split()
        while tokens and "-" in tokens[0] and not tokens[0].split("-")[-1][:1].isupper():
            tokens.pop(0)  # "THW-Sprecher Stefan Lorenz"
        while tokens and tokens[0].casefold() in self.nonnames:
            tokens.pop(0)
        tokens = [t for t in tokens]
        if not tokens or tokens[0].lower() in self.pronouns or tokens[0].lower() in _ARTICLES or \
                tokens[0].lower() in _EXPLETIVES:
            return None
        if len(tokens) == 1:
            org = _kb_org(tokens[0], self.lang)
            if org is not None:
                return Mention(tokens[0], "ORG", org[0], org[1], m.start(), m.end())
        if len(tokens) == 1 and (not single or len(tokens[0]) < 3 or tokens[0].endswith(".")):
            return None
        name = re.sub(r"[’']s?$", "", " ".join(tokens))
        same = self.surfaces.get(name)
        if same is not None:  # named elsewhere in the article as a linked entity
            return Mention(name, same.type, same.id, same.name, m.end() - len(name), m.end())
        return Mention(name, "PER", "per:" + (slug(phonetic_key(name)) or slug(name)), name,
                       m.end() - len(" ".join(tokens)), m.end())

    def _pronoun(self, word: str, pos: int) -> Mention | None:
        gender = self.pronouns.get(word, "x")
        if gender in ("n", "pl"):
            org = self._last_org(pos)
            if org is not None or gender == "n":
                return org
        return self._last_person(pos)

    def _para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def _last_person(self, pos: int) -> Mention | None:
        """The last speaker, unless another person was named in a later paragraph; else the last person named."""
        if self.last is not None and self.last.type == "PER":
            others = [m for m in self._between(self.named, max(0, self.last_end), pos)
                      if m.id != self.last.id and m.end <= pos]
            if not others:
                return self.last
        latest = self._last_before(self.named, pos)
        if latest is None:
            return self.last
        # the subject of the sentence that named the latest person comes first in it
        start = self._sentence_start(latest.start, self.paras[self._para_of(latest.start)].start)
        return next(m for m in self._between(self.named, start, latest.end) if m.end <= pos)

    @staticmethod
    def _seat(m: Mention) -> bool:
        """A seat of power that speaks for its institution: Buckingham Palace, the Kremlin."""
        return m.type == "LOC" and bool(_SEATS & set(fold(m.name).split()))

    def _channel(self, m: Mention) -> bool:
        """An organisation named as the audience or the medium: 'til Ritzau', 'on Instagram', 'Twitter account'."""
        before = _WORD.findall(self.text[max(0, m.start - 25):m.start].lower())
        after = _WORD.findall(self.text[m.end:m.end + 15].lower())
        return bool(before and before[-1] in _CHANNEL_WORDS | _TO_WORDS - _SOURCE_WORDS) or \
            bool(after and after[0] in _CHANNEL_NOUNS)

    def _last_org(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self.starts[id(self.speakers)], pos) - 1
        while i >= 0:
            m = self.speakers[i]
            if m.end <= pos and m.type == "ORG" and not self._channel(m):
                return m
            i -= 1
        return self.last if self.last is not None and self.last.type == "ORG" else None

    # -- roles -------------------------------------------------------------------------------------
    def _is_role(self, word: str, known_only: bool = False) -> bool:
        word = word.strip(".,:;")
        if word in self.roles or word in self.kb_roles:
            return True
        if known_only or not word.isalpha() or not word.islower() or len(word) < 6 or word in _NOT_ROLES:
            return False
        suffixes = _DEFINITE.get(self.lang)
        return bool(suffixes) and word.endswith(suffixes)

    def _role(self, word: str, pos: int) -> Mention | None:
        """The speaker a role noun stands for: the person the article gave that role, else the last person
        (organisation nouns: the last organisation)."""
        word = word.strip(".,:;").lower()
        kind = self.roles.get(word, "PER")
        if kind == "-":
            return None
        if kind == "ORG":
            org = _kb_org(word, self.lang)
            if org is not None:
                return Mention(word, "ORG", org[0], org[1], pos, pos)
            named = None
            for m in re.finditer(rf"(?i)(?<!\w){re.escape(word)}\s+(?-i:({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}))",
                                 self.text[:pos]):
                named = m  # "the patient association Asthma Allergy Denmark" … "the association said"
            last_org = self._last_org(pos)
            if named is not None and (last_org is None or last_org.start < named.start(1)):
                inside = self._between(self.speakers, named.start(1), named.end(1))
                if inside:
                    return inside[0]
                return Mention(named.group(1), "ORG", "org:" + slug(named.group(1)), named.group(1),
                               named.start(1), named.end(1))
            return last_org
        stem = fold(word)
        for suffix in sorted(_DEFINITE.get(self.lang, ()), key=len, reverse=True):
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                stem = stem[: -len(suffix)]
                break
        stem = stem[: max(4, len(stem) - 1)]
        earlier = [m for m in self._between(self.named, 0, pos)[-60:] if m.end <= pos]
        pattern = re.compile(rf"(?<!\w){re.escape(stem)}")
        named = sorted(earlier, key=lambda m: (" " in m.name, m.start), reverse=True)
        for m in named:  # "statsminister Mette Frederiksen" … "statsministeren"
            title = " ".join(_WORD.findall(self.text[max(0, m.start - 60):m.start])[-3:])
            if pattern.search(fold(title)):
                return m
        for m in named:  # "Mette Frederiksen, formand for …, fortsætter som statsminister"
            if pattern.search(fold(self.text[m.end:self._clause_end(m.end, min(len(self.text), m.end + 90))])):
                return m
        indefinite = "|".join(sorted(_INDEFINITE))
        if re.search(rf"(?<!\w)(?:{indefinite})\s+(?:\w+\s+)?{re.escape(stem)}", fold(self.text[:pos])):
            return _UNNAMED  # "Et vitne forteller …" … "sier vitnet": the role of an unnamed person
        for _, holders in self.kb_roles.get(word, []) + _kb()[2].get("*", {}).get(word, []):
            held = [m for m in earlier if m.id in holders]
            if held:
                return held[-1]
        return self._last_person(pos)

    # -- before a quote ----------------------------------------------------------------------------------
    def _attribution_before(self, pos: int, para_start: int) -> Mention | None:
        """'X sagde: „…“', 'BILD-Reporter X: „…“', 'X said that “…”', 'Er warnte vor „…“' in the quote's sentence."""
        text = self.text
        sent_start = self._sentence_start(pos, para_start)
        stripped = text[sent_start:pos].rstrip()
        if stripped.endswith(":"):
            return self._colon_speaker(sent_start, sent_start + len(stripped) - 1)
        verbs = list(self.verbs.finditer(text, sent_start, pos))
        if not verbs:
            if self.according:
                m = self.according.search(text, sent_start, pos)
                if m:
                    return self._subject_after(m.end(), pos)
            return None
        v = verbs[-1]
        named = [m for m in self._between(self.speakers, sent_start, v.start()) if m.end <= v.start()]
        if named and v.start() - named[-1].end <= 40 and "," not in text[named[-1].end:v.start()]:
            return named[-1]
        prev = _WORD.findall(text[max(sent_start, v.start() - 40):v.start()])
        if prev and prev[-1].lower() in self.pronouns:
            return self._pronoun(prev[-1].lower(), v.start())
        after = self._subject_after(v.end(), pos)
        if after is not None:
            return after
        if prev and self._is_role(prev[-1].lower(), known_only=True):
            return self._role(prev[-1].lower(), v.start())
        subject = list(_WORD.finditer(text, sent_start, v.start()))
        for i, w in enumerate(subject[:4]):
            if w.group().lower() in _STATEMENTS and i + 1 < len(subject) and \
                    subject[i + 1].group().lower() in _SOURCE_WORDS:  # "A statement from the palace said that “…”"
                source = self._subject_after(subject[i + 1].start(), v.start())
                if source is not None:
                    return source
        lead = [m for m in named if len(_WORD.findall(text[sent_start:m.start])) <= 6]
        if lead:
            return lead[0]  # the subject of the sentence: "X condemned the attacks, stating, “…”"
        return self._subject_phrase(sent_start, v.start()) if len(_WORD.findall(text[sent_start:v.start()])) <= 4 \
            else None

    def _colon_speaker(self, sent_start: int, colon: int) -> Mention | None:
        """The speaker named by a sentence that ends with a colon introducing a quote."""
        text = self.text
        verbs = list(self.verbs.finditer(text, sent_start, colon))
        if verbs:
            v = verbs[-1]
            if len(_WORD.findall(text[sent_start:v.start()])) <= 8:
                speaker = self._speaker_for_verb(v, sent_start, colon)
            else:  # "Klaus Riisgaard, der er professor i …, siger til DR, at …:" / "…, wie Analyst X anmerkte:"
                comma = text.rfind(",", sent_start, v.start())
                clause = [w for w in _WORD.finditer(text, comma + 1, v.start())]
                while clause and clause[0].group().lower() in _CONJUNCTIONS:
                    clause.pop(0)
                speaker = self._lead_name(sent_start, v.start())
                if speaker is None and comma > 0 and 0 < len(clause) <= 4:
                    speaker = self._subject_phrase(clause[0].start(), v.start())
                speaker = speaker or self._subject_after(v.end(), colon) or self._first_named(sent_start, v.start())
            if speaker is not None:
                return speaker
        named = self._lead_name(sent_start, colon) or self._first_named(sent_start, colon)
        if named is not None:
            return named
        words = _WORD.findall(text[sent_start:colon])
        for w in words[:4]:
            if w.lower() in self.pronouns and self.pronouns[w.lower()] in ("m", "f", "x"):
                return self._pronoun(w.lower(), sent_start)
        if self.according:
            m = self.according.search(text, sent_start, colon)
            if m:
                return self._subject_after(m.end(), colon)
        if len(words) <= 6:
            for w in _WORD.finditer(text, sent_start, colon):
                if w.group()[0].isupper():
                    name = self._name_at(w.start(), colon)
                    if name is not None:
                        return name
        return None

    def _lead_name(self, start: int, end: int) -> Mention | None:
        """The name that opens a sentence: its subject (a person named in its first words, else the first name)."""
        words = list(_WORD.finditer(self.text, start, end))[:6]
        for w in words:
            m = self.by_start.get(w.start())
            if m is not None and m.type == "PER":
                return m
        if not words:
            return None
        m = self.by_start.get(words[0].start())
        if m is not None:
            return m if m.type in ("PER", "ORG") else None
        if not words[0].group()[0].isupper():
            return None
        name = self._name_at(words[0].start(), end)  # two words or more: a sentence opens with a capital anyway
        if name is None:
            known = [p for p in self.person_ids if fold(p.name.split()[-1]) == fold(words[0].group())]
            return known[0] if known else None
        return name

    def _first_named(self, start: int, end: int) -> Mention | None:
        named = [m for m in self._between(self.speakers, start, end) if m.end <= end and not self._channel(m)]
        per = [m for m in named if m.type == "PER"]
        return per[0] if per else (named[-1] if named else None)

    # -- context -------------------------------------------------------------------------------------
    def _resolve_context(self, cands: list[_Cand]) -> None:
        """Speakers for quotes without their own attribution."""
        text = self.text
        for i in range(len(cands) - 2, -1, -1):  # a dash quote followed by its continuation paragraph
            c, n = cands[i], cands[i + 1]
            if c.speaker is None and c.kind == "dash" and n.kind == "cont" and n.para == c.para + 1:
                c.speaker = n.speaker
            if c.speaker is None and c.kind == "open" and n.para == c.para + 1 and n.own and \
                    n.start - 1 <= self.paras[n.para].start:  # “… ⏎“…,” she said: one quote over two paragraphs
                c.speaker = n.speaker
        self.last, self.last_end = None, -1
        for c in cands:
            if c.speaker is not None:
                if c.kind != "skip":
                    self.last = None if c.speaker is _UNNAMED else c.speaker
                    self.last_end = c.attr_end
                continue
            if c.kind in ("fragment", "skip"):
                continue
            cut_off = c.kind == "open"  # continued in the next paragraph, or cut by the excerpt's end
            if c.kind == "open":
                c.kind = "mark"
            same = c.kind == "same"
            if same:
                c.kind = "dash" if self.paras[c.para].dash else "mark"
                if self.last is not None:
                    c.speaker = self.last
                    continue
            p = self.paras[c.para]
            body = text[c.start:c.end].strip()
            words = len(body.split())
            if body.rstrip("»”\"«“").endswith("?"):
                continue  # a journalist's question
            whole = c.start - 1 <= p.start and c.end >= p.end - 1
            if whole and words <= 8 and not re.search(r"[.!…]\W*$", body) and not cut_off:
                continue  # a crosshead
            at_start = c.kind == "dash" or c.start - 1 <= p.start
            speaker = self._colon_intro(c.para) if at_start else None
            if speaker is None and c.kind == "dash" and c.para + 1 < len(self.paras):
                speaker = self._that_said(self.paras[c.para + 1].start)
            listed = at_start and speaker is None and self._in_list(c.para)
            if speaker is None and at_start:
                speaker = self._speaking_paragraph(c.para)
            if speaker is None and not at_start:  # "Merz kritisierte die Regierung scharf. „Das ist zu wenig.“"
                sent = self._sentence_start(c.start - 1, p.start)
                if not text[sent:c.start - 1].strip():
                    speaker = self._speaking(self._sentence_start(sent - 1, p.start), sent)
            if speaker is None and self.last is not None and c.start - self.last_end < 1500 and not listed:
                between = [m for m in self._between(self.named, self.last_end, c.start) if m.id != self.last.id]
                speech = words >= 12 or self._first_person(c.start, c.end) or c.kind != "dash"
                if not between and not self._org_speaks(self.last_end, c.start) and speech:
                    speaker = self.last
            if speaker is None and c.kind == "dash" and words >= 6 and not same and not listed:
                speaker = self._next_paragraph(c.para) or self._previous_person(c.para)
            if speaker is not None and speaker is not _UNNAMED:
                c.speaker = speaker
                self.last, self.last_end = speaker, c.attr_end

    def _in_list(self, pi: int) -> bool:
        """A dash paragraph in a list introduced by a colon paragraph that names no speaker ('Dette endres:')."""
        i = pi - 1
        while i >= 0 and self.paras[i].dash and i not in self.own_paras:
            i -= 1
        if i < 0 or self.paras[i].dash:
            return False
        intro = self.text[self.paras[i].start:self.paras[i].end].rstrip()
        if re.match(rf"[{_CAP}]{{3,}}(?: [{_CAP}]+)*:", intro):
            return True  # a fact box: "FAKTA: Så går omröstningen till"
        if not intro.endswith(":") or len(intro.split()) < 2:
            return False
        return self._colon_intro(i + 1) is None

    def _org_speaks(self, start: int, end: int) -> bool:
        """An organisation speaking in between ('skriver Ekstra Bladet')."""
        for m in self._between(self.speakers, start, end):
            if m.type == "ORG" and self.verbs.search(
                    self.text, max(start, m.start - 25), min(end, m.end + 25)):
                return True
        return False

    def _colon_intro(self, pi: int) -> Mention | None:
        """The paragraph before ends with a colon: 'Kasper Hjulmand sagde:', 'Her kom han med ein beskjed:'."""
        if pi == 0:
            return None
        prev = self.paras[pi - 1]
        stripped = self.text[prev.start:prev.end].rstrip()
        if prev.dash or not stripped.endswith(":"):
            return None
        colon = prev.start + len(stripped) - 1
        return self._colon_speaker(self._sentence_start(colon, prev.start), colon)

    def _speaking_paragraph(self, pi: int) -> Mention | None:
        """The paragraph before has someone speak: 'Det oplyser kommunikationschef Anne Holm.'"""
        if pi == 0 or self.paras[pi - 1].dash:
            return None
        return self._speaking(self.paras[pi - 1].start, self.paras[pi - 1].end)

    def _speaking(self, start: int, end: int) -> Mention | None:
        """The speaker of the first speech verb in a stretch of text without quotes."""
        text = self.text
        if any(ch in text[start:end] for ch in "«»“”„\""):
            return None
        for v in self.verbs.finditer(text, start, end):
            sent_start = self._sentence_start(v.start(), start)
            sent_start = max(sent_start, text.rfind(",", sent_start, v.start()) + 1)
            clause_end = self._clause_end(v.end(), end)
            subject = _WORD.findall(text[sent_start:v.start()])
            if subject and not (len(subject) == 1 and subject[0].lower() in _EXPLETIVES):
                speaker = self._subject_phrase(sent_start, v.start()) if len(subject) <= 6 else None
                if speaker is None and len(subject) > 2:  # "På frågan om … svarar generaldirektör X jakande."
                    speaker = self._subject_after(v.end(), clause_end)
            else:
                speaker = self._subject_after(v.end(), clause_end) or self._first_named(v.end(), clause_end)
            if speaker is not None and speaker is not _UNNAMED:
                return speaker
        return None

    def _next_paragraph(self, pi: int) -> Mention | None:
        """An opening quote whose speaker the next paragraph names: 'Så inledde statsminister X …'."""
        if pi + 1 >= len(self.paras) or self.last is not None:
            return None
        nxt = self.paras[pi + 1]
        if nxt.dash:
            return None
        end = self._clause_end(nxt.start, nxt.end)
        first = _WORD.match(self.text, nxt.start, end)
        if not self.verbs.search(self.text, nxt.start, end) and (first is None or first.group().lower() not in
                                                                 _EXPLETIVES):
            return None
        named = self._between(self.persons, nxt.start, min(end, nxt.start + 60))
        return named[0] if named and len(_WORD.findall(self.text[nxt.start:named[0].start])) <= 4 else None

    def _previous_person(self, pi: int) -> Mention | None:
        """A first-person dash quote after a paragraph about one person: that person."""
        if pi == 0 or self.paras[pi - 1].dash:
            return None
        prev = self.paras[pi - 1]
        p = self.paras[pi]
        if not self._first_person(p.start, p.end):
            return None
        named = self._between(self.named, prev.start, prev.end)
        if not named or len({m.id for m in named}) > 1:
            return None
        # the person is a subject: first in a sentence, after at most a title ("Hjulmand ville ikke svare på …")
        subject = any(len(_WORD.findall(self.text[self._sentence_start(m.start, prev.start):m.start])) <= 1
                      for m in named)
        return named[-1] if subject else None

    # -- names -------------------------------------------------------------------------------------------
    def _canonical(self, m: Mention) -> tuple[str, str]:
        key = f"{m.id}\t{m.text}\t{m.end}" if m.text == m.name + "s" else f"{m.id}\t{m.name}"
        if key not in self.canon_cache:
            self.canon_cache[key] = self._canonical_name(m)
        return self.canon_cache[key]

    def _canonical_name(self, m: Mention) -> tuple[str, str]:
        """(id, name) a speaker is reported under: a misspelt variant of a person the article also names
        ('Mette Fredriksen' beside 'Mette Frederiksen') takes the knowledge-base spelling; a name cut at an
        initial is completed ('Ola K' → 'Ola K. Nygaard'); a lone surname takes the full name the article
        gave; words glued to an unlinked name are dropped ('Stefan Lorenz der Nachrichtenagentur')."""
        if m.type != "PER" or m.id in self.known:
            return m.id, m.name
        tokens = m.name.split()
        if m.text == m.name + "s" and not m.text.endswith("ss"):
            follow = _WORD.match(self.text, m.end + 1) if self.text[m.end:m.end + 1] == " " else None
            if follow is None or follow.group().lower() in _TO_WORDS | _STOP_WORDS:
                tokens = m.text.split()  # "direktør Roland Meijer i et interview": not a genitive
        keep: list[str] = []
        for i, t in enumerate(tokens):
            if i > 0 and t[:1].islower() and not (t in _NAME_PARTICLES and i + 1 < len(tokens)
                                                  and tokens[i + 1][:1].isupper()
                                                  and (t not in ("der", "den") or keep[-1] in ("von", "van"))):
                break
            keep.append(t)
        kb = _kb()[3]
        while len(keep) >= 3 and kb is not None and not kb.is_given_name(keep[0]) and kb.is_given_name(keep[1]):
            keep.pop(0)  # "Suchhundeführerin Tamara Kramer"
        name = " ".join(keep) or m.name
        if len(keep) >= 2 and len(keep[-1]) == 1 and keep[-1].isupper():
            more = re.match(rf"\.\s+({_NAME_TOKEN})", self.text[m.end:m.end + 40])
            if more:
                name = f"{name}. {more.group(1)}"
        for other in self.person_ids:
            ot = other.name.split()
            if other.id == m.id or len(ot) < 2:
                continue
            if len(keep) == 1 and fold(ot[-1]) == fold(keep[0]):
                return other.id, other.name  # "Riisgaard" → "Klaus Riisgaard"
            if len(keep) >= 2 and other.id in self.known and fold(ot[0]) == fold(keep[0]) and \
                    jaro_winkler(fold(ot[-1]), fold(keep[-1])) >= 0.9:
                return other.id, other.name
        if len(keep) >= 2:  # a misspelt knowledge-base person ('Tamara Kramer')
            best = max(((jaro_winkler(sur, fold(keep[-1])), pid, pname) for sur, pid, pname
                        in _kb_persons().get(phonetic_key(keep[0]), [])), default=None)
            if best is not None and best[0] >= 0.92:
                return best[1], best[2]
        if len(keep) == 1:
            more = re.match(rf" ({_NAME_TOKEN})(?=[\s,.])", self.text[m.end:m.end + 40])
            if more and not more.group(1).endswith(".") and more.group(1).casefold() not in self.nonnames:
                name = f"{name} {more.group(1)}"
        if name != m.name:
            return "per:" + slug(phonetic_key(name)), name
        return m.id, m.name


_NOT_ROLES = {"igen", "igjen", "videre", "senere", "sedan", "siden", "sidan", "tidligere", "tidigare", "deretter",
              "derefter", "dessuten", "desuden", "sammen", "tillsammans", "allerede", "redan", "aldrig", "aldri",
              "nemlig", "nettopp", "netop", "egentlig", "egentligen", "likevel", "alligevel", "mandag", "tirsdag",
              "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndagen", "tisdagen", "onsdagen", "torsdagen",
              "fredagen", "lördagen", "söndagen", "mandagen", "tirsdagen", "lørdagen", "søndagen", "kvelden",
              "kvällen", "aftenen", "morgonen", "morgenen", "dagen", "natten", "efteråt", "etterpå", "bagefter",
              "eftermiddagen", "ettermiddagen", "mycket", "meget", "innen", "blandt", "utenfor", "udenfor",
              "utanför", "innledningsvis", "indledningsvis", "opprørt", "bestemt", "samtidig", "samtidigt"}

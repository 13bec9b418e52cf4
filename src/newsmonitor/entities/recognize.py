"""Entity recognition and linking: gazetteer matching with inflections and compounds, person-name rules.

For each article:

1. **Gazetteer**: known names (``kb.py``) are matched token by token, longest first, case-insensitively
   for names (the text must be capitalised) and exactly for abbreviations (``abbrev`` everywhere,
   ``abbrev_scoped`` only in its languages). The last token may carry an inflection (``Natos``,
   ``Rysslands``, ``Venäjällä``, ``EU:s``) and a name may start a compound (``Nato-toppmøtet`` → ``Nato``;
   ``Natoländernas`` → ``Nato`` for long enough names; an office title ``Natochefen`` → ``Nato``).
   A name that belongs to several entities (``Venstre``, ``TV 2``, ``Sozialdemokraten``) goes to the one
   whose country the article is about. An institution named after its building (``Buckingham Palace``)
   is the building after a locative preposition (``på Buckingham Palace``). Places inside noble titles
   (``Prince of Wales``, ``hertugen av York``) are not mentions.
2. **Person names** not in the knowledge base: a run of capitalised tokens that starts with a known given
   name, or follows a person title (``statsminister``, ``Außenministerin``) or a speech verb (``sier``),
   is a person. Names are linked to knowledge-base persons through transliteration-aware keys
   (``Selenskyj`` = ``Zelenskyy``); unknown people get an id from their key, so the same spelling variants
   meet across articles (see ``registry.PersonRegistry`` for merging across a batch).
3. **Back-references**: a later ``Stoltenberg`` or ``Støres`` resolves to the full name the article gave;
   a royal's first name (``prins William``, ``Camilla``) resolves to the royal when the article is about
   that royal house; party letters in parentheses after a name (``Kristersson (M)``, ``Støre (Ap)``) and
   lists of party letters (``M, KD och L``) are linked to their parties.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field
from operator import attrgetter

from newsmonitor.entities.kb import Alias, KBEntity, KnowledgeBase
from newsmonitor.entities.names import fold, jaro_winkler, phonetic_key, slug
from newsmonitor.model import Mention

_TOKEN = re.compile(r"\w+|[^\w\s]")
_GAP_TOKEN = re.compile(r"(\s*)(\w+|[^\w\s])")  # a token (as _TOKEN) and the whitespace before it
_SENT_END = {".", "!", "?", ":", "…", "•", "|", "–", "—", "\"", "»", "”", "“", "«", "„"}
_TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2}

# languages where a name can start a closed compound (Natoländer, Ukrainakriget, Russlandpolitik)
_COMPOUNDING = {"da", "sv", "nb", "nn", "de", "nl", "fi", "et", "is"}
# languages whose lang_only names are also tried (as one candidate among others) in each other's text
_SIBLINGS = {"da": {"nb", "nn", "sv"}, "nb": {"da", "nn", "sv"}, "nn": {"da", "nb", "sv"}, "sv": {"da", "nb", "nn"}}
# the country an article in a language is about when nothing else says so
_HOME = {"da": "loc:denmark", "sv": "loc:sweden", "nb": "loc:norway", "nn": "loc:norway", "de": "loc:germany",
         "fi": "loc:finland", "nl": "loc:netherlands", "en": "loc:united-kingdom", "is": "loc:iceland",
         "et": "loc:estonia", "pl": "loc:poland", "fr": "loc:france", "es": "loc:spain", "it": "loc:italy"}
_DEFAULT_SUFFIXES = {
    "da": ["s", "'s", "’s", "'"], "sv": ["s", ":s", "’s"], "nb": ["s", "'s", "’s", "'"],
    "nn": ["s", "'s", "’s", "'"], "de": ["s", "es", "'"], "en": ["'s", "’s", "'"], "nl": ["s", "'s"],
    "is": ["s", "ar", "ur"], "fi": ["n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi",
                                   "na", "nä", "an", "en", "in", "hin", "iin", "ta", "tä", "a", "ä", ":n"],
    "et": ["i", "s", "st", "sse", "l", "lt", "le", "ga", "ks", "ni", "na"],
}
# Finnish case endings tried on person names (Elisabetin, Victorialle, Putinille), longest first
_FI_NAME_SUFFIXES = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "ineen", "iin", "in",
                     "na", "nä", "ia", "iä", "n", "a", "ä")
# noble titles whose "of <place>" is part of the title, not a place mention (Prince of Wales, hertugen av York)
_NOBLE = {"prince", "princess", "duke", "duchess", "earl", "count", "countess", "baron", "lord", "marquess",
          "prins", "prinsen", "prinsesse", "prinsessen", "prinsessan", "prinz", "prinzessin", "hertug", "hertugen",
          "hertuginne", "hertuginnen", "hertuginde", "hertuginden", "hertig", "hertigen", "hertiginna",
          "hertiginnan", "herzog", "herzogin", "jarl", "jarlen", "greve", "greven", "grevinne", "grevinnan",
          "prinssi", "prinsessa", "herttua", "herttuatar"}
_NOBLE_OF = {"of", "av", "af", "von", "de", "van", "zu"}
# words that end an organisation named after a person (Niels Bohr Institutet, Karolinska Institutet)
_INSTITUTION_TAILS = {"institut", "institutet", "instituttet", "institute", "universitet", "universitetet",
                      "university", "universität", "yliopisto", "skole", "skolen", "skolan", "school",
                      "hospital", "hospitalet", "sygehus", "sjukhus", "sjukhuset", "sykehus", "klinikum",
                      "fonden", "stiftelsen", "stiftung", "foundation", "gymnasium", "akademi", "akademie",
                      "academy", "center", "centre", "centret", "senteret", "zentrum", "museum", "museet",
                      "prize", "prisen", "priset", "preis", "palkinto", "stadion", "stadium", "arena", "airport",
                      "lufthavn", "flygplats", "flughafen"}
# a royal title before a single given name (prins William, prinsesse Charlotte, Queen Camilla)
_ROYAL_CUES = {"prins", "prinsen", "prinsesse", "prinsessen", "prinsessan", "prinssi", "prinssit", "prinsessa",
               "prince", "princess", "prinz", "prinzessin", "prinses", "kong", "kongen", "kung", "kungen", "king",
               "könig", "kuningas", "koning", "dronning", "dronningen", "drottning", "drottningen", "queen",
               "königin", "kuningatar", "koningin", "kronprins", "kronprinsen", "kronprinsesse", "kronprinsessan",
               "kronprinz", "kronprinzessin", "kruununprinssi", "kruununprinsessa", "hertug", "hertuginne",
               "hertuginde", "hertiginnan", "hertigen", "duke", "duchess", "herzogin", "herzog", "herttuatar",
               "herttua"}
# single-token institutions named after their building become the building after these words
_LOCATIVE = {"i", "in", "på", "pa", "ved", "vid", "fra", "från", "frå", "til", "till", "aus", "nach", "im", "am",
             "vor", "bei", "beim", "zum", "à", "en", "a", "de", "from", "to", "at", "near", "outside", "inside",
             "nära", "nær", "utanför", "utenfor", "udenfor", "foran", "framför", "van", "naar", "te", "di", "da",
             "bij", "op", "voor", "ins", "vom", "zur", "into", "onto"}
_TITLE_WORDS = {"sir", "dame", "lord", "lady", "pope", "paven", "påven", "papst", "paavi", "paus", "pave"}
_ROYAL_OR_TITLE = _ROYAL_CUES | _TITLE_WORDS  # a first name token that is not part of the person's name
_ARTICLES = {"das", "der", "die", "the", "den", "det", "de", "la", "le", "les", "el", "il", "het", "een", "ein"}
# before a building, not a speaker ('uttalelsen fra Buckingham Palace' is the household speaking)
_AT_BUILDING_BY_LANG = {
    "da": {"i", "på", "ved", "til", "udenfor", "foran", "nær"},
    "nb": {"i", "på", "ved", "til", "utenfor", "foran", "nær"},
    "nn": {"i", "på", "ved", "til", "utanfor", "framfor", "nær"},
    "sv": {"i", "på", "vid", "till", "utanför", "framför", "nära"},
    "en": {"in", "at", "to", "into", "inside", "outside", "near"},
    "de": {"in", "im", "am", "vor", "bei", "beim", "zum", "ins"},
    "nl": {"in", "bij", "naar", "op"}, "fi": set()}
_AT_BUILDING = set().union(*_AT_BUILDING_BY_LANG.values())
# countries whose provinces are named '<capital> Province' / '<city> Oblast', and the words that say so
_PROVINCE_WORDS = ("provins", "provinsen", "provinsene", "provinserne", "provinserna", "provinz", "province",
                   "provinces", "provincie", "maakunta", "maakunnan", "maakunnassa", "maakunnasta", "provincia")
_OBLAST_WORDS = ("oblast", "oblasten", "oblastet", "oblastets", "oblastin", "oblastissa")
_PROVINCE_SUFFIX = {"loc:turkey": (" Province", _PROVINCE_WORDS), "loc:iran": (" Province", _PROVINCE_WORDS),
                    "loc:afghanistan": (" Province", _PROVINCE_WORDS), "loc:ukraine": (" Oblast", _OBLAST_WORDS),
                    "loc:russia": (" Oblast", _OBLAST_WORDS)}
_COMPASS = {  # longest first
    "de": ("Südost", "Südwest", "Nordost", "Nordwest", "Zentral", "Mittel", "Süd", "Nord", "Ost", "West"),
    "da": ("Sydøst", "Sydvest", "Nordøst", "Nordvest", "Midt", "Syd", "Nord", "Øst", "Vest"),
    "nb": ("Sørøst", "Sørvest", "Nordøst", "Nordvest", "Midt", "Sør", "Nord", "Øst", "Vest"),
    "nn": ("Søraust", "Sørvest", "Nordaust", "Nordvest", "Midt", "Sør", "Nord", "Aust", "Vest"),
    "sv": ("Sydöst", "Sydväst", "Nordöst", "Nordväst", "Mellan", "Syd", "Nord", "Öst", "Väst"),
    "nl": ("Zuidoost", "Zuidwest", "Noordoost", "Noordwest", "Midden", "Zuid", "Noord", "Oost", "West"),
}
_LIST_JOINERS = {",", "och", "og", "and", "und", "ja", "en", "eller", "or", "oder", "tai", "&", "+", "/"}
_PARTICLES_AFTER_VON = {"der", "den", "des", "dem", "het", "ten", "ter"}
_PARTICLES_NOT_IN = {"da": {"da"}, "nb": {"da"}, "nn": {"da"}, "sv": {"da"}}  # 'da' = 'when' there
_MEMO_SIZE = 50_000  # entries per recognizer memo table before it starts afresh (bounds memory on long runs)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    sent_start: bool  # first word of a sentence or paragraph
    line_start: bool = False  # first token after a line break


_START = attrgetter("start")  # a token's start, the key its list is sorted by


def tokenize(text: str) -> list[Token]:
    """Words and single punctuation marks (``_TOKEN``), with where a sentence or a line starts."""
    return _scan(text, ())[0]


def _scan(text: str, listed: Container[str]) -> tuple[list[Token], list[int]]:
    """The tokens of ``tokenize``, and the numbers of those a mention can start at: a word starting with a
    capital letter or a digit, or a token in ``listed`` (abbreviations written as listed).

    One ``findall`` gives each token with the whitespace before it (every character is whitespace, a word
    character or a mark, so the pieces tile the text): offsets add up, and a token starts a line when a line
    break lies in its whitespace.
    """
    tokens: list[Token] = []
    starts: list[int] = []
    append = tokens.append
    sent_start = True
    line_start = True  # the first token counts as starting a line
    end = 0
    for gap, word in _GAP_TOKEN.findall(text):
        start = end + len(gap)
        end = start + len(word)
        if "\n" in gap:
            line_start = sent_start = True
        first = word[0]
        if not first.islower() and (first.isupper() or first.isdigit()) or word in listed:
            starts.append(len(tokens))  # (a lower-case word is ruled out by its first test)
        append(Token(word, start, end, sent_start, line_start))
        line_start = False
        if first.isalnum():
            sent_start = False
        elif word in _SENT_END:
            sent_start = True
    return tokens, starts


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _alpha(word: str) -> bool:
    return word.isalpha()


Reading = tuple[Alias, str, bool]  # (alias, stripped inflection suffix, the alias applies in the language)
Noted = tuple[int, str, bool]  # a Reading as the memo keeps it: the alias by its number (Recognizer._number)


@dataclass(slots=True)
class _Memo:
    """Lookups that depend only on a word, for one language and one state of the knowledge base.

    It holds plain values only (strings, numbers, tuples of them; aliases by number): Python's garbage collector
    stops tracking those, whereas every kept tuple that held an Alias would lengthen each of its full passes.
    """

    # word → the one-word names among its readings (Recognizer._readings), in their order
    single: dict[str, tuple[Noted, ...]] = field(default_factory=dict)
    # word → the names of several words among its readings, by their second word (casefolded, or as written),
    # each group in their order; only for the words that start such a name
    multi: dict[str, dict[str, tuple[Noted, ...]]] = field(default_factory=dict)
    compounds: dict[str, tuple[str, int] | None] = field(default_factory=dict)  # word → Recognizer._find_compound
    surname_forms: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # Recognizer._surname_forms
    persons: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # (name, cue) → _link_person


@dataclass(slots=True)
class _Context:
    """Per-article bookkeeping between the passes."""

    alternatives: dict[int, list[str]]  # mention start → other candidate entity ids for the same name
    royal_cued: set[int]  # starts of single-name person mentions after a royal title
    capitalised: list[int] = field(default_factory=list)  # token numbers of words starting with a capital
    memo: _Memo = field(default_factory=_Memo)  # the recognizer's memo for the article's language


class Recognizer:
    """Finds and links the entity mentions of one article at a time.

    No state between articles but memos of lookups that depend only on a word (or a name) and the knowledge
    base, per language; they never change the output. They are dropped when the knowledge base changes through
    ``KnowledgeBase.add`` (``load_user_file``); a knowledge base changed in other ways needs a new recognizer.
    """

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.suffixes: dict[str, list[str]] = {}
        for lang, default in _DEFAULT_SUFFIXES.items():
            rules = kb.inflections.get(lang, {}) if isinstance(kb.inflections, dict) else {}
            found: list[str] = []
            for key in ("genitive", "case_suffixes", "suffixes"):
                value = rules.get(key) if isinstance(rules, dict) else None
                if isinstance(value, list):
                    found.extend(str(v) for v in value if str(v))
            merged = sorted(set(found) | set(default), key=len, reverse=True)
            self.suffixes[lang] = merged
        # derived once (looked up per token): every language's inflection suffixes as a set and by their last
        # character, and those a word can be stripped of (no clitic mark) by their last character, in list order
        self._suffix_sets: dict[str, frozenset[str]] = {}
        self._stem_suffixes: dict[str, dict[str, tuple[str, ...]]] = {}
        for lang in self.suffixes:
            self._suffix_sets[lang], self._stem_suffixes[lang] = self._suffix_index(self._suffix_list(lang))
        self._suffix_set_default, self._stem_default = self._suffix_index(self.suffixes["da"])
        self._suffix_by_last: dict[str, dict[str, tuple[str, ...]]] = {
            lang: self._by_last(self._suffix_list(lang)) for lang in self.suffixes}
        self._suffix_by_last_default = self._by_last(self.suffixes["da"])
        # per language, lookups that depend only on a word and the knowledge base: dropped when the knowledge base
        # changes (KnowledgeBase.generation), and each table when it grows past _MEMO_SIZE entries
        self._memos: dict[str | None, _Memo] = {}
        self._memo_generation = kb.generation
        self._aliases: list[Alias] = []  # the aliases memos refer to, by number
        self._alias_numbers: dict[int, int] = {}  # id(alias) → its number (the alias is kept in _aliases)

    def _memo(self, lang: str | None) -> _Memo:
        """The memo for a language, for the knowledge base as it is now."""
        if self._memo_generation != self.kb.generation:
            self._memos.clear()
            self._aliases.clear()
            self._alias_numbers.clear()
            self._memo_generation = self.kb.generation
        memo = self._memos.get(lang)
        if memo is None:
            memo = self._memos[lang] = _Memo()
        return memo

    def _suffix_list(self, lang: str | None) -> list[str]:
        """The inflection suffixes tried for a language (Danish ones for a language without its own)."""
        return self.suffixes.get(lang or "", []) or self.suffixes["da"]

    @staticmethod
    def _suffix_index(suffixes: list[str]) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
        """(all suffixes, strippable suffixes by last character in list order) for one language's list."""
        return frozenset(suffixes), Recognizer._by_last([s for s in suffixes if s[0] not in ":'’"])

    @staticmethod
    def _by_last(suffixes: list[str]) -> dict[str, tuple[str, ...]]:
        """Suffixes by their last character, in list order (a word can only end with those of its last one)."""
        by_last: dict[str, list[str]] = {}
        for suffix in suffixes:
            by_last.setdefault(suffix[-1], []).append(suffix)
        return {last: tuple(forms) for last, forms in by_last.items()}

    # -- public ---------------------------------------------------------------------------------
    def __call__(self, text: str, lang: str | None) -> list[Mention]:
        # a mention starts at a capitalised word, a number or an abbreviation written as listed
        tokens, starts = _scan(text, self.kb.by_first_exact)
        ctx = _Context({}, set(), memo=self._memo(lang))
        mentions: list[Mention] = []
        ctx.capitalised = [k for k in starts if tokens[k].text[:1].isupper()]
        i = 0
        for k in starts:
            if k < i:
                continue  # inside the mention found before
            i = k
            found = self._match_alias(tokens, i, text, lang, ctx)
            person = self._match_person(tokens, i, text, lang, ctx)
            if person and (not found or (person[0] > found[0] and found[1].type != "PER") or
                           (person[0] == found[0] and self.kb.entities[found[1].id].type != "PER"
                            and self._strong_person(tokens, i, lang))):
                end, mention = person
                ctx.alternatives.pop(mention.start, None)
                mentions.append(mention)
                i = end
            elif found:
                end, mention = found
                mentions.append(mention)
                i = end
            else:
                i += 1
        self._resolve_by_country(tokens, lang, mentions, ctx)
        self._provinces(tokens, mentions)
        self._resolve_royals(tokens, text, lang, mentions, ctx)
        self._resolve_surnames(tokens, text, lang, mentions, ctx)
        self._party_letters(tokens, text, lang, mentions, ctx)
        self._signatures(text, lang, mentions)
        mentions.sort(key=_START)
        if mentions and mentions[-1].type == "PER" and not text[mentions[-1].end:].strip() and \
                len(mentions[-1].text.split()[-1]) <= 2 and len(mentions[-1].text.split()) > 1 and \
                not _ROMAN.match(mentions[-1].text.split()[-1]):
            mentions.pop()  # 'Hans Ma' cut off by the end of the excerpt: a fragment, not a name
        return mentions

    # -- gazetteer ------------------------------------------------------------------------------
    def _candidates(self, word: str, lang: str | None) -> list[tuple[str, str]]:
        """(lookup key, suffix) pairs for a token: itself, minus an inflection suffix, compound prefixes."""
        out = [(word, "")]
        low = word.casefold()
        for suffix in self._stem_suffixes.get(lang or "", self._stem_default).get(low[-1:], ()):
            if len(low) > len(suffix) + 1 and low.endswith(suffix):
                out.append((word[: -len(suffix)], suffix))
        return out

    def _lookup(self, key: str) -> list[Alias]:
        exact = self.kb.by_first_exact.get(key, [])
        folded = self.kb.by_first.get(key.casefold(), [])
        return exact + folded if exact else folded

    def _readings(self, word: str, lang: str | None) -> list[Reading]:
        """The listed names a token can start, in the order they are tried: (alias, stripped inflection suffix,
        whether the alias applies in the language; else it is a sibling language's reading).

        A name of several words must start with the token itself (an inflected first word cannot continue
        one); whether the following tokens continue it is for ``_match_rest``.
        """
        found: list[Reading] = []
        by_first, by_first_exact = self.kb.by_first, self.kb.by_first_exact
        siblings = _SIBLINGS.get(lang or "")
        for key, suffix in self._candidates(word, lang):
            exact = by_first_exact.get(key)
            folded = by_first.get(key.casefold())
            if not exact and not folded:
                continue  # (most keys)
            for alias in exact + folded if exact and folded else exact or folded:  # as _lookup
                if len(alias.tokens) > 1 and suffix:
                    continue  # an inflected first token cannot continue a multi-word name
                if alias.case_sensitive and key != alias.tokens[0]:
                    continue
                applies = not alias.restricted or (
                    lang is not None and alias.langs is not None and lang in alias.langs)  # as _applies
                # else a name listed for a sibling language (not an abbreviation) is a reading too
                if applies or (siblings and alias.restricted and alias.langs and not alias.case_sensitive
                               and alias.langs & siblings):
                    found.append((alias, suffix, applies))
        return found

    def _number(self, alias: Alias) -> int:
        """The alias's number in ``_aliases`` (given on first use)."""
        number = self._alias_numbers.get(id(alias))
        if number is None:
            number = self._alias_numbers[id(alias)] = len(self._aliases)
            self._aliases.append(alias)
        return number

    def _noted(self, readings: list[Reading]) -> tuple[Noted, ...]:
        return tuple([(self._number(alias), suffix, applies) for alias, suffix, applies in readings])

    def _memoise_readings(self, word: str, lang: str | None, memo: _Memo) -> tuple[Noted, ...]:
        """Put a word's readings in ``memo`` (``lang``'s); returns the one-word ones."""
        if len(memo.single) >= _MEMO_SIZE:
            memo.single.clear()
            memo.multi.clear()
        single: list[Noted] = []
        by_second: dict[str, list[Noted]] = {}
        for alias, suffix, applies in self._readings(word, lang):
            noted = (self._number(alias), suffix, applies)
            if len(alias.tokens) == 1:
                single.append(noted)
            else:
                by_second.setdefault(alias.tokens[1], []).append(noted)
        if by_second:
            memo.multi[word] = {second: tuple(group) for second, group in by_second.items()}
        found = memo.single[word] = tuple(single)  # (most words: the empty tuple, which is shared)
        return found

    def _tried(self, word: str, single: tuple[Noted, ...], by_second: dict[str, tuple[Noted, ...]],
               nxt: str, lang: str | None) -> tuple[Noted, ...]:
        """The readings of ``word`` worth trying when ``nxt`` is the next token: every one-word name, and the
        names of several words whose second word the token can be (``_match_rest`` rejects all others).

        Only the order among names of one length matters (it decides between names ending at the same token),
        and each choice below keeps it.
        """
        # the token is a second word as written or casefolded, or a last word plus an inflection suffix
        by_last = self._suffix_by_last.get(lang or "", self._suffix_by_last_default)
        seconds: list[str] = []
        folded = nxt.casefold()
        for got in (nxt,) if folded == nxt else (nxt, folded):
            if got in by_second and got not in seconds:
                seconds.append(got)
            for suffix in by_last.get(got[-1:], ()):
                if got.endswith(suffix):
                    stem = got[: -len(suffix)]
                    if stem in by_second and stem not in seconds:
                        seconds.append(stem)
        if not seconds:
            return single
        if len(seconds) == 1:
            return by_second[seconds[0]] + single
        return self._noted(self._readings(word, lang))  # (rare) several second words: all, in their order

    def _match_alias(self, tokens: list[Token], i: int, text: str, lang: str | None,
                     ctx: _Context) -> tuple[int, Mention] | None:
        entities = self.kb.entities
        tok = tokens[i]
        first = tok.text
        memo = ctx.memo
        single = memo.single.get(first)
        if single is None:
            single = self._memoise_readings(first, lang, memo)
        by_second = memo.multi.get(first)
        if by_second is not None and i + 1 < len(tokens):
            tried = self._tried(first, single, by_second, tokens[i + 1].text, lang)
        else:
            tried = single  # no name of several words can start here
        best: tuple[int, int, Alias, str] | None = None  # (end token, end char, alias, suffix)
        others: list[tuple[int, Alias]] = []  # (end token, alias) of every applicable reading
        aliases = self._aliases
        for number, suffix, applies in tried:
            alias = aliases[number]
            if len(alias.tokens) == 1:
                end_tok, end_char = i + 1, tok.end
            else:
                matched = self._match_rest(tokens, i, alias, lang)
                if matched is None:
                    continue
                end_tok, end_char = matched
            others.append((end_tok, alias))
            if not applies:
                continue  # a sibling language's reading only competes with a native one
            if best is None or end_tok > best[0] or (end_tok == best[0] and not suffix and best[3]):
                best = (end_tok, end_char, alias, suffix)
        if best is None:
            compounds = memo.compounds
            compound = compounds[first] if first in compounds else self._match_compound(tok, lang, memo)
            if compound is None:
                return None
            entity_id, prefix_len = compound
            entity = entities[entity_id]
            return i + 1, Mention(first[:prefix_len], entity.type, entity.id, entity.name, tok.start,
                                  tok.start + prefix_len)
        end_tok, end_char, alias, _suffix = best
        if alias.ambiguous and not self._ambiguous_ok(tokens, i, lang):
            # an ambiguous place (Chelsea, the district) gives way to another reading of the name (Chelsea F.C.)
            other = next((a for e, a in others if e == end_tok and not a.ambiguous and self._applies(a, lang)
                          and entities[a.entity_id].type == "ORG"), None)
            if other is None:
                return None
            alias = other
        entity = entities[alias.entity_id]
        one_word = len(alias.tokens) == 1
        if entity.type == "PER" and tok.sent_start and one_word and not _capitalised(first):
            return None
        if entity.type == "LOC" and self._in_noble_title(tokens, i):
            return None
        if entity.type != "PER" and tok.sent_start and one_word and not alias.case_sensitive \
                and entity.kind == "royal_house" and first[1:].islower():
            return None  # 'Kongehuset …' at a sentence start is the generic word
        if end_char < len(text) and text[end_char] in ":'’":  # (else nothing to extend over)
            end_char = self._extend_clitic(text, end_char, lang)
        if entity.site and i > 0 and tokens[i - 1].text.casefold() in _AT_BUILDING_BY_LANG.get(
                lang or "", _AT_BUILDING) and any(
                a.entity_id == entity.site and a.tokens == alias.tokens for a in self._lookup(alias.tokens[0])):
            entity = entities[entity.site]  # 'på Buckingham Palace', 'i Rosenbad': the building
        start = tok.start
        if entity.type == "PER" and not one_word and alias.tokens[0] in _ROYAL_OR_TITLE:
            start = tokens[i + 1].start  # 'Dronning Margrethe' → 'Margrethe': the title is not part of the name
        if len(others) > 1 or others[0][1].entity_id != entity.id:  # (else no other reading to remember)
            place_ok = self._ambiguous_ok(tokens, i, lang)
            alternatives = list(dict.fromkeys(
                a.entity_id for e, a in others if e == end_tok and a.entity_id != entity.id
                and (place_ok or not a.ambiguous)
                and (entities[a.entity_id].type == entity.type or "PER" not in (
                    entity.type, entities[a.entity_id].type))))
            if alternatives:
                ctx.alternatives[start] = [entity.id, *alternatives]
        return end_tok, Mention(text[start:end_char], entity.type, entity.id, entity.name, start, end_char)

    def _match_rest(self, tokens: list[Token], i: int, alias: Alias, lang: str | None) -> tuple[int, int] | None:
        """(end token, end char) when the tokens after i continue the multi-word alias, else None."""
        words = alias.tokens
        last = len(words) - 1
        n = len(tokens)
        shape = alias.shape if words[0] in _ARTICLES else ()
        j = i + 1
        for k in range(1, last + 1):
            if j >= n:
                return None
            tok = tokens[j]
            raw = tok.text
            got = raw if alias.case_sensitive else raw.casefold()
            want = words[k]
            if got != want:
                if not (k == last and got.startswith(want) and self._is_suffix(got[len(want):], lang)):
                    return None
            if k < len(shape) and shape[k] and raw[:1].islower():
                return None  # 'Das erste Gruppenspiel' is not the broadcaster 'Das Erste'
            if tok.start - tokens[j - 1].end > 1:  # names do not span line breaks or gaps
                return None
            j += 1
        return j, tokens[j - 1].end

    def _is_suffix(self, rest: str, lang: str | None) -> bool:
        return rest in self._suffix_sets.get(lang or "", self._suffix_set_default)

    def _applies(self, alias: Alias, lang: str | None) -> bool:
        return not alias.restricted or (lang is not None and alias.langs is not None and lang in alias.langs)

    def _in_noble_title(self, tokens: list[Token], i: int) -> bool:
        """'Prince of Wales', 'hertugen av York', 'the Duke of Sussex': the place is part of a title."""
        if i < 2 or tokens[i - 1].text.casefold() not in _NOBLE_OF:
            return False
        return tokens[i - 2].text.casefold() in _NOBLE

    def _match_compound(self, tok: Token, lang: str | None, memo: _Memo) -> tuple[str, int] | None:
        """A closed compound whose first part is a well-known name: Natoländernas → Nato; Natochefen → Nato.

        Kept in ``memo`` (``lang``'s), where callers look first."""
        word = tok.text
        if len(memo.compounds) >= _MEMO_SIZE:
            memo.compounds.clear()
        found = memo.compounds[word] = self._find_compound(word, lang)
        return found

    def _find_compound(self, word: str, lang: str | None) -> tuple[str, int] | None:
        if not word[:1].isupper() or not word.isalpha():  # (as _capitalised, _alpha)
            return None
        low = word.casefold()
        role = self.kb.role_compounds.get(low)
        if role is not None and role[0] in self.kb.entities:
            return role
        compass = self._compass_compound(word, lang)
        if compass is not None:
            return compass
        if lang not in _COMPOUNDING or len(word) < 7:
            return None
        # casefolding is letter by letter and never drops a letter: when no letter folds to several, the
        # casefolded head is the head of the casefolded word
        one_to_one = len(low) == len(word)
        by_first = self.kb.by_first
        for cut in range(len(word) - 3, 3, -1):
            tail = word[cut:]
            if not tail.islower():
                continue
            aliases = by_first.get(low[:cut]) if one_to_one else by_first.get(word[:cut].casefold())
            if not aliases:
                continue
            head = word[:cut]
            for alias in aliases:
                entity = self.kb.entities[alias.entity_id]
                if len(alias.tokens) == 1 and not alias.ambiguous and self._applies(alias, lang) and (
                        alias.langs is None or lang in alias.langs) and (
                        entity.kind in ("country", "region", "international", "territory", "parliament", "landmark")
                        or entity.population >= 500_000):
                    if any(word[:k].casefold() in self.kb.adjectives for k in range(cut, len(word) + 1)):
                        return None  # Amerikanskt, Russlanddeutsche: a demonym, not a compound of the name
                    if tail.startswith(_DERIVATION_TAILS):
                        return None  # Londense, Kriminalität: a derived word, not a compound
                    if head.endswith("s") and any(a.entity_id == alias.entity_id for a in
                                                  self.kb.by_first.get(head[:-1].casefold(), [])):
                        cut -= 1  # Reichstagswahl → Reichstag: the linking s is not part of the name
                    return alias.entity_id, cut
        return None

    def _compass_compound(self, word: str, lang: str | None) -> tuple[str, int] | None:
        """'Südosttürkei', 'Østukraine', 'Nordsyrien': a compass prefix closed onto a country or region name is
        one mention of that place covering the whole word."""
        prefixes = _COMPASS.get(lang or "", ())
        if not word.startswith(prefixes):
            return None  # (most words)
        for prefix in prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4 and word[len(prefix)].islower():
                rest = word[len(prefix)].upper() + word[len(prefix) + 1:]
                for key, _suffix in self._candidates(rest, lang):
                    for alias in self.kb.by_first.get(key.casefold(), []):
                        entity = self.kb.entities[alias.entity_id]
                        if len(alias.tokens) == 1 and self._applies(alias, lang) and \
                                entity.kind in ("country", "territory", "region"):
                            return entity.id, len(word)
                break
        return None

    def _extend_clitic(self, text: str, end: int, lang: str | None) -> int:
        """Extend a match over an attached ':s', "'s", ':n', ':ssa' inflection (EU:s, Russia's, YK:n), and over a
        bare genitive apostrophe after a sibilant (Hersh’ vinkling, Paris' gader)."""
        if end < len(text) and text[end] in "'’" and text[end - 1:end] in ("s", "x", "z", "h") and (
                end + 1 == len(text) or not text[end + 1].isalnum()):
            return end + 1
        if end < len(text) and text[end] in ":'’":
            m = re.match(r"[:'’](\w{1,4})\b", text[end:end + 6])
            if m and (text[end] + m.group(1) in self.suffixes.get(lang or "", []) or
                      (text[end] == ":" and lang in ("sv", "fi")) or
                      (text[end] in "'’" and m.group(1) == "s")):
                return end + len(m.group())
        return end

    def _ambiguous_ok(self, tokens: list[Token], i: int, lang: str | None) -> bool:
        """An ambiguous place name counts after a locative preposition (in, i, på, aus, à …)."""
        if i == 0:
            return False
        return tokens[i - 1].text.casefold() in _LOCATIVE

    # -- persons --------------------------------------------------------------------------------
    def _strong_person(self, tokens: list[Token], i: int, lang: str | None) -> bool:
        return self.kb.is_given_name(tokens[i].text, strict=True)

    def _match_person(self, tokens: list[Token], i: int, text: str, lang: str | None,
                      ctx: _Context) -> tuple[int, Mention] | None:
        tok = tokens[i]
        word = tok.text
        if not word.isalpha():
            return None
        if word.isupper():
            if len(word) > 2:
                return self._caps_person(tokens, i, text, lang)
            if len(word) > 1:
                return None
        elif not word[0].isupper():  # (as _capitalised: a token is never empty)
            return None
        kb = self.kb
        cue = ""
        speech = False
        if i > 0 and tokens[i - 1].end + 1 >= tok.start and not tok.line_start:  # (else neither can cue it)
            prev = tokens[i - 1].text.casefold()  # a cue word must be listed as one (tested before the rules)
            if prev in kb.person_cues or prev in kb.role_words:
                cue = self._cue(tokens, i, lang)
            speech = not cue and lang != "de" and prev in kb.speech_cues and self._is_speech_cue(tokens, i, lang) \
                and word.casefold() not in kb.person_cues and word.casefold() not in kb.role_words
        kind = kb.given_name_kind(word, lang)  # as is_given_name_in: strict, or not strict after a sentence start
        given = kind == 2 or (kind == 1 and not tok.sent_start)
        if not (given or cue or speech):
            return None  # (the most common way out, so tested before the checks below)
        if kb.is_nonname(word, lang) or self._in_noble_title(tokens, i):
            return None
        # collect the run: capitalised words, hyphenated parts, particles, regnal numerals
        parts = [i]
        j = i + 1
        while j < len(tokens) and len(parts) < 5:
            t = tokens[j]
            gap = t.start - tokens[j - 1].end
            if gap > 1 or t.line_start:  # (a line break in the gap)
                break
            if t.text == "-" and gap == 0 and j + 1 < len(tokens) and tokens[j + 1].start == t.end and \
                    _capitalised(tokens[j + 1].text):
                parts += [j, j + 1]
                j += 2
                continue
            if t.text in self.kb.particles and self._is_particle(tokens, j, lang) and (
                    tokens[j - 1].text in self.kb.particles or all(
                    self.kb.is_given_name(tokens[k].text) for k in parts if tokens[k].text != "-")):
                parts.append(j)
                j += 1
                continue
            if _capitalised(t.text) and _alpha(t.text) and not self.kb.is_nonname(t.text, lang) \
                    and not t.sent_start and not (t.text.isupper() and len(t.text) > 3 and not _ROMAN.match(t.text)):
                if not self._is_known_surname(t.text) and (self._is_place_or_org(t.text, lang) or any(
                        self._is_place_or_org(key, lang) for key, suffix in self._candidates(t.text, lang)
                        if suffix and len(key) > 3)) and not (
                        len(parts) == 1 and self._town(t.text) and
                        self.kb.is_given_name_in(tok.text, lang, strict=True)):
                    break  # 'Erdoğanin Ankarassa': the run stops at a (possibly inflected) place; 'Björn Lund' goes on
                parts.append(j)
                j += 1
                continue
            break
        while parts and tokens[parts[-1]].text.casefold() in self.kb.particles:
            parts.pop()
        name_tokens = [tokens[k] for k in parts if tokens[k].text != "-" and
                       tokens[k].text.casefold() not in self.kb.particles]
        if not name_tokens:
            return None  # only particles ('Ben' at a line end): no name
        if name_tokens and name_tokens[-1].text.casefold() in _INSTITUTION_TAILS:
            return None  # Niels Bohr Institutet: an institution named after a person
        if len(name_tokens) < 2 and not cue:
            return None
        if speech and not given and (len(name_tokens) != 2 or self._is_place_or_org(tok.text, lang) or
                                     self._is_place_or_org(_strip_genitive(tok.text, lang), lang)):
            return None  # 'sier Oslo Sporveier', 'said Prime Minister Keir Starmer': not a two-word name
        if len(name_tokens) == 1 and (self._is_place_or_org(tok.text, lang) or tok.sent_start and not cue):
            return None
        start, end = tokens[parts[0]].start, tokens[parts[-1]].end
        surface = " ".join(tokens[k].text for k in parts).replace(" - ", "-")
        entity_id, name = self._link_person(surface, lang, cue)
        if lang == "fi" and entity_id not in self.kb.entities and parts[-1] + 1 < len(tokens) and \
                tokens[parts[-1] + 1].text.casefold() in _FI_GENITIVE_POSTPOSITIONS:
            base = _fi_genitive_base(surface)  # 'Lukas Brennerin mukaan' is Lukas Brenner
            if base != surface:
                entity_id, name = self._link_person(base, lang, cue)
        if len(name_tokens) == 1 and cue in _ROYAL_CUES:
            ctx.royal_cued.add(start)
        return parts[-1] + 1, Mention(text[start:end], "PER", entity_id, name, start, end)

    def _caps_person(self, tokens: list[Token], i: int, text: str, lang: str | None) -> tuple[int, Mention] | None:
        """A name in capitals, as in photo credits ('Foto: TOBY MELVILLE / Reuters'): a given name and a surname,
        not inside a line of capitals (a headline)."""
        if i + 1 >= len(tokens) or not self.kb.is_given_name(tokens[i].text.title(), strict=True):
            return None
        j = i + 1
        while j < len(tokens) and j - i <= 3 and tokens[j].text.isupper() and _alpha(tokens[j].text) and \
                len(tokens[j].text) > 1 and tokens[j].start == tokens[j - 1].end + 1:
            j += 1
        if j == i + 1 or any(t.text in self.kb.by_first_exact for t in tokens[i:j]):
            return None
        line_start = text.rfind("\n", 0, tokens[i].start) + 1
        line_end = text.find("\n", tokens[j - 1].end)
        others = [w for w in _TOKEN.findall(text[line_start:tokens[i].start] + " " +
                                            text[tokens[j - 1].end:None if line_end < 0 else line_end])
                  if w.isalpha() and len(w) > 1]
        if others and sum(w.isupper() for w in others) * 2 >= len(others):
            return None  # a headline in capitals, not a credit
        surface = " ".join(t.text.title() for t in tokens[i:j])
        entity_id, name = self._link_person(surface, lang)
        end = tokens[j - 1].end
        return j, Mention(text[tokens[i].start:end], "PER", entity_id, name, tokens[i].start, end)

    def _is_particle(self, tokens: list[Token], j: int, lang: str | None) -> bool:
        """A lower-case name particle inside a name: von der Leyen, van Gaal, bin Salman (not 'Lorenz der Agentur')."""
        word = tokens[j].text
        if word not in self.kb.particles or j + 1 >= len(tokens):
            return False
        nxt = tokens[j + 1].text
        if not _capitalised(nxt) and not (nxt in _PARTICLES_AFTER_VON and word in ("von", "van") and
                                          j + 2 < len(tokens) and _capitalised(tokens[j + 2].text)):
            return False
        if word in _PARTICLES_NOT_IN.get(lang or "", ()):
            return word in _PARTICLES_AFTER_VON and tokens[j - 1].text in ("von", "van")
        if word in _PARTICLES_AFTER_VON:
            return tokens[j - 1].text in ("von", "van", "Van", "Von")
        return True

    def _cue(self, tokens: list[Token], i: int, lang: str | None) -> str:
        """The person title directly before token i ('statsminister', 'Nato-sjef', 'prins'), or ''."""
        prev = tokens[i - 1]
        if prev.end + 1 < tokens[i].start or tokens[i].line_start:
            return ""
        word = prev.text.casefold()
        if not self._cue_applies(word, lang):
            return ""
        if _capitalised(prev.text) and not prev.sent_start and i >= 2 and _capitalised(tokens[i - 2].text) \
                and tokens[i - 2].end + 1 >= prev.start and any(
                len(a.tokens) == 2 and a.tokens[1] == word for a in self._lookup(tokens[i - 2].text)):
            return ""  # 'Hong Kong Airlines': the cue word is part of a known name
        if i >= 2 and tokens[i - 2].text == "-" and tokens[i - 2].end == prev.start:
            return word  # Nato-sjef Jens Stoltenberg / EU-kommissær: a cue ending a hyphenated compound
        return word

    def _cue_applies(self, word: str, lang: str | None) -> bool:
        langs = self.kb.person_cues.get(word)
        if langs and (lang is None or lang in langs or "*" in langs):
            return True
        roles = self.kb.role_words.get(word)
        return bool(roles and (lang is None or lang in roles))

    def _is_speech_cue(self, tokens: list[Token], i: int, lang: str | None) -> bool:
        prev = tokens[i - 1]
        if prev.end + 1 < tokens[i].start or tokens[i].line_start:
            return False
        langs = self.kb.speech_cues.get(prev.text.casefold())
        return bool(langs and (lang is None or lang in langs))

    def _is_place_or_org(self, word: str, lang: str | None) -> bool:
        for alias in self._lookup(word):
            if len(alias.tokens) == 1 and self.kb.entities[alias.entity_id].type != "PER":
                return True
        return False

    def _town(self, word: str) -> bool:
        """A small town's name, which is also a common surname after a given name (Björn Lund, Karin Berg)."""
        aliases = [a for a in self._lookup(word) if len(a.tokens) == 1]
        return bool(aliases) and all(self.kb.entities[a.entity_id].kind == "city" and
                                     self.kb.entities[a.entity_id].population < 200_000 for a in aliases)

    def _is_known_surname(self, word: str) -> bool:
        return phonetic_key(word) in self.kb.surname_keys

    def _link_person(self, surface: str, lang: str | None, cue: str = "") -> tuple[str, str]:
        """Knowledge-base person for a name as written, else an id from its phonetic key: (id, name).

        Memoised per language (``_find_person`` depends only on its arguments and the knowledge base)."""
        persons = self._memo(lang).persons
        found = persons.get((surface, cue))
        if found is None:
            if len(persons) >= _MEMO_SIZE:
                persons.clear()
            found = persons[surface, cue] = self._find_person(surface, lang, cue)
        return found

    def _find_person(self, surface: str, lang: str | None, cue: str) -> tuple[str, str]:
        stripped = _strip_genitive(surface, lang)
        if stripped != surface and (self._known_person(surface) or self.kb.is_given_name(surface.split()[-1])):
            stripped = surface  # Charles, Jens: not a genitive
        surface = stripped
        if cue:  # 'prins William' as a knowledge-base form
            hit = self._kb_person_form(f"{cue} {surface}")
            if hit is not None:
                return hit
        hit = self._kb_person_form(surface)
        if hit is not None:
            return hit
        key = phonetic_key(surface)
        ids = self.kb.person_keys.get(key)
        if ids:
            return ids[0], self.kb.entities[ids[0]].name
        if lang == "fi":
            for base in _fi_bases(surface):
                ids = self.kb.person_keys.get(phonetic_key(base))
                if ids:
                    return ids[0], self.kb.entities[ids[0]].name
        tokens = key.split()
        if len(tokens) == 1 and cue:  # 'Bundeskanzler Scholz', 'statsminister Frederiksen'
            hit = self._titled_surname(surface, tokens[0], cue)
            if hit is not None:
                return hit.id, hit.name
        if len(tokens) >= 2:
            for candidate in self.kb.surname_keys.get(tokens[-1], []):
                entity = self.kb.entities[candidate]
                first = phonetic_key(entity.name).split()[0]
                if len(first) > 2 and jaro_winkler(first, tokens[0]) >= 0.85:
                    return entity.id, entity.name
        return "per:" + (slug(key) or slug(surface)), surface

    def _titled_surname(self, surface: str, key: str, cue: str) -> KBEntity | None:
        """A knowledge-base person for a surname after a title: the only one with that surname, or the only one
        who held an office with that title (Frederiksen after 'statsminister' is Mette, not Mads)."""
        ids = [i for i in self.kb.surname_keys.get(key, []) if fold(surface) in
               {fold(s) for s in (*self.kb.entities[i].surnames, self.kb.entities[i].name.split()[-1])}]
        if len(ids) == 1 and not self.kb.entities[ids[0]].common_surname:
            return self.kb.entities[ids[0]]
        holders = self.kb.role_holders.get(cue, set())
        titled = [i for i in ids if i in holders]
        return self.kb.entities[titled[0]] if len(titled) == 1 else None

    def _kb_person_form(self, form: str) -> tuple[str, str] | None:
        words = tuple(t.casefold() for t in _TOKEN.findall(form))
        for alias in self.kb.by_first.get(words[0], []) if words else []:
            if alias.tokens == words:
                entity = self.kb.entities[alias.entity_id]
                if entity.type == "PER":
                    return entity.id, entity.name
        return None

    def _known_person(self, surface: str) -> bool:
        return phonetic_key(surface) in self.kb.person_keys

    # -- context passes -------------------------------------------------------------------------
    def _country_weights(self, tokens: list[Token], lang: str | None, mentions: list[Mention]) -> Counter[str]:
        weights: Counter[str] = Counter()
        for m in mentions:
            entity = self.kb.entities.get(m.id)
            if entity is None:
                continue
            if entity.type == "LOC" and entity.kind in ("country", "territory"):
                weights[entity.id] += 2
            elif entity.country:
                weights[entity.country] += 1
        adjectives = self.kb.adjectives
        for tok in tokens:
            if tok.text[0].isalpha():
                countries = adjectives.get(tok.text.casefold())
                if countries:  # the first country a demonym is listed for
                    entity_id, _lang = countries[0]
                    weights[entity_id] += 1
        return weights

    def _resolve_by_country(self, tokens: list[Token], lang: str | None, mentions: list[Mention],
                            ctx: _Context) -> None:
        """A name shared by several entities (Venstre, TV 2) goes to the one of the country the article is about."""
        if not ctx.alternatives:
            return
        shared: list[tuple[int, Mention, list[str]]] = []  # (number, mention, candidates) of the names to settle
        for k, m in enumerate(mentions):
            candidates = ctx.alternatives.get(m.start)
            if candidates and candidates[0] == m.id and "ORG" in {self.kb.entities[c].type for c in candidates}:
                shared.append((k, m, candidates))
        if not shared:
            return  # (the article's country is not needed)
        weights = self._country_weights(tokens, lang, mentions)
        home = _HOME.get(lang or "")
        for k, m, candidates in shared:

            def score(entity_id: str, rank: int) -> tuple[int, int, int]:
                country = self.kb.entities[entity_id].country
                return (weights.get(country, 0) if country else 0, int(country == home), -rank)

            best = max(enumerate(candidates), key=lambda c: score(c[1], c[0]))[1]
            if best != m.id:
                entity = self.kb.entities[best]  # may change the type: 'Reichstag' (Riksdag / the building)
                mentions[k] = Mention(m.text, entity.type, entity.id, entity.name, m.start, m.end)

    def _provinces(self, tokens: list[Token], mentions: list[Mention]) -> None:
        """'Provinz Kahramanmaras', 'naboprovinsene Malatya og Diyarbakir', 'Kherson oblast': the province, not the
        city; later bare mentions of that name in the article follow (the annotators' convention)."""
        marked: set[str] = set()
        previous_province: Mention | None = None
        for k, m in enumerate(mentions):
            entity = self.kb.entities.get(m.id)
            if entity is None or entity.kind != "city" or entity.country not in _PROVINCE_SUFFIX:
                previous_province = None
                continue
            suffix, words = _PROVINCE_SUFFIX[entity.country]
            t = _token_at(tokens, m.start)
            before = tokens[t - 1].text.casefold() if t else ""
            after_k = t + 1 if t is not None else None
            while after_k is not None and after_k < len(tokens) and tokens[after_k].end <= m.end:
                after_k += 1
            after = tokens[after_k].text.casefold() if after_k is not None and after_k < len(tokens) else ""
            listed = (previous_province is not None and t is not None and t >= 2 and before in _LIST_JOINERS
                      and mentions[k - 1].end == tokens[t - 2].end if k else False)
            explicit = before.endswith(words) or after.startswith(words) or listed
            if explicit or entity.id in marked:
                marked.add(entity.id)
                mentions[k] = Mention(m.text, "LOC", f"{entity.id}-{suffix.strip().casefold()}",
                                      f"{entity.name} {suffix.strip()}", m.start, m.end)
            previous_province = mentions[k] if explicit else None

    def _resolve_royals(self, tokens: list[Token], text: str, lang: str | None, mentions: list[Mention],
                        ctx: _Context) -> None:
        """First names of royals: 'prins William', 'Camilla' in an article about the British royal family."""
        if not self.kb.house_given:
            return
        houses = {self.kb.entities[m.id].house for m in mentions
                  if m.id in self.kb.entities and self.kb.entities[m.id].house}
        houses.discard(None)

        def royal(word: str, cued: bool) -> KBEntity | None:
            forms = [word, _strip_genitive(word, lang)]
            if lang == "fi":
                forms += _fi_bases(word)
            for form in dict.fromkeys(forms):
                key = form.casefold()
                found = {pid for h in houses for pid in self.kb.house_given[h].get(key, ())}  # type: ignore[index]
                if not found and cued:
                    found = {pid for h in self.kb.house_given.values() for pid in h.get(key, ())}
                if len(found) == 1:
                    return self.kb.entities[found.pop()]
            return None

        for k, m in enumerate(mentions):
            if m.type != "PER" or m.id in self.kb.entities:
                continue
            words = m.text.split()
            if len(words) != 1:
                continue
            entity = royal(_strip_clitic(words[0]), m.start in ctx.royal_cued)
            if entity is not None:
                mentions[k] = Mention(m.text, "PER", entity.id, entity.name, m.start, m.end)
                houses.add(entity.house)
        if not houses:
            return
        covered = sorted((m.start, m.end) for m in mentions)
        for idx in ctx.capitalised:
            tok = tokens[idx]
            if not _alpha(tok.text) or _inside(covered, tok.start):
                continue
            nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
            if nxt is not None and nxt.start == tok.end + 1 and _capitalised(nxt.text) and _alpha(nxt.text):
                continue  # a first name followed by a surname is someone else
            entity = royal(tok.text, False)
            if entity is not None:
                end = self._extend_clitic(text, tok.end, lang)
                mentions.append(Mention(text[tok.start:end], "PER", entity.id, entity.name, tok.start, end))

    def _resolve_surnames(self, tokens: list[Token], text: str, lang: str | None, mentions: list[Mention],
                          ctx: _Context) -> None:
        """Single capitalised words that refer back to a person the article named.

        A surname (``Stoltenberg``, ``Støres``) resolves to the full name given earlier; a first name resolves
        when the person was named by a single first name plus a regnal numeral (``Elizabeth II`` → ``Elizabeth``).
        Without an earlier full name, a surname links to a knowledge-base person only when it is written
        exactly as that person's (uncommon) surname.
        """
        covered = sorted((m.start, m.end) for m in mentions)
        back_refs: dict[str, Mention] = {}
        for m in mentions:
            if m.type != "PER":
                continue
            entity = self.kb.entities.get(m.id)
            titled = "," in m.name or " of " in m.name or (entity is not None and entity.house)
            for parts in ((m.text.split(),) if titled else (m.name.split(), m.text.split())):
                names = [p for p in parts if not (p[:1] in "IVX" and _ROMAN.match(p))]  # (numerals start so)
                if len(parts) > 1 and names and len(names[-1]) > 2:
                    back_refs.setdefault(phonetic_key(_strip_genitive(names[-1], lang)), m)
                if len(names) == 1 and len(parts) > 1:  # Elizabeth II, Charles III
                    back_refs.setdefault(phonetic_key(names[0]), m)
        skip_to = -1
        surname_keys = self.kb.surname_keys
        k = -1  # the last covered span that starts at or before the token (as _inside; the tokens come in order)
        for idx in ctx.capitalised:
            tok = tokens[idx]
            if len(tok.text) < 3 or not tok.text.isalpha() or tok.start < skip_to:
                continue
            while k + 1 < len(covered) and covered[k + 1][0] <= tok.start:
                k += 1
            if k >= 0 and tok.start < covered[k][1] or self.kb.is_nonname(tok.text, lang):
                continue  # inside a mention, or not a name
            spans = [(tok.text, tok.end)]
            if idx + 2 < len(tokens) and tokens[idx + 1].text == "-" and tokens[idx + 1].start == tok.end and \
                    tokens[idx + 2].start == tokens[idx + 1].end and _capitalised(tokens[idx + 2].text):
                spans.insert(0, (text[tok.start:tokens[idx + 2].end], tokens[idx + 2].end))  # Ellemann-Jensen
            for word, word_end in spans:
                hit_id_name: tuple[str, str] | None = None
                forms = ctx.memo.surname_forms.get(word) or self._surname_forms(word, lang, ctx.memo)
                for form, key in forms:
                    hit = back_refs.get(key)
                    if hit is not None:
                        hit_id_name = (hit.id, hit.name)
                        break
                    if len(surname_keys.get(key, ())) != 1:
                        continue  # (as in _kb_surname)
                    entity = self._kb_surname(form, tok, key)
                    if entity is not None:
                        hit_id_name = (entity.id, entity.name)
                        break
                if hit_id_name is not None:
                    end = self._extend_clitic(text, word_end, lang)
                    mentions.append(Mention(text[tok.start:end], "PER", *hit_id_name, tok.start, end))
                    skip_to = end
                    break

    def _surname_forms(self, word: str, lang: str | None, memo: _Memo) -> tuple[tuple[str, str], ...]:
        """The forms a word may be a surname in, with their phonetic keys: as written, without a genitive ending,
        and Finnish base forms. Kept in ``memo`` (``lang``'s), where callers look first."""
        if len(memo.surname_forms) >= _MEMO_SIZE:
            memo.surname_forms.clear()
        stripped = _strip_genitive(word, lang)
        candidates = [word] if stripped == word else [word, stripped]
        if lang == "fi":
            candidates = list(dict.fromkeys(candidates + _fi_bases(word)))
        forms = memo.surname_forms[word] = tuple([(form, phonetic_key(form)) for form in candidates])
        return forms

    def _kb_surname(self, form: str, tok: Token, key: str | None = None) -> KBEntity | None:
        """The knowledge-base person whose (uncommon) surname is written as ``form`` (phonetic ``key``)."""
        ids = self.kb.surname_keys.get(phonetic_key(form) if key is None else key, [])
        if len(ids) != 1:
            return None
        entity = self.kb.entities[ids[0]]
        written = {fold(s) for s in entity.surnames} | {fold(entity.name.split()[-1])}
        if entity.common_surname or fold(form) not in written:
            return None
        if tok.sent_start and (self._lookup(tok.text) or len(tok.text) <= 4):
            return None
        return entity

    def _signatures(self, text: str, lang: str | None, mentions: list[Mention]) -> None:
        """Reader-comment signatures: a line '3. Tina skriver:' names a person when the name is a given name
        ('Anonym skriver:', 'Almanar skriver:' do not)."""
        if "skriv" not in text and "kirjoitt" not in text and "schr" not in text and "wr" not in text:
            return
        starts = {m.start for m in mentions}
        for match in _SIGNATURE.finditer(text):
            name = match.group("name")
            first = name.split()[0]
            if match.start("name") in starts or self.kb.is_nonname(first, lang) or \
                    not self.kb.is_given_name(first.split("-")[0]):
                continue
            entity_id, canonical = self._link_person(name, lang)
            mentions.append(Mention(name, "PER", entity_id, canonical, match.start("name"), match.end("name")))

    def _party_letters(self, tokens: list[Token], text: str, lang: str | None, mentions: list[Mention],
                       ctx: _Context) -> None:
        """Party letters: '(M)', '(sd)', '(Ap)' right after a name, and lists of them ('M, KD och L')."""
        if not self.kb.paren_abbrevs:
            return
        after_paren = []  # the token after each '(' (a token of its own)
        paren = text.find("(")
        while paren >= 0:
            after_paren.append(bisect_left(tokens, paren, key=_START) + 1)  # (the '(' token starts there)
            paren = text.find("(", paren + 1)
        # lists of party letters in running text ('M, KD och L', 'S og SF', below) can only start at a capitalised
        # token listed as a party letter
        exact_lang = self.kb.paren_exact.get(lang or "", {})
        exact_any = self.kb.paren_exact.get("*", {})
        letters = [k for k in ctx.capitalised if tokens[k].text in exact_lang or tokens[k].text in exact_any]
        if not after_paren and not letters:
            return  # (most articles)
        covered = {m.start for m in mentions}
        ends = {m.end for m in mentions if m.type == "PER"}
        n = len(tokens)
        found: list[tuple[Token, str]] = []
        for k in after_paren:
            if k >= n - 1:
                continue
            tok = tokens[k]
            if tokens[k + 1].text == ")" and tok.start not in covered:
                before = tokens[k - 2] if k >= 2 else None
                if before is not None and (before.end in ends or _capitalised(before.text)) and \
                        before.end + 1 >= tokens[k - 1].start:
                    party = self.kb.paren_abbrev(tok.text.rstrip("."), lang)
                    if party is not None:
                        found.append((tok, party))
        # lists of party letters
        k = 0
        for first in letters:
            if first < k:
                continue  # inside the list found before
            k = first
            chain: list[tuple[Token, str]] = []
            j = k
            while j < n:
                tok = tokens[j]
                party = self._exact_party_letter(tok.text, lang)
                if party is None:
                    break
                chain.append((tok, party))
                if j + 2 < n and tokens[j + 1].text in _LIST_JOINERS and tokens[j + 1].start - tok.end <= 1:
                    j += 2
                else:
                    j += 1
                    break
            if len(chain) >= 2 and any(len(t.text) >= 2 for t, _ in chain) and \
                    len({p for _, p in chain}) == len(chain):
                found.extend((t, p) for t, p in chain if t.start not in covered)
            k = max(j, k + 1)
        seen: set[int] = set()
        for tok, party in found:
            if tok.start in seen or tok.start in covered:
                continue
            seen.add(tok.start)
            entity = self.kb.entities.get(party)
            if entity is not None:
                end = self._extend_clitic(text, tok.end, lang)
                mentions.append(Mention(text[tok.start:end], entity.type, entity.id, entity.name, tok.start, end))

    def _exact_party_letter(self, word: str, lang: str | None) -> str | None:
        """A party letter written exactly as listed (M, KD, L, Ap) in the article's language."""
        if len(word) > 5 or not word[:1].isupper():
            return None
        return self.kb.paren_exact.get(lang or "", {}).get(word) or self.kb.paren_exact.get("*", {}).get(word)


_ROMAN = re.compile(r"^[IVX]{1,4}$")
_SIGNATURE = re.compile(
    r"^[ \t]*(?:\d+\.[ \t]*)?(?P<name>[A-ZÆØÅÄÖÜ][\w-]+(?: [A-ZÆØÅÄÖÜ][\w-]+)?)[ \t]+"
    r"(?:skriver|skrev|skreiv|kirjoitti|kirjoittaa|schreibt|schrieb|writes|wrote|schrijft):?[ \t]*$", re.MULTILINE)
_FI_VOWELS = set("aeiouyäöAEIOUYÄÖ")
# Finnish postpositions that take a genitive ('Brennerin mukaan' = according to Brenner)
_FI_GENITIVE_POSTPOSITIONS = {"mukaan", "kanssa", "mielestä", "puolesta", "luona", "luokse", "kautta", "vuoksi",
                              "takia", "jälkeen", "seurassa", "tilalle", "johdolla", "johtama", "johtaman"}
_DERIVATION_TAILS = ("nse", "isch", "ische", "sch", "ske", "ska", "sk", "ese", "ier", "ien", "ian", "inal", "iner",
                     "ern", "ers", "er", "läinen", "lainen", "ais", "ois")


def _token_at(tokens: list[Token], pos: int) -> int | None:
    """The number of the token starting at a character position, or None."""
    k = bisect_left(tokens, pos, key=_START)
    return k if k < len(tokens) and tokens[k].start == pos else None



def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether a character position lies inside one of the sorted, non-overlapping (start, end) spans."""
    k = bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _strip_genitive(name: str, lang: str | None) -> str:
    if lang in ("da", "sv", "nb", "nn", "de", "nl", "is") and name.endswith("s") and len(name) > 4 \
            and not name.endswith(("ss", "us", "is", "os", "as")):
        return name[:-1]
    if name.endswith(("'s", "’s")):
        return name[:-2]
    return name


def _strip_clitic(word: str) -> str:
    for clitic in ("'s", "’s", ":s", ":n", "'", "’"):
        if word.endswith(clitic):
            return word[: -len(clitic)]
    return word


def _fi_genitive_base(name: str) -> str:
    """The nominative of a foreign name in the Finnish genitive: Brennerin → Brenner, Oktayn → Oktay, Demir → Demir."""
    if name.endswith("in") and len(name) > 4 and name[-3] not in _FI_VOWELS:
        return name[:-2]
    if name.endswith("n") and len(name) > 3 and name[-2] in _FI_VOWELS:
        return name[:-1]
    return name


def _fi_bases(word: str) -> list[str]:
    """Possible base forms of a Finnish inflected name: Elisabetin → Elisabet, Victorialle → Victoria."""
    out = []
    last = word.split()[-1] if word.split() else word
    head = word[: len(word) - len(last)]
    for suffix in _FI_NAME_SUFFIXES:
        if last.endswith(suffix) and len(last) - len(suffix) >= 3:
            out.append(head + last[: -len(suffix)])
    return out

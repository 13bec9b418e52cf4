"""Entity recognition and linking: gazetteer matching with inflections and compounds, person-name rules.

For each article:

1. **Gazetteer**: known names (``kb.py``) are matched token by token, longest first, case-insensitively
   for names (the text must be capitalised) and exactly for abbreviations. The last token may carry an
   inflection (``Natos``, ``Rysslands``, ``Venäjällä``, ``EU:s``) and a name may start a compound
   (``Nato-toppmøtet`` → ``Nato``; ``Natoländernas`` → ``Nato`` for long enough names).
2. **Person names** not in the knowledge base: a run of capitalised tokens that starts with a known given
   name, or follows a person title (``statsminister``, ``Außenministerin``), is a person. Names are linked
   to knowledge-base persons through transliteration-aware keys (``Selenskyj`` = ``Zelenskyy``); unknown
   people get an id from their key, so the same spelling variants meet across articles.
3. **Surnames**: a later ``Stoltenberg`` or ``Støres`` resolves to the full name the article gave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsmonitor.entities.kb import Alias, KBEntity, KnowledgeBase
from newsmonitor.entities.names import fold, jaro_winkler, phonetic_key, slug
from newsmonitor.model import Mention

_TOKEN = re.compile(r"\w+|[^\w\s]")
_SENT_END = {".", "!", "?", ":", "…", "•", "|", "–", "—", "\"", "»", "”", "“", "«", "„"}
_TYPE_RANK = {"PER": 0, "ORG": 1, "LOC": 2}

# languages where a name can start a closed compound (Natoländer, Ukrainakriget, Russlandpolitik)
_COMPOUNDING = {"da", "sv", "nb", "nn", "de", "nl", "fi", "et", "is"}
_DEFAULT_SUFFIXES = {
    "da": ["s", "'s", "’s", "'"], "sv": ["s", ":s", "’s"], "nb": ["s", "'s", "’s", "'"],
    "nn": ["s", "'s", "’s", "'"], "de": ["s", "es", "'"], "en": ["'s", "’s", "'"], "nl": ["s", "'s"],
    "is": ["s", "ar", "ur"], "fi": ["n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi",
                                   "na", "nä", "an", "en", "in", "hin", "iin", "ta", "tä", "a", "ä", ":n"],
    "et": ["i", "s", "st", "sse", "l", "lt", "le", "ga", "ks", "ni", "na"],
}


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    sent_start: bool  # first word of a sentence or paragraph


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    sent_start = True
    last_end = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        if "\n" in text[last_end:m.start()]:
            sent_start = True
        tokens.append(Token(word, m.start(), m.end(), sent_start))
        if word[0].isalnum():
            sent_start = False
        elif word in _SENT_END:
            sent_start = True
        last_end = m.end()
    return tokens


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _alpha(word: str) -> bool:
    return word.isalpha()


class Recognizer:
    """Finds and links the entity mentions of one article at a time (no state between articles)."""

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

    # -- public ---------------------------------------------------------------------------------
    def __call__(self, text: str, lang: str | None) -> list[Mention]:
        tokens = tokenize(text)
        mentions: list[Mention] = []
        i = 0
        n = len(tokens)
        while i < n:
            tok = tokens[i]
            if not (tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text in self.kb.by_first_exact):
                i += 1
                continue
            found = self._match_alias(tokens, i, text, lang)
            person = self._match_person(tokens, i, text, lang)
            if person and (not found or person[0] > found[0] or
                           (person[0] == found[0] and self.kb.entities[found[1].id].type != "PER"
                            and self._strong_person(tokens, i))):
                end, mention = person
                mentions.append(mention)
                i = end
            elif found:
                end, mention = found
                mentions.append(mention)
                i = end
            else:
                i += 1
        self._resolve_surnames(tokens, text, lang, mentions)
        mentions.sort(key=lambda m: m.start)
        return mentions

    # -- gazetteer ------------------------------------------------------------------------------
    def _candidates(self, word: str, lang: str | None) -> Iterable[tuple[str, str]]:
        """(lookup key, suffix) pairs for a token: itself, minus an inflection suffix, compound prefixes."""
        yield word, ""
        low = word.casefold()
        for suffix in self.suffixes.get(lang or "", []) or self.suffixes["da"]:
            if suffix[0] in ":'’":
                continue
            if len(low) > len(suffix) + 1 and low.endswith(suffix):
                yield word[: -len(suffix)], suffix

    def _lookup(self, key: str) -> list[Alias]:
        exact = self.kb.by_first_exact.get(key, [])
        folded = self.kb.by_first.get(key.casefold(), [])
        return exact + folded if exact else folded

    def _match_alias(self, tokens: list[Token], i: int, text: str, lang: str | None) -> tuple[int, Mention] | None:
        best: tuple[int, int, Alias, str] | None = None  # (end token, end char, alias, suffix)
        first = tokens[i].text
        for key, suffix in self._candidates(first, lang):
            for alias in self._lookup(key):
                if not self._applies(alias, lang):
                    continue
                if alias.case_sensitive and key != alias.tokens[0]:
                    continue
                if len(alias.tokens) == 1:
                    end_tok, end_char = i + 1, tokens[i].end
                elif suffix:
                    continue  # an inflected first token cannot continue a multi-word name
                else:
                    matched = self._match_rest(tokens, i, alias, lang)
                    if matched is None:
                        continue
                    end_tok, end_char = matched
                if best is None or end_tok > best[0] or (end_tok == best[0] and not suffix and best[3]):
                    best = (end_tok, end_char, alias, suffix)
        if best is None:
            compound = self._match_compound(tokens[i], lang)
            if compound is None:
                return None
            alias, prefix_len = compound
            tok = tokens[i]
            entity = self.kb.entities[alias.entity_id]
            return i + 1, Mention(tok.text[:prefix_len], entity.type, entity.id, entity.name, tok.start,
                                  tok.start + prefix_len)
        end_tok, end_char, alias, _suffix = best
        entity = self.kb.entities[alias.entity_id]
        if alias.ambiguous and not self._ambiguous_ok(tokens, i, lang):
            return None
        if entity.type == "PER" and tokens[i].sent_start and len(alias.tokens) == 1 and not _capitalised(first):
            return None
        end_char = self._extend_clitic(text, end_char, lang)
        return end_tok, Mention(text[tokens[i].start:end_char], entity.type, entity.id, entity.name,
                               tokens[i].start, end_char)

    def _match_rest(self, tokens: list[Token], i: int, alias: Alias, lang: str | None) -> tuple[int, int] | None:
        j = i + 1
        for k, want in enumerate(alias.tokens[1:], start=1):
            if j >= len(tokens):
                return None
            got = tokens[j].text if alias.case_sensitive else tokens[j].text.casefold()
            last = k == len(alias.tokens) - 1
            if got != want:
                if not (last and got.startswith(want) and self._is_suffix(got[len(want):], lang)):
                    return None
            if tokens[j].start - tokens[j - 1].end > 1:  # names do not span line breaks or gaps
                return None
            j += 1
        return j, tokens[j - 1].end

    def _is_suffix(self, rest: str, lang: str | None) -> bool:
        return rest in (self.suffixes.get(lang or "", []) or self.suffixes["da"])

    def _applies(self, alias: Alias, lang: str | None) -> bool:
        return not alias.restricted or (lang is not None and alias.langs is not None and lang in alias.langs)

    def _match_compound(self, tok: Token, lang: str | None) -> tuple[Alias, int] | None:
        """A closed compound whose first part is a well-known name: Natoländernas → Nato."""
        word = tok.text
        if lang not in _COMPOUNDING or len(word) < 7 or not _capitalised(word) or not _alpha(word):
            return None
        for cut in range(len(word) - 3, 3, -1):
            head, tail = word[:cut], word[cut:]
            if not tail.islower():
                continue
            for alias in self.kb.by_first.get(head.casefold(), []):
                entity = self.kb.entities[alias.entity_id]
                if len(alias.tokens) == 1 and not alias.ambiguous and self._applies(alias, lang) and (
                        entity.kind in ("country", "region", "international", "territory")
                        or entity.population >= 500_000):
                    if any(word[:k].casefold() in self.kb.adjectives for k in range(cut, len(word) + 1)):
                        return None  # Amerikanskt, Russlanddeutsche: a demonym, not a compound of the name
                    return alias, cut
        return None

    def _extend_clitic(self, text: str, end: int, lang: str | None) -> int:
        """Extend a match over an attached ':s', "'s", ':n', ':ssa' inflection (EU:s, Russia's, YK:n)."""
        if end < len(text) and text[end] in ":'’":
            m = re.match(r"[:'’](\w{1,4})\b", text[end:end + 6])
            if m and (text[end] + m.group(1) in self.suffixes.get(lang or "", []) or
                      (text[end] == ":" and lang in ("sv", "fi") ) or
                      (text[end] in "'’" and m.group(1) == "s")):
                return end + len(m.group())
        return end

    def _ambiguous_ok(self, tokens: list[Token], i: int, lang: str | None) -> bool:
        """An ambiguous place name counts after a locative preposition (in, i, på, aus, à …)."""
        if i == 0:
            return False
        return tokens[i - 1].text.casefold() in _LOCATIVE

    # -- persons --------------------------------------------------------------------------------
    def _strong_person(self, tokens: list[Token], i: int) -> bool:
        return self.kb.is_given_name(tokens[i].text, strict=True)

    def _match_person(self, tokens: list[Token], i: int, text: str, lang: str | None) -> tuple[int, Mention] | None:
        tok = tokens[i]
        if not (_capitalised(tok.text) and _alpha(tok.text)) or tok.text.isupper() and len(tok.text) > 1:
            return None
        folded = tok.text.casefold()
        if folded in self.kb.nonnames:
            return None
        cue = i > 0 and self._is_cue(tokens, i)
        given = self.kb.is_given_name(tok.text, strict=True) or (
            self.kb.is_given_name(tok.text) and not tok.sent_start)
        if not (given or cue):
            return None
        # collect the run: capitalised words, hyphenated parts, particles, regnal numerals
        parts = [i]
        j = i + 1
        while j < len(tokens) and len(parts) < 5:
            t = tokens[j]
            gap = t.start - tokens[j - 1].end
            if gap > 1:
                break
            if t.text == "-" and gap == 0 and j + 1 < len(tokens) and tokens[j + 1].start == t.end and \
                    _capitalised(tokens[j + 1].text):
                parts += [j, j + 1]
                j += 2
                continue
            if t.text.casefold() in self.kb.particles and j + 1 < len(tokens) and _capitalised(tokens[j + 1].text):
                parts.append(j)
                j += 1
                continue
            if _capitalised(t.text) and _alpha(t.text) and t.text.casefold() not in self.kb.nonnames \
                    and not t.sent_start and not (t.text.isupper() and len(t.text) > 3 and not _ROMAN.match(t.text)):
                if self._is_place_or_org(t.text, lang) and not self._is_known_surname(t.text):
                    break
                parts.append(j)
                j += 1
                continue
            break
        name_tokens = [tokens[k] for k in parts if tokens[k].text != "-" and
                       tokens[k].text.casefold() not in self.kb.particles]
        if len(name_tokens) < 2 and not cue:
            return None
        if len(name_tokens) == 1 and (self._is_place_or_org(tok.text, lang) or tok.sent_start and not cue):
            return None
        start, end = tokens[parts[0]].start, tokens[parts[-1]].end
        surface = " ".join(tokens[k].text for k in parts).replace(" - ", "-")
        entity_id, name = self._link_person(surface, lang)
        return parts[-1] + 1, Mention(text[start:end], "PER", entity_id, name, start, end)

    def _is_cue(self, tokens: list[Token], i: int) -> bool:
        prev = tokens[i - 1]
        if prev.text.casefold() in self.kb.person_cues:
            return True
        # Nato-sjef Jens Stoltenberg / EU-kommissær: a cue ending a hyphenated compound
        return i >= 3 and tokens[i - 2].text == "-" and prev.text.casefold() in self.kb.person_cues

    def _is_place_or_org(self, word: str, lang: str | None) -> bool:
        for alias in self._lookup(word):
            if len(alias.tokens) == 1 and self.kb.entities[alias.entity_id].type != "PER":
                return True
        return False

    def _is_known_surname(self, word: str) -> bool:
        return phonetic_key(word) in self.kb.surname_keys

    def _link_person(self, surface: str, lang: str | None) -> tuple[str, str]:
        """Knowledge-base person for a name as written, else an id from its phonetic key."""
        stripped = _strip_genitive(surface, lang)
        if stripped != surface and (self._known_person(surface) or self.kb.is_given_name(surface.split()[-1])):
            stripped = surface  # Charles, Jens: not a genitive
        surface = stripped
        for alias in self.kb.by_first.get(surface.split()[0].casefold(), []):
            if " ".join(alias.tokens) == " ".join(t.casefold() for t in _TOKEN.findall(surface)):
                entity = self.kb.entities[alias.entity_id]
                if entity.type == "PER":
                    return entity.id, entity.name
        key = phonetic_key(surface)
        ids = self.kb.person_keys.get(key)
        if ids:
            return ids[0], self.kb.entities[ids[0]].name
        tokens = key.split()
        if len(tokens) >= 2:
            for candidate in self.kb.surname_keys.get(tokens[-1], []):
                entity = self.kb.entities[candidate]
                first = phonetic_key(entity.name).split()[0]
                if jaro_winkler(first, tokens[0]) >= 0.85:
                    return entity.id, entity.name
        return "per:" + (slug(key) or slug(surface)), surface

    def _known_person(self, surface: str) -> bool:
        return phonetic_key(surface) in self.kb.person_keys

    def _resolve_surnames(self, tokens: list[Token], text: str, lang: str | None, mentions: list[Mention]) -> None:
        """Single capitalised words that refer back to a person the article named.

        A surname (``Stoltenberg``, ``Støres``) resolves to the full name given earlier; a first name resolves
        when the person was named by a single first name plus a regnal numeral (``Elizabeth II`` → ``Elizabeth``).
        Without an earlier full name, a surname links to a knowledge-base person only when it is written
        exactly as that person's (uncommon) surname.
        """
        covered = [(m.start, m.end) for m in mentions]
        back_refs: dict[str, Mention] = {}
        for m in mentions:
            if m.type != "PER":
                continue
            for parts in (m.name.split(), m.text.split()):
                names = [p for p in parts if not _ROMAN.match(p)]
                if len(parts) > 1 and names and len(names[-1]) > 2:
                    back_refs.setdefault(phonetic_key(_strip_genitive(names[-1], lang)), m)
                if len(names) == 1 and len(parts) > 1:  # Elizabeth II, Charles III
                    back_refs.setdefault(phonetic_key(names[0]), m)
        for tok in tokens:
            if not (_capitalised(tok.text) and _alpha(tok.text)) or len(tok.text) < 3 \
                    or any(s <= tok.start < e for s, e in covered) or tok.text.casefold() in self.kb.nonnames:
                continue
            for form in dict.fromkeys((tok.text, _strip_genitive(tok.text, lang))):
                hit = back_refs.get(phonetic_key(form))
                if hit is not None:
                    mentions.append(Mention(tok.text, "PER", hit.id, hit.name, tok.start, tok.end))
                    break
                entity = self._kb_surname(form, tok)
                if entity is not None:
                    mentions.append(Mention(tok.text, "PER", entity.id, entity.name, tok.start, tok.end))
                    break

    def _kb_surname(self, form: str, tok: Token) -> KBEntity | None:
        ids = self.kb.surname_keys.get(phonetic_key(form), [])
        if len(ids) != 1:
            return None
        entity = self.kb.entities[ids[0]]
        written = {fold(s) for s in entity.surnames} | {fold(entity.name.split()[-1])}
        if entity.common_surname or fold(form) not in written:
            return None
        if tok.sent_start and (self._lookup(tok.text) or len(tok.text) <= 4):
            return None
        return entity


_ROMAN = re.compile(r"^[IVX]{1,4}$")
_LOCATIVE = {"i", "in", "på", "fra", "från", "frå", "til", "till", "aus", "nach", "im", "à", "en", "a", "de",
             "from", "to", "at", "near", "nära", "nær", "ved", "vid", "bei", "van", "naar", "te", "di", "da"}


def _strip_genitive(name: str, lang: str | None) -> str:
    if lang in ("da", "sv", "nb", "nn", "de", "nl", "is") and name.endswith("s") and len(name) > 4 \
            and not name.endswith(("ss", "us", "is", "os", "as")):
        return name[:-1]
    if name.endswith(("'s", "’s")):
        return name[:-2]
    return name

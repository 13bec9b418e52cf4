"""The entity knowledge base: canonical entities and their names in every language, loaded from data files.

Shipped data lives in ``entities/data/`` (places, landmarks, organisations, persons, office titles, given names,
inflection rules; formats in ``data/README*.md``). Office titles give person cues, organisation compounds
(``Natochefen``) and ``KnowledgeBase.role_holder`` (who held the office a title denotes on a date).
Users add entities and aliases from their own files
(``--kb FILE`` or ``NEWSMONITOR_KB``), in the same JSON Lines format or a simple TSV:
``id<TAB>type<TAB>name<TAB>alias|alias|…``. A user entry with an existing id adds aliases to it.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from newsmonitor.entities.names import fold, phonetic_key

log = logging.getLogger(__name__)

TOKEN = re.compile(r"\w+|[^\w\s]")
ENTITY_FILES = ("places_countries.jsonl", "places_cities.jsonl", "orgs.jsonl", "persons.jsonl", "landmarks.jsonl")


@dataclass(slots=True)
class KBEntity:
    id: str
    type: str  # PER, ORG, LOC
    name: str
    kind: str = ""
    aliases: dict[str, list[str]] = field(default_factory=dict)  # lang or "*" → names
    abbrev: list[str] = field(default_factory=list)  # case-sensitive forms
    surnames: list[str] = field(default_factory=list)
    common_surname: bool = False
    ambiguous: bool = False
    population: int = 0
    country: str | None = None
    langs: list[str] | None = None  # the entity's aliases apply only in these languages
    lang_only: list[str] = field(default_factory=list)  # names that apply only in the languages listing them
    abbrev_scoped: dict[str, list[str]] = field(default_factory=dict)  # lang → case-sensitive forms for that lang
    abbrev_in_parens: dict[str, list[str]] = field(default_factory=dict)  # lang → party letters: 'Kristersson (M)'
    site: str | None = None  # id of the building an institution is named after (LOC after a locative preposition)
    given: list[str] = field(default_factory=list)  # first names that alone refer to this person in context
    house: str | None = None  # royal house: a bare given name links when another member is named
    part_of: str | None = None


@dataclass(frozen=True, slots=True)
class Alias:
    """One name of an entity, as a token sequence, with where it applies."""

    tokens: tuple[str, ...]  # casefolded tokens (or exact tokens when case_sensitive)
    entity_id: str
    langs: frozenset[str] | None  # the languages it is listed for; None: language-neutral
    restricted: bool  # applies only in ``langs`` (else ``langs`` is only a preference)
    case_sensitive: bool
    ambiguous: bool
    shape: tuple[bool, ...] = ()  # per token: capitalised in the listed form (a later token must be capitalised too)


def tokenize(text: str) -> list[str]:
    return TOKEN.findall(text)


@dataclass
class KnowledgeBase:
    entities: dict[str, KBEntity] = field(default_factory=dict)
    # first token → aliases starting with it, longest first
    by_first: dict[str, list[Alias]] = field(default_factory=lambda: defaultdict(list))
    by_first_exact: dict[str, list[Alias]] = field(default_factory=lambda: defaultdict(list))
    person_keys: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # phonetic full name → ids
    surname_keys: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # phonetic surname → ids
    adjectives: dict[str, list[tuple[str, str | None]]] = field(default_factory=lambda: defaultdict(list))
    given_names: set[str] = field(default_factory=set)  # casefolded
    given_names_ambiguous: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    person_cues: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # casefolded cue → langs
    nonnames: set[str] = field(default_factory=set)  # casefolded
    inflections: dict[str, Any] = field(default_factory=dict)
    roles: list[dict[str, Any]] = field(default_factory=list)
    # lang ("*" = any) → casefolded party letter → entity id, valid inside parentheses after a name
    paren_abbrevs: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    paren_exact: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))  # as written
    speech_cues: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # 'sier', 'säger' → langs
    # royal house → given name (casefolded) → person ids
    house_given: dict[str, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    # casefolded one-word office title that starts with an organisation's name (Natochefen) → (org id, prefix length)
    role_compounds: dict[str, tuple[str, int]] = field(default_factory=dict)
    role_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # casefolded title → langs
    role_holders: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # title word → person ids
    role_titles: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))  # title → roles
    given_langs: dict[str, set[str]] = field(default_factory=dict)  # ambiguous given name → langs where a word
    nonname_langs: dict[str, set[str]] = field(default_factory=dict)  # casefolded non-name → langs ("*": all)
    # bumped by every ``add``: a reader that memoises lookups (the recognizer) starts afresh when it changes
    generation: int = field(default=0, compare=False, repr=False)

    # -- building -------------------------------------------------------------------------------
    def add(self, entity: KBEntity) -> None:
        """Add an entity, or merge its names into an existing entity with the same id."""
        self.generation += 1
        existing = self.entities.get(entity.id)
        if existing:
            for lang, names in entity.aliases.items():
                existing.aliases.setdefault(lang, []).extend(n for n in names if n not in existing.aliases[lang])
            existing.abbrev.extend(a for a in entity.abbrev if a not in existing.abbrev)
            existing.surnames.extend(s for s in entity.surnames if s not in existing.surnames)
            for lang, forms in entity.abbrev_scoped.items():
                existing.abbrev_scoped.setdefault(lang, []).extend(
                    f for f in forms if f not in existing.abbrev_scoped[lang])
            for lang, forms in entity.abbrev_in_parens.items():
                existing.abbrev_in_parens.setdefault(lang, []).extend(
                    f for f in forms if f not in existing.abbrev_in_parens[lang])
            existing.given.extend(g for g in entity.given if g not in existing.given)
            existing.house = existing.house or entity.house
            existing.site = existing.site or entity.site
            entity = existing
        else:
            self.entities[entity.id] = entity
        self._index(entity)

    def _index(self, entity: KBEntity) -> None:
        restricted = entity.langs is not None
        listed: dict[tuple[str, ...], set[str] | None] = {}  # tokens → languages it is listed for (None: all)
        shapes: dict[tuple[str, ...], tuple[bool, ...]] = {}
        for lang, forms in [("*", [entity.name]), *entity.aliases.items()]:
            for form in forms:
                raw = tokenize(form)
                toks = tuple(t.casefold() for t in raw)
                if not toks:
                    continue
                shape = tuple(t[:1].isupper() for t in raw)
                shapes[toks] = tuple(a and b for a, b in zip(shapes.get(toks, shape), shape, strict=True))
                if lang == "*" or listed.get(toks, set()) is None:
                    listed[toks] = None
                else:
                    listed.setdefault(toks, set()).add(lang)  # type: ignore[union-attr]
        only = {tuple(t.casefold() for t in tokenize(form)) for form in entity.lang_only}
        for toks, langs in listed.items():
            alias_restricted = restricted
            if restricted:
                langs = set(entity.langs or [])
            elif toks in only:  # a false friend elsewhere (Island, Norden): only where it is listed
                alias_restricted = True
                langs = {lang for lang, forms in entity.aliases.items() if lang != "*" and any(
                    tuple(t.casefold() for t in tokenize(f)) == toks for f in forms)}
            self._insert(self.by_first, Alias(toks, entity.id, frozenset(langs) if langs is not None else None,
                                              alias_restricted, False, entity.ambiguous, shapes.get(toks, ())))
        for form in entity.abbrev:
            toks = tuple(tokenize(form))
            if toks:
                scope = frozenset(entity.langs) if entity.langs else None
                self._insert(self.by_first_exact, Alias(toks, entity.id, scope, restricted, True, entity.ambiguous))
        scoped: dict[tuple[str, ...], set[str]] = {}
        for lang, forms in entity.abbrev_scoped.items():
            for form in forms:
                toks = tuple(tokenize(form))
                if toks:
                    scoped.setdefault(toks, set()).add(lang)
        for toks, langs in scoped.items():
            scope = None if "*" in langs else frozenset(langs)
            self.by_first_exact[toks[0]] = [a for a in self.by_first_exact.get(toks[0], [])
                                            if not (a.tokens == toks and a.entity_id == entity.id and a.restricted)]
            self._insert(self.by_first_exact, Alias(toks, entity.id, scope, scope is not None, True, entity.ambiguous))
        for lang, forms in entity.abbrev_in_parens.items():
            for form in forms:
                self.paren_abbrevs[lang].setdefault(form.casefold().rstrip("."), entity.id)
                self.paren_exact[lang].setdefault(form.rstrip("."), entity.id)
        if entity.house:
            for given in entity.given:
                ids = self.house_given[entity.house][given.casefold()]
                if entity.id not in ids:
                    ids.append(entity.id)
        if entity.type == "PER":
            for form in {entity.name, *(n for forms in entity.aliases.values() for n in forms)}:
                key = phonetic_key(form)
                if key and entity.id not in self.person_keys[key]:
                    self.person_keys[key].append(entity.id)
            name_tokens = tokenize(entity.name)
            if "," in entity.name or " of " in entity.name or entity.house:
                name_tokens = []  # 'Anne, Princess Royal', 'Prince George of Wales': no surname in the name
            for form in {*entity.surnames, *(name_tokens[-1:] if len(name_tokens) > 1 else [])}:
                key = phonetic_key(form)
                if key and entity.id not in self.surname_keys[key]:
                    self.surname_keys[key].append(entity.id)

    @staticmethod
    def _insert(index: dict[str, list[Alias]], alias: Alias) -> None:
        bucket = index[alias.tokens[0]]
        if any(a.tokens == alias.tokens and a.entity_id == alias.entity_id for a in bucket):
            return
        bucket.append(alias)
        bucket.sort(key=lambda a: -len(a.tokens))

    # -- lookups --------------------------------------------------------------------------------
    def is_given_name(self, token: str, strict: bool = False) -> bool:
        key = token.casefold()
        return key in self.given_names or (not strict and key in self.given_names_ambiguous)

    def is_given_name_in(self, token: str, lang: str | None, strict: bool = False) -> bool:
        """Like ``is_given_name``; an ambiguous name is a strict given name outside the languages where it is a word.

        German-style transliterations of umlauts are accepted too (Zuebeyde = Zübeyde, Goekhan = Gökhan).
        """
        kind = self.given_name_kind(token, lang)
        return kind == 2 or (kind == 1 and not strict)

    def given_name_kind(self, token: str, lang: str | None) -> int:
        """2: a strict given name in ``lang`` (``is_given_name_in(strict=True)``); 1: a given name that is also a
        word in ``lang`` (true only without ``strict``); 0: not a given name. Both answers in one lookup."""
        key = token.casefold()
        if key in self.given_names:
            return 2
        if ("ue" in key or "oe" in key) and _unumlaut(key) in self.given_names:
            return 2
        langs = self.given_langs.get(key)
        if langs is None:
            return 0
        return 2 if lang is not None and lang not in langs and "*" not in langs else 1

    def is_nonname(self, token: str, lang: str | None) -> bool:
        langs = self.nonname_langs.get(token.casefold())
        return langs is not None and ("*" in langs or lang is None or lang in langs)

    def role_holder(self, title: str, lang: str | None, date: str | None = None,
                    country: str | None = None) -> str | None:
        """The person who held the office a title denotes, or None when that is not clear.

        ``title`` as written (``statsministeren``, ``Nato-sjefen``, ``Bundeskanzlerin``); ``date`` an ISO date or
        month (the article's; default: today's holder); ``country`` a ``loc:`` id when the text names the country
        (``den svenske statsminister``). A generic title (``statsministeren``) means the office of ``country``,
        else the office that ``default_in`` gives for the language (Danish → Denmark's prime minister).
        """
        key = title.casefold()
        offices: list[dict[str, Any]] = []
        for role in self.role_titles.get(key, []):
            if role.get("holders"):
                offices.append(role)
            else:  # generic: the office of the country, or the language's default
                offices += [r for r in self.roles if r.get("generic") == role.get("id") and r.get("holders") and (
                    r.get("country") == country if country else lang in (r.get("default_in") or []))]
        if country:
            offices = [r for r in offices if r.get("country") in (None, country)] or offices
        people = {p for r in {id(r): r for r in offices}.values() for p in _holders_on(r, date)}
        return people.pop() if len(people) == 1 else None

    def paren_abbrev(self, form: str, lang: str | None) -> str | None:
        """The party for a letter written in parentheses after a name: '(M)', '(sd)', '(Ap)'."""
        key = form.casefold()
        return self.paren_abbrevs.get(lang or "", {}).get(key) or self.paren_abbrevs.get("*", {}).get(key)


def _holders_on(role: dict[str, Any], date: str | None) -> list[str]:
    """Holders of an office on a date (ISO prefix compare; undated: the current holder)."""
    out = []
    for h in role.get("holders") or []:
        start, end = str(h.get("from") or ""), h.get("to")
        if date is None:
            if end is None:
                out.append(str(h.get("person")))
        elif start[: len(date)] <= date and (end is None or date < str(end)[: max(len(date), 7)] or
                                             str(end).startswith(date)):
            out.append(str(h.get("person")))
    return out


def _unumlaut(key: str) -> str:
    return key.replace("ue", "ü").replace("oe", "ö")


# -- loading ----------------------------------------------------------------------------------------
def _data_dir() -> Path:
    return Path(str(resources.files("newsmonitor.entities") / "data"))


def _entity_from(obj: dict[str, Any]) -> KBEntity:
    aliases = obj.get("aliases") or {}
    if isinstance(aliases, list):
        aliases = {"*": aliases}
    return KBEntity(
        id=str(obj["id"]),
        type=str(obj.get("type") or _type_from_id(str(obj["id"]))),
        name=str(obj.get("name") or obj["id"]),
        kind=str(obj.get("kind") or ""),
        aliases={str(k): [str(v).strip() for v in vs if str(v).strip()] for k, vs in aliases.items() if vs},
        abbrev=[str(a) for a in obj.get("abbrev") or []],
        surnames=[str(s) for s in obj.get("surnames") or []],
        common_surname=bool(obj.get("common_surname")),
        ambiguous=bool(obj.get("ambiguous")),
        population=int(obj.get("population") or 0),
        country=obj.get("country"),
        langs=list(obj["langs"]) if obj.get("langs") else None,
        lang_only=[str(x) for x in obj.get("lang_only") or []],
        abbrev_scoped=_lang_lists(obj.get("abbrev_scoped")),
        abbrev_in_parens=_lang_lists(obj.get("abbrev_in_parens")),
        site=obj.get("site") or None,
        given=[str(g) for g in obj.get("given") or []],
        house=obj.get("house"),
        part_of=obj.get("part_of"),
    )


def _lang_lists(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    return {str(k): [str(v).strip() for v in vs if str(v).strip()] for k, vs in value.items() if vs}


def _type_from_id(entity_id: str) -> str:
    return {"per": "PER", "org": "ORG", "loc": "LOC"}.get(entity_id.split(":", 1)[0], "ORG")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: malformed JSON: {exc.msg}") from exc
    return rows


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def load_user_file(kb: KnowledgeBase, path: str | Path) -> int:
    """Add entities and aliases from a user file (JSON Lines or TSV). Returns the number of entries."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"knowledge-base file not found: {path}")
    if path.suffix.lower() in (".jsonl", ".json"):
        rows = _read_jsonl(path)
        for obj in rows:
            if "id" not in obj:
                raise ValueError(f"{path}: every entry needs an 'id'")
            kb.add(_entity_from(obj))
        return len(rows)
    count = 0
    for lineno, cols in enumerate(_read_tsv(path), start=1):
        if len(cols) < 3:
            raise ValueError(f"{path}:{lineno}: expected id<TAB>type<TAB>name<TAB>aliases")
        aliases = [a.strip() for a in cols[3].split("|")] if len(cols) > 3 else []
        kb.add(KBEntity(id=cols[0].strip(), type=cols[1].strip().upper(), name=cols[2].strip(),
                        aliases={"*": [a for a in aliases if a]}))
        count += 1
    return count


def build(extra_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """Load the shipped knowledge base, then the user's files."""
    data = _data_dir()
    kb = KnowledgeBase()
    for name in ENTITY_FILES:
        path = data / name
        if path.exists():
            for obj in _read_jsonl(path):
                kb.add(_entity_from(obj))
    _load_name_data(kb, data)
    for path in extra_files:
        load_user_file(kb, path)
    return kb


def _load_name_data(kb: KnowledgeBase, data: Path) -> None:
    if (data / "demonyms.tsv").exists():
        for cols in _read_tsv(data / "demonyms.tsv"):
            if len(cols) >= 3:
                kb.adjectives[cols[2].casefold()].append((cols[0], cols[1] or None))
    if (data / "given_names.tsv").exists():
        kb.given_names = {cols[0].casefold() for cols in _read_tsv(data / "given_names.tsv")}
    if (data / "given_names_ambiguous.tsv").exists():
        for cols in _read_tsv(data / "given_names_ambiguous.tsv"):
            langs = {x.strip() for x in cols[1].split(",")} if len(cols) > 1 and cols[1].strip() else {"*"}
            kb.given_langs.setdefault(cols[0].casefold(), set()).update(langs)
        kb.given_names_ambiguous = set(kb.given_langs)
        kb.given_names -= kb.given_names_ambiguous
    if (data / "name_particles.txt").exists():
        kb.particles = {line.strip().casefold() for line in (data / "name_particles.txt").read_text("utf-8")
                        .splitlines() if line.strip() and not line.startswith("#")}
    if (data / "person_cues.tsv").exists():
        for cols in _read_tsv(data / "person_cues.tsv"):
            if len(cols) >= 2 and (len(cols) < 3 or cols[2].strip() in ("", "before")):
                kb.person_cues[cols[1].casefold()].add(cols[0])
            elif len(cols) >= 3 and cols[2].strip() == "speech":
                kb.speech_cues[cols[1].casefold()].add(cols[0])
    if (data / "nonname_capitalized.tsv").exists():
        for cols in _read_tsv(data / "nonname_capitalized.tsv"):
            langs = {x.strip() for x in cols[1].split(",")} if len(cols) > 1 and cols[1].strip() else {"*"}
            kb.nonname_langs.setdefault(cols[0].casefold(), set()).update(langs)
        kb.nonnames = set(kb.nonname_langs)
    if (data / "inflections.json").exists():
        kb.inflections = json.loads((data / "inflections.json").read_text("utf-8"))
    if (data / "titles.jsonl").exists():
        kb.roles = _read_jsonl(data / "titles.jsonl")
        _index_roles(kb)


def _index_roles(kb: KnowledgeBase) -> None:
    """Office titles as person cues, one-word titles that start with their organisation's name, and the people
    who held an office under each title word (a generic title covers the holders of every office it names)."""
    holders_by_generic: dict[str, set[str]] = defaultdict(set)
    for role in kb.roles:
        people = {str(h.get("person")) for h in role.get("holders") or [] if h.get("person")}
        holders_by_generic[str(role.get("id"))] |= people
        if role.get("generic"):
            holders_by_generic[str(role["generic"])] |= people
    for role in kb.roles:
        for forms in (role.get("aliases") or {}).values():
            for form in forms:
                if role not in kb.role_titles[form.casefold()]:
                    kb.role_titles[form.casefold()].append(role)
    for role in kb.roles:
        people = holders_by_generic.get(str(role.get("id")), set())
        for forms in (role.get("aliases") or {}).values():
            for form in forms:
                words = tokenize(form)
                if words and words[-1].isalpha() and people:
                    kb.role_holders[words[-1].casefold()] |= people
    for role in kb.roles:
        org = kb.entities.get(str(role.get("org") or ""))
        org_forms: list[str] = []
        if org is not None:
            org_forms = sorted({f.casefold() for f in (org.name, *org.abbrev, *(n for ns in org.aliases.values()
                                for n in ns)) if " " not in f and len(f) >= 2}, key=len, reverse=True)
        for lang, forms in (role.get("aliases") or {}).items():
            for form in forms:
                words = tokenize(form)
                if words and words[-1].isalpha() and (len(words) == 1 or words[-2] == "-"):
                    kb.role_words[words[-1].casefold()].add(lang)  # statsministeren, Nato-sjefen
                low = form.casefold()
                if not org_forms or " " in low or "-" in low or "'" in low or ":" in low:
                    continue
                for prefix in org_forms:
                    if low.startswith(prefix) and len(low) - len(prefix) >= 3 and low[len(prefix):].isalpha():
                        kb.role_compounds.setdefault(low, (org.id, len(prefix)))  # type: ignore[union-attr]
                        break


def user_files_from_env() -> tuple[str, ...]:
    value = os.environ.get("NEWSMONITOR_KB", "")
    return tuple(p for p in value.split(os.pathsep) if p)


@lru_cache(maxsize=4)
def default_kb(extra_files: tuple[str, ...] = ()) -> KnowledgeBase:
    """The knowledge base, loaded once per process (shipped data + NEWSMONITOR_KB + extra files)."""
    return build(user_files_from_env() + extra_files)


__all__ = ["Alias", "KBEntity", "KnowledgeBase", "build", "default_kb", "fold", "load_user_file", "tokenize"]

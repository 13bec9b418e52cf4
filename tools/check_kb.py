#!/usr/bin/env python3
"""Validate the hand-made organisation / person / title / inflection data of the entity knowledge base.

Checks ``src/newsmonitor/entities/data/{orgs.jsonl, persons.jsonl, landmarks.jsonl, titles.jsonl, inflections.json}``
(formats in ``README_orgs.md``):

* every line is valid JSON with the required fields; ids are unique (also against the places files) and well formed
  (``org:``/``per:``/``role:`` + lower-case ASCII slug);
* every ``holders[].person`` exists in persons.jsonl, every ``org``/``part_of`` in orgs.jsonl, every ``generic`` in
  titles.jsonl and every ``country`` in places_countries.jsonl; holder dates are ISO (``YYYY``, ``YYYY-MM`` or
  ``YYYY-MM-DD``) with ``from <= to``;
* no empty or untrimmed alias, abbreviation or surname; language keys are known; ``lang_only`` forms are listed under a
  language; no all-caps short alias (abbreviations belong in ``abbrev``, matched case-sensitively);
* inflections.json has a dict per language whose list values are non-empty strings.

Warnings (not errors): overlapping holders of one office, the same alias or abbreviation on two entities in an
overlapping language scope, org/person aliases that are also place names, very short names.

Usage::

    .venv/bin/python tools/check_kb.py          # validate, print counts and warnings
    .venv/bin/python tools/check_kb.py -q       # counts and errors only

Exit status 1 when an error is found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "newsmonitor" / "entities" / "data"
LANGS = {"*", "da", "sv", "nb", "nn", "en", "de", "fi", "nl", "fr", "es", "it", "pl", "et", "is", "pt"}
ID_RE = {
    "org": re.compile(r"^org:[a-z0-9]+(-[a-z0-9]+)*$"),
    "per": re.compile(r"^per:[a-z0-9]+(-[a-z0-9]+)*$"),
    "role": re.compile(r"^role:[a-z0-9]+(-[a-z0-9]+)*$"),
    "loc": re.compile(r"^loc:[a-z0-9]+(-[a-z0-9]+)*$"),
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TOKEN = re.compile(r"\w+|[^\w\s]")
# short abbreviations that are ordinary words in a target language once case is ignored (UN = French "un", WHO = "who",
# IS = "is", DR = "Dr", AP, UD = Danish "ud"): such forms must only be matched exactly (``abbrev``)
COMMON_WORDS = {
    "un",
    "une",
    "who",
    "is",
    "it",
    "us",
    "on",
    "in",
    "at",
    "as",
    "an",
    "am",
    "dr",
    "ap",
    "ud",
    "da",
    "de",
    "die",
    "der",
    "das",
    "den",
    "det",
    "en",
    "et",
    "er",
    "for",
    "fra",
    "man",
    "can",
    "may",
    "all",
    "per",
    "pa",
    "nos",
    "sr",
    "sd",
    "tt",
    "fe",
    "vi",
    "se",
    "si",
    "so",
    "to",
    "no",
    "ja",
    "nej",
    "ei",
    "os",
    "el",
    "la",
    "le",
    "il",
    "lo",
    "al",
    "au",
    "eu",
    "ma",
    "mp",
    "pet",
    "nav",
    "must",
    "bild",
    "meta",
    "neste",
    "die zeit",
    "die welt",
    "le monde",
    "the sun",
    "the times",
    "the independent",
}


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def read_jsonl(path: Path, rep: Report) -> list[dict]:
    rows = []
    if not path.exists():
        rep.err(f"{path.name}: missing")
        return rows
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rep.err(f"{path.name}:{lineno}: malformed JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            rep.err(f"{path.name}:{lineno}: not a JSON object")
            continue
        obj["_line"] = lineno
        rows.append(obj)
    return rows


def key(form: str) -> tuple[str, ...]:
    return tuple(t.casefold() for t in TOKEN.findall(form))


def check_form(rep: Report, where: str, form: object) -> bool:
    if not isinstance(form, str) or not form.strip():
        rep.err(f"{where}: empty alias {form!r}")
        return False
    if form != form.strip() or "  " in form:
        rep.err(f"{where}: untrimmed/double-spaced alias {form!r}")
        return False
    return True


def check_lang_dict(rep: Report, where: str, value: object, field: str) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        rep.err(f"{where}: '{field}' must be an object {{lang: [forms]}}")
        return {}
    out: dict[str, list[str]] = {}
    for lang, forms in value.items():
        if lang not in LANGS:
            rep.err(f"{where}: unknown language key {lang!r} in '{field}'")
        if not isinstance(forms, list) or not forms:
            rep.err(f"{where}: '{field}[{lang}]' must be a non-empty list")
            continue
        good = [f for f in forms if check_form(rep, f"{where} {field}[{lang}]", f)]
        dups = [f for f, n in Counter(good).items() if n > 1]
        if dups:
            rep.err(f"{where}: duplicate forms in '{field}[{lang}]': {dups}")
        out[lang] = good
    return out


def check_entity(rep: Report, row: dict, prefix: str, fname: str) -> None:
    where = f"{fname}:{row['_line']} {row.get('id', '?')}"
    eid = row.get("id")
    if not isinstance(eid, str) or not ID_RE[prefix].match(eid):
        rep.err(f"{where}: bad id {eid!r}")
    if row.get("type") != {"org": "ORG", "per": "PER", "loc": "LOC"}[prefix]:
        rep.err(f"{where}: type must be {prefix.upper()}")
    name = row.get("name")
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        rep.err(f"{where}: missing/untrimmed name")
    elif (len(name) <= 2 or name.casefold() in COMMON_WORDS) and name.casefold() not in {
        f.casefold() for f in row.get("lang_only", []) if isinstance(f, str)
    }:
        rep.warn(f"{where}: short name {name!r} is also indexed as a case-insensitive alias")
    aliases = check_lang_dict(rep, where, row.get("aliases", {}), "aliases")
    restricted = {f.casefold() for f in row.get("lang_only", []) if isinstance(f, str)}
    for lang, forms in aliases.items():
        for form in forms:
            letters = re.sub(r"[^\w]", "", form)
            if form.casefold() in COMMON_WORDS and (lang == "*" or form.casefold() not in restricted):
                rep.err(
                    f"{where}: alias {form!r} under {lang!r} is a common word when matched case-insensitively; "
                    f"put it in 'abbrev'/'abbrev_scoped' (exact case) or drop it"
                )
            elif letters.isalpha() and form.isupper() and len(letters) <= 3 and " " not in form:
                rep.warn(f"{where}: all-caps alias {form!r} under {lang!r} also matches case-insensitively")
    for field in ("abbrev",):
        value = row.get(field, [])
        if not isinstance(value, list):
            rep.err(f"{where}: '{field}' must be a list")
            continue
        for form in value:
            check_form(rep, f"{where} {field}", form)
    check_lang_dict(rep, where, row.get("abbrev_scoped"), "abbrev_scoped")
    check_lang_dict(rep, where, row.get("abbrev_in_parens"), "abbrev_in_parens")
    lang_only = row.get("lang_only", [])
    listed = {key(f) for lang, forms in aliases.items() if lang != "*" for f in forms}
    for form in lang_only:
        if check_form(rep, f"{where} lang_only", form) and key(form) not in listed:
            rep.err(f"{where}: lang_only form {form!r} is not listed under any language in 'aliases'")
    if "langs" in row and (not isinstance(row["langs"], list) or not set(row["langs"]) <= LANGS):
        rep.err(f"{where}: 'langs' must be a list of language codes")
    if prefix == "per":
        surnames = row.get("surnames", [])
        if not isinstance(surnames, list):
            rep.err(f"{where}: 'surnames' must be a list")
        for form in surnames:
            check_form(rep, f"{where} surnames", form)
        if "common_surname" in row and not isinstance(row["common_surname"], bool):
            rep.err(f"{where}: 'common_surname' must be true/false")
        roles = row.get("roles", [])
        if not isinstance(roles, list) or not all(isinstance(r, str) and r.strip() for r in roles):
            rep.err(f"{where}: 'roles' must be a list of strings")


def entity_scopes(row: dict) -> list[tuple[tuple[str, ...], frozenset[str] | None]]:
    """(alias tokens, languages or None for all) for each case-insensitive name of an entity."""
    only = {key(f) for f in row.get("lang_only", [])}
    langs_by_key: dict[tuple[str, ...], set[str] | None] = {}
    for lang, forms in [("*", [row.get("name", "")]), *row.get("aliases", {}).items()]:
        for form in forms:
            k = key(form)
            if not k:
                continue
            if lang == "*" or langs_by_key.get(k, set()) is None:
                langs_by_key[k] = None
            else:
                langs_by_key.setdefault(k, set()).add(lang)  # type: ignore[union-attr]
    out = []
    for k, langs in langs_by_key.items():
        if k in only:
            langs = {
                lang
                for lang, forms in row.get("aliases", {}).items()
                if lang != "*" and any(key(f) == k for f in forms)
            }
        out.append((k, frozenset(langs) if langs is not None else None))
    return out


def overlap(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    return a is None or b is None or bool(a & b)


def check_collisions(rep: Report, rows: list[dict], places: list[dict]) -> None:
    by_key: dict[tuple[str, ...], list[tuple[str, frozenset[str] | None]]] = defaultdict(list)
    for row in rows:
        for k, langs in entity_scopes(row):
            by_key[k].append((row["id"], langs))
    for k, hits in sorted(by_key.items()):
        ids = {i for i, _ in hits}
        if len(ids) < 2:
            continue
        clash = sorted({a for a, la in hits for b, lb in hits if a != b and overlap(la, lb)})
        if clash:
            rep.warn(f"alias {' '.join(k)!r} on several entities in an overlapping language scope: {clash}")
    # abbreviations
    exact: dict[str, list[tuple[str, frozenset[str] | None]]] = defaultdict(list)
    for row in rows:
        for form in row.get("abbrev", []):
            exact[form].append((row["id"], None))
        for lang, forms in (row.get("abbrev_scoped") or {}).items():
            for form in forms:
                exact[form].append((row["id"], frozenset([lang])))
    for form, hits in sorted(exact.items()):
        clash = sorted({a for a, la in hits for b, lb in hits if a != b and overlap(la, lb)})
        if clash:
            rep.warn(f"abbreviation {form!r} on several entities in an overlapping language scope: {clash}")
    # against place names
    place_keys: dict[tuple[str, ...], str] = {}
    for row in places:
        for k, _ in entity_scopes(row):
            place_keys.setdefault(k, row["id"])
    for row in rows:
        for k, _langs in entity_scopes(row):
            if k in place_keys and len(k) == 1:
                rep.warn(f"{row['id']}: alias {' '.join(k)!r} is also a place name ({place_keys[k]})")


def parse_date(value: str) -> tuple[int, int, int]:
    parts = [int(p) for p in value.split("-")]
    return (parts + [0, 0])[:3]  # type: ignore[return-value]


def check_titles(rep: Report, roles: list[dict], persons: set[str], orgs: set[str], countries: set[str] | None) -> None:
    ids = Counter(r.get("id") for r in roles)
    for rid, n in ids.items():
        if n > 1:
            rep.err(f"titles.jsonl: duplicate id {rid!r}")
    role_ids = set(ids)
    for row in roles:
        where = f"titles.jsonl:{row['_line']} {row.get('id', '?')}"
        if not isinstance(row.get("id"), str) or not ID_RE["role"].match(row["id"]):
            rep.err(f"{where}: bad id {row.get('id')!r}")
        if not isinstance(row.get("role"), str) or not row["role"].strip():
            rep.err(f"{where}: missing 'role'")
        aliases = check_lang_dict(rep, where, row.get("aliases"), "aliases")
        if not aliases:
            rep.err(f"{where}: no aliases")
        for lang, forms in aliases.items():
            folded = [f.casefold() for f in forms]
            dups = [f for f, n in Counter(folded).items() if n > 1]
            if dups:
                rep.err(f"{where}: case-insensitive duplicates in aliases[{lang}]: {dups}")
        if row.get("org") and row["org"] not in orgs:
            rep.err(f"{where}: unknown org {row['org']!r}")
        if row.get("generic") and row["generic"] not in role_ids:
            rep.err(f"{where}: unknown generic role {row['generic']!r}")
        if row.get("country") and countries is not None and row["country"] not in countries:
            rep.err(f"{where}: unknown country {row['country']!r}")
        for lang in row.get("default_in") or []:
            if lang not in LANGS:
                rep.err(f"{where}: unknown language {lang!r} in default_in")
        holders = row.get("holders", [])
        if not isinstance(holders, list):
            rep.err(f"{where}: 'holders' must be a list")
            continue
        spans = []
        for h in holders:
            if not isinstance(h, dict) or "person" not in h:
                rep.err(f"{where}: holder without 'person': {h!r}")
                continue
            if h["person"] not in persons:
                rep.err(f"{where}: holder {h['person']!r} not in persons.jsonl")
            start, end = h.get("from"), h.get("to")
            if not isinstance(start, str) or not DATE_RE.match(start):
                rep.err(f"{where}: holder {h['person']}: bad 'from' {start!r}")
                continue
            if end is not None and (not isinstance(end, str) or not DATE_RE.match(end)):
                rep.err(f"{where}: holder {h['person']}: bad 'to' {end!r}")
                continue
            if end is not None and parse_date(end) < parse_date(start):
                rep.err(f"{where}: holder {h['person']}: 'to' {end} before 'from' {start}")
            spans.append((parse_date(start), parse_date(end) if end else (9999, 0, 0), h["person"], h.get("as")))
        spans.sort()
        open_ended = [s for s in spans if s[1] == (9999, 0, 0)]
        if len(open_ended) > 1:
            rep.warn(f"{where}: several current holders: {[s[2] for s in open_ended]}")
        for (_s1, e1, p1, _), (s2, _e2, p2, _) in zip(spans, spans[1:], strict=False):
            if s2 < e1 and (e1[1] and s2[1]):  # overlapping by more than the hand-over day (month precision aside)
                rep.warn(f"{where}: holders overlap: {p1} (to {e1}) and {p2} (from {s2})")


def check_inflections(rep: Report, path: Path) -> int:
    if not path.exists():
        rep.err("inflections.json: missing")
        return 0
    try:
        data = json.loads(path.read_text("utf-8"))
    except json.JSONDecodeError as exc:
        rep.err(f"inflections.json: malformed JSON: {exc.msg}")
        return 0
    if not isinstance(data, dict):
        rep.err("inflections.json: top level must be an object")
        return 0
    langs = 0
    for lang, rules in data.items():
        if lang.startswith("_"):
            continue
        langs += 1
        if lang not in LANGS:
            rep.err(f"inflections.json: unknown language {lang!r}")
        if not isinstance(rules, dict):
            rep.err(f"inflections.json: {lang}: must be an object")
            continue
        for field in (
            "genitive",
            "case_suffixes",
            "suffixes",
            "abbrev_suffixes",
            "clitics",
            "compound_joiners",
            "elision_prefixes",
        ):
            value = rules.get(field)
            if value is None:
                continue
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                rep.err(f"inflections.json: {lang}.{field} must be a list of strings")
                continue
            empty_ok = field == "compound_joiners"
            if any((not v and not empty_ok) or v != v.strip() for v in value):
                rep.err(f"inflections.json: {lang}.{field} has an empty or untrimmed entry")
            dups = [v for v, n in Counter(value).items() if n > 1]
            if dups:
                rep.err(f"inflections.json: {lang}.{field} duplicates {dups}")
    return langs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-q", "--quiet", action="store_true", help="do not list warnings")
    ap.add_argument("--data", type=Path, default=DATA, help="data folder")
    args = ap.parse_args()
    rep = Report()

    orgs = read_jsonl(args.data / "orgs.jsonl", rep)
    persons = read_jsonl(args.data / "persons.jsonl", rep)
    roles = read_jsonl(args.data / "titles.jsonl", rep)
    places = []
    for name in ("places_countries.jsonl", "places_cities.jsonl"):
        if (args.data / name).exists():
            places += read_jsonl(args.data / name, rep)
    countries = {p["id"] for p in places if p.get("kind") in ("country", "territory", "region")} if places else None

    landmarks = read_jsonl(args.data / "landmarks.jsonl", rep) if (args.data / "landmarks.jsonl").exists() else []
    for row in orgs:
        check_entity(rep, row, "org", "orgs.jsonl")
    for row in persons:
        check_entity(rep, row, "per", "persons.jsonl")
    for row in landmarks:
        check_entity(rep, row, "loc", "landmarks.jsonl")
    landmark_ids = {r.get("id") for r in landmarks}
    for row in orgs:
        if row.get("site") and row["site"] not in landmark_ids:
            rep.err(f"{row.get('id')}: site {row['site']!r} is not in landmarks.jsonl")
    for row in persons:
        if bool(row.get("house")) != bool(row.get("given")):
            rep.err(f"{row.get('id')}: 'house' and 'given' go together (a royal's first names in its house)")
    all_ids = Counter(r.get("id") for r in [*orgs, *persons, *places, *landmarks])
    for eid, n in all_ids.items():
        if n > 1:
            rep.err(f"duplicate id {eid!r} ({n}×)")
    org_ids = {r["id"] for r in orgs if "id" in r}
    person_ids = {r["id"] for r in persons if "id" in r}
    for row in [*orgs, *persons, *landmarks]:
        where = f"{row.get('id')}"
        if row.get("country") and countries is not None and row["country"] not in countries:
            rep.err(f"{where}: unknown country {row['country']!r}")
        if row.get("part_of") and row["part_of"] not in org_ids:
            rep.err(f"{where}: unknown part_of {row['part_of']!r}")
    check_titles(rep, roles, person_ids, org_ids, countries)
    n_infl = check_inflections(rep, args.data / "inflections.json")
    check_collisions(rep, [*orgs, *persons], places)

    # counts
    kinds = Counter(r.get("kind") for r in orgs)
    n_alias = lambda rows: sum(len(v) for r in rows for v in (r.get("aliases") or {}).values())  # noqa: E731
    print(
        f"orgs.jsonl      {len(orgs):4d} organisations, {n_alias(orgs)} aliases, "
        f"{sum(len(r.get('abbrev', [])) for r in orgs)} abbreviations, "
        f"{sum(len(v) for r in orgs for v in (r.get('abbrev_scoped') or {}).values())} language-scoped abbreviations, "
        f"{sum(1 for r in orgs if r.get('abbrev_in_parens'))} with party letters in parentheses"
    )
    print("                " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(
        f"persons.jsonl   {len(persons):4d} persons, {n_alias(persons)} aliases, "
        f"{sum(len(r.get('surnames', [])) for r in persons)} surname forms, "
        f"{sum(1 for r in persons if r.get('common_surname'))} marked common_surname"
    )
    print(f"landmarks.jsonl {len(landmarks):4d} buildings, squares and pipelines, "
          f"{sum(1 for r in persons if r.get('house'))} royals with given names in a house")
    generic = [r for r in roles if not r.get("holders")]
    print(
        f"titles.jsonl    {len(roles):4d} roles ({len(generic)} generic, {len(roles) - len(generic)} with holders), "
        f"{sum(len(r.get('holders', [])) for r in roles)} holder entries, "
        f"{sum(len(v) for r in roles for v in (r.get('aliases') or {}).values())} title forms"
    )
    print(f"inflections.json {n_infl:3d} languages")
    try:  # the loader must accept the files
        sys.path.insert(0, str(DATA.parent.parent.parent))
        from newsmonitor.entities import kb as kbmod

        kb = kbmod.build()
        print(
            f"loader          {len(kb.entities)} entities, {len(kb.roles)} roles loaded by kb.build()"
        )
    except Exception as exc:  # pragma: no cover - reported, not fatal for the data check
        rep.warn(f"loader check skipped/failed: {type(exc).__name__}: {exc}")

    if rep.warnings and not args.quiet:
        print(f"\n{len(rep.warnings)} warnings:")
        for w in rep.warnings:
            print("  warning:", w)
    if rep.errors:
        print(f"\n{len(rep.errors)} errors:")
        for e in rep.errors:
            print("  error:", e)
        return 1
    print(f"\nOK ({len(rep.warnings)} warnings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Validate the hand-labelled entity-mention gold sample against the dev corpus.

The gold file (``eval/entities_dev.jsonl``) holds, per article, character offsets into the ``text`` field of
``../shared/corpus/dev.jsonl``; it carries no article text itself. This tool checks that

* every line is a JSON object with exactly ``id``, ``lang`` and ``mentions``; ids are unique and exist in the
  corpus, and ``lang`` agrees with the corpus;
* every mention has exactly ``start``, ``end``, ``type``, ``name``; ``type`` is PER, ORG or LOC; ``name`` is a
  non-empty string; ``0 <= start < end <= len(text)``;
* mentions are sorted by start and do not overlap;
* a span does not begin or end with whitespace, does not cross a line break, and starts and ends on a word
  boundary: the character before ``start`` and the one at ``end`` must not be letters or digits (a hyphen
  therefore counts as a boundary, so ``Nato`` in ``Nato-landene`` and ``Turkissa`` in ``Kaakkois-Turkissa``
  pass). The one allowed exception is the name prefix of a closed compound (``Ostsee`` in
  ``Ostseepipelines``, ``Tidö`` in ``Tidöavtalet``): the span starts on a boundary, begins with a capital
  letter, is a single word and is followed by a lower-case letter. Such spans are listed as notes so that they
  can be reviewed;
* a span does not stop before an attached genitive/case ending (``EU`` followed by ``:s``, ``Denmark``
  followed by ``'s``): the guidelines make the ending part of the mention.

Usage::

    python tools/check_entity_gold.py                 # validate, print counts
    python tools/check_entity_gold.py --show d0001    # print each mention of an article for review
    python tools/check_entity_gold.py --show all      # ... of every article

Exit status 1 when an error is found.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO / "eval" / "entities_dev.jsonl"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"
TYPES = ("PER", "ORG", "LOC")
APOSTROPHES = "'’"


def load_corpus(path: Path) -> dict[str, dict]:
    rows = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def load_gold(path: Path) -> tuple[list[dict], list[str]]:
    records, errors = [], []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: invalid JSON ({exc})")
                continue
            rec["_line"] = lineno
            records.append(rec)
    return records, errors


def _isword(ch: str) -> bool:
    return ch.isalnum()


def check_span(text: str, start: int, end: int) -> tuple[list[str], str | None]:
    """Return (errors, note) for one span; note is set for an accepted closed-compound prefix."""
    errors: list[str] = []
    note = None
    span = text[start:end]
    if span != span.strip():
        errors.append("span begins or ends with whitespace")
    if "\n" in span:
        errors.append("span crosses a line break")
    if start > 0 and _isword(text[start - 1]):
        errors.append("span does not start on a word boundary")
    if end < len(text) and _isword(text[end]):
        if span[:1].isupper() and text[end].islower() and not any(c.isspace() for c in span):
            note = "closed-compound prefix"
        else:
            errors.append("span does not end on a word boundary")
    # an attached ending left outside the span: EU|:s, Denmark|'s, Nato|:n
    rest = text[end : end + 2]
    if len(rest) == 2 and rest[0] in ":" + APOSTROPHES and rest[1].isalpha():
        errors.append(f"attached ending {rest!r}… left outside the span")
    return errors, note


def validate(records: list[dict], corpus: dict[str, dict]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    notes: list[str] = []
    seen: set[str] = set()
    for rec in records:
        where = f"line {rec['_line']}"
        keys = set(rec) - {"_line"}
        if keys != {"id", "lang", "mentions"}:
            errors.append(f"{where}: keys must be id, lang, mentions (got {sorted(keys)})")
        aid = rec.get("id")
        if aid in seen:
            errors.append(f"{where}: duplicate id {aid}")
        seen.add(aid)
        if aid not in corpus:
            errors.append(f"{where}: id {aid!r} not in corpus")
            continue
        where = f"{aid}"
        art = corpus[aid]
        text = art["text"]
        if rec.get("lang") != art["lang"]:
            errors.append(f"{where}: lang {rec.get('lang')!r} != corpus {art['lang']!r}")
        mentions = rec.get("mentions")
        if not isinstance(mentions, list):
            errors.append(f"{where}: mentions is not a list")
            continue
        prev_start, prev_end = -1, 0
        for i, m in enumerate(mentions):
            w = f"{where} mention {i}"
            if not isinstance(m, dict) or set(m) != {"start", "end", "type", "name"}:
                errors.append(f"{w}: keys must be start, end, type, name (got {m!r})")
                continue
            start, end, typ, name = m["start"], m["end"], m["type"], m["name"]
            if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
                errors.append(f"{w}: start/end must be integers")
                continue
            if not 0 <= start < end <= len(text):
                errors.append(f"{w}: offsets {start}-{end} outside text of length {len(text)}")
                continue
            if typ not in TYPES:
                errors.append(f"{w}: invalid type {typ!r}")
            if not isinstance(name, str) or not name.strip() or name != name.strip():
                errors.append(f"{w}: invalid name {name!r}")
            if start < prev_start:
                errors.append(f"{w}: mentions not sorted by start")
            if start < prev_end:
                errors.append(f"{w}: overlaps the previous mention")
            prev_start, prev_end = start, max(prev_end, end)
            span_errors, note = check_span(text, start, end)
            errors.extend(f"{w} {text[start:end]!r}: {e}" for e in span_errors)
            if note:
                ctx = text[max(0, start - 15) : end + 15].replace("\n", " ")
                notes.append(f"{w} {text[start:end]!r}: {note} (…{ctx}…)")
    return errors, notes


def counts(records: list[dict]) -> str:
    by_lang: dict[str, Counter] = defaultdict(Counter)
    arts: Counter = Counter()
    for rec in records:
        lang = rec.get("lang", "?")
        arts[lang] += 1
        for m in rec.get("mentions", []):
            if isinstance(m, dict):
                by_lang[lang][m.get("type")] += 1
    lines = ["| lang | articles | PER | ORG | LOC | mentions |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    total = Counter()
    for lang in sorted(arts, key=lambda x: (-arts[x], x)):
        c = by_lang[lang]
        n = sum(c.values())
        total.update(c)
        lines.append(f"| {lang} | {arts[lang]} | {c['PER']} | {c['ORG']} | {c['LOC']} | {n} |")
    lines.append(
        f"| all | {sum(arts.values())} | {total['PER']} | {total['ORG']} | {total['LOC']} | {sum(total.values())} |"
    )
    return "\n".join(lines)


def show(records: list[dict], corpus: dict[str, dict], which: str) -> int:
    wanted = None if which == "all" else set(which.split(","))
    found = 0
    for rec in records:
        aid = rec.get("id")
        if wanted is not None and aid not in wanted:
            continue
        if aid not in corpus:
            continue
        found += 1
        text = corpus[aid]["text"]
        print(f"== {aid} ({rec.get('lang')}) {len(rec.get('mentions', []))} mentions")
        for m in rec.get("mentions", []):
            s, e = m["start"], m["end"]
            left = text[max(0, s - 20) : s].replace("\n", "⏎")
            right = text[e : e + 12].replace("\n", "⏎")
            print(f"{s:5d}-{e:<5d} {m['type']:<3} {text[s:e]!r:<32} → {m['name']:<34} …{left}[{text[s:e]}]{right}…")
    if wanted is not None and found < len(wanted):
        print(f"not in gold: {sorted(wanted - {r.get('id') for r in records})}", file=sys.stderr)
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--show", metavar="ID", help="print the mentions of article ID (comma-separated ids, or 'all')")
    args = ap.parse_args(argv)

    corpus = load_corpus(args.corpus)
    records, errors = load_gold(args.gold)
    if args.show:
        show(records, corpus, args.show)
        return 0
    more, notes = validate(records, corpus)
    errors += more
    print(f"gold: {args.gold}")
    print(f"corpus: {args.corpus} ({len(corpus)} articles)")
    print(counts(records))
    if notes:
        print(f"\n{len(notes)} note(s):")
        for n in notes:
            print("  " + n)
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())

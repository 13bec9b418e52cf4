#!/usr/bin/env python3
"""Validate the quote-attribution tables in ``src/newsmonitor/quotes/data/`` and report their coverage.

Checks (any failure makes the exit status 1):

* every file is UTF-8 with LF line ends and a final newline; ``#`` comment lines only at the top; no blank
  lines; no leading/trailing whitespace in a field;
* ``speech_verbs.tsv``  (lang, form, tense, kind): tense in pres/past/perf/-, kind in say/strong/write/weak/particle;
* ``pronouns.tsv``      (lang, form, gender): gender in m/f/n/x/pl;
* ``attribution_cues.tsv`` (lang, cue, kind): kind in according/according_post/intro_colon/question/unnamed;
* in these three: ``lang`` is a two-letter lower-case code, the form is lower case, rows are sorted by
  (lang, form) and no (lang, form) key occurs twice;
* ``quote_marks.tsv``   (open, close, langs, note): single-character marks, ``langs`` is ``*`` or a list of
  two-letter codes, no (open, close) pair twice;
* ``dash_marks.txt``: one single character per line, no duplicates.

Coverage on the development corpus (``../shared/corpus/dev.jsonl`` next to the repo; skipped when absent):

* **dash paragraphs**: paragraphs that start with a dash mark and a space; one counts as covered when a
  separator (comma, ! or ?, or a spaced dash as in Polish ``– … – powiedział``) is followed within 40
  characters by a speech-verb form of the article's language (a multiword form may have up to two words
  inside it: ``fügte er hinzu``);
* **quote closings**: spans between an opening and a closing mark of one pair inside a paragraph, with at
  least three words inside and no letter glued to the outside of either mark (apostrophes); covered when a
  verb form starts within 40 characters after the closing mark (``after``), or a verb form / colon ends
  within 40 characters before the opening mark (``before``);
* **gold quotes** (quote-annotated articles only): each annotated quote is located and classified as
  ``verb`` (a verb form follows the quote's end as above), ``colon`` (introduced by ``...:`` in the same or the
  previous paragraph), or ``other`` (attribution only through the surrounding text, or not found by the tables).

Nothing from the corpus is written anywhere; ``--show-missed`` prints uncovered contexts to the terminal for
review.

Usage::

    python tools/check_quote_data.py                # validate + coverage
    python tools/check_quote_data.py --show-missed  # ... and print uncovered gold quotes
    python tools/check_quote_data.py --corpus PATH
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "src" / "newsmonitor" / "quotes" / "data"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"

LANG_RE = re.compile(r"^[a-z]{2}$")
TABLES = {
    "speech_verbs.tsv": (4, {2: {"pres", "past", "perf", "-"}, 3: {"say", "strong", "write", "weak", "particle"}}),
    "pronouns.tsv": (3, {2: {"m", "f", "n", "x", "pl"}}),
    "attribution_cues.tsv": (
        3,
        {2: {"according", "according_post", "intro_colon", "question", "unnamed"}},
    ),
}
WINDOW = 40


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")


def read_lines(path: Path, rep: Report) -> list[tuple[int, str]]:
    """Return (line number, line) for the data lines of ``path``, checking encoding and layout."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        rep.error(path.name, f"not UTF-8 ({exc})")
        return []
    if "\r" in text:
        rep.error(path.name, "contains CR characters (use LF line ends)")
    if text and not text.endswith("\n"):
        rep.error(path.name, "no final newline")
    if text.startswith("\ufeff"):
        rep.error(path.name, "starts with a BOM")
    out = []
    in_header = True
    for no, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), 1):
        if line.startswith("#"):
            if not in_header:
                rep.error(f"{path.name}:{no}", "comment line after the data started")
            continue
        in_header = False
        if not line.strip():
            rep.error(f"{path.name}:{no}", "blank line")
            continue
        out.append((no, line))
    return out


def check_table(name: str, rep: Report) -> list[tuple[str, ...]]:
    ncols, allowed = TABLES[name]
    path = DATA / name
    if not path.exists():
        rep.error(name, "missing")
        return []
    rows: list[tuple[str, ...]] = []
    keys: dict[tuple[str, str], int] = {}
    prev: tuple[str, str] | None = None
    for no, line in read_lines(path, rep):
        where = f"{name}:{no}"
        cols = line.split("\t")
        if len(cols) != ncols:
            rep.error(where, f"{len(cols)} columns, expected {ncols}: {line!r}")
            continue
        if any(c != c.strip() or not c for c in cols):
            rep.error(where, f"empty field or stray whitespace: {line!r}")
        if "  " in cols[1]:
            rep.error(where, f"double space in {cols[1]!r}")
        lang, form = cols[0], cols[1]
        if not LANG_RE.match(lang):
            rep.error(where, f"bad language code {lang!r}")
        if form != form.lower():
            rep.error(where, f"form not lower case: {form!r}")
        for idx, values in allowed.items():
            if cols[idx] not in values:
                rep.error(where, f"column {idx + 1} value {cols[idx]!r} not in {sorted(values)}")
        key = (lang, form)
        if key in keys:
            rep.error(where, f"duplicate {key} (first on line {keys[key]})")
        keys[key] = no
        if prev is not None and key < prev:
            rep.error(where, f"not sorted: {key} after {prev}")
        prev = key
        rows.append(tuple(cols))
    return rows


def check_marks(rep: Report) -> list[tuple[str, str, str]]:
    path = DATA / "quote_marks.tsv"
    if not path.exists():
        rep.error(path.name, "missing")
        return []
    pairs: list[tuple[str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for no, line in read_lines(path, rep):
        where = f"{path.name}:{no}"
        cols = line.split("\t")
        if len(cols) != 4:
            rep.error(where, f"{len(cols)} columns, expected 4: {line!r}")
            continue
        op, cl, langs, note = cols
        if len(op) != 1 or len(cl) != 1 or op.isalnum() or cl.isalnum() or op.isspace() or cl.isspace():
            rep.error(where, f"marks must be single non-alphanumeric characters: {op!r} {cl!r}")
        if langs != "*" and not all(LANG_RE.match(x) for x in langs.split(",")):
            rep.error(where, f"bad langs field {langs!r}")
        if langs != "*" and len(set(langs.split(","))) != len(langs.split(",")):
            rep.error(where, f"repeated language in {langs!r}")
        if not note.strip():
            rep.error(where, "empty note")
        if (op, cl) in seen:
            rep.error(where, f"duplicate pair {op}{cl}")
        seen.add((op, cl))
        pairs.append((op, cl, langs))
    return pairs


def check_dashes(rep: Report) -> list[str]:
    path = DATA / "dash_marks.txt"
    if not path.exists():
        rep.error(path.name, "missing")
        return []
    out: list[str] = []
    for no, line in read_lines(path, rep):
        if len(line) != 1 or line.isalnum():
            rep.error(f"{path.name}:{no}", f"expected one dash character, got {line!r}")
        elif line in out:
            rep.error(f"{path.name}:{no}", f"duplicate {line!r}")
        else:
            out.append(line)
    return out


def check_readme(rep: Report) -> None:
    path = DATA / "README.md"
    if not path.exists():
        rep.error("README.md", "missing")
        return
    text = path.read_text(encoding="utf-8")
    for name in (*TABLES, "quote_marks.tsv", "dash_marks.txt"):
        if name not in text:
            rep.error("README.md", f"does not describe {name}")


# ---------------------------------------------------------------------------------------------- coverage


def alternation(forms: list[str]) -> re.Pattern[str] | None:
    forms = [f for f in forms if f]
    if not forms:
        return None
    # a multiword form may have the subject inside it in inverted order ("fügte er hinzu", "lægger han til")
    body = "|".join(
        r"(?:\s+\S+){0,2}?\s+".join(re.escape(w) for w in f.split()) for f in sorted(set(forms), key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def verb_after(pat: re.Pattern[str] | None, low: str, pos: int) -> str | None:
    """The verb form that starts within WINDOW characters after ``pos`` (in lower-cased text), if any."""
    if pat is None:
        return None
    m = pat.search(low, pos, pos + WINDOW + 40)
    if m and m.start() - pos <= WINDOW:
        return m.group(0)
    return None


def verb_before(pat: re.Pattern[str] | None, low: str, pos: int) -> bool:
    start = max(0, pos - WINDOW)
    seg = low[start:pos]
    if ":" in seg:
        return True
    return bool(pat and any(m.end() >= len(seg) - WINDOW for m in pat.finditer(seg)))


def dash_covered(pat: re.Pattern[str] | None, para: str, low: str) -> str | None:
    for m in re.finditer(r"[,!?]|\s[–—-]\s", low):
        if m.start() < 2:
            continue
        v = verb_after(pat, low, m.end())
        if v:
            return v
    return None


def span_regex(pairs: list[tuple[str, str, str]]) -> re.Pattern[str]:
    alts = []
    for op, cl, _ in pairs:
        o, c = re.escape(op), re.escape(cl)
        alts.append(f"{o}[^\\n{c}]{{3,1500}}?{c}" if op == cl else f"{o}[^\\n{o}{c}]{{3,1500}}?{c}")
    # a mark inside a word is an apostrophe (Sweden's, l'Élysée), not an opening or closing quote
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")


def coverage(corpus: Path, verbs, cues, pairs, dashes, show_missed: bool) -> None:
    by_lang: dict[str, list[str]] = defaultdict(list)
    for lang, form, *_ in verbs:
        by_lang[lang].append(form)
    pats = {lang: alternation(forms) for lang, forms in by_lang.items()}
    cue_by = defaultdict(list)
    for lang, cue, kind in cues:
        cue_by[(lang, kind)].append(cue)
    intro_pats = {lang: alternation(cue_by[(lang, "intro_colon")]) for lang in {c[0] for c in cues}}
    spans = span_regex(pairs)
    dash_re = re.compile(r"^\s*[" + "".join(re.escape(d) for d in dashes) + r"]\s+\S")
    openers = {op for op, _, _ in pairs}
    close_of = defaultdict(set)
    for op, cl, _ in pairs:
        close_of[op].add(cl)

    dash_n, dash_ok = Counter(), Counter()
    span_n, span_after, span_any = Counter(), Counter(), Counter()
    gold_n, gold_cls = Counter(), defaultdict(Counter)
    verb_hits: Counter[tuple[str, str]] = Counter()
    missed: list[str] = []
    no_table = Counter()

    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            lang, text = art["lang"], art["text"]
            pat = pats.get(lang)
            if pat is None:
                no_table[lang] += 1
            low = text.lower()
            # dash paragraphs
            offset = 0
            for para in text.split("\n"):
                if dash_re.match(para):
                    dash_n[lang] += 1
                    v = dash_covered(pat, para, para.lower())
                    if v:
                        dash_ok[lang] += 1
                        verb_hits[(lang, v)] += 1
                offset += len(para) + 1
            # quote spans
            for m in spans.finditer(text):
                inner = m.group(0)[1:-1]
                if len(inner.split()) < 3:
                    continue
                span_n[lang] += 1
                v = verb_after(pat, low, m.end())
                if v:
                    span_after[lang] += 1
                    verb_hits[(lang, v)] += 1
                if v or verb_before(pat, low, m.start()):
                    span_any[lang] += 1
            # gold quotes
            pos = 0
            for q in art.get("quotes", []):
                i = text.find(q["text"], pos)
                if i < 0:
                    i = text.find(q["text"])
                if i < 0:
                    continue
                pos = i + 1
                gold_n[lang] += 1
                cls = classify(text, low, i, q["text"], pat, intro_pats.get(lang), openers, close_of, dash_re)
                gold_cls[lang][cls] += 1
                if cls == "other" and show_missed:
                    ps = text.rfind("\n", 0, i) + 1
                    pe = text.find("\n", i)
                    pe = len(text) if pe < 0 else pe
                    missed.append(f"  [{lang} {art['id']}] {text[max(ps, i - 60) : min(pe, i + 220)]!r}")

    langs = sorted(set(dash_n) | set(span_n) | set(gold_n), key=lambda x: (-(dash_n[x] + span_n[x]), x))
    print()
    print(f"Coverage on {corpus} (window {WINDOW} characters)")
    hdr = (
        f"{'lang':<5}{'dash':>6}{'dash+verb':>11}{'%':>6}{'quoted':>9}{'verb after':>12}{'%':>6}"
        f"{'before/after':>14}{'%':>6}{'gold':>7}{'verb':>6}{'colon':>7}{'other':>7}"
    )
    print(hdr)
    print("-" * len(hdr))
    tot = Counter()
    for lang in langs:
        g = gold_cls[lang]
        row = (
            dash_n[lang],
            dash_ok[lang],
            span_n[lang],
            span_after[lang],
            span_any[lang],
            gold_n[lang],
            g["verb"],
            g["colon"],
            g["other"],
        )
        for k, v in zip(("dn", "do", "sn", "sa", "sy", "gn", "gv", "gc", "go"), row, strict=True):
            tot[k] += v
        print(fmt(lang + ("*" if lang in no_table else ""), *row))
    print("-" * len(hdr))
    print(fmt("all", tot["dn"], tot["do"], tot["sn"], tot["sa"], tot["sy"], tot["gn"], tot["gv"], tot["gc"], tot["go"]))
    if no_table:
        print("* no speech-verb rows for this language:", ", ".join(sorted(no_table)))
    unused = sorted({(lang, f) for lang, f, *_ in verbs if lang in gold_n or lang in dash_n} - set(verb_hits))
    print(
        f"\nverb forms seen in attribution position: {len(verb_hits)} distinct; "
        f"{len(unused)} forms of corpus languages not seen (expected: the corpus is small)"
    )
    top = Counter()
    for (lang, v), n in verb_hits.items():
        top[f"{lang}:{v}"] += n
    print("most frequent:", ", ".join(f"{k} {n}" for k, n in top.most_common(25)))
    if show_missed and missed:
        print(f"\ngold quotes classified 'other' ({len(missed)}):")
        print("\n".join(missed))


def fmt(lang, dn, do, sn, sa, sy, gn, gv, gc, go) -> str:
    def pct(a, b):
        return f"{100 * a / b:5.0f}" if b else "    -"

    return (
        f"{lang:<5}{dn:>6}{do:>11}{pct(do, dn):>6}{sn:>9}{sa:>12}{pct(sa, sn):>6}{sy:>14}{pct(sy, sn):>6}"
        f"{gn:>7}{gv:>6}{gc:>7}{go:>7}"
    )


def classify(text, low, i, qtext, pat, intro_pat, openers, close_of, dash_re) -> str:
    """verb / colon / other for a gold quote starting at ``i``."""
    ps = text.rfind("\n", 0, i) + 1
    pe = text.find("\n", i)
    pe = len(text) if pe < 0 else pe
    before = text[ps:i].rstrip()
    opener = before[-1:] if before and before[-1] in openers else ""
    if opener:
        # find the closing mark after the quote start (not before the 60-char prefix ends)
        end = -1
        for cl in close_of[opener]:
            j = text.find(cl, i + (len(qtext) if len(qtext) < 60 else 1))
            if j >= 0 and (end < 0 or j < end):
                end = j
        if end >= 0 and verb_after(pat, low, end + 1):
            return "verb"
        if end >= 0 and dash_covered(pat, text[end:pe], low[end:pe]):
            return "verb"
    elif dash_re.match(text[ps:pe]) or not before:
        if dash_covered(pat, text[i:pe], low[i:pe]):
            return "verb"
    else:
        if verb_after(pat, low, i + len(qtext)):
            return "verb"
    # colon introduction: in this paragraph just before the quote, or at the end of the previous one
    head = before.rstrip(" \"'«»„“”‚‘’–—-")
    if head.endswith(":"):
        return "colon"
    prev_end = text.rfind("\n", 0, max(ps - 1, 0))
    prev = text[prev_end + 1 : ps].strip()
    if prev.endswith(":"):
        return "colon"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--show-missed", action="store_true", help="print gold quotes not attributed by a verb or colon")
    args = ap.parse_args(argv)

    rep = Report()
    verbs = check_table("speech_verbs.tsv", rep)
    pronouns = check_table("pronouns.tsv", rep)
    cues = check_table("attribution_cues.tsv", rep)
    pairs = check_marks(rep)
    dashes = check_dashes(rep)
    check_readme(rep)

    for name, rows, col in (
        ("speech_verbs.tsv", verbs, 3),
        ("pronouns.tsv", pronouns, 2),
        ("attribution_cues.tsv", cues, 2),
    ):
        per = Counter(r[0] for r in rows)
        kinds = Counter(r[col] for r in rows)
        print(f"{name}: {len(rows)} rows; " + " ".join(f"{k} {v}" for k, v in sorted(per.items())))
        print(
            "    by "
            + ("kind" if col != 2 or name != "pronouns.tsv" else "gender")
            + ": "
            + " ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
        )
    print(f"quote_marks.tsv: {len(pairs)} pairs; dash_marks.txt: {len(dashes)} dashes")

    if rep.errors:
        print(f"\n{len(rep.errors)} error(s):")
        for e in rep.errors:
            print("  " + e)
    else:
        print("\nall files valid")

    if args.corpus.exists():
        coverage(args.corpus, verbs, cues, pairs, dashes, args.show_missed)
    else:
        print(f"\ncorpus {args.corpus} not found: coverage skipped")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())

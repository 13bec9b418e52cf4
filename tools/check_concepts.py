#!/usr/bin/env python3
"""Validate the multilingual concept lexicon ``src/newsmonitor/cluster/data/concepts.tsv``.

Format (see ``src/newsmonitor/cluster/data/README.md``): ``concept_id<TAB>lang<TAB>form|form|…``; a word names
the concept when its folded, lower-cased form starts with one of the folded forms (longest form wins). The
matcher in ``newsmonitor.cluster.features`` ignores the article language, so every form competes with the
forms of all languages.

Errors (exit status 1):

* malformed lines (not three tab-separated fields, bad concept id, unknown language, empty or upper-case or
  space-containing forms), the same (concept, language) on two lines;
* forms shorter than 4 characters after folding (the matcher ignores them);
* one folded form listed for two different concepts (in the same language, or in two languages: the
  matcher does not know the language, so only one of them can win).

Warnings:

* 4-character forms (allowed only when they cannot start unrelated common words);
* with ``wordfreq`` importable: forms that are prefixes of many frequent words of their own language
  (the worst offenders, with the most frequent words they match, so that a person can judge), and forms
  that match frequent words of *another* supported language. Estonian has no wordfreq list and is skipped.
  wordfreq is not a project dependency; install it in a throwaway environment::

      python3 -m venv /tmp/wfvenv && /tmp/wfvenv/bin/pip install wordfreq
      /tmp/wfvenv/bin/python tools/check_concepts.py

Usage::

    python tools/check_concepts.py              # errors, warnings, counts
    python tools/check_concepts.py --top 60     # show more frequency offenders
    python tools/check_concepts.py --show valet # list the frequent words a form matches in every language
    python tools/check_concepts.py --frequent 4000  # which frequent words of each language get a concept
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = ROOT / "src" / "newsmonitor" / "cluster" / "data" / "concepts.tsv"
NAMES = ROOT / "src" / "newsmonitor" / "entities" / "names.py"
LANGS = ("da", "sv", "nb", "nn", "en", "de", "fi", "nl", "fr", "es", "it", "pl", "et", "is")
ID_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
VOCAB = 30_000  # frequent words per language considered by the wordfreq checks
MIN_ZIPF_OTHER = 3.3  # a word of another language this frequent (about 2 per million words) is worth a warning


def _load_fold():
    """The project's own folding (``newsmonitor.entities.names.fold``), loaded without importing the package."""
    spec = importlib.util.spec_from_file_location("_nm_names", NAMES)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.fold


fold = _load_fold()


def load(path: Path) -> tuple[list[tuple[int, str, str, list[str]]], list[str]]:
    """(line number, concept, lang, forms) entries and the format errors."""
    entries: list[tuple[int, str, str, list[str]]] = []
    errors: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        where = f"{path.name}:{number}"
        if len(parts) != 3:
            errors.append(f"{where}: expected 3 tab-separated fields, got {len(parts)}: {line[:60]!r}")
            continue
        concept, lang, raw = parts
        if not ID_RE.match(concept):
            errors.append(f"{where}: bad concept id {concept!r} (lower-case snake_case)")
        if lang not in LANGS:
            errors.append(f"{where}: unknown language {lang!r}")
        if (concept, lang) in seen:
            errors.append(f"{where}: {concept}/{lang} already on line {seen[concept, lang]}")
        seen[concept, lang] = number
        forms = raw.split("|")
        good = []
        for form in forms:
            if not form or form != form.strip():
                errors.append(f"{where}: empty or untrimmed form {form!r}")
            elif form != form.lower():
                errors.append(f"{where}: form not lower-case {form!r}")
            elif re.search(r"[\s\d’]", form) or form[0] in "-'" or form[-1] in "-'":
                errors.append(f"{where}: form with space, digit, curly apostrophe or edge hyphen/apostrophe {form!r} "
                              "(single words only; an inner - or ' is allowed: cessez-le-feu, l'équipe)")
            elif len(fold(form)) < 4:
                errors.append(f"{where}: form shorter than 4 characters {form!r} (never matched)")
            else:
                good.append(form)
        dupes = [f for f, n in Counter(fold(f) for f in good).items() if n > 1]
        if dupes:
            errors.append(f"{where}: form listed twice {dupes}")
        entries.append((number, concept, lang, good))
    return entries, errors


def conflicts(entries) -> list[str]:
    """One folded form given to two different concepts (any languages)."""
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for _, concept, lang, forms in entries:
        for form in forms:
            owners[fold(form)].add((concept, lang))
    errors = []
    for form, who in sorted(owners.items()):
        concepts = {c for c, _ in who}
        if len(concepts) > 1:
            per_lang = Counter(lang for _, lang in who)
            scope = "same language" if max(per_lang.values()) > 1 else "across languages"
            errors.append(f"form {form!r} names several concepts ({scope}): "
                          + ", ".join(f"{c}/{lang}" for c, lang in sorted(who)))
    return errors


def _wordfreq():
    try:
        import wordfreq  # noqa: PLC0415 - optional, never a project dependency
    except ImportError:
        return None
    return wordfreq


def vocabularies(wordfreq) -> dict[str, list[tuple[str, str, float]]]:
    """lang → [(folded word, word, zipf)] of its most frequent words.

    wordfreq has one Norwegian list (Bokmål); Nynorsk forms are checked against it together with nb."""
    vocab: dict[str, list[tuple[str, str, float]]] = {}
    for lang in LANGS:
        code = lang
        if lang == "nn" or code not in wordfreq.available_languages():
            continue
        words = wordfreq.top_n_list(code, VOCAB)
        vocab[lang] = [(fold(w).lower(), w, wordfreq.zipf_frequency(w, code)) for w in words if w.isalpha()]
    return vocab


def matches(form: str, words: list[tuple[str, str, float]]) -> list[tuple[str, float]]:
    f = fold(form).lower()
    return [(w, z) for folded, w, z in words if folded.startswith(f)]


class Lexicon:
    """Longest-prefix lookup as in ``newsmonitor.cluster.features.concept``, remembering which form won."""

    def __init__(self, entries) -> None:
        self.forms: dict[str, tuple[str, str, str]] = {}  # folded form -> (concept, lang, form); first wins
        self.by_lang: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for _, concept, lang, forms in entries:
            for form in forms:
                folded = fold(form).lower()
                self.forms.setdefault(folded, (concept, lang, form))
                self.by_lang[lang][folded].add(concept)
        self.longest = max((len(f) for f in self.forms), default=0)

    def winner(self, folded_word: str) -> tuple[str, str, str] | None:
        for n in range(min(len(folded_word), self.longest), 3, -1):
            found = self.forms.get(folded_word[:n])
            if found:
                return found
        return None

    def own(self, lang: str, folded_word: str, concept: str) -> bool:
        """Does language ``lang`` itself have a form of ``concept`` that starts this word?"""
        table = self.by_lang.get(lang, {})
        return any(concept in table.get(folded_word[:n], ()) for n in range(4, len(folded_word) + 1))


def frequency_report(entries, vocab, top: int) -> tuple[list[str], list[str]]:
    """(in-language offenders, cross-language offenders), worst first, computed with longest-prefix matching.

    In-language: every form with the frequent words of its own language that it wins, ranked by the summed
    frequency of those words (a person judges whether they are the concept's words or unrelated ones).
    Cross-language: frequent words of language M won by a form of another language whose concept M's own
    forms do not give that word ("mayor" en -> es "mayores"); the matcher does not know the language.
    """
    lex = Lexicon(entries)
    won: dict[tuple[str, str, str], list[tuple[str, float]]] = defaultdict(list)
    foreign: list[tuple[float, str]] = []
    for lang, words in vocab.items():
        for folded, word, zipf in words:
            if len(folded) < 4:
                continue
            hit = lex.winner(folded)
            if hit is None:
                continue
            concept, form_lang, form = hit
            same = form_lang == lang or {form_lang, lang} == {"nb", "nn"}
            if same:
                won[concept, form_lang, form].append((word, zipf))
            elif zipf >= MIN_ZIPF_OTHER and not lex.own(lang, folded, concept):
                foreign.append((zipf, f"{lang} word {word!r} ({zipf:.1f}) -> {concept} by {form_lang} {form!r}"))
    ranked = []
    for (concept, lang, form), hits in won.items():
        mass = sum(10 ** z for _, z in hits)
        sample = " ".join(f"{w}:{z:.1f}" for w, z in sorted(hits, key=lambda x: -x[1])[:14])
        ranked.append((mass, f"{lang} {form!r} ({concept}) wins {len(hits)} frequent words: {sample}"))
    ranked.sort(reverse=True)
    foreign.sort(reverse=True)
    return [line for _, line in ranked[:top]], [line for _, line in foreign[:top]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=TSV)
    parser.add_argument("--top", type=int, default=40, help="frequency offenders to show per check")
    parser.add_argument("--show", metavar="FORM", help="list frequent words that FORM matches, per language")
    parser.add_argument("-q", "--quiet", action="store_true", help="errors and counts only")
    parser.add_argument("--frequent", type=int, metavar="N",
                        help="list, per language, which of its N most frequent words get a concept (for review)")
    args = parser.parse_args()

    entries, errors = load(args.path)
    errors += conflicts(entries)
    warnings = [f"{args.path.name}:{n}: 4-character form {f!r} ({c}/{lang})"
                for n, c, lang, forms in entries for f in forms if len(fold(f)) == 4]

    wordfreq = _wordfreq()
    if args.show:
        if wordfreq is None:
            print("wordfreq not importable: --show needs it", file=sys.stderr)
            return 2
        for lang, words in vocabularies(wordfreq).items():
            found = matches(args.show, words)
            if found:
                print(f"{lang} ({len(found)}): " + " ".join(f"{w}:{z:.1f}" for w, z in found[:40]))
        return 0

    if args.frequent:
        if wordfreq is None:
            print("wordfreq not importable: --frequent needs it", file=sys.stderr)
            return 2
        lex = Lexicon(entries)
        for lang in LANGS:
            if lang == "nn" or lang not in wordfreq.available_languages():
                continue
            hits = []
            for word in wordfreq.top_n_list(lang, args.frequent):
                folded = fold(word).lower()
                hit = lex.winner(folded) if len(folded) >= 4 and word.isalpha() else None
                if hit:
                    hits.append(f"{word}>{hit[0]}")
            print(f"{lang} ({len(hits)} of the {args.frequent} most frequent words): {' '.join(hits)}\n")
        return 0

    offenders: list[str] = []
    foreign: list[str] = []
    if wordfreq is None:
        print("note: wordfreq is not importable here; frequent-prefix checks skipped (python3 -m venv "
              "/tmp/wfvenv && /tmp/wfvenv/bin/pip install wordfreq, then run with /tmp/wfvenv/bin/python)")
    else:
        vocab = vocabularies(wordfreq)
        skipped = sorted(set(LANGS) - set(vocab) - {"nn"})
        if skipped:
            print(f"note: no wordfreq list for {', '.join(skipped)}: frequent-prefix checks skipped there")
        print("note: nn forms are checked against the Norwegian (nb) word list")
        offenders, foreign = frequency_report(entries, vocab, args.top)

    for line in errors:
        print("ERROR", line)
    if not args.quiet:
        for line in warnings:
            print("warn ", line)
        if offenders:
            print(f"\n-- forms winning the most frequent words of their own language (top {len(offenders)}; "
                  "check that the words are the concept's):")
            for line in offenders:
                print("check", line)
        if foreign:
            print(f"\n-- frequent words of another language given a concept their language does not give them "
                  f"(worst {len(foreign)}):")
            for line in foreign:
                print("warn ", line)

    concepts = {c for _, c, _, _ in entries}
    per_lang = Counter()
    langs_per_concept = Counter()
    for _, concept, lang, forms in entries:
        per_lang[lang] += len(forms)
        langs_per_concept[concept] += 1
    print(f"\n{len(concepts)} concepts, {sum(per_lang.values())} forms; forms per language: "
          + " ".join(f"{lang}={per_lang[lang]}" for lang in LANGS))
    thin = sorted(c for c, n in langs_per_concept.items() if n < 10)
    if thin and not args.quiet:
        print(f"{len(thin)} concepts in fewer than 10 languages: {' '.join(thin[:30])}{' …' if len(thin) > 30 else ''}")
    print(f"{len(errors)} errors, {len(warnings) + len(foreign)} warnings, {len(offenders)} forms listed for review")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

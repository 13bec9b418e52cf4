"""Self-evaluation: metrics that compare ``analyze`` output with a labelled gold file.

The gold format is the dev corpus's (``../shared/corpus/README.md``): JSON Lines with ``id``,
``text``, ``url`` and the labels ``lang``, ``date``, ``event``, ``story`` and (optionally) ``quotes``.
Every metric is computed only over the gold records that carry its label.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from newsmonitor.entities.names import fold

Record = dict[str, Any]


def _ratio(num: float, den: float) -> float:
    return num / den if den else math.nan


def _f1(p: float, r: float) -> float:
    if math.isnan(p) or math.isnan(r) or p + r == 0:
        return math.nan if (math.isnan(p) or math.isnan(r)) else 0.0
    return 2 * p * r / (p + r)


# -- language and date ----------------------------------------------------------------------------
def lang_accuracy(pairs: Sequence[tuple[Record, Record]]) -> tuple[float, int]:
    scored = [(g, s) for g, s in pairs if g.get("lang")]
    return _ratio(sum(1 for g, s in scored if s.get("lang") == g["lang"]), len(scored)), len(scored)


def date_correct(gold: str, system: str | None) -> bool:
    """The gold date must be a prefix of the system date (a system day under a gold month is right)."""
    return bool(system) and system.startswith(gold)  # type: ignore[union-attr]


def date_accuracy(pairs: Sequence[tuple[Record, Record]]) -> tuple[float, int]:
    scored = [(g, s) for g, s in pairs if g.get("date")]
    return _ratio(sum(1 for g, s in scored if date_correct(g["date"], s.get("date"))), len(scored)), len(scored)


# -- clustering -----------------------------------------------------------------------------------
def labels(pairs: Sequence[tuple[Record, Record]], field: str) -> tuple[list[str], list[str]]:
    """Gold and system cluster labels per article; an article without a system label is a singleton."""
    gold, system = [], []
    for g, s in pairs:
        gold.append(str(g[field]))
        label = s.get(field)
        system.append(f"c:{label}" if label is not None else f"singleton:{s.get('id')}")
    return gold, system


def bcubed(gold: Sequence[str], system: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a system clustering against a gold clustering."""
    if not gold:
        return math.nan, math.nan, math.nan
    pair_counts = Counter(zip(gold, system, strict=True))
    gold_sizes, sys_sizes = Counter(gold), Counter(system)
    precision = sum(pair_counts[(g, s)] / sys_sizes[s] for g, s in zip(gold, system, strict=True)) / len(gold)
    recall = sum(pair_counts[(g, s)] / gold_sizes[g] for g, s in zip(gold, system, strict=True)) / len(gold)
    return precision, recall, _f1(precision, recall)


def crosslingual_pairs(langs: Sequence[str], gold: Sequence[str], system: Sequence[str]) -> tuple[float, float, float]:
    """Pairwise precision/recall/F1 of 'same event' over article pairs in different (gold) languages."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        if langs[i] == langs[j]:
            continue
        same_gold, same_sys = gold[i] == gold[j], system[i] == system[j]
        tp += same_gold and same_sys
        fp += same_sys and not same_gold
        fn += same_gold and not same_sys
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return p, r, _f1(p, r)


# -- quotes ---------------------------------------------------------------------------------------
_QUOTE_CHARS = re.compile(r"[\"'“”„‟«»‹›‘’‚‛–—-]")
_SPACES = re.compile(r"\s+")


def normalize_quote(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _QUOTE_CHARS.sub(" ", text)
    return _SPACES.sub(" ", text).strip(" .,:;!?")


def surname(name: str | None) -> str:
    tokens = re.findall(r"[\w.'-]+", fold(name or ""))
    return tokens[-1] if tokens else ""


def quote_scores(pairs: Sequence[tuple[Record, Record]]) -> dict[str, float]:
    """Quote precision/recall/speaker accuracy over the gold articles that carry a ``quotes`` list."""
    n_gold = n_sys = matched = speaker_ok = 0
    for g, s in pairs:
        if "quotes" not in g or g["quotes"] is None:
            continue
        system = [(normalize_quote(q.get("text") or ""), q.get("speaker")) for q in s.get("quotes") or []]
        used = [False] * len(system)
        n_sys += len(system)
        for gq in g["quotes"]:
            n_gold += 1
            needle = normalize_quote(gq["text"])
            for k, (stext, speaker) in enumerate(system):
                if not used[k] and needle and needle in stext:
                    used[k] = True
                    matched += 1
                    speaker_ok += surname(speaker) == surname(gq.get("speaker")) != ""
                    break
    return {
        "quote_precision": _ratio(matched, n_sys),
        "quote_recall": _ratio(matched, n_gold),
        "quote_speaker_acc": _ratio(speaker_ok, matched),
        "quote_gold": n_gold,
        "quote_system": n_sys,
    }


# -- all together ---------------------------------------------------------------------------------
def align(gold: Iterable[Record], system: Iterable[Record]) -> list[tuple[Record, Record]]:
    """Pair gold and system records by id; a gold record with no system output gets an empty one."""
    by_id = {str(s.get("id")): s for s in system}
    return [(g, by_id.get(str(g.get("id")), {"id": g.get("id")})) for g in gold]


def evaluate(gold: Sequence[Record], system: Sequence[Record], seconds: float | None = None) -> dict[str, float]:
    """Every metric of ``newsmonitor eval``, as an ordered dict of name → value (NaN when undefined)."""
    pairs = align(gold, system)
    metrics: dict[str, float] = {"articles": len(pairs)}
    metrics["lang_acc"], _ = lang_accuracy(pairs)
    metrics["date_acc"], _ = date_accuracy(pairs)
    for field in ("event", "story"):
        labelled = [(g, s) for g, s in pairs if g.get(field)]
        p, r, f = bcubed(*labels(labelled, field))
        metrics[f"{field}_bcubed_p"], metrics[f"{field}_bcubed_r"], metrics[f"{field}_bcubed_f1"] = p, r, f
    labelled = [(g, s) for g, s in pairs if g.get("event") and g.get("lang")]
    gold_ev, sys_ev = labels(labelled, "event")
    p, r, f = crosslingual_pairs([g["lang"] for g, _ in labelled], gold_ev, sys_ev)
    metrics["event_xling_pair_p"], metrics["event_xling_pair_r"], metrics["event_xling_pair_f1"] = p, r, f
    metrics.update(quote_scores(pairs))
    if seconds is not None:
        metrics["articles_per_second"] = _ratio(len(system), seconds)
    return metrics


def by_language(gold: Sequence[Record], system: Sequence[Record],
                entity_gold: dict[str, list[Record]] | None = None) -> dict[str, dict[str, float]]:
    """lang/date accuracy, quote scores and (with annotations) entity scores per gold language."""
    groups: dict[str, list[tuple[Record, Record]]] = defaultdict(list)
    for g, s in align(gold, system):
        groups[str(g.get("lang") or "?")].append((g, s))
    result = {}
    for lang, pairs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        q = quote_scores(pairs)
        result[lang] = {
            "articles": len(pairs),
            "lang_acc": lang_accuracy(pairs)[0],
            "date_acc": date_accuracy(pairs)[0],
            "quote_precision": q["quote_precision"],
            "quote_recall": q["quote_recall"],
            "quote_speaker_acc": q["quote_speaker_acc"],
        }
        if entity_gold is not None:
            ids = {str(g.get("id")) for g, _ in pairs}
            sub = {k: v for k, v in entity_gold.items() if k in ids}
            if sub:
                e = entity_scores(sub, [s for _, s in pairs])
                result[lang].update({k: e[k] for k in ("entity_precision", "entity_recall", "entity_link_acc")})
    return result


def format_metrics(metrics: dict[str, float]) -> str:
    """One ``name value`` line per metric (counts as integers, rates with three decimals, ``nan`` if undefined)."""
    lines = []
    for name, value in metrics.items():
        if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and not name.endswith(
                ("_acc", "_p", "_r", "_f1", "_precision", "_recall"))):
            lines.append(f"{name} {int(value)}")
        elif math.isnan(value):
            lines.append(f"{name} nan")
        else:
            lines.append(f"{name} {value:.3f}" if abs(value) < 1000 else f"{name} {value:.1f}")
    return "\n".join(lines)


# -- entities -------------------------------------------------------------------------------------
def _same_name(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and fold(a).strip() == fold(b).strip()  # type: ignore[arg-type]


def entity_scores(gold_mentions: dict[str, list[Record]], system: Sequence[Record]) -> dict[str, float]:
    """Mention precision/recall (overlapping span and same type) and linking accuracy (same canonical name).

    ``gold_mentions`` maps article id → gold mentions ``{"start", "end", "type", "name"}``; only those
    articles are scored. Exact-span precision/recall are reported too.
    """
    by_id = {str(s.get("id")): s for s in system}
    n_gold = n_sys = matched = exact = linked = 0
    for article_id, gold in gold_mentions.items():
        sys_mentions = [m for m in (by_id.get(article_id, {}).get("entities") or [])
                        if isinstance(m.get("start"), int) and m.get("start", -1) >= 0]
        n_gold += len(gold)
        n_sys += len(sys_mentions)
        used = [False] * len(sys_mentions)
        for g in sorted(gold, key=lambda m: m["start"]):
            best = None
            for k, s in enumerate(sys_mentions):
                if used[k] or s.get("type") != g["type"] or s["start"] >= g["end"] or s["end"] <= g["start"]:
                    continue
                if best is None or (s["start"], s["end"]) == (g["start"], g["end"]):
                    best = k
            if best is None:
                continue
            used[best] = True
            s = sys_mentions[best]
            matched += 1
            exact += (s["start"], s["end"]) == (g["start"], g["end"])
            linked += _same_name(s.get("name"), g.get("name"))
    return {
        "entity_precision": _ratio(matched, n_sys),
        "entity_recall": _ratio(matched, n_gold),
        "entity_f1": _f1(_ratio(matched, n_sys), _ratio(matched, n_gold)),
        "entity_exact_precision": _ratio(exact, n_sys),
        "entity_exact_recall": _ratio(exact, n_gold),
        "entity_link_acc": _ratio(linked, matched),
        "entity_gold": n_gold,
        "entity_system": n_sys,
    }


def load_entity_gold(path: str) -> dict[str, list[Record]]:
    """Read an entity annotation file: one ``{"id", "mentions": [{"start", "end", "type", "name"}]}`` per line."""
    import json

    gold: dict[str, list[Record]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                gold[str(row["id"])] = list(row.get("mentions") or [])
    return gold

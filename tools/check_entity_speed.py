#!/usr/bin/env python3
"""Equivalence and timing harness for the entity stage (``EntityStage`` → ``Recognizer`` + ``PersonRegistry``).

Runs the default pipeline's entity stage over two article sets and writes a canonical JSON dump of every
article's mentions (surface, type, id, canonical name, offsets), so a speed change can be checked to leave the
output byte-identical, and reports the time of the entity stage alone (``time.perf_counter`` around each stage
call; the knowledge base is built beforehand and not timed):

* ``stream``: the first N articles (default 2000) of the synthetic bench stream
  (``/tmp/newsmonitor-bench/stream-10000.jsonl``, made by ``bench/generate_stream.py``);
* ``dev``: every article of the dev corpus (``/work/shared/corpus/dev.jsonl``).

Articles are read with the package's readers and prepared by the extract stage (which fills ``lang``). Those
inputs are cached (``--inputs``, default ``/tmp/entity_inputs.json``), so later runs feed the entity stage the
very same text and language even while the extract stage changes; ``--fresh`` re-reads them. Each set runs
with a fresh ``EntityStage`` (its own person registry, as in the pipeline), ``--repeat`` times; the dump comes
from the first run (every repeat must agree), the timing is the minimum.

Usage::

    .venv/bin/python tools/check_entity_speed.py --out /tmp/entities_baseline.json       # baseline
    .venv/bin/python tools/check_entity_speed.py --compare /tmp/entities_baseline.json   # after a change
    .venv/bin/python tools/check_entity_speed.py --profile stream                       # cProfile one set

Exit status 1 when the dump differs from ``--compare``.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path
from typing import Any

STREAM = Path("/tmp/newsmonitor-bench/stream-10000.jsonl")
DEV = Path("/work/shared/corpus/dev.jsonl")


def read_articles(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """Articles of a JSONL file as the entity stage sees them: id, text and the extract stage's language."""
    from newsmonitor.extract.stage import ExtractStage
    from newsmonitor.model import Article
    from newsmonitor.readers import ReadOptions, read_inputs

    extract = ExtractStage()
    out: list[dict[str, Any]] = []
    for result in read_inputs([str(path)], None, ReadOptions(use_labels=True)):
        if not isinstance(result, Article):
            continue
        extract(result)
        out.append({"id": result.id, "text": result.text, "lang": result.lang})
        if limit is not None and len(out) >= limit:
            break
    return out


def load_inputs(cache: Path, stream_n: int, fresh: bool) -> dict[str, list[dict[str, Any]]]:
    """The article sets, from the cache when it holds enough stream articles, else read (and cached)."""
    if cache.exists() and not fresh:
        sets = json.loads(cache.read_text("utf-8"))
        if len(sets["stream"]) >= stream_n:
            sets["stream"] = sets["stream"][:stream_n]
            return sets
    sets = {"stream": read_articles(STREAM, stream_n), "dev": read_articles(DEV, None)}
    cache.write_text(json.dumps(sets, ensure_ascii=False), "utf-8")
    return sets


def run_set(articles: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], float]:
    """The entity stage over one set with a fresh stage: (per-article mentions, seconds inside the stage)."""
    from newsmonitor.entities.stage import EntityStage
    from newsmonitor.model import Article

    stage = EntityStage()
    dump: list[dict[str, Any]] = []
    seconds = 0.0
    for row in articles:
        article = Article(id=row["id"], text=row["text"])
        article.lang = row["lang"]
        start = time.perf_counter()
        stage(article)
        seconds += time.perf_counter() - start
        dump.append({"id": article.id, "lang": article.lang,
                     "mentions": [[m.start, m.end, m.text, m.type, m.id, m.name] for m in article.mentions]})
    return dump, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="write the canonical dump here")
    parser.add_argument("--compare", type=Path, help="a dump to compare with byte for byte")
    parser.add_argument("--stream-n", type=int, default=2000, help="stream articles (default 2000)")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per set; the minimum counts")
    parser.add_argument("--inputs", type=Path, default=Path("/tmp/entity_inputs.json"), help="input cache")
    parser.add_argument("--fresh", action="store_true", help="re-read the inputs instead of using the cache")
    parser.add_argument("--profile", choices=("stream", "dev"), help="cProfile one run of a set and print it")
    args = parser.parse_args()

    from newsmonitor.entities.kb import default_kb

    sets = load_inputs(args.inputs, args.stream_n, args.fresh)
    start = time.perf_counter()
    default_kb()
    print(f"kb build {1000 * (time.perf_counter() - start):.0f} ms (not counted)", file=sys.stderr)

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run_set(sets[args.profile])
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        return 0

    dumps: dict[str, list[dict[str, Any]]] = {}
    for name, articles in sets.items():
        times = []
        for _ in range(max(1, args.repeat)):
            dump, seconds = run_set(articles)
            if name in dumps and dump != dumps[name]:
                print(f"{name}: repeat runs disagree", file=sys.stderr)
                return 1
            dumps.setdefault(name, dump)
            times.append(seconds)
        runs = " ".join(f"{1000 * t / len(articles):.3f}" for t in times)
        print(f"{name}: {len(articles)} articles, {sum(len(d['mentions']) for d in dumps[name])} mentions, "
              f"entity stage {1000 * min(times) / len(articles):.3f} ms/article (min of {runs})")

    text = json.dumps(dumps, ensure_ascii=False, sort_keys=True, indent=0) + "\n"
    if args.out:
        args.out.write_text(text, "utf-8")
    if args.compare:
        expected = args.compare.read_text("utf-8")
        if text != expected:
            old = json.loads(expected)
            for name in dumps:
                for a, b in zip(old.get(name, []), dumps[name], strict=False):
                    if a != b:
                        print(f"DIFFERENT {name} {a['id']}:\n  before {a['mentions']}\n  after  {b['mentions']}")
                        break
                if len(old.get(name, [])) != len(dumps[name]):
                    print(f"DIFFERENT {name}: {len(old.get(name, []))} vs {len(dumps[name])} articles")
            print("dump DIFFERS from", args.compare)
            return 1
        print("dump identical to", args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())

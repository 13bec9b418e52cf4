"""Benchmark of the whole pipeline: read → extract → entities → quotes → cluster → store.

For each size (default 1k, 10k and 100k articles) it generates a synthetic multilingual stream
(``bench/generate_stream.py``, v2: stories of events, with a gold sidecar), ingests it into a fresh
SQLite store in a separate single-threaded process, and reports articles/second, the cost per article
relative to the smallest size, peak RSS, the events and stories formed, and the B-cubed precision,
recall and F1 of the stored events and stories against the generator's gold labels (every stored
article, wire copies included; an article without a cluster counts as a singleton). Streams are
cached in the temporary directory as ``newsmonitor-bench/stream2-N.jsonl`` with ``gold2-N.jsonl``.
Not a test: timings depend on the machine.

Usage:
    python bench/bench_pipeline.py                 # 1000 10000 100000
    python bench/bench_pipeline.py 1000 10000      # chosen sizes
    python bench/bench_pipeline.py --json 1000     # also print the rows as JSON
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = Path(tempfile.gettempdir()) / "newsmonitor-bench"


def run_one(n: int, stream: Path) -> dict[str, float]:
    """Ingest ``stream`` into a fresh store in this process; return the measurements."""
    from newsmonitor.ingest import ingest_results
    from newsmonitor.readers import ReadOptions, read_inputs
    from newsmonitor.store.sqlite import Store

    db = WORK / f"bench-{n}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    start = time.perf_counter()
    with Store(db) as store:
        counts = ingest_results(store, read_inputs([str(stream)], None, ReadOptions(use_labels=True)))
        seconds = time.perf_counter() - start
        events = store.db.execute("SELECT count(*) FROM events").fetchone()[0]
        stories = store.db.execute("SELECT count(*) FROM stories").fetchone()[0]
        duplicates = store.db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "added": counts["added"], "seconds": seconds, "per_second": counts["added"] / seconds,
            "ms_per_article": 1000 * seconds / max(1, counts["added"]), "peak_rss_mb": peak_mb,
            "events": events, "stories": stories, "duplicates": duplicates}


def cluster_scores(db: Path, gold_path: Path) -> dict[str, float]:
    """B-cubed precision/recall/F1 of the stored events and stories against the gold sidecar."""
    from newsmonitor.evaluate import align, bcubed, labels

    with gold_path.open(encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    con = sqlite3.connect(db)
    try:
        system = [{"id": i, "event": e, "story": s} for i, e, s in con.execute("SELECT id, event, story FROM articles")]
    finally:
        con.close()
    stored = {s["id"] for s in system}
    pairs = [(g, s) for g, s in align(gold, system) if s["id"] in stored]  # articles the store holds
    scores: dict[str, float] = {"gold_events": len({g["event"] for g, _ in pairs}),
                                "gold_stories": len({g["story"] for g, _ in pairs}), "scored": len(pairs)}
    for field in ("event", "story"):
        p, r, f1 = bcubed(*labels(pairs, field))
        scores[f"{field}_p"], scores[f"{field}_r"], scores[f"{field}_f1"] = p, r, f1
    return scores


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        print(json.dumps(run_one(int(sys.argv[2]), Path(sys.argv[3]))))
        return
    args = sys.argv[1:]
    as_json = "--json" in args
    sizes = [int(a) for a in args if a != "--json"] or [1000, 10_000, 100_000]
    WORK.mkdir(exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    rows = []
    for n in sizes:
        stream, gold = WORK / f"stream2-{n}.jsonl", WORK / f"gold2-{n}.jsonl"
        if not (stream.exists() and gold.exists()):
            subprocess.run([sys.executable, str(HERE / "generate_stream.py"), str(n), "-o", str(stream),
                            "--gold", str(gold)], check=True)
        out = subprocess.run([sys.executable, __file__, "--run", str(n), str(stream)], env=env, check=True,
                             capture_output=True, text=True).stdout
        row = json.loads(out.strip().splitlines()[-1])
        row.update(cluster_scores(WORK / f"bench-{n}.db", gold))
        rows.append(row)
        print(f"done {n}", file=sys.stderr)
    base = rows[0]["ms_per_article"]
    print("| articles | seconds | articles/s | ms/article | cost vs first | peak RSS MB | events | stories "
          "| duplicates | gold events | gold stories | event B³ P / R / F1 | story B³ P / R / F1 |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['n']:,} | {r['seconds']:.1f} | {r['per_second']:.0f} | {r['ms_per_article']:.2f} | "
              f"{r['ms_per_article'] / base:.2f}× | {r['peak_rss_mb']:.0f} | {r['events']:,} | {r['stories']:,} | "
              f"{r['duplicates']:,} | {r['gold_events']:,} | {r['gold_stories']:,} | "
              f"{r['event_p']:.3f} / {r['event_r']:.3f} / {r['event_f1']:.3f} | "
              f"{r['story_p']:.3f} / {r['story_r']:.3f} / {r['story_f1']:.3f} |")
    if as_json:
        print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()

"""Benchmark of the whole pipeline: read → extract → entities → quotes → cluster → store.

For each size (default 1k, 10k and 100k articles) it generates a synthetic multilingual stream
(``bench/generate_stream.py``), ingests it into a fresh SQLite store in a separate single-threaded
process, and reports articles/second, the cost per article relative to the smallest size, peak
RSS, and the events and stories formed. Not a test: timings depend on the machine.

Usage:
    python bench/bench_pipeline.py                 # 1000 10000 100000
    python bench/bench_pipeline.py 1000 10000      # chosen sizes
"""

from __future__ import annotations

import json
import os
import resource
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


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        print(json.dumps(run_one(int(sys.argv[2]), Path(sys.argv[3]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10_000, 100_000]
    WORK.mkdir(exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    rows = []
    for n in sizes:
        stream = WORK / f"stream-{n}.jsonl"
        if not stream.exists():
            subprocess.run([sys.executable, str(HERE / "generate_stream.py"), str(n), "-o", str(stream)], check=True)
        out = subprocess.run([sys.executable, __file__, "--run", str(n), str(stream)], env=env, check=True,
                             capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"done {n}", file=sys.stderr)
    base = rows[0]["ms_per_article"]
    print("| articles | seconds | articles/s | ms/article | cost vs first | peak RSS MB | events | stories "
          "| duplicates |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['n']:,} | {r['seconds']:.1f} | {r['per_second']:.0f} | {r['ms_per_article']:.2f} | "
              f"{r['ms_per_article'] / base:.2f}× | {r['peak_rss_mb']:.0f} | {r['events']:,} | {r['stories']:,} | "
              f"{r['duplicates']:,} |")


if __name__ == "__main__":
    main()

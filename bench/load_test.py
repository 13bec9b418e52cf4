"""Load test: concurrent readers on `newsmonitor serve` while one writer ingests into the same store.

It builds a store with a synthetic stream (``bench/generate_stream.py``), starts ``newsmonitor serve``
on it (a real uvicorn server in a subprocess), then for ``--seconds`` runs ``--readers`` threads that
request the front page, event, entity, article and search pages and the API lists, while a second
process ingests more articles with ``newsmonitor ingest`` in a loop. It reports requests per second,
latency percentiles, and every error: any non-2xx answer, any connection error, and any "database is
locked" seen by a reader or by the writer. Not a test: numbers depend on the machine.

Usage:
    python bench/load_test.py                       # 2,000 articles, 8 readers, 30 s
    python bench/load_test.py --articles 10000 --readers 16 --seconds 60
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI = [sys.executable, "-m", "newsmonitor.cli"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, timeout: float = 30.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the store before the test")
    parser.add_argument("--readers", type=int, default=8, help="concurrent reader threads")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--write-batch", type=int, default=200, help="articles per writer ingest run")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="nm-load-"))
    db = work / "load.db"
    total = args.articles + 20 * args.write_batch
    stream = work / "stream.jsonl"
    subprocess.run([sys.executable, str(HERE / "generate_stream.py"), str(total), "-o", str(stream)], check=True)
    lines = stream.read_text(encoding="utf-8").splitlines()
    seed, rest = lines[:args.articles], lines[args.articles:]
    (work / "seed.jsonl").write_text("\n".join(seed) + "\n", encoding="utf-8")
    print(f"building a store of {len(seed)} articles …", file=sys.stderr)
    subprocess.run([*CLI, "--db", str(db), "ingest", "-q", str(work / "seed.jsonl")], check=True,
                   stdout=subprocess.DEVNULL)

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([*CLI, "--db", str(db), "serve", "--port", str(port)], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(200):
            try:
                if _get(base + "/api/stats", timeout=2)[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)
        events = json.loads(_get(base + "/api/events?limit=200")[1])["items"]
        entities = json.loads(_get(base + "/api/entities?limit=200")[1])["items"]
        articles = json.loads(_get(base + "/api/articles?limit=200")[1])["items"]
        words = ["storm", "Danmark", "Sverige", "election", "Wahl", "minister", "Oslo", "NATO"]
        targets = ([("front", "/")] + [("event", f"/event/{urllib.parse.quote(e['id'])}") for e in events[:50]]
                   + [("entity", f"/entity/{urllib.parse.quote(e['id'])}") for e in entities[:50]]
                   + [("article", f"/article/{urllib.parse.quote(a['id'])}") for a in articles[:50]]
                   + [("search", f"/search?q={urllib.parse.quote(w)}") for w in words]
                   + [("api", p) for p in ("/api/articles", "/api/events", "/api/stories", "/api/entities",
                                           "/api/quotes", "/api/search?q=storm")])

        stop = threading.Event()
        lock = threading.Lock()
        latencies: dict[str, list[float]] = {}
        errors: list[str] = []

        def reader(seed_: int) -> None:
            rng = random.Random(seed_)
            while not stop.is_set():
                kind, path = rng.choice(targets)
                started = time.perf_counter()
                try:
                    status, body = _get(base + path)
                    problem = None if 200 <= status < 300 else f"HTTP {status} {path}"
                    if b"database is locked" in body:
                        problem = f"'database is locked' in {path}"
                except OSError as exc:
                    problem = f"{type(exc).__name__} {path}: {exc}"
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.setdefault(kind, []).append(elapsed)
                    if problem:
                        errors.append(problem)

        writes = {"runs": 0, "added": 0, "failed": 0, "locked": 0}

        def writer() -> None:
            start = 0
            while not stop.is_set() and start < len(rest):
                chunk = work / f"w{start}.jsonl"
                chunk.write_text("\n".join(rest[start:start + args.write_batch]) + "\n", encoding="utf-8")
                done = subprocess.run([*CLI, "--db", str(db), "ingest", "-q", str(chunk)], capture_output=True,
                                      text=True)
                writes["runs"] += 1
                if done.returncode != 0:
                    writes["failed"] += 1
                if "database is locked" in done.stdout + done.stderr:
                    writes["locked"] += 1
                for token in done.stdout.split(","):
                    if token.strip().startswith("added"):
                        writes["added"] += int(token.split()[1])
                start += args.write_batch

        threads = [threading.Thread(target=reader, args=(i,)) for i in range(args.readers)]
        threads.append(threading.Thread(target=writer))
        began = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(args.seconds)
        stop.set()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
    finally:
        server.terminate()
        server.wait(timeout=30)

    count = sum(len(v) for v in latencies.values())
    print(f"\n{args.readers} readers for {elapsed:.0f} s on {args.articles:,} articles while one writer ingested "
          f"{writes['added']:,} more in {writes['runs']} runs ({os.cpu_count()} CPUs):\n")
    print("| requests | ok | p50 ms | p95 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for kind, values in sorted(latencies.items()):
        values.sort()
        print(f"| {kind} | {len(values)} | {values[len(values) // 2]:.1f} | {values[int(len(values) * 0.95)]:.1f} "
              f"| {values[-1]:.1f} |")
    print(f"\nthroughput: {count / elapsed:.1f} requests/s; reader errors: {len(errors)}; writer runs failed: "
          f"{writes['failed']}; 'database is locked' seen by the writer: {writes['locked']}")
    for problem in errors[:10]:
        print("  error:", problem)


if __name__ == "__main__":
    main()

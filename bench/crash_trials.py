"""Kill -9 trials: ingest a few thousand generated articles, SIGKILL the ingest at random points, re-ingest.

Each trial kills ``newsmonitor ingest`` one to three times at random moments (after a random number of
committed articles plus a random delay), checks the store after every kill (integrity, references,
entity/event/story counts), then ingests the same input to the end and checks that every article is
stored exactly once. Prints one line per trial and the summary
``N trials, N survived, 0 lost, 0 duplicated``.

    .venv/bin/python bench/crash_trials.py --trials 20 [--articles 2400] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.test_crash import make_input, run_trial  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--articles", type=int, default=2400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    survived = lost = duplicated = kills = 0
    with tempfile.TemporaryDirectory(prefix="nm-crash-") as tmp:
        folder = Path(tmp)
        source = folder / "big.jsonl"
        rows = make_input(source, args.articles)
        for trial in range(1, args.trials + 1):
            points = sorted(rng.randrange(1, args.articles - 100) for _ in range(rng.randint(1, 3)))
            started = time.perf_counter()
            try:
                result = run_trial(folder, source, rows, points, seed=trial)
            except AssertionError as exc:
                message = str(exc) or traceback.format_exc(limit=-2)
                lost += "lost" in message
                duplicated += "duplicated" in message
                print(f"trial {trial}: FAILED (kills after {points} articles): {message}", flush=True)
                continue
            survived += 1
            kills += sum(k >= 0 for k in result["killed_at"])
            print(f"trial {trial}: killed with {result['killed_at']} articles committed, then "
                  f"{result['final']!r}; {result['articles']} articles, {result['mentions']} mentions, "
                  f"{result['quotes']} quotes, {result.get('events', 0)} events; "
                  f"integrity ok ({time.perf_counter() - started:.1f} s)", flush=True)
            for db in folder.glob("crash-*.db*"):
                db.unlink()
    print(f"{args.trials} trials, {survived} survived, {lost} lost, {duplicated} duplicated "
          f"({kills} kill -9 during ingest, {args.articles} articles each)")
    return 0 if survived == args.trials else 1


if __name__ == "__main__":
    sys.exit(main())

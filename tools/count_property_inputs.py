"""Run the property suite (tests/test_robustness.py) and print how many generated inputs it tried.

    .venv/bin/python tools/count_property_inputs.py              # the default (fast) profile
    .venv/bin/python tools/count_property_inputs.py --thorough   # 1000 examples per property

Prints ``property inputs tried: N`` with the count per property, and the pytest result line.
Exit status is pytest's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thorough", action="store_true", help="run the 'thorough' Hypothesis profile")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments (e.g. -k jsonl)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        counts_file = Path(tmp) / "counts.json"
        env = dict(os.environ, NEWSMONITOR_PROPERTY_COUNTS=str(counts_file))
        if args.thorough:
            env["NEWSMONITOR_ROBUSTNESS_PROFILE"] = "thorough"
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               str(REPO / "tests" / "test_robustness.py"), *args.pytest_args],
                              cwd=REPO, env=env, capture_output=True, text=True)
        result = [line for line in done.stdout.splitlines() if " passed" in line or " failed" in line]
        if not counts_file.exists():
            print(done.stdout[-3000:], done.stderr[-2000:], sep="\n")
            return done.returncode or 1
        counts = json.loads(counts_file.read_text())
    print(f"property inputs tried: {counts['total']} (profile {counts['profile']})")
    for name, n in sorted(counts["by_test"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {n}")
    print(result[-1] if result else done.stdout[-2000:])
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())

"""Run every benchmark in bench/ one after the other and print their tables.

Each script builds its own anchor in the same run and prints figure, anchor,
ratio, budget and verdict; see docs/performance.md for recorded results.

    .venv/bin/python bench/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs (rougher figures)")
    args = parser.parse_args()
    seconds, rounds = ("4", "1") if args.quick else ("8", "2")
    runs = [
        ["compose.py"],
        ["pages.py", "--seconds", seconds, "--rounds", rounds],
        ["pdf.py", "--http", *(["--runs", "20", "--renders", "200"] if args.quick else [])],
        ["pdf_sweep.py", "--repeat", "1" if args.quick else "3"],
        ["pdf_flood.py", "--seconds", "10" if args.quick else "20"],
        ["journey.py", "--seconds", "15" if args.quick else "60"],
        ["frontend.py", "--runs", "3" if args.quick else "5"],
    ]
    failures = 0
    for script, *options in runs:
        started = time.perf_counter()
        print(f"\n### bench/{script} {' '.join(options)}", flush=True)
        result = subprocess.run([sys.executable, str(BENCH / script), *options], check=False)
        print(f"(bench/{script}: {time.perf_counter() - started:.0f} s)", flush=True)
        failures += result.returncode != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

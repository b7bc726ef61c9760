"""Speedup of `parallel for` with 2 threads over 1, and the cost of an empty parallel loop.

    python benchmarks/parallel.py [--repeat N] [--threads 1,2]

Builds the programs in benchmarks/parallel/ with `ember build`, runs each with every
EMBER_NUM_THREADS value, keeps the median in-process time (`compute_s`), checks that the
results agree across thread counts, and prints the ratio to the 1-thread time. Goals
(issue 4): mandelbrot and normalize_batch at least 1.8x with 2 threads; an empty
2-iteration loop under 20 us. Needs an idle machine: other load steals the second core.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "parallel"
PROGRAMS = {
    "mandelbrot_par": ["1024"],           # 1024 x 1024 points, up to 200 iterations, f64
    "normalize_batch": ["1000", "10000"],  # 1000 rows of 10000 f32
    "empty_loop": ["200000"],             # 2 empty iterations per loop
}


def run(exe: Path, args: list[str], threads: int) -> tuple[str, float, str]:
    env = os.environ | {"EMBER_NUM_THREADS": str(threads)}
    out = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    result = "\n".join(x for x in lines if not x.startswith(("compute_s", "us_per_loop")))
    secs = next(float(x.split()[1]) for x in lines if x.startswith("compute_s"))
    extra = next((x for x in lines if x.startswith("us_per_loop")), "")
    return result, secs, extra


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--threads", default="1,2")
    ns = p.parse_args()
    counts = [int(t) for t in ns.threads.split(",")]
    status = 0
    with tempfile.TemporaryDirectory(prefix="ember-par-bench-") as tmp:
        print(f"{'program':18} {'threads':>7} {'median s':>10} {'speedup':>8}  note")
        for name, args in PROGRAMS.items():
            exe = Path(tmp) / name
            subprocess.run([sys.executable, "-m", "ember", "build", str(HERE / f"{name}.ember"), "-o", str(exe)], check=True)
            base = None
            results = set()
            for t in counts:
                runs = [run(exe, args, t) for _ in range(ns.repeat)]
                results.update(r for r, _, _ in runs)
                med = statistics.median(s for _, s, _ in runs)
                base = base or med
                note = runs[-1][2]
                print(f"{name:18} {t:>7} {med:>10.4f} {base / med:>7.2f}x  {note}")
            if len(results) != 1:
                print(f"  {name}: results differ between thread counts: {results}")
                status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())

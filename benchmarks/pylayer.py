"""Python-layer benchmarks (issue 7; not tests): call overhead and load times.

    python benchmarks/pylayer.py                 # Ember vs plain Python (and Numba if importable)
    python benchmarks/pylayer.py load            # the load times only
    EMBER_BENCH_PYTHON=/tmp/numba-venv/bin/python python benchmarks/pylayer.py   # Numba in its venv

- call overhead: ns per call of `add1(x: f64) -> f64` (a scalar function) and of
  `first(xs: [f64]) -> f64` on a 1-element NumPy array, for an Ember module loaded with
  `ember.load`, Numba's `@njit` dispatcher and a plain Python function (best of 7 runs of
  200,000 calls);
- load: `ember.load` of the spec's python/kernels.ember in a fresh process with an empty
  cache (first load), then in fresh processes with the cache filled (cached load, median
  of 11): what a NumPy user pays, timed after `import numpy`: `import ember`, `ember.load`
  and one call, in wall-clock and CPU time (the CPU time is steadier on a shared
  machine), and the whole process (interpreter start and `import numpy` too). The
  processes may write bytecode caches (`__pycache__`), as an installed package has them.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
KERNELS = HERE / "pylayer_kernels.ember"
SPEC_KERNELS = REPO.parent / "shared" / "spec" / "python" / "kernels.ember"
N, RUNS = 200_000, 7

OVERHEAD = r"""
import json, sys, timeit
import numpy as np
which, path, n, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
if which == "ember":
    import ember
    m = ember.load(path)
    add1, first = m.add1, m.first
elif which == "numba":
    from numba import njit
    @njit
    def add1(x):
        return x + 1.0
    @njit
    def first(xs):
        return xs[0]
else:
    def add1(x):
        return x + 1.0
    def first(xs):
        return xs[0]
a = np.ones(1)
add1(1.0), first(a)  # compile (Numba) before timing
out = {}
for name, stmt in (("scalar", lambda: add1(1.0)), ("array", lambda: first(a))):
    best = min(timeit.repeat(stmt, number=n, repeat=runs)) / n
    empty = min(timeit.repeat(lambda: None, number=n, repeat=runs)) / n  # the lambda's own cost
    out[name] = (best - empty) * 1e9
print(json.dumps(out))
"""

LOAD = r"""
import sys, time
import numpy
t0, c0 = time.perf_counter(), time.process_time()
import ember
k = ember.load(sys.argv[1])
assert k.sum_tensor([1.0, 2.0]) == 3.0
t1, c1 = time.perf_counter(), time.process_time()
print(f"{t1 - t0} {c1 - c0} {'llvmlite' in sys.modules}")
"""
LOAD_RUNS = 11


def _py(python: str, code: str, *args: str, env: dict[str, str] | None = None) -> str:
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.run([python, "-c", code, *args], capture_output=True, text=True,
                          env={**base, "PYTHONPATH": str(REPO), **(env or {})}, timeout=600, cwd=REPO)
    if proc.returncode != 0:
        raise SystemExit(f"{python} failed:\n{proc.stderr}")
    return proc.stdout.strip()


def overhead() -> None:
    rows = {"ember (ember.load)": json.loads(_py(sys.executable, OVERHEAD, "ember", str(KERNELS), str(N), str(RUNS))),
            "plain Python": json.loads(_py(sys.executable, OVERHEAD, "python", "-", str(N), str(RUNS)))}
    numba_python = os.environ.get("EMBER_BENCH_PYTHON")
    try:
        import numba  # noqa: F401
        numba_python = numba_python or sys.executable
    except ImportError:
        pass
    if numba_python:
        rows["Numba @njit"] = json.loads(_py(numba_python, OVERHEAD, "numba", "-", str(N), str(RUNS)))
    else:
        print("(no Numba: install it, or set EMBER_BENCH_PYTHON to a Python that has it)")
    print(f"\ncall overhead, ns per call (best of {RUNS} x {N:,} calls, loop cost subtracted)\n")
    print("| implementation | scalar `add1(x: f64)` | 1-element array `first(xs: [f64])` |")
    print("|---|---:|---:|")
    for name, r in rows.items():
        print(f"| {name} | {r['scalar']:.0f} | {r['array']:.0f} |")


def _load_once(env: dict[str, str]) -> tuple[float, float, float, str]:
    """(wall, CPU, whole process) seconds of one fresh process, and whether it imported llvmlite."""
    t = time.perf_counter()
    wall, cpu, llvm = _py(sys.executable, LOAD, str(SPEC_KERNELS), env=env).split()
    return float(wall), float(cpu), time.perf_counter() - t, llvm


def load() -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = {"EMBER_CACHE_DIR": cache}
        first = _load_once(env)
        warm = [_load_once(env) for _ in range(LOAD_RUNS)]
    print(f"\nember.load of {SPEC_KERNELS.name} (7 functions, a struct), after `import numpy`: "
          "`import ember`, `ember.load`, one call\n")
    print("| | wall | CPU | whole process | llvmlite imported |")
    print("|---|---:|---:|---:|---|")
    print(f"| first load (empty cache) | {first[0] * 1e3:.0f} ms | {first[1] * 1e3:.0f} ms | "
          f"{first[2] * 1e3:.0f} ms | {first[3]} |")
    med = [statistics.median(r[i] for r in warm) for i in range(3)]
    print(f"| cached load, fresh process (median of {LOAD_RUNS}; min) | {med[0] * 1e3:.1f} ms; "
          f"{min(r[0] for r in warm) * 1e3:.1f} | {med[1] * 1e3:.1f} ms; {min(r[1] for r in warm) * 1e3:.1f} | "
          f"{med[2] * 1e3:.0f} ms | {', '.join(sorted({r[3] for r in warm}))} |")


if __name__ == "__main__":
    if sys.argv[1:] != ["load"]:
        overhead()
    load()

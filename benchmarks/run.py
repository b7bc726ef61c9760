"""Measure Ember against C, CPython, NumPy and Numba on this machine, in one run.

    python benchmarks/run.py [--quick] [--skip IMPL] [NAME ...]

Speed goals are checked here, by reading the printed ratios, never by timed tests.
Exit status 1 when a program fails or prints a result that differs from C's (or, when
C is absent, Ember's); a missing tool is reported as n/a and is not a failure.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.compare import difference  # noqa: E402
from harness.impls import LABELS, Impl, Prepared, prepare  # noqa: E402
from harness.measure import Failed, Measured, measure  # noqa: E402
from harness.report import Row, results_table  # noqa: E402
from harness.startup import startup_table  # noqa: E402
from harness.suite import SUITE, Benchmark  # noqa: E402
from harness.tools import Tools, discover  # noqa: E402

STARTUP = "startup"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    names = [b.name for b in SUITE] + [STARTUP]
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("names", nargs="*", metavar="NAME",
                   help=f"benchmarks to run (default all): {', '.join(names)}")
    p.add_argument("--quick", action="store_true", help="tiny sizes, one run each: a smoke check (under 30 s on an idle machine)")
    p.add_argument("--repeat", type=int, help="runs per implementation, best kept (default 5; quick 1)")
    p.add_argument("--budget", type=float, default=10.0,
                   help="stop repeating once an implementation's runs took this many seconds (default 10)")
    p.add_argument("--timeout", type=float, default=900.0, help="seconds allowed per run (default 900)")
    p.add_argument("--skip", action="append", default=[], choices=[i.value for i in Impl],
                   help="leave out an implementation (repeatable), e.g. --skip cpython")
    ns = p.parse_args(argv)
    unknown = [n for n in ns.names if n not in names]
    if unknown:
        p.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(names)}")
    ns.repeat = ns.repeat or (1 if ns.quick else 5)
    return ns


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, load average {load}"


def run_benchmark(b: Benchmark, ns: argparse.Namespace, tools: Tools, work: Path) -> list[Row]:
    """Prepare and time every implementation, then check results against the reference."""
    args = b.quick_args if ns.quick else b.args
    rows = []
    for impl in Impl:
        if impl.value in ns.skip:
            continue
        prep = prepare(impl, b, args, tools, work)
        if isinstance(prep, Prepared):
            res = measure(prep.command, ns.repeat, ns.budget, ns.timeout)
            note = prep.note
            if isinstance(res, Measured) and impl in (Impl.EMBER_RUN, Impl.NUMBA) and res.runs > 1:
                note = f"first run {res.first:.2f} s (cold cache / JIT)"
            rows.append(Row(b.name, LABELS[impl], res, note))
        else:
            rows.append(Row(b.name, LABELS[impl], prep))
        print(f"  {b.name}: {LABELS[impl]} done", file=sys.stderr, flush=True)
    measured = [r for r in rows if isinstance(r.result, Measured)]
    ref = next((r for r in measured if r.impl == LABELS[Impl.C]), None) or \
        next((r for r in measured if r.impl == LABELS[Impl.EMBER]), None) or \
        (measured[0] if measured else None)
    checked = []
    for r in rows:
        if ref is not None and isinstance(r.result, Measured) and isinstance(ref.result, Measured):
            if diff := difference(ref.result.output, r.result.output, b.rel_tol):
                r = Row(r.bench, r.impl, Failed(f"wrong result vs {ref.impl}: {diff}"), r.note)
        checked.append(r)
    return checked


def main(argv: Sequence[str], env: Mapping[str, str]) -> int:
    ns = parse_args(argv)
    selected = [b for b in SUITE if not ns.names or b.name in ns.names]
    ok = True
    with tempfile.TemporaryDirectory(prefix="ember-bench-") as tmp:
        work = Path(tmp)
        tools = discover(env, work)
        print(f"machine: {machine()}")
        for v in tools.versions:
            print(f"  {v}")
        sizes = ", ".join(f"{b.name} {' '.join(b.quick_args if ns.quick else b.args)}" for b in selected)
        print(f"sizes: {sizes or '-'}; best of up to {ns.repeat} runs "
              f"(repeats stop after {ns.budget:g} s)\n")
        rows = [row for b in selected for row in run_benchmark(b, ns, tools, work)]
        if rows:
            print(results_table(rows, LABELS[Impl.C], LABELS[Impl.EMBER]))
            ok = not any(isinstance(r.result, Failed) for r in rows)
        if not ns.names or STARTUP in ns.names:
            text, startup_ok = startup_table(tools, ns.repeat, ns.timeout, work)
            print(("\n" if rows else "") + text)
            ok = ok and startup_ok
    print(f"\nload average after: {machine().rsplit('load average ', 1)[1]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], os.environ))

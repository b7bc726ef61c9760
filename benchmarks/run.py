"""Measure Ember against C (serial and OpenMP), CPython, NumPy and Numba on this machine.

    python benchmarks/run.py [--quick] [--skip IMPL] [--threads N] [--chart FILE.png] [NAME ...]

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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.bandwidth import bandwidth_table, fraction_table, measure_bandwidth  # noqa: E402
from harness.chart import write_chart  # noqa: E402
from harness.compare import difference  # noqa: E402
from harness.impls import CONTRACTION, LABELS, PARALLEL, WARM_S, Impl, Prepared, prepare  # noqa: E402
from harness.measure import Failed, Measured, interleaved, measure  # noqa: E402
from harness.report import Row, results_table, summary_table  # noqa: E402
from harness.startup import startup_table  # noqa: E402
from harness.suite import SUITE, Benchmark  # noqa: E402
from harness.tools import Tools, discover  # noqa: E402

STARTUP = "startup"
BANDWIDTH = "bandwidth"
ALIASES: dict[str, list[str]] = {}  # b1 -> [scale], b4 -> [mandelbrot_escape, mandelbrot_simd], ...
for _b in SUITE:
    if _b.issue:
        ALIASES.setdefault(_b.issue.lower(), []).append(_b.name)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    names = [b.name for b in SUITE] + [STARTUP, BANDWIDTH]
    aliases = ", ".join(f"{k.upper()}={'+'.join(v)}" for k, v in ALIASES.items())
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("names", nargs="*", metavar="NAME",
                   help=f"benchmarks to run (default all): {', '.join(names)}; issue 8's ids "
                        f"name its kernels: {aliases}")
    p.add_argument("--quick", action="store_true",
                   help="a smoke check: tiny sizes, one run each, programs run concurrently, "
                        "Numba's parallel variant (its compilation alone takes 3 to 6 s per kernel) "
                        "and the contraction pair left out, size variants left out")
    p.add_argument("--all-impls", action="store_true",
                   help="with --quick, run Numba's parallel variant and the contraction pair "
                        "(C with -ffp-contract=off, Ember with --fp-contract) too")
    p.add_argument("--repeat", type=int, help="runs per implementation, median kept (default 5; quick 1)")
    p.add_argument("--budget", type=float, default=10.0,
                   help="stop repeating once an implementation's runs took this many seconds (default 10)")
    p.add_argument("--timeout", type=float, default=900.0, help="seconds allowed per run (default 900)")
    p.add_argument("--skip", action="append", default=[], choices=[i.value for i in Impl] + ["parallel"],
                   help="leave out an implementation (repeatable), e.g. --skip cpython; "
                        "`parallel` leaves out every parallel variant")
    p.add_argument("--threads", type=int, default=cores(),
                   help=f"threads of the parallel variants (default: every core, here {cores()})")
    p.add_argument("--jobs", type=int,
                   help="run this many programs at once (default 1, which timings need; "
                        "--quick: every core)")
    p.add_argument("--chart", type=Path, metavar="FILE.png",
                   help="also draw the times relative to C as a bar chart (needs matplotlib)")
    ns = p.parse_args(argv)
    ns.names = [name for n in ns.names for name in ALIASES.get(n.lower(), [n])]
    unknown = [n for n in ns.names if n not in names]
    if unknown:
        p.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(names)} "
                f"or {', '.join(k.upper() for k in ALIASES)}")
    if "parallel" in ns.skip:
        ns.skip += [i.value for i in PARALLEL]
    if ns.quick and not ns.all_impls:
        ns.skip += [Impl.NUMBA_PAR.value, *(i.value for i in CONTRACTION)]
    ns.repeat = ns.repeat or (1 if ns.quick else 5)
    ns.jobs = ns.jobs or (cores() if ns.quick else 1)
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
    return f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, load average {load()}"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def threads_of(impl: Impl, b: Benchmark, threads: int) -> str:
    if impl in PARALLEL:
        return str(threads)
    return b.numpy_threads if impl is Impl.NUMPY else "1"


def _row_fields(b: Benchmark, impl: Impl, ns: argparse.Namespace) -> dict[str, object]:
    return dict(bench=b.name, impl=LABELS[impl], threads=threads_of(impl, b, ns.threads), parallel=impl in PARALLEL)


def _row(b: Benchmark, impl: Impl, ns: argparse.Namespace, prep: Prepared, res: Measured | Failed) -> Row:
    note = prep.note
    if isinstance(res, Measured) and impl in (Impl.EMBER_RUN, Impl.NUMBA, Impl.NUMBA_PAR) and res.runs > 1:
        note = f"first run {res.first:.2f} s wall (cold cache / JIT)"
    return Row(result=res, note=note, **_row_fields(b, impl, ns))


def run_one(b: Benchmark, impl: Impl, ns: argparse.Namespace, tools: Tools, work: Path) -> Row:
    """Prepare and time one implementation of one benchmark."""
    prep = prepare(impl, b, b.quick_args if ns.quick else b.args, tools, work, ns.threads, shared_run_cache=ns.quick)
    if not isinstance(prep, Prepared):
        return Row(result=prep, **_row_fields(b, impl, ns))
    return _row(b, impl, ns, prep, measure(prep.command, ns.repeat, ns.budget, ns.timeout))


def run_benchmark(b: Benchmark, impls: Sequence[Impl], ns: argparse.Namespace, tools: Tools, work: Path) -> list[Row]:
    """Prepare every implementation of `b`, then time them with their runs in turns."""
    preps = [(impl, prepare(impl, b, b.args, tools, work, ns.threads, warm=WARM_S)) for impl in impls]
    ready = [(impl, p) for impl, p in preps if isinstance(p, Prepared)]
    results = interleaved([p.command for _, p in ready], ns.repeat, ns.budget, ns.timeout)
    timed = {impl: _row(b, impl, ns, p, r) for (impl, p), r in zip(ready, results)}
    return [timed[impl] if impl in timed else Row(result=p, **_row_fields(b, impl, ns))  # type: ignore[arg-type]
            for impl, p in preps]


def check(b: Benchmark, rows: list[Row]) -> list[Row]:
    """Compare every output with the reference's: C's, else Ember's, else the first."""
    measured = [r for r in rows if isinstance(r.result, Measured)]
    ref = next((r for r in measured if r.impl == LABELS[Impl.C]), None) or \
        next((r for r in measured if r.impl == LABELS[Impl.EMBER]), None) or \
        (measured[0] if measured else None)
    checked = []
    for r in rows:
        if ref is not None and isinstance(r.result, Measured) and isinstance(ref.result, Measured):
            if diff := difference(ref.result.output, r.result.output, b.rel_tol):
                r = Row(r.bench, r.impl, Failed(f"wrong result vs {ref.impl}: {diff}"), r.note,
                        r.threads, r.parallel)
        checked.append(r)
    return checked


def run_all(selected: Sequence[Benchmark], ns: argparse.Namespace, tools: Tools, work: Path) -> list[Row]:
    """Every implementation of every benchmark in table order: one benchmark at a time,
    its implementations' runs in turns (--quick: `ns.jobs` programs at a time)."""
    jobs = [(b, impl) for b in selected for impl in Impl
            if impl.value not in ns.skip and (impl not in PARALLEL or b.parallel)]
    # `ember run` last: with --quick it then finds the program compiled by `ember build`
    jobs.sort(key=lambda job: job[1] is Impl.EMBER_RUN)

    def one(job: tuple[Benchmark, Impl]) -> Row:
        row = run_one(*job, ns, tools, work)
        print(f"  {job[0].name}: {LABELS[job[1]]} done", file=sys.stderr, flush=True)
        return row

    if ns.jobs > 1:  # --quick: programs at once, each timed on its own
        with ThreadPoolExecutor(max_workers=ns.jobs) as pool:
            done = list(pool.map(one, jobs))
    else:
        done = []
        for b in selected:
            done += run_benchmark(b, [impl for bb, impl in jobs if bb is b], ns, tools, work)
            print(f"  {b.name} done", file=sys.stderr, flush=True)
    order = list(LABELS.values())
    done.sort(key=lambda r: order.index(r.impl))
    return [r for b in selected for r in check(b, [r for r in done if r.bench == b.name])]


def quick_duplicates(selected: Sequence[Benchmark]) -> dict[str, str]:
    """In --quick, a benchmark that runs the same programs with the same arguments as an
    earlier one (a size variant: nbody_1m is nbody) adds nothing: name -> the earlier one."""
    seen: dict[tuple[str, tuple[str, ...]], Benchmark] = {}
    dups = {}
    for b in selected:
        key = (b.stem, b.quick_args)
        if key in seen and (seen[key].parallel or not b.parallel):
            dups[b.name] = seen[key].name
        else:
            seen.setdefault(key, b)
    return dups


def main(argv: Sequence[str], env: Mapping[str, str]) -> int:
    ns = parse_args(argv)
    selected = [b for b in SUITE if not ns.names or b.name in ns.names]
    dups = quick_duplicates(selected) if ns.quick else {}
    selected = [b for b in selected if b.name not in dups]
    want_bandwidth = not ns.names or BANDWIDTH in ns.names or \
        any(b.traffic is not None for b in selected)
    ok = True
    with tempfile.TemporaryDirectory(prefix="ember-bench-") as tmp:
        work = Path(tmp)
        tools = discover(env, work)
        print(f"machine: {machine()}")
        for v in tools.versions:
            print(f"  {v}")
        sizes = ", ".join(f"{b.name} {' '.join(b.quick_args if ns.quick else b.args)}" for b in selected)
        print(f"sizes: {sizes or '-'}; median of up to {ns.repeat} runs "
              f"(repeats stop after {ns.budget:g} s)")
        print(f"threads: serial rows 1; parallel rows {ns.threads} (OMP_NUM_THREADS = "
              f"EMBER_NUM_THREADS = NUMBA_NUM_THREADS = {ns.threads}; {cores()} cores available)")
        if ns.jobs > 1:
            print(f"{ns.jobs} programs at a time: the times are not comparable, only the results")
        else:
            print(f"compiled programs (C, ember build) spin {WARM_S:g} s in their process before they "
                  f"start, as the Python ones are warm from their imports; wall and cpu include it")
        if dups:
            print("left out: " + ", ".join(f"{d} (at --quick size it is {o})" for d, o in dups.items()))
        if ns.quick and not ns.all_impls:
            print("left out: Numba's parallel variant, C -ffp-contract=off, Ember --fp-contract (--all-impls runs them)")
        print()
        bw_reps = 3 if ns.quick else 10
        bandwidth = measure_bandwidth(tools, work, ns.threads, bw_reps, ns.timeout) if want_bandwidth else []
        ok = not any(isinstance(b, Failed) for b in bandwidth)
        rows = run_all(selected, ns, tools, work)
        if rows:
            print(results_table(rows, LABELS[Impl.C], LABELS[Impl.C_OMP]))
            if summary := summary_table(rows, LABELS[Impl.C], LABELS[Impl.C_OMP]):
                print("\n" + summary)
            ok = ok and not any(isinstance(r.result, Failed) for r in rows)
        if bandwidth:
            print("\n" + bandwidth_table(bandwidth, bw_reps))
            skip = (LABELS[Impl.CPYTHON], LABELS[Impl.EMBER_RUN])
            if fractions := fraction_table(rows, selected, ns.quick, bandwidth, skip):
                print("\n" + fractions)
        if not ns.names or STARTUP in ns.names:
            text, startup_ok = startup_table(tools, ns.repeat, ns.timeout, work)
            print(("\n" if rows or bandwidth else "") + text)
            ok = ok and startup_ok
    print(f"\nload average after: {load()}")
    if ns.chart is not None and not rows:
        print("--chart: no benchmark ran, so no chart was written", file=sys.stderr)
    elif ns.chart is not None:
        title = f"{machine()}; parallel rows {ns.threads} threads; {'quick sizes' if ns.quick else 'full sizes'}"
        print(write_chart(rows, ns.chart, LABELS[Impl.C], title), file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], os.environ))

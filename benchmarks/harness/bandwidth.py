"""This machine's memory bandwidth (benchmarks/bandwidth/bandwidth.c, STREAM-style), and
the fraction of it that the memory-bound kernels reach.

A kernel's achieved bandwidth counts the bytes it must read and write (its `Traffic`), as
STREAM counts its own; it is compared with the STREAM kernel of the same access pattern
measured with the same number of threads (serial rows with one thread, parallel rows with
all of them).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from harness.impls import build_c, thread_env
from harness.measure import Failed, Measured, run_once
from harness.report import Row, kernel_time, table
from harness.suite import BANDWIDTH_PROGRAM, Benchmark
from harness.tools import Command, Tools, Unavailable

ARRAY_DOUBLES = 1 << 24  # 128 MiB per array, 4x a 32 MiB last-level cache
KERNELS = ("copy", "scale", "add", "triad", "read")


@dataclass(frozen=True, slots=True)
class Bandwidth:
    """Best GB/s (10^9 bytes per second) of each STREAM kernel with `threads` threads."""

    threads: int
    rates: Mapping[str, float]


def measure_bandwidth(tools: Tools, work: Path, threads: int, reps: int,
                      timeout: float) -> list[Bandwidth | Unavailable | Failed]:
    """One thread (built without OpenMP), then `threads` threads (OpenMP) if more than 1."""
    found: list[Bandwidth | Unavailable | Failed] = []
    for n in sorted({1, threads}):
        exe = work / f"bandwidth_{n}"
        built = build_c(tools, BANDWIDTH_PROGRAM, exe, openmp=n > 1)
        if isinstance(built, Unavailable | Failed):
            found.append(built)
            continue
        cmd = Command((str(exe), str(ARRAY_DOUBLES), str(reps)),
                      {**tools.python.env, **thread_env(n)}, work)
        r = run_once(cmd, timeout)
        if isinstance(r, Failed):
            found.append(r)
            continue
        rates = {}
        for line in r[2].stdout.splitlines():
            name, _, value = line.partition(" ")
            if name in KERNELS:
                rates[name] = float(value)
        found.append(Bandwidth(n, rates) if set(rates) == set(KERNELS)
                     else Failed(f"unexpected output: {r[2].stdout[:100]!r}"))
    return found


def bandwidth_table(found: Sequence[Bandwidth | Unavailable | Failed], reps: int) -> str:
    body = []
    for b in found:
        match b:
            case Bandwidth():
                body.append([str(b.threads) + (" (OpenMP)" if b.threads > 1 else ""),
                             *(f"{b.rates[k]:.1f}" for k in KERNELS)])
            case Unavailable(reason=why):
                body.append([f"n/a ({why})"] + [""] * len(KERNELS))
            case Failed(reason=why):
                body.append([f"FAILED ({why})"] + [""] * len(KERNELS))
    mib = ARRAY_DOUBLES * 8 // 2**20
    header = [f"memory bandwidth GB/s (bandwidth.c, 3 x {mib} MiB arrays, best of {reps}): threads",
              *KERNELS]
    return table(header, body)


def fraction_table(rows: Sequence[Row], suite: Sequence[Benchmark], quick: bool,
                   found: Sequence[Bandwidth | Unavailable | Failed], skip: Sequence[str]) -> str:
    """Rows of the memory-bound kernels (`Benchmark.traffic`); CPython's and `ember run`'s
    are left out (CPython's lists are not arrays of f32; `ember run` runs the same code as
    `ember build`). `skip` names the implementations (their labels) to leave out."""
    machine = {b.threads: b for b in found if isinstance(b, Bandwidth)}
    body = []
    for bench in suite:
        if bench.traffic is None:
            continue
        args = bench.quick_args if quick else bench.args
        moved = bench.traffic.bytes(args)
        for r in rows:
            if r.bench != bench.name or r.impl in skip or not isinstance(r.result, Measured):
                continue
            t = kernel_time(r.result)
            gbs = moved / t * 1e-9 if t > 0 else float("inf")
            ref = machine.get(int(r.threads)) if r.threads.isdigit() else None
            peak = ref.rates[bench.traffic.stream_kernel] if ref else None
            body.append([bench.name, r.impl, r.threads, f"{moved / 1e6:.3g}", f"{t:.4f}",
                         f"{gbs:.2f}", bench.traffic.stream_kernel,
                         f"{peak:.1f}" if peak else "", f"{gbs / peak:.0%}" if peak else ""])
    header = ["benchmark", "implementation", "threads", "MB moved", "median s", "GB/s",
              "STREAM kernel", "machine GB/s", "fraction"]
    return table(header, body) if body else ""

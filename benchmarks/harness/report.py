"""Format results as Markdown tables, so the output can be pasted into the README."""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from harness.measure import Failed, Measured
from harness.tools import Unavailable


@dataclass(frozen=True, slots=True)
class Row:
    bench: str
    impl: str
    result: Measured | Unavailable | Failed
    note: str = ""
    threads: str = "1"
    parallel: bool = False


def seconds(t: float | None) -> str:
    if t is None:
        return ""
    return f"{t:.4f}" if t < 0.1 else f"{t:.3f}" if t < 10 else f"{t:.1f}"


def kernel_time(r: Measured) -> float:
    """The median in-process time (`compute_s`), else the median wall time."""
    return r.inproc if r.inproc is not None else r.wall


def ratio(r: Row, ref: Row | None) -> float | None:
    """`r`'s median kernel time over `ref`'s, above 1 meaning slower."""
    if ref is None or not isinstance(r.result, Measured) or not isinstance(ref.result, Measured):
        return None
    base = kernel_time(ref.result)
    return kernel_time(r.result) / base if base > 0 else None


def times(x: float | None) -> str:
    return "" if x is None else f"{x:.2f}x"


def table(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(row[i]) for row in body)) for i, h in enumerate(header)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in body]
    return "\n".join(lines)


def results_table(rows: Sequence[Row], c_label: str, omp_label: str) -> str:
    """One row per implementation and benchmark. Ratios are of median in-process times
    (the kernel alone), over C's on the same benchmark and, for parallel rows, over C
    OpenMP's; above 1 is slower."""
    refs = {(r.bench, r.impl): r for r in rows}
    body = []
    for r in rows:
        res = r.result
        match res:
            case Measured():
                vs_omp = ratio(r, refs.get((r.bench, omp_label))) if r.parallel else None
                cells = [seconds(kernel_time(res)), seconds(res.inproc_best),
                         times(ratio(r, refs.get((r.bench, c_label)))), times(vs_omp),
                         seconds(res.wall), seconds(res.cpu), str(res.runs)]
            case Unavailable(reason=why):
                cells = [f"n/a ({why})"] + [""] * 6
            case Failed(reason=why):
                cells = [f"FAILED ({why})"] + [""] * 6
        body.append([r.bench, r.impl, r.threads, *cells, r.note])
    header = ["benchmark", "implementation", "threads", "median s", "best s", "vs C",
              "vs C OpenMP", "wall s", "cpu s", "runs", "notes"]
    return table(header, body)


def _geomean(xs: Sequence[float]) -> float:
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def summary_table(rows: Sequence[Row], c_label: str, omp_label: str) -> str:
    """Per implementation, the geometric mean of its ratios over the benchmarks where both
    it and the reference ran."""
    refs = {(r.bench, r.impl): r for r in rows}
    impls = list(dict.fromkeys(r.impl for r in rows))
    body = []
    for impl in impls:
        mine = [r for r in rows if r.impl == impl]
        vs_c = [x for r in mine if (x := ratio(r, refs.get((r.bench, c_label)))) is not None]
        vs_omp = [x for r in mine if r.parallel
                  and (x := ratio(r, refs.get((r.bench, omp_label)))) is not None]
        if not vs_c and not vs_omp:
            continue
        body.append([impl, str(max(len(vs_c), len(vs_omp))),
                     times(_geomean(vs_c)) if vs_c else "", f"{max(vs_c):.2f}x" if vs_c else "",
                     times(_geomean(vs_omp)) if vs_omp else "",
                     f"{max(vs_omp):.2f}x" if vs_omp else ""])
    header = ["implementation", "benchmarks", "geomean vs C", "worst vs C",
              "geomean vs C OpenMP", "worst vs C OpenMP"]
    return table(header, body) if body else ""

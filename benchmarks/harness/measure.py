"""Run a prepared command several times and keep the median times (and the best
in-process time).

The median rather than the mean: on a shared machine noise only ever adds time, and one
slow run (another process took the core, the first run filled a cache) moves the median
little. The first run counts too, so for `ember run` and Numba (whose first run fills a
cache) the notes give it separately. A slow implementation (CPython at full size) runs
once: repeats stop when the runs so far took longer than the budget.
"""
from __future__ import annotations

import statistics
import subprocess
import time
from dataclasses import dataclass

from harness.compare import split_output
from harness.tools import Command


@dataclass(frozen=True, slots=True)
class Failed:
    """A program that could not be built or run, or printed a wrong result."""

    reason: str


@dataclass(frozen=True, slots=True)
class Measured:
    """`runs` runs of a program: `wall` its wall-clock time, `cpu` the user+sys time of
    the process and its children, `inproc` its own `compute_s`, each the median over the
    runs from `measure` (the best, from the startup table's cold runs); `inproc_best` the
    smallest `compute_s`; `first` the first run's wall time (cold caches, JIT
    compilation)."""

    wall: float
    cpu: float
    inproc: float | None
    runs: int
    first: float
    output: str
    inproc_best: float | None = None


def error_line(text: str) -> str:
    """The line of a failure's output worth showing: the first that mentions an error
    (a diagnostic, an internal compiler error), else the last (a traceback's)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    found = next((ln for ln in lines if "error" in ln.lower()), lines[-1] if lines else "no output")
    return found[:200]


def run_once(cmd: Command, timeout: float) -> tuple[float, float, subprocess.CompletedProcess[str]] | Failed:
    """(wall, cpu, process) of one run."""
    t0 = time.perf_counter()
    try:
        p, cpu = cmd.run_timed(timeout)
    except subprocess.TimeoutExpired:
        return Failed(f"timed out after {timeout:.0f} s")
    except OSError as e:
        return Failed(f"cannot run {cmd.argv[0]}: {e}")
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        return Failed(f"exit {p.returncode}: {error_line(p.stderr or p.stdout)}")
    return wall, cpu, p


def measure(cmd: Command, repeat: int, budget_s: float, timeout: float) -> Measured | Failed:
    walls: list[float] = []
    cpus: list[float] = []
    inprocs: list[float] = []
    output = ""
    while len(walls) < repeat and (not walls or sum(walls) < budget_s):
        r = run_once(cmd, timeout)
        if isinstance(r, Failed):
            return r
        wall, cpu, p = r
        result, inproc = split_output(p.stdout)
        if walls and result != output:
            return Failed("printed a different result on a later run")
        output = result
        walls.append(wall)
        cpus.append(cpu)
        if inproc is not None:
            inprocs.append(inproc)
    return Measured(statistics.median(walls), statistics.median(cpus),
                    statistics.median(inprocs) if inprocs else None, len(walls), walls[0],
                    output, min(inprocs) if inprocs else None)

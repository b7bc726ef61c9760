"""Run a prepared command several times and keep the best wall-clock time.

Best-of rather than mean: on a shared machine noise only ever adds time. The first run
counts too, so for `ember run` and Numba (whose first run fills a cache) the best is a
cached run. A slow implementation (CPython at full size) runs once: repeats stop when
the runs so far took longer than the budget.
"""
from __future__ import annotations

import resource
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
    """Best of `runs` runs; `cpu` is user+sys of the process and its children and
    `inproc` the program's own `compute_s`, each the best over the runs; `first` is the
    first run's wall time (cold caches, JIT compilation)."""

    wall: float
    cpu: float
    inproc: float | None
    runs: int
    first: float
    output: str


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def error_line(text: str) -> str:
    """The line of a failure's output worth showing: the first that mentions an error
    (a diagnostic, an internal compiler error), else the last (a traceback's)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    found = next((ln for ln in lines if "error" in ln.lower()), lines[-1] if lines else "no output")
    return found[:200]


def run_once(cmd: Command, timeout: float) -> tuple[float, float, subprocess.CompletedProcess[str]] | Failed:
    """(wall, cpu, process) of one run; the harness runs one child at a time, so the
    change in RUSAGE_CHILDREN is this child's CPU time."""
    cpu0, t0 = _children_cpu(), time.perf_counter()
    try:
        p = cmd.run(timeout)
    except subprocess.TimeoutExpired:
        return Failed(f"timed out after {timeout:.0f} s")
    except OSError as e:
        return Failed(f"cannot run {cmd.argv[0]}: {e}")
    wall, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
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
    return Measured(min(walls), min(cpus), min(inprocs) if inprocs else None, len(walls),
                    walls[0], output)

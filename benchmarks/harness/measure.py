"""Run a prepared command several times and keep the median times (and the best
in-process time).

Runs of the implementations of one benchmark are taken in turns (`interleaved`). The
median rather than the mean: on a shared machine noise only ever adds time, and one
slow run (another process took the core, the first run filled a cache) moves the median
little. The first run counts too, so for `ember run` and Numba (whose first run fills a
cache) the notes give it separately. A slow implementation (CPython at full size) runs
once: repeats stop when the runs so far took longer than the budget.
"""
from __future__ import annotations

import statistics
import subprocess
import time
from dataclasses import dataclass, field

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


@dataclass
class Series:
    """The runs of one program so far; `add` takes the next run until `done`."""

    repeat: int
    budget_s: float
    walls: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)
    inprocs: list[float] = field(default_factory=list)
    output: str = ""
    failed: Failed | None = None

    @property
    def done(self) -> bool:
        return self.failed is not None or len(self.walls) >= self.repeat or \
            (bool(self.walls) and sum(self.walls) >= self.budget_s)

    def add(self, cmd: Command, timeout: float) -> None:
        r = run_once(cmd, timeout)
        if isinstance(r, Failed):
            self.failed = r
            return
        wall, cpu, p = r
        result, inproc = split_output(p.stdout)
        if self.walls and result != self.output:
            self.failed = Failed("printed a different result on a later run")
            return
        self.output = result
        self.walls.append(wall)
        self.cpus.append(cpu)
        if inproc is not None:
            self.inprocs.append(inproc)

    def result(self) -> Measured | Failed:
        if self.failed is not None:
            return self.failed
        w, c, ip = self.walls, self.cpus, self.inprocs
        return Measured(statistics.median(w), statistics.median(c), statistics.median(ip) if ip else None,
                        len(w), w[0], self.output, min(ip) if ip else None)


def measure(cmd: Command, repeat: int, budget_s: float, timeout: float) -> Measured | Failed:
    series = Series(repeat, budget_s)
    while not series.done:
        series.add(cmd, timeout)
    return series.result()


def interleaved(cmds: list[Command], repeat: int, budget_s: float, timeout: float) -> list[Measured | Failed]:
    """`measure` of each command, their runs taken in turns (round 1 of every command,
    then round 2, ...): on a machine whose speed drifts over a minute (another tenant,
    the host's power state), each implementation sees the same stretches of it, instead
    of one implementation's runs falling into a slow one."""
    series = [Series(repeat, budget_s) for _ in cmds]
    while not all(s.done for s in series):
        for cmd, s in zip(cmds, series):
            if not s.done:
                s.add(cmd, timeout)
    return [s.result() for s in series]

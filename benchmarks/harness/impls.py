"""The implementations of a benchmark, and how each is prepared into a command to time."""
from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from harness.measure import Failed, error_line
from harness.suite import Benchmark
from harness.tools import Command, Tools, Unavailable


class Impl(Enum):
    """Table order (the serial rows, then the parallel ones); the value is the name
    `--skip` takes."""

    C = "c"
    C_STRICT = "c-strict"
    EMBER = "ember"
    EMBER_FMA = "ember-fma"
    EMBER_RUN = "ember-run"
    CPYTHON = "cpython"
    NUMPY = "numpy"
    NUMBA = "numba"
    C_OMP = "c-omp"
    EMBER_PAR = "ember-par"
    NUMBA_PAR = "numba-par"


LABELS = {
    Impl.C: "C (gcc -O3 -march=native)",
    Impl.C_STRICT: "C, rounding as Python (gcc ... -ffp-contract=off)",
    Impl.EMBER: "Ember (ember build)",
    Impl.EMBER_FMA: "Ember, contracting as gcc (ember build --fp-contract)",
    Impl.EMBER_RUN: "Ember (ember run)",
    Impl.CPYTHON: "CPython",
    Impl.NUMPY: "NumPy",
    Impl.NUMBA: "Numba (@njit)",
    Impl.C_OMP: "parallel: C OpenMP (gcc ... -fopenmp)",
    Impl.EMBER_PAR: "parallel: Ember `parallel for` (ember build)",
    Impl.NUMBA_PAR: "parallel: Numba prange (parallel=True)",
}

PARALLEL = frozenset({Impl.C_OMP, Impl.EMBER_PAR, Impl.NUMBA_PAR})
"""Run with every thread (`threads` in `prepare`), and only for benchmarks that have
parallel variants; the others are single-threaded."""

CONTRACTION = frozenset({Impl.C_STRICT, Impl.EMBER_FMA})
"""The pair that shows what fused multiply-adds are worth: gcc fuses `a * b + c` by
default (GNU C's -ffp-contract=fast), which rounds differently from Python; Ember does
not unless asked. Left out of --quick runs."""


def thread_env(threads: int) -> dict[str, str]:
    """The thread count of all three runtimes, set explicitly so that the table header can
    say what ran."""
    n = str(threads)
    return {"OMP_NUM_THREADS": n, "EMBER_NUM_THREADS": n, "NUMBA_NUM_THREADS": n}


WARM_S = 0.1
"""Seconds a compiled benchmark's process spins before it starts. On this kind of
machine (a VM, 2 vCPUs) a process that starts on an idle CPU runs its first tens of
milliseconds slowly: B7 parallel took 37.9 ms cold against 33.5 warm (medians of 15,
runs in turns), where Numba's programs are warm from importing numba. Spinning first,
then exec'ing in the same process, keeps the warm CPU (spinning in the harness before
a fork does not: the child starts on the other, idle CPU)."""

_WARM_THEN_EXEC = """\
import os, sys, time
t = time.perf_counter()
while time.perf_counter() - t < float(sys.argv[1]):
    pass
os.execv(sys.argv[2], sys.argv[2:])
"""


def warmed(cmd: Command, seconds: float) -> Command:
    """`cmd` run after `seconds` of spinning in its own process (see WARM_S); its wall
    and CPU time then include them, its `compute_s` does not."""
    if seconds <= 0:
        return cmd
    return Command((sys.executable, "-c", _WARM_THEN_EXEC, str(seconds), *cmd.argv), cmd.env, cmd.cwd)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A command ready to time, plus what preparing it cost (shown as a note)."""

    command: Command
    note: str = ""


def _build(cmd: Command, what: str) -> str | Failed:
    """Run a compiler; its wall time as a note, or why it failed."""
    t0 = time.perf_counter()
    try:
        p = cmd.run(timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return Failed(f"{what}: {e}")
    if p.returncode != 0:
        return Failed(f"{what} exit {p.returncode}: {error_line(p.stderr or p.stdout)}")
    return f"{what} {time.perf_counter() - t0:.2f} s"


def _python(py: Command | Unavailable, src: Path, args: tuple[str, ...],
            env: dict[str, str] | None = None) -> Prepared | Unavailable:
    if isinstance(py, Unavailable):
        return py
    if not src.exists():
        return Unavailable(f"no {src.name}: not meaningful for this benchmark")
    return Prepared(py.with_args(str(src), *args, env=env))


def build_c(tools: Tools, src: Path, exe: Path, openmp: bool, strict: bool = False) -> str | Unavailable | Failed:
    """gcc -O3 -march=native, with -fopenmp for the OpenMP variant and
    -ffp-contract=off for the strict one: its build note."""
    if isinstance(tools.gcc, Unavailable):
        return tools.gcc
    flags = ("-O3", "-march=native", *(("-fopenmp",) if openmp else ()), *(("-ffp-contract=off",) if strict else ()))
    gcc = Command((tools.gcc, *flags, "-o", str(exe), str(src), "-lm"), tools.python.env, exe.parent)
    return _build(gcc, "gcc")


def prepare(impl: Impl, b: Benchmark, args: tuple[str, ...], tools: Tools, work: Path,
            threads: int = 1, shared_run_cache: bool = False, warm: float = 0.0) -> Prepared | Unavailable | Failed:
    """Compile what needs compiling into `work`; nothing is written under benchmarks/.
    The parallel implementations run with `threads` threads. `ember run` gets a cache of
    its own per benchmark, so that its first run compiles, unless `shared_run_cache`
    (--quick): then it shares `ember build`'s, where the program may be compiled already.
    Compiled programs (C, `ember build`) spin `warm` seconds first (WARM_S)."""
    env = thread_env(threads) if impl in PARALLEL else {}
    match impl:
        case Impl.C | Impl.C_STRICT | Impl.C_OMP:
            exe = work / f"{b.name}_{impl.value}"
            note = build_c(tools, b.source(".c"), exe, impl is Impl.C_OMP, impl is Impl.C_STRICT)
            return note if isinstance(note, Unavailable | Failed) else Prepared(
                warmed(Command((str(exe), *args), {**tools.python.env, **env}, work), warm), note)
        case Impl.EMBER | Impl.EMBER_FMA | Impl.EMBER_PAR:
            if isinstance(tools.ember, Unavailable) or isinstance(tools.linker, Unavailable):
                return tools.ember if isinstance(tools.ember, Unavailable) else tools.linker
            src = b.source("_par.ember" if impl is Impl.EMBER_PAR else ".ember")
            if not src.exists():
                return Unavailable(f"no {src.name}")
            exe = work / f"{b.name}_{impl.value}"
            fma = ("--fp-contract",) if impl is Impl.EMBER_FMA else ()
            ember = tools.ember.with_args("build", *fma, str(src), "-o", str(exe),
                                          env={"EMBER_CACHE_DIR": str(work / "ember-build-cache")})
            note = _build(ember, "ember build")
            return note if isinstance(note, Failed) else Prepared(
                warmed(Command((str(exe), *args), {**tools.python.env, **env}, work), warm), note)
        case Impl.EMBER_RUN:
            if isinstance(tools.ember, Unavailable):
                return tools.ember
            folder = "ember-build-cache" if shared_run_cache else f"ember-run-cache-{b.name}"
            cache = {"EMBER_CACHE_DIR": str(work / folder)}
            return Prepared(tools.ember.with_args("run", str(b.source(".ember")), *args, env=cache))
        case Impl.CPYTHON:
            return _python(tools.python, b.source(".py"), args)
        case Impl.NUMPY:
            return _python(tools.numpy, b.source("_numpy.py"), args)
        case Impl.NUMBA:
            return _python(tools.numba, b.source("_numba.py"), args,
                           {"NUMBA_CACHE_DIR": str(work / "numba-cache")})
        case Impl.NUMBA_PAR:
            # a cache of its own: Numba's cache index does not tell parallel=True apart
            return _python(tools.numba, b.source("_numba.py"), (*args, "--parallel"),
                           {"NUMBA_CACHE_DIR": str(work / "numba-par-cache"), **env})

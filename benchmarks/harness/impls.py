"""The implementations of a benchmark, and how each is prepared into a command to time."""
from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from harness.measure import Failed, error_line
from harness.suite import Benchmark
from harness.tools import Command, Tools, Unavailable


class Impl(Enum):
    """Table order; the value is the name `--skip` takes and the table shows."""

    C = "c"
    EMBER = "ember"
    EMBER_RUN = "ember-run"
    CPYTHON = "cpython"
    NUMPY = "numpy"
    NUMBA = "numba"


LABELS = {
    Impl.C: "C (gcc -O3 -march=native)",
    Impl.EMBER: "Ember (ember build)",
    Impl.EMBER_RUN: "Ember (ember run)",
    Impl.CPYTHON: "CPython",
    Impl.NUMPY: "NumPy",
    Impl.NUMBA: "Numba (@njit)",
}


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


def prepare(impl: Impl, b: Benchmark, args: tuple[str, ...], tools: Tools,
            work: Path) -> Prepared | Unavailable | Failed:
    """Compile what needs compiling into `work`; nothing is written under benchmarks/."""
    match impl:
        case Impl.C:
            if isinstance(tools.gcc, Unavailable):
                return tools.gcc
            exe = work / f"{b.name}_c"
            gcc = Command((tools.gcc, "-O3", "-march=native", "-o", str(exe),
                           str(b.source(".c")), "-lm"), tools.python.env, work)
            note = _build(gcc, "gcc")
            return note if isinstance(note, Failed) else Prepared(
                Command((str(exe), *args), tools.python.env, work), note)
        case Impl.EMBER:
            if isinstance(tools.ember, Unavailable) or isinstance(tools.linker, Unavailable):
                return tools.ember if isinstance(tools.ember, Unavailable) else tools.linker
            exe = work / f"{b.name}_ember"
            ember = tools.ember.with_args("build", str(b.source(".ember")), "-o", str(exe),
                                          env={"EMBER_CACHE_DIR": str(work / "ember-build-cache")})
            note = _build(ember, "ember build")
            return note if isinstance(note, Failed) else Prepared(
                Command((str(exe), *args), tools.python.env, work), note)
        case Impl.EMBER_RUN:
            if isinstance(tools.ember, Unavailable):
                return tools.ember
            cache = {"EMBER_CACHE_DIR": str(work / f"ember-run-cache-{b.name}")}
            return Prepared(tools.ember.with_args("run", str(b.source(".ember")), *args, env=cache))
        case Impl.CPYTHON:
            return _python(tools.python, b.source(".py"), args)
        case Impl.NUMPY:
            return _python(tools.numpy, b.source("_numpy.py"), args)
        case Impl.NUMBA:
            return _python(tools.numba, b.source("_numba.py"), args,
                           {"NUMBA_CACHE_DIR": str(work / "numba-cache")})

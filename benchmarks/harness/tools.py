"""Find the toolchains once per run; a missing one is a reason string, never a crash."""
from __future__ import annotations

import importlib.util
import os
import shlex
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


@dataclass(frozen=True, slots=True)
class Unavailable:
    """A tool or implementation that is absent here; shown as "n/a (reason)"."""

    reason: str


@dataclass(frozen=True, slots=True)
class Command:
    """A program to run: argv, the full environment, and the directory it runs in,
    which is the harness's scratch directory: `python -m ember` puts its working
    directory first on sys.path, so run from the repository it would ignore
    EMBER_BENCH_EMBER's PYTHONPATH and import the checkout's `ember/`."""

    argv: tuple[str, ...]
    env: Mapping[str, str]
    cwd: Path

    def with_args(self, *args: str, env: Mapping[str, str] | None = None) -> Command:
        return Command(self.argv + args, {**self.env, **(env or {})}, self.cwd)

    def run(self, timeout: float) -> subprocess.CompletedProcess[str]:
        """Raises OSError or subprocess.TimeoutExpired, as subprocess.run does."""
        return self.run_timed(timeout)[0]

    def run_timed(self, timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
        """The finished process and its CPU time (user + sys of it and of the children it
        waited for), from wait4: right even while other commands run concurrently. Raises
        OSError or subprocess.TimeoutExpired, as subprocess.run does."""
        with subprocess.Popen(self.argv, env=dict(self.env), cwd=self.cwd, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
            out: dict[str, str] = {}

            def drain(name: str, stream: object) -> None:
                out[name] = stream.read()  # type: ignore[attr-defined]

            readers = [threading.Thread(target=drain, args=(n, s), daemon=True)
                       for n, s in (("stdout", p.stdout), ("stderr", p.stderr))]
            for t in readers:
                t.start()
            deadline = time.monotonic() + timeout
            for t in readers:
                t.join(max(0.0, deadline - time.monotonic()))  # the pipes close when the program ends
            if any(t.is_alive() for t in readers):
                p.kill()
                os.wait4(p.pid, 0)
                p.returncode = -9
                raise subprocess.TimeoutExpired(self.argv, timeout)
            _, status, usage = os.wait4(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(status)
        done = subprocess.CompletedProcess(self.argv, p.returncode, out.get("stdout", ""),
                                           out.get("stderr", ""))
        return done, usage.ru_utime + usage.ru_stime


@dataclass(frozen=True, slots=True)
class Tools:
    """What this machine offers; `versions` is printed above the results."""

    gcc: str | Unavailable
    ember: Command | Unavailable
    linker: str | Unavailable
    python: Command
    numpy: Command | Unavailable
    numba: Command | Unavailable
    versions: tuple[str, ...]


def _first_line(cmd: Command) -> str | None:
    try:
        p = cmd.run(timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    out = (p.stdout or p.stderr).strip().splitlines()
    return out[0] if p.returncode == 0 and out else None


def _ember(env: Mapping[str, str], cwd: Path) -> tuple[Command | Unavailable, str]:
    """`python -m ember` from this checkout (the installed `ember` script may point at
    another copy); EMBER_BENCH_EMBER replaces the whole command."""
    if override := env.get("EMBER_BENCH_EMBER"):
        cmd = Command(tuple(shlex.split(override)), dict(env), cwd)
        label = f"EMBER_BENCH_EMBER={override}"
    else:
        path = f"{REPO}{':' + env['PYTHONPATH'] if env.get('PYTHONPATH') else ''}"
        cmd = Command((sys.executable, "-m", "ember"), {**env, "PYTHONPATH": path}, cwd)
        label = f"{sys.executable} -m ember"
    version = _first_line(cmd.with_args("--version"))
    if version is None:
        return Unavailable(f"`{label} --version` failed"), f"ember: n/a ({label})"
    if override:
        return cmd, f"{version} ({label})"
    git = Command(("git", "-C", str(REPO)), dict(env), cwd)
    head = _first_line(git.with_args("rev-parse", "--short", "HEAD"))
    dirty = _first_line(git.with_args("status", "--porcelain", "--", "ember"))
    where = f", checkout {head}{' + uncommitted edits in ember/' if dirty else ''}" if head else ""
    return cmd, f"{version} ({label}{where})"


def _numba(env: Mapping[str, str], cwd: Path) -> tuple[Command | Unavailable, str]:
    """Numba from this Python, or from EMBER_BENCH_PYTHON (Numba pins llvmlite, so it
    may only install into a separate environment)."""
    candidates = [env["EMBER_BENCH_PYTHON"]] if env.get("EMBER_BENCH_PYTHON") else []
    candidates.append(sys.executable)
    probe = "import numba, numpy; print(numba.__version__, numpy.__version__)"
    for py in candidates:
        if found := _first_line(Command((py, "-c", probe), dict(env), cwd)):
            numba_v, numpy_v = found.split()
            return (Command((py,), dict(env), cwd),
                    f"numba {numba_v} with numpy {numpy_v} ({py})")
    hint = "set EMBER_BENCH_PYTHON to a Python with numba"
    return Unavailable(f"numba not importable; {hint}"), f"numba: n/a ({hint})"


def _read(path: str) -> str | None:
    try:
        return Path(path).read_text().strip()
    except OSError:
        return None


def _memory(env: Mapping[str, str]) -> str:
    """How fresh memory behaves here, which decides the kernels that fill new lists (B1,
    B3, B8): the huge page policy, and whether a balloon hands free blocks back to a
    hypervisor (then a fresh huge page may cost the host's faults: README, "B8")."""
    thp = _read("/sys/kernel/mm/transparent_hugepage/enabled") or "n/a"
    line = f"memory: transparent huge pages {thp}"
    if (order := _read("/sys/module/page_reporting/parameters/page_reporting_order")) is not None:
        line += f"; free page reporting to the hypervisor from order {order} ({4 << int(order)} KiB blocks)"
    if env.get("EMBER_HUGEPAGES") == "0":
        line += "; EMBER_HUGEPAGES=0"
    return line


def discover(env: Mapping[str, str], cwd: Path) -> Tools:
    """`env` is the harness's environment; every command runs in `cwd`."""
    versions = [f"python {sys.version.split()[0]} ({sys.executable})"]
    gcc: str | Unavailable = shutil.which("gcc", path=env.get("PATH")) or Unavailable("no gcc on PATH")
    if isinstance(gcc, str):
        versions.append(_first_line(Command((gcc, "--version"), dict(env), cwd)) or "gcc: ?")
    else:
        versions.append("gcc: n/a")
    ember, ember_v = _ember(env, cwd)
    versions.append(ember_v)
    linker: str | Unavailable = shutil.which("cc", path=env.get("PATH")) or Unavailable(
        "ember build links with `cc`, and there is no `cc` on PATH")
    python = Command((sys.executable,), dict(env), cwd)
    if importlib.util.find_spec("numpy") is not None:
        import numpy

        numpy_cmd: Command | Unavailable = python
        versions.append(f"numpy {numpy.__version__}")
    else:
        numpy_cmd = Unavailable("numpy not installed")
        versions.append("numpy: n/a")
    numba, numba_v = _numba(env, cwd)
    versions.append(numba_v)
    versions.append(_memory(env))
    return Tools(gcc, ember, linker, python, numpy_cmd, numba, tuple(versions))

"""Shared helpers for the program-level tests (programs, diagnostics, spec, valgrind).

Every program is compiled and run through the `ember` command in a subprocess, exactly as
a user would: `python -m ember` with this checkout first on PYTHONPATH (so the working tree
is what gets tested), or the `ember` console script where the package has no `__main__`.
`EMBER_TEST_COMMAND` (a shell-style command line) overrides both.

Test modules import these helpers as `ember_testing` (below): every conftest.py is named
`conftest`, so that name stops being unique once other test folders add their own.
"""
from __future__ import annotations

import contextlib
import difflib
import functools
import importlib.util
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"
PROGRAMS = TESTS / "programs"
CORPUS = PROGRAMS / "corpus"
DIAGNOSTICS = TESTS / "diagnostics"
SPEC = REPO.parent / "shared" / "spec"

# Seconds for one compile, one run, or one compile-and-run. Generous: a program compiles
# in a few hundred milliseconds, but a loaded CI machine under xdist is slow.
TIMEOUT = 120
VALGRIND_TIMEOUT = 300
# How much of a process's stderr a failure message shows.
STDERR_SHOWN = 4000

# Every child is a `python -m ember` process: let it cache bytecode, under a prefix
# outside the checkout. Where PYTHONDONTWRITEBYTECODE is set (this workplace sets it),
# each child would compile the compiler's ~90 modules from source again: about 1 s of
# CPU per compiling child, minutes over the suite.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "ember-test-pycache"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "slow: long-running checks (valgrind); still run by default, deselect with -m 'not slow'",
    )


def ember_command() -> list[str]:
    """The command line that starts the compiler, without its arguments."""
    override = os.environ.get("EMBER_TEST_COMMAND")
    if override:
        return shlex.split(override)
    if (REPO / "ember" / "__main__.py").exists():
        return [sys.executable, "-m", "ember"]
    script = Path(sys.executable).with_name("ember")
    if script.exists():
        return [str(script)]
    found = shutil.which("ember")
    if found:
        return [found]
    return [sys.executable, "-m", "ember"]


def subprocess_env() -> dict[str, str]:
    """The environment for every child: this checkout importable from any cwd."""
    env = dict(os.environ)
    old = env.get("PYTHONPATH")
    env["PYTHONPATH"] = str(REPO) if not old else os.pathsep.join([str(REPO), old])
    env.pop("EMBER_BLESS", None)
    return env


@dataclass(frozen=True)
class Result:
    """One finished (or timed-out) process."""

    cmd: list[str]
    cwd: Path
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool = False

    def describe(self) -> str:
        status = "TIMED OUT" if self.timed_out else f"exit status {self.returncode}"
        return f"$ (cd {self.cwd} && {shlex.join(self.cmd)})\n  -> {status}"


def run(cmd: list[str], cwd: Path, timeout: float = TIMEOUT, stdin: str | None = None) -> Result:
    """Run `cmd` in `cwd`, capturing text output; a timeout is a Result, not an exception.
    stdin: the text the process reads (none: an empty stdin)."""
    try:
        proc = subprocess.run(
            cmd,
            cwd=cwd,
            env=subprocess_env(),
            input=stdin.encode() if stdin is not None else None,
            stdin=subprocess.DEVNULL if stdin is None else None,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as e:
        return Result(cmd, cwd, -1, _text(e.stdout), _text(e.stderr), timed_out=True)
    return Result(cmd, cwd, proc.returncode, _text(proc.stdout), _text(proc.stderr))


def _text(data: bytes | str | None) -> str:
    if data is None:
        return ""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="backslashreplace")


def run_ember(args: list[str], cwd: Path, timeout: float = TIMEOUT) -> Result:
    """`ember ARGS...` in `cwd` (e.g. `run_ember(["run", "x.ember"], folder)`)."""
    return run(ember_command() + args, cwd, timeout)


def run_python(args: list[str], cwd: Path, timeout: float = TIMEOUT) -> Result:
    """This interpreter (the oracle for the corpus) with `args`, in `cwd`."""
    return run([sys.executable, *args], cwd, timeout)


def build(source: str, cwd: Path, out_dir: Path, options: tuple[str, ...] = ()) -> tuple[Result, Path]:
    """`ember OPTIONS build SOURCE -o OUT_DIR/STEM` in `cwd`; returns the build and the exe path."""
    exe = out_dir / Path(source).stem
    return run_ember([*options, "build", source, "-o", str(exe)], cwd), exe


def build_text(folder: Path, name: str, text: str) -> Path:
    """The executable of the program `text`, written to `folder/name` and built there;
    a build that fails fails the test with its diagnostics."""
    src = folder / name
    src.write_text(text)
    made, exe = build(src.name, folder, folder)
    if made.returncode != 0:
        fail(src, "does not build", made)
    return exe


# ---------------------------------------------------------------------------------------
# Failure messages: what ran, the exit status, a diff of stdout, the tail of stderr.


def output_diff(expected: str, actual: str, what: str = "stdout") -> str:
    if expected == actual:
        return f"{what}: as expected"
    exp_lines = expected.splitlines()
    act_lines = actual.splitlines()
    if exp_lines == act_lines:
        return (
            f"{what} differs only in line endings / final newline:\n"
            f"  expected ends {expected[-20:]!r}\n  actual   ends {actual[-20:]!r}"
        )
    diff = difflib.unified_diff(
        exp_lines, act_lines, fromfile=f"expected {what}", tofile=f"actual {what}", lineterm=""
    )
    return "\n".join(diff)


def show_stderr(stderr: str) -> str:
    if not stderr:
        return "stderr: (empty)"
    if len(stderr) > STDERR_SHOWN:
        stderr = "...\n" + stderr[-STDERR_SHOWN:]
    return "stderr:\n" + stderr.rstrip()


def fail(program: Path | str, problem: str, *results: Result, details: str = "") -> NoReturn:
    """Fail the current test with a readable report (no Python traceback)."""
    parts = [f"{program}: {problem}"]
    for r in results:
        parts.append(r.describe())
    if details:
        parts.append(details)
    if results:
        parts.append(show_stderr(results[-1].stderr))
    pytest.fail("\n".join(parts), pytrace=False)


def one_random_seed(test):  # noqa: ANN001, ANN201 - a pytest test function
    """The fuzz tests' batches: Hypothesis draws one `seed` per run (shown on failure);
    the batch is generated from it, not shrunk."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    return settings(max_examples=1, deadline=None, derandomize=False, phases=[Phase.generate],
                    suppress_health_check=list(HealthCheck))(given(seed=st.integers(0, 2**32 - 1))(test))


def runs_like_cpython(tmp_path: Path, name: str, text: str, seed: int) -> None:
    """`ember run` of the program `text` (also Python) prints exactly what CPython prints
    (the fuzz tests' oracle); a failure names the seed that made it."""
    src = tmp_path / name
    src.write_text(text)
    oracle = io.StringIO()
    with contextlib.redirect_stdout(oracle):
        exec(compile(text, str(src), "exec"), {"__name__": "__main__"})  # noqa: S102 - the test's own program
    result = run_ember(["run", name], tmp_path)
    if result.returncode != 0 or result.stdout != oracle.getvalue():
        fail(src, f"seed {seed}: differs from CPython\n" + output_diff(oracle.getvalue(), result.stdout), result)


def expect_success(program: Path | str, result: Result, expected_stdout: str, *earlier: Result) -> None:
    """Exit status 0 and exactly `expected_stdout`."""
    if result.timed_out or result.returncode != 0 or result.stdout != expected_stdout:
        problem = "timed out" if result.timed_out else (
            f"exit status {result.returncode}, expected 0" if result.returncode != 0
            else "wrong output"
        )
        fail(program, problem, *earlier, result, details=output_diff(expected_stdout, result.stdout))


def expect_failure(
    program: Path | str,
    result: Result,
    err_lines: list[str],
    expected_stdout: str,
    *earlier: Result,
    status: int | None = 1,
) -> None:
    """Exit `status` (any non-zero one if None), every `err_lines` entry inside stderr,
    stdout exactly `expected_stdout`."""
    problems: list[str] = []
    if result.timed_out:
        problems.append("timed out")
    elif status is None and result.returncode == 0:
        problems.append("exit status 0, expected a failure")
    elif status is not None and result.returncode != status:
        problems.append(f"exit status {result.returncode}, expected {status}")
    missing = [line for line in err_lines if line not in result.stderr]
    if missing:
        problems.append("stderr lacks: " + ", ".join(repr(m) for m in missing))
    if result.stdout != expected_stdout:
        problems.append("wrong stdout")
    if problems:
        fail(
            program,
            "; ".join(problems),
            *earlier,
            result,
            details=output_diff(expected_stdout, result.stdout),
        )


def read_lines(path: Path) -> list[str]:
    """The non-empty lines of an expectation file (.err), without line ends."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def load_test_module(path: Path) -> ModuleType:
    """Another test module's constants (e.g. NOT_YET, SKIP), imported under a private name
    so that pytest's own import of that file is not disturbed."""
    name = "_ember_testing_" + path.stem
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


sys.modules["ember_testing"] = sys.modules[__name__]


# ---------------------------------------------------------------------------------------
# CPython as the oracle (test_corpus, test_untyped): a program prints what CPython prints.


def oracle_params(programs: list[Path], not_yet: dict[str, str]) -> list[object]:
    """One pytest.param per program, a non-strict xfail where `not_yet` names it."""
    return [pytest.param(p, id=p.stem, marks=[pytest.mark.xfail(strict=False, reason=not_yet[p.stem])]
                         if p.stem in not_yet else []) for p in programs]


@functools.lru_cache(maxsize=None)
def cpython_run(program: Path) -> Result:
    """CPython's run of the program (cached per worker process)."""
    result = run_python([program.name], program.parent)
    if result.timed_out or result.returncode != 0:
        fail(program, "the program itself fails under CPython", result)
    return result


@functools.lru_cache(maxsize=None)
def cpython_output(program: Path) -> Result:
    """CPython's run of a program that may end with an error (cached per worker process)."""
    result = run_python([program.name], program.parent)
    if result.timed_out:
        fail(program, "the program itself times out under CPython", result)
    return result


def expect_cpython_output_from_run(program: Path) -> None:
    """`ember run PROGRAM` prints exactly what CPython prints, and exits 0."""
    result = run_ember(["run", program.name], program.parent)
    expect_success(program, result, cpython_run(program).stdout)


def expect_cpython_output_from_build(program: Path, out_dir: Path) -> None:
    """The executable from `ember build PROGRAM` prints exactly what CPython prints."""
    expected = cpython_run(program)
    built, exe = build(program.name, program.parent, out_dir)
    if built.timed_out or built.returncode != 0 or not exe.is_file():
        fail(program, "`ember build` failed or wrote no executable", built)
    result = run([str(exe)], program.parent)
    expect_success(program, result, expected.stdout, built)


def emitted_ir(tmp_path: Path, text: str) -> str:
    """The LLVM IR codegen emits for the program `text` (before LLVM's optimizer), for the
    IR tests in tests/llvm; a compile error fails the test with the diagnostics."""
    from ember.driver import frontend
    from ember.driver.session import Session

    path = tmp_path / "prog.ember"
    path.write_text(text)
    session = Session()
    program = frontend.load(session, path)
    assert program is not None, session.sink.items
    ir = frontend.compile_to_ir(session, program)
    assert ir is not None, session.sink.items
    return ir


def optimized_ir(tmp_path: Path, text: str) -> str:
    """`ember emit llvm` of the program `text` (after LLVM's optimizer) for an AVX2 host
    (`--target-cpu x86-64-v3`: the same vector width on every machine)."""
    (tmp_path / "prog.ember").write_text(text)
    result = run_ember(["--no-cache", "--target-cpu", "x86-64-v3", "emit", "llvm", "prog.ember"], tmp_path)
    if result.returncode != 0:
        fail("prog.ember", "`ember emit llvm` failed", result)
    return result.stdout


def vector_bodies(ir: str) -> list[str]:
    """The text of every block LLVM's loop vectorizer made (`vector.body*:`)."""
    return re.findall(r"^vector\.body[\w.]*:.*?(?=^\S[^\n]*:|\Z)", ir, re.M | re.S)

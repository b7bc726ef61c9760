"""Python programs that use exceptions as Python code does: classes of their own with
fields and methods, hierarchies, `raise ... from`, re-raising, an error that ends the
program. CPython is the oracle: `ember run` and the executable from `ember build` print
the same stdout, exit with the same status, and an error that escapes prints CPython's
last traceback line (`NotFound: no such page: /x`) as its whole report.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ember_testing import PROGRAMS, build, cpython_output, fail, output_diff, run, run_ember

EXCEPTIONS = PROGRAMS / "exceptions"
CASES = sorted(EXCEPTIONS.glob("*.py"))


def _expect(program: Path, result, expected) -> None:  # noqa: ANN001 - ember_testing.Result
    report = expected.stderr.strip().splitlines()[-1:] if expected.returncode else []
    if (result.timed_out or result.returncode != expected.returncode or result.stdout != expected.stdout
            or result.stderr.strip().splitlines() != report):
        fail(program, f"CPython exits {expected.returncode} with report {report}", result,
             details=output_diff(expected.stdout, result.stdout))


@pytest.mark.parametrize("program", CASES, ids=[p.stem for p in CASES])
def test_exceptions_run(program: Path) -> None:
    _expect(program, run_ember(["run", program.name], program.parent), cpython_output(program))


@pytest.mark.parametrize("program", CASES, ids=[p.stem for p in CASES])
def test_exceptions_build(program: Path, tmp_path: Path) -> None:
    built, exe = build(program.name, program.parent, tmp_path)
    if built.returncode != 0:
        fail(program, "`ember build` failed", built)
    _expect(program, run([str(exe)], program.parent), cpython_output(program))

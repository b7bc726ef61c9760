"""Memory safety of built executables under valgrind (LANGUAGE.md section 5: a program that
ends normally has freed everything it allocated).

For every corpus program, every `tests/programs/**/NAME.ember` program (the regression
programs of tests/programs/basics/ among them) and every spec program that builds
(numbered programs and the r* run-time faults; not the d* compile errors), `ember build`,
then

    valgrind --leak-check=full --error-exitcode=99 --errors-for-leak-kinds=definite ./exe

must exit with the program's normal status (0; 1 for r*; non-zero for a program with a
`NAME.err`), report no "definitely lost" bytes and no invalid reads or writes. A
`NAME.ember` whose `NAME.err` names a compile-time error builds nothing and is skipped.
Items in the NOT_YET (test_corpus, test_programs) and SKIP (tests/spec/test_spec.py)
lists are xfailed / skipped here as well.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from ember_testing import (
    PROGRAMS,
    SPEC,
    TESTS,
    VALGRIND_TIMEOUT,
    Result,
    build,
    fail,
    load_test_module,
    run,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed"),
]

VALGRIND = [
    "valgrind",
    "--leak-check=full",
    "--error-exitcode=99",
    "--errors-for-leak-kinds=definite",
]
# Valgrind decodes no AVX-512 ("unhandled instruction bytes: 0x62 ..."): on a host that
# has it, the default (host) build would stop at its first such instruction.
VALGRIND_CPU = ("--target-cpu", "x86-64-v3")
# Programs that run correctly but still leak: destruction of some temporaries is
# incomplete until drop elaboration on MIR (issue 3). This list only shrinks. Keys: a
# corpus program's stem, or a path under tests/programs (e.g. "basics/loop.ember").
LEAKS_NOT_YET: dict[str, str] = {}
DEFINITELY_LOST = re.compile(r"definitely lost: ([\d,]+) bytes")


def cases() -> list[object]:
    """(program, expected exit status or None for "non-zero") per program that builds."""
    corpus = load_test_module(TESTS / "programs" / "test_corpus.py")
    out: list[object] = []
    for p in corpus.PROGRAMS:
        marks = []
        if p.stem in corpus.NOT_YET:
            marks.append(pytest.mark.xfail(strict=False, reason=corpus.NOT_YET[p.stem]))
        elif p.stem in LEAKS_NOT_YET:
            marks.append(pytest.mark.xfail(strict=True, reason=LEAKS_NOT_YET[p.stem]))
        out.append(pytest.param(p, 0, id=f"corpus/{p.stem}", marks=marks))
    programs = load_test_module(TESTS / "programs" / "test_programs.py")
    for p in programs.SOURCES:
        key = p.relative_to(PROGRAMS).as_posix()
        marks = []
        if key in programs.NOT_YET:
            marks.append(pytest.mark.xfail(strict=False, reason=programs.NOT_YET[key]))
        elif key in LEAKS_NOT_YET:
            marks.append(pytest.mark.xfail(strict=True, reason=LEAKS_NOT_YET[key]))
        status = None if p.with_suffix(".err").exists() else 0
        out.append(pytest.param(p, status, id=key, marks=marks))
    if not SPEC.is_dir():
        return out
    spec = load_test_module(TESTS / "spec" / "test_spec.py")
    for p in spec.spec_programs():
        key = spec.item_key(p)
        if key.startswith("d"):
            continue  # compile-time errors build nothing
        status: int | None = 0
        if key.startswith("r"):
            status = 1
        elif p.with_suffix(".err").exists():
            status = None
        marks = []
        if key in spec.SKIP:
            marks.append(pytest.mark.skip(reason=f"not built yet: {spec.SKIP[key]}"))
        out.append(pytest.param(p, status, id=f"spec/{p.relative_to(SPEC).as_posix()}", marks=marks))
    return out


def leak_and_access_problems(report: str) -> list[str]:
    problems: list[str] = []
    for m in DEFINITELY_LOST.finditer(report):
        if int(m.group(1).replace(",", "")) != 0:
            problems.append(f"definitely lost: {m.group(1)} bytes")
    for kind in ("Invalid read", "Invalid write", "Invalid free"):
        if kind in report:
            problems.append(kind)
    return problems


@pytest.mark.parametrize(("src", "status"), cases())
def test_valgrind(src: Path, status: int | None, tmp_path: Path) -> None:
    built, exe = build(src.name, src.parent, tmp_path, VALGRIND_CPU)
    if (not built.timed_out and built.returncode != 0 and src.suffix == ".ember"
            and PROGRAMS in src.parents and src.with_suffix(".err").exists()):
        pytest.skip("a compile-time error (see test_programs): nothing to run")
    if built.timed_out or built.returncode != 0 or not exe.is_file():
        fail(src, "`ember build` failed or wrote no executable", built)
    log = tmp_path / "valgrind.log"
    result: Result = run([*VALGRIND, f"--log-file={log}", str(exe)], src.parent, timeout=VALGRIND_TIMEOUT)
    report = log.read_text(encoding="utf-8", errors="replace") if log.exists() else "(no valgrind log)"
    problems = leak_and_access_problems(report)
    if result.timed_out:
        problems.append("timed out under valgrind")
    elif status is None and result.returncode in (0, 99):
        problems.append(f"exit status {result.returncode}, expected the program's own failure status")
    elif status is not None and result.returncode != status:
        problems.append(f"exit status {result.returncode}, expected {status}"
                        + (" (99: valgrind found errors)" if result.returncode == 99 else ""))
    if problems:
        tail = report if len(report) < 6000 else "...\n" + report[-6000:]
        fail(src, "; ".join(problems), built, result, details="valgrind report:\n" + tail)

"""Every `tests/programs/**/NAME.ember` with its expectations, through `ember run` and
`ember build` (DESIGN.md, "Tests").

- `NAME.out`: the exact expected stdout. Without `NAME.err` the program must exit 0.
- `NAME.err` (optional): the program must exit non-zero, and every non-empty line of
  `NAME.err` must appear in stderr (a substring, e.g. `NAME.ember:4:7` and `IndexError`).
  stdout must then equal `NAME.out` where it exists, and be empty otherwise.

A file whose first line is `# ember-test: module` is imported by other programs and is
not run on its own. Programs run from their own folder with the bare file name, so locations in stderr read
`NAME.ember:LINE:COL`. A program whose build fails is judged by the build's exit status
and stderr (a compile-time error); otherwise by the executable's.

`EMBER_BLESS=1 pytest tests/programs -k test_program_run` rewrites each `NAME.out` from the
actual stdout of `ember run` (`.err` files are never rewritten); read the diff before
committing it.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from ember_testing import (
    PROGRAMS,
    Result,
    build,
    expect_failure,
    expect_success,
    fail,
    read_lines,
    read_text,
    run,
    run_ember,
)

# Program path relative to tests/programs (e.g. "basics/hello.ember") -> reason naming the
# issue; listed programs are non-strict xfails. Starts empty.
NOT_YET: dict[str, str] = {}

# A file whose first line is this marker is a module that other programs import, not a
# program of its own.
MODULE_MARKER = "# ember-test: module"
SOURCES: list[Path] = sorted(p for p in PROGRAMS.rglob("*.ember")
                             if not read_text(p).startswith(MODULE_MARKER))


def bless_enabled() -> bool:
    return os.environ.get("EMBER_BLESS", "") not in ("", "0")


def params() -> list[object]:
    out: list[object] = []
    for src in SOURCES:
        key = src.relative_to(PROGRAMS).as_posix()
        marks = []
        if key in NOT_YET:
            marks.append(pytest.mark.xfail(strict=False, reason=NOT_YET[key]))
        out.append(pytest.param(src, id=key, marks=marks))
    return out


def check(src: Path, result: Result, *earlier: Result) -> None:
    """Judge one finished run of `src` by its .out / .err files."""
    out_file = src.with_suffix(".out")
    err_file = src.with_suffix(".err")
    if err_file.exists():
        expect_failure(src, result, read_lines(err_file), read_text(out_file), *earlier, status=None)
        return
    if not out_file.exists():
        fail(src, f"no {out_file.name} (write it by hand, or run with EMBER_BLESS=1)", *earlier, result)
    expect_success(src, result, read_text(out_file), *earlier)


def bless(src: Path, result: Result) -> None:
    out_file = src.with_suffix(".out")
    if src.with_suffix(".err").exists() and not result.stdout:
        out_file.unlink(missing_ok=True)
    else:
        out_file.write_text(result.stdout, encoding="utf-8")


@pytest.mark.parametrize("src", params())
def test_program_run(src: Path) -> None:
    result = run_ember(["run", src.name], src.parent)
    if bless_enabled() and not result.timed_out:
        bless(src, result)
    check(src, result)


@pytest.mark.parametrize("src", params())
def test_program_build(src: Path, tmp_path: Path) -> None:
    built, exe = build(src.name, src.parent, tmp_path)
    if built.returncode != 0 or built.timed_out:
        if src.with_suffix(".err").exists():
            # A compile-time error: the build reports it, nothing runs.
            expect_failure(src, built, read_lines(src.with_suffix(".err")), "", status=None)
            if exe.exists():
                fail(src, "failed build still wrote an executable", built)
            return
        fail(src, "`ember build` failed", built)
    if not exe.is_file():
        fail(src, "`ember build` exited 0 but wrote no executable", built)
    check(src, run([str(exe)], src.parent), built)

"""Compile-time diagnostics: every `tests/diagnostics/NAME.ember` with `NAME.err`.

Through both `ember run NAME.ember` and `ember check NAME.ember`, run from this folder
with the bare file name:
- exit status 1 (a user error, never 2 = internal compiler error, never a traceback);
- every non-empty line of `NAME.err` appears in stderr (a substring: the first line of
  a diagnostic is `FILE:LINE:COL: error: MESSAGE`, so `.err` files hold the pieces of it
  that are certain, plus key words of the message and help);
- stdout is empty, or exactly `NAME.out` where that file exists.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ember_testing import DIAGNOSTICS, expect_failure, fail, read_lines, read_text, run_ember

# File name (e.g. "syntax_error.ember") -> reason naming the issue; non-strict xfails.
NOT_YET: dict[str, str] = {}

SOURCES: list[Path] = sorted(DIAGNOSTICS.glob("*.ember"))


def params() -> list[object]:
    out: list[object] = []
    for src in SOURCES:
        marks = []
        if src.name in NOT_YET:
            marks.append(pytest.mark.xfail(strict=False, reason=NOT_YET[src.name]))
        out.append(pytest.param(src, id=src.stem, marks=marks))
    return out


@pytest.mark.parametrize("command", ["run", "check"])
@pytest.mark.parametrize("src", params())
def test_diagnostic(src: Path, command: str) -> None:
    err_file = src.with_suffix(".err")
    if not err_file.exists():
        fail(src, f"no {err_file.name}: every diagnostics test names its expected error lines")
    result = run_ember([command, src.name], src.parent)
    if "Traceback (most recent call last)" in result.stderr:
        fail(src, f"`ember {command}` crashed with a Python traceback", result)
    expect_failure(src, result, read_lines(err_file), read_text(src.with_suffix(".out")), status=1)


def test_every_diagnostic_has_err_file() -> None:
    missing = [s.name for s in SOURCES if not s.with_suffix(".err").exists()]
    assert not missing, f"diagnostics without .err files: {missing}"

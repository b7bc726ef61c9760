"""The specification programs in ../shared/spec, run exactly by the rules of its README.

- Numbered programs `NN_*.ember`: from the spec folder, `ember run NN_x.ember` prints
  exactly `NN_x.out` and exits 0 (or, where `NN_x.err` exists, exits non-zero with every
  `.err` line inside stderr and stdout equal to `.out` if present, else empty).
- `diagnostics/d*.ember`: compile-time errors. Exit 1, every `.err` line inside stderr,
  nothing run (stdout empty).
- `diagnostics/r*.ember`: run-time faults. Exit 1, stdout exactly `.out` (what ran before
  the fault), every `.err` line inside stderr.
- `python/test_layer.py`: `python python/test_layer.py` from the spec folder prints `ok`.

Each program also goes through `ember build NAME.ember -o EXE` (EXE in a temporary folder)
and the executable is run from the program's folder: same stdout and status, and fault
locations still name the file as it was given to `ember build`. For d* the build itself
must fail the same way and write no executable.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from ember_testing import (
    Result,
    build,
    expect_failure,
    expect_success,
    fail,
    read_lines,
    read_text,
    run,
    run_ember,
    run_python,
)

SPEC = Path(__file__).parents[2].parent / "shared" / "spec"

# Spec item -> the issue that delivers it. Items not listed (01, 03, 04, d05, r01, r02)
# must pass. Remove an entry when its issue lands; the list only shrinks.
SKIP: dict[str, str] = {}

if not SPEC.is_dir():
    pytest.skip(f"no specification folder at {SPEC} (the shared checkout is absent)", allow_module_level=True)


def item_key(src: Path) -> str:
    """`01_scale_array.ember` -> "01"; `diagnostics/d05_type_mismatch.ember` -> "d05"."""
    return src.name.split("_", 1)[0]


def spec_programs() -> list[Path]:
    """Every spec program: numbered ones, then diagnostics (d*, r*)."""
    return sorted(SPEC.glob("[0-9]*.ember")) + sorted((SPEC / "diagnostics").glob("[dr]*.ember"))


def skip_if_not_built(key: str) -> None:
    if key in SKIP:
        pytest.skip(f"not built yet: {SKIP[key]}")


def check(src: Path, result: Result, *earlier: Result) -> None:
    """Judge a finished run of a spec program by the README's rules."""
    key = item_key(src)
    out = read_text(src.with_suffix(".out"))
    err_file = src.with_suffix(".err")
    if key.startswith("d"):
        expect_failure(src, result, read_lines(err_file), "", *earlier, status=1)
    elif key.startswith("r"):
        expect_failure(src, result, read_lines(err_file), out, *earlier, status=1)
    elif err_file.exists():
        expect_failure(src, result, read_lines(err_file), out, *earlier, status=None)
    else:
        expect_success(src, result, out, *earlier)


def params() -> list[object]:
    return [pytest.param(p, id=p.relative_to(SPEC).as_posix()) for p in spec_programs()]


@pytest.mark.parametrize("src", params())
def test_spec_run(src: Path) -> None:
    skip_if_not_built(item_key(src))
    check(src, run_ember(["run", src.name], src.parent))


@pytest.mark.parametrize("src", params())
def test_spec_build(src: Path, tmp_path: Path) -> None:
    key = item_key(src)
    skip_if_not_built(key)
    built, exe = build(src.name, src.parent, tmp_path)
    if key.startswith("d"):
        check(src, built)
        if exe.exists():
            fail(src, "a program with a compile-time error still produced an executable", built)
        return
    if built.timed_out or built.returncode != 0 or not exe.is_file():
        fail(src, "`ember build` failed or wrote no executable", built)
    check(src, run([str(exe)], src.parent), built)


def test_spec_python_layer() -> None:
    skip_if_not_built("python/test_layer.py")
    script = SPEC / "python" / "test_layer.py"
    result = run_python(["python/test_layer.py"], SPEC)
    if result.timed_out or result.returncode != 0 or result.stdout.strip() != "ok":
        fail(script, "the Python layer test did not print `ok`", result, details=f"stdout: {result.stdout!r}")


def test_skip_list_names_real_items() -> None:
    """SKIP keys stay in step with the spec folder (a typo would silently run an item)."""
    keys = {item_key(p) for p in spec_programs()} | {"python/test_layer.py"}
    unknown = sorted(set(SKIP) - keys)
    assert not unknown, f"SKIP names items the spec does not have: {unknown}"

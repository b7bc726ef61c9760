"""`ember build --shared` (LANGUAGE.md §11, interop/cabi.py): a C program includes the
generated header, links the library and calls its functions; lists cross without a
copy (an `inout` list changed in place, resizing one is a fault); functions C cannot call
are left out with a note naming why."""
from __future__ import annotations

import ctypes
import shutil
import subprocess
from pathlib import Path

import pytest

from ember_testing import run_ember

KERNELS = """\
comptime SCALE = 3
total_calls = 0

fn dot(a: [f64], b: [f64]) -> f64:
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s

fn scale(inout xs: [f32], k: f32):
    for i in range(len(xs)):
        xs[i] = xs[i] * k

fn bump(inout n: Int, by: Int):
    n += by * SCALE

fn positive(x: i32) -> Bool:
    return x > 0

fn grow(inout xs: [Int]):
    xs.append(1)

fn risky(x: Int) raises -> Int:
    if x < 0:
        raise ValueError("negative")
    return x

fn name() -> str:
    return "k"

print("loaded")
"""

MAIN = r"""
#include <stdio.h>
#include "libk.h"
int main(int argc, char **argv) {
    double a[] = {1, 2, 3}, b[] = {4, 5, 6};
    float xs[] = {1.5f, 2.0f};
    int64_t n = 1, ys[] = {7};
    printf("%g\n", dot(a, 3, b, 3));
    scale(xs, 2, 2.0f);
    printf("%g %g\n", xs[0], xs[1]);
    bump(&n, 2);
    printf("%ld %d %d\n", (long)n, positive(5), positive(-5));
    fflush(stdout);
    if (argc > 1) grow(ys, 1);
    return 0;
}
"""

needs_cc = pytest.mark.skipif(shutil.which("cc") is None, reason="`ember build` links with cc")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("cc") is None:
        pytest.skip("`ember build` links with cc")
    d = tmp_path_factory.mktemp("shared")
    (d / "k.ember").write_text(KERNELS, encoding="utf-8")
    r = run_ember(["build", "--shared", "k.ember"], d)
    assert r.returncode == 0, r.stderr
    assert "note: `risky` is not in the library: it raises" in r.stderr
    assert "note: `name` is not in the library: it returns `str`" in r.stderr
    return d


@needs_cc
def test_header_declares_c_signatures(library: Path) -> None:
    header = (library / "libk.h").read_text()
    for decl in ("double dot(const double *a, int64_t a_len, const double *b, int64_t b_len);",
                 "void scale(float *xs, int64_t xs_len, float k);", "void bump(int64_t *n, int64_t by);",
                 "bool positive(int32_t x);"):
        assert decl in header
    assert "risky" not in header and "name" not in header


@needs_cc
def test_c_program_calls_the_library(library: Path) -> None:
    (library / "main.c").write_text(MAIN, encoding="utf-8")
    subprocess.run(["cc", "-Wall", "-Werror", "-o", "main", "main.c", "-L.", "-lk", "-Wl,-rpath,."],
                   cwd=library, check=True, capture_output=True)
    ran = subprocess.run(["./main"], cwd=library, capture_output=True, text=True, timeout=30)
    # the top-level statements ran once, when the library was loaded
    assert (ran.returncode, ran.stdout) == (0, "loaded\n32\n3 4\n7 1 0\n"), ran.stderr
    ran = subprocess.run(["./main", "grow"], cwd=library, capture_output=True, text=True, timeout=30)
    assert ran.returncode == 1 and "ValueError: cannot resize an array lent to Ember" in ran.stderr


@needs_cc
def test_ctypes_sees_the_same_functions(library: Path) -> None:
    lib = ctypes.CDLL(str(library / "libk.so"))
    lib.dot.restype = ctypes.c_double
    lib.dot.argtypes = [ctypes.POINTER(ctypes.c_double), ctypes.c_int64] * 2
    xs = (ctypes.c_double * 2)(1.5, 2.0)
    assert lib.dot(xs, 2, xs, 2) == 6.25

"""Optimized IR of counted loops over lists (`ember emit llvm`), DESIGN.md "Tests".

Issue 8: `y[i] = x[i] * 2.0` over `range(len(x))` must become vector instructions with
no bounds check in the vectorized body. mir/bounds.py versions the loop on one test
before it; the checked loop stays for the lists that fail the test (its faults are
tested by tests/programs/bounds/). `--target-cpu x86-64-v3` (AVX2) makes the vector
width the same on every host.
"""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from ember_testing import ember_command, optimized_ir, run_ember, vector_bodies

SCALE = """\
from sys import argv

fn scale(x: [f32], inout y: [f32]):
    for i in range(len(x)):
        y[i] = x[i] * 2.0

fn main():
    n = int(argv[1])
    xs: [f32] = []
    ys: [f32] = []
    for i in range(n):
        xs.append(f32(i))
        ys.append(0.0)
    scale(xs, ys)
    print(ys[n - 1])
"""

# B6's inner loop: an offset index `b[k * n + j]` and an update `row[j] += ...`
MATMUL = """\
from sys import argv

fn matmul(a: [f32], b: [f32], n: Int) -> [[f32]]:
    rows: [[f32]] = []
    for i in range(n):
        row: [f32] = [0.0] * n
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                row[j] += aik * b[k * n + j]
        rows.append(row)
    return rows

fn main():
    n = int(argv[1])
    a: [f32] = [1.0] * (n * n)
    print(matmul(a, a, n)[0][0])
"""

# B1's loop: appends to a new list (mir/appends.py reserves the room before the loop),
# and the same as a comprehension
APPEND = """\
from sys import argv

fn scale_array(arr: [f32]) -> [f32]:
    result: [f32] = []
    for x in arr:
        result.append(x * 2.0)
    return result

fn comp(arr: [f32]) -> [f32]:
    return [x + 1.0 for x in arr]

fn main():
    n = int(argv[1])
    xs: [f32] = [1.5] * n
    print(scale_array(xs)[n - 1], comp(xs)[0])
"""

# a small helper called in the loop: it reaches no global, so the call cannot resize
# `x` or `y` (mir/bounds.py, local_functions); LLVM inlines it, then vectorizes
HELPER = """\
from sys import argv

fn affine(v: f32, a: f32) -> f32:
    return v * a + 1.0

fn apply(x: [f32], inout y: [f32], a: f32):
    for i in range(len(x)):
        y[i] = affine(x[i], a)

fn main():
    n = int(argv[1])
    xs: [f32] = [1.5] * n
    ys: [f32] = [0.0] * n
    apply(xs, ys, 3.0)
    print(ys[n - 1])
"""

VECTOR = re.compile(r"<(8|16) x float>")


def assert_vectorized_without_checks(ir: str) -> None:
    bodies = [b for b in vector_bodies(ir) if VECTOR.search(b)]
    assert bodies, "no vectorized loop over float:\n" + ir[-4000:]
    for body in bodies:
        assert "fault" not in body and "fail" not in body, body



def test_indexed_scale_loop_vectorizes_without_checks(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, SCALE)
    assert_vectorized_without_checks(ir)
    assert re.search(r"fmul <(8|16) x float>", ir)
    assert "ember_fault_index" in ir  # the checked loop is still there for short lists


def test_matmul_inner_loop_vectorizes_without_checks(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, MATMUL)
    assert_vectorized_without_checks(ir)
    assert re.search(r"fmul <(8|16) x float>|fma <(8|16) x float>|fadd <(8|16) x float>", ir)
    assert "ember_fault_index" in ir


def test_append_loops_vectorize_without_growth_tests(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, APPEND)
    bodies = [b for b in vector_bodies(ir) if VECTOR.search(b)]
    assert len(bodies) >= 2, "the append loop and the comprehension should both vectorize:\n" + ir[-4000:]
    for body in bodies:
        assert "call" not in body, body  # no growth (realloc) inside
    assert re.search(r"fmul <(8|16) x float>", ir) and re.search(r"fadd <(8|16) x float>", ir)


def test_loop_calling_a_small_function_inlines_and_vectorizes(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, HELPER)
    assert '@"em.affine"' not in ir  # inlined (and then dropped)
    assert_vectorized_without_checks(ir)
    assert "ember_fault_index" in ir


# n-body's pair loop: the versioning test of `range(i + 1, n)` is Int arithmetic that
# LLVM folds against the loop's own bounds (it was 128-bit, a dozen instructions per i)
PAIRS = """\
from sys import argv

fn pairs(inout xs: [f64]):
    n = len(xs)
    for i in range(n):
        for j in range(i + 1, n):
            xs[j] += xs[i] * 0.5

fn main():
    xs: [f64] = []
    for i in range(int(argv[1])):
        xs.append(f64(i))
    pairs(xs)
    print(xs[len(xs) - 1])
"""


def test_range_test_of_plain_indices_is_int_arithmetic(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, PAIRS)
    assert not re.search(r"\bi128 ", ir)
    assert "ember_fault_index" in ir  # the checked loop is still there


def test_the_middle_loops_own_index_gets_an_unchecked_copy(tmp_path: Path) -> None:
    """mir/bounds.py `version_outer_loops`: matmul's `a[i * n + k]` in the k loop was
    checked once per k; the k loop around the j loop now has an unchecked copy too."""
    (tmp_path / "mm.ember").write_text(MATMUL)
    r = run_ember(["emit", "mir-opt", "mm.ember"], tmp_path)
    assert r.returncode == 0, r.stderr
    mir = r.stdout[r.stdout.index("fn matmul"):]
    a_loads = re.findall(r"= load _0\[_\d+( unchecked)?\]", mir)
    assert sorted(a_loads) == ["", " unchecked"], a_loads  # the checked loop stays
    # both copies of the k loop hold both copies of the j loop
    b_loads = re.findall(r"= load _1\[_\d+( unchecked)?\]", mir)
    assert sorted(b_loads) == ["", "", " unchecked", " unchecked"], b_loads
    r = run_ember(["run", "mm.ember", "4"], tmp_path)
    assert (r.returncode, r.stdout) == (0, "4.0\n"), r.stderr


# B7's inner loop: a float sum that LLVM may not reassociate. Forced ordered reductions
# (codegen/target.py) compute the divisions and products as vectors and add the lanes
# in the source's order, so the printed sum is the one CPython prints.
SPECTRAL = """\
from sys import argv

def row(v: list[float], i: int) -> float:
    s = 0.0
    for j in range(len(v)):
        s += 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1) * v[j]
    return s

def main() -> None:
    n = int(argv[1])
    v = [1.0 + 0.1 * k for k in range(n)]
    print(row(v, 3))

main()
"""


def test_float_sum_vectorizes_in_source_order(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, SPECTRAL)
    bodies = [b for b in vector_bodies(ir) if re.search(r"fdiv <(4|8) x double>", b)]
    assert bodies, "the divisions feeding the sum stayed scalar:\n" + ir[-4000:]
    for body in bodies:
        assert re.search(r"call double @llvm\.vector\.reduce\.fadd\.v\d+f64\(double", body), body
        assert "reassoc" not in body and "fault" not in body, body
    r = run_ember(["run", "prog.ember", "1000"], tmp_path)
    v = [1.0 + 0.1 * k for k in range(1000)]
    s = 0.0
    for j in range(1000):
        s += 1.0 / ((3 + j) * (3 + j + 1) // 2 + 3 + 1) * v[j]
    assert (r.returncode, r.stdout) == (0, f"{s}\n"), r.stderr


def _mir_opt(tmp_path: Path, src: Path, cpu: str = "x86-64-v3") -> tuple[str, dict[str, str]]:
    """`ember emit mir-opt` of a test program for `cpu` (its lane counts): the text, and
    each function's text by name."""
    (tmp_path / src.name).write_text(src.read_text())
    r = run_ember(["--target-cpu", cpu, "emit", "mir-opt", src.name], tmp_path)
    assert r.returncode == 0, r.stderr
    return r.stdout, {m.group(1): m.group(0) for m in re.finditer(r"^fn ([\w.]+)\(.*?^}", r.stdout, re.M | re.S)}


def test_nest_of_independent_rows_runs_eight_rows_at_a_time(tmp_path: Path) -> None:
    """mir/outer.py: B7's nest gets a copy whose lanes are rows (each row's sum in the
    source's order, so tests/programs/outer/ prints CPython's digits); a nest whose rows
    read what earlier rows stored stays scalar."""
    src = Path(__file__).parents[1] / "programs" / "outer" / "rows.ember"
    _, fns = _mir_opt(tmp_path, src)
    for name in ("mul_av", "mul_atv", "offset_rows"):
        assert "simd.store(" in fns[name] and "SIMD[f64, 8]" in fns[name], fns[name]
    for name in ("int_rows", "reads_its_output"):
        assert "simd." not in fns[name], fns[name]
    ir = optimized_ir(tmp_path, src.read_text())
    assert re.search(r"fdiv <8 x double>", ir), ir[-4000:]


def test_parallel_rows_run_eight_rows_at_a_time(tmp_path: Path) -> None:
    """mir/chunks.py: a `parallel for` whose captures are read or written element-wise
    gets a loop over a run of rows (`F.parN.rows`), which mir/outer.py vectorizes
    (tests/programs/parallel/rows*.ember: the results and the faults)."""
    _, fns = _mir_opt(tmp_path, Path(__file__).parents[1] / "programs" / "parallel" / "rows.ember")
    assert "simd.store(" in fns["par.par0.rows"], fns["par.par0.rows"]


def test_calls_with_an_early_exit_run_eight_at_a_time(tmp_path: Path) -> None:
    """mir/variants.py + mir/outer.py: a loop calling a function whose loop returns early
    (B4's `escape`) calls its vector variant for 8 iterations at a time on AVX2, the lanes
    that returned masked off, the arguments that are the same in every lane (`_1`: the
    row's `ci`) kept scalars, also where the loop adds to a sum under a test of the call
    (`if in_set(x, y): n += 1`); a function with checked `Int` arithmetic on its argument
    has no variant (tests/programs/outer/lanes.ember: the results equal CPython's)."""
    src = Path(__file__).parents[1] / "programs" / "outer" / "lanes.ember"
    text, fns = _mir_opt(tmp_path, src)
    for caller, callee in (("total", "escape.v8_1"), ("steps", "bounded.v8_1"), ("fill", "damp.v8_1"),
                           ("mandel_rows", "mandel.v8_1_2_3"), ("count", "in_set.v8_1"), ("count_out", "in_set.v8_1"),
                           ("count_slow", "escape.v8_1"), ("fill_shaped", "shaped.v8_1"),
                           ("iteration_rows", "iterations.v8_1_2"),  # `return k + 1`
                           ("trap_rows", "trap.v8_1")):  # `if d < best: best = d`, an if/else
        assert f"call {callee}(" in fns[caller] and f"call {callee.split('.')[0]}(" in fns[caller], fns[caller]
        assert "simd.reduce_or(" in fns[callee], fns[callee]
    assert "fn mandel.v8_1_2_3(_0: SIMD[f64, 8], _1: f64, _2: Int, _3: SIMD[f64, 8])" in text  # `scale` is reassigned
    assert "int_steps.v" not in text
    assert "simd.math.sqrt(" in fns["shaped.v8_1"] and "simd.select(" in fns["shaped.v8_1"]  # sqrt; max by `<`
    assert "simd.store(" in fns["root_rows"] and "simd.math.sqrt(" in fns["root_rows"]  # rows through sqrt, min
    for name in ("escape_of", "damp_rows"):  # xs[i] of the lanes' rows: one vector load, no gather
        assert "simd.load(" in fns[name] and ".v8_1(" in fns[name], fns[name]
    ir = optimized_ir(tmp_path, src.read_text())
    total = ir[re.search(r"^define[^\n]*@em\.total\(", ir, re.M).start():]  # type: ignore[union-attr]
    assert re.search(r"fcmp ogt <8 x double>", total[:total.index("\n}")]), total[:8000]  # |z|^2 > 4, 8 lanes


def test_loops_over_a_list_call_the_variant_on_vector_loads(tmp_path: Path) -> None:
    """mir/outer.py `_list_loop_as_range`: `for x in xs: t += escape(x, ci)` runs as a loop
    over the indices, the lanes' elements one vector load of `xs` (of each list for `zip`;
    `enumerate`'s index is the lanes' own); a loop that appends to
    its own list stays as it was; a function given a list that is the same in every lane
    (Horner's coefficients) has a variant (tests/programs/outer/list_loops.ember: CPython's
    output)."""
    _, fns = _mir_opt(tmp_path, Path(__file__).parents[1] / "programs" / "outer" / "list_loops.ember")
    for name in ("total", "inside", "weighted"):
        assert "call escape.v8_1(" in fns[name] and "simd.load(" in fns[name], fns[name]
    assert "escape.v8" not in fns["grow"] and "simd.load(" not in fns["grow"], fns["grow"]
    assert "call escape.v8(" in fns["numbered"] and "simd.store(" in fns["numbered"], fns["numbered"]  # enumerate
    assert "call escape.v8(" in fns["paired"] and fns["paired"].count("simd.load(") == 2, fns["paired"]  # zip
    # a list the same in every lane stays a list: the variant loops over it once for 8 calls
    assert "call horner.v8_1(" in fns["horner_all"] and "call over.v8_1(" in fns["over_all"]
    assert "fn horner.v8_1(_0: SIMD[f64, 8], _1: [f64])" in fns["horner.v8_1"]
    assert "clipped.v8" not in fns["clipped_all"]  # `n += 1`: checked arithmetic, no variant


def test_rows_with_an_inner_list_loop_run_in_lanes(tmp_path: Path) -> None:
    """mir/outer.py `_as_range_loops`: a row loop whose inner loop goes over a list (the
    same in every row) is a nest (tests/programs/outer/inner_lists.ember: CPython's output)."""
    _, fns = _mir_opt(tmp_path, Path(__file__).parents[1] / "programs" / "outer" / "inner_lists.ember")
    for name in ("mul_av", "horner_rows", "pairs"):
        assert "simd.store(" in fns[name] and "SIMD[f64, 8]" in fns[name], fns[name]


def test_rows_with_two_inner_loops_run_in_lanes(tmp_path: Path) -> None:
    """mir/nests.py `_rows`: a row may run inner loops one after another; a value an inner
    loop sets and the row reads after it keeps the nest scalar (the loop may not run:
    tests/programs/outer/two_loops.ember `last_of` printed 0.0 for 7.0 before)."""
    _, fns = _mir_opt(tmp_path, Path(__file__).parents[1] / "programs" / "outer" / "two_loops.ember")
    for name in ("two_sums", "norm_rows"):
        assert "simd.store(" in fns[name] and "SIMD[f64, 8]" in fns[name], fns[name]
    for name in ("between", "last_of"):
        assert "SIMD" not in fns[name], fns[name]


def test_pythons_while_loop_mandelbrot_runs_in_lanes(tmp_path: Path) -> None:
    """mir/below.py + mir/variants.py: `while n < limit and |z| <= 2: ...; n += 1` (either
    order) has a variant; a row loop whose variable's name a later loop reuses is a nest
    (loops.py `live_at`; tests/programs/outer/while_loops.ember: CPython's output)."""
    _, fns = _mir_opt(tmp_path, Path(__file__).parents[1] / "programs" / "outer" / "while_loops.ember")
    assert "call escape.v8_1_2(" in fns["image"] and "simd.store(" in fns["image"], fns["image"]
    assert "call escape_last.v8_1_2(" in fns["inside"], fns["inside"]
    assert "call escape.v8_1_2(" in fns["total"], fns["total"]  # a sum of counts: 0 <= n <= max(0, limit)


def test_rows_with_tests_keep_each_lanes_side(tmp_path: Path) -> None:
    """mir/nests.py `_tests` + mir/outer.py: a test in a row whose sides only assign locals
    runs both sides in the lanes and selects (tests/programs/outer/tests.ember: CPython's
    output); a side whose value the next row would read keeps the nest scalar."""
    _, fns = _mir_opt(tmp_path, Path(__file__).parents[1] / "programs" / "outer" / "tests.ember")
    for name in ("near", "mixed"):
        assert "simd.select(" in fns[name] and "SIMD[f64, 8]" in fns[name], fns[name]
    assert "call escape.v8_1(" in fns["mixed"]
    assert "SIMD" not in fns["carried"], fns["carried"]


def test_the_lane_copies_are_the_same_in_every_process(tmp_path: Path) -> None:
    """mir/outer.py made its vector locals in the order of a set of locals, which hash
    randomization changes from process to process: the same program gave differently
    numbered MIR each time. Two processes with different hash seeds now agree."""
    src = Path(__file__).parents[1] / "programs" / "outer" / "tests.ember"
    outs = [subprocess.run([*ember_command(), "emit", "mir-opt", str(src)], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120).stdout for seed in ("1", "2")]
    assert outs[0] and outs[0] == outs[1]


def test_the_lanes_are_two_vector_registers_of_the_target(tmp_path: Path) -> None:
    """codegen/target.py `f64_lanes`: 16 lanes where a vector register holds 8 f64
    (AVX-512), 8 on AVX2, so two chains of dependent operations are in flight."""
    src = Path(__file__).parents[1] / "programs" / "outer" / "lanes.ember"
    for cpu, lanes in (("x86-64-v4", 16), ("x86-64-v3", 8)):
        text, _ = _mir_opt(tmp_path, src, cpu)
        assert f"call escape.v{lanes}_1(" in text and f"SIMD[f64, {lanes}]" in text, cpu

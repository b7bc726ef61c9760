"""IR checks for SIMD (LANGUAGE.md §2, DESIGN.md "Tests"): `SIMD[f32, 8]` is an LLVM
`<8 x float>`, and a vector slice `xs[i:i+8]` is one vector load (a masked one only at
the list's edge), which stays a vector operation through LLVM's optimizer."""
from __future__ import annotations

import re
from pathlib import Path

from ember.codegen import target
from ember_testing import emitted_ir

PROGRAM = """\
fn scale(inout xs: [f32], k: f32):
    width = 8
    for i in range(0, len(xs), width):
        xs[i:i+width] = xs[i:i+width] * k

fn add(a: SIMD[f32, 8], b: SIMD[f32, 8]) -> SIMD[f32, 8]:
    return a + b

xs: [f32] = [1.0, 2.0, ..., 20.0]
scale(xs, 2.0)
print(xs, add(SIMD[f32, 8](1.0), SIMD[f32, 8](2.0)).reduce_add())
"""


def _ir(tmp_path: Path) -> str:
    return emitted_ir(tmp_path, PROGRAM)


def _body(ir: str, fn: str) -> str:
    m = re.search(rf'define [^\n]*@"?em\.{fn}"?\(.*?\n}}', ir, re.S)
    assert m, f"no definition of {fn} in:\n{ir[:3000]}"
    return m.group(0)


def test_vector_slice_is_a_vector_load_and_store(tmp_path: Path) -> None:
    body = _body(_ir(tmp_path), "scale")
    assert re.search(r"= load <8 x float>, ptr", body), body
    assert re.search(r"store <8 x float> ", body), body
    assert re.search(r'@"?llvm\.masked\.load\.v8f32\.p0', body), body
    assert re.search(r'@"?llvm\.masked\.store\.v8f32\.p0', body), body
    assert "fmul <8 x float>" in body, body


def test_simd_add_is_a_vector_fadd(tmp_path: Path) -> None:
    assert "fadd <8 x float>" in _body(_ir(tmp_path), "add")


def test_optimized_loop_stays_vectorized(tmp_path: Path) -> None:
    ir = _ir(tmp_path)
    tm = target.host_target_machine()
    opt = str(target.optimize(ir, "", tm))  # `scale` is inlined into the entry
    assert re.search(r"fmul <8 x float>", opt), opt
    assert not re.search(r"fmul float", opt), "the vector multiply was scalarized:\n" + opt

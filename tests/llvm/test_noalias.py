"""Checks on the LLVM IR that codegen emits (before LLVM's optimizer), DESIGN.md "Tests".

LANGUAGE.md §5: mutable references are exclusive, so `inout` arguments and borrowed list
arguments are `noalias`; other arguments (scalars, owned values) carry no such promise.
Nor does a function that reaches a global (itself or through its callees): the global
may be the very list it was given (tests/programs/bounds/borrowed_global_shrunk.ember).
"""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import emitted_ir

PROGRAM = """\
fn add_into(inout dst: [f32], src: [f32], k: f32):
    for i in range(len(src)):
        dst[i] += src[i] * k

fn bump(inout n: Int, owned xs: [Int]) -> Int:
    n += len(xs)
    return n

xs: [f32] = [1.0, 2.0]
add_into(xs, [3.0, 4.0], 2.0)
m = 1
print(bump(m, [1, 2]), xs)
"""


def signature(ir: str, fn: str) -> str:
    m = re.search(rf'define [^\n]*@"em\.{fn}"\((.*)\)[^()\n]*$', ir, re.M)  # an argument may say dereferenceable(32)
    assert m, f"no definition of {fn} in:\n{ir[:2000]}"
    return m.group(1)


def test_inout_and_borrowed_lists_are_noalias(tmp_path: Path) -> None:
    ir = emitted_ir(tmp_path, PROGRAM)
    dst, src, k = (a.strip() for a in signature(ir, "add_into").split(","))
    assert "noalias" in dst and "noalias" in src and "noalias" not in k
    n, xs = (a.strip() for a in signature(ir, "bump").split(","))
    assert "noalias" in n and "noalias" not in xs  # an owned list is the callee's own value


GLOBAL = """\
g: [Int] = [1, 2, 3]

fn drop_last():
    g.pop()

fn through_call(xs: [Int], inout ys: [Int]) -> Int:
    drop_last()
    ys.append(len(xs))
    return xs[0]

zs = [4]
print(through_call(g, zs))
"""


def test_no_noalias_where_a_global_may_alias(tmp_path: Path) -> None:
    ir = emitted_ir(tmp_path, GLOBAL)
    assert "noalias" not in signature(ir, "through_call")

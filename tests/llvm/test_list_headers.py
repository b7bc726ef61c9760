"""List arguments and results are live lists (`dereferenceable(32)`), DESIGN.md "Tests".

A list argument, or the list a function that cannot raise returns, always points at a
whole header (len, cap, data). Saying so lets LLVM read the header before a loop whose
body can exit first (an overflow or bounds fault): B6's k loop read the lengths and data
pointers of `a` and `b` on every iteration without it. A raising function's result is
`{ptr, ptr}`, null on error, and an `inout` list is a reference to a slot: neither gets
the attribute.
"""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import emitted_ir, optimized_ir
from test_vectorize import MATMUL as VECTORIZE_MATMUL

PROGRAM = """\
from sys import argv

fn make(n: Int) -> [Int]:
    xs: [Int] = []
    for i in range(n):
        xs.append(i % 7)
    return xs

fn checked_make(n: Int) raises -> [Int]:
    if n < 0:
        raise ValueError("negative")
    return make(n)

fn push(inout xs: [Int], v: Int):
    xs.append(v)

fn pick(xs: [Int], idx: [Int]) -> Int:
    s = 0
    for k in range(len(idx)):
        s += xs[idx[k] + 1]
    return s

fn main() raises:
    n = int(argv[1])
    ys = make(n)
    push(ys, 3)
    print(pick(checked_make(n + 1), ys))
"""

HEADER = "align 8 dereferenceable(32)"


def define(ir: str, fn: str) -> str:
    m = re.search(rf'^define [^\n]*@"em\.{fn}"\(.*$', ir, re.MULTILINE)
    assert m, f"no definition of {fn} in:\n{ir[:2000]}"
    return m.group(0)


def test_list_arguments_and_results_are_dereferenceable(tmp_path: Path) -> None:
    ir = emitted_ir(tmp_path, PROGRAM)
    assert define(ir, "pick").count(f"ptr noalias {HEADER}") + define(ir, "pick").count(f"ptr {HEADER}") == 2
    assert define(ir, "make").startswith(f"define internal {HEADER} ptr")
    assert HEADER not in define(ir, "checked_make")  # returns {ptr, ptr}: null on error
    assert HEADER not in define(ir, "push")  # the address of the caller's slot


BLOCK = re.compile(r"^([\w.\-]+):[^\n]*\n(.*?)(?=^[\w.\-]+:|\Z)", re.MULTILINE | re.DOTALL)


def loops(blocks: dict[str, str]) -> list[set[str]]:
    """The blocks of each loop of a function (name -> text of each block, entry first):
    per back edge (an edge to a block on the depth-first path), every block that
    reaches the edge's source without passing its target."""
    succ = {name: re.findall(r"label %([\w.\-]+)", body) for name, body in blocks.items()}
    pred: dict[str, list[str]] = {name: [] for name in blocks}
    for name, targets in succ.items():
        for t in targets:
            pred[t].append(name)
    back, on_path, seen = [], {next(iter(blocks))}, {next(iter(blocks))}
    stack = [(next(iter(blocks)), iter(succ[next(iter(blocks))]))]
    while stack:
        node, rest = stack[-1]
        t = next(rest, None)
        if t is None:
            on_path.discard(node)
            stack.pop()
        elif t in on_path:
            back.append((node, t))
        elif t not in seen:
            seen.add(t)
            on_path.add(t)
            stack.append((t, iter(succ[t])))
    found = []
    for src, head in back:
        body, work = {head, src}, [src] if src != head else []
        while work:
            for p in pred[work.pop()]:
                if p not in body:
                    body.add(p)
                    work.append(p)
        found.append(body)
    return found


def tbaa_names(ir: str) -> dict[str, str]:
    """`!N` of each access tag -> the name of Ember's type it marks ("list.len", ...)."""
    names = dict(re.findall(r'^(!\d+) = !\{!"([\w.]+)", !\d+, i64 0\}', ir, re.MULTILINE))
    return {tag: names[node] for tag, node in re.findall(r"^(!\d+) = !\{(!\d+), !\d+, i64 0\}", ir, re.MULTILINE)
            if node in names}


# B6 as benchmarks/matmul has it: the inputs come from a loop of appends (a list made by
# `[1.0] * n` in the same function has a header LLVM knows)
MATMUL_MADE = VECTORIZE_MATMUL.replace("fn matmul(", """fn make(n: Int) -> [f32]:
    xs: [f32] = []
    for r in range(n * n):
        xs.append(f32(r % 7))
    return xs

fn matmul(""").replace(
    "a: [f32] = [1.0] * (n * n)", "a = make(n)").replace("matmul(a, a, n)", "matmul(a, make(n), n)")


def test_header_loads_leave_loops_that_can_fault(tmp_path: Path) -> None:
    """B6's k loop: `a[i * n + k]` may fault before `b`'s header is read (and `b`'s after
    `a`'s), so LLVM may hoist neither without knowing both headers are there to read."""
    assert "a = make(n)" in MATMUL_MADE and "matmul(a, make(n), n)" in MATMUL_MADE
    ir = optimized_ir(tmp_path, MATMUL_MADE)
    header_tags = {t for t, name in tbaa_names(ir).items() if name in ("list.len", "list.data")}
    assert header_tags, ir[-3000:]
    main = re.search(r"^define [^\n]*@ember_main\(.*?^\}", ir, re.MULTILINE | re.DOTALL).group(0)  # type: ignore[union-attr]
    blocks = dict(BLOCK.findall(main))
    # the loops that may fault and make no list (i's loop reads each new row's header)
    faulting = [body for body in loops(blocks) if any("label %fail" in blocks[b] for b in body)
                and not any(re.search(r"@(ember_list_new|malloc|calloc)\(", blocks[b]) for b in body)]
    assert any(any("<8 x float>" in blocks[b] for b in body) for body in faulting), main
    for body in faulting:
        for name in body:
            for tag in re.findall(r"= load [^\n]*!tbaa (!\d+)", blocks[name]):
                assert tag not in header_tags, f"a list header load in loop block {name}:\n{blocks[name]}"

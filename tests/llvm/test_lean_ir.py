"""Codegen emits less IR for LLVM to optimize (compile time, issue 7), without changing
what runs: no drop of a local that certainly holds nothing (mir/empties.py), list
displays filled without capacity tests (mir/displays.py), and overflow-checked
arithmetic on two constants folded when it cannot overflow (codegen/emit/arith.py).
The programs in tests/programs check that the results stay the same."""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import emitted_ir

PROGRAM = """\
fn f(n: Int) -> Int:
    xs = [n, n + 1, -4]
    s = str(n) + "!"
    return len(xs) + len(s)

print(f(3))
"""


def _function(ir: str, name: str) -> str:
    m = re.search(rf'^define [^\n]*@"{re.escape(name)}"\(.*?^}}', ir, re.M | re.S)
    assert m, ir
    return m[0]


def test_each_owned_value_is_dropped_once(tmp_path: Path) -> None:
    f = _function(emitted_ir(tmp_path, PROGRAM), "em.f")
    # xs once; s and the temporary str(n) once each; nothing before a first assignment
    assert f.count("@\"ember_list_drop\"") == 1, f
    assert f.count("@\"ember_str_free\"") == 2, f


def test_display_has_no_capacity_test(tmp_path: Path) -> None:
    f = _function(emitted_ir(tmp_path, PROGRAM), "em.f")
    assert 'call ptr @"ember_list_new"(i64 8, i64 3)' in f
    assert "ember_list_reserve" not in f, f


def test_display_in_a_loop_keeps_its_room(tmp_path: Path) -> None:
    ir = emitted_ir(tmp_path, "fn g(n: Int) -> Int:\n    t = 0\n    for i in range(n):\n"
                              "        t += len([i, i])\n    return t\n\nprint(g(4))\n")
    assert "ember_list_reserve" not in _function(ir, "em.g")


def test_appends_after_a_display_still_grow(tmp_path: Path) -> None:
    ir = emitted_ir(tmp_path, "fn h(n: Int) -> Int:\n    xs = [1]\n    xs.append(n)\n"
                              "    return len(xs)\n\nprint(h(2))\n")
    assert _function(ir, "em.h").count("ember_list_reserve") == 1


def test_negative_literal_is_a_constant(tmp_path: Path) -> None:
    f = _function(emitted_ir(tmp_path, PROGRAM), "em.f")
    assert "ssub.with.overflow" not in f, f
    assert "store i64 -4" in f


def test_constant_overflow_is_still_checked(tmp_path: Path) -> None:
    ir = emitted_ir(tmp_path, "print(9223372036854775807 + 1)\n")
    assert "llvm.sadd.with.overflow.i64" in ir
    assert "ember_fault" in ir

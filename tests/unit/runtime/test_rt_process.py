"""Faults, Ember's stdout buffer, argv, and rt.ll being current with rt.c."""

from __future__ import annotations

import ctypes
import re
import shutil
from pathlib import Path

import llvmlite.binding as llvm

import pytest

from ember.runtime import build_rt, runtime_ir

KINDS = ["IndexError", "ZeroDivisionError", "OverflowError", "AssertionError", "ValueError", "MemoryError",
         "KeyError", "RuntimeError"]


def fault_fn(rt):
    addr = rt.ee.get_function_address("ember_fault")
    return ctypes.CFUNCTYPE(None, ctypes.c_int32, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int32, ctypes.c_int32)(addr)


@pytest.mark.parametrize("kind", range(8))
def test_fault_kinds(rt, run_fault, kind):
    got = run_fault(lambda: fault_fn(rt)(kind, b"boom", b"dir/m.ember", 12, 3))
    assert got == (1, "", f"dir/m.ember:12:3: {KINDS[kind]}: boom\n")


def test_assert_without_message(rt, run_fault):
    assert run_fault(lambda: fault_fn(rt)(3, b"", b"a.ember", 1, 8)) == (1, "", "a.ember:1:8: AssertionError\n")
    assert run_fault(lambda: fault_fn(rt)(3, None, b"a.ember", 1, 8)) == (1, "", "a.ember:1:8: AssertionError\n")


def test_fault_index_and_buf(rt, run_fault):
    index = ctypes.CFUNCTYPE(None, ctypes.c_int64, ctypes.c_int64, ctypes.c_char_p, ctypes.c_int32, ctypes.c_int32)(
        rt.ee.get_function_address("ember_fault_index"))
    got = run_fault(lambda: index(5, 3, b"x.ember", 9, 7))
    assert got == (1, "", "x.ember:9:7: IndexError: list index 5 out of range for length 3\n")
    fbuf = ctypes.CFUNCTYPE(None, ctypes.c_int32, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int32, ctypes.c_int32)(
        rt.ee.get_function_address("ember_fault_buf"))

    def with_buf():
        b = rt.buf_new()
        rt.buf_bytes(b, b"key ", 4)
        rt.buf_str_repr(b, rt.s("k"))
        fbuf(6, b, b"x.ember", 1, 2)

    assert run_fault(with_buf) == (1, "", "x.ember:1:2: KeyError: key 'k'\n")


def test_process_end_to_end(run_rt):
    """In a fresh process: argv, explicit flush, and buffered stdout (more than the buffer
    holds) coming out before a fault's message."""
    r = run_rt("""
        argv = (ctypes.c_char_p * 3)(b"prog", "é".encode(), b"")
        fn("ember_rt_init", None, I32, P)(3, argv)
        say("hello ")
        l = fn("ember_argv", P)()
        n = ctypes.c_int64.from_address(l).value
        data = ctypes.c_void_p.from_address(l + 16).value
        for i in range(n):
            p = ctypes.c_void_p.from_address(data + 8 * i).value
            say(repr(ctypes.string_at(p + 16, ctypes.c_int64.from_address(p).value).decode()) + " ")
        fn("ember_rt_flush", None)()
        sys.stdout.write("|python|")
        sys.stdout.flush()
        say("é second " * 3000 + "\\n")
        say("third")
        fn("ember_fault", None, I32, C, C, I32, I32)(1, b"division by zero", b"z.ember", 7, 11)
        print("not reached")
    """)
    assert r.stderr == "z.ember:7:11: ZeroDivisionError: division by zero\n"
    assert r.returncode == 1
    assert r.stdout == "hello 'prog' 'é' '' |python|" + "é second " * 3000 + "\nthird"


def test_every_header_function_is_defined():
    header = (Path(build_rt.__file__).parent / "rt.h").read_text()
    names = set(re.findall(r"\b(ember_\w+)\(", header))
    mod = llvm.parse_assembly(runtime_ir())
    assert len(names) > 70
    for name in names:
        assert not mod.get_function(name).is_declaration, name


def test_ir_has_no_target(rt):
    ir = runtime_ir()
    for word in ("target triple", "target datalayout", "target-cpu", "target-features", "tune-cpu", "llvm.ident"):
        assert word not in ir


@pytest.mark.skipif(shutil.which(build_rt.clang()) is None, reason="needs clang-14 to regenerate rt.ll")
def test_rt_ll_is_current(tmp_path):
    out = build_rt.build(tmp_path)
    assert out.read_text() == runtime_ir(), "rt.ll is stale: run python -m ember.runtime.build_rt"

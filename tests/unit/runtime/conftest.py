"""JIT-compiles the checked-in rt.ll once and wraps its functions for the runtime tests."""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import llvmlite.binding as llvm
import pytest

from ember.runtime import runtime_ir

ROOT = Path(__file__).resolve().parents[3]
P = ctypes.c_void_p
I32, I64, F64, F32 = ctypes.c_int32, ctypes.c_int64, ctypes.c_double, ctypes.c_float
EQ_FN = ctypes.CFUNCTYPE(I32, P, P)
COPY_FN = ctypes.CFUNCTYPE(None, P, P)
DROP_FN = ctypes.CFUNCTYPE(None, P)
REPR_FN = ctypes.CFUNCTYPE(None, P, P)
LOC = (b"t.ember", 1, 1)
FMT_ARGS = [I32, I32, I32, I32, I32, I64, I32, I64, I32]

# Signatures (result, args) of the functions the tests call, mirroring rt.h.
SIGS = {
    "ember_buf_new": (P, []), "ember_buf_finish": (P, [P]), "ember_buf_free": (None, [P]),
    "ember_buf_bytes": (None, [P, ctypes.c_char_p, I64]), "ember_buf_str": (None, [P, P]),
    "ember_buf_str_repr": (None, [P, P]), "ember_buf_i64": (None, [P, I64]),
    "ember_buf_u64": (None, [P, ctypes.c_uint64]), "ember_buf_f64": (None, [P, F64]),
    "ember_buf_f32": (None, [P, F32]), "ember_buf_bool": (None, [P, I32]),
    "ember_buf_list": (None, [P, P, I64, REPR_FN]),
    "ember_buf_fmt_i64": (None, [P, I64, *FMT_ARGS]), "ember_buf_fmt_f64": (None, [P, F64, *FMT_ARGS]),
    "ember_buf_fmt_str": (None, [P, P, *FMT_ARGS]),
    "ember_buf_fmt_dyn": (None, [P, I32, I64, F64, P, P, P, I32, I32]),
    "ember_str_new": (P, [ctypes.c_char_p, I64]), "ember_str_dup": (P, [P]), "ember_str_free": (None, [P]),
    "ember_str_len": (I64, [P]), "ember_str_concat": (P, [P, P]), "ember_str_repeat": (P, [P, I64]),
    "ember_str_eq": (I32, [P, P]), "ember_str_cmp": (I32, [P, P]), "ember_str_contains": (I32, [P, P]),
    "ember_str_index": (P, [P, I64, ctypes.c_char_p, I32, I32]),
    "ember_str_slice": (P, [P, I64, I64, I64, I32]), "ember_str_find": (I64, [P, P]),
    "ember_str_count": (I64, [P, P]), "ember_str_startswith": (I32, [P, P]), "ember_str_endswith": (I32, [P, P]),
    "ember_str_upper": (P, [P]), "ember_str_lower": (P, [P]), "ember_str_strip": (P, [P, P]),
    "ember_str_lstrip": (P, [P, P]), "ember_str_rstrip": (P, [P, P]), "ember_str_replace": (P, [P, P, P, I64]),
    "ember_str_split": (P, [P, P]), "ember_str_join": (P, [P, P]), "ember_str_isdigit": (I32, [P]),
    "ember_str_isalpha": (I32, [P]), "ember_str_isspace": (I32, [P]),
    "ember_str_ord": (I64, [P, ctypes.c_char_p, I32, I32]), "ember_str_chr": (P, [I64, ctypes.c_char_p, I32, I32]),
    "ember_str_to_i64": (I64, [P, I64, ctypes.c_char_p, I32, I32]),
    "ember_str_to_f64": (F64, [P, ctypes.c_char_p, I32, I32]),
    "ember_list_new": (P, [I64, I64]), "ember_list_drop": (None, [P, I64, P]), "ember_list_push": (P, [P, I64]),
    "ember_list_reserve": (None, [P, I64, I64]), "ember_list_insert_slot": (P, [P, I64, I64]),
    "ember_list_pop_into": (None, [P, I64, I64, P, ctypes.c_char_p, I32, I32]),
    "ember_list_copy": (P, [P, I64, P]), "ember_list_slice": (P, [P, I64, I64, I64, I64, I32, P]),
    "ember_list_concat": (P, [P, P, I64, P]), "ember_list_repeat": (P, [P, I64, I64, P]),
    "ember_list_extend": (None, [P, P, I64, P]), "ember_list_extend_move": (None, [P, P, I64]),
    "ember_list_clear": (None, [P, I64, P]),
    "ember_list_find": (I64, [P, I64, P, EQ_FN]), "ember_list_count": (I64, [P, I64, P, EQ_FN]),
    "ember_list_remove": (None, [P, I64, P, EQ_FN, P, ctypes.c_char_p, I32, I32]),
    "ember_list_eq": (I32, [P, P, I64, EQ_FN]), "ember_list_lt": (I32, [P, P, I64, EQ_FN, EQ_FN]),
    "ember_list_reverse": (None, [P, I64]), "ember_list_sort": (None, [P, I64, EQ_FN]),
    "ember_list_sort_str": (None, [P]), "ember_list_sort_keyed_str": (None, [P, I64, P]),
    "ember_ipow": (I64, [I64, I64, ctypes.c_char_p, I32, I32]), "ember_fmod_py": (F64, [F64, F64]),
    "ember_floordiv_f64": (F64, [F64, F64]), "ember_round_f64": (F64, [F64, I64]),
    "ember_fsum": (F64, [P, I32, ctypes.c_char_p, I32, I32]),
    "ember_hash_i64": (ctypes.c_uint64, [I64]), "ember_hash_str": (ctypes.c_uint64, [P]),
    "ember_dict_new": (P, [I64, I64]), "ember_dict_reserve": (None, [P, I64, I64]),
    "ember_dict_find": (P, [P, I64, ctypes.c_uint64, P, EQ_FN]),
    "ember_dict_slot": (P, [P, I64, ctypes.c_uint64, P, EQ_FN, P]),
    "ember_dict_remove": (I32, [P, I64, ctypes.c_uint64, P, EQ_FN, P]),
    "ember_dict_entry": (P, [P, I64, I64]), "ember_dict_clear": (None, [P, I64, P]),
    "ember_dict_drop": (None, [P, I64, P]), "ember_dict_copy": (P, [P, I64, P]),
    "ember_perf_counter": (F64, []), "ember_argv": (P, []), "ember_rt_init": (None, [I32, P]),
}


class EmList(ctypes.Structure):
    _fields_ = [("len", I64), ("cap", I64), ("data", P), ("front", I64)]


class Runtime:
    """ctypes access to the JIT-compiled runtime, plus conversions to and from Python."""

    EQ_FN, COPY_FN, DROP_FN, REPR_FN = EQ_FN, COPY_FN, DROP_FN, REPR_FN
    EmList = EmList

    def __init__(self) -> None:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        mod = llvm.parse_assembly(runtime_ir())
        mod.verify()
        tm = llvm.Target.from_default_triple().create_target_machine()
        self.ee = llvm.create_mcjit_compiler(mod, tm)
        self.ee.finalize_object()
        self.keep = []  # callbacks must outlive their use
        for name, (res, args) in SIGS.items():
            addr = self.ee.get_function_address(name)
            assert addr, name
            setattr(self, name.removeprefix("ember_"), ctypes.CFUNCTYPE(res, *args)(addr))

    # strings
    def s(self, text: str) -> int:
        raw = text.encode()
        return self.str_new(raw, len(raw))

    def py(self, ptr: int) -> str:
        n = ctypes.c_int64.from_address(ptr).value
        return ctypes.string_at(ptr + 16, n).decode()

    def build(self, fn, *args) -> str:
        """Runs fn(buf, *args) on a fresh buffer and returns the text."""
        b = self.buf_new()
        fn(b, *args)
        return self.py(self.buf_finish(b))

    # lists of int64 (esize 8) and of str pointers
    def ilist(self, values) -> int:
        l = self.list_new(8, 0)
        for v in values:
            ctypes.c_int64.from_address(self.list_push(l, 8)).value = v
        return l

    def items(self, l: int, ctype=ctypes.c_int64) -> list:
        h = EmList.from_address(l)
        return [ctype.from_address(h.data + i * ctypes.sizeof(ctype)).value for i in range(h.len)] if h.len else []

    def strs(self, l: int) -> list[str]:
        return [self.py(p) for p in self.items(l, ctypes.c_void_p)]

    def slist(self, values) -> int:
        l = self.list_new(8, 0)
        for v in values:
            ctypes.c_void_p.from_address(self.list_push(l, 8)).value = self.s(v)
        return l

    def callback(self, kind, fn):
        cb = kind(fn)
        self.keep.append(cb)
        return cb


@pytest.fixture(scope="session")
def rt() -> Runtime:
    return Runtime()


I64_EQ = EQ_FN(lambda a, b: ctypes.c_int64.from_address(a).value == ctypes.c_int64.from_address(b).value)
I64_LT = EQ_FN(lambda a, b: ctypes.c_int64.from_address(a).value < ctypes.c_int64.from_address(b).value)


@pytest.fixture(scope="session")
def i64_eq():
    return I64_EQ


@pytest.fixture(scope="session")
def i64_lt():
    return I64_LT


SPEC_RE = re.compile(
    r"(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<alt>#)?(?P<zero>0)?(?P<width>\d+)?"
    r"(?P<grouping>[,_])?(?:\.(?P<prec>\d+))?(?P<type>[a-zA-Z%])?",
    re.S,
)


def parse_spec(spec: str) -> list:
    """A format spec as the fields ember_buf_fmt_* take (what the compiler will pass)."""
    m = SPEC_RE.fullmatch(spec)
    assert m, spec
    g = m.groupdict()
    zero = bool(g["zero"]) and g["fill"] is None  # CPython: '0' is a flag only without explicit fill
    width_digits = g["width"] if zero else (g["zero"] or "") + (g["width"] or "")
    width = int(width_digits) if width_digits else -1
    return [
        ord(g["fill"] or " "), ord(g["align"] or "\0"), ord(g["sign"] or "\0"), int(bool(g["alt"])), int(zero),
        width, ord(g["grouping"] or "\0"), int(g["prec"]) if g["prec"] else -1, ord(g["type"] or "\0"),
    ]


@pytest.fixture(scope="session")
def spec_args():
    return parse_spec


PRELUDE = """
import ctypes, sys
import llvmlite.binding as llvm
from ember.runtime import runtime_ir
llvm.initialize_native_target(); llvm.initialize_native_asmprinter()
mod = llvm.parse_assembly(runtime_ir())
ee = llvm.create_mcjit_compiler(mod, llvm.Target.from_default_triple().create_target_machine())
ee.finalize_object()
def fn(name, res, *args):
    return ctypes.CFUNCTYPE(res, *args)(ee.get_function_address(name))
P, I32, I64 = ctypes.c_void_p, ctypes.c_int32, ctypes.c_int64
C = ctypes.c_char_p
def s(text):
    raw = text.encode()
    return fn("ember_str_new", P, C, I64)(raw, len(raw))
def say(text):
    b = fn("ember_buf_new", P)()
    raw = text.encode()
    fn("ember_buf_bytes", None, P, C, I64)(b, raw, len(raw))
    fn("ember_buf_print", None, P)(b)
"""


@pytest.fixture(scope="session")
def run_rt():
    """Runs code against a freshly JIT-compiled runtime in a subprocess (faults exit)."""

    def run(code: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-c", PRELUDE + textwrap.dedent(code)],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
        )

    return run


@pytest.fixture(scope="session")
def run_fault(rt):
    """Runs action() in a forked child of this process (faults exit) and returns
    (exit code, stdout, stderr); much faster than JIT-compiling in a new process."""
    libc = ctypes.CDLL(None)

    def run(action) -> tuple[int, str, str]:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            libc.fflush(None)  # exit() in the child must not repeat the parent's pending C stdio
            pid = os.fork()
            if pid == 0:
                try:
                    os.dup2(out.fileno(), 1)
                    os.dup2(err.fileno(), 2)
                    action()
                finally:
                    os._exit(99)  # reached only if the action did not fault
            _, status = os.waitpid(pid, 0)
            out.seek(0)
            err.seek(0)
            return os.waitstatus_to_exitcode(status), out.read().decode(), err.read().decode()

    return run

"""Raised errors (LANGUAGE.md 8): the heap object, Python's str and repr of it, and the
report of one that escapes the program."""

from __future__ import annotations

import ctypes

import pytest

from ember.types.errors import KINDS

P, I32 = ctypes.c_void_p, ctypes.c_int32


def _fn(rt, name, res, *args):
    return ctypes.CFUNCTYPE(res, *args)(rt.ee.get_function_address(name))


def _err(rt, kind: str, msg: str | None) -> int:
    return _fn(rt, "ember_err_new", P, I32, P)(KINDS[kind], None if msg is None else rt.s(msg))


def _text(rt, e: int, as_repr: bool) -> str:
    return rt.build(_fn(rt, "ember_buf_err", None, P, P, I32), e, int(as_repr))


@pytest.mark.parametrize(("kind", "msg", "text", "shown"), [
    ("ValueError", "bad value", "bad value", "ValueError('bad value')"),
    ("Error", "it's", "it's", "Error(\"it's\")"),
    ("KeyError", "k", "'k'", "KeyError('k')"),  # Python: str(KeyError('k')) is its repr
    ("RuntimeError", "", "", "RuntimeError('')"),
    ("IndexError", None, "", "IndexError()"),
    ("Exception", "x", "x", "Exception('x')"),
])
def test_str_and_repr(rt, kind, msg, text, shown):
    e = _err(rt, kind, msg)
    assert _text(rt, e, False) == text and _text(rt, e, True) == shown
    copy = _fn(rt, "ember_err_dup", P, P)(e)
    assert copy != e and ctypes.c_int64.from_address(copy).value == KINDS[kind]
    assert _text(rt, copy, True) == shown
    free = _fn(rt, "ember_err_free", None, P)
    free(e)
    free(copy)
    free(None)


@pytest.mark.parametrize(("kind", "msg", "stderr"), [
    ("Error", "division by zero", "Error: division by zero\n"),
    ("ValueError", None, "ValueError\n"),
    ("KeyError", "name", "KeyError: 'name'\n"),
])
def test_uncaught_error_reports_and_exits_1(rt, run_fault, kind, msg, stderr):
    def action() -> None:
        say = _fn(rt, "ember_buf_print", None, P)
        b = rt.buf_new()
        rt.buf_bytes(b, b"printed first\n", 14)
        say(b)
        _fn(rt, "ember_err_uncaught", None, P)(_err(rt, kind, msg))
    assert run_fault(action) == (1, "printed first\n", stderr)

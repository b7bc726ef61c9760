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


class _ErrObj(ctypes.Structure):  # rt.h EmErrObj
    _fields_ = [("size", ctypes.c_int64), ("drop", ctypes.c_void_p), ("copy", ctypes.c_void_p)]


def test_an_error_carries_its_object(rt):
    """ember_err_attach moves an object's bytes in with its repr; a copy of the error
    copies the object through the type's copy function, freeing drops it through its
    drop function; an empty message counts as none (Python prints `Kind`, no colon)."""
    calls: list[str] = []
    drop = ctypes.CFUNCTYPE(None, P)(lambda p: calls.append(f"drop {ctypes.c_int64.from_address(p).value}"))
    copy = ctypes.CFUNCTYPE(None, P, P)(
        lambda dst, src: (calls.append("copy"),
                          ctypes.memmove(dst, src, 16), setattr(ctypes.c_int64.from_address(dst + 8), "value", 99)))
    kind = ctypes.create_string_buffer(b"Missing\0LookupFailed\0Exception\0\0")
    ty = _ErrObj(16, ctypes.cast(drop, ctypes.c_void_p), ctypes.cast(copy, ctypes.c_void_p))
    obj = (ctypes.c_int64 * 2)(7, 8)
    e = _fn(rt, "ember_err_new", P, I32, P)(0, rt.s(""))
    ctypes.c_int64.from_address(e).value = ctypes.addressof(kind)
    _fn(rt, "ember_err_attach", None, P, P, P, P)(e, ctypes.addressof(obj), ctypes.addressof(ty), rt.s("Missing('x')"))
    assert ctypes.c_void_p.from_address(e + 8).value is None  # the empty message
    assert _text(rt, e, False) == "" and _text(rt, e, True) == "Missing('x')"
    held = ctypes.c_void_p.from_address(e + 16).value
    assert held != ctypes.addressof(obj) and list((ctypes.c_int64 * 2).from_address(held)) == [7, 8]
    dup = _fn(rt, "ember_err_dup", P, P)(e)
    copied = ctypes.c_void_p.from_address(dup + 16).value
    assert calls == ["copy"] and list((ctypes.c_int64 * 2).from_address(copied)) == [7, 99]
    assert _text(rt, dup, True) == "Missing('x')"
    free = _fn(rt, "ember_err_free", None, P)
    free(e)
    free(dup)
    assert calls == ["copy", "drop 7", "drop 7"]

"""Empty lists typed by their later use (issue 6, LANGUAGE.md §2): the unifier of
ember/sema/check/infer.py, and whole programs through the checker.

The corpus (test_untyped.py) shows that programs using the patterns run as CPython runs
them; these tests pin the pieces: holes are decided once, through lists and tuples,
never into themselves; the first use deciding a variable's element type is remembered
for errors; a use that needs the type before the deciding one makes the function walk
again, in a function or at module level; and what no use decides is `Int` (the list is
always empty then: Python's `sum([])` is `0`).
"""
from __future__ import annotations

from types import SimpleNamespace

from ember.base.source import SourceMap, Span
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.sema import analyze
from ember.sema.check.infer import Hole, Pending, decided_at, has_hole, unify, zonk
from ember.syntax.parser import parse_file
from ember.types import types as T

AT = Span(0, 3, 5)


def _ck(stmt_span: Span | None = None) -> SimpleNamespace:
    stmt = SimpleNamespace(span=stmt_span) if stmt_span is not None else None
    return SimpleNamespace(scope=SimpleNamespace(stmt=stmt), pending=Pending())


def test_a_hole_is_decided_once() -> None:
    ck, h = _ck(AT), Hole(AT)
    assert unify(ck, T.ListType(h), T.ListType(T.INT))  # type: ignore[arg-type]
    assert zonk(T.ListType(h)) == T.ListType(T.INT)  # type: ignore[arg-type]
    assert h.decided == AT
    assert not unify(ck, h, T.F64)  # type: ignore[arg-type]
    assert unify(ck, h, T.INT)  # type: ignore[arg-type]


def test_holes_chain_through_lists_and_tuples() -> None:
    ck, a, b, c = _ck(), Hole(AT), Hole(AT), Hole(AT)
    assert unify(ck, a, b)  # type: ignore[arg-type]
    assert unify(ck, T.ListType(b), T.ListType(T.TupleType((c, T.STR))))  # type: ignore[arg-type]
    assert has_hole(zonk(a))  # type: ignore[arg-type]
    assert unify(ck, c, T.INT)  # type: ignore[arg-type]
    assert zonk(T.ListType(a)) == T.ListType(T.TupleType((T.INT, T.STR)))  # type: ignore[arg-type]
    assert not has_hole(zonk(T.ListType(a)))  # type: ignore[arg-type]


def test_no_hole_holds_itself() -> None:
    ck, h = _ck(), Hole(AT)
    assert not unify(ck, h, T.ListType(h))  # type: ignore[arg-type]  # `out.append(out)`
    assert h.ref is None


def test_the_deciding_use_is_remembered() -> None:
    ck, h = _ck(AT), Hole(Span(0, 0, 1))
    unify(ck, h, T.STR)  # type: ignore[arg-type]
    assert decided_at(T.ListType(h)) == AT  # type: ignore[arg-type]
    assert decided_at(T.ListType(T.STR)) is None


def _check(code: str) -> list[str]:
    sink = DiagnosticSink()
    module = parse_file(SourceMap().add("t.py", code), sink)
    assert not sink.has_errors
    program = analyze([module], sink)
    assert all(not isinstance(t, Hole) and not has_hole(t) for t in program.types.values())
    return [d.message for d in sink.items]


def test_use_before_the_deciding_one_walks_again() -> None:
    code = ("def f(ts):\n    st = []\n    for t in ts:\n        if t == '+':\n"
            "            b = st.pop()\n            a = st.pop()\n            st.append(a + b)\n"
            "        else:\n            st.append(int(t))\n    return st[0]\n\nprint(f(['1', '2', '+']))\n")
    assert _check(code) == []


def test_what_no_use_decides_is_int() -> None:
    code = ("def f(xs):\n    return len(xs)\n\ndef g():\n    out = []\n    return f(out) + sum(out)\n\n"
            "ys = []\nzs = ys\nprint(g(), f([]), [], [] == [], sum([]), zs)\n")
    sink = DiagnosticSink()
    program = analyze([parse_file(SourceMap().add("t.py", code), sink)], sink)
    assert not sink.items
    assert program.fns["g"].locals["out"] == T.ListType(T.INT)
    assert program.globals["zs"] == T.ListType(T.INT)


def test_module_level_walks_again() -> None:
    code = ("st = []\nfor t in ['1', '2', '+']:\n    if t == '+':\n        b = st.pop()\n        a = st.pop()\n"
            "        st.append(a + b)\n    else:\n        st.append(int(t))\nprint(st)\n")
    assert _check(code) == []


def test_sum_of_an_undecided_list() -> None:
    assert _check("print(sum([]), sum([], 0.0))\nxs = []\nprint(sum(xs))\nxs.append(2.5)\n") == []
    assert _check("xs = []\nt = sum(xs)\nxs.append('a')\n") == ["`sum` expects a list of numbers, found `[str]`"]
    assert _check("print(sum([], 'a'))\n") == ["`sum` expects a number to start from, found `str`"]


def test_mixed_items_are_numbers_unless_the_context_asks_for_floats() -> None:
    assert _check("xs = [1, 2.5]\nprint(xs)\n") == []  # `[Int | f64]` (untyped/numbers.py runs it)
    assert _check("xs = [1, 'a']\n") == ["list items have different types: `Int` and `str`"]
    assert _check("xs: [f64] = [1, 2.5]\nys = [0.0, 0.5, ..., 2]\n") == []

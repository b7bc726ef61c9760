"""Expressions: node shapes, Python precedence, spans."""
from __future__ import annotations

from typing import Callable

from ember.syntax import ast

Expr = Callable[[str], ast.Expr]


def text(code: str, node: ast.Expr) -> str:
    return code[node.span.start:node.span.end]


def test_power_binds_tighter_than_unary_minus(expr: Expr) -> None:
    e = expr("-2**2")
    assert isinstance(e, ast.UnaryOp) and e.op == "-"
    assert isinstance(e.operand, ast.BinOp) and e.operand.op == "**"
    e = expr("2**-1**2")  # right associative, unary on the right
    assert isinstance(e, ast.BinOp) and isinstance(e.right, ast.UnaryOp)
    assert isinstance(e.right.operand, ast.BinOp)


def test_precedence_table(expr: Expr) -> None:
    e = expr("a | b ^ c & d << e + f * g")
    ops = []
    while isinstance(e, ast.BinOp):
        ops.append(e.op)
        e = e.right
    assert ops == ["|", "^", "&", "<<", "+", "*"]
    e = expr("a - b - c")
    assert isinstance(e, ast.BinOp) and isinstance(e.left, ast.BinOp)


def test_boolops_flatten_and_not(expr: Expr) -> None:
    e = expr("a or b or not c and d")
    assert isinstance(e, ast.BoolOp) and e.op == "or" and len(e.values) == 3
    last = e.values[2]
    assert isinstance(last, ast.BoolOp) and last.op == "and"
    assert isinstance(last.values[0], ast.UnaryOp) and last.values[0].op == "not"


def test_chained_comparisons(expr: Expr) -> None:
    e = expr("a < b <= c not in d is not e in f is g")
    assert isinstance(e, ast.Compare)
    assert e.ops == ("<", "<=", "not in", "is not", "in", "is")
    assert len(e.comparators) == 6


def test_conditional_expression(expr: Expr) -> None:
    code = "x if c else y if d else z"
    e = expr(code)
    assert isinstance(e, ast.IfExp) and isinstance(e.orelse, ast.IfExp)
    assert text(code, e) == code


def test_calls_keywords_attributes(expr: Expr) -> None:
    code = 'print(a, b.c, sep="", end="")'
    e = expr(code)
    assert isinstance(e, ast.Call) and len(e.args) == 2
    assert [k.name for k in e.keywords] == ["sep", "end"]
    assert isinstance(e.args[1], ast.Attribute) and e.args[1].attr == "c"
    assert text(code, e.keywords[0]) == 'sep=""'
    assert text(code, e) == code


def test_subscripts_and_slices(expr: Expr) -> None:
    e = expr("a[1:2]")
    assert isinstance(e, ast.Subscript) and isinstance(e.index, ast.Slice)
    e = expr("a[::2]")
    assert isinstance(e, ast.Subscript) and isinstance(e.index, ast.Slice)
    assert e.index.lower is None and e.index.upper is None and isinstance(e.index.step, ast.IntLit)
    code = "a[i, j]"
    e = expr(code)
    assert isinstance(e, ast.Subscript) and isinstance(e.index, ast.TupleExpr)
    assert text(code, e.index) == "i, j"
    e = expr("a[i:i+8]")
    assert isinstance(e, ast.Subscript) and isinstance(e.index, ast.Slice)
    assert isinstance(e.index.upper, ast.BinOp)


def test_parameter_calls(expr: Expr) -> None:
    e = expr("dot[8](a, b)")
    assert isinstance(e, ast.Call) and isinstance(e.func, ast.Subscript)
    e = expr("SIMD[f32, 4](1.0)")
    assert isinstance(e, ast.Call) and isinstance(e.func, ast.Subscript)
    assert isinstance(e.func.index, ast.TupleExpr)
    e = expr("xs.load[8](i)")
    assert isinstance(e, ast.Call) and isinstance(e.func, ast.Subscript)
    assert isinstance(e.func.value, ast.Attribute)


def test_lists_tuples_ellipsis(expr: Expr) -> None:
    e = expr("[0.0, 1.0, ..., 9.0]")
    assert isinstance(e, ast.ListExpr) and isinstance(e.elts[2], ast.EllipsisLit)
    for code, n in (("()", 0), ("(1,)", 1), ("(1, 2)", 2), ("1, 2,", 2)):
        e = expr(code)
        assert isinstance(e, ast.TupleExpr) and len(e.elts) == n, code
    e = expr("(1)")
    assert isinstance(e, ast.IntLit)
    e = expr("[]")
    assert isinstance(e, ast.ListExpr) and e.elts == ()


def test_comprehensions(expr: Expr) -> None:
    code = "[x * y for x in xs if x for i, y in enumerate(x) if y if i]"
    e = expr(code)
    assert isinstance(e, ast.ListComp) and len(e.generators) == 2
    assert isinstance(e.generators[1].target, ast.TupleExpr)
    assert len(e.generators[1].ifs) == 2
    assert text(code, e) == code
    e = expr("sum(x*x for x in xs)")
    assert isinstance(e, ast.Call) and isinstance(e.args[0], ast.ListComp)
    e = expr("(x for x in xs)")
    assert isinstance(e, ast.ListComp)


def test_transfer_versus_xor(expr: Expr) -> None:
    for code in ("f(x^)", "f(x^, y)", "[x^]", "x^.y"):
        e = expr(code)
        assert "Transfer(" in repr(e), code
    e = expr("a ^ b")
    assert isinstance(e, ast.BinOp) and e.op == "^"
    e = expr("a^-b")
    assert isinstance(e, ast.BinOp)


def test_literals(expr: Expr) -> None:
    assert expr("True") == ast.BoolLit(True, expr("True").span)
    assert isinstance(expr("None"), ast.NoneLit)
    e = expr("'a' 'b' \"c\"")
    assert isinstance(e, ast.StrLit) and e.value == "abc"
    assert isinstance(expr("1_000"), ast.IntLit) and isinstance(expr("1e3"), ast.FloatLit)


def test_fstrings(expr: Expr) -> None:
    e = expr('f"a{x!r} {y:.3f} {z:>{w}} {{}}" "tail"')
    assert isinstance(e, ast.FString)
    parts = e.parts
    assert parts[0] == "a"
    fx, fy, fz = (p for p in parts if isinstance(p, ast.FormattedValue))
    assert fx.conversion == "r" and fx.spec is None
    assert fy.spec is not None and fy.spec.parts == (".3f",)
    assert fz.spec is not None and isinstance(fz.spec.parts[1], ast.FormattedValue)
    assert parts[-1] == " {}tail"
    e = expr('f"{a + b[1:2]} {c != d}"')
    assert isinstance(e, ast.FString)
    first = e.parts[0]
    assert isinstance(first, ast.FormattedValue) and isinstance(first.value, ast.BinOp)


def test_fstring_field_spans_point_into_file(expr: Expr) -> None:
    code = 'f"ab{value}"'
    e = expr(code)
    assert isinstance(e, ast.FString)
    fv = e.parts[1]
    assert isinstance(fv, ast.FormattedValue)
    assert text(code, fv.value) == "value" and text(code, fv) == "{value}"

"""Type expressions in annotations: `Int`, `[T]`, `[T; N]`, `(A, B)`, `List[T]`,
`SIMD[f32, 8]`, `Matrix[4, 4]`, `None`, `T | None`, `"Node"` (a forward reference). Bracket arguments that look like types parse as
types, anything else (`8`, `N * 2`) as an expression."""
from __future__ import annotations

import re

from ember.syntax import ast
from ember.syntax.parser.core import Parser
from ember.syntax.parser.expr import parse_expr
from ember.syntax.tokens import TK


def parse_type(p: Parser) -> ast.TypeExpr:
    """A type, or a union `A | B` (`Union[A, B]`; the checker accepts `T | None`)."""
    start = p.tok.span.start
    t = _single_type(p)
    while p.at_op("|"):
        p.advance()
        t = ast.NamedType("Union", (t, _single_type(p)), p.span_from(start))
    return t


def _single_type(p: Parser) -> ast.TypeExpr:
    t = p.tok
    start = t.span.start
    p.enter()
    result: ast.TypeExpr
    if t.is_kw("None"):
        p.advance()
        result = ast.NamedType("None", (), t.span)
    elif t.kind is TK.NAME:
        name = p.advance().text
        while p.at_op(".") and p.peek().kind is TK.NAME:
            p.advance()
            name += "." + p.advance().text
        args: tuple[ast.TypeArg, ...] = ()
        if p.at_op("["):
            args = _type_args(p)
        result = ast.NamedType(name, args, p.span_from(start))
    elif t.is_op("["):
        p.advance()
        elem = parse_type(p)
        if p.eat_op(";"):
            size = parse_expr(p)
            p.expect_op("]", "to close the array type")
            result = ast.ArrayType(elem, size, p.span_from(start))
        else:
            p.expect_op("]", "to close the list type")
            result = ast.ListType(elem, p.span_from(start))
    elif t.is_op("("):
        result = _tuple_type(p)
    elif t.kind is TK.STRING and isinstance(t.value, str) and re.fullmatch(r"[A-Za-z_]\w*", t.value.strip()):
        p.advance()  # a forward reference, `-> "Node"`: the class named (Python resolves it later)
        result = ast.NamedType(t.value.strip(), (), t.span)
    elif t.kind is TK.STRING:
        p.fail(t.span, "a type in quotes may only name a class here (`\"Node\"`)")
    else:
        p.fail(t.span, f"expected a type, found {t.describe()}")
    p.leave()
    return result


def _tuple_type(p: Parser) -> ast.TypeExpr:
    start = p.advance().span.start
    if p.eat_op(")"):
        return ast.TupleType((), p.span_from(start))
    first = parse_type(p)
    if not p.at_op(","):
        p.expect_op(")", "to close the parenthesised type")
        return first
    elems = [first]
    while p.eat_op(","):
        if p.at_op(")"):
            break
        elems.append(parse_type(p))
    p.expect_op(")", "to close the tuple type")
    return ast.TupleType(tuple(elems), p.span_from(start))


def _type_args(p: Parser) -> tuple[ast.TypeArg, ...]:
    p.advance()
    args: list[ast.TypeArg] = []
    while not p.at_op("]"):
        args.append(parse_type(p) if _looks_like_type(p) else parse_expr(p))
        if not p.eat_op(","):
            break
    p.expect_op("]", "to close the type arguments")
    return tuple(args)


def _looks_like_type(p: Parser) -> bool:
    """A (dotted) name followed by `,` `]` or `[`, `None`, `[...]` or `(...)`."""
    t = p.tok
    if t.is_kw("None") or t.is_op("[") or t.is_op("("):
        return True
    if t.kind is not TK.NAME:
        return False
    i = 1
    while p.peek(i).is_op(".") and p.peek(i + 1).kind is TK.NAME:
        i += 2
    nxt = p.peek(i)
    return nxt.kind is TK.OP and nxt.text in (",", "]", "[", "|")

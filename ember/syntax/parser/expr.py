"""Expressions by precedence climbing, with Python's precedence table. Postfix `x^`
(Transfer) is recognised in the primary loop: `^` followed by a token that cannot start
an operand is a move, otherwise it is binary xor."""
from __future__ import annotations

from types import MappingProxyType
from typing import Callable

from ember.base.source import Span
from ember.syntax import ast
from ember.syntax.lexer import lex_region
from ember.syntax.parser.core import Parser
from ember.syntax.parser.fstring import fstring_parts
from ember.syntax.tokens import TK, Token

BINARY_PREC = MappingProxyType({
    "|": 1, "^": 2, "&": 3, "<<": 4, ">>": 4, "+": 5, "-": 5,
    "*": 6, "/": 6, "//": 6, "%": 6, "@": 6,
})
COMPARE_OPS = frozenset({"==", "!=", "<", "<=", ">", ">="})
_OPERAND_KEYWORDS = frozenset({"not", "None", "True", "False", "lambda", "await", "yield"})
_OPERAND_OPS = frozenset({"(", "[", "{", "-", "+", "~", "...", "*"})


def starts_operand(t: Token) -> bool:
    """Whether `t` can begin an expression (decides `x^` transfer versus `x ^ y`)."""
    match t.kind:
        case TK.NAME | TK.INT | TK.FLOAT | TK.STRING | TK.FSTRING:
            return True
        case TK.KEYWORD:
            return t.text in _OPERAND_KEYWORDS
        case TK.OP:
            return t.text in _OPERAND_OPS
        case _:
            return False


# ---------------------------------------------------------------- entry points


def parse_exprs(p: Parser) -> ast.Expr:
    """`a` or `a, b` (a tuple without parentheses, trailing comma allowed)."""
    start = p.tok.span.start
    first = parse_star_or_expr(p)
    if not p.at_op(","):
        return first
    elts = [first]
    while p.eat_op(","):
        if not starts_operand(p.tok):
            break
        elts.append(parse_star_or_expr(p))
    return ast.TupleExpr(tuple(elts), p.span_from(start))


def parse_star_or_expr(p: Parser) -> ast.Expr:
    """An element of a bare tuple; `*x` is for assignment targets (`a, *rest = xs`), and
    the checker reports it anywhere else."""
    if p.at_op("*"):
        star = p.advance()
        value = parse_expr(p)
        return ast.Starred(value, p.span_from(star.span.start))
    return parse_expr(p)


def parse_expr(p: Parser) -> ast.Expr:
    """Python's `expression` (ternary, lambda) or `name := expression`."""
    start = p.tok.span.start
    if p.at_kw("lambda"):
        return _lambda(p)
    p.enter()
    e = parse_disjunction(p)
    if p.at_kw("if"):
        p.advance()
        test = parse_disjunction(p)
        if not p.eat_kw("else"):
            p.fail_here("`else` in conditional expression")
        orelse = parse_expr(p)
        e = ast.IfExp(test, e, orelse, p.span_from(start))
    if p.at_op(":="):
        op = p.advance()
        value = parse_expr(p)
        if isinstance(e, ast.Name):
            e = ast.NamedExpr(e.id, value, p.span_from(start))
        else:
            p.report(op.span, "`:=` assigns to a name only")
            e = ast.ErrorExpr(p.span_from(start))
    p.leave()
    return e


def parse_disjunction(p: Parser) -> ast.Expr:
    return _boolop(p, "or", _conjunction)


def _conjunction(p: Parser) -> ast.Expr:
    return _boolop(p, "and", _inversion)


def _boolop(p: Parser, op: str, operand: Callable[[Parser], ast.Expr]) -> ast.Expr:
    start = p.tok.span.start
    first = operand(p)
    if not p.at_kw(op):
        return first
    values = [first]
    while p.eat_kw(op):
        values.append(operand(p))  # type: ignore[operator]
    return ast.BoolOp(op, tuple(values), p.span_from(start))


def _inversion(p: Parser) -> ast.Expr:
    if p.at_kw("not"):
        start = p.advance().span.start
        p.enter()
        operand = _inversion(p)
        p.leave()
        return ast.UnaryOp("not", operand, p.span_from(start))
    return _comparison(p)


def _compare_op(p: Parser) -> str | None:
    t = p.tok
    if t.kind is TK.OP and t.text in COMPARE_OPS:
        return t.text
    if t.is_kw("in"):
        return "in"
    if t.is_kw("not") and p.peek().is_kw("in"):
        return "not in"
    if t.is_kw("is"):
        return "is not" if p.peek().is_kw("not") else "is"
    return None


def _comparison(p: Parser) -> ast.Expr:
    start = p.tok.span.start
    left = parse_bitor(p)
    ops: list[str] = []
    rights: list[ast.Expr] = []
    while (op := _compare_op(p)) is not None:
        p.advance()
        if op in ("not in", "is not"):
            p.advance()
        ops.append(op)
        rights.append(parse_bitor(p))
    if not ops:
        return left
    return ast.Compare(left, tuple(ops), tuple(rights), p.span_from(start))


def parse_bitor(p: Parser) -> ast.Expr:
    return _binary(p, 1)


def _binary(p: Parser, min_prec: int) -> ast.Expr:
    start = p.tok.span.start
    left = _unary(p)
    while True:
        t = p.tok
        prec = BINARY_PREC.get(t.text) if t.kind is TK.OP else None
        if prec is None or prec < min_prec:
            return left
        p.advance()
        right = _binary(p, prec + 1)
        left = ast.BinOp(t.text, left, right, p.span_from(start))


def _unary(p: Parser) -> ast.Expr:
    if p.at_op("-", "+", "~"):
        t = p.advance()
        p.enter()
        operand = _unary(p)
        p.leave()
        return ast.UnaryOp(t.text, operand, p.span_from(t.span.start))
    return _power(p)


def _power(p: Parser) -> ast.Expr:
    """`a ** b`: binds tighter than a unary minus on its left, looser on its right."""
    start = p.tok.span.start
    base = _primary(p)
    if not p.at_op("**"):
        return base
    p.advance()
    p.enter()
    exp = _unary(p)
    p.leave()
    return ast.BinOp("**", base, exp, p.span_from(start))


# ---------------------------------------------------------------- primaries


def _primary(p: Parser) -> ast.Expr:
    start = p.tok.span.start
    e = _atom(p)
    while True:
        if p.at_op("."):
            p.advance()
            name = p.expect_name("an attribute name after `.`")
            e = ast.Attribute(e, name.text, p.span_from(start))
        elif p.at_op("("):
            e = _call(p, e, start)
        elif p.at_op("["):
            e = _subscript(p, e, start)
        elif p.at_op("^") and not starts_operand(p.peek()):
            p.advance()
            e = ast.Transfer(e, p.span_from(start))
        else:
            return e


def _call(p: Parser, func: ast.Expr, start: int) -> ast.Expr:
    p.advance()
    p.enter()
    args: list[ast.Expr] = []
    kws: list[ast.Keyword] = []
    while not p.at_op(")"):
        t = p.tok
        if t.kind is TK.NAME and p.peek().is_op("="):
            p.advance()
            p.advance()
            value = parse_expr(p)
            kws.append(ast.Keyword(t.text, value, p.span_from(t.span.start)))
        elif p.at_op("*"):
            p.advance()
            value = parse_expr(p)
            args.append(ast.Starred(value, p.span_from(t.span.start)))
        elif p.at_op("**"):
            p.advance()
            value = parse_expr(p)  # a keyword named `**` (sema/fnvalues.py: a `**kwargs` passed on, else an error)
            kws.append(ast.Keyword("**", value, p.span_from(t.span.start)))
        else:
            arg = parse_expr(p)
            if p.at_kw("for"):
                # A generator expression argument (`sum(x*x for x in xs)`) is a ListComp.
                arg = comprehension(p, arg, t.span.start, lazy=True)
            elif kws:
                p.report(arg.span, "positional argument follows keyword argument")
            args.append(arg)
        if not p.eat_op(","):
            break
    p.expect_op(")", "to close the call")
    p.leave()
    return ast.Call(func, tuple(args), tuple(kws), p.span_from(start))


def _subscript(p: Parser, value: ast.Expr, start: int) -> ast.Expr:
    p.advance()
    p.enter()
    istart = p.tok.span.start
    items = [_slice_item(p)]
    comma = False
    while p.eat_op(","):
        comma = True
        if p.at_op("]"):
            break
        items.append(_slice_item(p))
    iend = p.prev_end
    p.expect_op("]", "to close the subscript")
    p.leave()
    index = items[0] if not comma else ast.TupleExpr(tuple(items), Span(p.src.id, istart, iend))
    return ast.Subscript(value, index, p.span_from(start))


def _slice_bound(p: Parser) -> ast.Expr | None:
    return None if p.at_op(":", "]", ",") else parse_expr(p)


def _slice_item(p: Parser) -> ast.Expr:
    start = p.tok.span.start
    lower = _slice_bound(p)
    if not p.at_op(":"):
        if lower is None:
            p.fail_here("an index")
        return lower
    p.advance()
    upper = _slice_bound(p)
    step = None
    if p.eat_op(":"):
        step = _slice_bound(p)
    return ast.Slice(lower, upper, step, p.span_from(start))


def comprehension(p: Parser, elt: ast.Expr, start: int, lazy: bool = False) -> ast.ListComp:
    """At `for`: the generator clauses of a list comprehension (`lazy`: of a generator
    expression)."""
    gens: list[ast.Comprehension] = []
    while p.at_kw("for"):
        gstart = p.advance().span.start
        target = parse_targets(p)
        if not p.eat_kw("in"):
            p.fail_here("`in` in comprehension")
        it = parse_disjunction(p)
        ifs: list[ast.Expr] = []
        while p.eat_kw("if"):
            ifs.append(parse_disjunction(p))
        gens.append(ast.Comprehension(target, it, tuple(ifs), p.span_from(gstart)))
    return ast.ListComp(elt, tuple(gens), p.span_from(start), lazy)


def parse_targets(p: Parser) -> ast.Expr:
    """`i` or `i, x` before `in` (for loops, comprehensions)."""
    start = p.tok.span.start
    first = parse_bitor(p)
    if not p.at_op(","):
        return first
    elts = [first]
    while p.eat_op(","):
        if p.at_kw("in"):
            break
        elts.append(parse_bitor(p))
    return ast.TupleExpr(tuple(elts), p.span_from(start))


# ---------------------------------------------------------------- atoms


def _atom(p: Parser) -> ast.Expr:
    t = p.tok
    match t.kind:
        case TK.NAME:
            p.advance()
            return ast.Name(t.text, t.span)
        case TK.INT:
            p.advance()
            return ast.IntLit(t.value if isinstance(t.value, int) else 0, t.span)
        case TK.FLOAT:
            p.advance()
            return ast.FloatLit(float(t.value) if isinstance(t.value, float) else 0.0, t.span)
        case TK.STRING | TK.FSTRING:
            return _strings(p)
        case TK.KEYWORD:
            return _keyword_atom(p, t)
        case TK.OP:
            if t.text == "(":
                return _paren(p)
            if t.text == "[":
                return _list(p)
            if t.text == "{":
                return _braces(p)
            if t.text == "...":
                p.advance()
                return ast.EllipsisLit(t.span)
        case TK.NEWLINE | TK.INDENT | TK.DEDENT | TK.EOF:
            pass
    p.fail(t.span, f"expected an expression, found {t.describe()}")


def _keyword_atom(p: Parser, t: Token) -> ast.Expr:
    match t.text:
        case "True" | "False":
            p.advance()
            return ast.BoolLit(t.text == "True", t.span)
        case "None":
            p.advance()
            return ast.NoneLit(t.span)
        case "yield" | "await":
            p.fail(t.span, f"`{t.text}` is not supported")
        case _:
            p.fail(t.span, f"expected an expression, found {t.describe()}")


def _paren(p: Parser) -> ast.Expr:
    start = p.advance().span.start
    p.enter()
    if p.eat_op(")"):
        p.leave()
        return ast.TupleExpr((), p.span_from(start))
    first = parse_star_or_expr(p)
    if p.at_kw("for"):
        # A parenthesised generator expression is represented as a ListComp.
        e: ast.Expr = comprehension(p, first, first.span.start, lazy=True)
        p.expect_op(")", "to close the generator expression")
        p.leave()
        return e
    if not p.at_op(","):
        p.expect_op(")", "to close the parenthesis")
        p.leave()
        return first
    return ast.TupleExpr(_rest(p, first, ")", "tuple", parse_star_or_expr), p.span_from(start))


def _list(p: Parser) -> ast.Expr:
    start = p.advance().span.start
    p.enter()
    if p.eat_op("]"):
        p.leave()
        return ast.ListExpr((), p.span_from(start))
    first = parse_star_or_expr(p)
    if p.at_kw("for"):
        comp = comprehension(p, first, start)
        p.expect_op("]", "to close the list comprehension")
        p.leave()
        return ast.ListComp(comp.elt, comp.generators, p.span_from(start))
    return ast.ListExpr(_rest(p, first, "]", "list", parse_star_or_expr), p.span_from(start))


def _rest(p: Parser, first: ast.Expr, close: str, what: str, item: Callable[[Parser], ast.Expr]) -> tuple[ast.Expr, ...]:
    """`first` and the items after it, separated by commas (one may end them) up to
    `close`, which ends the display (`what`)."""
    elts = [first]
    while p.eat_op(","):
        if p.at_op(close):
            break
        elts.append(item(p))
    p.expect_op(close, f"to close the {what}")
    p.leave()
    return tuple(elts)


def _braces(p: Parser) -> ast.Expr:
    """Dict and set displays and comprehensions."""
    start = p.advance().span.start
    p.enter()
    if p.eat_op("}"):
        p.leave()
        return ast.DictExpr((), (), p.span_from(start))
    first = parse_expr(p)
    if not p.at_op(":"):  # a set: `$set([...])`, the list display or comprehension of its items
        if p.at_kw("for"):
            comp = comprehension(p, first, start)
            p.expect_op("}", "to close the set comprehension")
            p.leave()
            span = p.span_from(start)
            items: ast.Expr = ast.ListComp(comp.elt, comp.generators, span)
        else:
            elts = _rest(p, first, "}", "set", parse_expr)
            span = p.span_from(start)
            items = ast.ListExpr(elts, span)
        return ast.Call(ast.Name("$set", span), (items,), (), span)
    p.advance()
    value = parse_expr(p)
    if p.at_kw("for"):
        comp = comprehension(p, value, start)
        p.expect_op("}", "to close the dict comprehension")
        p.leave()
        return ast.DictComp(first, value, comp.generators, p.span_from(start))
    keys, values = [first], [value]
    while p.eat_op(","):
        if p.at_op("}"):
            break
        keys.append(parse_expr(p))
        p.expect_op(":", "between a key and its value")
        values.append(parse_expr(p))
    p.expect_op("}", "to close the dict")
    p.leave()
    return ast.DictExpr(tuple(keys), tuple(values), p.span_from(start))


def _lambda(p: Parser) -> ast.Expr:
    """`lambda x, y: body`: plain parameter names (no defaults or `*`)."""
    start = p.advance().span.start
    params: list[str] = []
    while not p.at_op(":"):
        if params:
            p.expect_op(",")
        params.append(p.expect_name("a parameter name").text)
    p.advance()
    body = parse_expr(p)
    return ast.Lambda(tuple(params), body, p.span_from(start))


def _strings(p: Parser) -> ast.Expr:
    """Adjacent literals join; any f-string among them makes the whole an FString."""
    start = p.tok.span.start
    parts: list[str | ast.FormattedValue] = []
    any_f = False
    while p.at(TK.STRING) or p.at(TK.FSTRING):
        t = p.advance()
        if t.kind is TK.FSTRING:
            any_f = True
            parts.extend(fstring_parts(p, t, lambda a, b: _field_expr(p, a, b)))
        else:
            parts.append(t.value if isinstance(t.value, str) else "")
    span = p.span_from(start)
    if not any_f:
        return ast.StrLit("".join(s for s in parts if isinstance(s, str)), span)
    merged: list[str | ast.FormattedValue] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] = merged[-1] + part
        elif part != "":
            merged.append(part)
    return ast.FString(tuple(merged), span)


def _field_expr(p: Parser, start: int, end: int) -> ast.Expr:
    """Parse the expression of an f-string replacement field at [start, end)."""
    toks = lex_region(p.src, p.sink, start, end)
    sub = Parser(p.src, toks, p.sink, p.depth, p.errors)
    sub.enter()
    if sub.at(TK.EOF):
        sub.fail(Span(p.src.id, start, end), "f-string: empty expression not allowed")
    e = parse_exprs(sub)
    if not sub.at(TK.EOF):
        sub.fail_here("`}` after the f-string expression")
    return e

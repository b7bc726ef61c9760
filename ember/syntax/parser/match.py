"""`match` statements (Python 3.10), parsed straight into the `if` statements they mean,
so no later phase knows of them:

    match cmd.split():                 $s = cmd.split()
        case ["go", d]:                if len($s) == 2 and $s[0] == "go":
            walk(d)                        d = $s[1]; walk(d)
        case _:                        else:
            stop()                         stop()

A pattern is parsed as the expression it looks like (up to `|`), then read as a pattern:
`_`, a capture name, a literal or dotted value (`==`; `None`, `True`, `False` with
`is`/`==`), alternatives `p | q`, sequences `[a, *rest]` / `(a, b)` / `a, b` (length,
then each item), mappings `{"k": p}` (`in`, then the value), class patterns with
keyword sub-patterns `Point(x=0, y=y)` (`isinstance`, then each attribute; a built-in
type's `int(n)` matches the subject itself), and `p as name`. A case with a guard
(`case n if n > 0:`) may fall through to the next case: then the cases are `if`s that
test a flag, else one `if`/`elif` chain. The subject is evaluated once, into a hidden
variable, unless it is a name, an attribute or an element at a name's or a literal's
index (`_pure`: read again, no copy, no move).
Not here: positional sub-patterns of a user class (it needs `__match_args__`)."""
from __future__ import annotations

from ember.base.source import Span
from ember.syntax import ast
from ember.syntax.parser.core import Parser
from ember.syntax.parser.expr import parse_bitor, parse_expr, parse_exprs
from ember.syntax.tokens import TK

_BUILTIN_TYPES = frozenset({"int", "float", "str", "bool", "list", "dict", "tuple", "set"})


def looks_like_match(p: Parser) -> bool:
    """Whether the line at `p` (its first token the name `match`) is a `match` statement:
    it ends with `:` and the block under it starts with `case` (else `match` is a name)."""
    i, last = p.pos + 1, None
    depth = 0
    while p.toks[i].kind not in (TK.NEWLINE, TK.EOF):
        t = p.toks[i]
        depth += t.is_op("(") or t.is_op("[") or t.is_op("{")
        depth -= t.is_op(")") or t.is_op("]") or t.is_op("}")
        last, i = t, i + 1
    return last is not None and last.is_op(":") and depth == 0 and i > p.pos + 2 and i + 2 < len(p.toks) \
        and p.toks[i + 1].kind is TK.INDENT and p.toks[i + 2].is_soft("case")


def match_stmt(p: Parser, start: int) -> list[ast.Stmt]:
    p.advance()  # `match`
    subject = parse_exprs(p)
    p.expect_op(":", "after the `match` subject")
    p.advance()  # NEWLINE
    p.advance()  # INDENT
    cases: list[tuple[ast.Expr, ast.Expr | None, tuple[ast.Stmt, ...], Span]] = []
    from ember.syntax.parser.stmt import block

    while p.tok.is_soft("case"):
        case_start = p.advance().span.start
        pattern = _pattern(p)
        guard = parse_expr(p) if p.eat_kw("if") else None
        body = block(p, "`case` pattern")
        cases.append((pattern, guard, body, p.span_from(case_start)))
    if not p.at(TK.DEDENT):
        p.fail(p.tok.span, f"expected `case`, found {p.tok.describe()}")
    p.advance()
    span = p.span_from(start)
    head: list[ast.Stmt] = []
    if _pure(subject):
        s: ast.Expr = subject
    else:
        s = ast.Name(f"match.{start}", subject.span)
        head.append(ast.Assign((s,), subject, subject.span))
    arms = [(_read(p, pattern, s), guard, body, at) for pattern, guard, body, at in cases]
    if any(guard is not None for _, guard, _, _ in arms):
        return head + _flagged(arms, start, span)
    return head + [_chain(arms, span)]


def _pure(e: ast.Expr) -> bool:
    """A subject read again at each test, not copied (a copy of an element or field that
    owns memory would be a move): a name, an attribute, or an element indexed by a name or
    literal, of those."""
    match e:
        case ast.Name():
            return True
        case ast.Attribute(value=v):
            return _pure(v)
        case ast.Subscript(value=v, index=ast.Name() | ast.IntLit() | ast.StrLit() | ast.UnaryOp(operand=ast.IntLit())):
            return _pure(v)
        case _:
            return False


def _pattern(p: Parser) -> ast.Expr:
    """A case's pattern: an expression up to `|` (a bare `a, b` a tuple), `as name` last."""
    first = _one(p)
    if p.at_op(","):
        elts = [first]
        while p.eat_op(","):
            if p.at_op(":") or p.at_kw("if"):
                break
            elts.append(_one(p))
        first = ast.TupleExpr(tuple(elts), Span(first.span.file, first.span.start, elts[-1].span.end))
    return first


def _one(p: Parser) -> ast.Expr:
    if p.at_op("*"):
        star = p.advance()
        value = parse_bitor(p)
        return ast.Starred(value, p.span_from(star.span.start))
    pat = parse_bitor(p)
    if p.eat_kw("as"):
        name = p.expect_name("a name after `as`")
        return ast.NamedExpr(name.text, pat, p.span_from(pat.span.start))  # `p as n`, read by `_read`
    return pat


Cond = list[ast.Expr]
Binds = list[tuple[str, ast.Expr, Span]]


def _read(p: Parser, pat: ast.Expr, s: ast.Expr) -> tuple[Cond, Binds]:
    """The tests (in order) and bindings for `pat` matching the value `s`."""
    at = pat.span
    match pat:
        case ast.Name(id="_"):
            return [], []
        case ast.Name(id=name):
            return [], [(name, s, at)]
        case ast.NamedExpr(name=name, value=inner):
            conds, binds = _read(p, inner, s)
            return conds, binds + [(name, s, at)]
        case ast.NoneLit() | ast.BoolLit():
            return [ast.Compare(s, ("is" if isinstance(pat, ast.NoneLit) else "==",), (pat,), at)], []
        case ast.IntLit() | ast.FloatLit() | ast.StrLit() | ast.UnaryOp(op="-") | ast.Attribute():
            return [ast.Compare(s, ("==",), (pat,), at)], []
        case ast.BinOp(op="|"):
            alts = []
            for alt in _alternatives(pat):
                conds, binds = _read(p, alt, s)
                if binds:
                    p.report(alt.span, "a name bound in one alternative of `|` is not supported here")
                alts.append(_all(conds, alt.span))
            return [ast.BoolOp("or", tuple(alts), at)], []
        case ast.ListExpr(elts=elts) | ast.TupleExpr(elts=elts):
            return _sequence(p, elts, s, at)
        case ast.DictExpr(keys=keys, values=values):
            conds: Cond = []
            binds: Binds = []
            for k, v in zip(keys, values):
                conds.append(ast.Compare(k, ("in",), (s,), k.span))
                c, b = _read(p, v, ast.Subscript(s, k, v.span))
                conds += c
                binds += b
            return conds, binds
        case ast.Call(func=ast.Name(id=t), args=args, keywords=()) if t in _BUILTIN_TYPES and len(args) <= 1:
            conds, binds = [_isinstance(s, pat.func, at)], []
            if args:
                c, b = _read(p, args[0], s)
                conds, binds = conds + c, b
            return conds, binds
        case ast.Call(func=ast.Name() | ast.Attribute() as cls, args=args, keywords=kws) if cls.span != at:  # not `{a, b}`
            if args:
                p.report(args[0].span, "positional sub-patterns of a class are not supported here",
                         help=("name the attributes: `Point(x=0, y=y)`",))
            conds, binds = [_isinstance(s, cls, at)], []
            for k in kws:
                c, b = _read(p, k.value, ast.Attribute(s, k.name, k.span))
                conds += c
                binds += b
            return conds, binds
        case _:
            p.report(at, "this pattern is not supported",
                     help=("a pattern is `_`, a name, a literal, `a | b`, `[a, *rest]`, `{\"k\": v}`, "
                           "`Class(attr=p)` or `p as name`",))
            return [], []


def _alternatives(e: ast.Expr) -> list[ast.Expr]:
    if isinstance(e, ast.BinOp) and e.op == "|":
        return _alternatives(e.left) + _alternatives(e.right)
    return [e]


def _sequence(p: Parser, elts: tuple[ast.Expr, ...], s: ast.Expr, at: Span) -> tuple[Cond, Binds]:
    star = next((i for i, x in enumerate(elts) if isinstance(x, ast.Starred)), None)
    fixed = len(elts) - (star is not None)
    size = ast.Call(ast.Name("len", at), (s,), (), at)
    conds: Cond = [ast.Compare(size, ("==" if star is None else ">=",), (ast.IntLit(fixed, at),), at)]
    binds: Binds = []
    for i, x in enumerate(elts):
        if isinstance(x, ast.Starred):
            upper = ast.IntLit(i - len(elts) + 1, x.span) if i < len(elts) - 1 else None
            part = ast.Call(ast.Name("list", x.span), (ast.Subscript(s, ast.Slice(ast.IntLit(i, x.span), upper, None, x.span),
                                                                  x.span),), (), x.span)
            c, b = _read(p, x.value, part)
        else:
            index = ast.IntLit(i, x.span) if star is None or i < star else \
                ast.UnaryOp("-", ast.IntLit(len(elts) - i, x.span), x.span)
            c, b = _read(p, x, ast.Subscript(s, index, x.span))
        conds += c
        binds += b
    return conds, binds


def _isinstance(s: ast.Expr, cls: ast.Expr, at: Span) -> ast.Expr:
    return ast.Call(ast.Name("isinstance", at), (s, cls), (), at)


def _all(conds: Cond, at: Span) -> ast.Expr:
    if not conds:
        return ast.BoolLit(True, at)
    return conds[0] if len(conds) == 1 else ast.BoolOp("and", tuple(conds), at)


def _bound(binds: Binds) -> tuple[ast.Stmt, ...]:
    return tuple(ast.Assign((ast.Name(name, at),), value, at) for name, value, at in binds)


def _chain(arms: list, span: Span) -> ast.Stmt:
    """No guards: one `if`/`elif`/`else` (a case that always matches ends it)."""
    orelse: tuple[ast.Stmt, ...] = ()
    for (conds, binds), _, body, at in reversed(arms):
        if not conds:
            orelse = _bound(binds) + body
            continue
        orelse = (ast.If(_all(conds, at), _bound(binds) + body, orelse, False, at),)
    return orelse[0] if orelse and isinstance(orelse[0], ast.If) else ast.If(ast.BoolLit(True, span), orelse, (), False, span)


def _flagged(arms: list, start: int, span: Span) -> list[ast.Stmt]:
    """With guards: a flag says whether a case ran; each case tests it first."""
    done = f"match.{start}.done"
    out: list[ast.Stmt] = [ast.Assign((ast.Name(done, span),), ast.BoolLit(False, span), span)]
    for (conds, binds), guard, body, at in arms:
        ran = (ast.Assign((ast.Name(done, at),), ast.BoolLit(True, at), at),) + body
        inner = (ast.If(guard, ran, (), False, at),) if guard is not None else ran
        test = [ast.UnaryOp("not", ast.Name(done, at), at)] + conds
        out.append(ast.If(_all(test, at), _bound(binds) + inner, (), False, at))
    return out

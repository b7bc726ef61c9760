"""Statements and blocks. Each statement is parsed inside `statement_into`, which turns
a syntax error into recovery: skip to the end of the logical line (and any block that
belonged to it) and go on, so one run reports every broken statement."""
from __future__ import annotations

from ember.syntax import ast
from ember.syntax.parser import decl, match
from ember.syntax.parser.core import Bail, Parser
from ember.syntax.parser.expr import parse_expr, parse_exprs, parse_targets
from ember.syntax.parser.types import parse_type
from ember.syntax.tokens import TK

AUG_OPS = frozenset({"+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=",
                     "^=", "@="})
_UNSUPPORTED = frozenset({"async", "await"})


def parse_statements(p: Parser) -> tuple[ast.Stmt, ...]:
    """Statements until EOF (the module body)."""
    body: list[ast.Stmt] = []
    while not p.at(TK.EOF) and not p.gave_up:
        if p.at(TK.DEDENT):  # only after an indentation error; nothing to close
            p.advance()
            continue
        statement_into(p, body)
    return tuple(body)


def statement_into(p: Parser, out: list[ast.Stmt]) -> None:
    saved_depth, before = p.depth, p.pos
    try:
        out.extend(_statement(p))
    except Bail:
        p.depth = saved_depth
        p.synchronize()
    if p.pos == before and not p.at(TK.EOF):
        p.advance()  # progress, whatever happened


def block(p: Parser, what: str) -> tuple[ast.Stmt, ...]:
    """`:` then an indented block, or simple statements on the same line."""
    if not p.at_op(":"):
        if not p.at(TK.NEWLINE):
            p.fail(p.tok.span, f"expected `:` after {what}, found {p.tok.describe()}")
        p.report(p.tok.span, f"expected `:` after {what}")
    else:
        p.advance()
    if not p.at(TK.NEWLINE):
        return tuple(simple_line(p))
    p.enter()
    p.advance()
    if not p.at(TK.INDENT):
        p.report(p.tok.span, f"expected an indented block after {what}")
        p.leave()
        return ()
    p.advance()
    body: list[ast.Stmt] = []
    while not p.at(TK.DEDENT) and not p.at(TK.EOF) and not p.gave_up:
        statement_into(p, body)
    if p.at(TK.DEDENT):
        p.advance()
    p.leave()
    return tuple(body)


def _statement(p: Parser) -> list[ast.Stmt]:
    t = p.tok
    start = t.span.start
    match t.kind:
        case TK.INDENT:
            p.fail(t.span, "unexpected indent")
        case TK.OP if t.text == "@":
            return [decl.decorated(p)]
        case TK.KEYWORD:
            match t.text:
                case "if":
                    return [if_stmt(p, False, start)]
                case "while":
                    return [_while(p)]
                case "for":
                    return [for_stmt(p, False, False, start)]
                case "try":
                    return [_try(p)]
                case "with":
                    return [_with(p)]
                case "def":
                    return [decl.fn_def(p, (), start)]
                case "class":
                    return [decl.struct_def(p, (), start)]
                case kw if kw in _UNSUPPORTED:
                    p.fail(t.span, f"`{kw}` statements are not supported")
                case _:
                    pass
        case TK.NAME:
            nxt, nxt2 = p.peek(), p.peek(2)
            match t.text:
                case "fn" if nxt.kind is TK.NAME and (nxt2.is_op("(") or nxt2.is_op("[")):
                    return [decl.fn_def(p, (), start)]
                case "struct" if nxt.kind is TK.NAME and nxt2.kind is TK.OP \
                        and nxt2.text in (":", "[", "("):
                    return [decl.struct_def(p, (), start)]
                case "parallel" if nxt.is_kw("for"):
                    p.advance()
                    return [for_stmt(p, True, False, start)]
                case "comptime" if nxt.is_kw("if"):
                    p.advance()
                    return [if_stmt(p, True, start)]
                case "comptime" if nxt.is_kw("for"):
                    p.advance()
                    return [for_stmt(p, False, True, start)]
                case "comptime" | "alias" if nxt.kind is TK.NAME and (
                        nxt2.is_op("=") or nxt2.is_op(":")):
                    return [_comptime(p)]
                case "match" if match.looks_like_match(p):
                    return match.match_stmt(p, start)
                case _:
                    pass
        case _:
            pass
    return simple_line(p)


def simple_line(p: Parser) -> list[ast.Stmt]:
    """`a; b; c` up to and including the NEWLINE."""
    stmts = [_simple(p)]
    while p.eat_op(";"):
        if p.at(TK.NEWLINE) or p.at(TK.EOF):
            break
        stmts.append(_simple(p))
    end_of_line(p)
    return stmts


def end_of_line(p: Parser) -> None:
    if p.at(TK.NEWLINE):
        p.advance()
    elif not p.at(TK.EOF):
        p.fail_here("end of line")


def _at_line_end(p: Parser) -> bool:
    return p.at(TK.NEWLINE) or p.at(TK.EOF) or p.at_op(";")


def _simple(p: Parser) -> ast.Stmt:
    t = p.tok
    start = t.span.start
    if t.kind is TK.KEYWORD:
        match t.text:
            case "pass":
                p.advance()
                return ast.Pass(t.span)
            case "break":
                p.advance()
                return ast.Break(t.span)
            case "continue":
                p.advance()
                return ast.Continue(t.span)
            case "return":
                p.advance()
                value = None if _at_line_end(p) else parse_exprs(p)
                return ast.Return(value, p.span_from(start))
            case "raise":
                return _raise(p)
            case "yield":
                p.advance()
                from_ = p.at_kw("from") and p.advance() is not None
                value = None if _at_line_end(p) and not from_ else parse_exprs(p)
                return ast.Yield(value, from_, p.span_from(start))
            case "assert":
                p.advance()
                test = parse_expr(p)
                msg = parse_expr(p) if p.eat_op(",") else None
                return ast.Assert(test, msg, p.span_from(start))
            case "global" | "nonlocal":
                p.advance()
                names = [p.expect_name().text]
                while p.eat_op(","):
                    names.append(p.expect_name().text)
                return ast.Global(tuple(names), p.span_from(start), nonlocal_=t.text == "nonlocal")
            case "del":
                return _del(p)
            case "import":
                return _import(p)
            case "from":
                return _from_import(p)
            case kw if kw in _UNSUPPORTED:
                p.fail(t.span, f"`{kw}` statements are not supported")
            case _:
                pass
    if t.is_soft("var") and p.peek().kind is TK.NAME:
        return _var(p)
    return _expr_stmt(p)


def _del(p: Parser) -> ast.Stmt:
    """`del d[k]` (also `del xs[i]`) is `d.pop(k)` with the value dropped: the same
    lookup and the same KeyError or IndexError; other targets are reported."""
    start = p.advance().span.start
    target = parse_expr(p)
    span = p.span_from(start)
    if not isinstance(target, ast.Subscript) or isinstance(target.index, ast.Slice):
        p.report(target.span, "only `del x[key]` is supported")
        return ast.Pass(span)
    pop = ast.Call(ast.Attribute(target.value, "pop", target.span), (target.index,), (), target.span)
    return ast.ExprStmt(pop, span)


def _var(p: Parser) -> ast.Stmt:
    start = p.advance().span.start
    name = p.expect_name("a variable name after `var`")
    ann = parse_type(p) if p.eat_op(":") else None
    value = parse_exprs(p) if p.eat_op("=") else None
    return ast.AnnAssign(ast.Name(name.text, name.span), ann, value, True, p.span_from(start))


def _expr_stmt(p: Parser) -> ast.Stmt:
    start = p.tok.span.start
    e = parse_exprs(p)
    if p.at_op(":"):
        p.advance()
        ann = parse_type(p)
        value = parse_exprs(p) if p.eat_op("=") else None
        if not isinstance(e, (ast.Name, ast.Attribute, ast.Subscript)):
            p.report(e.span, "only a single name, attribute or subscript can be annotated")
        return ast.AnnAssign(e, ann, value, False, p.span_from(start))
    if p.tok.kind is TK.OP and p.tok.text in AUG_OPS:
        op = p.advance().text[:-1]
        value = parse_exprs(p)
        if not isinstance(e, (ast.Name, ast.Attribute, ast.Subscript)):
            p.report(e.span, f"cannot use `{op}=` on {_describe(e)}")
        return ast.AugAssign(e, op, value, p.span_from(start))
    if p.at_op("="):
        targets = [e]
        while p.eat_op("="):
            targets.append(parse_exprs(p))
        value = targets.pop()
        for target in targets:
            _check_target(p, target)
        return ast.Assign(tuple(targets), value, p.span_from(start))
    return ast.ExprStmt(e, p.span_from(start))


def _check_target(p: Parser, e: ast.Expr, in_tuple: bool = False) -> None:
    match e:
        case ast.Name() | ast.Attribute() | ast.Subscript():
            return
        case ast.TupleExpr(elts=elts) | ast.ListExpr(elts=elts):
            for elt in elts:
                _check_target(p, elt, True)
        case ast.Starred(value=v) if in_tuple:
            _check_target(p, v)
        case ast.Starred():
            p.report(e.span, "a starred assignment target must be in a list or tuple")
        case _:
            p.report(e.span, f"cannot assign to {_describe(e)}")


def _describe(e: ast.Expr) -> str:
    match e:
        case ast.Call():
            return "a function call"
        case ast.IntLit() | ast.FloatLit() | ast.StrLit() | ast.BoolLit() | ast.NoneLit():
            return "a literal"
        case ast.ErrorExpr():
            return "this"
        case _:
            return "an expression"


def _raise(p: Parser) -> ast.Stmt:
    start = p.advance().span.start
    exc = None if _at_line_end(p) else parse_expr(p)
    cause = None
    if p.at_kw("from"):
        t = p.advance()
        if exc is None:
            p.report(t.span, "`raise from` needs an error before `from`")
        cause = parse_expr(p)
    return ast.Raise(exc, p.span_from(start), cause)


def _dotted(p: Parser) -> str:
    name = p.expect_name("a module name").text
    while p.eat_op("."):
        name += "." + p.expect_name("a name after `.`").text
    return name


def _alias(p: Parser, dotted: bool) -> ast.Alias:
    start = p.tok.span.start
    name = _dotted(p) if dotted else p.expect_name().text
    asname = p.expect_name("a name after `as`").text if p.eat_kw("as") else None
    return ast.Alias(name, asname, p.span_from(start))


def _import(p: Parser) -> ast.Stmt:
    start = p.advance().span.start
    names = [_alias(p, True)]
    while p.eat_op(","):
        names.append(_alias(p, True))
    return ast.Import(tuple(names), p.span_from(start))


def _from_import(p: Parser) -> ast.Stmt:
    start = p.advance().span.start
    module = ""
    while p.at_op(".", "..."):
        module += p.advance().text
    if not module or p.tok.kind is TK.NAME:
        module += _dotted(p)
    if not p.eat_kw("import"):
        p.fail_here("`import`")
    if p.at_op("*"):
        t = p.advance()
        return ast.ImportFrom(module, (ast.Alias("*", None, t.span),), p.span_from(start))
    paren = p.eat_op("(")
    names = [_alias(p, False)]
    while p.eat_op(","):
        if paren and p.at_op(")"):
            break
        names.append(_alias(p, False))
    if paren:
        p.expect_op(")", "to close the import list")
    return ast.ImportFrom(module, tuple(names), p.span_from(start))


def _comptime(p: Parser) -> ast.Stmt:
    kw = p.advance()
    name = p.expect_name()
    ann = parse_type(p) if p.eat_op(":") else None
    p.expect_op("=", f"after `{kw.text} {name.text}`")
    value = parse_exprs(p)
    stmt = ast.Comptime(name.text, ann, value, kw.text, p.span_from(kw.span.start))
    end_of_line(p)
    return stmt


# ---------------------------------------------------------------- compound statements


def if_stmt(p: Parser, comptime: bool, start: int) -> ast.Stmt:
    """`if`/`elif`/`else`, built iteratively so long elif chains need no recursion."""
    arms: list[tuple[int, ast.Expr, tuple[ast.Stmt, ...]]] = []
    arm_start = p.advance().span.start
    while True:
        test = parse_expr(p)
        arms.append((arm_start, test, block(p, "`if` condition")))
        if not p.at_kw("elif"):
            break
        arm_start = p.advance().span.start
    orelse: tuple[ast.Stmt, ...] = ()
    if p.eat_kw("else"):
        orelse = block(p, "`else`")
    end = p.prev_end
    for i in range(len(arms) - 1, -1, -1):
        s, test, body = arms[i]
        node = ast.If(test, body, orelse, comptime and i == 0,
                      ast.Span(p.src.id, start if i == 0 else s, end))
        orelse = (node,)
    return orelse[0]


def _while(p: Parser) -> ast.Stmt:
    start = p.advance().span.start
    test = parse_expr(p)
    body = block(p, "`while` condition")
    orelse = block(p, "`else`") if p.eat_kw("else") else ()
    return ast.While(test, body, orelse, p.span_from(start))


def for_stmt(p: Parser, parallel: bool, comptime: bool, start: int) -> ast.Stmt:
    p.advance()
    target = parse_targets(p)
    if not p.eat_kw("in"):
        p.fail_here("`in` after the `for` target")
    it = parse_exprs(p)
    body = block(p, "`for` header")
    orelse = block(p, "`else`") if p.eat_kw("else") else ()
    return ast.For(target, it, body, orelse, parallel, comptime, p.span_from(start))


def _with(p: Parser) -> ast.Stmt:
    start = p.advance().span.start
    items: list[ast.WithItem] = []
    while True:
        istart = p.tok.span.start
        context = parse_expr(p)
        target = p.expect_name("a name after `as`").text if p.eat_kw("as") else None
        items.append(ast.WithItem(context, target, p.span_from(istart)))
        if not p.eat_op(","):
            break
    body = block(p, "`with` header")
    return ast.With(tuple(items), body, p.span_from(start))


def _try(p: Parser) -> ast.Stmt:
    start = p.advance().span.start
    body = block(p, "`try`")
    handlers: list[ast.ExceptHandler] = []
    while p.at_kw("except"):
        hstart = p.advance().span.start
        if p.at_op("*"):
            p.report(p.advance().span, "`except*` is not supported")
        typ: ast.Expr | None = None
        name: str | None = None
        if not p.at_op(":"):
            typ = parse_expr(p)
            if p.eat_kw("as"):
                name = p.expect_name("a name after `as`").text
        hbody = block(p, "`except`")
        handlers.append(ast.ExceptHandler(typ, name, hbody, p.span_from(hstart)))
    else_at = p.tok.span
    orelse = block(p, "`else`") if p.eat_kw("else") else ()
    if orelse and not handlers:
        p.report(else_at, "`else` after `try` needs an `except` clause before it")
    has_finally = p.eat_kw("finally")
    final = block(p, "`finally`") if has_finally else ()
    if not handlers and not has_finally:
        p.report(p.span_from(start), "expected `except` or `finally` after `try` block")
    return ast.Try(body, tuple(handlers), orelse, final, p.span_from(start))

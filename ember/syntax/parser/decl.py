"""Declarations: `fn`/`def` (type parameters, argument conventions, `raises`, `->`),
`struct`/`class` and decorators, including `@parameter` before `if`/`for`."""
from __future__ import annotations

from dataclasses import replace

from ember.syntax import ast
from ember.syntax.parser import stmt
from ember.syntax.parser.core import Parser
from ember.syntax.parser.expr import parse_expr
from ember.syntax.parser.types import parse_type
from ember.syntax.tokens import CONVENTIONS, TK


def decorated(p: Parser) -> ast.Stmt:
    start = p.tok.span.start
    if p.peek().is_soft("parameter"):
        after = p.peek(2)
        if after.kind is TK.NEWLINE and p.peek(3).kind is TK.KEYWORD:
            after = p.peek(3)
        if after.is_kw("if") or after.is_kw("for"):
            while not p.at_kw("if", "for"):
                p.advance()
            if p.at_kw("if"):
                return stmt.if_stmt(p, True, start)
            return stmt.for_stmt(p, False, True, start)
    decorators: list[ast.Expr] = []
    while p.at_op("@"):
        p.advance()
        decorators.append(parse_expr(p))
        stmt.end_of_line(p)
    t = p.tok
    if t.is_kw("def") or (t.is_soft("fn") and p.peek().kind is TK.NAME):
        return fn_def(p, tuple(decorators), start)
    if t.is_kw("class") or (t.is_soft("struct") and p.peek().kind is TK.NAME):
        return struct_def(p, tuple(decorators), start)
    p.fail(t.span, f"expected `def`, `fn`, `class` or `struct` after a decorator, found "
           f"{t.describe()}")


def fn_def(p: Parser, decorators: tuple[ast.Expr, ...], start: int) -> ast.FnDef:
    keyword = p.advance().text
    name = p.expect_name("a function name")
    type_params = _type_params(p) if p.at_op("[") else ()
    p.expect_op("(", f"after the function name `{name.text}`")
    p.enter()
    params: list[ast.Param] = []
    kw_only = False
    while not p.at_op(")"):
        if p.at_op("*") and p.peek().kind is TK.OP and p.peek().text in (",", ")"):
            star = p.advance()  # a bare `*`: the parameters after it are keyword only
            if kw_only:
                p.report(star.span, "a second `*` in a parameter list")
            kw_only = True
        elif p.at_op("/") and p.peek().kind is TK.OP and p.peek().text in (",", ")"):
            slash = p.advance()  # the parameters before it are positional only
            if kw_only or not params or any(q.kind == "pos" for q in params):
                p.report(slash.span, "`/` must follow the positional parameters, once")
            params = [replace(q, kind="pos") for q in params]
        else:
            param = _param(p)
            if params and params[-1].kind == "kwargs" and param is not None:
                p.report(param.span, "a parameter after `**` one")
            if param is not None and param.kind == "var":
                if kw_only:
                    p.report(param.span, "`*` parameters after a `*`")
                kw_only = True
                params.append(param)
            elif param is not None:
                params.append(replace(param, kind="kw") if kw_only and param.kind != "kwargs" else param)
        if not p.eat_op(","):
            break
    p.expect_op(")", "to close the parameter list")
    p.leave()
    raises = False
    if p.tok.is_soft("raises"):
        p.advance()
        raises = True
    returns = parse_type(p) if p.eat_op("->") else None
    body = stmt.block(p, f"the signature of `{name.text}`")
    return ast.FnDef(name.text, type_params, tuple(params), returns, raises, body, keyword,
                     decorators, p.span_from(start), name.span)


def _param(p: Parser) -> ast.Param | None:
    t = p.tok
    if p.at_op("*") and p.peek().kind is TK.NAME:  # `*args`, `*xs: Int`
        p.advance()
        name = p.expect_name("a parameter name")
        annotation = parse_type(p) if p.eat_op(":") else None
        if p.at_op("="):
            p.report(p.tok.span, f"`*{name.text}` cannot have a default value")
            p.advance()
            parse_expr(p)
        return ast.Param(name.text, annotation, None, None, p.span_from(t.span.start), kind="var")
    if p.at_op("**") and p.peek().kind is TK.NAME:  # `**kwargs`: sema/fnvalues.py takes it (passed on whole)
        p.advance()
        name = p.expect_name("a parameter name")
        if p.eat_op(":"):
            parse_type(p)
        return ast.Param(name.text, None, None, None, p.span_from(t.span.start), kind="kwargs")
    if p.at_op("*", "**", "/"):
        p.advance()
        p.report(t.span, f"`{t.text}` in a parameter list is not supported")
        if p.at(TK.NAME):
            p.advance()
            if p.eat_op(":"):
                parse_type(p)
        return None
    convention = None
    if t.kind is TK.NAME and t.text in CONVENTIONS and p.peek().kind is TK.NAME:
        convention = p.advance().text
    name = p.expect_name("a parameter name")
    annotation = parse_type(p) if p.eat_op(":") else None
    default = parse_expr(p) if p.eat_op("=") else None
    return ast.Param(name.text, annotation, default, convention, p.span_from(t.span.start))


def _type_params(p: Parser) -> tuple[ast.TypeParam, ...]:
    p.advance()
    params: list[ast.TypeParam] = []
    while not p.at_op("]"):
        name = p.expect_name("a parameter name")
        p.expect_op(":", f"and a kind after the parameter `{name.text}` (e.g. `{name.text}: Int`)")
        kind = parse_type(p)
        default = parse_expr(p) if p.eat_op("=") else None
        params.append(ast.TypeParam(name.text, kind, default, p.span_from(name.span.start)))
        if not p.eat_op(","):
            break
    p.expect_op("]", "to close the parameter list")
    return tuple(params)


def struct_def(p: Parser, decorators: tuple[ast.Expr, ...], start: int) -> ast.StructDef:
    keyword = p.advance().text
    name = p.expect_name(f"a {keyword} name")
    type_params = _type_params(p) if p.at_op("[") else ()
    base = _bases(p, keyword) if p.at_op("(") else None
    parent = base if isinstance(base, ast.Name) else None
    body = stmt.block(p, f"`{keyword} {name.text}`")
    fields: list[ast.Field] = []
    methods: list[ast.FnDef] = []
    others: list[ast.Stmt] = []
    for s in body:
        match s:
            case ast.AnnAssign(target=ast.Name(id=fname), annotation=ann, value=value) \
                    if ann is not None:
                fields.append(ast.Field(fname, ann, value, s.span))
            case ast.FnDef():
                methods.append(s)
            case _:
                others.append(s)
    return ast.StructDef(name.text, type_params, tuple(fields), tuple(methods),
                         tuple(others), keyword, decorators, p.span_from(start), name.span,
                         base if isinstance(base, str) else None, parent)


def _bases(p: Parser, keyword: str) -> str | ast.Name | None:
    """`class C(Base):` parses. An exception class (`class ParseError(ValueError):`: one
    base named `...Error`, `...Exception` or `BaseException`) returns its base's name;
    another class's one base is returned as its name's node (sema/inherit.py copies its
    fields and methods down); more bases, and a struct's, are reported."""
    open_tok = p.advance()
    bases: list[ast.Expr] = []
    while not p.at_op(")"):
        bases.append(parse_expr(p))
        if not p.eat_op(","):
            break
    p.expect_op(")", "to close the base list")
    real = [b for b in bases if not (isinstance(b, ast.Name) and b.id == "object")]
    if keyword == "class" and len(real) == 1 and isinstance(real[0], ast.Name) \
            and real[0].id.endswith(("Error", "Exception")):
        return real[0].id
    if keyword == "class" and len(real) == 1 and isinstance(real[0], ast.Name):
        return real[0]
    if keyword == "class" and real:
        p.report(p.span_from(open_tok.span.start),
                 "multiple inheritance is not supported" if len(real) > 1 else
                 "a base class must be a class of this file, named plainly",
                 help=("a class has one base class, defined in the same file",))
    elif real:
        p.report(p.span_from(open_tok.span.start),
                 f"{keyword} inheritance is not supported",
                 help=("Ember structs have no base classes; a Python `class` may have one",))

"""Name resolution and type checking: `analyze(modules, sink) -> tast.Program`."""
from __future__ import annotations

from ember.diagnostics.diagnostic import DiagnosticSink
from ember.sema import tast
from ember.sema.check.context import KNOWN_IMPORTS, Checker, FnScope
from ember.sema.check.expr import expect
from ember.sema.check.stmt import always_returns, check_block
from ember.sema.check.typeexpr import resolve
from ember.syntax import ast
from ember.types import types as T

CONVENTIONS = {"owned": "owned", "var": "owned", "borrowed": "borrowed", "read": "borrowed",
               "inout": "inout", "mut": "inout", "out": "out", None: "borrowed"}
DECLS = (ast.FnDef, ast.StructDef, ast.Import, ast.ImportFrom, ast.Comptime, ast.Pass)


def analyze(modules: list[ast.Module], sink: DiagnosticSink) -> tast.Program:
    """Check `modules[0]` (the main file); imported Ember modules are not supported yet."""
    program = tast.Program({}, {}, {}, (), False, {}, {}, {}, list(modules))
    ck = Checker(sink, program, {})
    main = modules[0]
    _imports(ck, main)
    structs = [s for s in main.body if isinstance(s, ast.StructDef)]
    for s in structs:
        if s.name in program.structs:
            ck.error(s.name_span, f"struct `{s.name}` is defined twice")
            continue
        if s.type_params:
            ck.error(s.span, "struct parameters are not supported yet (issue 5)")
        program.structs[s.name] = tast.StructInfo(s.name, (), {}, s)
    for s in structs:
        info = program.structs[s.name]
        if info.node is not s:
            continue
        info.fields = tuple((f.name, resolve(ck, f.annotation)) for f in s.fields)
        for m in s.methods:
            key = f"{s.name}.{m.name}"
            info.methods[m.name] = key
            _signature(ck, m, key, s.name)
    for s in main.body:
        if isinstance(s, ast.FnDef):
            if s.name in program.fns or s.name in program.structs:
                ck.error(s.name_span, f"`{s.name}` is defined twice")
                continue
            _signature(ck, s, s.name, None)
    _check_recursive_structs(ck)
    top = tuple(s for s in main.body if not isinstance(s, DECLS) and not _is_docstring(s))
    program.top = top
    program.run_main = not top and "main" in program.fns
    ck.scope = FnScope(None, program.globals, T.NONE)
    check_block(ck, top)
    program.top_locals = program.globals
    for fn in list(program.fns.values()):
        _check_fn(ck, fn)
    return program


def _is_docstring(s: ast.Stmt) -> bool:
    return isinstance(s, ast.ExprStmt) and isinstance(s.value, ast.StrLit)


def _imports(ck: Checker, m: ast.Module) -> None:
    for s in m.body:
        match s:
            case ast.ImportFrom(module=mod, names=names):
                if mod not in KNOWN_IMPORTS:
                    ck.error(s.span, f"module `{mod}` not found (importing other .ember files is not supported yet)")
                    continue
                for a in names:
                    if a.name not in KNOWN_IMPORTS[mod]:
                        ck.error(a.span, f"module `{mod}` has no `{a.name}` in Ember")
                        continue
                    ck.imported[a.asname or a.name] = (mod, a.name)
            case ast.Import(names=names):
                for a in names:
                    if a.name not in KNOWN_IMPORTS:
                        ck.error(a.span, f"module `{a.name}` not found (importing other .ember files is not supported yet)")
                        continue
                    ck.imported[a.asname or a.name] = (a.name, "")
            case _:
                pass


def _mutates_self(body: tuple[ast.Stmt, ...]) -> bool:
    import ember.syntax.ast as A

    found = False

    def visit(node: object) -> None:
        nonlocal found
        if isinstance(node, (A.Assign, A.AugAssign, A.AnnAssign)):
            targets = node.targets if isinstance(node, A.Assign) else (node.target,)
            for t in targets:
                base = t
                while isinstance(base, (A.Attribute, A.Subscript)):
                    base = base.value
                if isinstance(base, A.Name) and base.id == "self" and base is not t:
                    found = True
        if isinstance(node, tuple):
            for x in node:
                visit(x)
        elif hasattr(node, "__dataclass_fields__"):
            for f in node.__dataclass_fields__:
                visit(getattr(node, f))

    visit(body)
    return found


def _signature(ck: Checker, fn: ast.FnDef, key: str, struct: str | None) -> None:
    if fn.type_params:
        ck.error(fn.span, "compile-time parameters are not supported yet (issue 5)")
    if fn.raises:
        ck.error(fn.span, "`raises` is not supported yet (issue 5)")
    params = []
    for i, p in enumerate(fn.params):
        conv = CONVENTIONS.get(p.convention, "borrowed")
        if struct is not None and i == 0 and p.name == "self" and p.annotation is None:
            t: T.Type = T.StructType(struct)
            if fn.name == "__init__":
                conv = "out"
            elif p.convention is None and fn.keyword == "def" and _mutates_self(fn.body):
                conv = "inout"
        elif p.annotation is None:
            ck.error(p.span, f"argument `{p.name}` of `{fn.name}` needs a type annotation",
                     help=("generic (unannotated) arguments come with issue 6",))
            t = T.ERROR
        else:
            t = resolve(ck, p.annotation)
        if conv == "out" and not (fn.name == "__init__" and i == 0):
            ck.error(p.span, "`out` is only allowed on `self` in `__init__`")
        params.append(tast.ParamInfo(p.name, t, conv, p.default))
    if fn.returns is not None:
        ret = resolve(ck, fn.returns)
    elif fn.name == "__init__":
        ret = T.StructType(struct) if struct else T.NONE
    else:
        ret = T.NONE
    if fn.name == "__init__" and struct is not None:
        ret = T.StructType(struct)
    info = tast.FnInfo(key, fn.name, tuple(params), ret, fn.raises, fn, struct)
    ck.program.fns[key] = info


def _check_fn(ck: Checker, fn: tast.FnInfo) -> None:
    locals_: dict[str, T.Type] = {p.name: p.type for p in fn.params}
    ck.scope = FnScope(None, ck.program.globals, T.NONE)
    for p in fn.params:
        if p.default is not None:
            expect(ck, p.default, p.type, f"as the default of `{p.name}`")
    ck.scope = FnScope(fn, locals_, fn.ret if fn.node.name != "__init__" else T.NONE)
    check_block(ck, fn.node.body)
    fn.locals = locals_
    if fn.ret != T.NONE and not T.is_error(fn.ret) and fn.node.name != "__init__" and not always_returns(fn.node.body):
        ck.error(fn.node.name_span, f"missing return: `{fn.name}` returns `{fn.ret}` but control can reach the end",
                 help=("add a `return` at the end",))


def _check_recursive_structs(ck: Checker) -> None:
    def contains(t: T.Type, name: str, seen: frozenset[str]) -> bool:
        match t:
            case T.StructType(name=n):
                if n == name:
                    return True
                if n in seen:
                    return False
                return any(contains(ft, name, seen | {n}) for _, ft in ck.program.structs[n].fields)
            case T.TupleType(elems=els):
                return any(contains(x, name, seen) for x in els)
            case _:
                return False

    for name, info in ck.program.structs.items():
        if any(contains(ft, name, frozenset()) for _, ft in info.fields):
            ck.error(info.node.name_span, f"struct `{name}` contains itself", help=("use a list `[T]` field",))

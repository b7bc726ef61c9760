"""Functions passed as arguments (`apply(square, xs)`, `apply(lambda x: x + 1, xs)`),
specialized on the syntax tree before checking, as Numba and Codon do: a function whose
identity is known at compile time is a compile-time argument. The call becomes a call
of a copy of the callee without that argument, `apply.<square>(xs)`, in which the
argument's name is the function's, so `f(x)` is the direct call `square(x)` (checked,
instantiated and inlined like any other). The copy is made once per (callee, functions
passed), so passing the function on (`twice(f, x)`) or recursing reuses it, and the
argument types of each call still pick the copy's generic instance.

A function argument is a `def` of the module (not shadowed in the caller) or one it
imports that needs nothing of its own module (`from m import f`, `m.f`: copied here), a
builtin that is callable on one value (`str`, `abs`, `len`, ...), a method of `str`
(`str.upper`: a `def` calling it), or a `lambda` whose body reads only its own arguments
and module-level names (lifted to a module-level `def`). Inside
the copy, `g = f` makes `g` another name of the function; any other use of the argument
(stored, returned) is the checker's "not a value" error at that place.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ember.diagnostics.diagnostic import DiagnosticSink, Label
from ember.sema.desugar import map_tree
from ember.syntax import ast
from ember.syntax.walk import bound_names, nodes, statements, target_names

BUILTINS = frozenset({"str", "abs", "len", "int", "float", "bool", "repr", "round", "sum", "min", "max",
                      "sorted", "list", "ord", "chr"})


@dataclass
class _Pass:
    sink: DiagnosticSink
    defs: dict[str, ast.FnDef]
    own: set[str]
    copies: dict[tuple[str, tuple[tuple[str, str], ...]], str] = field(default_factory=dict)
    made: list[ast.FnDef] = field(default_factory=list)
    captures: dict[str, tuple[str, ...]] = field(default_factory=dict)  # of a lambda: read by borrow
    lambdas: int = 0

    def function(self, fn: ast.FnDef) -> ast.FnDef:
        """`fn` with every call passing a function to a `def` of the module rewritten."""
        return replace(fn, body=self.rewrite(fn.body, _bound(fn)))

    def rewrite(self, body: tuple[ast.Stmt, ...], local: set[str]) -> tuple[ast.Stmt, ...]:
        """`body`, whose local names are `local`, with its calls rewritten."""
        def visit(node: object) -> object:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in self.defs \
                    and node.func.id not in local:
                return self.call(node, self.defs[node.func.id], local)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id not in local \
                    and (key := f"{node.func.value.id}.{node.func.attr}") in self.defs:  # `itertools.groupby(...)`
                return self.call(node, self.defs[key], local)
            return node

        return map_tree(body, visit)

    def fn_name(self, e: ast.Expr, local: set[str]) -> str | None:
        """The module-level name of the function `e` is, or None when it is a value."""
        match e:
            case ast.Name(id=n) if n not in local and n in self.defs:
                return n
            case ast.Name(id=n) if n not in local and n in BUILTINS and n not in self.own:
                return n
            case ast.Attribute(value=ast.Name(id="str"), attr=a) if "str" not in local and "str" not in self.own:
                key = f"str.{a}"  # `str.upper`: a `def` calling the method on its argument
                if key not in self.defs:
                    item = ast.Name("str.item", e.span)
                    call = ast.Call(ast.Attribute(item, a, e.span), (), (), e.span)
                    self.defs[key] = ast.FnDef(key, (), (ast.Param(item.id, None, None, None, e.span),), None, False,
                                               (ast.Return(call, e.span),), "def", (), e.span, e.span)
                    self.made.append(self.defs[key])
                return key
            case ast.Attribute(value=ast.Name(id=m), attr=a) if m not in local and f"{m}.{a}" in self.defs:
                key = f"{m}.{a}"  # `operator.mul`: a copy of its `def` here, by that name
                if not any(f.name == key for f in self.made):
                    self.made.append(replace(self.defs[key], name=key))
                return key
            case ast.Lambda(params=params, body=body):
                reads = [x.id for x in nodes(body) if isinstance(x, ast.Name)]
                captures = tuple(dict.fromkeys(n for n in reads if n in local and n not in params))
                self.lambdas += 1
                name = f"<lambda#{self.lambdas}>"
                lam = ast.FnDef(name, (), tuple(ast.Param(p, None, None, None, e.span) for p in (*params, *captures)),
                                None, False, (ast.Return(body, body.span),), "def", (), e.span, e.span)
                self.defs[name] = lam
                self.captures[name] = captures
                self.made.append(lam)
                return name
            case _:
                return None

    def call(self, call: ast.Call, callee: ast.FnDef, local: set[str]) -> ast.Call:
        """`call` of `callee`, as a call of its copy for the functions it passes."""
        params = [p for p in callee.params if p.annotation is None and not p.name.startswith("*") and p.kind != "var"]
        names = {p.name for p in params} - self.valued(callee)
        reassigned = bound_names(callee.body, comprehensions=False)
        fixed: list[tuple[str, str]] = []
        args: list[ast.Expr] = []
        for i, a in enumerate(call.args):
            p = callee.params[i].name if i < len(callee.params) else None
            f = self.fn_name(a, local) if p in names and p not in reassigned else None
            if not f:
                args.append(a if f is None else ast.ErrorExpr(a.span))
            else:
                fixed.append((p, f))
        keywords: list[ast.Keyword] = []
        for k in call.keywords:
            f = self.fn_name(k.value, local) if k.name in names and k.name not in reassigned else None
            if not f:
                keywords.append(k if f is None else replace(k, value=ast.ErrorExpr(k.value.span)))
            else:
                fixed.append((k.name, f))
        keywords.extend(self.pass_captures(callee.name, local, call, passed=False))
        for p in _none_functions(callee, names - reassigned):  # `key=None` not given: the copy for None
            at = next((i for i, q in enumerate(callee.params) if q.name == p), len(call.args))
            given = [a for a in call.args[at:at + 1]] + [k.value for k in call.keywords if k.name == p]
            if all(isinstance(a, ast.NoneLit) for a in given):
                args = [a for a in args if not (given and a is given[0])]
                keywords = [k for k in keywords if k.name != p]
                fixed.append((p, NONE))
        if not fixed:
            return replace(call, args=tuple(args), keywords=tuple(keywords))
        for _, f in fixed:
            keywords.extend(self.pass_captures(f, local, call, passed=True))
        key = (callee.name, tuple(sorted(fixed)))
        if key not in self.copies:
            name = f"{callee.name}.<{','.join(f for _, f in key[1])}>"
            if name in self.defs:  # the same functions passed as other arguments
                name = f"{callee.name}.<{','.join(f'{p}={f}' for p, f in key[1])}>"
            self.copies[key] = name
            self.defs[name] = self.copy(callee, name, dict(fixed), call)
        return replace(call, func=ast.Name(self.copies[key], call.func.span), args=tuple(args),
                       keywords=tuple(keywords))

    def pass_captures(self, fn: str, local: set[str], call: ast.Call, passed: bool) -> list[ast.Keyword]:
        """The variables lambda `fn` captures, as keyword arguments of `call`: of `fn`
        itself, or (`passed`) of the copy `fn` is passed to, whose extra argument
        `fn.name` carries each. The value is the caller's variable, or what it was passed."""
        out = []
        for c in self.captures.get(fn, ()):
            value = f"{fn}.{c}" if f"{fn}.{c}" in local else c
            out.append(ast.Keyword(f"{fn}.{c}" if passed else c, ast.Name(value, call.span), call.span))
        return out

    def copy(self, callee: ast.FnDef, name: str, fixed: dict[str, str], call: ast.Call) -> ast.FnDef:
        """`callee` without the arguments of `fixed`, each name of which is its function."""
        alias = dict(fixed)
        for s in statements(callee.body):  # `g = f`: `g` is the function too
            if isinstance(s, ast.Assign) and isinstance(s.value, ast.Name) and s.value.id in alias \
                    and all(isinstance(t, ast.Name) for t in s.targets):
                alias.update((t.id, alias[s.value.id]) for t in s.targets)

        def drop(node: object) -> object:
            match node:
                case ast.Assign(value=ast.Name(id=v), targets=targets) if v in alias and \
                        all(isinstance(t, ast.Name) for t in targets):
                    return ast.Pass(node.span)
                case _:
                    return node

        body = _decide_none_tests(map_tree(callee.body, drop), alias)
        misused = self.misuses(body, {a: f for a, f in alias.items() if f != NONE}, call)

        def rename(node: object) -> object:
            if isinstance(node, ast.Name) and alias.get(node.id) == NONE:
                return ast.NoneLit(node.span)
            if isinstance(node, ast.Name) and node.id in alias:
                return ast.ErrorExpr(node.span) if id(node) in misused else ast.Name(alias[node.id], node.span)
            return node

        body = map_tree(body, rename)
        extra = tuple(ast.Param(f"{f}.{c}", None, None, None, call.span)
                      for f in dict.fromkeys(fixed.values()) for c in self.captures.get(f, ()))
        copy = replace(callee, name=name, params=(*(p for p in callee.params if p.name not in fixed), *extra),
                       body=body)
        self.made.append(copy)  # placeholder: replaced once its own calls are specialized
        index = len(self.made) - 1
        self.made[index] = self.function(copy)
        return self.made[index]

    def valued(self, callee: ast.FnDef) -> set[str]:
        """The arguments of `callee` it uses as values (`return [f]`, `self.cb = f`): a
        function passed there is an object (sema/fnvalues.py), not a compile-time argument."""
        params = {p.name for p in callee.params}
        ok = {id(s.value) for s in statements(callee.body)  # `g = f`: another name of it (`copy`)
              if isinstance(s, ast.Assign) and isinstance(s.value, ast.Name) and all(isinstance(t, ast.Name) for t in s.targets)}
        ok |= self.passed(callee.body)
        ok |= {id(n.left) for n in nodes(callee.body) if isinstance(n, ast.Compare)  # `f is None`: decided in the copy
               and all(isinstance(c, ast.NoneLit) for c in n.comparators)}
        return {n.id for n in nodes(callee.body) if isinstance(n, ast.Name) and n.id in params and id(n) not in ok}

    def passed(self, body: tuple[ast.Stmt, ...]) -> set[int]:
        """The ids of the names `body` calls or passes to a `def` of the module."""
        ok: set[int] = set()
        for node in nodes(body):
            if isinstance(node, ast.Call):
                ok.add(id(node.func))
                if isinstance(node.func, ast.Name) and node.func.id in self.defs:
                    ok.update(id(x) for x in (*node.args, *(k.value for k in node.keywords)))
        return ok

    def misuses(self, body: tuple[ast.Stmt, ...], alias: dict[str, str], call: ast.Call) -> set[int]:
        """The uses of a function argument in `body` other than calling it or passing it on
        to a `def` of the module, each reported (a function is not a runtime value)."""
        ok = self.passed(body)
        bad = [u for u in nodes(body) if isinstance(u, ast.Name) and u.id in alias and id(u) not in ok]
        for u in bad:
            self.sink.error(u.span, f"`{u.id}` is the function `{alias[u.id]}`, which is not a value: a function "
                                    f"argument can only be called or passed on to a `def`", "used as a value here",
                            labels=(Label(call.span, f"`{alias[u.id]}` passed here"),))
        return {id(u) for u in bad}


NONE = "None"  # what a function argument defaulting to `None` is in the copy made for a call not giving it


def _none_functions(fn: ast.FnDef, names: set[str]) -> list[str]:
    """`fn`'s arguments defaulting to `None` that its body calls or passes on as a
    function (`key=None` ... `sorted(xs, key=key)`): a call that gives none gets a copy."""
    used = set()
    for node in nodes(fn.body):
        if isinstance(node, ast.Call):
            used.update(x.id for x in (node.func, *(k.value for k in node.keywords)) if isinstance(x, ast.Name))
    return [p.name for p in fn.params if isinstance(p.default, ast.NoneLit) and p.name in names and p.name in used]


def _decide_none_tests(body: tuple[ast.Stmt, ...], alias: dict[str, str]) -> tuple[ast.Stmt, ...]:
    """In a copy, `f is None` of a function argument is known (False; True for `None`):
    the `if` keeps one branch, the conditional expression one value, and a block ends at
    a `return` or `raise` (so `if key is None: return sorted(xs)` leaves the rest out)."""
    def visit(node: object) -> object:
        match node:
            case ast.Compare(left=ast.Name(id=n), ops=(op,), comparators=(ast.NoneLit(),)) \
                    if n in alias and op in ("is", "is not", "==", "!="):
                return ast.BoolLit((alias[n] == NONE) == (op in ("is", "==")), node.span)
            case ast.If(test=ast.BoolLit(value=v), comptime=False):
                return list(node.body if v else node.orelse) or [ast.Pass(node.span)]
            case ast.IfExp(test=ast.BoolLit(value=v)):
                return node.body if v else node.orelse
            case _ if any(isinstance(getattr(node, f, None), tuple) for f in ("body", "orelse", "finalbody")) \
                    and not isinstance(node, (ast.FnDef, ast.Lambda)):
                return replace(node, **{f: _until_exit(getattr(node, f)) for f in ("body", "orelse", "finalbody")
                                        if isinstance(getattr(node, f, None), tuple)})
            case _:
                return node
    return _until_exit(map_tree(body, visit))


def _until_exit(block: tuple) -> tuple:
    end = next((i for i, s in enumerate(block) if isinstance(s, (ast.Return, ast.Raise))), len(block) - 1)
    return block[:end + 1]


def _portable(module: ast.Module, others: dict[str, ast.Module]) -> dict[str, ast.FnDef]:
    """The `def`s `module` imports by name (`from itertools import groupby`) that read no
    name of their own module (so a copy made in `module` means the same), by local name."""
    out: dict[str, ast.FnDef] = {}
    for s in module.body:
        match s:
            case ast.ImportFrom(module=m, names=names) if m in others:
                pairs = [(a.name, a.asname or a.name) for a in names]
            case ast.Import(names=names):  # `import itertools`: `itertools.groupby` by that name
                for a in names:
                    if a.name in others:
                        out |= {f"{a.asname or a.name}.{n}": fn for n, fn in _portable_of(others[a.name]).items()}
                continue
            case _:
                continue
        theirs = _portable_of(others[m])
        out |= {local: replace(theirs[name], name=local) for name, local in pairs if name in theirs}
    return out


def _portable_of(module: ast.Module) -> dict[str, ast.FnDef]:
    """The `def`s of `module` that read no name of their module, by name."""
    names = {n for d in module.body for n in _declared(d)}
    return {d.name: d for d in module.body if isinstance(d, ast.FnDef) and not d.type_params and not d.decorators
            and not (_free(d) & names)}


def _declared(s: ast.Stmt) -> set[str]:
    """The module-level names statement `s` binds."""
    match s:
        case ast.FnDef(name=n) | ast.StructDef(name=n):
            return {n}
        case ast.Assign(targets=targets):
            return {n for t in targets for n in target_names(t)}
        case ast.AnnAssign(target=t):
            return set(target_names(t))
        case ast.Import(names=names) | ast.ImportFrom(names=names):
            return {a.asname or a.name.split(".")[0] for a in names}
        case _:
            return set()


def _free(fn: ast.FnDef) -> set[str]:
    """The names `fn` reads that it does not bind."""
    return {n.id for n in nodes(fn.body) if isinstance(n, ast.Name)} - _bound(fn)


def _bound(fn: ast.FnDef) -> set[str]:
    """The names `fn` binds: its arguments, the targets it assigns, and those of its
    comprehensions (a lambda inside one captures the comprehension's variable)."""
    return {p.name.lstrip("*") for p in fn.params} | bound_names(fn.body)


def specialize_fn_args(module: ast.Module, sink: DiagnosticSink, others: dict[str, ast.Module] | None = None) -> ast.Module:
    """`module` with every function argument of a module `def` made a compile-time one;
    also of a `def` imported by name from another of `others` (the program's modules)
    whose body needs nothing of its own module: its copy is made here."""
    defs = {s.name: s for s in module.body if isinstance(s, ast.FnDef)} | _portable(module, others or {})
    own = {n for s in module.body for n in _declared(s)}
    ps = _Pass(sink, dict(defs), own)
    body = tuple(ps.function(s) if isinstance(s, ast.FnDef)
                 else replace(s, methods=tuple(ps.function(m) for m in s.methods)) if isinstance(s, ast.StructDef)
                 else ps.rewrite((s,), set())[0] for s in module.body)
    if not ps.made:
        return module
    return replace(module, body=(*body, *ps.made))

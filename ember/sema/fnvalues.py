"""Functions as values (`ops = {"+": add}`, `fs = [inc, double]`, `return adder`,
`@logged`), defunctionalized on the syntax tree before checking: each function used as
a value is a class of its own, `fn$add`, whose `__call__` calls it, and the value is an
object of it (`fn$add()`). A closure (a lambda, or a nested function as sema/lift.py
hands it over, reading variables of its enclosing function) is a class with those
variables as fields, set when the value is made (`fn$<lambda>#1(n)`), and `__call__` is
its body reading them there (`self.n`); one assigning them (`nonlocal`) takes the object
`inout`. Builtins, math's functions, `str.upper` and other modules' functions are values
through a class calling them.

So the checker and everything below it see objects: calling one is its `__call__`
(generic, so each call's argument types make an instance, as a direct call's do);
storing, returning and passing one is an object's. Objects of different function classes
meeting in one place (a display, a conditional, a variable or dict assigned twice, a
list appended to) are a `ClassUnion` of exactly those classes (check/classes.py `join`),
whose call runs the `__call__` of the one present, as a method call of a class family
does. Calls of one `def`, class or method that give an argument several functions
(`subscribe("save", on_save)`, then `on_load`) give each all of them (`argument`), so
the one instance or field that stores them holds any. A closure's class has a layout per
set of captured types (check/closures.py).

fnargs runs first and passes a function to a `def` as a compile-time argument where it
can (the `def` only calls it or passes it on); this pass takes the rest: the right side of
an assignment, a `return`, an element of a display, a branch of a conditional, an
argument of a call. A decorator of the program makes the function's name a variable
holding what it returns (sema/decorators.py). A function with compile-time parameters or a
`yield` is not a value. Unlike Python, a closure holds the values its variables had when
it was made (Python reads them when it is called): the same unless the enclosing
function assigns them afterwards.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ember.base.source import Span
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.sema.check.effects import Effect, effect_on
from ember.sema.decorators import passed_keywords, undecorated
from ember.sema.desugar import map_tree
from ember.sema.check.context import MATH_FNS
from ember.sema.desugar import dotted
from ember.sema.fnargs import BUILTINS
from ember.syntax import ast
from ember.syntax.walk import bound_names, nodes, target_names
from ember.types import types as T

PREFIX = T.FUNCTION_CLASS
MATH_BINARY = frozenset({"pow", "atan2", "fmod", "copysign", "hypot", "remainder", "gcd", "lcm", "comb", "perm",
                         "isclose"})
SHOWN = frozenset({"print", "type", "str", "repr"})  # builtins whose arguments are values (`print(f)`)


def function_values(module: ast.Module, others: dict[str, ast.Module], sink: DiagnosticSink) -> ast.Module:
    """`module` with every function used as a value made an object of its class; a
    function of another module (`operator.add`, `from m import f`) is called through its
    module."""
    module = passed_keywords(module, sink)
    named = {s.name for s in module.body if isinstance(s, ast.FnDef)}
    imported = {k: f for k, f in _imported(module, others).items() if k not in named}
    module = undecorated(module, named | set(imported), sink)
    own = {s.name: s for s in module.body if isinstance(s, ast.FnDef)}
    defs = imported | own
    structs = {s.name for s in module.body if isinstance(s, ast.StructDef)}
    modules = {a.asname or a.name: a.name in others for s in module.body if isinstance(s, ast.Import) for a in s.names}
    maths = {a.asname or a.name: f"math.{a.name}" for s in module.body if isinstance(s, ast.ImportFrom)
             and s.module == "math" for a in s.names if a.name in MATH_FNS}
    maths |= {f"{a.asname or a.name}.{f}": f"math.{f}" for s in module.body if isinstance(s, ast.Import)
              for a in s.names if a.name == "math" for f in MATH_FNS}
    inits = {s.name: _init_params(s) for s in module.body if isinstance(s, ast.StructDef)}
    methods: dict[str, list[str] | None] = {}
    for c in module.body:
        for m in c.methods if isinstance(c, ast.StructDef) else ():
            params = [p.name for p in m.params[1:]]
            methods[m.name] = params if methods.get(m.name, params) == params else None
    ps = _Pass(defs, set(imported), structs, modules, inits, {k: v for k, v in methods.items() if v is not None}, maths, sink)
    top = bound_names(tuple(s for s in module.body if not isinstance(s, (ast.FnDef, ast.StructDef))))  # variables
    for s in module.body:
        for fn in (s,) if isinstance(s, ast.FnDef) else s.methods if isinstance(s, ast.StructDef) else ():
            ps.body = fn.body
            ps.slots(fn.body, _locals(fn))
        if not isinstance(s, (ast.FnDef, ast.StructDef)):
            ps.body = ()
            ps.slots((s,), top)
    body = tuple(ps.function(s) if isinstance(s, ast.FnDef)
                 else replace(s, methods=tuple(ps.function(m) for m in s.methods)) if isinstance(s, ast.StructDef)
                 else ps.top_level(s, top) for s in module.body)
    if not ps.classes:
        return module
    lambdas: list[ast.FnDef] = []
    while len(lambdas) < len(ps.lambdas):  # a lambda's body may hold values too (`lambda x: lambda y: x + y`)
        lambdas.append(ps.function(ps.lambdas[len(lambdas)]))
    done = {f.name: f for f in (*body, *lambdas) if isinstance(f, ast.FnDef)}
    classes = [_class(name, done.get(fn, ps.defs[fn]), captures, span, fn in ps.imported)
               for (fn, captures), (name, span) in ps.classes.items()]  # of the functions as rewritten here
    return replace(module, body=(*body, *lambdas, *classes))


@dataclass
class _Pass:
    defs: dict[str, ast.FnDef]
    imported: set[str]  # the names of `defs` that are other modules' functions (called as `m.f`)
    structs: set[str]
    modules: dict[str, bool]  # the names of imported modules: whether Ember's (its functions take values)
    inits: dict[str, list[str]]  # a class's constructor's arguments
    methods: dict[str, list[str] | None]  # the arguments of the module's classes' methods, by name (None: differ)
    maths: dict[str, str]  # `sqrt`, `m.sqrt`: the name of math's function here -> `math.sqrt`
    sink: DiagnosticSink
    groups: dict[tuple[str, int], list[str]] = field(default_factory=dict)  # (callee, argument) -> functions given
    body: tuple[ast.Stmt, ...] = ()  # of the function being rewritten
    lambda_names: dict[tuple[ast.Lambda, tuple[str, ...]], str] = field(default_factory=dict)  # -> its function
    classes: dict[tuple[str, tuple[str, ...]], tuple[str, Span]] = field(default_factory=dict)  # (function, captures) -> class
    lambdas: list[ast.FnDef] = field(default_factory=list)  # lifted to module level

    def function(self, fn: ast.FnDef) -> ast.FnDef:
        self.body = fn.body
        return replace(fn, body=self.rewrite(fn.body, _locals(fn)))

    def top_level(self, s: ast.Stmt, top: set[str]) -> ast.Stmt:
        """Statement `s` of the module, whose variables `top` are globals: a lambda here
        reads them when called, as Python's does, and captures nothing."""
        self.body = ()
        return self.rewrite((s,), top)[0]

    def late(self, captures: tuple[str, ...], at: Span) -> None:
        """A closure made at `at` holds its variables' values then (module docstring):
        where one changes after (a later assignment, or the next round of a loop around
        it), Python's closure would see the new value: an error rather than a different
        result (`fs.append(lambda: i)` in `for i in ...`: Python's all give the last `i`)."""
        def assigned(n: ast.Stmt | ast.Comprehension) -> set[str]:
            match n:
                case ast.Assign(targets=ts):
                    return {x for t in ts for x in target_names(t)}
                case ast.AugAssign(target=t) | ast.AnnAssign(target=t) | ast.For(target=t):
                    return set(target_names(t))
                case _:
                    return set()
        for n in nodes(self.body):
            if not isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For, ast.While)):
                continue
            names = assigned(n) & set(captures)
            after = n.span.start > at.end  # type: ignore[union-attr]
            around = isinstance(n, (ast.For, ast.While)) and n.span.start <= at.start and at.end <= n.span.end
            if around:
                names = bound_names(n.body if isinstance(n, ast.While) else n, comprehensions=False) & set(captures)
            if names and (after or around):
                v = sorted(names)[0]
                self.sink.error(at, f"this closure holds `{v}` as it is now, but `{v}` changes after (in "
                                    f"{'the loop around it' if around else 'a later assignment'}): Python's "
                                    f"closure would read the new value when called",
                                help=(f"make `{v}` an argument of the function (`lambda {v}: ...` or a `def` "
                                      f"taking it), or copy it to a name assigned once",))
                return

    def slots(self, body: tuple[ast.Stmt, ...], local: set[str]) -> None:
        """Note the functions `body` passes to each argument of a `def` or class of the
        module (`subscribe("save", on_save)`, `Job(twice)`)."""
        for n in nodes(body):
            if isinstance(n, ast.Call) and (callee := self.callee(n, local)) is not None:
                for i, a in self.positions(n, callee):
                    f = self.plain(a, local)
                    group = self.groups.setdefault((callee, i), [])
                    if f is not None and f not in group:
                        group.append(f)

    def callee(self, call: ast.Call, local: set[str]) -> str | None:
        """What `call` calls, as the groups name it: a `def` or class of the module, or
        `.m` for a method `m` of a class of the module (`pipeline.add(f)`)."""
        match call.func:
            case ast.Name(id=n) if n not in local:
                return n
            case ast.Attribute(attr=a) if a in self.methods:
                return f".{a}"
            case _:
                return None

    def positions(self, call: ast.Call, callee: str) -> list[tuple[int, ast.Expr]]:
        """The arguments of `call` of `callee` by position (none for a callee not the
        module's)."""
        own = callee in self.defs and callee not in self.imported
        params = [p.name for p in self.defs[callee].params] if own \
            else self.inits.get(callee) if callee in self.inits else self.methods.get(callee[1:])
        if params is None:
            return []
        var = next((i for i, p in enumerate(self.defs[callee].params) if p.kind == "var"), len(params)) if own \
            else len(params)  # `def pipeline(*funcs)`: its extra arguments are one
        return [*((min(i, var), a) for i, a in enumerate(call.args)),
                *((params.index(k.name), k.value) for k in call.keywords if k.name in params)]

    def captures(self, lam: ast.Lambda, local: set[str]) -> tuple[str, ...]:
        """The variables of the function here that `lam` reads (none at module level)."""
        reads = [x.id for x in nodes(lam.body) if isinstance(x, ast.Name)]
        return tuple(dict.fromkeys(n for n in reads if n in local and n not in lam.params)) if self.body else ()

    def lifted(self, lam: ast.Lambda, captures: tuple[str, ...]) -> str:
        """The module-level function of `lam` (once per lambda), taking `captures` after
        its own arguments."""
        key = (lam, captures)  # the same lambda in two of fnargs' copies may read other names
        if key not in self.lambda_names:
            name = self.lambda_names[key] = f"<lambda>#{len(self.lambdas) + 1}"
            span = lam.span
            self.defs[name] = ast.FnDef(name, (), tuple(ast.Param(p, None, None, None, span) for p in (*lam.params, *captures)),
                                        None, False, (ast.Return(lam.body, lam.body.span),), "def", (), span, span)
            self.lambdas.append(self.defs[name])
        return self.lambda_names[key]

    def plain(self, e: ast.Expr, local: set[str]) -> str | None:
        """The function `e` names, when it is one that needs no captures (a lambda reading
        only its arguments and globals included: `subscribe("x", lambda p: ...)`)."""
        match e:
            case ast.Lambda() if not self.captures(e, local):
                return self.lifted(e, ())
            case ast.Attribute(value=ast.Name(id="str"), attr=a) if "str" not in local:
                return self.lifted(_str_method(a, e.span), ())
            case ast.Name(id=n) if n in self.defs and n not in local and _valuable(self.defs[n]):
                return n
            case ast.Name(id=n) if n in BUILTINS and n not in local and n not in self.structs:
                return n
            case ast.Name(id=n) | ast.Attribute(value=ast.Name(id=n)) if dotted(e) in self.maths and n not in local:
                return self.maths[dotted(e)]
            case ast.Attribute(value=ast.Name(id=m), attr=a) if m not in local and f"{m}.{a}" in self.defs \
                    and _valuable(self.defs[f"{m}.{a}"]):
                return f"{m}.{a}"
            case _:
                return None

    def argument(self, call: ast.Call, i: int, a: ast.Expr, local: set[str]) -> ast.Expr:
        """Argument `i` of `call` as a value: where calls give that argument several
        functions, any of them (`f if True else (g if True else h)`: the checker joins the
        branches), so the one `def` instance or field holds each (a registry's list)."""
        callee = self.callee(call, local)
        f = self.plain(a, local) if callee is not None else None
        group = self.groups.get((callee, i), []) if f is not None else []  # type: ignore[arg-type]
        if len(group) < 2:
            return self.value(a, local)
        made = self.value(a, local)
        rest: ast.Expr | None = None
        for g in reversed([g for g in group if g != f]):
            other = self.object_of(g, a.span)
            rest = other if rest is None else ast.IfExp(ast.BoolLit(True, a.span), other, rest, a.span)
        return ast.IfExp(ast.BoolLit(True, a.span), made, rest, a.span)  # type: ignore[arg-type]

    def object_of(self, fn: str, span: Span) -> ast.Call:
        """The object of function `fn` (which needs no captures)."""
        if fn not in self.defs:  # a builtin's or math's: its one-argument form (`[int, float]`), or math's two
            arity = 2 if fn.removeprefix("math.") in MATH_BINARY else 1
            self.defs[fn] = ast.FnDef(fn, (), tuple(ast.Param(p, None, None, None, span) for p in "xy"[:arity]),
                                      None, False, (), "def", (), span, span)
            if fn.startswith("math."):
                self.imported.add(fn)  # called as `math.sqrt(x)`
        return self.make(fn, (), span)

    def rewrite(self, body: tuple[ast.Stmt, ...], local: set[str]) -> tuple[ast.Stmt, ...]:
        """`body`, whose local names are `local`, with its function values made objects."""
        types = {n.args[1].span for n in nodes(body) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                 and n.func.id == "isinstance" and len(n.args) == 2}  # `isinstance(x, (int, float))`: types
        types |= {n.index.span for n in nodes(body) if isinstance(n, ast.Subscript)}  # `SIMD[f32, 8]`

        def visit(node: object) -> object:
            if isinstance(node, ast.TupleExpr) and node.span in types:
                return node
            match node:
                case ast.Attribute(value=v, attr="__name__") if not (isinstance(v, ast.Call) and dotted(v.func) == "type") \
                        and not (isinstance(v, ast.Name) and v.id in self.structs):
                    return ast.Call(node, (), (), node.span)  # `func.__name__`: a method of a function's class
                case ast.Assign(value=v):
                    return replace(node, value=self.value(v, local))
                case ast.AnnAssign(value=v) if v is not None:
                    return replace(node, value=self.value(v, local))
                case ast.Return(value=v) if v is not None:
                    return replace(node, value=self.value(v, local))
                case ast.ListExpr(elts=els) | ast.TupleExpr(elts=els):
                    return replace(node, elts=tuple(self.value(x, local) for x in els))
                case ast.DictExpr(values=vs):
                    return replace(node, values=tuple(self.value(x, local) for x in vs))
                case ast.Call(func=ast.Lambda() | ast.IfExp() as f):  # `(lambda x: x + 1)(3)`, `(f if c else g)(x)`
                    return replace(node, func=self.value(f, local))
                case ast.Call(func=f) if self.takes_values(f, local):
                    callee = self.callee(node, local)
                    at = {id(a): i for i, a in self.positions(node, callee)} if callee is not None else {}
                    return replace(node, args=tuple(self.argument(node, at.get(id(a), -1), a, local) for a in node.args),
                                   keywords=tuple(k if k.name == "key" else
                                                  replace(k, value=self.argument(node, at.get(id(k.value), -1), k.value, local))
                                                  for k in node.keywords))  # `xs.sort(key=len)`: the checker's
                case _:
                    return node

        return map_tree(body, visit)  # type: ignore[return-value]

    def takes_values(self, f: ast.Expr, local: set[str]) -> bool:
        """Whether the arguments of a call of `f` are values: a method's (`fs.append(g)`,
        `m.apply(g, x)`), a class's, or a function's (those fnargs left: an argument its
        `def` uses as a value)."""
        match f:
            case ast.Attribute(value=ast.Name(id=m)) if m in self.modules and m not in local:
                return self.modules[m]  # `collections.defaultdict(float)`: the checker's; `lib.apply(g, x)`: a value
            case ast.Attribute():
                return True
            case ast.Name(id=n):
                return (n in self.structs or n in self.defs) and n not in local or n in SHOWN and n not in self.defs
            case ast.Call():  # `compose(f, g)(h)`, `repeat(3)(f)`: the `__call__` of the object returned
                return True
            case _:
                return False

    def value(self, e: ast.Expr, local: set[str]) -> ast.Expr:
        """`e` in a place that holds a value: a function there is made an object."""
        match e:
            case ast.Lambda(params=params, body=ast.Call(func=ast.Name(id=n), args=args, keywords=kws)) \
                    if n in self.defs and n not in local and [a.id for a in args if isinstance(a, ast.Name)] == list(params) \
                    and all(isinstance(k.value, ast.Name) and k.value.id == k.name and k.name in local for k in kws):
                self.late(tuple(k.name for k in kws), e.span)
                return self.make(n, tuple(k.name for k in kws), e.span)  # sema/lift.py's nested function as a value
            case ast.Lambda():
                captures = self.captures(e, local)
                self.late(captures, e.span)
                return self.make(self.lifted(e, captures), captures, e.span)
            case ast.IfExp(body=b, orelse=o):
                return replace(e, body=self.value(b, local), orelse=self.value(o, local))
            case _:
                f = self.plain(e, local)  # a def, builtin, math's, `str.upper`, `m.f`
                return self.object_of(f, e.span) if f is not None else e

    def make(self, fn: str, captures: tuple[str, ...], span: Span) -> ast.Call:
        """The object of function `fn`'s class holding `captures` (the variables of that
        name here); the class is written at the end, from `fn` as rewritten."""
        key = (fn, captures)
        if key not in self.classes:
            same = any(k[0] == fn for k in self.classes)
            self.classes[key] = (PREFIX + fn.replace(".", "$") + (f"#{len(self.classes)}" if same else ""), span)
        return ast.Call(ast.Name(self.classes[key][0], span), tuple(ast.Name(c, span) for c in captures), (), span)


def _str_method(method: str, span: Span) -> ast.Lambda:
    """`str.upper` as a value: `lambda text: text.upper()`."""
    item = ast.Name("text", span)
    return ast.Lambda((item.id,), ast.Call(ast.Attribute(item, method, span), (), (), span), span)


def _locals(fn: ast.FnDef) -> set[str]:
    return {p.name.lstrip("*") for p in fn.params} | bound_names(fn.body)


def _init_params(s: ast.StructDef) -> list[str]:
    """The arguments of class `s`'s constructor: its `__init__`'s, else its fields."""
    init = next((m for m in s.methods if m.name == "__init__"), None)
    return [p.name for p in init.params[1:]] if init is not None else [f.name for f in s.fields]


def _imported(module: ast.Module, others: dict[str, ast.Module]) -> dict[str, ast.FnDef]:
    """The functions of other modules `module` names: `m.f` for `import m`, the local name
    for `from m import f`, each with that name."""
    out: dict[str, ast.FnDef] = {}
    for s in module.body:
        match s:
            case ast.Import(names=names):
                for a in names:
                    fns = [d for d in others[a.name].body if isinstance(d, ast.FnDef)] if a.name in others else []
                    out |= {f"{a.asname or a.name}.{d.name}": replace(d, name=f"{a.asname or a.name}.{d.name}") for d in fns}
            case ast.ImportFrom(module=m, names=names) if m in others:
                fns = {d.name: d for d in others[m].body if isinstance(d, ast.FnDef)}
                out |= {a.asname or a.name: replace(fns[a.name], name=a.asname or a.name) for a in names if a.name in fns}
            case _:
                pass
    return out


def _valuable(fn: ast.FnDef) -> bool:
    """Whether `fn` can be a value (module docstring)."""
    return not fn.type_params and not any(p.name == "self" for p in fn.params) \
        and not any(isinstance(n, ast.Yield) for n in nodes(fn.body))


def _class(name: str, fn: ast.FnDef, captures: tuple[str, ...], span: Span, imported: bool) -> ast.StructDef:
    """The class of function `fn`'s values. Without `captures`, `__call__` calls `fn`
    (an `imported` one named `m.f` through its module). With them (a closure: `fn` is
    the lifted function, whose trailing arguments they are), they are its fields and
    `__call__` is `fn`'s body reading them there (`self.count[0] += 1`), so a mutated
    one is mutated in the object, and none is passed twice from it."""
    me = "self"
    params = tuple(p for p in fn.params if p.name not in captures)

    def name_(n: str) -> ast.Name:
        return ast.Name(n, span)

    if captures:
        def field_of(node: object) -> object:
            return ast.Attribute(name_(me), node.id, node.span) if isinstance(node, ast.Name) and node.id in captures \
                else node
        body = map_tree(fn.body, field_of)
    else:
        mod, dot, attr = fn.name.partition(".")
        callee = ast.Attribute(name_(mod), attr, span) if dot and imported else name_(fn.name)
        forwarded = ast.Call(callee, tuple(ast.Starred(name_(p.name), span) if p.kind == "var" else name_(p.name)
                                           for p in params if p.kind != "kw"),
                             tuple(ast.Keyword(p.name, name_(p.name), span) for p in params if p.kind == "kw"), span)
        body = (ast.Return(forwarded, span),)
    mutated = any(effect_on(fn.body, c, True) is Effect.MUTATED or p.convention == "inout"  # `count[0] += 1`,
                  for c in captures for p in fn.params if p.name == c)                       # `nonlocal count`
    call = ast.FnDef("__call__", (), (ast.Param(me, None, None, "inout" if mutated else None, span), *params), fn.returns, False,
                     body, "def", (), span, span)  # type: ignore[arg-type]
    shown = fn.name.split("#")[0].replace(".", ".<locals>.")
    text = ast.FnDef("__repr__", (), (ast.Param(me, None, None, None, span),), None, False,
                     (ast.Return(ast.StrLit(f"<function {shown}>", span), span),), "def", (), span, span)
    plain = fn.name.split("#")[0].rpartition(".")[2] if not imported else fn.name.rpartition(".")[2]
    called: ast.Expr = ast.StrLit(plain.replace("$undecorated", ""), span)
    for d in fn.decorators:  # `@functools.wraps(func)` of a captured `func`: its name
        if isinstance(d, ast.Call) and dotted(d.func).rpartition(".")[2] == "wraps" and len(d.args) == 1 \
                and isinstance(d.args[0], ast.Name) and d.args[0].id in captures:
            called = ast.Call(ast.Attribute(ast.Attribute(name_(me), d.args[0].id, span), "__name__", span), (), (), span)
    named = ast.FnDef("__name__", (), (ast.Param(me, None, None, None, span),), None, False,
                      (ast.Return(called, span),), "def", (), span, span)
    methods = [call, text, named]
    if captures:
        init_body = tuple(ast.Assign((ast.Attribute(name_(me), c, span),), name_(c), span) for c in captures)
        methods.insert(0, ast.FnDef("__init__", (), (ast.Param(me, None, None, None, span),
                                                     *(ast.Param(c, None, None, None, span) for c in captures)),
                                    None, False, init_body, "def", (), span, span))
    return ast.StructDef(name, (), (), tuple(methods), (), "class", (), span, span)

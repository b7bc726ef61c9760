"""Name resolution and type checking: `analyze(modules, sink) -> tast.Program`."""
from __future__ import annotations

from ember.diagnostics.diagnostic import DiagnosticSink
from ember.sema import tast
from ember.sema.check.context import KNOWN_IMPORTS, Checker, FnScope
from ember.sema.check.effects import Effect, effect_on
from ember.sema.check import aliases, classes, comptime, excclass, fields, generators, generic, infer, numbers, parallel, refloop
from ember.sema.check.errors import DEFAULT, resolve_raises
from ember.sema.check.expr import expect
from ember.sema.check.stmt import always_returns, check_block
from ember.sema.check.sets import constant_orders
from ember.sema.check.typeexpr import resolve
from ember.sema import classattrs
from ember.sema.desugar import desugar
from ember.sema.excobjects import exception_objects
from ember.sema.fnargs import specialize_fn_args
from ember.sema.fnvalues import function_values
from ember.sema.inherit import inherit
from ember.sema.lift import lift_nested
from ember.sema.memo import memoize
from ember.sema.ordering import dataclass_orders, named_tuples
from ember.sema.properties import properties
from ember.sema.reduces import reduces
from ember.sema.webs import split_webs
from ember.syntax import ast
from ember.types import types as T

CONVENTIONS = {"owned": "owned", "var": "owned", "borrowed": "borrowed", "read": "borrowed",
               "inout": "inout", "mut": "inout", "out": "out", None: "borrowed"}
DECLS = (ast.FnDef, ast.StructDef, ast.Import, ast.ImportFrom, ast.Comptime, ast.Pass)


def analyze(modules: list[ast.Module], sink: DiagnosticSink, names: list[str] | None = None) -> tast.Program:
    """Check a program. `modules[0]` is the main file; the others, named by `names`, come
    in dependency order (each after every module it imports), as the driver loads them.
    A field typed `Int` or `f64` by `__init__` that another method gives the other
    (`self.total = 0`, later `self.total += price`) holds either (check/numbers.py): the
    methods that read it may have been checked already, so the program is checked again,
    knowing, with the first check's diagnostics dropped."""
    start, numbers = len(sink.items), frozenset[tuple[str, str]]()
    while True:
        program = _analyze(modules, sink, names, numbers)
        if program.wider_fields <= numbers:
            return program
        numbers |= program.wider_fields
        del sink.items[start:]


def _analyze(modules: list[ast.Module], sink: DiagnosticSink, names: list[str] | None,
             numbers: frozenset[tuple[str, str]]) -> tast.Program:
    names = names or [""] * len(modules)
    orders = {span: order for m in modules for span, order in constant_orders(m).items()}
    shared: dict = {}
    modules = [lift_nested(split_webs(reduces(desugar(memoize(_classes(m, sink)))), i == 0, shared), sink)
               for i, m in enumerate(modules)]
    others = {names[i]: m for i, m in enumerate(modules) if i}
    modules = [function_values(specialize_fn_args(m, sink, others), others, sink) for m in modules]
    program = tast.Program({}, {}, {}, (), False, {}, {}, {}, list(modules), set_orders=orders, shared_reads=shared,
                           number_fields=numbers)
    ck = Checker(sink, program, {})
    for i in [*range(1, len(modules)), 0]:
        env = tast.ModuleEnv(names[i] if i else "")
        program.envs[env.name] = env
        ck = Checker(sink, program, {}, env)
        _check_module(ck, modules[i])
    _check_waiting(ck)
    for env in program.envs.values():  # once every function a module's statements call is checked
        ck.env, ck.scope = env, FnScope(None, env.globals, T.NONE)
        aliases.check_copies(ck, env.top, frozenset(), None)
    classes.check_unbuilt(ck)
    excclass.check_views(ck)
    program.top = program.envs[""].top
    program.run_main = not program.top and "main" in program.fns
    _check_recursive_structs(ck)
    resolve_raises(ck)
    parallel.check_calls(ck)
    refloop.check_top_calls(ck)
    return program


def _classes(module: ast.Module, sink: DiagnosticSink) -> ast.Module:
    """Classes as checking sees them: exception classes with fields classes,
    their attributes module variables, their bases copied in, an ordered dataclass's comparisons written, reads of properties calls
    (sema/classattrs.py, sema/inherit.py, sema/ordering.py, sema/properties.py)."""
    hoisted, attrs = classattrs.hoist(named_tuples(exception_objects(module)))
    return properties(dataclass_orders(classattrs.resolve(inherit(hoisted, sink), attrs), sink))


def _check_module(ck: Checker, module: ast.Module) -> None:
    """Declare, then check, one module; its globals join the program's under their keys."""
    program, env = ck.program, ck.env
    _imports(ck, module)
    env.imported = ck.imported
    ck.scope = FnScope(None, env.globals, T.NONE)
    comptime.check_module_consts(ck, module.body, calls=False)
    excclass.declare(ck, [s for s in module.body if isinstance(s, ast.StructDef) and s.base is not None])
    structs = [s for s in module.body if isinstance(s, ast.StructDef) and (s.base is None or excclass.has_objects(s))]
    for s in structs:
        if env.key(s.name) in program.structs:
            ck.error(s.name_span, f"struct `{s.name}` is defined twice")
            continue
        if s.type_params:  # a template: its instances are made where `Name[...]` is used
            if env.key(s.name) in program.struct_templates:
                ck.error(s.name_span, f"struct `{s.name}` is defined twice")
            program.struct_templates[env.key(s.name)] = s
            continue
        program.structs[env.key(s.name)] = tast.StructInfo(env.key(s.name), (), {}, s)
    for s in structs:
        info = program.structs.get(env.key(s.name))
        if info is None or info.node is not s:
            continue
        struct_body(ck, info, {})
    for s in structs:
        info = program.structs.get(env.key(s.name))
        if info is not None and info.node is s:
            _reject_self_containing(ck, info)
    for s in module.body:
        if isinstance(s, ast.FnDef):
            if env.key(s.name) in program.fns or env.key(s.name) in program.structs:
                ck.error(s.name_span, f"`{s.name}` is defined twice")
                continue
            signature(ck, s, env.key(s.name), None)
    _infer_inout_receivers(ck)
    ck.scope = FnScope(None, env.globals, T.NONE)
    comptime.check_module_consts(ck, module.body, calls=True)
    env.top = tuple(s for s in module.body if not isinstance(s, DECLS) and not _is_docstring(s))
    declared = dict(env.globals)

    def walk(hints: dict[int, T.Type], buffer: list[tuple] | None) -> None:
        env.globals.clear()  # the same dict: functions checked meanwhile look names up in it
        env.globals.update(declared)
        ck.scope = FnScope(None, env.globals, T.NONE, hints=hints, buffer=buffer)
        check_block(ck, env.top)
    infer.walk_twice(ck, env.top, walk, lambda: None)  # empty lists typed by a later use (infer.py)
    for fn in sorted([f for f in program.fns.values() if f.module == env.name], key=lambda f: fields.order(ck, f)):
        if not fields.waiting(ck, fn):  # a class's methods wait for its fields' types: see check_waiting
            check_fn(ck, fn)
    check_pending(ck)
    infer.finish(ck)
    program.globals.update({env.key(n): t for n, t in env.globals.items()})


def struct_body(ck: Checker, info: tast.StructInfo, consts: dict) -> None:
    """Resolve a struct's fields and declare its methods (`consts`: an instance's parameters)."""
    s = info.node
    ck.scope = FnScope(None, {}, T.NONE, consts=dict(consts))
    info.fields = tuple((f.name, resolve(ck, f.annotation)) for f in s.fields)
    if s.keyword == "class" and not consts and not s.type_params:
        fields.declare(ck, info)  # the fields `__init__` assigns (check/fields.py)
    ck.scope = FnScope(None, {}, T.NONE, context=DEFAULT, consts=dict(consts))  # defaults see no variables: like `def` defaults
    for f, (_, ft) in zip(s.fields, info.fields):
        if f.default is not None:
            expect(ck, f.default, ft, f"as the default of field `{f.name}`")
    for m in s.methods:
        key = f"{info.name}.{m.name}"
        info.methods[m.name] = key
        signature(ck, m, key, info.name, consts if consts else None)


def _reject_self_containing(ck: Checker, info: tast.StructInfo) -> None:
    """A struct that holds itself by value, through its fields, tuples or fixed arrays,
    would be infinitely large (a list holds its elements elsewhere): an error at the
    field, whose type then counts as an error so that nothing recurses on it."""
    def contains(t: T.Type, seen: set[str]) -> bool:
        match t:
            case T.StructType(name=n) if n in ck.program.structs:
                if n == info.name:
                    return True
                if n in seen:
                    return False
                seen.add(n)
                return any(contains(ft, seen) for _, ft in ck.program.structs[n].fields)
            case T.TupleType(elems=els):
                return any(contains(e, seen) for e in els)
            case T.ArrayType(elem=el) | T.OptionalType(elem=el):
                return contains(el, seen)
            case _:
                return False

    fields = list(info.fields)
    for i, (f, (name, ft)) in enumerate(zip(info.node.fields, info.fields)):
        if contains(ft, set()):
            ck.error(f.annotation.span, f"struct `{info.node.name}` contains itself: field `{name}` has type `{ft}`",
                     "holds the struct by value", help=(f"a struct cannot hold itself (it would be infinitely large); "
                                                       f"a list can: `{name}: [{ft}]`",))
            fields[i] = (name, T.ERROR)
    info.fields = tuple(fields)


def _is_docstring(s: ast.Stmt) -> bool:
    return isinstance(s, ast.ExprStmt) and isinstance(s.value, ast.StrLit)


def _imports(ck: Checker, m: ast.Module) -> None:
    for s in m.body:
        match s:
            case ast.ImportFrom(module=mod, names=names) if mod in ck.program.envs:
                _import_from(ck, ck.program.envs[mod], names)
            case ast.ImportFrom(module=mod, names=names):
                if mod not in KNOWN_IMPORTS:
                    ck.error(s.span, f"module `{mod}` not found")
                    continue
                for a in names:
                    if a.name not in KNOWN_IMPORTS[mod]:
                        ck.error(a.span, f"module `{mod}` has no `{a.name}` in Ember")
                        continue
                    ck.imported[a.asname or a.name] = (mod, a.name)
            case ast.Import(names=names):
                for a in names:
                    if a.name in ck.program.envs:
                        ck.env.modules[a.asname or a.name] = a.name
                    elif a.name not in KNOWN_IMPORTS:
                        ck.error(a.span, f"module `{a.name}` not found")
                    else:
                        ck.imported[a.asname or a.name] = (a.name, "")
            case _:
                pass


def _import_from(ck: Checker, source: tast.ModuleEnv, names: tuple[ast.Alias, ...]) -> None:
    """`from m import a, b as c, *`: bind each name to the key of what `m` declares."""
    from ember.diagnostics.diagnostic import did_you_mean
    from ember.sema.check.expr import module_names

    declared = module_names(ck, source.name)
    for a in names:
        if a.name == "*":
            for n in declared:
                if not n.startswith("_"):
                    ck.env.aliases[n] = source.key(n)
        elif a.name in declared:
            ck.env.aliases[a.asname or a.name] = source.key(a.name)
        elif ck.program.error_homes.get(a.name) == source.name:  # an exception class: one name in the program
            if a.asname not in (None, a.name):
                ck.error(a.span, f"an exception class keeps its name: import `{a.name}` without `as`")
        else:
            ck.error(a.span, f"module `{source.name}` has no `{a.name}`", help=did_you_mean(a.name, declared))


def signature(ck: Checker, fn: ast.FnDef, key: str, struct: str | None,
              consts: dict | None = None) -> tast.FnInfo:
    """Declare `fn` under `key` from its signature. A function with compile-time
    parameters is a template (check/params.py): its types are resolved per instance,
    with the parameters bound (`consts`)."""
    if fn.type_params and consts is None:
        return _template(ck, fn, key, struct)
    ck.scope.consts = dict(consts or {})
    if fn.raises and fn.name == "__del__" and struct is not None:
        ck.error(fn.name_span, "`__del__` cannot raise", help=("destruction runs on every path, including "
                                                               "while an error propagates",))
    params = []
    generic: list[int] = []
    for i, p in enumerate(fn.params):
        conv = CONVENTIONS.get(p.convention, "borrowed")
        inferred = False
        if struct is not None and i == 0 and p.name != "self" and p.annotation is None and fn.keyword == "def":
            ck.error(p.span, f"the first argument of method `{fn.name}` is its object: Ember needs it named `self`",
                     help=(f"rename `{p.name}` to `self`",))  # (and it is typed as one: no follow-on errors)
        if struct is not None and i == 0 and p.annotation is None and (p.name == "self" or fn.keyword == "def"):
            t: T.Type = T.StructType(struct)
            if fn.name == "__init__":
                conv = "out"
            elif fn.name == "__del__":  # destruction consumes the value
                conv = "owned"
            elif p.convention is None and fn.keyword == "def" and effect_on(fn.body, "self", False) is Effect.MUTATED:
                conv = "inout"
        elif p.kind == "var":  # `*args`: a tuple as long as each call's extra arguments
            generic.append(i)
            t = resolve(ck, p.annotation) if p.annotation is not None else T.ERROR  # the element type, if given
        elif p.annotation is None and fn.keyword == "def":
            generic.append(i)  # typed by each call (check/generic.py)
            t = T.ERROR
        elif p.annotation is None:
            ck.error(p.span, f"argument `{p.name}` of `{fn.name}` needs a type annotation",
                     help=("only a `def` takes its argument types from the call",))
            t = T.ERROR
        else:
            t = resolve(ck, p.annotation)
            if p.convention is None and fn.keyword == "def":
                conv, inferred = def_convention(fn, p.name, t)
        if conv == "out" and not (fn.name == "__init__" and i == 0):
            ck.error(p.span, "`out` is only allowed on `self` in `__init__`")
        params.append(tast.ParamInfo(p.name, t, conv, p.default, inferred, p.kind))
    gen = generators.is_generator(fn)
    if fn.returns is not None:
        ret = generators.element_type(ck, fn) if gen else resolve(ck, fn.returns)
    elif fn.name == "__init__":
        ret = T.StructType(struct) if struct else T.NONE
    else:
        ret = T.NONE
    infer = fn.returns is None and fn.keyword == "def" and fn.name not in ("__init__", "__del__")
    if fn.name == "__init__" and struct is not None:
        ret = T.StructType(struct)
    if fn.name == "__del__" and struct is not None and (len(params) != 1 or ret != T.NONE):
        ck.error(fn.name_span, "`__del__` takes only `self` and returns nothing",
                 help=("declare it `fn __del__(owned self):`",))
    info = tast.FnInfo(key, fn.name, tuple(params), ret, fn.raises, fn, struct, module=ck.env.name,
                       generic=tuple(generic), infer_ret=infer, ret_known=not infer, consts=dict(consts or {}))
    if gen:
        generators.declare(ck, info)
    ck.program.fns[key] = info
    return info


def _template(ck: Checker, fn: ast.FnDef, key: str, struct: str | None) -> tast.FnInfo:
    """A function with parameters: only names and conventions until an instance binds them."""
    from ember.sema.check.params import is_type_kind

    seen: set[str] = set()
    for tp in fn.type_params:
        if tp.name in seen:
            ck.error(tp.span, f"parameter `{tp.name}` is declared twice")
        seen.add(tp.name)
        if not is_type_kind(tp):
            kind = resolve(ck, tp.kind)
            if not T.is_error(kind) and not isinstance(kind, (T.IntType, T.BoolType, T.FloatType)):
                ck.error(tp.kind.span, f"a parameter is a number, `Bool` or a `DType`, not `{kind}`")
    if fn.keyword == "def" and any(p.annotation is None for p in fn.params):
        ck.error(fn.name_span, f"`{fn.name}` has compile-time parameters: annotate its arguments")
    params = tuple(tast.ParamInfo(p.name, T.ERROR, CONVENTIONS.get(p.convention, "borrowed"), p.default, kind=p.kind)
                   for p in fn.params)
    info = tast.FnInfo(key, fn.name, params, T.ERROR, fn.raises, fn, struct, module=ck.env.name, template=True)
    ck.program.fns[key] = info
    return info


def def_convention(fn: ast.FnDef, name: str, t: T.Type) -> tuple[str, bool]:
    """A `def` argument without a convention gets the one its use needs (§3): `inout`
    when mutated in place, a private copy (`owned`) when rebound, else borrowed; and
    whether that was inferred."""
    effect = effect_on(fn.body, name, isinstance(t, (T.ListType, T.DictType, T.SetType)))
    return {Effect.MUTATED: "inout", Effect.REBOUND: "owned"}.get(effect, "borrowed"), effect is not Effect.READ


def _infer_inout_receivers(ck: Checker) -> None:
    """A `def` argument is mutated in place too (§3) when the body calls a method on it
    that mutates `self`, or passes it to an `inout` argument; repeated until nothing
    changes, since the callee may itself have become mutating this way."""
    from dataclasses import replace

    fns = [f for f in ck.program.fns.values() if f.module == ck.env.name and f.node.keyword == "def"]
    changed = True
    while changed:
        changed = False
        for fn in fns:
            params = list(fn.params)
            for i, p in enumerate(params):
                explicit = i < len(fn.node.params) and fn.node.params[i].convention is not None
                if p.convention != "borrowed" or explicit or T.is_error(p.type):
                    continue
                if generic.mutated_by_calls(ck, fn.node.body, p.name, p.type):
                    params[i] = replace(p, convention="inout", inferred=True)
                    changed = True
            fn.params = tuple(params)


def check_pending(ck: Checker) -> None:
    """Check the functions declared while checking others (methods of struct instances),
    each in its own module, until none is left."""
    from ember.sema.check.generic import _check_now

    while pending := [f for f in ck.program.fns.values()
                      if not f.state and not f.generic and not f.template and not fields.waiting(ck, f)]:
        for fn in pending:
            _check_now(ck, fn)


def _check_waiting(ck: Checker) -> None:
    """The methods of a class whose fields no construction has typed (check/fields.py),
    once every module is checked: a use of such a field is then an error, and a class
    that nothing constructs is not compiled."""
    from ember.sema.check.generic import _check_now

    rest = [f for f in ck.program.fns.values() if not f.state and not f.generic and not f.template]
    for fn in rest:
        if fields.never_built(ck, fn):
            fn.template = True  # not compiled, like an uncalled generic `def`
        elif not fn.state:
            _check_now(ck, fn)
    if rest:
        check_pending(ck)
        infer.finish(ck)
    fields.reject_unbuilt(ck)


def check_fn(ck: Checker, fn: tast.FnInfo) -> None:
    """Check a function's body, once (a `def` whose result is needed first is checked
    on demand, check/generic.py); a generic template is checked only as its instances."""
    if fn.state or fn.generic or fn.template:
        return
    outer = ck.scope  # the caller's walk, for an instance checked on demand
    fn.state = "checking"
    ck.scope = FnScope(None, ck.env.globals, T.NONE, context=DEFAULT, consts=dict(fn.consts))
    for p in fn.params:
        if p.default is not None and not numbers.other_default(ck, fn, p):
            expect(ck, p.default, p.type, f"as the default of `{p.name}`")

    # a recursive `def` that may fall off its end returns an optional (as below): known from
    # its first `return` on, so that its calls of itself read an optional (`walk(rest) + 1`
    # was an internal error when the result became optional after the body was checked)
    falls_off = fn.infer_ret and not fn.generator and fn.node.name != "__init__" \
        and not always_returns(fn.node.body) and _calls_itself(fn)

    def walk(hints: dict[int, T.Type], buffer: list[tuple] | None) -> None:
        fn.locals = {p.name: numbers.param_type(fn, hints, p.name, p.type) for p in fn.params}
        ck.scope = FnScope(fn, fn.locals, fn.ret if fn.node.name != "__init__" else T.NONE, hints=hints, buffer=buffer,
                           consts=dict(fn.consts), falls_off=falls_off)
        ck.scope.later = frozenset(parallel.bound_names(fn.node.body, comprehensions=False))
        ck.walks[fn.key] = ck.scope
        check_block(ck, fn.node.body)
    ck.checking.append(fn.key)
    try:
        infer.check_twice(ck, fn, walk, outer)
        aliases.check_copies(ck, fn.node.body, frozenset(p.name for p in fn.params), frozenset(fn.locals))
    finally:
        ck.checking.pop()
        ck.walks.pop(fn.key, None)
    fn.state, fn.ret_known = "checked", True
    if fn.ret != T.NONE and not T.is_error(fn.ret) and fn.node.name != "__init__" and not fn.generator \
            and not always_returns(fn.node.body):
        if isinstance(infer.zonk(fn.ret), T.OptionalType):
            return  # falling off the end returns `None`, as in Python
        if fn.infer_ret:  # `return x` on some paths and falling off the end: `Optional[T]`
            fn.ret = T.optional(fn.ret)
            return
        ck.error(fn.node.name_span, f"missing return: `{fn.name}` returns `{fn.ret}` but control can reach the end",
                 help=("add a `return` at the end",))


def _calls_itself(fn: tast.FnInfo) -> bool:
    from ember.syntax.walk import nodes

    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == fn.node.name
               for n in nodes(fn.node.body))


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
            case T.OptionalType(elem=el) | T.ArrayType(elem=el):
                return contains(el, name, seen)
            case _:
                return False

    for name, info in ck.program.structs.items():
        if any(contains(ft, name, frozenset()) for _, ft in info.fields):
            ck.error(info.node.name_span, f"struct `{name}` contains itself", help=(
                "an `Optional` holds its value inline (a linked `self.next = None` node would be infinitely "
                "large): keep the nodes in a list and link them by index" if any(
                    isinstance(ft, T.OptionalType) and contains(ft, name, frozenset()) for _, ft in info.fields)
                else "use a list `[T]` field",))

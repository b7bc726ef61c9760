"""Compile-time parameters on functions (LANGUAGE.md §7): `fn dot[W: Int](...)`,
`fn total[T: DType](xs: [T]) -> T`.

A function with parameters is a template: each distinct set of parameter values, given
at the call (`dot[8](a, b)`) or inferred from the argument types, is one instance keyed
`name[8]`, a copy of the syntax tree checked with the parameters bound as compile-time
names (instances are cached by key).
"""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from ember.sema import tast
from ember.sema.check.comptime import Binding, Const, NotConst, TypeParam, fold
from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker

TYPE_KINDS = frozenset({"DType", "AnyType", "type", "Type", "AnyTrivialRegType"})


def is_type_kind(tp: ast.TypeParam) -> bool:
    return isinstance(tp.kind, ast.NamedType) and tp.kind.name in TYPE_KINDS and not tp.kind.args


def instantiate(ck: Checker, fn: tast.FnInfo, call: ast.Call, explicit: tuple[ast.Expr, ...] | None,
                args: list[ast.Expr | None]) -> tuple[tast.FnInfo, set[int]] | None:
    """The instance of the template `fn` for this call (checked), and the arguments
    checked on the way (to infer parameters); None after an error."""
    tps = fn.node.type_params
    bound: dict[str, Binding] = {}
    if explicit is not None:
        if len(explicit) > len(tps):
            ck.error(call.func.span, f"`{fn.name}` takes {len(tps)} parameter{'s' if len(tps) != 1 else ''} "
                                     f"but {len(explicit)} were given")
            return None
        for tp, a in zip(tps, explicit):
            b = _explicit(ck, fn.name, tp, a)
            if b is None:
                return None
            bound[tp.name] = b
    checked: set[int] = set()
    wanted = {tp.name: tp for tp in tps if tp.name not in bound}
    if wanted:
        for p, a in zip(fn.node.params[len(fn.node.params) - len(args):], args):
            if a is None or p.annotation is None or not _mentions(p.annotation, wanted):
                continue
            from ember.sema.check.expr import check

            t = check(ck, a)
            checked.add(id(a))
            if not T.is_error(t) and not _infer(ck, p.annotation, t, wanted, bound, a):
                return None
    for tp in tps:
        if tp.name in bound:
            continue
        if tp.default is not None:
            b = _explicit(ck, fn.name, tp, tp.default)
            if b is None:
                return None
            bound[tp.name] = b
            continue
        ck.error(call.span, f"cannot infer parameter `{tp.name}` of `{fn.name}`", "called here",
                 help=(f"give it explicitly: `{fn.name}[...](...)`",))
        return None
    return _instance(ck, fn, bound, call), checked


def _explicit(ck: Checker, owner: str, tp: ast.TypeParam, a: ast.Expr) -> Binding | None:
    from ember.sema.check.expr import check
    from ember.sema.check.typeexpr import resolve, resolve_arg

    if is_type_kind(tp):
        t = resolve_arg(ck, a)  # type: ignore[arg-type]
        if T.is_error(t):
            return None
        if not isinstance(t, (T.IntType, T.FloatType, T.BoolType)):
            ck.error(a.span, f"parameter `{tp.name}` of `{owner}` is a `DType`: a number type or `Bool`, "
                             f"not `{t}`")
            return None
        return TypeParam(t)
    kind = resolve(ck, tp.kind)
    if T.is_error(kind):
        return None
    t = check(ck, a, kind)
    if T.is_error(t):
        return None
    if t != kind and not (isinstance(t, T.IntType) and isinstance(kind, T.FloatType)):
        ck.error(a.span, f"parameter `{tp.name}` of `{owner}` is `{kind}`, found `{t}`")
        return None
    try:
        v = fold(ck, a)
    except NotConst as nc:
        ck.error(a.span, f"parameter `{tp.name}` of `{owner}` must be known at compile time", nc.why,
                 help=("use a literal, a `comptime` name or a parameter",))
        return None
    return Const(kind, v)


def _mentions(ann: object, names: dict[str, ast.TypeParam]) -> bool:
    from ember.sema.check.parallel import walk

    return any(isinstance(n, (ast.Name, ast.NamedType)) and getattr(n, "id", getattr(n, "name", "")) in names
               for n in walk(ann))


def _infer(ck: Checker, ann: object, t: T.Type, wanted: dict[str, ast.TypeParam], bound: dict[str, Binding],
           arg: ast.Expr) -> bool:
    """Bind the parameters `ann` mentions by matching it against the argument type `t`;
    False after an error (two arguments disagree)."""
    def bind(name: str, b: Binding) -> bool:
        old = bound.get(name)
        if old is not None and old != b:
            shown = lambda x: str(x.type) if isinstance(x, TypeParam) else str(x.value)  # noqa: E731
            ck.error(arg.span, f"parameter `{name}` would be both `{shown(old)}` and `{shown(b)}`",
                     help=("pass arguments of matching types, or give the parameters explicitly",))
            return False
        bound[name] = b
        return True

    match ann, t:
        case ast.NamedType(name=n, args=()), _ if n in wanted and is_type_kind(wanted[n]):
            return bind(n, TypeParam(t))
        case ast.Name(id=n), _ if n in wanted and is_type_kind(wanted[n]):
            return bind(n, TypeParam(t))
        case ast.Name(id=n) | ast.NamedType(name=n, args=()), int() | bool() if n in wanted:
            return bind(n, Const(T.BOOL if isinstance(t, bool) else T.INT, t))
        case ast.NamedType(name=n, args=targs), T.StructType(name=sn) if sn in ck.program.struct_args \
                and ck.program.struct_args[sn][0] == template_key(ck, n):
            values = ck.program.struct_args[sn][1]
            return all(_infer(ck, a, v.type if isinstance(v, TypeParam) else v.value, wanted, bound, arg)  # type: ignore[arg-type]
                       for a, v in zip(targs, values))
        case ast.ListType(elem=el), T.ListType(elem=te):
            return _infer(ck, el, te, wanted, bound, arg)
        case ast.NamedType(name="List" | "list", args=(el,)), T.ListType(elem=te):
            return _infer(ck, el, te, wanted, bound, arg)
        case ast.ArrayType(elem=el, size=size), T.ArrayType(elem=te, size=n):
            return _infer(ck, el, te, wanted, bound, arg) and _infer(ck, size, n, wanted, bound, arg)  # type: ignore[arg-type]
        case ast.NamedType(name="InlineArray", args=(el, size)), T.ArrayType(elem=te, size=n):
            return _infer(ck, el, te, wanted, bound, arg) and _infer(ck, size, n, wanted, bound, arg)  # type: ignore[arg-type]
        case ast.TupleType(elems=els), T.TupleType(elems=tes) if len(els) == len(tes):
            return all(_infer(ck, a, b, wanted, bound, arg) for a, b in zip(els, tes))
        case ast.NamedType(name="SIMD", args=(el, width)), T.SIMDType(elem=te, width=w):
            return _infer(ck, el, te, wanted, bound, arg) and _infer(ck, width, w, wanted, bound, arg)
        case _:
            return True  # nothing to learn here; the argument is checked against the instance


def _instance(ck: Checker, fn: tast.FnInfo, bound: dict[str, Binding], call: ast.Call) -> tast.FnInfo:
    from ember.sema import signature
    from ember.sema.check.generic import _check_now

    shown = ", ".join(str(b.type) if isinstance(b, TypeParam) else _show(b.value) for b in bound.values())
    key = f"{fn.key}[{shown}]"
    inst = ck.program.fns.get(key)
    if inst is None:
        node = copy.deepcopy(fn.node)
        ck.program.keep.append(node)
        saved_scope, saved_env = ck.scope, ck.env
        ck.env = ck.program.envs[fn.module]
        from ember.sema.check.context import FnScope

        ck.scope = FnScope(None, ck.env.globals, T.NONE, consts=dict(bound))
        try:
            inst = signature(ck, node, key, fn.struct, dict(bound))
        finally:
            ck.scope, ck.env = saved_scope, saved_env
    if inst.state == "":
        ck.instantiating.append((call.span, f"`{fn.name}` checked for these parameters: "
                                            + ", ".join(f"{k} = {_show_b(b)}" for k, b in bound.items())))
        try:
            _check_now(ck, inst)
        finally:
            ck.instantiating.pop()
    return inst


def _show(v: object) -> str:
    return "True" if v is True else "False" if v is False else str(v)


def _show_b(b: Binding) -> str:
    return str(b.type) if isinstance(b, TypeParam) else _show(b.value)


# ---------------------------------------------------------------- structs


def template_key(ck: Checker, name: str) -> str | None:
    """The key of the struct template `name` names here, if any."""
    key = ck.env.key(name)
    if key in ck.program.struct_templates:
        return key
    key = ck.env.aliases.get(name, "")
    return key if key in ck.program.struct_templates else None


def struct_instance(ck: Checker, key: str, args: tuple[object, ...], span: object) -> T.Type:
    """`Matrix[4, 4]`: the instance of the struct template `key` for these parameter
    values, declared (fields, methods) on first use; its methods are checked later."""
    node = ck.program.struct_templates[key]
    tps = node.type_params
    if len(args) > len(tps):
        return ck.error(span, f"`{node.name}` takes {len(tps)} parameter{'s' if len(tps) != 1 else ''} "  # type: ignore[arg-type]
                              f"but {len(args)} were given")
    bound: dict[str, Binding] = {}
    for i, tp in enumerate(tps):
        a = args[i] if i < len(args) else tp.default
        if a is None:
            return ck.error(span, f"`{node.name}` needs its parameter `{tp.name}`",  # type: ignore[arg-type]
                            help=(f"write `{node.name}[{', '.join(p.name for p in tps)}]` with values",))
        if isinstance(a, ast.NamedType) and not a.args and not is_type_kind(tp):
            a = ast.Name(a.name, a.span)  # `Matrix[N, N]` in an annotation: names are values here
            ck.program.keep.append(a)
        b = _explicit(ck, node.name, tp, a)  # type: ignore[arg-type]
        if b is None:
            return T.ERROR
        bound[tp.name] = b
    inst = f"{key}[{', '.join(_show_b(b) for b in bound.values())}]"
    if inst not in ck.program.structs:
        ck.program.struct_args[inst] = (key, tuple(bound.values()))
        declare_copy(ck, inst, node, dict(bound), _module_of(key))
    return T.StructType(inst)


def declare_copy(ck: Checker, name: str, node: ast.StructDef, consts: dict, module: str) -> None:
    """Struct `name`, a copy of `node` (a template's instance, a closure's layout:
    check/closures.py), declared in `module` with the parameter values `consts`."""
    from ember.sema import struct_body

    copy_node = copy.deepcopy(node)
    ck.program.keep.append(copy_node)
    info = tast.StructInfo(name, (), {}, copy_node)
    ck.program.structs[name] = info
    saved_scope, saved_env = ck.scope, ck.env
    ck.env = ck.program.envs.get(module, ck.env)
    try:
        struct_body(ck, info, consts)
    finally:
        ck.scope, ck.env = saved_scope, saved_env


def _module_of(key: str) -> str:
    return key.rpartition("::")[0]

"""Type expressions (annotations, and expressions used as types) to semantic types."""
from __future__ import annotations

from ember.sema.check import arrays, comptime, params
from ember.sema.check.context import Checker
from ember.syntax import ast
from ember.types import types as T
from typing import assert_never


def resolve(ck: Checker, t: ast.TypeExpr) -> T.Type:
    match t:
        case ast.NamedType(name=name, args=args):
            if name in ("List", "list", "Sequence") and len(args) == 1:
                return T.ListType(resolve_arg(ck, args[0]))
            if name in ("Dict", "dict", "Mapping") and len(args) == 2:
                from ember.sema.check.dicts import dict_type

                return dict_type(ck, resolve_arg(ck, args[0]), resolve_arg(ck, args[1]), t.span)
            if name in ("Set", "set") and len(args) == 1:
                from ember.sema.check.sets import set_type

                return set_type(ck, resolve_arg(ck, args[0]), t.span)
            if name in ("Optional", "Union"):
                return optional_type(ck, t)
            if name in ("Tuple", "tuple"):
                return T.TupleType(tuple(resolve_arg(ck, a) for a in args))
            if not args and isinstance(b := comptime.binding(ck, name), comptime.TypeParam):
                return b.type
            if not args and name in T.SCALAR_NAMES:
                return T.SCALAR_NAMES[name]
            if not args and (key := ck.struct_key(name)) is not None:
                from ember.sema.check.classes import annotated

                return annotated(ck, key)
            if (key := params.template_key(ck, name)) is not None:
                return params.struct_instance(ck, key, args, t.span)
            if not args and name in ("Error", "Exception"):
                return T.EXC
            if name == "InlineArray" and len(args) == 2 and not _is_type(args[1]):
                return arrays.array_type(ck, resolve_arg(ck, args[0]), args[1], t.span)  # type: ignore[arg-type]
            if name == "SIMD" and ck.struct_key(name) is None:
                from ember.sema.check.simd import simd_type

                return simd_type(ck, args, t.span)
            return ck.error(t.span, f"unknown type `{name}`", "not a type",
                            help=_near(ck, name))
        case ast.ListType(elem=elem):
            return T.ListType(resolve(ck, elem))
        case ast.ArrayType(elem=elem, size=size):
            return arrays.array_type(ck, resolve(ck, elem), size, t.span)
        case ast.TupleType(elems=elems):
            return T.TupleType(tuple(resolve(ck, e) for e in elems))
        case _:
            assert_never(t)


def optional_type(ck: Checker, t: ast.NamedType) -> T.Type:
    """`Optional[T]`, `T | None`, `None | T`, `Union[T, None]`: a union with `None`; and
    `int | float` (`Union[int, float]`), a number that is either (check/numbers.py)."""
    parts = [resolve_arg(ck, a) for a in t.args]
    if any(T.is_error(x) for x in parts):
        return T.ERROR
    if t.name == "Union" and len(parts) == 2 and set(parts) == {T.INT, T.F64}:
        return T.NUMBER
    some = [x for x in parts if x != T.NONE]
    if t.name == "Optional" and len(parts) == 1 and some:
        return T.optional(some[0])
    if t.name == "Union" and len(some) == 1 and len(parts) == 2:
        return T.optional(some[0])
    return ck.error(t.span, f"unsupported type `{'Optional' if t.name == 'Optional' else 'Union'}[...]`",
                    help=("an optional is `Optional[T]`, `T | None` or `None | T`, and `int | float` a number that is "
                          "either; other unions are not supported",))


def _is_type(a: ast.TypeArg) -> bool:
    return isinstance(a, (ast.NamedType, ast.ListType, ast.ArrayType, ast.TupleType))


def _near(ck: Checker, name: str) -> tuple[str, ...]:
    from ember.diagnostics.diagnostic import did_you_mean

    return did_you_mean(name, list(T.SCALAR_NAMES) + [str(T.StructType(k)) for k in ck.program.structs])


def resolve_arg(ck: Checker, a: ast.TypeArg) -> T.Type:
    """A type argument written in a type (`List[f32]`) or in an expression (`[f32]`)."""
    match a:
        case ast.NamedType() | ast.ListType() | ast.ArrayType() | ast.TupleType():
            return resolve(ck, a)
        case ast.Name(id=name, span=span):
            return resolve(ck, ast.NamedType(name, (), span))
        case ast.ListExpr(elts=(inner,)):
            return T.ListType(resolve_arg(ck, inner))
        case ast.NoneLit():
            return T.NONE
        case ast.Subscript(value=ast.Name(id=name), index=index, span=span):
            args = index.elts if isinstance(index, ast.TupleExpr) else (index,)
            return resolve(ck, ast.NamedType(name, args, span))
        case _:
            return ck.error(a.span, "expected a type")

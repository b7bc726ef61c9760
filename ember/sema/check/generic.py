"""Plain Python `def`s (LANGUAGE.md §3): an argument without an annotation takes its type
from the call, and a `def` without `-> T` returns what its `return`s return.

A generic `def` is a template: each distinct tuple of argument types gets an instance, a
copy of the syntax tree checked with those types (the side tables are keyed by node, so
an instance needs nodes of its own), keyed `name#N`. A result type is found by checking
the body, so a caller that needs it checks the callee first (`ensure_checked`).
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ember.sema import tast
from ember.syntax import ast
from ember.types import types as T

if TYPE_CHECKING:
    from ember.sema.check.context import Checker


def ensure_checked(ck: Checker, fn: tast.FnInfo, call: ast.Call) -> bool:
    """Check `fn` now if its result type is still unknown; False (with an error) when it
    is being checked and has not returned yet (a call to itself before any `return`)."""
    if fn.ret_known or fn.state == "checking" and fn.generator:  # (check/generators.py reports it)
        return True
    if fn.state == "checking" and not _returns_value(fn.node.body):
        fn.ret, fn.ret_known = T.NONE, True  # a procedure calling itself (`quicksort`)
        return True
    if fn.state == "checking":
        message = f"`{fn.name}` is called before its result type is known"
        why = (f"declare the result: `def {fn.name}(...) -> T:`, or give it a `return` of a value that does "
               f"not call `{fn.name}` (a base case)",)
        if ck.scope.info is fn and ck.scope.buffer is not None:
            ck.scope.recursed = True  # check_twice may guess the result from the other returns
        elif _through_instances(ck, fn):
            walk = ck.walks[fn.key]  # `fib` calling itself through a decorator's wrapper (sema/fnvalues.py):
            walk.recursed = True     # its walk guesses the result and walks again, with new instances of those between
            walk.discard.extend(k for k in ck.checking[ck.checking.index(fn.key) + 1:] if k not in walk.discard)
            walk.buffer.append((call.span, message, "called here", why, ()))  # type: ignore[union-attr]
            return False
        ck.error(call.span, message, "called here", help=why)
        return False
    _check_now(ck, fn)
    return True


def _through_instances(ck: Checker, fn: tast.FnInfo) -> bool:
    """Whether `fn`, being checked in a first walk, is called again through generic
    instances only (each can be checked anew once `fn`'s result is guessed)."""
    walk = ck.walks.get(fn.key)
    if walk is None or walk.buffer is None or fn.key not in ck.checking:
        return False
    made = set(ck.program.instances.values())
    return all(k in made for k in ck.checking[ck.checking.index(fn.key) + 1:])


def _check_now(ck: Checker, fn: tast.FnInfo) -> None:
    """Check `fn`'s body in its own module, in the middle of checking something else."""
    from ember.sema import check_fn

    saved = ck.scope, ck.env, ck.imported
    ck.env = ck.program.envs[fn.module]
    ck.imported = ck.env.imported
    try:
        check_fn(ck, fn)
    finally:
        ck.scope, ck.env, ck.imported = saved


def instance(ck: Checker, fn: tast.FnInfo, types: tuple[T.Type, ...], call: ast.Call) -> tast.FnInfo | None:
    """The instance of the generic `fn` for its generic arguments' `types` (checked)."""
    from ember.sema import def_convention

    if any(T.is_error(t) for t in types):
        return None
    done = ck.program.instances.get((fn.key, types))
    if done is not None:
        inst = ck.program.fns[done]
    else:
        node = copy.deepcopy(fn.node)
        ck.program.keep.append(node)
        key = f"{fn.key}#{len(ck.program.instances)}"
        ck.program.instances[(fn.key, types)] = key
        params = list(fn.params)
        for i, t in zip(fn.generic, types):
            conv, inferred = def_convention(node, params[i].name, t)
            if node.params[i].convention is not None:
                conv, inferred = params[i].convention, False
            elif conv == "borrowed" and _in_module(ck, fn.module, lambda: mutated_by_calls(ck, node.body, params[i].name, t)):
                conv, inferred = "inout", True
            elif conv == "borrowed" and not T.copyable(t, lambda n: (ft for _, ft in ck.program.structs[n].fields)) \
                    and returns_name(node.body, params[i].name):
                conv, inferred = "owned", True  # "returning a borrowed argument returns a copy" (§3)
            default = node.params[i].default
            if t == T.NONE:  # `memo=None`: an optional, its payload decided by the body (`memo = []`)
                from ember.sema.check.infer import fresh_optional

                t = fresh_optional(ck, default if default is not None else node.params[i])
                conv, inferred = def_convention(node, params[i].name, t)
            elif isinstance(default, ast.NoneLit):
                default = None  # calls of this instance pass a value (the default is `None`)
            params[i] = replace(params[i], type=t, convention=conv, inferred=inferred, default=default)
        inst = replace(fn, key=key, params=tuple(params), node=node, generic=(), locals={}, globals_used=set(),
                       sites=[], state="")
        ck.program.fns[key] = inst
    if inst.state == "":
        args = ", ".join(f"{inst.params[i].name}: {t}" for i, t in zip(fn.generic, types))
        ck.instantiating.append((call.span, f"`{fn.name}` checked for this call's types: {args}"))
        try:
            _check_now(ck, inst)
        finally:
            ck.instantiating.pop()
    return inst if ensure_checked(ck, inst, call) else None


def _returns_value(body: tuple[ast.Stmt, ...]) -> bool:
    from ember.sema.check.parallel import walk

    return any(isinstance(n, ast.Return) and n.value is not None for n in walk(body))


def returns_name(body: tuple[ast.Stmt, ...], name: str) -> bool:
    """Whether `body` has `return name` (the argument itself, handed to the caller)."""
    from ember.sema.check.parallel import walk

    return any(isinstance(n, ast.Return) and isinstance(n.value, ast.Name) and n.value.id == name for n in walk(body))


def mutated_by_calls(ck: Checker, body: tuple[ast.Stmt, ...], name: str, t: T.Type) -> bool:
    """Whether `body` mutates `name` (of type `t`) through calls: a mutating method called
    on it, or it passed to an argument that is mutated; or the same done to the
    variable of a loop over its elements (`for c in cs: c.bump(1)`, a reference loop)."""
    from ember.sema.check.effects import element_loops

    def on(body: tuple[ast.Stmt, ...], name: str, t: T.Type) -> bool:
        return mutated_by_methods(ck, body, name, t) or passed_to_mutator(ck, body, name, t, set())
    return on(body, name, t) or isinstance(t, T.ListType) and any(on(s.body, v, t.elem)
                                                                   for s, v in element_loops(body, name))


def mutated_by_methods(ck: Checker, body: tuple[ast.Stmt, ...], name: str, t: T.Type) -> bool:
    """Whether `body` calls a method that mutates `self` (`inout self`) on `name`, a
    struct value."""
    from ember.sema.check.effects import calls_method_on

    if isinstance(t, T.ClassUnion):  # any class's method that mutates
        return any(mutated_by_methods(ck, body, name, T.StructType(k)) for k in t.classes)
    if not isinstance(t, T.StructType):
        return False
    return calls_method_on(body, name, frozenset(m for m in ck.program.structs[t.name].methods if mutates_self(ck, t, m)))


def mutates_self(ck: Checker, t: T.Type, method: str) -> bool:
    """Whether `method` of the struct type `t` (of any class of a union) takes `inout self`."""
    if isinstance(t, T.ClassUnion):
        return any(mutates_self(ck, T.StructType(k), method) for k in t.classes)
    if not isinstance(t, T.StructType) or t.name not in ck.program.structs:
        return False
    key = ck.program.structs[t.name].methods.get(method)
    fn = ck.program.fns.get(key) if key is not None else None
    return fn is not None and bool(fn.params) and fn.params[0].convention == "inout"


def passed_to_mutator(ck: Checker, body: tuple[ast.Stmt, ...], name: str, t: T.Type,
                      seen: set[tuple[str, str]]) -> bool:
    """Whether `body` passes `name` (of type `t`) on to an argument that mutates it in
    place: an `inout` one, or an unannotated argument of a generic `def` whose body
    mutates it (or passes it on to one that does), so a `def` that hands its list to a
    mutating helper is `inout` too (§3)."""
    from ember.sema.check.effects import Effect, effect_on, passed_as

    for callee, where in passed_as(body, name):
        key = ck.fn_key(callee)
        if key is None:
            continue
        fn = ck.program.fns[key]
        idx = where if isinstance(where, int) else next(
            (i for i, q in enumerate(fn.params) if q.name == where), None)
        if idx is None or idx >= len(fn.params):
            continue
        target = fn.params[idx]
        if target.convention == "inout":
            return True
        if idx in fn.generic and fn.node.params[idx].convention is None and (key, target.name) not in seen:
            seen.add((key, target.name))
            if effect_on(fn.node.body, target.name, isinstance(t, (T.ListType, T.DictType, T.SetType))) is Effect.MUTATED:
                return True
            if _in_module(ck, fn.module, lambda: passed_to_mutator(ck, fn.node.body, target.name, t, seen)):
                return True
    return False


def _in_module(ck: Checker, module: str, run: Callable[[], bool]) -> bool:
    """`run()` with names resolved as in `module` (a body of that module is read)."""
    saved = ck.env, ck.imported
    ck.env = ck.program.envs[module]
    ck.imported = ck.env.imported
    try:
        return run()
    finally:
        ck.env, ck.imported = saved

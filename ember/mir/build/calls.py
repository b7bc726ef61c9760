"""Calls: user functions (by convention), struct construction, built-ins."""
from __future__ import annotations

from ember.base.source import Span
from ember.mir import ir
from ember.mir.loops import operands
from ember.mir.build import classes, errors, generators
from ember.mir.build.context import Lower, Value
from ember.mir.build.expr import lower, materialize, owned, place_of, scalar, take
from ember.sema import tast
from ember.sema.check.parallel import walk
from ember.syntax import ast
from ember.types import types as T


def _result(lw: Lower, t: T.Type, rv: ir.Rvalue) -> Value:
    fb = lw.fb
    if isinstance(rv, ir.Call):
        rv = errors.raising_call(lw, rv)
    if t == T.NONE:
        fb.emit(ir.Eval(rv))
        errors.after_call(lw, rv)
        return Value(ir.Const(None, T.NONE), True)
    loc = fb.temp(t, rv)
    errors.after_call(lw, rv)
    return Value(ir.Move(loc) if fb.owns(t) else ir.Copy(loc), True)


def arg_for(lw: Lower, p: tast.ParamInfo, a: ast.Expr) -> ir.Operand:
    if isinstance(p.type, T.OptionalType) and p.convention != "inout":
        from ember.mir.build.optional import wrap

        v = lower(lw, a)
        return take(lw, wrap(lw, v, p.type, a.span)) if lw.op_type(v.op) != p.type else \
            (take(lw, v) if p.convention == "owned" else v.op)
    fb = lw.fb
    if p.convention == "inout":
        place = place_of(lw, a)
        if place is None:  # a temporary passed to an inferred `inout` (§3), or the object of a
            # method that changes it (`Counter().bump()`, sema/check/calls.py): it dies after the call
            tmp = fb.temp(p.type, ir.Use(take(lw, lower(lw, a))))
            place = ir.Place(tmp, (), p.type)
        ref = fb.new_local("", p.type, ir.LocalKind.REF)
        fb.emit(ir.Assign(ref, ir.AddrOf(place)))
        return ir.Copy(ref)
    if p.convention == "owned":
        return take(lw, lower(lw, a)) if p.inferred else owned(lw, a)
    return lower(lw, a).op


def user_call(lw: Lower, key: str, args: tuple[ast.Expr, ...], t: T.Type, span: Span) -> Value:
    fn = lw.prog.fns[key]
    return _result(lw, t, ir.Call(key, _args(lw, fn, fn.params, args), span))


def call_arg(lw: Lower, fn: tast.FnInfo, p: tast.ParamInfo, a: ast.Expr) -> ir.Operand:
    """The operand of argument `a` for parameter `p` of `fn` (`a` may be `p`'s default)."""
    return _default(lw, fn, p) if a is p.default else arg_for(lw, p, a)


def _args(lw: Lower, fn: tast.FnInfo, params: tuple[tast.ParamInfo, ...], args: tuple[ast.Expr, ...]) -> tuple[ir.Operand, ...]:
    return tuple(call_arg(lw, fn, p, a) for p, a in zip(params, args))


def _default(lw: Lower, fn: tast.FnInfo, p: tast.ParamInfo) -> ir.Operand:
    assert p.default is not None
    with lw.defaults_of(fn) as dl:
        return arg_for(dl, p, p.default)


def call(lw: Lower, e: ast.Expr, t: T.Type) -> Value:
    c = lw.prog.calls[id(e)]
    span = e.span
    match c:
        case tast.CallFn() | tast.CallMethod() if id(e) in lw.prog.generators:
            from ember.mir.build.generators import as_list

            return as_list(lw, e, t)
        case tast.CallFn(key=key, args=args):
            return user_call(lw, key, args, t, span)
        case tast.CallMethod(key=key, recv=recv, args=args):
            return user_call(lw, key, (recv,) + args, t, span)
        case tast.CallInit(key=key, args=args):
            fn = lw.prog.fns[key]
            return _result(lw, t, ir.Call(key, _args(lw, fn, fn.params[1:], args), span))
        case tast.CallStruct(args=args):
            ops = tuple(owned(lw, a) for a in args)
            return _result(lw, t, ir.Aggregate(ops))
        case tast.CallUnion():
            return classes.call(lw, c, t, span)
        case tast.CallBuiltin(name="isinstance"):
            return classes.instance(lw, e)  # type: ignore[arg-type]
        case tast.CallBuiltin() if c.name == "dict.pop" and id(e) in lw.prog.raising_keys:
            from ember.mir.build.dicts import raising_pop

            assert c.recv is not None
            return raising_pop(lw, c.recv, c.args[0], t, span)
        case tast.CallBuiltin():
            return builtin(lw, c, t, span)


def _print_arg(lw: Lower, a: ast.Expr, later: list[ast.Expr]) -> ir.Operand:
    """An argument of `print`, evaluated before the buffer is made (a fault in a later
    argument then has no buffer to leak). A variable read directly is copied when a later
    argument calls something, which might assign it: the value printed is the one the
    argument had when it was evaluated. Not a list: Python evaluates a list argument to
    the list itself, so `print(xs, xs.pop())` shows it after the pop."""
    fb = lw.fb
    before = len(fb.locals)
    op = lower(lw, a).op
    if (isinstance(op, ir.Copy) and not isinstance(op.local.type, (T.ListType, T.SetType, T.DictType))
            and not any(loc is op.local for loc in fb.locals[before:])
            and any(isinstance(n, ast.Call) for e in later for n in walk(e))):
        t = op.local.type
        rv = ir.Intrinsic("copy", (op,), a.span) if fb.owns(t) else ir.Use(op)
        return ir.Copy(fb.temp(t, rv, owned=fb.owns(t)))
    return op


def _mark(fb) -> tuple[ir.Block, int, int]:  # noqa: ANN001 - FnBuilder
    """Where the next statement goes: its block, its index there, and the block count."""
    if fb.current is None:
        fb.current = fb.new_block()
    return fb.current, len(fb.current.stmts), len(fb.blocks)


def _copy_if_moved(fb, op: ir.Operand, mark: tuple[ir.Block, int, int], span: Span) -> ir.Operand:  # noqa: ANN001
    """A list argument read in place, whose variable a later argument moves (`take(xs^)`):
    a copy taken just before the move is printed instead (the list as the arguments
    between left it, as Python prints it), or right after the argument when the move is
    on a branch."""
    if not (isinstance(op, ir.Copy) and isinstance(op.local.type, T.ListType)):
        return op
    blk, at, nblocks = mark
    spots = [(blk, k) for k in range(at, len(blk.stmts))] + [(b, k) for b in fb.blocks[nblocks:] for k in range(len(b.stmts))]
    hit = next(((b, k) for b, k in spots if any(isinstance(o, ir.Move) and o.local == op.local
                                                for o in operands(b.stmts[k]))), None)
    if hit is None:
        return op
    b, k = hit if hit[0] is blk else (blk, at)  # a move on one branch only: copy at once
    tmp = fb.new_local("", op.local.type)
    b.stmts.insert(k, ir.Assign(tmp, ir.Intrinsic("copy", (op,), span)))
    fb.stmt_ends = {(x, n + 1 if x == b.id and n > k else n) for x, n in fb.stmt_ends}
    if fb.temps:
        fb.temps[-1].append(tmp)
    return ir.Copy(tmp)


def builtin(lw: Lower, c: tast.CallBuiltin, t: T.Type, span: Span) -> Value:
    from ember.mir.build.compound import truth

    fb = lw.fb
    name, args = c.name, c.args
    kw = dict(c.kwargs)

    def intr(n: str, ops: tuple[ir.Operand, ...], extra: tuple[object, ...] = ()) -> Value:
        return _result(lw, t, ir.Intrinsic(n, ops, span, extra))

    match name:
        case "print" | "eprint" | "fprint":  # eprint: file=sys.stderr; fprint: file=a TextFile
            items = [*args, *(kw[k] for k in ("sep", "end") if k in kw)]
            ops, marks = [], []
            for i, a in enumerate(items):
                ops.append(_print_arg(lw, a, items[i + 1:]))
                marks.append(_mark(fb))
            ops = [_copy_if_moved(fb, op, m, a.span) for op, m, a in zip(ops, marks, items)]
            sep = ops[len(args)] if "sep" in kw else None
            buf = fb.temp(T.BUF, ir.Intrinsic("buf.new", (), span))  # after the arguments: a fault leaks nothing
            for i, a in enumerate(args):
                if i:
                    fb.emit(ir.Eval(ir.Intrinsic("buf.write", (ir.Copy(buf), sep), span) if sep is not None
                                    else ir.Intrinsic("buf.lit", (ir.Copy(buf),), span, (" ",))))
                view = _dict_view(lw, a)  # `print(d.keys())` shows `dict_keys([...])`, as Python
                if view:
                    fb.emit(ir.Eval(ir.Intrinsic("buf.lit", (ir.Copy(buf),), span, (view + "(",))))
                fb.emit(ir.Eval(ir.Intrinsic("buf.write", (ir.Copy(buf), ops[i]), a.span)))
                if view:
                    fb.emit(ir.Eval(ir.Intrinsic("buf.lit", (ir.Copy(buf),), span, (")",))))
            if "end" in kw:
                fb.emit(ir.Eval(ir.Intrinsic("buf.write", (ir.Copy(buf), ops[-1]), span)))
            else:
                fb.emit(ir.Eval(ir.Intrinsic("buf.lit", (ir.Copy(buf),), span, ("\n",))))
            if name == "fprint":
                fb.emit(ir.Eval(ir.Intrinsic("buf.fprint", (ir.Move(buf), lower(lw, kw["file"]).op), span)))
            else:
                out = "buf.eprint" if name == "eprint" else "buf.print"
                fb.emit(ir.Eval(ir.Intrinsic(out, (ir.Move(buf),), span)))
            return Value(ir.Const(None, T.NONE), True)
        case "convert" | "convert.raising":
            a = args[0]
            at = lw.type_of(a)
            if t == T.BOOL:  # lowers `a` itself
                return Value(truth(lw, a), True)
            v = lower(lw, a).op
            if t == T.STR:
                if at == T.STR:
                    return Value(ir.Move(fb.temp(T.STR, ir.Intrinsic("copy", (v,), span))), True)
                return intr("str", (v,))
            if at == T.STR:
                base = (scalar(lw, args[1]),) if len(args) == 2 else ()
                if name == "convert.raising":
                    _raise_unless_number(lw, v, base, isinstance(t, T.FloatType), span)
                return intr("str.to_float" if isinstance(t, T.FloatType) else "str.to_int", (v, *base))
            return intr("cast", (v,))
        case "default":
            return Value(ir.Const("" if t == T.STR else (0.0 if isinstance(t, T.FloatType) else (False if t == T.BOOL else 0)), t), True)
        case "as_is":  # an expression sema made: list(zip(...))'s comprehension, str(x)'s x.__str__()
            return lower(lw, args[0])
        case "copy":
            assert c.recv is not None
            return intr("copy", (lower(lw, c.recv).op,))
        case "deque.new":
            return intr("list.new", (), (0,))
        case "repr":
            return intr("repr", (lower(lw, args[0]).op,))
        case "len" if isinstance(lw.type_of(args[0]), T.ArrayType):
            return Value(ir.Const(lw.type_of(args[0]).size, T.INT), True)  # type: ignore[union-attr]
        case "len" if (view := tast.named_tuple_view(lw.prog, lw.type_of(args[0]))) is not None:
            lower(lw, args[0])  # evaluated, as Python does; its length is its number of fields
            return Value(ir.Const(len(view.elems), T.INT), True)  # type: ignore[attr-defined]
        case "any" | "all" | "sum" if generators.fusible(lw, name, args):  # a loop over the generator
            return generators.reduce(lw, name, args, t, span)
        case "len" | "abs" | "ord" | "chr" | "any" | "all" | "sum" | "perf_counter" | "hash":
            return intr(name, tuple(lower(lw, a).op for a in args))
        case "min" | "max":
            ops = [scalar(lw, a) for a in args]
            acc = ops[0]
            for o in ops[1:]:
                # each step reads the running result (a temporary: dropped at the end
                # of the statement) and returns a fresh one
                acc = ir.Copy(fb.temp(t, ir.Intrinsic(name, (acc, o), span)))
            return Value(acc, True)
        case "min.list" | "max.list" if "key" in kw:
            items = materialize(lw, lower(lw, args[0]))
            keys = _keys(lw, kw["key"], items)
            v = fb.temp(t, ir.Intrinsic(name[:3] + ".key", (ir.Copy(items), ir.Copy(keys)), span), owned=False)
            return Value(ir.Copy(v), False)
        case "min.list" | "max.list":
            v = fb.temp(t, ir.Intrinsic(name, (lower(lw, args[0]).op,), span), owned=False)
            return Value(ir.Copy(v), False)
        case "sorted" | "reversed":
            v = lower(lw, args[0]).op
            if lw.type_of(args[0]) == T.STR:
                v = ir.Move(fb.temp(T.ListType(T.STR), ir.Intrinsic("list.str", (v,), span)))
            else:
                v = ir.Move(fb.temp(t, ir.Intrinsic("copy", (v,), span)))
            loc = materialize(lw, Value(v, True))
            rev = scalar(lw, kw["reverse"]) if "reverse" in kw else ir.Const(False, T.BOOL)
            if name == "sorted":
                _sort(lw, loc, rev, kw.get("key"), span)
            else:
                fb.emit(ir.Eval(ir.Intrinsic("list.reverse", (ir.Copy(loc),), span)))
            return Value(ir.Move(loc), True)
        case "round":
            return intr("round" if len(args) == 1 else "round.n", tuple(scalar(lw, a) for a in args))
        case "pow.mod":
            return intr("int.pow_mod", tuple(scalar(lw, a) for a in args))
        case "divmod":
            a, b = scalar(lw, args[0]), scalar(lw, args[1])
            et = t.elems[0]  # type: ignore[union-attr]
            q = fb.temp(et, ir.BinOp(ir.BinKind.FLOORDIV, a, b, span))
            r = fb.temp(et, ir.BinOp(ir.BinKind.MOD, a, b, span))
            return intr_agg(lw, t, (ir.Copy(q), ir.Copy(r)))
        case "list.range":
            ops = [scalar(lw, a) for a in args]
            start, stop, step = (ir.Const(0, T.INT), ops[0], ir.Const(1, T.INT)) if len(ops) == 1 else (ops[0], ops[1], ops[2] if len(ops) == 3 else ir.Const(1, T.INT))
            return intr("list.range", (start, stop, step))
        case "list.str":
            return intr("list.str", (lower(lw, args[0]).op,))
        case "list.sort":
            assert c.recv is not None
            rev = scalar(lw, kw["reverse"]) if "reverse" in kw else ir.Const(False, T.BOOL)
            _sort(lw, materialize(lw, lower(lw, c.recv)), rev, kw.get("key"), span)
            return Value(ir.Const(None, T.NONE), True)
        case "io.open":  # an OS failure raises (FileNotFoundError, ...): the file holds the error
            from ember.mir.build.errors import throw

            f = fb.temp(t, ir.Intrinsic(name, tuple(lower(lw, a).op for a in args), span))
            failed = fb.temp(T.BOOL, ir.Intrinsic("io.open_failed", (ir.Copy(f),), span))
            bad, ok = fb.new_block(), fb.new_block()
            fb.terminate(ir.Branch(ir.Copy(failed), bad.id, ok.id))
            fb.switch(bad)
            throw(lw, ir.Move(fb.temp(T.EXC, ir.Intrinsic("io.open_error", (ir.Copy(f),), span))), span)
            fb.switch(ok)
            return Value(ir.Move(f), True)
        case "list.append" | "list.insert":
            assert c.recv is not None
            recv = lower(lw, c.recv).op
            ops = tuple(scalar(lw, a) for a in args[:-1]) + (owned(lw, args[-1]),)
            return intr("list.push" if name == "list.append" else name, (recv,) + ops)
        case _ if name.startswith("error."):  # `ValueError("message")`: a new Error of that kind
            return intr("err.new", tuple(owned(lw, a) for a in args), (name.removeprefix("error."),))
        case "simd.from":  # a splat or a conversion: the checker recorded it as the argument's cast
            return lower(lw, args[0])
        case "list.of_tuple":
            from ember.mir.build.iterate import tuple_list

            assert isinstance(t, T.ListType)
            return Value(ir.Move(tuple_list(lw, args[0], span, t.elem)), True)
        case "math.isclose":  # the tolerances, given or Python's defaults, as operands
            tol = tuple(lower(lw, kw[k]).op if k in kw else ir.Const(d, T.F64) for k, d in (("rel_tol", 1e-09), ("abs_tol", 0.0)))
            return intr(name, tuple(lower(lw, a).op for a in args) + tol)
        case "dict.setdefault":
            from ember.mir.build.dicts import setdefault

            assert c.recv is not None
            return setdefault(lw, c.recv, args, t, span)
        case "set.from_list" | "set.from_constants" | "dict.count_new" | "dict.count":
            # a str's characters, a dict's keys: as a list first
            a = args[-1]
            at = lw.type_of(a)
            v = lower(lw, a).op
            if isinstance(at, (T.StrType, T.DictType)):
                el = T.STR if at == T.STR else at.key  # type: ignore[union-attr]
                v = ir.Move(fb.temp(T.ListType(el), ir.Intrinsic("list.str" if at == T.STR else "dict.keys", (v,), span)))
            return intr(name, ((lower(lw, c.recv).op,) if c.recv is not None else ()) + (v,))
        case _ if name.startswith(("list.", "str.", "math.", "simd.", "io.", "dict.", "set.")):
            recv_ops = (lower(lw, c.recv).op,) if c.recv is not None else ()
            return intr(name, recv_ops + tuple(lower(lw, a).op for a in args))
        case _:
            raise AssertionError(f"unknown builtin {name}")


def _dict_view(lw: Lower, a: ast.Expr) -> str:
    """`dict_keys`, `dict_values` or `dict_items` for a printed `d.keys()`..., else ""."""
    c = lw.prog.calls.get(id(a))
    if isinstance(c, tast.CallBuiltin) and c.name in ("dict.keys", "dict.values", "dict.items"):
        return "dict_" + c.name[5:]
    return ""


def _raise_unless_number(lw: Lower, s: ir.Operand, base: tuple[ir.Operand, ...], is_float: bool, span: Span) -> None:
    """Before `int(s)` / `float(s)` inside a `try` that catches ValueError: raise it (with
    the fault's message) when `s` is no number, so the conversion after cannot fault."""
    fb = lw.fb
    s = ir.Copy(s.local) if isinstance(s, ir.Move) else s  # read here; the conversion takes it
    kind = "float" if is_float else "int"
    ok = fb.temp(T.BOOL, ir.Intrinsic(f"str.{kind}_ok", (s, *base), span))
    bad, good = fb.new_block(), fb.new_block()
    fb.terminate(ir.Branch(ir.Copy(ok), good.id, bad.id))
    fb.switch(bad)
    err = fb.temp(T.EXC, ir.Intrinsic(f"str.{kind}_error", (s, *base), span))
    errors.throw(lw, ir.Move(err), span)
    fb.switch(good)


def intr_agg(lw: Lower, t: T.Type, ops: tuple[ir.Operand, ...]) -> Value:
    return Value(ir.Copy(lw.fb.temp(t, ir.Aggregate(ops))), True)


def _keys(lw: Lower, keys: ast.Expr, items: ir.Local) -> ir.Local:
    """The list of keys of a `key=` (the checker made it a comprehension over
    tast.KEY_ITEMS, sema/check/calls.py), computed over `items`."""
    from ember.mir.build.compound import listcomp
    assert isinstance(keys, ast.ListComp)
    lw.comp.append({tast.KEY_ITEMS: items})
    try:
        return listcomp(lw, keys, lw.type_of(keys))
    finally:
        lw.comp.pop()


def _sort(lw: Lower, items: ir.Local, rev: ir.Operand, key: ast.Expr | None, span: Span) -> None:
    """Sort `items` in place, stably, by their values or by their keys."""
    if key is None:
        lw.fb.emit(ir.Eval(ir.Intrinsic("list.sort", (ir.Copy(items), rev), span)))
    else:
        keys = _keys(lw, key, items)
        lw.fb.emit(ir.Eval(ir.Intrinsic("list.sort_keyed", (ir.Copy(items), ir.Copy(keys), rev), span)))

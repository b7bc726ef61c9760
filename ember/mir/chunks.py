"""A `parallel for` chunk as a MIR loop, so the loop passes see the body in a loop.

mir/build/parallel.py outlines the body as `F.parN(captures..., k)`, one iteration, and
codegen's chunk driver (codegen/emit/parallel.py) calls it for k in [start, stop). A nest
inside the body (spectral norm's rows) is then no nest for mir/outer.py: the row loop
exists only in LLVM. Here a body that cannot raise also gets `F.parN.rows(captures...,
start, stop)`: `for k in range(start, stop): F.parN(captures..., k)` with the body
inlined (mir/inline.py `splice_call`), when its captures are only read or written
element-wise (`RANGES`): then codegen runs the loop with `ember_par_run_ranges`, whose
threads call the driver once per run of consecutive chunks they claim (a few hundred
rows at first, single chunks at the end), and the driver calls `rows` once per call.

The body's list captures are distinct lists where the loop's operands are (mir/loops.py
`separate_lists` on the enclosing function): recorded in the function's `separate`
pairs, since its parameters are plain borrows (a written list is passed by value).
"""
from __future__ import annotations

from itertools import combinations

from ember.mir import ir
from ember.mir.inline import splice_call
from ember.mir.loops import defs, separate_lists
from ember.mir.rename import rename_stmt, rename_term
from ember.types import types as T

ROWS = ".rows"  # suffix of the chunk function's name (codegen looks it up by it)
# captures with no state per chunk: the runtime may then hand a thread's run of chunks to
# one call (`ember_par_run_ranges`), long enough for mir/outer.py's W rows at a time
RANGES = frozenset({"read", "write"})


def chunk_loops(prog: ir.Program) -> ir.Program:
    for fn in list(prog.functions.values()):
        for blk in fn.blocks:
            for s in blk.stmts:
                if isinstance(s, ir.Eval) and isinstance(s.rv, ir.Intrinsic) and s.rv.name == "parallel":
                    body, modes = s.rv.extra
                    callee = prog.functions.get(str(body))
                    name = f"{body}{ROWS}"
                    if callee is not None and not callee.raises and set(modes) <= RANGES and name not in prog.functions:
                        prog.functions[name] = _rows(name, callee, fn, s.rv.args[1:])
    return prog


def _rows(name: str, body: ir.Function, outer: ir.Function, args: tuple[ir.Operand, ...]) -> ir.Function:
    locals_: list[ir.Local] = []

    def local(ty: T.Type, kind: ir.LocalKind = ir.LocalKind.OWNED, like: str = "") -> ir.Local:
        loc = ir.Local(len(locals_), like, ty, kind)
        locals_.append(loc)
        return loc

    *captured, k = body.params
    params = [local(p.type, p.kind, p.name) for p in captured]
    start, stop = local(T.INT, ir.LocalKind.BORROW), local(T.INT, ir.LocalKind.BORROW)
    n, c, cond, item = local(T.INT), local(T.INT), local(T.BOOL), local(T.INT)
    span = body.span
    blocks = [
        ir.Block(0, [ir.Assign(n, ir.Intrinsic("range.len", (ir.Copy(start), ir.Copy(stop), ir.Const(1, T.INT)), span)),
                     ir.Assign(c, ir.Use(ir.Const(0, T.INT)))], ir.Goto(1)),
        ir.Block(1, [ir.Assign(cond, ir.BinOp(ir.BinKind.LT, ir.Copy(c), ir.Copy(n), span))], ir.Branch(ir.Copy(cond), 2, 4)),
        ir.Block(2, [ir.Assign(item, ir.Intrinsic("range.item", (ir.Copy(start), ir.Copy(c), ir.Const(1, T.INT)), span)),
                     ir.Eval(ir.Call(body.name, (*map(ir.Copy, params), ir.Copy(item)), span))], ir.Goto(3)),
        ir.Block(3, [ir.Assign(c, ir.BinOp(ir.BinKind.ADD, ir.Copy(c), ir.Const(1, T.INT), span))], ir.Goto(1)),
        ir.Block(4, [], ir.Return(None)),
    ]
    fn = ir.Function(name, (*params, start, stop), T.NONE, locals_, blocks, span)
    splice_call(fn, blocks[2], 1, body)
    _forward_params(fn, frozenset(params))
    lists = [(p, a) for p, a in zip(params, args) if isinstance(p.type, T.ListType) and isinstance(a, ir.Copy)]
    fn.separate = frozenset(frozenset((p, q)) for (p, a), (q, b) in combinations(lists, 2)
                            if separate_lists(a.local, b.local, outer.params))
    return fn


def _forward_params(fn: ir.Function, params: frozenset[ir.Local]) -> None:
    """The inlined body's `x = p` copies of the parameters, replaced by `p` itself: the
    lists keep their names (`separate`), and the nest's locals stay scalars."""
    assigned = defs(fn.blocks)
    copies = {s.dest: s.rv.op.local for b in fn.blocks for s in b.stmts
              if isinstance(s, ir.Assign) and isinstance(s.rv, ir.Use) and isinstance(s.rv.op, ir.Copy)
              and s.rv.op.local in params and assigned.get(s.dest) == 1 and s.dest.kind is ir.LocalKind.BORROW
              and s.rv.op.local not in assigned}
    for b in fn.blocks:
        b.stmts = [rename_stmt(s, copies) for s in b.stmts if not (isinstance(s, ir.Assign) and s.dest in copies)]
        b.term = rename_term(b.term, copies)

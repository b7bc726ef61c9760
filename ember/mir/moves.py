"""Use after move (LANGUAGE.md §5), checked on MIR: a forward dataflow over each
function's blocks computes which named variables may have been moved out on some path
to each point (a move on one branch only, or in an earlier iteration of a loop, counts);
reading such a variable before it is assigned again is an error at the read, with a
label at the move and a hint to copy. A function other than the program's entry may not
move a module-level variable out at all: its other readers could not know.

Only variables the user named are tracked; the builder's temporaries are moved and
dropped in patterns that are correct by construction. `Drop` is not a use: dropping a
moved-out value does nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import assert_never

from ember.base.source import Span
from ember.diagnostics.diagnostic import DiagnosticSink, Label
from ember.mir import ir

Moved = dict[ir.Local, Span]  # local -> where (on some path) it was moved out (globals and
# locals number apart, so the Local itself is the key)


def check_moves(program: ir.Program, sink: DiagnosticSink) -> None:
    for fn in program.functions.values():
        _Checker(fn, sink).run()


def maybe_moved(fn: ir.Function) -> dict[int, tuple[str, ...]]:
    """Block id -> the named variables that may have been moved out when it starts: the
    checker's dataflow facts, for golden tests and debugging."""
    facts = _Checker(fn, DiagnosticSink()).fixpoint()
    return {b: tuple(sorted(loc.name for loc in moved)) for b, moved in facts.items()}


@dataclass
class _Checker:
    fn: ir.Function
    sink: DiagnosticSink
    reported: set[ir.Local] = field(default_factory=set)
    report: bool = False

    def tracked(self, loc: ir.Local) -> bool:
        if loc.kind is ir.LocalKind.GLOBAL:
            return self.fn.is_entry
        return loc.kind is ir.LocalKind.OWNED and loc.name != ""

    def run(self) -> None:
        entry = self.fixpoint()
        self.report = True
        for b in self.fn.blocks:
            self.block(b, entry[b.id])

    def fixpoint(self) -> dict[int, Moved]:
        """The variables that may have been moved out at each block's entry."""
        blocks = self.fn.blocks
        preds: dict[int, list[int]] = {b.id: [] for b in blocks}
        for b in blocks:
            for s in ir.successors(b.term):
                preds[s].append(b.id)
        out: dict[int, Moved] = {b.id: {} for b in blocks}
        changed = True
        while changed:  # moves only accumulate: this reaches a fixed point
            changed = False
            for b in blocks:
                new = self.block(b, self.entry_state(b.id, preds, out))
                if new != out[b.id]:
                    out[b.id], changed = new, True
        return {b.id: self.entry_state(b.id, preds, out) for b in blocks}

    @staticmethod
    def entry_state(block: int, preds: dict[int, list[int]], out: dict[int, Moved]) -> Moved:
        state: Moved = {}
        for p in sorted(preds[block]):
            for loc, span in out[p].items():
                state.setdefault(loc, span)
        return state

    def block(self, b: ir.Block, state: Moved) -> Moved:
        state = dict(state)
        for s in b.stmts:
            self.stmt(s, state)
        for op in ir.terminator_reads(b.term):
            self.operand(op, state)
        return state

    def stmt(self, s: ir.Statement, state: Moved) -> None:
        match s:
            case ir.Assign(dest=d, rv=rv):
                self.rvalue(rv, state)
                for w in (d, *ir.rvalue_writes(rv)):
                    state.pop(w, None)
            case ir.Store(place=p, value=v):
                self.operand(v, state)
                if p.projs:
                    self.place(p, state)
                else:
                    state.pop(p.local, None)
            case ir.Eval(rv=rv):
                self.rvalue(rv, state)
                for w in ir.rvalue_writes(rv):
                    state.pop(w, None)
            case ir.Drop():
                pass
            case _:
                assert_never(s)

    def rvalue(self, rv: ir.Rvalue, state: Moved) -> None:
        for x in ir.rvalue_reads(rv):
            if isinstance(x, ir.Place):
                self.place(x, state)
            else:
                self.operand(x, state)

    def place(self, p: ir.Place, state: Moved) -> None:
        self.use(p.local, p.span, state)
        for proj in p.projs:
            if isinstance(proj, ir.IndexProj):
                self.operand(proj.index, state)

    def operand(self, op: ir.Operand, state: Moved) -> None:
        match op:
            case ir.Copy(local=loc, span=span):
                self.use(loc, span, state)
            case ir.Move(local=loc, span=span):
                self.use(loc, span, state)
                if self.tracked(loc):
                    state[loc] = span
                elif loc.kind is ir.LocalKind.GLOBAL and self.report and loc not in self.reported:
                    self.reported.add(loc)
                    self.sink.error(span, f"cannot move module-level variable `{loc.name}` out of a function",
                                    "moved here", help=(f"use `{loc.name}.copy()`",))
            case ir.Const():
                pass
            case _:
                assert_never(op)

    def use(self, loc: ir.Local, span: Span, state: Moved) -> None:
        moved = state.get(loc)
        if moved is None or not self.report or loc in self.reported or not self.tracked(loc):
            return
        self.reported.add(loc)
        where = "value moved here" if moved.start < span.start or moved.file != span.file else \
            "value moved here, in an earlier iteration of the loop"
        self.sink.error(span, f"use of moved value `{loc.name}`", "value used here after move",
                        labels=(Label(moved, where),),
                        help=(f"copy it where it is moved: `{loc.name}.copy()` (or move it back by assigning "
                              f"`{loc.name}` again before this use)",))

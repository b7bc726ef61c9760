"""Source to LLVM IR text: the phases before LLVM's own work, chained in order.

`load` reads the program (cheap: lex and parse only) so the cache key can be computed
before any expensive work; `compile_to_ir` does the rest.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ember.base.source import Span
from ember.driver import loader
from ember.driver.loader import Program
from ember.driver.session import Session


def load(session: Session, path: Path) -> Program | None:
    """Read and parse `path` and every module it imports; None on errors (see the sink)."""
    return loader.load(session, path)


def typed_mir(session: Session, program: Program):  # noqa: ANN201
    """(checked program, MIR), or None on errors (see the sink)."""
    from ember.mir.build import build
    from ember.mir.moves import check_moves
    from ember.mir.verify import ensure_valid
    from ember.sema import analyze

    with _deep_trees():
        typed = analyze(list(program.modules), session.sink, list(program.names))
        if session.sink.has_errors:
            return None
        mir = ensure_valid(build(typed))  # MirError: pipeline reports phase mir-verify
    check_moves(mir, session.sink)
    if not session.sink.has_errors:
        from ember.mir.comptime import embed

        mir = embed(mir, typed.comptime, session.sink)
    return None if session.sink.has_errors else (typed, mir)


@contextmanager
def _deep_trees() -> Iterator[None]:
    """Room for the phases' recursive walks of a deeply nested expression (a sum of some
    hundreds of terms is a tree as deep; copying a `def` for an instance walks it with
    several frames a level): Python's default of 1000 frames is raised for them."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 20000))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def _mir(session: Session, program: Program):  # noqa: ANN202
    both = typed_mir(session, program)
    return None if both is None else both[1]


def mir_text(session: Session, program: Program, optimized: bool = False) -> str | None:
    """The MIR of the program, printed: as built and checked, or `optimized` (after the
    MIR-level loop work of `ir_of`, what codegen receives); None on errors."""
    from ember.mir.printer import format_program

    mir = _mir(session, program)
    return None if mir is None else format_program(optimize_mir(mir, _lanes(session)) if optimized else mir)


def _lanes(session: Session) -> int:
    from ember.codegen.target import f64_lanes

    return f64_lanes(session.options.target_cpu)


def optimize_mir(mir, lanes: int = 8):  # noqa: ANN001, ANN201 - ir.Program
    """The MIR-level loop work: small functions inlined so the loop passes see through
    their calls, `parallel for` chunks as loops, nests of independent rows (or of calls
    with an early exit) run `lanes` at a time, strings appended to in place, appends
    reserved before the loop, list displays filled without capacity tests, bounds checks
    proven once per loop, overflow checks that let sums vectorize, fields of an element
    that a loop keeps using held in locals; then the loops around the innermost ones
    versioned for their own indices."""
    from ember.mir.appends import reserve_appends
    from ember.mir.bounds import version_loops, version_outer_loops
    from ember.mir.chunks import chunk_loops
    from ember.mir.displays import fill_displays
    from ember.mir.inline import inline_calls
    from ember.mir.outer import vectorize_outer_loops
    from ember.mir.overflow import unblock_overflow
    from ember.mir.promote import promote_elements
    from ember.mir.strappend import append_in_place

    innermost = version_loops(fill_displays(reserve_appends(append_in_place(vectorize_outer_loops(chunk_loops(inline_calls(mir)), lanes)))))
    return version_outer_loops(promote_elements(unblock_overflow(innermost)))


def compile_to_ir(session: Session, program: Program) -> str | None:
    """LLVM IR text defining `i32 @ember_main(i32, ptr)`; None on errors (see the sink).
    The runtime is not included: the target links it in."""
    mir = _mir(session, program)
    return None if mir is None else ir_of(session, program, mir)


def ir_of(session: Session, program: Program, mir, extend=None) -> str:  # noqa: ANN001
    """The LLVM IR text of `mir`, after the MIR-level loop work (optimize_mir); `extend`
    as in codegen's `emit`."""
    from ember.codegen.emit import emit

    mir = optimize_mir(mir, _lanes(session))

    def locate(span: Span) -> tuple[str, int, int]:
        if span.file < 0:
            return program.files[0].name, 0, 0
        f = session.sources.get(span.file)
        line, col = f.line_col(span.start)
        return f.name, line, col

    return emit(mir, locate, extend, contract=session.options.fp_contract)

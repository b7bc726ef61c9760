"""Source to LLVM IR text: the phases before LLVM's own work, chained in order.

`load` reads the program (cheap: lex and parse only) so the cache key can be computed
before any expensive work; `compile_to_ir` does the rest.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ember.base.source import SourceFile, Span
from ember.driver.session import Session
from ember.syntax import ast


@dataclass(frozen=True)
class Program:
    """The parsed files of one program; `files[0]` is the main file."""

    files: tuple[SourceFile, ...]
    modules: tuple[ast.Module, ...]


def load(session: Session, path: Path) -> Program | None:
    """Read and parse `path`; None (diagnostics in the sink) on errors."""
    from ember.syntax.parser import parse_file

    text = path.read_text(encoding="utf-8")
    f = session.sources.add(str(path), text)
    module = parse_file(f, session.sink)
    if session.sink.has_errors:
        return None
    return Program((f,), (module,))


def _mir(session: Session, program: Program):  # noqa: ANN202
    from ember.mir.build import build
    from ember.sema import analyze

    typed = analyze(list(program.modules), session.sink)
    if session.sink.has_errors:
        return None
    return build(typed)


def mir_text(session: Session, program: Program) -> str | None:
    """The MIR of the program, printed; None on errors."""
    from ember.mir.printer import format_program

    mir = _mir(session, program)
    return None if mir is None else format_program(mir)


def compile_to_ir(session: Session, program: Program) -> str | None:
    """LLVM IR text defining `i32 @ember_main(i32, ptr)`; None on errors (see the sink).
    The runtime is not included: the target links it in."""
    from ember.codegen.emit import emit

    mir = _mir(session, program)
    if mir is None:
        return None

    def locate(span: Span) -> tuple[str, int, int]:
        if span.file < 0:
            return program.files[0].name, 0, 0
        f = session.sources.get(span.file)
        line, col = f.line_col(span.start)
        return f.name, line, col

    return emit(mir, locate)

"""Golden facts of the MIR borrow checker (mir/moves.py): for each `moves/X.ember`, the
MIR with, at every block, the variables that may have been moved out when it starts,
then the checker's diagnostics (`LINE:COL: message`). Must equal `moves/X.moves`.

The drop elaboration's goldens are the `.mir` files of test_golden.py (drops are part of
the MIR); these pin the dataflow the use-after-move errors come from, so a change to it
shows up as a readable diff. `EMBER_UPDATE_GOLDEN=1` rewrites the files; read the diff.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from ember.base.source import SourceMap
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.mir.build import build
from ember.mir.moves import check_moves, maybe_moved
from ember.mir.printer import format_function
from ember.sema import analyze
from ember.syntax.parser import parse_file
from ember_testing import fail, output_diff, read_text

FOLDER = Path(__file__).parent / "moves"
PROGRAMS = sorted(FOLDER.glob("*.ember"))


def render(path: Path) -> str:
    sources = SourceMap()
    f = sources.add(path.name, path.read_text(encoding="utf-8"))
    sink = DiagnosticSink()
    typed = analyze([parse_file(f, sink)], sink)
    assert not sink.has_errors, [d.message for d in sink.items]
    mir = build(typed)
    check_moves(mir, sink)
    parts = []
    for fn in mir.functions.values():
        if fn.is_entry:
            continue
        facts = maybe_moved(fn)
        parts.append(format_function(fn, {b: "maybe moved: " + ", ".join(m) for b, m in facts.items() if m}))
    for d in sink.items:
        line, col = f.line_col(d.span.start)
        parts.append(f"{line}:{col}: {d.message}")
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_move_facts(program: Path) -> None:
    actual = render(program)
    expected_path = program.with_suffix(".moves")
    if os.environ.get("EMBER_UPDATE_GOLDEN") == "1":
        expected_path.write_text(actual, encoding="utf-8")
        return
    expected = read_text(expected_path)
    if actual != expected:
        fail(program, f"move facts differ from {expected_path.name} (EMBER_UPDATE_GOLDEN=1 rewrites it)",
             details=output_diff(expected, actual, "facts"))

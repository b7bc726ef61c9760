"""Golden MIR: `ember emit mir golden/X.ember` must print exactly `golden/X.mir`.

The programs are small, one lowering each (loops, temporaries, moves, drops), so a change
to the builder shows up as a readable diff. After an intended change, regenerate with

    EMBER_UPDATE_GOLDEN=1 pytest tests/mir/test_golden.py

and read the diff of every rewritten `.mir` before committing it: each drop of an owned
temporary, each move and each copy should be where ownership says it belongs.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from ember_testing import fail, output_diff, read_text, run_ember

GOLDEN = Path(__file__).parent / "golden"
PROGRAMS = sorted(GOLDEN.glob("*.ember"))


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_golden_mir(program: Path) -> None:
    result = run_ember(["emit", "mir", program.name], program.parent)
    if result.timed_out or result.returncode != 0:
        fail(program, "`ember emit mir` failed", result)
    expected_path = program.with_suffix(".mir")
    if os.environ.get("EMBER_UPDATE_GOLDEN") == "1":
        expected_path.write_text(result.stdout, encoding="utf-8")
        return
    expected = read_text(expected_path)
    if result.stdout != expected:
        fail(program, f"MIR differs from {expected_path.name} (EMBER_UPDATE_GOLDEN=1 rewrites it)",
             result, details=output_diff(expected, result.stdout, "MIR"))


def test_every_program_has_its_expected_mir() -> None:
    missing = [p.name for p in PROGRAMS if not p.with_suffix(".mir").exists()]
    assert len(PROGRAMS) >= 8 and not missing, missing

"""Differential fuzz of unannotated Python (issue 6): random well-typed plain-Python
programs run under CPython (the oracle) and `ember run`; stdout must match exactly and
Ember must exit 0.

The generator (untyped_gen.py) writes unannotated `def`s over ints (kept far below
2**62, divisions by `abs(..) + 1`), floats, bools, strings, lists of ints and (int, str)
tuples, with assignments, augmented updates, list appends and stores, if/else, for and
while loops, comprehensions, f-strings and calls to earlier functions, and empty lists
typed by their later use (`xs = []` then appends of ints, strs, floats, lists or
tuples, in a loop, under a condition or by `+=`, sometimes read before the first
append); `main` calls each
function (list arguments through a variable, printed afterwards, so inferred `inout`
conventions are checked too) and prints the result. Every function counts as one
program; FUNCTIONS of them share one compile, so a run is BATCHES compiles split into
SHARDS tests (for `pytest -n`). Hypothesis draws each batch's seed.

Defaults: 2 shards x 3 batches x 50 functions = 300 programs, about 60 s on 2 cores: one
compile of 50 functions takes ~10 s today, so the issue's 2,000 per run (BATCHES=20)
takes ~3.5 minutes. A longer campaign:

    EMBER_UNTYPED_FUZZ_BATCHES=400 pytest -n 2 tests/programs/test_untyped_fuzz.py

(EMBER_UNTYPED_FUZZ_BATCHES is the number of compiles per shard.) A failure shows the
first differing function, the whole program's path and the diff.
"""
from __future__ import annotations

import contextlib
import io
import os
import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ember_testing import PROGRAMS, fail, output_diff, run_ember

sys.path.insert(0, str(PROGRAMS))
import untyped_gen  # noqa: E402

SHARDS = 2
BATCHES = int(os.environ.get("EMBER_UNTYPED_FUZZ_BATCHES", "3"))
FUNCTIONS = 50


def cpython(source: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, "fuzz.py", "exec"), {"__name__": "__main__"})
    return out.getvalue()


def first_difference(expected: str, actual: str, spans: list[tuple[int, str]]) -> str:
    exp, act = expected.splitlines(), actual.splitlines()
    for i, line in enumerate(exp):
        if i >= len(act) or act[i] != line:
            name = line.split(" ", 1)[0].strip("'")
            for _, src in spans:
                if src.startswith(f"def {name.split('_')[0].lstrip('a')}("):
                    return f"first differing line {line!r} comes from:\n{src}"
            return f"first differing line {line!r}"
    return ""


@pytest.mark.parametrize("shard", range(SHARDS))
def test_untyped_fuzz(shard: int, tmp_path: Path) -> None:
    @settings(max_examples=BATCHES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.generate))
    @given(st.integers(min_value=0, max_value=2**32))
    def one_batch(seed: int) -> None:
        source, spans = untyped_gen.program(random.Random(seed * SHARDS + shard), FUNCTIONS)
        path = tmp_path / f"fuzz_{shard}_{seed}.py"
        path.write_text(source, encoding="utf-8")
        expected = cpython(source)
        result = run_ember(["run", path.name], tmp_path)
        if result.timed_out or result.returncode != 0 or result.stdout != expected:
            fail(path, "Ember disagrees with CPython on a generated program", result,
                 details=first_difference(expected, result.stdout, spans) + "\n\nprogram:\n" + source
                 + "\n" + output_diff(expected, result.stdout))

    one_batch()

"""Differential fuzz of unannotated Python (issue 6): random well-typed plain-Python
programs run under CPython (the oracle) and `ember run`; stdout must match exactly and
Ember must exit 0.

The generator (untyped_gen.py) writes unannotated `def`s over ints (kept far below
2**62, divisions by `abs(..) + 1`), floats, bools, strings, lists of ints and (int, str)
tuples, with assignments, augmented updates, list appends and stores, if/else (a `:=` first in
the test), for and while loops, comprehensions, generator expressions given to `sum`,
`any` and `all` (which stop at the deciding item: calls after it, which may print, never
run), bools in arithmetic, f-strings and calls to earlier functions, and empty lists
typed by their later use (`xs = []` then appends of ints, strs, floats, lists or
tuples, in a loop, under a condition or by `+=`, sometimes read before the first
append; or never filled, only read, `sum` included); `main` calls each function (list
arguments through a variable, printed afterwards, so inferred `inout`
conventions are checked too) and prints the result. Every function counts as one
program; many share one compile, so a run is SHARDS tests (spread by `pytest -n`), each
BATCHES compiles. Hypothesis draws each batch's seed.

Cost (CPU seconds of one compile and run, measured on 2 loaded cores): at -O0 a fixed
~2 s, then nearly linear in the functions (50/100/200/400: 5.5/10.4/16.3/33.5 s); LLVM's
-O3 costs about three times that and grows a little faster (50/100/200: 11.5/24/52 s;
-O1 is no cheaper: 100 in 20.5 s). Differences between optimisation levels are not
what this fuzz hunts, so most shards compile big batches at -O0; the OPTIMIZED shard
keeps -O3, with a smaller batch, to catch what only the optimizer exposes. Defaults:
6 x 250 at -O0 and 1 x 60 at -O3 = 1,560 programs (8 x 250 = 2,060, about 180 CPU seconds,
until the whole suite neared its 10-minute limit on 2 cores; with 2 x 50
at -O3: 2,100 programs, 213 CPU s, 552 s wall with `-n 2` on 2 cores loaded by other
jobs, load average 9-11). A longer campaign (18,750 programs in 36 minutes under
`nice -n 19` beside the whole suite and other jobs, 75 compiles of 250 at -O0 taking
20-80 s each once the suite was done; no difference):

    EMBER_UNTYPED_FUZZ_BATCHES=40 nice -n 19 pytest -n 2 tests/programs/test_untyped_fuzz.py

(EMBER_UNTYPED_FUZZ_BATCHES is the number of compiles per shard; with
EMBER_UNTYPED_FUZZ_LOG=FILE each compile appends a line to FILE: shard, seed, -O
level, functions, seconds, and whether Ember agreed.) A failure shows the first
differing function, the whole program's path and the diff.
"""
from __future__ import annotations

import contextlib
import io
import os
import random
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ember_testing import PROGRAMS, fail, output_diff, run_ember

sys.path.insert(0, str(PROGRAMS))
import untyped_gen  # noqa: E402

# (optimisation level, functions per compile) of each shard
OPTIMIZED = [(3, 60)]
SHARDS = [(0, 250)] * 4 + OPTIMIZED  # 8, then 6 shards until the suite neared its 10-minute limit
BATCHES = int(os.environ.get("EMBER_UNTYPED_FUZZ_BATCHES", "1"))
# Hypothesis's first draw is always 0 (its simplest example), so with one batch per
# shard every run would compile the same programs, and the object cache would answer
# most of them: its seeds are mixed with a salt drawn for each run, shown in a failure
# (EMBER_UNTYPED_FUZZ_SALT=N replays that run).
SALT = int(os.environ.get("EMBER_UNTYPED_FUZZ_SALT") or random.SystemRandom().randrange(2**32))
LOG = os.environ.get("EMBER_UNTYPED_FUZZ_LOG")
# seconds for one compile and run: a 250-function compile takes ~20 s, several times
# that on a loaded machine or under `nice`
TIMEOUT = 600


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


@pytest.mark.parametrize("shard", range(len(SHARDS)))
def test_untyped_fuzz(shard: int, tmp_path: Path) -> None:
    opt, functions = SHARDS[shard]

    @settings(max_examples=BATCHES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.generate))
    @given(st.integers(min_value=0, max_value=2**32))
    def one_batch(seed: int) -> None:
        source, spans = untyped_gen.program(random.Random(f"{SALT}:{seed}:{shard}"), functions)
        path = tmp_path / f"fuzz_{shard}_{seed}.py"
        path.write_text(source, encoding="utf-8")
        expected = cpython(source)
        start = time.perf_counter()
        result = run_ember([f"-O{opt}", "run", path.name], tmp_path, timeout=TIMEOUT)
        agreed = not result.timed_out and result.returncode == 0 and result.stdout == expected
        if LOG:
            with open(LOG, "a", encoding="utf-8") as log:
                log.write(f"{shard} {seed} -O{opt} {functions} {time.perf_counter() - start:.1f} "
                          f"{'ok' if agreed else 'DIFFERS'} {path}\n")
        if not agreed:
            fail(path, f"Ember disagrees with CPython on a generated program (EMBER_UNTYPED_FUZZ_SALT={SALT}, "
                       f"shard {shard}, seed {seed})", result,
                 details=first_difference(expected, result.stdout, spans) + "\n\nprogram:\n" + source
                 + "\n" + output_diff(expected, result.stdout))

    one_batch()

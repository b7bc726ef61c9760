"""mir/below.py: an `x + 1` counts as unable to overflow only where `x < y` holds on every
path to it. mir/variants.py lets those into a vector variant, which may not fault; the
differential fuzz cannot tell a wrong "safe" (its counts never come near the `Int`
limit), so each shape is checked here, the unsafe ones too."""
from __future__ import annotations


import pytest

from ember.driver import frontend
from ember.driver.session import Session
from ember.mir import ir
from ember.mir.below import bounded_increments
from ember.mir.variants import Arg, Most, Variants

LOOPS = {  # function -> the loop around `z = z * z; n += 1`
    "guarded": "while n < limit and z < 4.0:",
    "guarded_last": "while z < 4.0 and n < limit:",
    "bare": "while z < 4.0:",
    "either": "while n < limit or z < 4.0:",
}
PROGRAM = "".join(f"def {name}(z: float, limit: int) -> int:\n    n = 0\n    {loop}\n        z = z * z\n"
                  "        n += 1\n    return n\n\n" for name, loop in LOOPS.items()) + """
def tested_before(z: float, limit: int) -> int:
    n = 0
    if n < limit:
        z = z * 2.0
    n += 1
    return n

def changed_after(z: float, limit: int) -> int:
    n = 0
    while n < limit and z < 4.0:
        n = n * 2
        n += 1
    return n
"""


@pytest.fixture(scope="module")
def mir(tmp_path_factory: pytest.TempPathFactory) -> ir.Program:
    src = tmp_path_factory.mktemp("below") / "below.ember"
    src.write_text(PROGRAM)
    session = Session()
    program = frontend.load(session, src)
    assert program is not None
    made = frontend._mir(session, program)
    assert made is not None
    return made


@pytest.fixture(scope="module")
def safe(mir: ir.Program) -> dict[str, int]:
    """Each function's number of `x + 1` statements mir/below.py finds safe."""
    return {name.split(".")[-1]: len(bounded_increments(fn)) for name, fn in mir.functions.items()}


def test_a_count_is_bounded_by_its_start_and_its_limit(mir: ir.Program) -> None:
    """mir/variants.py `_counts`: `n = 0; while n < limit ...: n += 1` returns 0 to the
    larger of 0 and `limit` (argument 1), what a caller's sum of counts is tested with."""
    name = next(n for n in mir.functions if n.split(".")[-1] == "guarded")
    made = Variants(mir, 8).of(name, frozenset({1}))
    assert made is not None and made.result == ((0, Most((0, Arg(1)))),)
    bare = next(n for n in mir.functions if n.split(".")[-1] == "bare")
    assert Variants(mir, 8).of(bare) is None  # its `n += 1` may overflow: no variant


def test_a_count_tested_against_its_bound_first_or_last_is_safe(safe: dict[str, int]) -> None:
    assert safe["guarded"] == 1 and safe["guarded_last"] == 1


@pytest.mark.parametrize("name", ["bare", "either", "tested_before", "changed_after"])
def test_a_count_not_surely_below_its_bound_is_not(safe: dict[str, int], name: str) -> None:
    assert safe[name] == 0, name


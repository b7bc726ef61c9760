"""mir/below.py: an `x + 1` counts as unable to overflow only where `x < y` holds on every
path to it. mir/variants.py lets those into a vector variant, which may not fault; the
differential fuzz cannot tell a wrong "safe" (its counts never come near the `Int`
limit), so each shape is checked here, the unsafe ones too."""
from __future__ import annotations

from pathlib import Path

import pytest

from ember.driver import frontend
from ember.driver.session import Session
from ember.mir.below import bounded_increments

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


def _increments(tmp_path: Path) -> dict[str, int]:
    """Each function's number of `x + 1` statements mir/below.py finds safe."""
    src = tmp_path / "below.ember"
    src.write_text(PROGRAM)
    session = Session()
    program = frontend.load(session, src)
    assert program is not None
    mir = frontend._mir(session, program)
    assert mir is not None
    return {name.split(".")[-1]: len(bounded_increments(fn)) for name, fn in mir.functions.items()}


@pytest.fixture(scope="module")
def safe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    return _increments(tmp_path_factory.mktemp("below"))


def test_a_count_tested_against_its_bound_first_or_last_is_safe(safe: dict[str, int]) -> None:
    assert safe["guarded"] == 1 and safe["guarded_last"] == 1


@pytest.mark.parametrize("name", ["bare", "either", "tested_before", "changed_after"])
def test_a_count_not_surely_below_its_bound_is_not(safe: dict[str, int], name: str) -> None:
    assert safe[name] == 0, name


"""Deeply nested source: a sum of 900 terms (CPython compiles it) in a generic `def` is a
tree as deep, which the checker copies for each instance and every phase walks
recursively; it compiled with an internal error (RecursionError) until the phases got
room for it (driver/frontend.py `_deep_trees`)."""
from __future__ import annotations

from pathlib import Path

from ember_testing import runs_like_cpython


def test_a_sum_of_900_terms_compiles(tmp_path: Path) -> None:
    terms = " + ".join(f"x{i % 5}" for i in range(900))
    text = f"def f(x0, x1, x2, x3, x4):\n    y = {terms}\n    return str(y) + '!'\n\n\nprint(f(1, 2, 3, 4, 5), f(0.5, 1, 1, 1, 1))\n"
    runs_like_cpython(tmp_path, "deep.py", text, 0)

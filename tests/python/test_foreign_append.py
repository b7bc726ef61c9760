"""A NumPy array lent to Ember as an `inout [T]` keeps its length: appends fault with
ValueError on every path, including the inline append (`len >= cap`, the foreign list's
capacity being negative) and the room reserved before an append loop (mir/appends.py);
a loop that appends nothing leaves the array alone."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import ember

SOURCE = """\
fn grow(inout xs: [f64], n: Int):
    for i in range(n):
        xs.append(1.0)

fn fill(inout xs: [f64], src: [f64]):
    for x in src:
        xs.append(x)
"""


def test_appends_to_a_lent_array_fault(tmp_path: Path) -> None:
    path = tmp_path / "foreign.ember"
    path.write_text(SOURCE)
    k = ember.load(path)
    a = np.zeros(3)
    with pytest.raises(ValueError, match="cannot resize an array lent to Ember"):
        k.grow(a, 2)
    with pytest.raises(ValueError, match="cannot resize an array lent to Ember"):
        k.fill(a, [1.0, 2.0])
    k.fill(a, [])
    assert a.tolist() == [0.0, 0.0, 0.0]


def test_slice_assignment_to_a_lent_array(tmp_path: Path) -> None:
    """Replacing a slice of a lent NumPy array keeps its length or faults."""
    path = tmp_path / "slices.ember"
    path.write_text("fn put(inout xs: [f64], ys: [f64]):\n    xs[1:3] = ys\n")
    k = ember.load(path)
    a = np.zeros(4)
    k.put(a, [5.0, 6.0])
    assert a.tolist() == [0.0, 5.0, 6.0, 0.0]
    with pytest.raises(ValueError, match="cannot resize an array lent to Ember"):
        k.put(a, [1.0])
    assert a.tolist() == [0.0, 5.0, 6.0, 0.0]

"""Lists whose first elements were popped (or that grew at the front) start inside
their storage (rt.h EmList.front): such a list crosses to Python as an array or a list
that owns the right storage, and a lent array still refuses both operations."""
from __future__ import annotations

import gc
from pathlib import Path

import numpy as np
import pytest

import ember

SOURCE = """\
def drop_front(n: int, k: int) -> list[float]:
    xs = [float(i) for i in range(n)]
    for _ in range(k):
        xs.pop(0)
    return xs

def rotate(xs: list[int], k: int) -> list[int]:
    ys = xs.copy()
    for _ in range(k):
        ys.append(ys.pop(0))
    return ys

def words(n: int) -> list[str]:
    ws = [str(i) for i in range(n)]
    ws.pop(0)
    for i in range(10):
        ws.insert(0, "b" + str(i))
    return ws

fn pop_lent(inout xs: [f64]) -> f64:
    return xs.pop(0)
"""


def test_lists_with_room_at_the_front_cross_to_python(tmp_path: Path) -> None:
    path = tmp_path / "fronts.ember"
    path.write_text(SOURCE)
    k = ember.load(path)
    for _ in range(200):  # each array frees the storage from its start (a wrong pointer crashes free)
        a = k.drop_front(1000, 10)
        assert a[0] == 10.0 and len(a) == 990 and a[-1] == 999.0
        del a
    gc.collect()
    assert k.rotate(np.arange(10), 3).tolist() == [3, 4, 5, 6, 7, 8, 9, 0, 1, 2]
    assert k.words(20) == [f"b{i}" for i in range(9, -1, -1)] + [str(i) for i in range(1, 20)]
    lent = np.arange(4.0)
    with pytest.raises(ValueError, match="cannot resize an array lent to Ember"):
        k.pop_lent(lent)
    assert lent.tolist() == [0.0, 1.0, 2.0, 3.0]

"""Loaded functions pickle by reference (module path and name) and run in worker processes."""
from __future__ import annotations

import multiprocessing
import pickle

import numpy as np


def test_pickle_round_trip(layer) -> None:
    f = pickle.loads(pickle.dumps(layer.add))
    assert f(2, 3) == 5
    assert f.__name__ == "add" and f.__module__ == "layer"
    data = pickle.dumps(layer.total)
    assert b"layer.ember" in data and len(data) < 500  # a reference, not code


def test_multiprocessing_pool(layer) -> None:
    chunks = [np.arange(i * 10, i * 10 + 10, dtype=np.int64) for i in range(4)]
    for method in ("spawn", "fork"):
        with multiprocessing.get_context(method).Pool(2) as pool:
            assert pool.map(layer.total, chunks) == [int(c.sum()) for c in chunks]
            assert pool.starmap(layer.add, [(1, 2), (3, 4)]) == [3, 7]

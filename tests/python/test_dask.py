"""A kernel mapped over array chunks on a Dask LocalCluster of worker processes (dask is
in the `dev` extra, for this test only); each worker loads the module from the
pickled reference, from the on-disk cache."""
from __future__ import annotations

import numpy as np
import pytest

distributed = pytest.importorskip("dask.distributed")


def test_local_cluster_maps_a_kernel_over_chunks(layer) -> None:
    chunks = [np.arange(i * 1000, (i + 1) * 1000, dtype=np.int64) for i in range(6)]
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        futures = client.map(layer.total, chunks)
        assert client.gather(futures) == [int(c.sum()) for c in chunks]
        assert client.submit(layer.add, 20, 22).result() == 42

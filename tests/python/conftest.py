"""Python-layer tests run in this process against this checkout, with a private cache."""
from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ember-cache")


@pytest.fixture(autouse=True)
def private_cache(monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> None:
    monkeypatch.setenv("EMBER_CACHE_DIR", str(cache_dir))


@pytest.fixture(scope="session")
def layer(cache_dir: Path):  # noqa: ANN201
    """tests/python/layer.ember, loaded once for the session."""
    import os

    import ember

    old = os.environ.get("EMBER_CACHE_DIR")
    os.environ["EMBER_CACHE_DIR"] = str(cache_dir)
    try:
        return ember.load(HERE / "layer.ember")
    finally:
        if old is None:
            del os.environ["EMBER_CACHE_DIR"]
        else:
            os.environ["EMBER_CACHE_DIR"] = old

"""Python-layer tests run in this process against this checkout, with a private cache."""
from __future__ import annotations

import os
import platform
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ember-cache")


@pytest.fixture(autouse=True)
def private_cache(monkeypatch: pytest.MonkeyPatch, cache_dir: Path) -> None:
    monkeypatch.setenv("EMBER_CACHE_DIR", str(cache_dir))


OBJLOAD = sys.platform == "linux" and platform.machine() in ("x86_64", "AMD64")


@pytest.fixture(scope="session", params=["objload", "llvm"])
def layer(request: pytest.FixtureRequest, cache_dir: Path):  # noqa: ANN201
    """tests/python/layer.ember, loaded once per way of linking it (interop/objload.py
    and LLVM's JIT, see EMBER_LOADER): every test that uses it checks both agree."""
    import ember

    if request.param == "objload" and not OBJLOAD:
        pytest.skip("objload links ELF x86-64 objects only")
    saved = {k: os.environ.get(k) for k in ("EMBER_CACHE_DIR", "EMBER_LOADER")}
    os.environ.update(EMBER_CACHE_DIR=str(cache_dir), EMBER_LOADER=request.param)
    try:
        mod = ember.load(HERE / "layer.ember")
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    assert mod.__ember_loader__ == request.param
    return mod

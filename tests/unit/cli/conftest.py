"""Runs `ember` in a subprocess with its own cache directory and `EMBER_LOG=cache`.

Until ember/runtime/rt.ll lands, the child gets tests/unit/driver/fake_rt.ll as its
runtime (only what the driver's stub program calls); the real runtime wins when present.
"""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

FAKE_RT = Path(__file__).parent.parent / "driver" / "fake_rt.ll"
REPO = Path(__file__).resolve().parents[3]

# `python -c` launcher: installs the fake runtime only when the tests ask for it.
_LAUNCH = """\
import os, sys
import ember.runtime as rt
fake = os.environ.get("EMBER_TEST_FAKE_RUNTIME")
if fake:
    rt.runtime_ir = lambda: open(fake, encoding="utf-8").read()
from ember.cli.main import main
sys.exit(main())
"""


def real_runtime_usable() -> bool:
    try:
        import ember.runtime as rt

        return bool(rt.runtime_ir())  # type: ignore[attr-defined]
    except Exception:
        return False


REAL_RUNTIME = real_runtime_usable()  # decided before any test patches the module


class Ember:
    """`ember(*args)` runs the command in `cwd`; returns the CompletedProcess."""

    def __init__(self, cwd: Path, cache: Path) -> None:
        self.cwd, self.cache = cwd, cache
        self.env = {**os.environ, "EMBER_CACHE_DIR": str(cache), "EMBER_LOG": "cache"}
        self.env.pop("EMBER_DEBUG", None)
        path = [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]
        self.env["PYTHONPATH"] = os.pathsep.join(path)  # works without `pip install -e`
        if not REAL_RUNTIME:
            self.env["EMBER_TEST_FAKE_RUNTIME"] = str(FAKE_RT)

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", _LAUNCH, *args], cwd=self.cwd,
                              env={**self.env, **env}, capture_output=True, text=True,
                              timeout=60)


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("shared-cache")


@pytest.fixture
def ember(tmp_path: Path) -> Ember:
    """A fresh cache: for tests of the cache itself."""
    return _ember(tmp_path, tmp_path / "cache")


@pytest.fixture
def warm_ember(tmp_path: Path, shared_cache: Path) -> Ember:
    """A cache shared by the whole session, so tests of other things skip compiling."""
    return _ember(tmp_path, shared_cache)


def _ember(tmp_path: Path, cache: Path) -> Ember:
    work = tmp_path / "work"
    work.mkdir()
    # Prints its own name under the real compiler and under the driver's old stub alike.
    (work / "hello.ember").write_text('print("hello.ember")\n')
    return Ember(work, cache)


@pytest.fixture(autouse=True)
def runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same stand-in for in-process tests of `ember.cli.main.main`."""
    import ember.runtime as rt

    if not REAL_RUNTIME:
        monkeypatch.setattr(rt, "runtime_ir", FAKE_RT.read_text, raising=False)


@pytest.fixture
def unless_compiler_edited():  # type: ignore[no-untyped-def]
    """The context manager below; a fixture, because test modules cannot import from
    conftest (several conftest.py files share the module name)."""
    return _unless_compiler_edited


@contextmanager
def _unless_compiler_edited() -> Iterator[None]:
    """Cache keys include the compiler's own files, so an edit to ember/ made while a
    cache test runs (another developer, an editor's save) moves the key: skip, not fail."""
    from ember.driver.cache import compiler_fingerprint

    before = compiler_fingerprint()
    try:
        yield
    except AssertionError:
        if compiler_fingerprint() != before:
            pytest.skip("ember's own files changed during the test")
        raise

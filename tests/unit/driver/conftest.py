"""In-process driver tests; the fake runtime stands in until ember/runtime/rt.ll lands."""
from __future__ import annotations

from pathlib import Path

import pytest

import ember.runtime as rt

FAKE_RT = Path(__file__).parent / "fake_rt.ll"


def _real_runtime_usable() -> bool:
    try:
        return bool(rt.runtime_ir())  # type: ignore[attr-defined]
    except Exception:
        return False


REAL_RUNTIME = _real_runtime_usable()  # decided before any test patches the module


@pytest.fixture(autouse=True)
def runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    if not REAL_RUNTIME:
        monkeypatch.setattr(rt, "runtime_ir", FAKE_RT.read_text, raising=False)


@pytest.fixture(autouse=True)
def fixed_compiler(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cache keys must not move when someone edits ember/ while the tests run."""
    from ember.driver import cache

    monkeypatch.setattr(cache, "compiler_fingerprint", lambda: "test-compiler")


@pytest.fixture
def hello(tmp_path: Path) -> Path:
    path = tmp_path / "hello.ember"
    path.write_text('print("hello")\n')
    return path

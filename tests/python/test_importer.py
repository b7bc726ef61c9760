"""`import ember.importer`: `import name` finds `name.ember` on sys.path."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import ember
import ember.importer  # noqa: F401


@pytest.fixture
def on_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("emb_kern", "emb_shadow", "emb_broken"):
        sys.modules.pop(name, None)


def test_import_finds_ember_modules(on_path: Path) -> None:
    (on_path / "emb_kern.ember").write_text("fn triple(x: Int) -> Int:\n    return 3 * x\n")
    import emb_kern  # type: ignore[import-not-found]

    assert emb_kern.triple(5) == 15
    assert emb_kern.__spec__.origin == str(on_path / "emb_kern.ember")
    assert sys.modules["emb_kern"] is emb_kern


def test_python_module_of_the_same_name_wins(on_path: Path) -> None:
    (on_path / "emb_shadow.ember").write_text("fn f() -> Int:\n    return 1\n")
    (on_path / "emb_shadow.py").write_text("def f():\n    return 'python'\n")
    import emb_shadow  # type: ignore[import-not-found]

    assert emb_shadow.f() == "python"


def test_compile_error_is_an_import_error_with_diagnostics(on_path: Path) -> None:
    (on_path / "emb_broken.ember").write_text("fn f() -> Int:\n    return \"no\"\n")
    with pytest.raises(ImportError) as info:
        import emb_broken  # type: ignore[import-not-found]  # noqa: F401
    assert isinstance(info.value, ember.CompileError)
    text = str(info.value)
    assert "emb_broken.ember:2:" in text and "error" in text, text
    assert "emb_broken" not in sys.modules

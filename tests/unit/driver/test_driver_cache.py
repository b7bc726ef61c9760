"""The object cache: keys cover every input, entries are atomic and self-checking."""
from __future__ import annotations

from pathlib import Path

import pytest

from ember.driver import cache

_BASE = dict(compiler="c1", llvm="llvm 22", cpu="znver4", features="+avx2",
             opt_level=3)


def _key(files: tuple[tuple[str, str], ...] = (("a.ember", "x = 1\n"),), **kw: object) -> str:
    return cache.cache_key(**{**_BASE, **kw}, files=list(files))  # type: ignore[arg-type]


def test_key_depends_on_every_input() -> None:
    base = _key()
    assert base == _key()
    changed = {_key(**{field: "other" if field != "opt_level" else 2}) for field in _BASE}
    assert len(changed) == len(_BASE) and base not in changed
    assert _key((("a.ember", "x = 2\n"),)) != base
    assert _key(fp_contract=True) != base
    assert _key((("b.ember", "x = 1\n"),)) != base
    assert _key((("a.ember", "x = 1\n"), ("m.ember", ""))) != base


def test_key_fields_do_not_run_together() -> None:
    assert _key((("ab", "c"),)) != _key((("a", "bc"),))


def test_store_then_lookup(tmp_path: Path) -> None:
    assert cache.lookup(tmp_path, "ab" * 32) is None
    assert cache.store(tmp_path, "ab" * 32, b"\x7fELF object")
    assert cache.lookup(tmp_path, "ab" * 32) == b"\x7fELF object"
    leftovers = [p for p in tmp_path.rglob("*") if p.name.startswith(".tmp-")]
    assert leftovers == []


def test_truncated_and_corrupt_entries_are_misses(tmp_path: Path) -> None:
    key = "cd" * 32
    cache.store(tmp_path, key, b"payload" * 100)
    path = cache.entry_path(tmp_path, key)
    data = path.read_bytes()
    for bad in (data[:-1], data[:5], b"", data[:-3] + b"xyz", b"garbage" + data[7:]):
        path.write_bytes(bad)
        assert cache.lookup(tmp_path, key) is None
    assert cache.store(tmp_path, key, b"fresh")
    assert cache.lookup(tmp_path, key) == b"fresh"


def test_unwritable_cache_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert cache.store(blocker, "ef" * 32, b"x") is False
    assert cache.lookup(blocker, "ef" * 32) is None


def test_compiler_fingerprint_sees_its_own_files(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    import ember

    monkeypatch.undo()  # the real one, not conftest's constant
    pkg = tmp_path / "ember"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    monkeypatch.setattr(ember, "__file__", str(pkg / "__init__.py"))
    before = cache.compiler_fingerprint()
    assert before == cache.compiler_fingerprint()
    (pkg / "rt.ll").write_text("; runtime")
    assert cache.compiler_fingerprint() != before


def test_program_entries_name_their_runtime_pieces() -> None:
    for pieces in ((), ("ember_str_split",), ("ember_rt.data", "ember_rt.fault_n")):
        packed = cache.pack_program(b"\x7fELF object", pieces)
        assert cache.unpack_program(packed) == (b"\x7fELF object", pieces)
    packed = cache.pack_program(b"obj", ("a", "b"))
    for bad in (b"", b"\x7fELF object", packed[:12], packed[:15]):  # the last: names cut short
        assert cache.unpack_program(bad) is None


def test_runtime_pieces_live_apart_from_programs(tmp_path: Path) -> None:
    key = "12" * 32
    assert cache.lookup_runtime(tmp_path, key) is None
    assert cache.store_runtime(tmp_path, key, b"piece")
    assert cache.lookup(tmp_path, key) is None
    assert cache.lookup_runtime(tmp_path, key) == b"piece"
    assert cache.runtime_path(tmp_path, key).exists()

"""A cached `ember.load` in a fresh process (issue 7's load goal): it links the cached
objects itself (interop/objload.py) and imports neither llvmlite nor the compiler. Any
doubt (no host file, another CPU, a damaged file, an object the loader does not know)
takes the LLVM path and still gives the right module."""
from __future__ import annotations

import os
import platform
import struct
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parents[1]
pytestmark = pytest.mark.skipif(sys.platform != "linux" or platform.machine() != "x86_64", reason="objload links ELF x86-64 objects only")

SCRIPT = """
import sys
import numpy
import ember
m = ember.load(sys.argv[1])
print("result", m.go(4), m.total(numpy.arange(5.0)))
try:
    m.go(0)
except ZeroDivisionError as e:
    print("fault", e)
print("loader", m.__ember_loader__)
heavy = ("llvmlite", "ember.sema", "ember.syntax", "ember.mir", "ember.codegen", "ember.driver.pipeline",
         "ember.driver.session", "ember.diagnostics")
print("imported", sorted(n for n in sys.modules if n.split(".")[0] == "llvmlite" or n in heavy))
"""

MAIN = """import dep

fn go(x: Int) -> Int:
    return dep.k() // x

fn total(xs: [f64]) -> f64:
    s = 0.0
    for x in xs:
        s += x
    return s
"""


def _run(main: Path, cache: Path, **env: str) -> str:
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(main)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "EMBER_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO), **env})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture
def main(tmp_path: Path) -> Path:
    (tmp_path / "dep.ember").write_text("fn k() -> Int:\n    return 100\n")
    (tmp_path / "main.ember").write_text(MAIN)
    return tmp_path / "main.ember"


def _check(out: str, loader: str) -> None:
    assert "result 25 10.0" in out, out
    assert "fault " in out and "main.ember:4:" in out, out  # the fault's FILE:LINE:COL
    assert f"loader {loader}" in out, out


def test_warm_load_imports_neither_llvmlite_nor_the_compiler(main: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _run(main, cache)
    _check(first, "objload")
    assert "'llvmlite'" in first  # the first load compiled
    second = _run(main, cache)
    _check(second, "objload")
    assert "imported []" in second, second


def test_the_llvm_path_gives_the_same_results(main: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    _run(main, cache)
    _check(_run(main, cache, EMBER_LOADER="llvm"), "llvm")


@pytest.mark.parametrize("damage", ["missing", "garbage", "other cpu"])
def test_a_doubtful_host_file_is_a_miss(main: Path, tmp_path: Path, damage: str) -> None:
    """The warm path trusts the host file for LLVM's CPU fields; without a good one the
    slow path asks LLVM (and finds the entry by its key) and writes the file again."""
    from ember.driver import cache as cache_mod

    cache = tmp_path / "cache"
    _run(main, cache)
    (host,) = (cache / "host").iterdir()
    match damage:
        case "missing":
            host.unlink()
        case "garbage":
            host.write_bytes(host.read_bytes()[:-3] + b"xyz")
        case "other cpu":
            llvm, _cpu, features = cache_mod.load_host(cache, host.name.removesuffix(".emo"))
            cache_mod.store_host(cache, host.name.removesuffix(".emo"), llvm, "i386", features)
    out = _run(main, cache)
    _check(out, "objload")
    assert "'llvmlite'" in out and "'ember.sema'" not in out  # LLVM for its CPU name, no compiling
    assert "imported []" in _run(main, cache)  # the host file was written again


def _objects(main: Path, cache: Path) -> tuple[bytes, ...]:
    from ember.driver.library import build_library
    from ember.driver.session import Options, Session

    lib = build_library(Session(Options(cache_dir=cache)), main)
    assert lib is not None
    return lib.objects


def _first_relocation(obj: bytes) -> int:
    """The offset in `obj` of the first relocation entry's info field (.rela.text)."""
    shoff, = struct.unpack_from("<Q", obj, 0x28)
    shnum, = struct.unpack_from("<H", obj, 0x3C)
    for i in range(shnum):
        _name, typ, _flags, _addr, off, size = struct.unpack_from("<IIQQQQ", obj, shoff + 64 * i)
        if typ == 4 and size:  # SHT_RELA
            return off + 8
    raise AssertionError("no relocations")


def test_objload_refuses_what_it_does_not_know(main: Path, tmp_path: Path) -> None:
    from ember.interop import binding, objload

    objs = list(_objects(main, tmp_path / "cache"))
    api = binding._python_api()
    image = objload.load(objs, api)
    assert image is not None and image.address("ember_guarded_call") and not image.address("no_such_symbol")
    image.close()
    assert objload.load([b"not an object"], api) is None
    assert objload.load([objs[-1][:40]], api) is None  # truncated
    at = _first_relocation(objs[-1])
    sym, = struct.unpack_from("<I", objs[-1], at + 4)
    for typ in (23, 19, 37):  # TPOFF32, TLSGD, an unknown one: LLVM's JIT does these
        patched = bytearray(objs[-1])
        struct.pack_into("<II", patched, at, typ, sym)
        assert objload.load([*objs[:-1], bytes(patched)], api) is None
    assert objload.load(objs[-1:], api) is None  # without the runtime pieces: undefined symbols


def test_a_refusal_falls_back_to_llvm(main: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ember
    from ember.interop import objload

    monkeypatch.setenv("EMBER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(objload, "load", lambda objects, extra: None)
    m = ember.load(main)
    assert m.__ember_loader__ == "llvm" and m.go(4) == 25
    monkeypatch.setenv("EMBER_LOADER", "objload")
    with pytest.raises(RuntimeError, match="objload cannot link"):
        ember.load(main)


def test_every_runtime_piece_links() -> None:
    """All of the runtime's pieces at once: objload knows every section and relocation
    they hold, and resolves what they call in the process (libc, libm, pthreads)."""
    from ember import runtime
    from ember.codegen import target
    from ember.interop import binding, objload

    split = runtime.runtime_split()
    objs = [target.library_object(p.ir, p.exports, None, 3)
            for p in map(split.piece, split.pieces(split.exported))]
    image = objload.load(objs, binding._python_api())
    assert image is not None
    assert image.address("ember_guarded_call") and image.address("ember_par_run")
    image.close()

"""The on-disk cache seen from Python: a fresh process loads an unchanged module without
compiling (the `ember.cache` log says so, and the compiler is never imported); editing
an imported file invalidates; a damaged entry is rebuilt."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
REPO = HERE.parents[1]

SCRIPT = """
import logging, sys
logging.basicConfig(level=logging.INFO, format="LOG %(name)s %(message)s", stream=sys.stdout)
import ember
m = ember.load(sys.argv[1])
print("result", m.go(4))
print("compiler imported", any(n in sys.modules for n in ("ember.sema", "ember.syntax.parser", "ember.codegen.emit")))
"""


def _run(main: Path, cache: Path) -> str:
    env = dict(os.environ, EMBER_CACHE_DIR=str(cache), PYTHONPATH=str(REPO))
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(main)], capture_output=True, text=True, env=env,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_fresh_process_does_not_compile(tmp_path: Path) -> None:
    (tmp_path / "dep.ember").write_text("fn k() -> Int:\n    return 10\n")
    main = tmp_path / "main.ember"
    main.write_text("import dep\n\nfn go(x: Int) -> Int:\n    return x * dep.k()\n")
    cache = tmp_path / "cache"
    first = _run(main, cache)
    assert "library: compiled" in first and "result 40" in first
    second = _run(main, cache)
    # nothing compiled: neither the module nor a runtime piece
    assert "library: cache hit" in second and "library: compiled" not in second, second
    assert re.search(r"runtime pieces: \d+ from the cache, 0 compiled", second), second
    assert "result 40" in second and "compiler imported False" in second
    (tmp_path / "dep.ember").write_text("fn k() -> Int:\n    return 100\n")  # edit the import
    third = _run(main, cache)
    assert "library: compiled" in third and "result 400" in third


def test_corrupt_or_truncated_entries_are_rebuilt(tmp_path: Path) -> None:
    main = tmp_path / "main.ember"
    main.write_text("fn go(x: Int) -> Int:\n    return x + 1\n")
    cache = tmp_path / "cache"
    assert "result 5" in _run(main, cache)
    entries = sorted((cache / "obj").rglob("*.emo"))
    assert entries
    for i, entry in enumerate(entries):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if i % 2 == 0 else data[:40] + b"\xff" * (len(data) - 40))
    for piece in sorted((cache / "rt").rglob("*.emo"))[:3]:
        piece.write_bytes(b"garbage")
    out = _run(main, cache)
    assert "library: compiled" in out and "result 5" in out
    assert "library: cache hit" in _run(main, cache)
    shutil.rmtree(cache / "dep")  # no manifests: the slow path finds the entry by its key
    assert "result 5" in _run(main, cache)


JIT_SCRIPT = """
import logging, sys
logging.basicConfig(level=logging.INFO, format="LOG %(name)s %(message)s", stream=sys.stdout)
import ember

@ember.jit
def dot(xs, ys):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * ys[i]
    return s

print("result", dot([1.0, 2.0], [3.0, 4.0]))
"""


def test_jit_instances_are_cached_across_processes(tmp_path: Path) -> None:
    script = tmp_path / "uses_jit.py"
    script.write_text(JIT_SCRIPT)
    env = dict(os.environ, EMBER_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(REPO))
    outs = []
    for _ in range(2):
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert "library: compiled" in outs[0] and "result 11.0" in outs[0]
    assert "library: cache hit" in outs[1] and "library: compiled" not in outs[1] and "result 11.0" in outs[1]

"""A cached `ember run` in a fresh process links the cached objects itself
(interop/objload.py, pipeline.run_object): it imports neither llvmlite nor the compiler,
and the program behaves as under LLVM's JIT (output, parallel loops, faults with their
location and exit status). `EMBER_LOADER=llvm` still takes the JIT."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux" or platform.machine() != "x86_64",
                                reason="objload links ELF x86-64 objects only")

SCRIPT = """
import os, sys
from ember.cli.main import run_cli
status = run_cli(["run", *sys.argv[1:]], os.environ)
heavy = ("llvmlite", "ember.sema", "ember.syntax", "ember.mir", "ember.codegen.target", "ember.driver.frontend")
print("imported", sorted(n for n in sys.modules if n.split(".")[0] == "llvmlite" or n in heavy), file=sys.stderr)
sys.exit(status)
"""

PROGRAM = """\
from sys import argv

fn total(n: Int) -> Int:
    s = 0
    parallel for i in range(n):
        s += i
    return s

fn main():
    n = int(argv[1])
    xs = [1, 2, 3]
    print(total(n), len(argv))
    print(xs[n])
"""


def _run(src: Path, cache: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", SCRIPT, str(src), *args], capture_output=True, text=True,
                          timeout=300, cwd=src.parent,
                          env={**os.environ, "EMBER_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO), **env})


def test_a_cached_run_needs_no_llvm(tmp_path: Path) -> None:
    src = tmp_path / "prog.ember"
    src.write_text(PROGRAM)
    cache = tmp_path / "cache"
    cold = _run(src, cache, "1")
    assert cold.returncode == 0 and cold.stdout == "0 2\n2\n", cold.stderr
    assert "'llvmlite" in cold.stderr  # the cold run compiled
    for loader in ("auto", "llvm"):
        warm = _run(src, cache, "2", EMBER_LOADER=loader)
        assert warm.returncode == 0 and warm.stdout == "1 2\n3\n", warm.stderr
        imported = warm.stderr.splitlines()[-1]
        if loader == "auto":
            assert imported == "imported []", imported
        else:
            assert "llvmlite" in imported and "ember.sema" not in imported, imported
        fault = _run(src, cache, "1000", EMBER_LOADER=loader)  # a fault ends the process
        assert fault.returncode == 1 and fault.stdout == "499500 2\n", fault.stderr
        assert "prog.ember:13:11: IndexError: list index 1000 out of range for length 3" in fault.stderr

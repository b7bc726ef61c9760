"""tests/programs/{errors,parallel}: the programs linked by interop/objload.py instead of
LLVM's JIT (which `ember run` uses) give the expected output, faults (with their
FILE:LINE:COL) and exit status. Errors and threads are where a wrong relocation shows:
setjmp/longjmp, the runtime's data, pthread calls through the stubs and GOT."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
PROGRAMS = REPO / "tests" / "programs"
SOURCES = sorted(p for d in ("errors", "parallel") for p in (PROGRAMS / d).glob("*.ember")
                 if not p.read_text(encoding="utf-8").startswith("# ember-test: module"))
pytestmark = pytest.mark.skipif(sys.platform != "linux" or platform.machine() != "x86_64",
                                reason="objload links ELF x86-64 objects only")

RUN = """
import ctypes, sys
from pathlib import Path
from ember.driver import pipeline
from ember.driver.session import Options, Session
from ember.interop import binding, objload

compiled = pipeline.build_object(Session(Options(cache_dir=Path(sys.argv[2]))), Path(sys.argv[1]))
image = objload.load(compiled.objects, binding._python_api())
assert image is not None, "objload refused"
main = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_int32, ctypes.POINTER(ctypes.c_char_p))(image.address("ember_main"))
sys.stdout.flush()
sys.exit(main(1, (ctypes.c_char_p * 2)(sys.argv[1].encode(), None)))
"""


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_program_through_objload(src: Path, cache_dir: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", RUN, src.name, str(cache_dir)], cwd=src.parent, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONPATH": str(REPO)})
    out, err = src.with_suffix(".out"), src.with_suffix(".err")
    assert proc.stdout == (out.read_text(encoding="utf-8") if out.exists() else ""), proc.stderr
    if err.exists():
        assert proc.returncode != 0
        for line in filter(None, map(str.strip, err.read_text(encoding="utf-8").splitlines())):
            assert line in proc.stderr, (line, proc.stderr)
    else:
        assert proc.returncode == 0, proc.stderr

"""Deterministic memory under load (LANGUAGE.md §5): a built program that makes and drops
millions of nested lists, structs and `__del__` values must keep its memory flat. A leak
of even one small block per iteration would add tens of megabytes; the limit is far
above the program's real footprint (about 1 MB) and far below what a leak would reach.
Not under valgrind (tests/programs/test_valgrind.py covers exactness on small inputs):
too slow for a million iterations.
"""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from ember_testing import build, fail

HERE = Path(__file__).parent
GROWTH_KB = 4_000


def peak_kb(exe: Path, n: int) -> int:
    """Peak resident memory of one run (which includes what the forked child held before
    exec: so only differences between runs mean anything)."""
    proc = subprocess.Popen([str(exe), str(n)], stdout=subprocess.PIPE)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    assert (os.waitstatus_to_exitcode(status), out) == (0, f"{n * 5 + n // 2}\n".encode())
    return usage.ru_maxrss


def test_millions_of_values_keep_memory_flat(tmp_path: Path) -> None:
    built, exe = build("drops.ember", HERE, tmp_path)
    if built.returncode != 0:
        fail("drops.ember", "`ember build` failed", built)
    small, large = peak_kb(exe, 1_000), peak_kb(exe, 1_000_000)
    assert large - small < GROWTH_KB, f"peak memory grew from {small} KB to {large} KB"

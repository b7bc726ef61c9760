"""Parallel programs are deterministic: built once, each runs 20 times with 1, 2 and 8
threads (`EMBER_NUM_THREADS`) and every run prints exactly the same, with the same exit
status and, for a fault, the same message (the lowest failing iteration's).

test_programs.py checks that the output is the right one; this checks that it does not
depend on the threads or on timing.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ember_testing import PROGRAMS, SPEC, build, fail, subprocess_env

RUNS = 20
THREADS = (1, 2, 8)
SOURCES = sorted((PROGRAMS / "parallel").glob("*.ember")) + \
    [p for p in sorted(SPEC.glob("0[568]_*.ember"))]


@pytest.mark.parametrize("src", SOURCES, ids=lambda p: p.name)
def test_same_output_for_any_thread_count(src: Path, tmp_path: Path) -> None:
    if not src.exists():
        pytest.skip(f"{src} is absent")
    made, exe = build(src.name, src.parent, tmp_path)
    if made.returncode != 0:
        fail(src, "does not build", made)
    seen: dict[tuple[int, str, str], list[str]] = {}
    for threads in THREADS:
        env = subprocess_env() | {"EMBER_NUM_THREADS": str(threads)}
        for i in range(RUNS):
            p = subprocess.run([str(exe)], cwd=src.parent, env=env, capture_output=True, text=True, timeout=120)
            seen.setdefault((p.returncode, p.stdout, p.stderr), []).append(f"{threads} threads, run {i + 1}")
    if len(seen) > 1:
        details = "\n\n".join(f"{len(where)} runs ({where[0]}, ...): exit {rc}\n{out}{err}"
                              for (rc, out, err), where in seen.items())
        fail(src, f"{len(seen)} different results over {RUNS * len(THREADS)} runs", details=details)

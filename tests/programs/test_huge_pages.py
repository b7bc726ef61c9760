"""Big lists ask the kernel for transparent huge pages (rt.c, `advise_big`), so the first
touch of their memory takes one page fault per 2 MiB instead of one per 4 KiB.

The advice shows in `/proc/PID/smaps` as the `hg` VmFlag of the memory it covers:
- a program (`ember build`, an executable owns its process): the heap is advised, and it
  holds both the 80 KB rows that two threads of a `parallel for` made and a 20 MB list;
- the Python layer (a library in the host's process): a 40 MB list returned as a NumPy
  array is advised, and the host's heap is left alone.

The program is stopped while smaps is read by the pipe it writes to: it prints more than
a pipe holds after its lists are made, and the test reads one byte, then smaps.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

import ember
from ember_testing import build_text, subprocess_env

pytestmark = pytest.mark.skipif(
    not Path("/sys/kernel/mm/transparent_hugepage/enabled").exists(),
    reason="this kernel has no transparent huge pages",
)

PROGRAM = """\
fn rows(n: Int, cols: Int) -> [[f64]]:
    out: [[f64]] = []
    parallel for r in range(n):
        row: [f64] = [0.0] * cols
        for c in range(cols):
            row[c] = f64(r + c)
        out.append(row)
    return out

fn main():
    batch = rows(200, 10000)
    big: [f32] = [1.0] * 5000000
    print("x" * 300000)
    print(len(batch), len(big))
"""


def _mappings(smaps: str) -> list[tuple[str, dict[str, str]]]:
    """(header line, fields) per mapping of an smaps file."""
    out: list[tuple[str, dict[str, str]]] = []
    for line in smaps.splitlines():
        key, _, value = line.partition(":")
        if key.replace("_", "").isalpha() and value:
            out[-1][1][key] = value.strip()
        else:
            out.append((line, {}))
    return out


def _advised(smaps: str) -> list[str]:
    """The header lines of the mappings whose VmFlags include `hg` (MADV_HUGEPAGE)."""
    return [h for h, f in _mappings(smaps) if "hg" in f.get("VmFlags", "").split()]


def _heap_rss(smaps: str) -> int:
    return sum(int(f["Rss"].split()[0]) << 10 for h, f in _mappings(smaps) if h.endswith("[heap]"))


def test_a_program_advises_its_heap_and_big_lists(tmp_path: Path) -> None:
    exe = build_text(tmp_path, "huge.ember", PROGRAM)
    proc = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, env={**subprocess_env(), "EMBER_NUM_THREADS": "2"})
    try:
        assert proc.stdout is not None and proc.stdout.read(1) == b"x"  # lists made; blocked on the pipe
        smaps = Path(f"/proc/{proc.pid}/smaps").read_text()
    finally:
        rest = proc.communicate(timeout=60)[0]
    assert proc.returncode == 0 and rest.decode().endswith("\n200 5000000\n")
    assert any(h.endswith("[heap]") for h in _advised(smaps)), _advised(smaps)
    # 16 MB of rows, made by both threads, and the 20 MB list live on the advised heap
    assert _heap_rss(smaps) >= 36_000_000, _heap_rss(smaps)


def test_the_python_layer_advises_big_lists_only(tmp_path: Path) -> None:
    src = tmp_path / "huge_layer.ember"
    src.write_text("fn ones(n: Int) -> [f32]:\n    return [1.0] * n\n")
    k = ember.load(src)
    arr = k.ones(10_000_000)
    at = arr.ctypes.data + (4 << 20)  # the advice covers the block's 2 MiB-aligned part
    smaps = Path("/proc/self/smaps").read_text()
    holding = [h for h in _advised(smaps) if int(h.split("-")[0], 16) <= at < int(h.split()[0].split("-")[1], 16)]
    assert holding, "the 40 MB list's memory is not advised"
    assert not any(h.endswith("[heap]") for h in _advised(smaps)), "the host's heap was advised"
    assert arr.dtype == np.float32 and float(arr.sum()) == 10_000_000.0


def test_ember_hugepages_0_turns_the_advice_off(tmp_path: Path) -> None:
    """The opt-out for machines where fresh huge pages are slow (a VM whose balloon hands
    free 2 MiB blocks back to the host): no mapping of the program is advised."""
    exe = build_text(tmp_path, "huge_off.ember", PROGRAM)
    env = {**subprocess_env(), "EMBER_NUM_THREADS": "2", "EMBER_HUGEPAGES": "0"}
    proc = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, env=env)
    try:
        assert proc.stdout is not None and proc.stdout.read(1) == b"x"
        smaps = Path(f"/proc/{proc.pid}/smaps").read_text()
    finally:
        rest = proc.communicate(timeout=60)[0]
    assert proc.returncode == 0 and rest.decode().endswith("\n200 5000000\n")
    assert _advised(smaps) == [], _advised(smaps)

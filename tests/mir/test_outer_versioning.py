"""The loops right around innermost ones are versioned for their own indices
(mir/bounds.py, `version_outer_loops`): matmul's `a[i * n + k]` in the k loop was
checked once per k, and its inner j loop already had an unchecked copy.
"""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import run_ember

MATMUL = """\
fn matmul(a: [f32], b: [f32], n: Int) -> [[f32]]:
    rows: [[f32]] = []
    for i in range(n):
        row: [f32] = [0.0] * n
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                row[j] += aik * b[k * n + j]
        rows.append(row)
    return rows

fn main():
    a: [f32] = [1.0] * 16
    print(matmul(a, a, 4)[3][3])
"""


def _matmul_mir(tmp_path: Path) -> str:
    (tmp_path / "mm.ember").write_text(MATMUL)
    r = run_ember(["emit", "mir-opt", "mm.ember"], tmp_path)
    assert r.returncode == 0, r.stderr
    return r.stdout[r.stdout.index("fn matmul"):]


def test_the_middle_loops_own_index_gets_an_unchecked_copy(tmp_path: Path) -> None:
    mir = _matmul_mir(tmp_path)
    a_loads = re.findall(r"= load _0\[(_\d+)( unchecked)?\]", mir)
    assert {u for _, u in a_loads} == {"", " unchecked"}, a_loads  # the checked loop stays
    # both copies of the k loop hold both copies of the j loop
    b_loads = re.findall(r"= load _1\[_\d+( unchecked)?\]", mir)
    assert sorted(b_loads) == ["", "", " unchecked", " unchecked"], b_loads


def test_its_result_is_unchanged(tmp_path: Path) -> None:
    (tmp_path / "mm.ember").write_text(MATMUL)
    r = run_ember(["run", "mm.ember"], tmp_path)
    assert (r.returncode, r.stdout) == (0, "4.0\n"), r.stderr

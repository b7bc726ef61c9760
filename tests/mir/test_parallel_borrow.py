"""A `parallel for` over a list of lists binds its variable to the element itself where
the body only reads it, as a serial loop's (sema/check/stmt.py `_parallel_loop_can_borrow`):
B3's rows were copied, 10,000 floats each, before each iteration (its parallel version took
20-90 ms on one thread where the serial one takes 14). A body that changes the variable
in place is an error (tests/diagnostics/list_loop_variable_parallel.ember). Behaviour:
tests/programs/parallel/borrowed_rows.ember."""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import PROGRAMS, run_ember


def test_a_parallel_body_that_reads_its_row_does_not_copy_it(tmp_path: Path) -> None:
    src = PROGRAMS / "parallel" / "borrowed_rows.ember"
    (tmp_path / "rows.ember").write_text(src.read_text())
    r = run_ember(["emit", "mir", "rows.ember"], tmp_path)
    assert r.returncode == 0, r.stderr
    fns = {m.group(1): m.group(0) for m in re.finditer(r"^fn ([\w.]+)\(.*?^}", r.stdout, re.M | re.S)}
    for body in ("means.par1", "main.par2"):
        assert "list.get_unchecked(" in fns[body] and "copy(" not in fns[body], fns[body]

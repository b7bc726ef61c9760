"""`s += x` and `s = s + x` append in place (mir/strappend.py): the optimized MIR takes
the old string (`str.append(move s, x)`) instead of making `s + x` and dropping `s`,
which made a loop of appends quadratic. Behaviour: corpus/string_building.py."""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import run_ember

PROGRAM = """\
def build(n):
    s = ""
    u = ""
    for i in range(n):
        s += "ab"
        u = u + str(i)
        u += u
    return s + u

total = ""
for k in range(3):
    total += str(k)
print(build(3), total)
"""


def test_appends_take_the_old_string(tmp_path: Path) -> None:
    (tmp_path / "p.py").write_text(PROGRAM)
    r = run_ember(["emit", "mir-opt", "p.py"], tmp_path)
    assert r.returncode == 0, r.stderr
    fn = r.stdout[r.stdout.index("fn build"):]
    fn = fn[:fn.index("\n}")]
    assert len(re.findall(r"= str\.append\(move _1, const 'ab': str\)", fn)) == 1, fn  # s += "ab"
    assert len(re.findall(r"= str\.append\(move _2, _\d+\)", fn)) == 1, fn  # u = u + str(i)
    assert re.search(r"= add\(_\d+, _2\)", fn), fn  # u += u: the plain form
    top = r.stdout[r.stdout.index("fn ember_main"):]
    assert "str.append(move" in top  # a module-level string
    r = run_ember(["run", "p.py"], tmp_path)
    assert (r.returncode, r.stdout) == (0, "ababab00100120010012 012\n"), r.stderr

"""`[v] * n` in optimized IR (`ember emit llvm`), DESIGN.md "Tests".

B6 makes each row of C with `[0.0] * n`. The runtime's ember_list_repeat appends the
one-element list n times, a call and a memcpy per element; codegen fills a one-element
list of plain values itself (emit/repeat.py), which LLVM makes a memset. Lists whose
elements own memory still go to the runtime, which deep-copies each one.
"""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import optimized_ir

ZEROS = """\
from sys import argv

fn zeros(n: Int) -> [f32]:
    return [0.0] * n

fn filled(n: Int) -> [f64]:
    return [1.5] * n

fn words(n: Int) -> [str]:
    return ["w"] * n

fn main():
    n = int(argv[1])
    print(len(zeros(n)), filled(n)[0], words(n)[0])
"""


def test_one_element_repeat_is_filled_inline(tmp_path: Path) -> None:
    ir = optimized_ir(tmp_path, ZEROS)
    assert re.search(r"call void @llvm\.memset", ir), "`[0.0] * n` should be a memset:\n" + ir[-4000:]
    assert re.search(r"store <\d+ x double> <double 1\.5", ir) or "store double 1.5" in ir
    # only the list of strings, whose elements are copied one by one, calls the runtime
    assert len(re.findall(r"call [^\n]*@ember_list_repeat\(", ir)) == 1

"""LANGUAGE.md §7: `comptime table = generate_scaled_array()` puts the table in the
binary and calls nothing: the IR codegen emits (before LLVM's optimizer) has a constant
global holding the computed values, and no call of the function that computed them."""
from __future__ import annotations

import re
import struct
from pathlib import Path

from ember_testing import emitted_ir

PROGRAM = """\
comptime N = 8

fn generate_scaled_array() -> [f32; N]:
    result: [f32; N] = []
    for i in range(0, N):
        result[i] = i * 0.5
    return result

comptime table = generate_scaled_array()
print(table[3])
"""


def test_table_is_a_constant_global(tmp_path: Path) -> None:
    ir = emitted_ir(tmp_path, PROGRAM)
    decl = next(line for line in ir.splitlines() if line.startswith('@"em.global.table" ='))
    assert re.search(r"internal constant \[8 x float\]", decl), decl
    bits = re.findall(r"float\s+0x([0-9a-fA-F]+)", decl)  # LLVM writes a float as its double's bits
    values = [struct.unpack("<d", int(h, 16).to_bytes(8, "little"))[0] for h in bits]
    assert values == [i * 0.5 for i in range(8)], decl


def test_no_call_computes_it(tmp_path: Path) -> None:
    ir = emitted_ir(tmp_path, PROGRAM)
    assert not re.search(r"call .*generate_scaled_array", ir)
    assert "comptime.table" not in ir

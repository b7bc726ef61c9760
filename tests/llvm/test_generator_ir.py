"""A loop over a generator is the loop written by hand (mir/build/generators.py).

`for x in count_up(n)` inlines the generator's body into the loop: no call, no
allocation, no state. The optimized module of the generator version must be the
hand-written version's, instruction for instruction, once value and block names, the
order of the blocks and the source lines and columns in fault locations are set aside.
"""
from __future__ import annotations

import re
from pathlib import Path

from ember_testing import optimized_ir

GENERATOR = """\
from sys import argv

fn count_up(n: Int) -> Iterator[Int]:
    var i = 0
    while i < n:
        yield i
        i += 1

fn total(n: Int) -> Int:
    var s = 0
    for x in count_up(n):
        if x % 3 == 0:
            continue
        s += x
    return s

fn main():
    print(total(int(argv[1])))
"""

HAND = """\
from sys import argv

fn total(n: Int) -> Int:
    var s = 0
    var i = 0
    while i < n:
        x = i
        if x % 3 != 0:
            s += x
        i += 1
    return s

fn main():
    print(total(int(argv[1])))
"""


def _normalized(ir: str) -> list[str]:
    """The instructions, without value and block names, metadata or source positions."""
    out = []
    for line in ir.splitlines():
        line = line.split(";")[0].rstrip()
        line = re.sub(r"!\w+ !\d+|, !\w+ !\d+|#\d+", "", line)
        line = re.sub(r"%[\w.]+", "%v", line)
        line = re.sub(r"i32 (noundef )?\d+, i32 (noundef )?\d+\)", "i32 L, i32 C)", line)  # a fault's line and column
        line = re.sub(r"range\(i32 \d+, \d+\)", "range", line)
        line = re.sub(r"^[\w.]+:", "label:", line)
        if line and not line.startswith(("!", "source_filename", "attributes")):
            out.append(line)
    return out


def test_generator_loop_is_the_hand_written_loop(tmp_path: Path) -> None:
    (tmp_path / "gen").mkdir()
    (tmp_path / "hand").mkdir()
    gen = optimized_ir(tmp_path / "gen", GENERATOR)
    hand = optimized_ir(tmp_path / "hand", HAND)
    assert "count_up" not in gen  # inlined when MIR was built: no function of its own
    assert sorted(_normalized(gen)) == sorted(_normalized(hand)), gen

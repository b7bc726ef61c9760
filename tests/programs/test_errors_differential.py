"""Errors against CPython (LANGUAGE.md 8): random programs of nested try/except/else/
finally, raise and bare raise, return/break/continue in every position, loops and calls
between functions print what CPython prints. Each function also owns a list, a str and a
`__del__` value, so every error path destroys things: each value is destroyed exactly
once, so the `del` lines are CPython's as a multiset (CPython destroys later, by
reference count, so not in the same order).

The generator is deterministic per seed; a failing seed reproduces with
`python tests/programs/test_errors_differential.py SEED > p.ember`.
"""
from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

KINDS = ("ValueError", "KeyError", "IndexError", "RuntimeError", "ZeroDivisionError")
CATCHES = (*KINDS, "LookupError", "ArithmeticError", "Exception")
SEEDS = range(8)
PRELUDE = """\
from dataclasses import dataclass


@dataclass
class Noisy:
    name: str

    def __del__(self):
        print("del", self.name)


acc: list[int] = []
"""


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.count = 0
        self.functions = self.rng.randint(1, 3)

    def block(self, depth: int, indent: int, in_loop: bool, in_handler: bool, fn: int) -> list[str]:
        out: list[str] = []
        for _ in range(self.rng.randint(1, 3)):
            out += self.stmt(depth, indent, in_loop, in_handler, fn)
        return out

    def stmt(self, depth: int, indent: int, in_loop: bool, in_handler: bool, fn: int) -> list[str]:
        r, p = self.rng, " " * indent
        self.count += 1
        t = self.count
        choices = ["print", "raise", "call", "use", "return"] + ["try", "try", "if", "loop"] * (depth < 3)
        choices += ["break", "continue"] * in_loop + ["reraise"] * in_handler
        match r.choice(choices):
            case "print":
                return [f"{p}print('s{t}', n)"]
            case "use":
                return [f"{p}acc.append(len(xs) + len(s) + len(str(n) * 2) + len(k.name))"]
            case "raise":
                m = r.randint(2, 4)
                return [f"{p}if n % {m} == {r.randrange(m)}:", f"{p}    raise {r.choice(KINDS)}('e{t}')"]
            case "reraise":
                return [f"{p}if n % 2 == {r.randrange(2)}:", f"{p}    raise"]
            case "call" if fn + 1 < self.functions:
                return [f"{p}acc.append(f{r.randint(fn + 1, self.functions - 1)}(n + {r.randint(0, 3)}))"]
            case "call":
                return [f"{p}acc.append(n)"]
            case "return":
                return [f"{p}if n % 3 == {r.randrange(3)}:", f"{p}    return {t}"]
            case "break" | "continue" as jump:
                return [f"{p}if n % 2 == {r.randrange(2)}:", f"{p}    {jump}"]
            case "if":
                return [f"{p}if n % 2 == {r.randrange(2)}:", *self.block(depth + 1, indent + 4, in_loop, in_handler, fn)]
            case "loop":
                return [f"{p}for i{t} in range({r.randint(1, 3)}):", *self.block(depth + 1, indent + 4, True, in_handler, fn)]
            case _:
                return self.try_stmt(depth, indent, in_loop, in_handler, fn, t)

    def try_stmt(self, depth: int, indent: int, in_loop: bool, in_handler: bool, fn: int, t: int) -> list[str]:
        r, p = self.rng, " " * indent
        out = [f"{p}try:", *self.block(depth + 1, indent + 4, in_loop, in_handler, fn)]
        handlers = r.randint(0, 3)
        for _ in range(handlers):
            kinds = r.sample(CATCHES, r.randint(1, 2))
            named = r.random() < 0.5
            out.append(f"{p}except {kinds[0] if len(kinds) == 1 else '(' + ', '.join(kinds) + ')'}"
                       + (" as e:" if named else ":"))
            if named:
                out.append(f"{p}    print('h{t}', repr(e))")
            out += self.block(depth + 1, indent + 4, in_loop, True, fn)
        if handlers and r.random() < 0.3:
            out += [f"{p}else:", *self.block(depth + 1, indent + 4, in_loop, in_handler, fn)]
        if not handlers or r.random() < 0.5:
            out += [f"{p}finally:", f"{p}    print('f{t}')"]
            if r.random() < 0.3:
                out += self.block(depth + 2, indent + 4, in_loop, in_handler, fn)
        return out

    def program(self) -> str:
        lines = [PRELUDE]
        for fn in range(self.functions):
            lines += [f"def f{fn}(n: int) -> int:", "    xs = [n, n + 1]", "    s = 'ab' * n",
                      f"    k = Noisy('k{fn}-' + str(n))"]
            lines += self.block(0, 4, False, False, fn)
            lines += [f"    return -{fn}", "", ""]
        lines += ["for n in range(7):", "    try:", "        print('r', f0(n))", "    except Exception as e:",
                  "        print('top', repr(e))", "    print(acc)"]
        return "\n".join(lines) + "\n"


def _split(out: str) -> tuple[list[str], Counter[str]]:
    lines = out.splitlines()
    return [x for x in lines if not x.startswith("del ")], Counter(x for x in lines if x.startswith("del "))


@pytest.mark.parametrize("seed", SEEDS)
def test_errors_match_cpython(seed: int, tmp_path: Path) -> None:
    from ember_testing import fail, run_ember, run_python  # registered by tests/conftest.py

    src = tmp_path / f"p{seed}.ember"
    src.write_text(Generator(seed).program())
    expected = run_python([src.name], tmp_path)
    if expected.returncode != 0:
        fail(src, "the generated program fails under CPython", expected)
    got = run_ember(["run", src.name], tmp_path)
    if got.returncode != 0 or _split(got.stdout) != _split(expected.stdout):
        fail(src, "ember's output differs from CPython's (del lines compared as a multiset)", got,
             details="CPython printed:\n" + expected.stdout)


if __name__ == "__main__":
    print(Generator(int(sys.argv[1])).program(), end="")

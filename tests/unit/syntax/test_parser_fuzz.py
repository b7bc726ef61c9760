"""No input makes the front end raise or hang: random token soup and mutations of real
programs (spec files and the tests' own snippets)."""
from __future__ import annotations

import pathlib
import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ember.base.source import SourceMap
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.syntax.parser import parse_file

SPEC = pathlib.Path(__file__).resolve().parents[4] / "shared" / "spec"
SNIPPETS = (
    "fn f[N: Int, T: DType = f32](owned a: T, inout b: [f32], c: Int = 3) raises -> T:\n"
    "    return a^\n",
    "struct M[rows: Int]:\n    x: SIMD[f32, 8]\n    var y: [T; N] = []\n    comptime K = 3\n"
    "    fn g(self) -> Int:\n        return self.x.reduce_add()\n",
    "x = f\"a{b!r:>{w}} {{}} {c=}\" 'd' \"\"\"e\n\"\"\"\n",
    "@parameter\nfor i in range(N):\n    xs[i:i+8] = xs[i:i+8] * 2.0\n",
    "try:\n    pass\nexcept ValueError as e:\n    raise\nelse:\n    x = [a for a, b in z if a]\nfinally:\n    y = -2**2\n",
    "from a.b import (c as d, e)\nimport x.y as z\nglobal q\nassert a < b <= c, 'm'\n",
    "def g(x, *args, **kw):\n    return lambda y: {1: 2}\nclass C(Base):\n    a: int = 0\n",
    "if a:\n  b\nelif c:\n  d\nelse:\n  e\nwhile x: x -= 1\n",
)
CORPUS = tuple(sorted(p.read_text() for p in SPEC.rglob("*.ember"))) + SNIPPETS
TOKENS = (
    "fn", "def", "struct", "class", "if", "elif", "else", "for", "parallel", "in", "while",
    "return", "raise", "try", "except", "finally", "comptime", "alias", "var", "owned",
    "inout", "raises", "->", "@parameter", "@", "x", "y", "Int", "f32", "0", "1.5", "0x1f",
    "'s'", '"""t"""', 'f"{x}"', 'f"{', "(", ")", "[", "]", "{", "}", ",", ":", ";", ".",
    "...", "=", "+=", "**", "^", "-", "not", "and", "or", "is", "lambda", ":=", "\\",
    "\n", "\n    ", "\n  ", "\t", " ", "#c", "pass", "None", "True", "\x00", "é", "$",
)


def run_parser(code: str) -> None:
    src = SourceMap().add("fuzz.ember", code)
    started = time.perf_counter()
    parse_file(src, DiagnosticSink())
    assert time.perf_counter() - started < 2.0, "parser too slow on this input"


PER_EXAMPLE = 4  # inputs per hypothesis example: 4 x 900 mutations + 4 x 1000 soups


def mutate(rng: random.Random, text: str) -> str:
    """Delete, duplicate, swap or insert characters or lines, one to four times."""
    for _ in range(rng.randint(1, 4)):
        by_line = rng.random() < 0.5
        units: list[str] = text.splitlines(keepends=True) if by_line else list(text)
        if not units:
            break
        i, j = rng.randrange(len(units)), rng.randrange(len(units))
        match rng.choice(("delete", "duplicate", "swap", "insert")):
            case "delete":
                del units[min(i, j):max(i, j) + 1 if by_line else min(i, j) + 3]
            case "duplicate":
                units.insert(j, units[i])
            case "swap":
                units[i], units[j] = units[j], units[i]
            case _:
                units.insert(i, rng.choice(TOKENS))
        text = "".join(units)
    return text


@settings(max_examples=900, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(st.integers(0, 2**32), st.integers(0, len(CORPUS) - 1))
def test_mutations_never_crash(seed: int, which: int) -> None:
    rng = random.Random(seed)
    for _ in range(PER_EXAMPLE):
        run_parser(mutate(rng, CORPUS[which]))


@settings(max_examples=1000, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(st.integers(0, 2**32))
def test_token_soup_never_crashes(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(PER_EXAMPLE):
        sep = rng.choice((" ", "", "\n"))
        run_parser(sep.join(rng.choice(TOKENS) for _ in range(rng.randint(0, 40))))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=60))
def test_arbitrary_text_never_crashes(code: str) -> None:
    run_parser(code)


def test_deep_nesting_is_a_diagnostic() -> None:
    for code in ("(" * 5000, "[" * 5000 + "]" * 5000, "x = " + "-" * 5000 + "1",
                 "x = " + "not " * 3000 + "y", "x = " + "a if b else " * 2000 + "c",
                 "".join(" " * i + "if x:\n" for i in range(500)) + " " * 500 + "pass\n",
                 "x: " + "[" * 3000 + "T" + "]" * 3000, "y = 2" + "**2" * 3000,
                 "f" + "(x)" * 3000, "x = " + "f'{" * 50 + "1" + "}'" * 50):
        src = SourceMap().add("deep.ember", code)
        sink = DiagnosticSink()
        parse_file(src, sink)
        assert sink.has_errors or code.startswith("y = 2") or code.startswith("f(")

"""No input makes the checker or the MIR builder raise or hang: mutations of real,
well-typed programs (the corpus, tests/programs and the spec), each checked and, when
it has no errors, lowered to MIR, verified (ember/mir/verify.py) and emitted as LLVM IR. Wrong programs must
come out as diagnostics; a Python exception here is a compiler bug.

The mutations are the parser fuzz's (tests/unit/syntax/test_parser_fuzz.py) plus
token-level edits that keep most programs parseable, so the checker sees mostly
well-formed trees with one thing wrong: a swapped name, operator, literal or type.
"""
from __future__ import annotations

import os
import random
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ember.base.source import SourceMap
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.sema import analyze
from ember.syntax.parser import parse_file

TESTS = Path(__file__).resolve().parents[2]
SPEC = TESTS.parent.parent / "shared" / "spec"
SOURCES = tuple(sorted(
    p.read_text() for p in [*TESTS.glob("programs/corpus/*.py"), *TESTS.glob("programs/basics/*.ember"),
                            *TESTS.glob("programs/parallel/*.ember"), *TESTS.glob("programs/generic/*.ember"),
                            *TESTS.glob("programs/comptime/*.ember"), *TESTS.glob("programs/simd/*.ember"),
                            *SPEC.glob("*.ember")]))
WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*|\d+\.\d+|\d+|\*\*|//|[-+*/%<>=!]=?|[\[\](),.:]")
SWAPS = ("x", "i", "n", "self", "Int", "float", "str", "f32", "list", "None", "True", "0", "1.5",
         "'s'", "[]", "len", "print", "range", "append", "+", "-", "*", "/", "//", "%", "**", "<",
         "==", "and", "not", "in", "(", ")", "[", "]", ",", ":", ".", "return", "owned", "inout",
         "^", "x.copy()", "[1, 2]", "(1, 'a')", "-1", "2**63", "1e308", "parallel", "+=", "min", "break")
PER_EXAMPLE = 4
# 3 parts x 250 examples x 4 mutants = 3,000 inputs per CI run (about 50 s on 2 cores; it
# was 500, then 400 examples until the suite neared its 10-minute limit);
# EMBER_CHECKER_FUZZ_PARTS=40 is a longer campaign
PARTS = int(os.environ.get("EMBER_CHECKER_FUZZ_PARTS", "3"))
DEADLINE = 5.0  # seconds for one input through check + MIR + IR; generous for loaded CI


def mutate(rng: random.Random, text: str) -> str:
    """Replace, delete or duplicate one to three tokens, or delete / duplicate a line."""
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.2:
            lines = text.splitlines(keepends=True)
            if lines:
                i = rng.randrange(len(lines))
                if rng.random() < 0.5:
                    del lines[i]
                else:
                    lines.insert(rng.randrange(len(lines)), lines[i])
            text = "".join(lines)
            continue
        tokens = list(WORD.finditer(text))
        if not tokens:
            break
        m = rng.choice(tokens)
        new = rng.choice(("", m.group(), rng.choice(SWAPS) + " ", rng.choice(SWAPS)))
        text = text[:m.start()] + new + text[m.end():]
    return text


def compile_front(code: str, emit_ir: bool = True) -> None:
    """Parse, check and, if error-free, build MIR and (if `emit_ir`) LLVM IR, as the
    driver does."""
    from ember.codegen.emit import emit
    from ember.mir.build import build
    from ember.mir.verify import ensure_valid

    started = time.perf_counter()
    sink = DiagnosticSink()
    module = parse_file(SourceMap().add("fuzz.ember", code), sink)
    if not sink.has_errors:
        program = analyze([module], sink)
        if not sink.has_errors:
            mir = ensure_valid(build(program))
            if emit_ir:
                emit(mir, lambda span: ("fuzz.ember", 0, 0))
    assert time.perf_counter() - started < DEADLINE, "front end too slow on this input"


@pytest.mark.parametrize("part", range(PARTS))
@settings(max_examples=250, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32), which=st.integers(0, len(SOURCES) - 1))
def test_mutated_programs_never_crash(part: int, seed: int, which: int) -> None:
    """Each part: 250 examples x 4 mutants; LLVM IR is emitted for one in four (it costs
    more than everything before it)."""
    rng = random.Random(seed * 7 + part)
    for i in range(PER_EXAMPLE):
        compile_front(mutate(rng, SOURCES[which]), emit_ir=i == 0)


def test_sources_compile_unmutated() -> None:
    """The seeds are real programs: most of them must get through the whole front end."""
    clean = 0
    for code in SOURCES:
        sink = DiagnosticSink()
        module = parse_file(SourceMap().add("seed.ember", code), sink)
        if not sink.has_errors:
            analyze([module], sink)
            clean += not sink.has_errors
    assert clean >= 40, clean

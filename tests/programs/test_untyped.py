"""Unannotated plain Python (issue 6, LANGUAGE.md §3): every `untyped/*.py` prints what
CPython prints.

Each program is ordinary Python with no annotations at all (`def` only, and plain
classes whose fields are what `__init__` assigns): arguments are generic, results are
read off the `return`s, conventions are inferred. CPython (this
interpreter) is the oracle: `ember run prog.py` and the executable from `ember build` must
print exactly the same stdout and exit 0. `test_untyped_has_no_annotations` keeps the
programs unannotated.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ember_testing import PROGRAMS as PROGRAMS_DIR
from ember_testing import expect_cpython_output_from_build, expect_cpython_output_from_run, oracle_params

UNTYPED = PROGRAMS_DIR / "untyped"

# Program name (file stem) -> the exact reason the compiler cannot handle it yet.
# Non-strict xfails; remove an entry when the program passes.
NOT_YET: dict[str, str] = {}

PROGRAMS: list[Path] = sorted(UNTYPED.glob("*.py"))


@pytest.mark.parametrize("program", oracle_params(PROGRAMS, NOT_YET))
def test_untyped_run(program: Path) -> None:
    expect_cpython_output_from_run(program)


@pytest.mark.parametrize("program", oracle_params(PROGRAMS, NOT_YET))
def test_untyped_build(program: Path, tmp_path: Path) -> None:
    expect_cpython_output_from_build(program, tmp_path)


MODULES = {"math", "random", "collections", "heapq", "bisect", "functools", "string", "itertools", "operator"}  # random, heapq, bisect, string, itertools, operator: Ember's own (ember/stdlib)


@pytest.mark.parametrize("program", [pytest.param(p, id=p.stem) for p in PROGRAMS])
def test_untyped_has_no_annotations(program: Path) -> None:
    tree = ast.parse(program.read_text(encoding="utf-8"))
    problems: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign):
            problems.append(f"line {node.lineno}: annotated assignment")
        if isinstance(node, ast.FunctionDef):
            if node.returns is not None:
                problems.append(f"line {node.lineno}: {node.name} has a return annotation")
            a = node.args
            for arg in a.posonlyargs + a.args + a.kwonlyargs:
                if arg.annotation is not None:
                    problems.append(f"line {node.lineno}: argument {arg.arg} of {node.name} annotated")
        if isinstance(node, ast.ClassDef) and node.decorator_list:
            problems.append(f"line {node.lineno}: class with a decorator")  # plain classes (a base allowed)
        if isinstance(node, ast.Try):  # dicts and sets are language types (ember/sema/check/dicts.py, sets.py)
            problems.append(f"line {getattr(node, 'lineno', '?')}: {type(node).__name__}")
        if isinstance(node, ast.Import) and any(a.name not in MODULES for a in node.names):
            problems.append(f"line {node.lineno}: import other than math")
        if isinstance(node, ast.ImportFrom) and node.module not in MODULES:
            problems.append(f"line {node.lineno}: import from {node.module}")
    assert not problems, f"{program.name}:\n" + "\n".join(problems)


def test_untyped_count() -> None:
    assert len(PROGRAMS) >= 30, f"only {len(PROGRAMS)} programs"

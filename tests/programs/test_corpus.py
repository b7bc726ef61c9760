"""The Python-compatible core: every corpus program prints what CPython prints.

Each `corpus/*.py` is an ordinary annotated Python program inside Ember's static core.
CPython (this interpreter) is the oracle: `ember run prog.py` and the executable from
`ember build prog.py -o exe` must print exactly the same stdout and exit 0.

`test_corpus_is_static_core` checks the corpus itself (annotations, allowed imports, no
dicts/sets/lambdas/exceptions, ...), so a program added here stays inside the subset the
compiler promises; it needs no compiler.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ember_testing import CORPUS, expect_cpython_output_from_build, expect_cpython_output_from_run, oracle_params

# Program name (file stem) -> reason, naming the issue, for programs the compiler cannot
# handle yet. Start empty; compiler authors add an entry only when they must, and remove
# it when the program passes. Listed programs are non-strict xfails.
NOT_YET: dict[str, str] = {}

PROGRAMS: list[Path] = sorted(CORPUS.glob("*.py"))


@pytest.mark.parametrize("program", oracle_params(PROGRAMS, NOT_YET))
def test_corpus_run(program: Path) -> None:
    expect_cpython_output_from_run(program)


@pytest.mark.parametrize("program", oracle_params(PROGRAMS, NOT_YET))
def test_corpus_build(program: Path, tmp_path: Path) -> None:
    expect_cpython_output_from_build(program, tmp_path)


# ---------------------------------------------------------------------------------------
# The corpus stays inside Ember's static, Python-compatible core.

ALLOWED_IMPORTS = {
    "math": {"sqrt", "floor", "ceil", "pi", "sin", "cos", "exp", "log"},
    "dataclasses": {"dataclass"},
}
FORBIDDEN_NODES: dict[type[ast.AST], str] = {
    ast.Dict: "dict display",
    ast.DictComp: "dict comprehension",
    ast.Set: "set display",
    ast.SetComp: "set comprehension",
    ast.Lambda: "lambda",
    ast.Try: "try",
    ast.Raise: "raise",
    ast.With: "with",
    ast.Yield: "yield",
    ast.YieldFrom: "yield from",
    ast.Await: "await",
    ast.AsyncFunctionDef: "async def",
    ast.Starred: "starred expression",
    ast.Import: "plain import",
}
GENERATOR_CALLEES = {"sum", "min", "max", "any", "all"}
MAX_GENERATOR_PROGRAMS = 2
MAX_INT = 2**62


def static_core_problems(source: str) -> tuple[list[str], bool]:
    """Problems that take a program out of the static core; and whether it uses a
    generator expression (allowed only as the argument of sum/min/max/any/all)."""
    tree = ast.parse(source)
    problems: list[str] = []
    uses_generator = False
    generator_args: set[int] = set()
    methods: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            names = [d.id for d in node.decorator_list if isinstance(d, ast.Name)] + [
                d.func.id for d in node.decorator_list  # `@dataclass(order=True)` (sema/ordering.py)
                if isinstance(d, ast.Call) and isinstance(d.func, ast.Name) and not d.args
                and all(k.arg == "order" for k in d.keywords)]
            if names != ["dataclass"]:
                problems.append(f"line {node.lineno}: class without a plain @dataclass")
            methods.update(id(b) for b in node.body if isinstance(b, ast.FunctionDef))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in GENERATOR_CALLEES and len(node.args) == 1:
                generator_args.add(id(node.args[0]))
    for node in ast.walk(tree):
        line = getattr(node, "lineno", "?")
        kind = type(node)
        if kind in FORBIDDEN_NODES:
            problems.append(f"line {line}: {FORBIDDEN_NODES[kind]}")
        if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
            problems.append(f"line {line}: `is` comparison")
        if isinstance(node, ast.GeneratorExp):
            uses_generator = True
            if id(node) not in generator_args:
                problems.append(f"line {line}: generator outside sum/min/max/any/all(...)")
        if isinstance(node, ast.ImportFrom):
            allowed = ALLOWED_IMPORTS.get(node.module or "", set())
            for alias in node.names:
                if alias.name not in allowed or alias.asname:
                    problems.append(f"line {line}: import of {node.module}.{alias.name}")
        if isinstance(node, ast.FunctionDef):
            args = node.args
            if args.vararg or args.kwarg:
                problems.append(f"line {line}: *args/**kwargs in {node.name}")
            every = args.posonlyargs + args.args + args.kwonlyargs
            if id(node) in methods and every and every[0].arg == "self":
                every = every[1:]
            for a in every:
                if a.annotation is None:
                    problems.append(f"line {line}: argument {a.arg} of {node.name} unannotated")
            if node.returns is None:
                problems.append(f"line {line}: {node.name} has no return annotation")
            for ann in _annotations(node):
                if isinstance(ann, ast.Constant) and isinstance(ann.value, str):
                    problems.append(f"line {line}: string annotation in {node.name}")
        if isinstance(node, ast.Constant) and type(node.value) is int and abs(node.value) > MAX_INT:
            problems.append(f"line {line}: integer literal beyond 2**62")
    return problems, uses_generator


def _annotations(fn: ast.FunctionDef) -> list[ast.expr]:
    a = fn.args
    anns = [x.annotation for x in a.posonlyargs + a.args + a.kwonlyargs if x.annotation]
    return anns + ([fn.returns] if fn.returns else [])


@pytest.mark.parametrize("program", [pytest.param(p, id=p.stem) for p in PROGRAMS])
def test_corpus_is_static_core(program: Path) -> None:
    source = program.read_text(encoding="utf-8")
    problems, _ = static_core_problems(source)
    lines = len(source.splitlines())
    if not 20 <= lines <= 80:
        problems.append(f"{lines} lines; corpus programs have 20-80")
    assert not problems, f"{program.name} leaves Ember's static core:\n" + "\n".join(problems)


def test_corpus_size_and_generator_budget() -> None:
    assert len(PROGRAMS) >= 30, f"only {len(PROGRAMS)} corpus programs"
    with_generators = [
        p.name for p in PROGRAMS if static_core_problems(p.read_text(encoding="utf-8"))[1]
    ]
    assert len(with_generators) <= MAX_GENERATOR_PROGRAMS, with_generators

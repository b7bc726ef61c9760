"""Shared helpers for the syntax tests (plain functions, exposed as fixtures)."""
from __future__ import annotations

from typing import Callable

import pytest

from ember.base.source import SourceMap
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.syntax import ast
from ember.syntax.parser import parse_file


def parse_text(code: str) -> tuple[ast.Module, list[str], str]:
    src = SourceMap().add("t.ember", code)
    sink = DiagnosticSink()
    module = parse_file(src, sink)
    return module, [d.message for d in sink.items], code


@pytest.fixture
def parse() -> Callable[[str], tuple[ast.Module, list[str], str]]:
    return parse_text


@pytest.fixture
def parse_ok() -> Callable[[str], ast.Module]:
    def run(code: str) -> ast.Module:
        module, diags, _ = parse_text(code)
        assert diags == [], diags
        return module
    return run


@pytest.fixture
def expr() -> Callable[[str], ast.Expr]:
    """The expression of a one-line expression statement."""
    def run(code: str) -> ast.Expr:
        module, diags, _ = parse_text(code + "\n")
        assert diags == [], diags
        assert len(module.body) == 1
        stmt = module.body[0]
        assert isinstance(stmt, ast.ExprStmt), stmt
        return stmt.value
    return run

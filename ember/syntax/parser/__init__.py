"""The parser: tokens to `ast.Module`. Entry point: `parse_file`."""
from __future__ import annotations

from ember.base.source import SourceFile, Span
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.syntax import ast
from ember.syntax.lexer import lex
from ember.syntax.parser.core import Parser
from ember.syntax.parser.stmt import parse_statements

__all__ = ["parse_file"]


def parse_file(src: SourceFile, sink: DiagnosticSink) -> ast.Module:
    """Parse a whole file. Syntax errors go to `sink`; the tree covers what parsed."""
    p = Parser(src, lex(src, sink), sink)
    body = parse_statements(p)
    return ast.Module(body, src.id, Span(src.id, 0, len(src.text)))

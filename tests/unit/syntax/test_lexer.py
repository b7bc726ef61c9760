"""Lexer: Python's layout rules, literals and operators; errors are diagnostics."""
from __future__ import annotations

import pytest

from ember.base.source import SourceMap
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.syntax.lexer import lex
from ember.syntax.tokens import TK, Token


def tokens(code: str) -> tuple[list[Token], list[str]]:
    sink = DiagnosticSink()
    toks = lex(SourceMap().add("t", code), sink)
    return toks, [d.message for d in sink.items]


def kinds(code: str) -> list[str]:
    toks, diags = tokens(code)
    assert diags == []
    return [t.text if t.kind in (TK.OP, TK.NAME, TK.KEYWORD) else t.kind.name for t in toks]


def test_indent_dedent_newline() -> None:
    assert kinds("if a:\n    b\n\n    # c\n  \nd\n") == [
        "if", "a", ":", "NEWLINE", "INDENT", "b", "NEWLINE", "DEDENT", "d", "NEWLINE", "EOF"]


def test_implicit_joining_and_backslash() -> None:
    assert kinds("x = (1,\n  2)\ny = 1 + \\\n 2\n") == [
        "x", "=", "(", "INT", ",", "INT", ")", "NEWLINE",
        "y", "=", "INT", "+", "INT", "NEWLINE", "EOF"]


def test_no_trailing_newline_and_dedents_at_eof() -> None:
    assert kinds("def f():\n  if x:\n    y") == [
        "def", "f", "(", ")", ":", "NEWLINE", "INDENT", "if", "x", ":", "NEWLINE",
        "INDENT", "y", "NEWLINE", "DEDENT", "DEDENT", "EOF"]


@pytest.mark.parametrize("text,value", [
    ("0", 0), ("1_000", 1000), ("0x_fF", 255), ("0o17", 15), ("0b1010", 10),
    ("1.0", 1.0), ("1e5", 1e5), (".5", 0.5), ("1_000.0", 1000.0), ("5.", 5.0),
    ("2.5E-3", 2.5e-3), ("1.e2", 100.0),
])
def test_numbers(text: str, value: float) -> None:
    toks, diags = tokens(text)
    assert diags == [] and toks[0].value == value and type(toks[0].value) is type(value)
    assert toks[0].span.start == 0 and toks[0].span.end == len(text)


@pytest.mark.parametrize("text,message", [
    ("012", "leading zeros"), ("1_", "invalid decimal literal"), ("1abc", "invalid decimal"),
    ("3j", "complex"), ("'abc", "unterminated string"), ('"""abc', "unterminated triple"),
    ("b'x'", "bytes literals"), ("x $ y", "invalid character"), ("a ! b", "`!`"),
    ("(1, 2", "never closed"), ("1)", "unmatched `)`"), ("(1]", "does not match"),
    ("x = 1 \\ y", "line continuation"),
])
def test_lexical_errors(text: str, message: str) -> None:
    toks, diags = tokens(text)
    assert any(message in d for d in diags), diags
    assert toks[-1].kind is TK.EOF


def test_strings_and_escapes() -> None:
    toks, diags = tokens(r"""'a\n\t\x41\u00e9\N{BULLET}\q' "d'q" r'\n' '''x
y''' u'u'""")
    assert diags == []
    assert [t.value for t in toks[:5]] == ["a\n\tA\u00e9\u2022\\q", "d'q", "\\n", "x\ny", "u"]


def test_fstring_token_keeps_body_span() -> None:
    toks, _ = tokens('rf"a{b}"')
    assert toks[0].kind is TK.FSTRING
    body = toks[0].value
    assert body is not None and not isinstance(body, (int, float, str))
    assert body.raw and (body.start, body.end) == (3, 7)


def test_operators_longest_match() -> None:
    ops = "-> **= //= ... ^ @ := >>= != <= ** //"
    assert kinds(ops)[:-2] == ops.split()


def test_keywords_hard_and_soft() -> None:
    toks, _ = tokens("if fn struct var read out None é_x")
    assert [t.kind for t in toks[:8]] == [TK.KEYWORD, TK.NAME, TK.NAME, TK.NAME, TK.NAME,
                                          TK.NAME, TK.KEYWORD, TK.NAME]


def test_inconsistent_dedent_reports_and_continues() -> None:
    toks, diags = tokens("if a:\n    b\n  c\nd\n")
    assert diags == ["unindent does not match any outer indentation level"]
    assert toks[-1].kind is TK.EOF
    assert sum(t.kind is TK.INDENT for t in toks) == sum(t.kind is TK.DEDENT for t in toks)


def test_unclosed_bracket_recovers_at_next_statement() -> None:
    toks, diags = tokens("x = f(1,\ndef g():\n    pass\n")
    assert diags == ["`(` was never closed"]
    assert [t.text for t in toks if t.kind is TK.KEYWORD] == ["def", "pass"]


def test_spans_are_character_offsets() -> None:
    toks, _ = tokens("é = 'ü'\n")
    assert (toks[0].span.start, toks[0].span.end) == (0, 1)
    assert (toks[2].span.start, toks[2].span.end) == (4, 7)

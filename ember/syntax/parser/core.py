"""The token cursor shared by the parser modules: lookahead, expect, spans, nesting
limits and statement-level recovery (a syntax error unwinds to the statement loop)."""
from __future__ import annotations

from typing import NoReturn

from ember.base.source import SourceFile, Span
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.syntax.tokens import TK, Token

MAX_DEPTH = 80  # nesting of brackets/blocks; keeps Python's own stack far from its limit
MAX_ERRORS = 100
_LAYOUT = frozenset({TK.NEWLINE, TK.INDENT, TK.DEDENT})


class Bail(Exception):
    """Internal only: unwinds a broken statement to the statement loop, which resyncs.
    Never escapes `parse_file`."""


class Parser:
    """Cursor over one token list. Sub-parsers (f-string fields) share sink and depth."""

    def __init__(self, src: SourceFile, tokens: list[Token], sink: DiagnosticSink,
                 depth: int = 0, errors: list[int] | None = None) -> None:
        self.src, self.toks, self.sink = src, tokens, sink
        self.pos = 0
        self.depth = depth
        self.errors = errors if errors is not None else [0]  # shared with sub-parsers

    # ------------------------------------------------------------ lookahead
    @property
    def tok(self) -> Token:
        return self.toks[self.pos]

    def peek(self, n: int = 1) -> Token:
        return self.toks[min(self.pos + n, len(self.toks) - 1)]

    def advance(self) -> Token:
        t = self.toks[self.pos]
        if t.kind is not TK.EOF:
            self.pos += 1
        return t

    @property
    def prev_end(self) -> int:
        """End of the last consumed token that is not layout (NEWLINE/INDENT/DEDENT),
        so a block statement's span stops at its last real token."""
        i = self.pos - 1
        while i >= 0 and self.toks[i].kind in _LAYOUT:
            i -= 1
        return self.toks[i].span.end if i >= 0 else 0

    def span_from(self, start: int) -> Span:
        return Span(self.src.id, start, max(start, self.prev_end))

    def at_op(self, *ops: str) -> bool:
        t = self.tok
        return t.kind is TK.OP and t.text in ops

    def at_kw(self, *kws: str) -> bool:
        t = self.tok
        return t.kind is TK.KEYWORD and t.text in kws

    def at(self, kind: TK) -> bool:
        return self.tok.kind is kind

    def eat_op(self, op: str) -> bool:
        if self.at_op(op):
            self.pos += 1
            return True
        return False

    def eat_kw(self, kw: str) -> bool:
        if self.at_kw(kw):
            self.pos += 1
            return True
        return False

    # ------------------------------------------------------------ errors
    def report(self, span: Span, message: str, label: str = "",
               help: tuple[str, ...] = ()) -> None:
        """A diagnostic without unwinding (the parse goes on)."""
        self.errors[0] += 1
        n = self.errors[0]
        if n < MAX_ERRORS:
            self.sink.error(span, message, label, help=help)
        elif n == MAX_ERRORS:
            self.sink.error(span, "too many syntax errors; stopping here")

    def fail(self, span: Span, message: str, label: str = "",
             help: tuple[str, ...] = ()) -> NoReturn:
        self.report(span, message, label, help)
        raise Bail

    def fail_here(self, expected: str) -> NoReturn:
        t = self.tok
        self.fail(t.span, f"expected {expected}, found {t.describe()}")

    def expect_op(self, op: str, after: str = "") -> Token:
        if self.at_op(op):
            return self.advance()
        where = f" {after}" if after else ""
        self.fail(self.tok.span, f"expected `{op}`{where}, found {self.tok.describe()}")

    def expect_name(self, what: str = "a name") -> Token:
        if self.at(TK.NAME):
            return self.advance()
        self.fail_here(what)

    @property
    def gave_up(self) -> bool:
        return self.errors[0] >= MAX_ERRORS

    # ------------------------------------------------------------ nesting
    def enter(self) -> None:
        """Call before recursing into a nested construct; pair with `leave`."""
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.fail(self.tok.span, "too many nested brackets or blocks",
                      help=(f"the limit is {MAX_DEPTH} levels",))

    def leave(self) -> None:
        self.depth -= 1

    # ------------------------------------------------------------ recovery
    def synchronize(self) -> None:
        """Skip the rest of a broken statement: to the end of its logical line, then any
        indented block that belonged to it. Always makes progress unless at EOF/DEDENT."""
        if self.at(TK.INDENT):
            self.skip_block()
            return
        while not self.at(TK.NEWLINE) and not self.at(TK.EOF) and not self.at(TK.DEDENT):
            self.advance()
        if self.at(TK.NEWLINE):
            self.advance()
            if self.at(TK.INDENT):
                self.skip_block()

    def skip_block(self) -> None:
        """At INDENT: skip to just after its matching DEDENT."""
        level = 0
        while not self.at(TK.EOF):
            t = self.advance()
            if t.kind is TK.INDENT:
                level += 1
            elif t.kind is TK.DEDENT:
                level -= 1
                if level <= 0:
                    return

"""Python's lexical rules: INDENT/DEDENT/NEWLINE, literals, operators. Errors are
diagnostics and lexing continues, so the parser always gets a well-formed stream."""
from __future__ import annotations

import re
import unicodedata
from types import MappingProxyType

from ember.base.source import SourceFile, Span
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.syntax.tokens import KEYWORDS, OPERATORS, TK, FStringBody, Token

MAX_ERRORS = 100  # a garbage file should not bury the real problem (or take minutes)

_DIGITS = r"[0-9](?:_?[0-9])*"
_NUMBER = re.compile(
    r"0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+"
    rf"|(?P<float>(?:{_DIGITS}\.(?:{_DIGITS})?|\.{_DIGITS})(?:[eE][+-]?{_DIGITS})?"
    rf"|{_DIGITS}[eE][+-]?{_DIGITS})"
    rf"|{_DIGITS}"
)
_STRING_PREFIXES = frozenset(
    p for base in ("", "r", "u", "f", "b", "rf", "fr", "rb", "br")
    for p in {base, base.upper(), base.capitalize(), base[::-1].capitalize() if base else ""}
) | frozenset({"Rb", "bR", "Rf", "fR", "rB", "Br", "rF", "Fr"})
_OPERATOR = re.compile("|".join(re.escape(op) for op in OPERATORS))  # longest first
_NEXT_LINE = re.compile(r"(?:[ \t\f]*(?:#[^\r\n]*)?\r?\n)*([ \t]*)([A-Za-z_]+)( +[A-Za-z_])?")
_STATEMENT_WORDS = frozenset(
    "def class return import from try while with raise pass break continue global assert "
    "del elif else except finally if for".split()
)
_CLOSERS = MappingProxyType({")": "(", "]": "[", "}": "{"})
_SIMPLE_ESCAPES = MappingProxyType({
    "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n",
    "r": "\r", "t": "\t", "v": "\v", "\n": "",
})


def lex(src: SourceFile, sink: DiagnosticSink) -> list[Token]:
    """Tokens of a whole file, ending with NEWLINE (if needed), DEDENTs and EOF."""
    return _Lexer(src, sink, 0, len(src.text), nested=False).run()


def lex_region(src: SourceFile, sink: DiagnosticSink, start: int, end: int) -> list[Token]:
    """Tokens of an f-string field: lexed as if inside brackets (no NEWLINE/INDENT)."""
    return _Lexer(src, sink, start, end, nested=True).run()


def decode_escapes(text: str, span: Span, sink: DiagnosticSink) -> str:
    """Python's backslash escapes; unknown ones keep their backslash, as Python does."""
    if "\\" not in text:
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch != "\\" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[nxt])
            i += 2
        elif nxt in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif nxt in "xuU":
            width = 2 if nxt == "x" else 4 if nxt == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width and all(c in "0123456789abcdefABCDEF" for c in digits):
                code = int(digits, 16)
                if code > 0x10FFFF:
                    sink.error(span, f"invalid unicode escape `\\{nxt}{digits}`")
                else:
                    out.append(chr(code))
                i += 2 + width
            else:
                sink.error(span, f"invalid `\\{nxt}` escape: expected {width} hex digits")
                i += 2
        elif nxt == "N" and i + 2 < n and text[i + 2] == "{":
            close = text.find("}", i + 3)
            name = text[i + 3:close] if close >= 0 else ""
            try:
                out.append(unicodedata.lookup(name))
            except KeyError:
                sink.error(span, f"unknown unicode character name `{name}`")
            i = close + 1 if close >= 0 else n
        else:
            out.append("\\")
            i += 1
    return "".join(out)


class _Lexer:
    """One pass over [pos, end). State is local to this object, never shared."""

    def __init__(self, src: SourceFile, sink: DiagnosticSink, start: int, end: int,
                 nested: bool) -> None:
        self.src, self.sink, self.text = src, sink, src.text
        self.pos, self.end = start, end
        self.nested = nested
        self.tokens: list[Token] = []
        self.brackets: list[tuple[str, int]] = []  # opener and its offset
        self.indents: list[tuple[int, bool]] = [(0, True)]  # column, emitted an INDENT
        self.errors = 0

    # ------------------------------------------------------------ helpers
    def span(self, start: int, end: int | None = None) -> Span:
        return Span(self.src.id, start, self.pos if end is None else end)

    def error(self, start: int, end: int, message: str) -> None:
        self.errors += 1
        if self.errors < MAX_ERRORS:
            self.sink.error(Span(self.src.id, start, end), message)
        elif self.errors == MAX_ERRORS:
            self.sink.error(Span(self.src.id, start, end), "too many lexical errors; "
                            "stopping here")

    def add(self, kind: TK, start: int, value: int | float | str | FStringBody | None = None,
            text: str | None = None) -> None:
        t = self.text[start:self.pos] if text is None else text
        self.tokens.append(Token(kind, t, self.span(start), value))

    def at_line_content(self) -> bool:
        """Whether the logical line so far has produced a token (so NEWLINE is due)."""
        return bool(self.tokens) and self.tokens[-1].kind not in (
            TK.NEWLINE, TK.INDENT, TK.DEDENT)

    # ------------------------------------------------------------ main loop
    def run(self) -> list[Token]:
        at_line_start = not self.nested
        while self.pos < self.end:
            if self.errors > MAX_ERRORS:
                break
            if at_line_start:
                at_line_start = False
                self.indentation()
                continue
            ch = self.text[self.pos]
            if ch == "\n" or ch == "\r":
                start = self.pos
                self.pos += 2 if self.text.startswith("\r\n", self.pos) else 1
                if self.brackets and not self.nested and self.statement_follows():
                    for opener, at in self.brackets:
                        self.error(at, at + 1, f"`{opener}` was never closed")
                    self.brackets.clear()
                if not self.brackets and not self.nested:
                    if self.at_line_content():
                        self.add(TK.NEWLINE, start, text="\n")
                    at_line_start = True
            elif ch in " \t\f":
                self.pos += 1
            elif ch == "#":
                while self.pos < self.end and self.text[self.pos] not in "\r\n":
                    self.pos += 1
            elif ch == "\\":
                self.continuation()
            elif ch.isdigit() or (ch == "." and self.peek_digit()):
                self.number()
            elif ch == '"' or ch == "'":
                self.string(self.pos, "")
            elif ch.isidentifier() or ch == "_" or ord(ch) > 127 and ("a" + ch).isidentifier():
                self.word()
            else:
                self.operator()
        self.finish()
        return self.tokens

    def statement_follows(self) -> bool:
        """Recovery for a bracket left open: the next line starts a statement (a keyword
        that only begins statements) no deeper than the line that opened the bracket."""
        m = _NEXT_LINE.match(self.text, self.pos, self.end)
        if m is None:
            return False
        indent = len(m.group(1).expandtabs(8))
        word = m.group(2)
        soft = word in ("fn", "struct") and m.group(3) is not None
        return indent <= self.indents[-1][0] and (word in _STATEMENT_WORDS or soft)

    def peek_digit(self) -> bool:
        return self.pos + 1 < self.end and self.text[self.pos + 1].isdigit()

    def finish(self) -> None:
        for opener, at in self.brackets:
            self.error(at, at + 1, f"`{opener}` was never closed")
        self.brackets.clear()
        eof = self.end
        if not self.nested:
            if self.at_line_content():
                self.tokens.append(Token(TK.NEWLINE, "", Span(self.src.id, eof, eof)))
            while len(self.indents) > 1:
                _, real = self.indents.pop()
                if real:
                    self.tokens.append(Token(TK.DEDENT, "", Span(self.src.id, eof, eof)))
        self.tokens.append(Token(TK.EOF, "", Span(self.src.id, eof, eof)))

    def indentation(self) -> None:
        """At a physical line start: measure indent; blank/comment lines are skipped."""
        start = self.pos
        col = 0
        while self.pos < self.end and self.text[self.pos] in " \t\f":
            c = self.text[self.pos]
            col = (col // 8 + 1) * 8 if c == "\t" else (0 if c == "\f" else col + 1)
            self.pos += 1
        if self.pos >= self.end or self.text[self.pos] in "#\r\n":
            return  # blank line: no tokens, indentation irrelevant
        if self.text[self.pos] == "\\" and self.pos + 1 < self.end \
                and self.text[self.pos + 1] in "\r\n":
            pass  # a continuation line start still counts as the line's indentation
        top = self.indents[-1][0]
        if col > top:
            self.indents.append((col, True))
            self.add(TK.INDENT, start)
            return
        here = Span(self.src.id, self.pos, self.pos)
        while col < self.indents[-1][0]:
            _, real = self.indents.pop()
            if real:
                self.tokens.append(Token(TK.DEDENT, "", here))
        if col != self.indents[-1][0]:
            self.error(start, self.pos, "unindent does not match any outer indentation level")
            self.indents.append((col, False))

    def continuation(self) -> None:
        start = self.pos
        self.pos += 1
        if self.text.startswith("\r\n", self.pos):
            self.pos += 2
        elif self.pos < self.end and self.text[self.pos] in "\r\n":
            self.pos += 1
        elif self.pos >= self.end:
            self.error(start, self.pos, "unexpected end of file after line continuation")
        else:
            self.error(start, self.pos, "unexpected character after line continuation "
                       "character")

    # ------------------------------------------------------------ literals
    def number(self) -> None:
        start = self.pos
        m = _NUMBER.match(self.text, self.pos, self.end)
        if m is None:  # cannot happen for a digit start; stay total anyway
            self.pos += 1
            self.error(start, self.pos, "invalid number literal")
            return
        self.pos = m.end()
        text = m.group(0)
        clean = text.replace("_", "")
        bad_tail = self.pos < self.end and (self.text[self.pos].isalnum()
                                            or self.text[self.pos] == "_")
        if bad_tail and self.text[self.pos] in "jJ":
            self.pos += 1
            self.error(start, self.pos, "complex literals are not supported")
            self.add(TK.FLOAT, start, 0.0)
            return
        if bad_tail and not self.keyword_follows():
            while self.pos < self.end and (self.text[self.pos].isalnum()
                                           or self.text[self.pos] == "_"):
                self.pos += 1
            self.error(start, self.pos, f"invalid {'decimal' if text[:2].lower() not in ('0x', '0o', '0b') else 'number'} literal")
            self.add(TK.INT, start, 0)
            return
        if m.group("float") is not None:
            self.add(TK.FLOAT, start, float(clean))
            return
        if clean[:2].lower() in ("0x", "0o", "0b"):
            self.add(TK.INT, start, int(clean, 0))
            return
        if len(clean) > 1 and clean[0] == "0" and clean.strip("0"):
            self.error(start, self.pos, "leading zeros in decimal integer literals are not "
                       "permitted; use an 0o prefix for octal integers")
        self.add(TK.INT, start, int(clean))

    def keyword_follows(self) -> bool:
        """`1if x else 2` is legal Python: a number may touch a keyword."""
        j = self.pos
        while j < self.end and (self.text[j].isalnum() or self.text[j] == "_"):
            j += 1
        return self.text[self.pos:j] in ("and", "or", "if", "else", "in", "is", "not", "for")

    def word(self) -> None:
        start = self.pos
        self.pos += 1
        while self.pos < self.end:
            c = self.text[self.pos]
            if c.isalnum() or c == "_" or (ord(c) > 127 and ("a" + c).isidentifier()):
                self.pos += 1
            else:
                break
        word = self.text[start:self.pos]
        if self.pos < self.end and self.text[self.pos] in "'\"" and word in _STRING_PREFIXES:
            self.string(start, word.lower())
            return
        if not word.isascii():
            word = unicodedata.normalize("NFKC", word)
        self.add(TK.KEYWORD if word in KEYWORDS else TK.NAME, start, text=word)

    def string(self, start: int, prefix: str) -> None:
        q = self.text[self.pos]
        triple = self.text.startswith(q * 3, self.pos)
        quote = q * 3 if triple else q
        self.pos += len(quote)
        body_start = self.pos
        body_end = -1
        while self.pos < self.end:
            c = self.text[self.pos]
            if c == "\\":
                self.pos += 2
                continue
            if self.text.startswith(quote, self.pos):
                body_end = self.pos
                self.pos += len(quote)
                break
            if not triple and c in "\r\n":
                break
            self.pos += 1
        self.pos = min(self.pos, self.end)
        if body_end < 0:
            body_end = self.pos
            what = "triple-quoted string literal" if triple else "string literal"
            self.error(start, self.pos, f"unterminated {what}")
        raw = "r" in prefix
        if "b" in prefix:
            self.error(start, self.pos, "bytes literals are not supported")
        if "f" in prefix:
            self.add(TK.FSTRING, start, FStringBody(raw, body_start, body_end))
            return
        body = self.text[body_start:body_end]
        value = body if raw else decode_escapes(body, self.span(start), self.sink)
        self.add(TK.STRING, start, value)

    # ------------------------------------------------------------ operators
    def operator(self) -> None:
        start = self.pos
        m = _OPERATOR.match(self.text, self.pos, self.end)
        if m is not None:
            self.pos = m.end()
            self.bracket(m.group(0), start)
            self.add(TK.OP, start)
            return
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "!":
            self.error(start, self.pos, "invalid syntax: `!` (did you mean `not` or `!=`?)")
        else:
            self.error(start, self.pos, f"invalid character `{ch}` (U+{ord(ch):04X})")

    def bracket(self, op: str, start: int) -> None:
        if op in "([{":
            self.brackets.append((op, start))
        elif op in _CLOSERS:
            if not self.brackets:
                self.error(start, start + 1, f"unmatched `{op}`")
            elif self.brackets[-1][0] != _CLOSERS[op]:
                opener = self.brackets.pop()[0]
                self.error(start, start + 1, f"closing `{op}` does not match opening "
                           f"`{opener}`")
            else:
                self.brackets.pop()

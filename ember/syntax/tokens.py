"""Tokens: what the lexer hands the parser. Frozen data, spans are offsets into the file."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ember.base.source import Span


class TK(Enum):
    """Token kinds. Hard (Python) keywords are KEYWORD; Ember's words stay NAME (soft)."""

    NAME = "name"
    KEYWORD = "keyword"
    INT = "integer"
    FLOAT = "float"
    STRING = "string"
    FSTRING = "f-string"
    OP = "operator"
    NEWLINE = "newline"
    INDENT = "indent"
    DEDENT = "dedent"
    EOF = "end of file"


@dataclass(frozen=True, slots=True)
class FStringBody:
    """Where an f-string's body lies; the parser splits it into text and fields."""

    raw: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """`text` is the source spelling; `value` the decoded literal (int, float, str,
    FStringBody) or None."""

    kind: TK
    text: str
    span: Span
    value: int | float | str | FStringBody | None = None

    def is_op(self, text: str) -> bool:
        return self.kind is TK.OP and self.text == text

    def is_kw(self, text: str) -> bool:
        return self.kind is TK.KEYWORD and self.text == text

    def is_soft(self, text: str) -> bool:
        return self.kind is TK.NAME and self.text == text

    def describe(self) -> str:
        """How a diagnostic names this token."""
        match self.kind:
            case TK.NEWLINE:
                return "end of line"
            case TK.INDENT:
                return "indent"
            case TK.DEDENT:
                return "dedent"
            case TK.EOF:
                return "end of file"
            case TK.NAME | TK.KEYWORD | TK.OP:
                return f"`{self.text}`"
            case TK.INT | TK.FLOAT | TK.STRING | TK.FSTRING:
                return f"{self.kind.value} literal"
        return self.kind.value


KEYWORDS = frozenset(
    """False None True and as assert async await break class continue def del elif else
    except finally for from global if import in is lambda nonlocal not or pass raise
    return try while with yield""".split()
)

# Ember's soft keywords: special only in the positions the parser checks.
SOFT_KEYWORDS = frozenset(
    "fn struct parallel comptime alias raises owned borrowed inout var read mut out".split()
)
CONVENTIONS = frozenset("owned borrowed inout var read mut out".split())

OPERATORS = (  # longest first
    "**=", "//=", ">>=", "<<=", "...",
    "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=",
    "&=", "|=", "^=", "@=", ":=",
    "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{",
    "}", ",", ":", ".", ";", "=",
)

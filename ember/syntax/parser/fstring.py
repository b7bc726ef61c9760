"""f-string bodies: literal text (escapes decoded, `{{`/`}}` folded) and replacement
fields `{expr!conv:spec}`, whose expressions the expression parser reads via `field`."""
from __future__ import annotations

from typing import Callable

from ember.base.source import Span
from ember.syntax import ast
from ember.syntax.lexer import decode_escapes
from ember.syntax.parser.core import Parser
from ember.syntax.tokens import FStringBody, Token

FieldParser = Callable[[int, int], ast.Expr]
Parts = list[str | ast.FormattedValue]


def fstring_parts(p: Parser, tok: Token, field: FieldParser) -> Parts:
    body = tok.value
    if not isinstance(body, FStringBody):
        return []
    parts, _ = _walk(p, body.start, body.end, body.raw, field, in_spec=False)
    return parts


def _walk(p: Parser, i: int, end: int, raw: bool, field: FieldParser,
          in_spec: bool) -> tuple[Parts, int]:
    """Text and fields from i; in a format spec, stops at the `}` closing the field."""
    text = p.src.text
    parts: Parts = []
    lit: list[str] = []
    lit_start = i

    def flush(upto: int) -> None:
        if lit:
            s = "".join(lit)
            span = Span(p.src.id, lit_start, upto)
            parts.append(s if raw else decode_escapes(s, span, p.sink))
            lit.clear()

    while i < end:
        c = text[i]
        if c == "\\" and not raw and i + 1 < end and text[i + 1] not in "{}":
            if text.startswith("N{", i + 1):
                j = text.find("}", i, end)
                j = end - 1 if j < 0 else j
                lit.append(text[i:j + 1])
                i = j + 1
            else:
                lit.append(text[i:i + 2])
                i += 2
        elif c == "{" and text.startswith("{{", i) and i + 1 < end:
            lit.append("{")
            i += 2
        elif c == "{":
            flush(i)
            new, i = _field(p, i, end, raw, field)
            parts.extend(new)
            lit_start = i
        elif c == "}" and in_spec:
            break
        elif c == "}" and text.startswith("}}", i) and i + 1 < end:
            lit.append("}")
            i += 2
        elif c == "}":
            p.report(Span(p.src.id, i, i + 1), "f-string: single `}` is not allowed",
                     help=("write `}}` for a literal brace",))
            i += 1
        else:
            lit.append(c)
            i += 1
    flush(i)
    return parts, i


def _expr_end(p: Parser, i: int, end: int) -> int:
    """End of a field's expression: the first `}`, `!` (not `!=`) or `:` outside brackets
    and strings."""
    text = p.src.text
    depth = 0
    while i < end:
        c = text[i]
        if c in "'\"":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < end and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i += len(quote)
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0 and c == "}":
                return i
            depth = max(0, depth - 1)
        elif depth == 0 and c == "!" and not text.startswith("!=", i):
            return i
        elif depth == 0 and c == ":":
            return i
        i += 1
    return min(i, end)


def _field(p: Parser, i: int, end: int, raw: bool, field: FieldParser) -> tuple[Parts, int]:
    text = p.src.text
    start = i
    expr_start = i + 1
    i = _expr_end(p, expr_start, end)
    source = text[expr_start:i]
    stripped = source.rstrip()
    selfdoc = stripped.endswith("=") and not stripped.endswith(("==", "!=", "<=", ">="))
    value = field(expr_start, expr_start + len(stripped) - 1 if selfdoc else i)
    conversion: str | None = None
    if i < end and text[i] == "!":
        conv = text[i + 1:i + 2]
        if conv in ("r", "s", "a"):
            conversion = conv
            i += 2
        else:
            p.report(Span(p.src.id, i, min(i + 2, end)),
                     "f-string: invalid conversion character: expected `s`, `r`, or `a`")
            i += 1
    spec: ast.FString | None = None
    if i < end and text[i] == ":":
        i += 1
        spec_start = i
        p.enter()
        spec_parts, i = _walk(p, i, end, raw, field, in_spec=True)
        p.leave()
        spec = ast.FString(tuple(spec_parts), Span(p.src.id, spec_start, i))
    if i < end and text[i] == "}":
        i += 1
    else:
        p.fail(Span(p.src.id, start, max(start + 1, i)), "f-string: expecting `}`")
    if selfdoc and conversion is None and spec is None:
        conversion = "r"
    fv = ast.FormattedValue(value, conversion, spec, Span(p.src.id, start, i))
    return ([source, fv] if selfdoc else [fv]), i

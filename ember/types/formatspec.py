"""Python's format-spec mini-language (`{x:>8.3f}`), parsed once for the checker, which
rejects what Python would reject for the value's type, and for codegen, which passes the
fields to the runtime's layout functions."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ember.types import types as T

_SPEC = re.compile(r"(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<alt>#)?(?P<zero>0)?"
                   r"(?P<width>\d+)?(?P<group>[,_])?(?:\.(?P<prec>\d+))?(?P<type>[bcdeEfFgGnosxX%])?",
                   re.DOTALL)
INT_TYPES, FLOAT_TYPES = "bcdoxXn", "eEfFgG%"


@dataclass(frozen=True)
class FormatSpec:
    fill: str     # "" when not given
    align: str    # "" or one of <>=^
    sign: str     # "" or one of -+ and space
    alt: bool
    zero: bool
    width: int    # -1: none
    group: str    # "" or , or _
    prec: int     # -1: none
    type: str     # "" or a presentation type


def parse(spec: str) -> FormatSpec | None:
    m = _SPEC.fullmatch(spec)
    if m is None:
        return None
    g = m.groupdict()
    return FormatSpec(g["fill"] or "", g["align"] or "", g["sign"] or "", bool(g["alt"]), bool(g["zero"]),
                      int(g["width"]) if g["width"] else -1, g["group"] or "",
                      int(g["prec"]) if g["prec"] else -1, g["type"] or "")


def problem(spec: str, t: T.Type) -> str | None:
    """Why Python would raise formatting a `t` with `spec` (None: it would not)."""
    f = parse(spec)
    if f is None:
        return f"invalid format spec `{spec}`"
    match t:
        case T.IntType() | T.BoolType():
            if f.type not in INT_TYPES + FLOAT_TYPES:
                return f"unknown format code `{f.type}` for `{t}`"
            if f.prec >= 0 and f.type not in FLOAT_TYPES:
                return "precision is not allowed in an integer format spec"
            if f.type == "c" and (f.sign or f.alt):
                return "sign and `#` are not allowed with format code `c`"
        case T.FloatType():
            if f.type not in FLOAT_TYPES + "n" and f.type != "":
                return f"unknown format code `{f.type}` for `{t}`"
        case T.NumberType():  # Python's error only if it suits neither; else when the value it does not suit comes
            bad = problem(spec, T.INT), problem(spec, T.F64)
            return bad[0] if None not in bad else None
        case T.StrType():
            if f.type not in ("", "s"):
                return f"unknown format code `{f.type}` for `str`"
            if f.sign:
                return "a sign is not allowed in a string format spec"
            if f.align == "=":
                return "`=` alignment is not allowed in a string format spec"
            if f.group:
                return f"`{f.group}` is not allowed with strings"
        case _:
            if spec:
                return f"`{t}` takes no format spec (format `str(x)` instead)"
    return None

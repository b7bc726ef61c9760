"""The only place diagnostics become text: GCC-style first line, snippet, labels, help."""
from __future__ import annotations

from ember.base.source import SourceMap, Span
from ember.diagnostics.diagnostic import Diagnostic


def _position(sources: SourceMap, span: Span) -> tuple[str, int, int]:
    if span.file < 0:
        return "<unknown>", 0, 0
    f = sources.get(span.file)
    line, col = f.line_col(span.start)
    return f.name, line, col


def _snippet(sources: SourceMap, span: Span, message: str, mark: str) -> list[str]:
    if span.file < 0:
        return []
    f = sources.get(span.file)
    line, col = f.line_col(span.start)
    end_line, end_col = f.line_col(max(span.start, span.end - 1))
    text = f.line_text(line)
    width = (end_col - col + 1) if end_line == line else max(1, len(text) - col + 1)
    gutter = f"{line:>5} | "
    under = " " * 5 + " | " + " " * (col - 1) + mark * max(1, width)
    return [gutter + text, under + (" " + message if message else "")]


def render(d: Diagnostic, sources: SourceMap) -> str:
    """`FILE:LINE:COL: error: MESSAGE`, then the source with labels, notes and help."""
    name, line, col = _position(sources, d.span)
    out = [f"{name}:{line}:{col}: {d.severity.value}: {d.message}"]
    secondary = sorted(d.labels, key=lambda lb: lb.span.start)
    for lb in secondary:
        if lb.span.start < d.span.start:
            out += _snippet(sources, lb.span, lb.message, "-")
    out += _snippet(sources, d.span, d.label, "^")
    for lb in secondary:
        if lb.span.start >= d.span.start:
            out += _snippet(sources, lb.span, lb.message, "-")
    out += [f"  note: {n}" for n in d.notes]
    out += [f"  help: {h}" for h in d.help]
    return "\n".join(out)


def render_all(items: list[Diagnostic], sources: SourceMap) -> str:
    return "\n".join(render(d, sources) for d in items)

"""Diagnostics are data: phases report them to a sink and keep going."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from enum import Enum

from ember.base.source import Span


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Label:
    span: Span
    message: str


@dataclass(frozen=True)
class Diagnostic:
    """A user-facing problem: primary span first, then secondary labels, notes and help."""

    message: str
    span: Span
    label: str = ""
    labels: tuple[Label, ...] = ()
    notes: tuple[str, ...] = ()
    help: tuple[str, ...] = ()
    severity: Severity = Severity.ERROR


@dataclass
class DiagnosticSink:
    """Collects diagnostics of one compilation in report order."""

    items: list[Diagnostic] = field(default_factory=list)

    def emit(self, d: Diagnostic) -> None:
        d = _source_names(d)
        if d not in self.items:
            self.items.append(d)

    def error(self, span: Span, message: str, label: str = "", **kw: object) -> None:
        self.emit(Diagnostic(message, span, label, **kw))  # type: ignore[arg-type]

    @property
    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)


_WEB = re.compile(r"(?<=\w)\$\d+\b")  # `v$2`: the second variable named `v` (sema/webs.py)


def _source_names(d: Diagnostic) -> Diagnostic:
    """`d` with variables named as in the source."""
    def name(text: str) -> str:
        return _WEB.sub("", text)
    return replace(d, message=name(d.message), label=name(d.label), help=tuple(map(name, d.help)),
                   notes=tuple(map(name, d.notes)), labels=tuple(Label(x.span, name(x.message)) for x in d.labels))


def did_you_mean(name: str, candidates: object) -> tuple[str, ...]:
    """A `help:` line naming the closest candidate, if any is close (never `name` itself:
    a built-in used where it cannot be, `x == int`, is no misspelling)."""
    close = difflib.get_close_matches(name, [c for c in candidates if c != name], n=1, cutoff=0.6)  # type: ignore[attr-defined]
    return (f"did you mean `{close[0]}`?",) if close else ()

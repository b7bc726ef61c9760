"""One compilation's state, passed explicitly: options, the files read, diagnostics."""
from __future__ import annotations

from dataclasses import dataclass, field

from ember.base.source import SourceMap
from ember.diagnostics.diagnostic import DiagnosticSink
from ember.driver.options import Options

__all__ = ["Options", "Session"]


@dataclass
class Session:
    options: Options = field(default_factory=Options)
    sources: SourceMap = field(default_factory=SourceMap)
    sink: DiagnosticSink = field(default_factory=DiagnosticSink)

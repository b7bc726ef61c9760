"""One compilation's state, passed explicitly: options, the files read, diagnostics."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ember.base.source import SourceMap
from ember.diagnostics.diagnostic import DiagnosticSink


@dataclass(frozen=True)
class Options:
    """Read from the command line or the Python API; never from the environment here."""

    target_cpu: str | None = None          # None: the host CPU and its features
    opt_level: int = 3
    cache_dir: Path | None = None          # None: no on-disk cache
    search_path: tuple[Path, ...] = ()     # EMBER_PATH entries, for imports


@dataclass
class Session:
    options: Options = field(default_factory=Options)
    sources: SourceMap = field(default_factory=SourceMap)
    sink: DiagnosticSink = field(default_factory=DiagnosticSink)

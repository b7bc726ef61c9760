"""A compilation's settings, apart from the session (session.py): a warm `ember.load`
needs them but none of the session's source map or diagnostics (their imports cost a
fresh process more than the rest of the load)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Options:
    """Read from the command line or the Python API; never from the environment here."""

    target_cpu: str | None = None          # None: the host CPU and its features
    opt_level: int = 3
    fp_contract: bool = False              # fuse a * b + c into fused multiply-adds (--fp-contract)
    cache_dir: Path | None = None          # None: no on-disk cache
    search_path: tuple[Path, ...] = ()     # EMBER_PATH entries, for imports

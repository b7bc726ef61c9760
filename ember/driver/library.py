"""A module compiled for Python (LANGUAGE.md §12): its objects plus its interface, the
description of every function Python may call. Cached like a program (pipeline.py,
cache.py) under its own key, so a fresh process loads it without importing the parser,
the checker or LLVM's code generator.
"""
from __future__ import annotations

import logging
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

from ember import runtime
from ember.codegen import target
from ember.driver import cache, pipeline
from ember.driver.pipeline import Compiled, _phase
from ember.driver.session import Session
from ember.interop.interface import Interface, symbols

_log = logging.getLogger("ember.cache")
# keeps these keys apart from `ember run`'s; the objects call CPython (interop/pyfast.py)
_KIND = ("kind", f"python library 2, CPython {sys.version_info[0]}.{sys.version_info[1]}")


@dataclass(frozen=True)
class Library:
    compiled: Compiled
    interface: Interface


def _from_entry(session: Session, keys: cache.KeyFields, payload: bytes | None) -> Library | None:
    unpacked = None if payload is None else cache.unpack_library(payload)
    if unpacked is None:
        return None
    obj, pieces, iface = unpacked
    try:
        interface = pickle.loads(iface)
    except Exception:  # noqa: BLE001 - an entry from another compiler, or damaged: a miss
        return None
    if not isinstance(interface, Interface):
        return None
    return Library(Compiled(obj, pipeline._runtime_objects(session, keys, pieces)), interface)


def _warm(session: Session, keys: cache.KeyFields, cache_dir: Path, path: Path) -> Library | None:
    """As pipeline's warm lookup: the manifest names the files, their text the key."""
    try:
        text = path.read_text(encoding="utf-8")
        manifest = cache.load_manifest(cache_dir, pipeline._probe_key(session, keys, path, text + "\0library"))
        if manifest is None or any(Path(p).exists() for p in manifest[1]):
            return None
        files = [(name, Path(name).read_text(encoding="utf-8")) for name in manifest[0]]
    except (OSError, UnicodeDecodeError):
        return None
    return _from_entry(session, keys, cache.lookup(cache_dir, keys.key([_KIND, *files])))


def build_library(session: Session, path: Path) -> Library | None:
    """The module at `path` compiled for Python (from the cache when possible); None on
    errors in the program (diagnostics in the session's sink)."""
    cache_dir = session.options.cache_dir
    keys = pipeline._key_fields(session)
    if cache_dir is not None and path.is_file():
        with _phase("cache"):
            found = _warm(session, keys, cache_dir, path)
        if found is not None:
            _log.info("library: cache hit")
            return found
    if (program := pipeline._load(session, path)) is None:
        return None
    files = [(f.name, f.text) for f in program.files]
    key = keys.key([_KIND, *files])
    if cache_dir is not None:
        with _phase("cache"):
            found = _from_entry(session, keys, cache.lookup(cache_dir, key))
            cache.store_manifest(cache_dir, pipeline._probe_key(session, keys, path, files[0][1] + "\0library"),
                                 [name for name, _ in files], list(program.absent))
        if found is not None:
            _log.info("library: cache hit")
            return found
    _log.info("library: compiled %s", path)
    from ember.interop import exports

    with _phase("frontend"):
        front = pipeline._frontend()
        both = front.typed_mir(session, program)
        if both is None:
            return None
        typed, mir = both
        iface = exports.interface(str(path), typed, mir)
        ir = front.ir_of(session, program, mir, exports.extender(iface, mir))
    with _phase("runtime"):
        split = runtime.runtime_split()
        roots = split.roots(ir)
        runtime_part = split.program_part(roots)
    opts = session.options
    with _phase("optimize"):
        tm = target.host_target_machine(opts.target_cpu, opts.opt_level)
        mod = target.optimize(ir, runtime_part, tm, opts.opt_level, (target.ENTRY, *symbols(iface)))
    with _phase("codegen"):
        obj = target.emit_object(mod, tm)
        pieces = split.pieces(roots)
        lib = Library(Compiled(obj, pipeline._runtime_objects(session, keys, pieces)), iface)
    if cache_dir is not None:
        cache.store(cache_dir, key, cache.pack_library(obj, pieces, pickle.dumps(iface)))
    return lib

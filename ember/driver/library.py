"""A module compiled for Python (LANGUAGE.md §12): its objects plus its interface, the
description of every function Python may call. Cached like a program (pipeline.py,
cache.py) under its own key.

A fresh process that finds its module in the cache (`warm_library`) imports neither the
parser, the checker, the MIR, LLVM's code generator nor llvmlite: the key's LLVM and CPU
fields come from the host file the last compile wrote (cache.host_id), and the objects
are linked by interop/objload.py. This matters because a NumPy user's script pays for
every import on every start.
"""
from __future__ import annotations

import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ember.driver import cache
from ember.interop.interface import Interface

if TYPE_CHECKING:
    from ember.driver.loader import Program
    from ember.driver.options import Options
    from ember.driver.session import Session

# keeps these keys apart from `ember run`'s; the objects call CPython (interop/pyfast.py)
_KIND = ("kind", f"python library 2, CPython {sys.version_info[0]}.{sys.version_info[1]}")


@dataclass(frozen=True)
class Library:
    objects: tuple[bytes, ...]  # the runtime pieces', then the module's own
    interface: Interface


def _log(message: str, *args: object, logger: str = "ember.cache") -> None:
    """To the `ember.cache` logger, if anything can be listening: a process that has not
    imported `logging` has configured no handler, and the warm path saves its import."""
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.getLogger(logger).info(message, *args)


def _from_entry(payload: bytes | None,
                runtime_objects: Callable[[tuple[str, ...]], tuple[bytes, ...] | None]) -> Library | None:
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
    runtime = runtime_objects(pieces)
    return None if runtime is None else Library((*runtime, obj), interface)


def _lookup(options: Options, keys: cache.KeyFields, cache_dir: Path, path: Path,
            runtime_objects: Callable[[tuple[str, ...]], tuple[bytes, ...] | None]) -> Library | None:
    """As pipeline's warm lookup: the manifest names the files, their text the key."""
    try:
        text = path.read_text(encoding="utf-8")
        manifest = cache.load_manifest(cache_dir, keys.probe(options.search_path, path, text + "\0library"))
        if manifest is None or any(Path(p).exists() for p in manifest[1]):
            return None
        files = [(name, Path(name).read_text(encoding="utf-8")) for name in manifest[0]]
    except (OSError, UnicodeDecodeError):
        return None
    return _from_entry(cache.lookup(cache_dir, keys.key([_KIND, *files])), runtime_objects)


def warm_library(options: Options, path: Path) -> Library | None:
    """The module at `path` from the cache, found with neither the compiler nor LLVM;
    None on any doubt (no host file, a miss, a runtime piece missing): then
    `build_library` decides, which may compile."""
    cache_dir = options.cache_dir
    if cache_dir is None or not path.is_file():
        return None
    if (keys := cache.warm_keys(cache_dir, options.target_cpu, options.opt_level, options.fp_contract)) is None:
        return None
    lib = _lookup(options, keys, cache_dir, path, lambda pieces: cache.cached_runtime(cache_dir, keys, pieces))
    if lib is not None:
        _log("library: cache hit")
        _log("runtime pieces: %d from the cache, 0 compiled", len(lib.objects) - 1, logger="ember.cache.runtime")
    return lib


def build_library(session: Session, path: Path) -> Library | None:
    """The module at `path` compiled for Python (from the cache when possible); None on
    errors in the program (diagnostics in the session's sink)."""
    from ember.driver import pipeline
    from ember.driver.pipeline import _phase

    cache_dir = session.options.cache_dir
    keys = pipeline._key_fields(session)

    def runtime_objects(pieces: tuple[str, ...]) -> tuple[bytes, ...]:
        return pipeline._runtime_objects(session, keys, pieces)

    if cache_dir is not None and path.is_file():
        with _phase("cache"):
            found = _lookup(session.options, keys, cache_dir, path, runtime_objects)
        if found is not None:
            _log("library: cache hit")
            return found
    if (program := pipeline._load(session, path)) is None:
        return None
    files = [(f.name, f.text) for f in program.files]
    key = keys.key([_KIND, *files])
    if cache_dir is not None:
        with _phase("cache"):
            found = _from_entry(cache.lookup(cache_dir, key), runtime_objects)
            cache.store_manifest(cache_dir, keys.probe(session.options.search_path, path, files[0][1] + "\0library"),
                                 [name for name, _ in files], list(program.absent))
        if found is not None:
            _log("library: cache hit")
            return found
    _log("library: compiled %s", path)
    return _compile(session, path, program, keys, key, runtime_objects)


def interfaced(session: Session, path: Path, program: Program):  # noqa: ANN201 - (frontend, MIR, Interface) | None
    """`program` checked and lowered, with the interface of its main file's functions
    (for Python here, for C in shared.py); None on errors."""
    from ember.driver.pipeline import _frontend
    from ember.interop import exports

    front = _frontend()
    if (both := front.typed_mir(session, program)) is None:
        return None
    typed, mir = both
    return front, mir, exports.interface(str(path), typed, mir)


def _compile(session: Session, path: Path, program: Program, keys: cache.KeyFields, key: str,
             runtime_objects: Callable[[tuple[str, ...]], tuple[bytes, ...]]) -> Library | None:
    from ember.codegen import target
    from ember.driver.pipeline import _phase, optimize_ir
    from ember.interop import exports
    from ember.interop.interface import symbols

    with _phase("frontend"):
        if (checked := interfaced(session, path, program)) is None:
            return None
        front, mir, iface = checked
        ir = front.ir_of(session, program, mir, exports.extender(iface, mir))
    mod, tm, pieces = optimize_ir(session, ir, (target.ENTRY, *symbols(iface)))
    with _phase("codegen"):
        obj = target.emit_object(mod, tm)
        lib = Library((*runtime_objects(pieces), obj), iface)
    cache_dir = session.options.cache_dir
    if cache_dir is not None:
        cache.store(cache_dir, key, cache.pack_library(obj, pieces, pickle.dumps(iface)))
    return lib

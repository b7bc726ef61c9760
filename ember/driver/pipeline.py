"""The only place the phases are chained: source -> object code -> a run, an executable,
or text. Every phase runs inside `_phase`, which turns a Python exception (a compiler
bug, never a user error) into an InternalError naming the phase.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ember import runtime
from ember.codegen.entry import ENTRY, call_main
from ember.driver import cache
from ember.driver.session import Session

if TYPE_CHECKING:
    from ember.driver.loader import Program

_cache_log = logging.getLogger("ember.cache")
_runtime_log = logging.getLogger("ember.cache.runtime")  # shown with EMBER_LOG=cache too
_time_log = logging.getLogger("ember.time")


class ToolError(Exception):
    """A failure outside the program (unreadable input, no linker): one line, exit 1."""


class InternalError(Exception):
    """A bug in the compiler, raised from `phase`; the CLI reports it and exits 2."""

    def __init__(self, phase: str, cause: BaseException) -> None:
        super().__init__(f"{phase}: {type(cause).__name__}: {cause}")
        self.phase, self.cause = phase, cause


@contextmanager
def _phase(name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    except (ToolError, InternalError):
        raise
    except Exception as e:
        raise InternalError("mir-verify" if _is_mir_error(e) else name, e) from e
    finally:
        _time_log.debug("time: %-9s %7.1f ms", name, 1e3 * (time.perf_counter() - start))


def _is_mir_error(e: Exception) -> bool:
    """The builder's output broke an MIR invariant. Asked of the loaded module only: a
    warm cache hit never imports the MIR (30 ms), and then nothing can raise its error."""
    verify = sys.modules.get("ember.mir.verify")
    return verify is not None and isinstance(e, verify.MirError)


def _frontend():  # noqa: ANN202
    """The parser and checker, imported on first use: a warm cache hit needs neither."""
    from ember.driver import frontend

    return frontend


def _target():  # noqa: ANN202
    """LLVM's side (codegen/target.py), imported on first use: a warm `ember run` linked
    by objload needs no llvmlite."""
    from ember.codegen import target

    return target


def _load(session: Session, path: Path) -> Program | None:
    if not path.is_file():
        raise ToolError(f"{path}: {'not a file' if path.exists() else 'no such file'}")
    with _phase("load"):
        try:
            program = _frontend().load(session, path)
        except (OSError, UnicodeDecodeError) as e:
            raise ToolError(f"{path}: cannot read: {e}") from e
    return None if program is None or session.sink.has_errors else program


@dataclass(frozen=True)
class Compiled:
    """A compiled program: its own object, and the objects of the runtime pieces it
    calls (runtime/split.py), all of which a run or an executable links together."""

    program: bytes
    runtime: tuple[bytes, ...]

    @property
    def objects(self) -> tuple[bytes, ...]:
        return (*self.runtime, self.program)


def check_options(session: Session) -> None:
    """A `--target-cpu` LLVM does not know is the user's error, before any compiling."""
    cpu = session.options.target_cpu
    if cpu is not None and not _target().cpu_known(cpu):
        raise ToolError(f"unknown CPU `{cpu}` for --target-cpu on this machine's target "
                        "(names as `clang -march` takes them: x86-64-v3, znver4, skylake, ...)")


def _key_fields(session: Session) -> cache.KeyFields:
    target = _target()
    cpu, features = target.cpu_and_features(session.options.target_cpu)
    keys = cache.KeyFields(cache.compiler_fingerprint(), target.llvm_version(), cpu, features,
                           session.options.opt_level, session.options.fp_contract)
    if session.options.cache_dir is not None:
        cache.remember_host(session.options.cache_dir, session.options.target_cpu, keys)
    return keys


def _probe_key(session: Session, keys: cache.KeyFields, path: Path, text: str) -> str:
    return keys.probe(session.options.search_path, path, text)


def _optimize(session: Session, program: Program):  # -> (ModuleRef, TM, runtime roots)
    with _phase("frontend"):
        ir = _frontend().compile_to_ir(session, program)
    if ir is None or session.sink.has_errors:
        return None
    return optimize_ir(session, ir)


def optimize_ir(session: Session, ir: str, exports: tuple[str, ...] = (ENTRY,)):  # noqa: ANN201
    """The program's IR linked with the runtime functions it calls and optimized, keeping
    `exports`: (module, target machine, the runtime pieces to link with)."""
    with _phase("runtime"):
        split = runtime.runtime_split()
        roots = split.roots(ir)
        runtime_part = split.program_part(roots)
    with _phase("optimize"):
        target = _target()
        tm = target.host_target_machine(session.options.target_cpu, session.options.opt_level)
        return target.optimize(ir, runtime_part, tm, session.options.opt_level, exports), tm, split.pieces(roots)


def _runtime_objects(session: Session, keys: cache.KeyFields, pieces: tuple[str, ...]) -> tuple[bytes, ...]:
    """The objects of the runtime pieces `pieces`: from the cache, else compiled (and
    then cached: the next program needs most of the same ones)."""
    opts, cache_dir = session.options, session.options.cache_dir
    objs, compiled = [], 0
    for name in pieces:
        key = keys.runtime_piece(name)
        obj = None if cache_dir is None else cache.lookup_runtime(cache_dir, key)
        if obj is None:
            piece = runtime.runtime_split().piece(name)
            obj = _target().library_object(piece.ir, piece.exports, opts.target_cpu, opts.opt_level)
            if cache_dir is not None:
                cache.store_runtime(cache_dir, key, obj)
            compiled += 1
        objs.append(obj)
    if cache_dir is not None:
        _runtime_log.info("runtime pieces: %d from the cache, %d compiled", len(pieces) - compiled, compiled)
    return tuple(objs)


def _from_entry(payload: bytes | None,
                runtime_objects: Callable[[tuple[str, ...]], tuple[bytes, ...] | None]) -> Compiled | None:
    """A program's cache entry with its runtime pieces, or None if it is unusable."""
    unpacked = None if payload is None else cache.unpack_program(payload)
    if unpacked is None or (pieces := runtime_objects(unpacked[1])) is None:
        return None
    return Compiled(unpacked[0], pieces)


def _warm_lookup(session: Session, keys: cache.KeyFields, cache_dir: Path, path: Path,
                 runtime_objects: Callable[[tuple[str, ...]], tuple[bytes, ...] | None]) -> Compiled | None:
    """The cached program found without parsing anything: the manifest stored under the
    main file's probe key lists the program's files; their current text gives the key.
    Any doubt (a file gone or unreadable, a path that would now shadow an import) is a
    miss, and the slow path decides."""
    try:
        manifest = cache.load_manifest(cache_dir, _probe_key(session, keys, path, path.read_text(encoding="utf-8")))
        if manifest is None or any(os.path.exists(p) for p in manifest[1]):
            return None
        files = [(name, Path(name).read_text(encoding="utf-8")) for name in manifest[0]]
    except (OSError, UnicodeDecodeError):
        return None
    return _from_entry(cache.lookup(cache_dir, keys.key(files)), runtime_objects)


def build_object(session: Session, path: Path) -> Compiled | None:
    """The program's objects (from the cache when possible); None on user errors. A
    warm hit computes its keys without LLVM (cache.warm_keys) and imports nothing of
    the compiler."""
    cache_dir, opts = session.options.cache_dir, session.options
    if cache_dir is not None and path.is_file() \
            and (warm := cache.warm_keys(cache_dir, opts.target_cpu, opts.opt_level, opts.fp_contract)) is not None:
        with _phase("cache"):
            found = _warm_lookup(session, warm, cache_dir, path,
                                 lambda pieces: cache.cached_runtime(cache_dir, warm, pieces))
        if found is not None:
            _cache_log.info("cache: hit")
            _runtime_log.info("runtime pieces: %d from the cache, 0 compiled", len(found.runtime))
            return found
    keys = _key_fields(session)

    def runtime_objects(pieces: tuple[str, ...]) -> tuple[bytes, ...]:
        return _runtime_objects(session, keys, pieces)

    if cache_dir is not None and path.is_file():
        with _phase("cache"):
            found = _warm_lookup(session, keys, cache_dir, path, runtime_objects)
        if found is not None:
            _cache_log.info("cache: hit")
            return found
    if (program := _load(session, path)) is None:
        return None
    files = [(f.name, f.text) for f in program.files]
    if cache_dir is not None:
        with _phase("cache"):
            key = keys.key(files)
            found = _from_entry(cache.lookup(cache_dir, key), runtime_objects)
            cache.store_manifest(cache_dir, _probe_key(session, keys, path, files[0][1]),
                                 [name for name, _ in files], list(program.absent))
        _cache_log.info("cache: %s", "miss" if found is None else "hit")
        if found is not None:
            return found
    if (compiled := _optimize(session, program)) is None:
        return None
    mod, tm, pieces = compiled
    with _phase("codegen"):
        obj = _target().emit_object(mod, tm)
    with _phase("pieces"):
        result = Compiled(obj, _runtime_objects(session, keys, pieces))
    if cache_dir is not None and not cache.store(cache_dir, key, cache.pack_program(obj, pieces)):
        _cache_log.info("cache: cannot write to %s", cache_dir)
    return result


def run(session: Session, path: Path, argv: list[str]) -> int:
    """Compile (cached) and run in this process; the program's exit status, 1 on errors."""
    compiled = build_object(session, path)
    return 1 if compiled is None else run_object(session, path, compiled, argv)


def run_object(session: Session, path: Path, compiled: Compiled, argv: list[str]) -> int:
    """Run what `build_object` made, with `path` as the program's argv[0]: linked by
    interop/objload.py (no LLVM in the process), else by LLVM's JIT; `EMBER_LOADER`
    (`llvm` or `objload`) forces one. The objload image is never unmapped: the thread
    pool's workers stay parked in its code until the process exits."""
    args = [str(path), *argv]
    loader = os.environ.get("EMBER_LOADER", "auto")
    with _phase("jit"):
        if loader != "llvm":
            from ember.interop import objload

            image = objload.load(compiled.objects, {})
            if image is not None and (addr := image.address(ENTRY)):
                return call_main(addr, args)
            if loader == "objload":
                raise ToolError("EMBER_LOADER=objload: objload cannot link this program's objects here")
        return _target().jit_call_main(compiled.objects, args, session.options.target_cpu)


def build_executable(session: Session, path: Path, out: Path) -> bool:
    """Link the program's objects and a `main` shim with the system's `cc`."""
    if (compiled := build_object(session, path)) is None:
        return False
    target = _target()
    shim = target.main_shim_object(target.host_target_machine(session.options.target_cpu))
    link((compiled.program, shim, *compiled.runtime), out)
    return True


def link(objects: tuple[bytes, ...], out: Path, flags: tuple[str, ...] = ()) -> None:
    """Link `objects` into `out` with the system's `cc` (`flags` first: `-shared`)."""
    if (cc := shutil.which("cc")) is None:
        raise ToolError("cannot link: no C compiler driver `cc` found on PATH "
                        "(`ember build` uses it as the linker; `ember run` needs none)")
    with _phase("link"), tempfile.TemporaryDirectory(prefix="ember-link-") as tmp:
        files = []
        for i, data in enumerate(objects):
            files.append(Path(tmp, f"{i}.o"))
            files[-1].write_bytes(data)
        cmd = [cc, *flags, "-o", str(out), *map(str, files), "-lm", "-lpthread"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise ToolError(f"linking {out} failed ({' '.join(cmd[:3 + len(flags)])} ...):\n{proc.stderr.strip()}")


def emit(session: Session, path: Path, what: Literal["llvm", "asm", "mir", "mir-opt"]) -> str | None:
    """Optimized LLVM IR, assembly, MIR as built and checked (`mir`) or after the
    MIR-level loop work (`mir-opt`), as text; None on errors."""
    if (program := _load(session, path)) is None:
        return None
    if what in ("mir", "mir-opt"):
        with _phase("frontend"):
            text = _frontend().mir_text(session, program, what == "mir-opt")
        return None if session.sink.has_errors else text
    if (compiled := _optimize(session, program)) is None:
        return None
    with _phase("codegen"):
        mod, tm, _roots = compiled
        return _target().emit_llvm(mod) if what == "llvm" else _target().emit_asm(mod, tm)


def check(session: Session, path: Path) -> bool:
    """All checks through MIR (types, borrows, parallel safety); nothing is generated."""
    if (program := _load(session, path)) is None:
        return False
    with _phase("frontend"):
        _frontend().mir_text(session, program)
    return not session.sink.has_errors

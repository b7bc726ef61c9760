"""The only place the phases are chained: source -> object code -> a run, an executable,
or text. Every phase runs inside `_phase`, which turns a Python exception (a compiler
bug, never a user error) into an InternalError naming the phase.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from ember import runtime
from ember.codegen import target
from typing import TYPE_CHECKING

from ember.driver import cache
from ember.driver.session import Session

if TYPE_CHECKING:
    from ember.driver.loader import Program
from ember.mir.verify import MirError

_cache_log = logging.getLogger("ember.cache")
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
    except MirError as e:  # the builder's output broke an MIR invariant
        raise InternalError("mir-verify", e) from e
    except Exception as e:
        raise InternalError(name, e) from e
    finally:
        _time_log.debug("time: %-9s %7.1f ms", name, 1e3 * (time.perf_counter() - start))


def _frontend():  # noqa: ANN202
    """The parser and checker, imported on first use: a warm cache hit needs neither."""
    from ember.driver import frontend

    return frontend


def _load(session: Session, path: Path) -> Program | None:
    if not path.is_file():
        raise ToolError(f"{path}: {'not a file' if path.exists() else 'no such file'}")
    with _phase("load"):
        try:
            program = _frontend().load(session, path)
        except (OSError, UnicodeDecodeError) as e:
            raise ToolError(f"{path}: cannot read: {e}") from e
    return None if program is None or session.sink.has_errors else program


def _optimize(session: Session, program: Program, runtime_ir: str):  # -> (ModuleRef, TM)
    with _phase("frontend"):
        ir = _frontend().compile_to_ir(session, program)
    if ir is None or session.sink.has_errors:
        return None
    with _phase("optimize"):
        tm = target.host_target_machine(session.options.target_cpu, session.options.opt_level)
        return target.optimize(ir, runtime_ir, tm, session.options.opt_level), tm


def _cache_key(session: Session, files: list[tuple[str, str]]) -> str:
    opts = session.options
    cpu, features = target.cpu_and_features(opts.target_cpu)
    return cache.cache_key(compiler=cache.compiler_fingerprint(), llvm=target.llvm_version(),
                           cpu=cpu, features=features, opt_level=opts.opt_level, files=files)


def _probe_key(session: Session, path: Path, text: str) -> str:
    """Hashes what decides which files make the program: the main file and EMBER_PATH."""
    search = os.pathsep.join(map(str, session.options.search_path))
    return _cache_key(session, [("EMBER_PATH", search), (str(path), text)])


def _warm_lookup(session: Session, cache_dir: Path, path: Path) -> bytes | None:
    """The cached object found without parsing anything: the manifest stored under the
    main file's probe key lists the program's files; their current text gives the key.
    Any doubt (a file gone or unreadable, a path that would now shadow an import) is a
    miss, and the slow path decides."""
    try:
        manifest = cache.load_manifest(cache_dir, _probe_key(session, path, path.read_text(encoding="utf-8")))
        if manifest is None or any(os.path.exists(p) for p in manifest[1]):
            return None
        files = [(name, Path(name).read_text(encoding="utf-8")) for name in manifest[0]]
    except (OSError, UnicodeDecodeError):
        return None
    return cache.lookup(cache_dir, _cache_key(session, files))


def build_object(session: Session, path: Path) -> bytes | None:
    """The program's object code (from the cache when possible); None on user errors."""
    cache_dir = session.options.cache_dir
    if cache_dir is not None and path.is_file():
        with _phase("cache"):
            obj = _warm_lookup(session, cache_dir, path)
        if obj is not None:
            _cache_log.info("cache: hit")
            return obj
    if (program := _load(session, path)) is None:
        return None
    files = [(f.name, f.text) for f in program.files]
    if cache_dir is not None:
        with _phase("cache"):
            key = _cache_key(session, files)
            obj = cache.lookup(cache_dir, key)
            cache.store_manifest(cache_dir, _probe_key(session, path, files[0][1]),
                                 [name for name, _ in files], list(program.absent))
        _cache_log.info("cache: %s", "miss" if obj is None else "hit")
        if obj is not None:
            return obj
    with _phase("runtime"):  # only on a miss: the compiler fingerprint covers its files
        runtime_ir = runtime.runtime_ir()
    if (compiled := _optimize(session, program, runtime_ir)) is None:
        return None
    with _phase("codegen"):
        obj = target.emit_object(*compiled)
    if cache_dir is not None and not cache.store(cache_dir, key, obj):
        _cache_log.info("cache: cannot write to %s", cache_dir)
    return obj


def run(session: Session, path: Path, argv: list[str]) -> int:
    """Compile (cached) and run in this process; the program's exit status, 1 on errors."""
    obj = build_object(session, path)
    return 1 if obj is None else run_object(session, path, obj, argv)


def run_object(session: Session, path: Path, obj: bytes, argv: list[str]) -> int:
    """Run an object from `build_object`, with `path` as the program's argv[0]."""
    with _phase("jit"):
        return target.jit_call_main(obj, [str(path), *argv], session.options.target_cpu)


def build_executable(session: Session, path: Path, out: Path) -> bool:
    """Link the program's object and a `main` shim with the system's `cc`."""
    if (obj := build_object(session, path)) is None:
        return False
    if (cc := shutil.which("cc")) is None:
        raise ToolError("cannot link: no C compiler driver `cc` found on PATH "
                        "(`ember build` uses it as the linker; `ember run` needs none)")
    with _phase("link"):
        shim = target.main_shim_object(target.host_target_machine(session.options.target_cpu))
        with tempfile.TemporaryDirectory(prefix="ember-link-") as tmp:
            objs = [Path(tmp, "program.o"), Path(tmp, "main.o")]
            objs[0].write_bytes(obj)
            objs[1].write_bytes(shim)
            cmd = [cc, "-o", str(out), *map(str, objs), "-lm", "-lpthread"]
            proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise ToolError(f"linking {out} failed ({' '.join(cmd[:3])} ...):\n{proc.stderr.strip()}")
    return True


def emit(session: Session, path: Path, what: Literal["llvm", "asm", "mir"]) -> str | None:
    """Optimized LLVM IR, assembly, or MIR after all passes, as text; None on errors."""
    if (program := _load(session, path)) is None:
        return None
    if what == "mir":
        with _phase("frontend"):
            text = _frontend().mir_text(session, program)
        return None if session.sink.has_errors else text
    with _phase("runtime"):
        runtime_ir = runtime.runtime_ir()
    if (compiled := _optimize(session, program, runtime_ir)) is None:
        return None
    with _phase("codegen"):
        return target.emit_llvm(compiled[0]) if what == "llvm" else target.emit_asm(*compiled)


def check(session: Session, path: Path) -> bool:
    """All checks through MIR (types, borrows, parallel safety); nothing is generated."""
    if (program := _load(session, path)) is None:
        return False
    with _phase("frontend"):
        _frontend().mir_text(session, program)
    return not session.sink.has_errors

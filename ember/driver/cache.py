"""On-disk cache of object code, so a second `ember run` skips all compiling.

Two kinds of entries: a program's object (with the names of the runtime pieces it links
with), under `obj/`, and the runtime pieces themselves, under `rt/`, shared by every
program compiled with the same compiler, LLVM, CPU and optimisation level. Two kinds of
small records help a warm start skip work: manifests (`dep/`: which files a main file's
program is made of) and host files (`host/`: what LLVM said about this CPU, see host_id).

An entry's key hashes everything that can change the object: the compiler (its version
and the files it is made of, the runtime's among them), LLVM's version, the target CPU
and features, the optimisation level, and the name and text of every source file of
the program. Entries are written atomically (temp file, then `os.replace`) and carry a
header with the payload's length and sha256, so a truncated or corrupt entry reads as
a miss and is rebuilt; the cache can never make a compilation fail.
"""
from __future__ import annotations

import os
import struct
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import ember

try:  # CPython's own SHA-256: hashlib's import (OpenSSL) costs a warm load 6 ms; same digests
    from _sha2 import sha256  # 3.12+
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[no-redef]
    except ImportError:
        from hashlib import sha256  # type: ignore[no-redef]

_MAGIC = b"EMBEROBJ1\n"
_HEADER = struct.Struct("<Q32s")  # payload length, sha256 of the payload
_SUFFIX = ".emo"
_PROGRAM = b"EMBERPRG1\n"  # a program's payload: see pack_program


def compiler_fingerprint() -> str:
    """The version plus the size and mtime of every file of the installed compiler.

    The version alone would keep stale objects while the compiler is being developed;
    stat() of a few hundred files is far cheaper than compiling.
    """
    root = Path(ember.__file__).parent
    h = sha256(ember.__version__.encode())
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".py", ".ll", ".c", ".h", ".ember")):
                st = os.stat(os.path.join(dirpath, name))
                h.update(f"{dirpath}/{name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def cache_key(
    *,
    compiler: str,
    llvm: str,
    cpu: str,
    features: str,
    opt_level: int,
    files: Iterable[tuple[str, str]],
    fp_contract: bool = False,
) -> str:
    """sha256 over length-prefixed fields, so no two field lists hash alike."""
    h = sha256()

    def put(value: str) -> None:
        data = value.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)

    for value in (compiler, llvm, cpu, features, str(opt_level), "fp-contract" if fp_contract else ""):
        put(value)
    for name, text in files:
        put(name)
        put(text)
    return h.hexdigest()


@dataclass(frozen=True)
class KeyFields:
    """The fields every key of one compilation shares, gathered once: they stat the
    compiler's files and ask LLVM for the host CPU, and a run needs a dozen keys."""

    compiler: str
    llvm: str
    cpu: str
    features: str
    opt_level: int
    fp_contract: bool = False

    def key(self, files: Iterable[tuple[str, str]]) -> str:
        return cache_key(compiler=self.compiler, llvm=self.llvm, cpu=self.cpu, features=self.features,
                         opt_level=self.opt_level, files=files, fp_contract=self.fp_contract)

    def probe(self, search_path: Iterable[Path], path: Path, text: str) -> str:
        """The key of a main file's manifest: hashes what decides which files make the
        program, the main file and EMBER_PATH."""
        return self.key([("EMBER_PATH", os.pathsep.join(map(str, search_path))), (str(path), text)])

    def runtime_piece(self, name: str) -> str:
        return self.key([("runtime piece", name)])


def host_id(target_cpu: str | None) -> str | None:
    """What LLVM's view of this machine depends on, read without LLVM: the platform, the
    CPU as /proc/cpuinfo describes it (vendor, family, model, flags) and the LLVM library
    that llvmlite ships. None where any of it cannot be read (then only LLVM can tell).
    The CPU name and features LLVM reports are stored under it (store_host), so a warm
    load computes its keys without importing llvmlite (400 ms on a loaded machine)."""
    import importlib.util

    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            first = f.read().split("\n\n", 1)[0]
        spec = importlib.util.find_spec("llvmlite")
        if spec is None or spec.origin is None:
            return None
        binding = os.path.join(os.path.dirname(spec.origin), "binding")
        libs = sorted(n for n in os.listdir(binding) if n.startswith("libllvmlite"))
        stats = [(n, os.stat(os.path.join(binding, n))) for n in libs]
    except (OSError, ValueError, ImportError):
        return None
    fields = [line.split(":", 1)[1].strip() for line in first.splitlines()
              if line.split(":", 1)[0].strip() in ("vendor_id", "cpu family", "model", "model name", "stepping", "flags")]
    if not fields or not stats:
        return None
    return cache_key(compiler=f"{sys.platform} {os.uname().machine}", llvm=binding, cpu=str(target_cpu),
                     features="", opt_level=0,
                     files=[("cpuinfo", "\n".join(fields)),
                            *((n, f"{st.st_size}:{st.st_mtime_ns}") for n, st in stats)])


def warm_keys(cache_dir: Path, target_cpu: str | None, opt_level: int, fp_contract: bool = False) -> KeyFields | None:
    """The cache keys of this host computed without LLVM, from what an earlier cold
    compile stored under host_id; None when that is not known (then only LLVM can tell)."""
    if (host := host_id(target_cpu)) is None or (llvm := load_host(cache_dir, host)) is None:
        return None
    return KeyFields(compiler_fingerprint(), *llvm, opt_level, fp_contract)


def remember_host(cache_dir: Path, target_cpu: str | None, keys: KeyFields) -> None:
    """After LLVM computed `keys`: store what warm_keys needs (see host_id)."""
    if (host := host_id(target_cpu)) is not None:
        store_host(cache_dir, host, keys.llvm, keys.cpu, keys.features)


def cached_runtime(cache_dir: Path, keys: KeyFields, pieces: tuple[str, ...]) -> tuple[bytes, ...] | None:
    """The objects of the runtime pieces `pieces`, all from the cache, else None."""
    objs = [lookup_runtime(cache_dir, keys.runtime_piece(name)) for name in pieces]
    return None if any(o is None for o in objs) else tuple(objs)  # type: ignore[misc]


def host_path(cache_dir: Path, host: str) -> Path:
    return cache_dir / "host" / (host + _SUFFIX)


def store_host(cache_dir: Path, host: str, llvm: str, cpu: str, features: str) -> bool:
    """Remember what LLVM said about this host (see host_id)."""
    return store(cache_dir, host, _pack_strings([llvm, cpu, features]), host_path(cache_dir, host))


def load_host(cache_dir: Path, host: str) -> tuple[str, str, str] | None:
    """(LLVM version, CPU name, features) from store_host, or None."""
    fields = _unpack_strings(lookup(cache_dir, host, host_path(cache_dir, host)))
    return (fields[0], fields[1], fields[2]) if fields is not None and len(fields) == 3 else None


def entry_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / "obj" / key[:2] / (key + _SUFFIX)


def runtime_path(cache_dir: Path, key: str) -> Path:
    """Where a piece of the runtime is kept: shared by every program of this cache."""
    return cache_dir / "rt" / key[:2] / (key + _SUFFIX)


def lookup_runtime(cache_dir: Path, key: str) -> bytes | None:
    return lookup(cache_dir, key, runtime_path(cache_dir, key))


def store_runtime(cache_dir: Path, key: str, obj: bytes) -> bool:
    return store(cache_dir, key, obj, runtime_path(cache_dir, key))


def pack_program(obj: bytes, pieces: Sequence[str]) -> bytes:
    """A program's entry: the names of the runtime pieces it links with, then its object."""
    names = "\n".join(pieces).encode()
    return _PROGRAM + len(names).to_bytes(4, "little") + names + obj


def unpack_program(payload: bytes) -> tuple[bytes, tuple[str, ...]] | None:
    """(object, runtime piece names) from `pack_program`, or None for anything else."""
    start = len(_PROGRAM) + 4
    if not payload.startswith(_PROGRAM) or len(payload) < start:
        return None
    end = start + int.from_bytes(payload[len(_PROGRAM):start], "little")
    if end > len(payload):
        return None
    names = payload[start:end].decode("utf-8", "replace")
    return payload[end:], tuple(names.split("\n")) if names else ()


_LIBRARY = b"EMBERLIB1\n"  # a library's object: see pack_library


def pack_library(obj: bytes, pieces: Sequence[str], interface: bytes) -> bytes:
    """A module compiled for Python: its interface (interop's, pickled) and its object,
    then packed like a program's entry."""
    return pack_program(_LIBRARY + len(interface).to_bytes(8, "little") + interface + obj, pieces)


def unpack_library(payload: bytes) -> tuple[bytes, tuple[str, ...], bytes] | None:
    """(object, runtime piece names, interface) from `pack_library`, or None."""
    program = unpack_program(payload)
    start = len(_LIBRARY) + 8
    if program is None or not program[0].startswith(_LIBRARY) or len(program[0]) < start:
        return None
    data, pieces = program
    end = start + int.from_bytes(data[len(_LIBRARY):start], "little")
    if end > len(data):
        return None
    return data[end:], pieces, data[start:end]


def default_dir(env: Mapping[str, str]) -> Path | None:
    """EMBER_CACHE_DIR, else $XDG_CACHE_HOME/ember, else ~/.cache/ember; None without a
    home directory. The CLI and the Python API pass their environment."""
    if env.get("EMBER_CACHE_DIR"):
        return Path(env["EMBER_CACHE_DIR"])
    if env.get("XDG_CACHE_HOME"):
        return Path(env["XDG_CACHE_HOME"]) / "ember"
    try:
        return Path.home() / ".cache" / "ember"
    except RuntimeError:  # no home directory: run without a cache
        return None


def _pack_strings(strings: Sequence[str]) -> bytes:
    """Small records (manifests, host files) as NUL-separated text: no path holds a NUL,
    and json's import would cost every warm load."""
    return "\0".join(strings).encode("utf-8", "surrogateescape")


def _unpack_strings(data: bytes | None) -> list[str] | None:
    return None if data is None else data.decode("utf-8", "surrogateescape").split("\0")


def manifest_path(cache_dir: Path, probe: str) -> Path:
    return cache_dir / "dep" / probe[:2] / (probe + ".dep")


def store_manifest(cache_dir: Path, probe: str, files: list[str], absent: list[str]) -> bool:
    """Remember which files a main file's program is made of (`probe` hashes the main
    file and the settings), so a warm run can find its object without parsing."""
    data = _pack_strings([str(len(files)), *files, *absent])
    return store(cache_dir, probe, data, manifest_path(cache_dir, probe))


def load_manifest(cache_dir: Path, probe: str) -> tuple[list[str], list[str]] | None:
    """(files, absent paths) from `store_manifest`, or None."""
    fields = _unpack_strings(lookup(cache_dir, probe, manifest_path(cache_dir, probe)))
    if not fields or not fields[0].isdigit() or int(fields[0]) > len(fields) - 1:
        return None
    n = int(fields[0])
    return fields[1:n + 1], [f for f in fields[n + 1:] if f]


def lookup(cache_dir: Path, key: str, path: Path | None = None) -> bytes | None:
    """The cached object, or None when absent, unreadable, truncated or corrupt."""
    try:
        data = (path or entry_path(cache_dir, key)).read_bytes()
    except OSError:
        return None
    start = len(_MAGIC) + _HEADER.size
    if len(data) < start or not data.startswith(_MAGIC):
        return None
    length, digest = _HEADER.unpack_from(data, len(_MAGIC))
    payload = data[start:]
    if len(payload) != length or sha256(payload).digest() != digest:
        return None
    return payload


def store(cache_dir: Path, key: str, payload: bytes, path: Path | None = None) -> bool:
    """Write an entry atomically; False (and nothing left behind) when that fails."""
    path = path or entry_path(cache_dir, key)
    header = _MAGIC + _HEADER.pack(len(payload), sha256(payload).digest())
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=_SUFFIX)
        with os.fdopen(fd, "wb") as out:
            out.write(header + payload)
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        return False

"""Cached ELF x86-64 relocatable objects linked into this process without LLVM.

A warm `ember.load` must not import llvmlite (50-400 ms, most of a cached load): the
objects in the cache are plain ELF relocatables, so linking them is a small job. Their
allocatable sections go into one anonymous mapping (code, read-only data, writable data,
each on its own pages), symbols are resolved across the objects and then in the process
(the C library, libm, CPython), calls and GOT loads of outside symbols go through jump
stubs and a GOT inside the mapping (so 32-bit PC-relative fields reach them), and the
relocations the code generator emits are applied. Anything else (another platform or
file kind, TLS, a relocation or section this does not know, a symbol not found, a
refused executable mapping) gives None, and the caller uses LLVM's JIT instead:
correctness first.
"""
from __future__ import annotations

import ctypes
import mmap
import struct
import sys
from collections.abc import Mapping, Sequence
from typing import NamedTuple

_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_SHDR = struct.Struct("<IIQQQQIIQQ")
_SYM = struct.Struct("<IBBHQQ")
_RELA = struct.Struct("<QQq")
_ET_REL, _EM_X86_64 = 1, 62
# section types and flags
_PROGBITS, _SYMTAB, _RELA_T, _NOBITS, _REL_T = 1, 2, 4, 8, 9
_X86_64_UNWIND = 0x70000001  # .eh_frame: only unwinders read it, and nothing unwinds here
_WRITE, _ALLOC, _EXEC, _TLS = 0x1, 0x2, 0x4, 0x400
# symbols
_UNDEF, _ABS, _COMMON, _XINDEX = 0, 0xFFF1, 0xFFF2, 0xFFFF
_LOCAL, _GLOBAL, _WEAK = 0, 1, 2
_STT_SECTION, _STT_TLS = 3, 6
# relocations (x86-64 psABI)
# (the numbers in _relocate's match: 0 NONE, 1 64, 2 PC32, 4 PLT32, 9 GOTPCREL, 10 32, 11 32S, 24 PC64,
# 41 GOTPCRELX, 42 REX_GOTPCRELX; nothing is relaxed: GOT loads keep their slot)
_R_PLT32, _R_32 = 4, 10
_GOT_KINDS = (9, 41, 42)
_STUB = b"\xff\x25\x00\x00\x00\x00"  # jmp *0(%rip), then the 8-byte target
_STUB_SIZE = 16
_PROT_READ, _PROT_WRITE, _PROT_EXEC = 1, 2, 4
_MAP_PRIVATE, _MAP_ANONYMOUS = 0x02, 0x20


class _Refused(Exception):
    """Something this loader does not handle: the caller falls back to LLVM's JIT."""


class _Section(NamedTuple):  # NamedTuples: three dataclasses cost a warm load 3 ms
    index: int
    name: str
    kind: int  # 0 code, 1 read-only data, 2 writable data
    data: bytes | None  # None: zero-filled (.bss)
    size: int
    align: int


class _Symbol(NamedTuple):
    name: str
    bind: int
    shndx: int
    value: int
    is_section: bool


class _Object(NamedTuple):
    sections: dict[int, _Section]  # the loaded ones, by section index
    symbols: tuple[_Symbol, ...]
    relocations: tuple[tuple[int, tuple[tuple[int, int, int, int], ...]], ...]  # (section, (offset, type, sym, addend))


def _parse(data: bytes) -> _Object:
    if len(data) < _EHDR.size:
        raise _Refused("short object")
    (ident, e_type, machine, _v, _entry, _phoff, shoff, _flags, _ehsize, _phentsize, _phnum,
     shentsize, shnum, shstrndx) = _EHDR.unpack_from(data)
    if ident[:4] != b"\x7fELF" or ident[4] != 2 or ident[5] != 1 or e_type != _ET_REL or machine != _EM_X86_64:
        raise _Refused("not an ELF64 little-endian x86-64 relocatable")
    if shentsize != _SHDR.size or shnum == 0 or shstrndx >= shnum:
        raise _Refused("unusual section table")
    headers = [_SHDR.unpack_from(data, shoff + i * _SHDR.size) for i in range(shnum)]
    names_off = headers[shstrndx][4]

    def cstr(offset: int) -> str:
        return data[offset:data.index(b"\0", offset)].decode("utf-8", "surrogateescape")

    sections: dict[int, _Section] = {}
    symtab = None
    relas = []
    for i, (name_off, typ, flags, _addr, off, size, link, info, align, _entsize) in enumerate(headers):
        name = cstr(names_off + name_off)
        if typ == _SYMTAB:
            symtab = (off, size, link)
        elif typ == _RELA_T:
            relas.append((info, off, size))
        elif typ == _REL_T and flags & _ALLOC:
            raise _Refused(f"REL section {name}")
        if not flags & _ALLOC or typ == _X86_64_UNWIND or name == ".eh_frame":
            continue
        if flags & _TLS:
            raise _Refused(f"thread-local section {name}")
        if typ not in (_PROGBITS, _NOBITS):
            raise _Refused(f"section {name} of type {typ:#x}")
        kind = 0 if flags & _EXEC else 2 if flags & _WRITE else 1
        sections[i] = _Section(i, name, kind, None if typ == _NOBITS else data[off:off + size], size, max(align, 1))
    if symtab is None:
        raise _Refused("no symbol table")
    off, size, link = symtab
    strs = headers[link][4]
    symbols = []
    for name_off, info, _other, shndx, value, _size in _SYM.iter_unpack(data[off:off + size]):
        bind, typ = info >> 4, info & 0xF
        if typ == _STT_TLS or shndx in (_COMMON, _XINDEX):
            raise _Refused("TLS, common or extended-index symbol")
        symbols.append(_Symbol(cstr(strs + name_off), bind, shndx, value, typ == _STT_SECTION))
    relocations = []
    for target, off, size in relas:
        if target not in sections:
            continue  # relocations of a section not loaded (.eh_frame)
        relocations.append((target, tuple((o, i & 0xFFFFFFFF, i >> 32, a)
                                          for o, i, a in _RELA.iter_unpack(data[off:off + size]))))
    return _Object(sections, tuple(symbols), tuple(relocations))


class Image:
    """Linked objects in this process's memory, alive until `close` (the caller must
    make sure no thread still runs the code then)."""

    def __init__(self, base: int, size: int, symbols: dict[str, int]) -> None:
        self._base, self._size, self._symbols = base, size, symbols

    def address(self, symbol: str) -> int:
        """A global symbol's address; 0 when no object defines it."""
        return self._symbols.get(symbol, 0)

    def close(self) -> None:
        if self._base:
            _libc().munmap(self._base, self._size)
            self._base = 0


def _libc() -> ctypes.CDLL:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mmap.restype, libc.mmap.argtypes = ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int,
                                                              ctypes.c_int, ctypes.c_int, ctypes.c_long]
    libc.mprotect.restype, libc.mprotect.argtypes = ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    libc.munmap.restype, libc.munmap.argtypes = ctypes.c_int, [ctypes.c_void_p, ctypes.c_size_t]
    return libc


def _process_symbol(name: str, extra: Mapping[str, int], libs: Sequence[ctypes.CDLL]) -> int | None:
    if name in extra:
        return extra[name]
    for lib in libs:
        try:
            return ctypes.cast(lib[name], ctypes.c_void_p).value
        except AttributeError:
            continue
    return None


def _align(n: int, a: int) -> int:
    return (n + a - 1) // a * a


def load(objects: Sequence[bytes], extra: Mapping[str, int]) -> Image | None:
    """`objects` linked in this process, outside symbols from `extra` (name -> address)
    first, then the process's libraries; None when this loader cannot do it."""
    if sys.platform != "linux" or struct.calcsize("P") != 8:
        return None
    try:
        return _load([_parse(o) for o in objects], extra)
    except _Refused:
        return None


def _load(objs: list[_Object], extra: Mapping[str, int]) -> Image | None:
    page = mmap.PAGESIZE
    # layout: code, read-only data, writable data, each group starting on its own page
    offsets: dict[tuple[int, int], int] = {}  # (object, section) -> offset in the image
    ends = [0, 0, 0]
    for kind in (0, 1, 2):
        pos = 0 if kind == 0 else _align(ends[kind - 1], page)
        for k, obj in enumerate(objs):
            for s in obj.sections.values():
                if s.kind == kind:
                    pos = _align(pos, s.align)
                    offsets[k, s.index] = pos
                    pos += s.size
        if kind == 0:
            stubs_at = pos = _align(pos, _STUB_SIZE)
            pos += _STUB_SIZE * len(_outside_names(objs))
        if kind == 1:
            got_at = pos = _align(pos, 8)
            pos += 8 * sum(len(_got_users(obj)) for obj in objs)
        ends[kind] = pos
    code_end, ro_end, total = _align(ends[0], page), _align(ends[1], page), _align(max(ends[2], 1), page)

    # the program's own global symbols, by offset: strong ones must be unique
    defined: dict[str, tuple[int, bool]] = {}
    for k, obj in enumerate(objs):
        for sym in obj.symbols:
            if sym.bind == _LOCAL or sym.shndx == _UNDEF:
                continue
            if sym.shndx == _ABS or (k, sym.shndx) not in offsets:
                raise _Refused(f"symbol {sym.name} in a section not loaded")
            weak = sym.bind == _WEAK
            if sym.name in defined:
                if not weak and not defined[sym.name][1]:
                    raise _Refused(f"{sym.name} defined twice")
                if weak:
                    continue
            defined[sym.name] = (offsets[k, sym.shndx] + sym.value, weak)

    libc = _libc()
    libs = [ctypes.pythonapi, libc]
    outside: dict[str, int] = {}
    for name in _outside_names(objs):
        if name in defined:
            continue
        addr = _process_symbol(name, extra, libs)
        if addr is None:
            raise _Refused(f"symbol {name} not found")
        outside[name] = addr

    base = libc.mmap(None, total, _PROT_READ | _PROT_WRITE, _MAP_PRIVATE | _MAP_ANONYMOUS, -1, 0)
    if base in (None, ctypes.c_void_p(-1).value):
        return None
    try:
        image = bytearray(total)
        for k, obj in enumerate(objs):
            for s in obj.sections.values():
                if s.data is not None:
                    at = offsets[k, s.index]
                    image[at:at + s.size] = s.data
        stub_of: dict[str, int] = {}
        for i, (name, addr) in enumerate(sorted(outside.items())):
            at = stubs_at + i * _STUB_SIZE
            image[at:at + 14] = _STUB + addr.to_bytes(8, "little")
            stub_of[name] = base + at
        got_next = got_at
        for k, obj in enumerate(objs):
            addrs = [_symbol_address(k, sym, base, offsets, defined, outside) for sym in obj.symbols]
            stubs = [stub_of.get(sym.name) if sym.shndx == _UNDEF else None for sym in obj.symbols]
            got: dict[int, int] = {}
            for i in _got_users(obj):
                if addrs[i] is None:
                    raise _Refused(f"GOT entry for {obj.symbols[i].name}, in a section not loaded")
                got[i] = base + got_next
                struct.pack_into("<Q", image, got_next, addrs[i])
                got_next += 8
            for target, relas in obj.relocations:
                start = offsets[k, target]
                for off, typ, i, addend in relas:
                    _relocate(image, start + off, base + start + off, typ, addend, addrs[i], stubs[i], got.get(i))
        ctypes.memmove(base, bytes(image), total)
        if (libc.mprotect(base, code_end, _PROT_READ | _PROT_EXEC) != 0
                or (ro_end > code_end and libc.mprotect(base + code_end, ro_end - code_end, _PROT_READ) != 0)):
            raise _Refused("the system refuses executable memory")
    except BaseException:
        libc.munmap(base, total)
        raise
    return Image(base, total, {name: base + at for name, (at, _weak) in defined.items()})


def _outside_names(objs: list[_Object]) -> list[str]:
    """Every undefined symbol any object names: a stub each (unused ones cost 16 bytes)."""
    return sorted({s.name for obj in objs for s in obj.symbols if s.shndx == _UNDEF and s.name})


def _got_users(obj: _Object) -> list[int]:
    """The symbols (indexes) this object loads through the GOT: one slot each."""
    return sorted({sym for _target, relas in obj.relocations for _o, typ, sym, _a in relas if typ in _GOT_KINDS})


def _symbol_address(k: int, sym: _Symbol, base: int, offsets: Mapping[tuple[int, int], int],
                    defined: Mapping[str, tuple[int, bool]], outside: Mapping[str, int]) -> int | None:
    """Where object k's symbol is; None when its section is not loaded (.eh_frame)."""
    if sym.shndx == _UNDEF or (sym.bind != _LOCAL and sym.name in defined):  # a weak one may be another's
        if sym.name in defined:
            return base + defined[sym.name][0]
        return outside.get(sym.name, 0) if sym.name else 0
    if (k, sym.shndx) not in offsets:
        return None
    return base + offsets[k, sym.shndx] + (0 if sym.is_section else sym.value)


def _relocate(image: bytearray, at: int, place: int, typ: int, addend: int, address: int | None,
              stub: int | None, got: int | None) -> None:
    """One relocation at image[at] (`place` in memory): `address` is the symbol's, `stub`
    its jump stub (outside symbols only), `got` its GOT slot (if anything loads one)."""
    if address is None:
        raise _Refused("a relocation against a section not loaded")
    match typ:
        case 0:  # R_X86_64_NONE
            return
        case 1:  # R_X86_64_64
            struct.pack_into("<Q", image, at, (address + addend) & 0xFFFFFFFFFFFFFFFF)
            return
        case 24:  # R_X86_64_PC64
            struct.pack_into("<q", image, at, address + addend - place)
            return
        case 2 | 4:  # R_X86_64_PC32, R_X86_64_PLT32: a call or a reference near by
            value = (stub if typ == _R_PLT32 and stub is not None else address) + addend - place
        case 9 | 41 | 42:  # R_X86_64_GOTPCREL, GOTPCRELX, REX_GOTPCRELX: a load of the GOT slot
            assert got is not None  # _got_users gave every GOT relocation's symbol a slot
            value = got + addend - place
        case 10 | 11:  # R_X86_64_32, 32S: absolute 32-bit, only if the address fits
            value = address + addend
            if typ == _R_32 and not 0 <= value < (1 << 32):
                raise _Refused("absolute 32-bit relocation out of range")
        case _:
            raise _Refused(f"relocation type {typ}")
    if not -(1 << 31) <= value < (1 << 31) and typ != _R_32:
        raise _Refused("a 32-bit relocation out of range")
    struct.pack_into("<I", image, at, value & 0xFFFFFFFF)

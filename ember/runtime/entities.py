"""rt.ll read as text into its top-level entities and what each one names.

clang prints one top-level entity per line, or per `define ... {` to `}` block, so
string search finds them all: 5 ms, where LLVM takes 35 ms to parse the 12,000 lines,
and it runs once per process on every compile that misses the cache.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

_SYM = re.compile(r"@([-A-Za-z$._0-9]+)")
_MD = re.compile(r"!(\d+)")
LOCAL_LINKAGE = ("internal", "private")
Kind = Literal["fn", "var", "const", "md"]


@dataclass(frozen=True, slots=True)
class Entity:
    """A function, global variable, constant, or numbered metadata node (named "!N").
    `syms` are the symbols its text names, `mds` the metadata nodes; a function also
    names the symbols of the metadata it reaches (`!callees` lists functions). `size`
    counts the lines of a function's body that hold instructions (each case of a
    `switch` counts too), and is 0 for the others."""

    name: str
    kind: Kind
    text: str
    local: bool
    size: int
    syms: frozenset[str]
    mds: frozenset[str]


@dataclass(frozen=True)
class RuntimeIR:
    """`header`: the lines every module of runtime code needs (source_filename, types,
    declarations of libc and intrinsics, attribute groups, named metadata);
    `root_mds`: the metadata those lines name."""

    header: str
    root_mds: frozenset[str]
    entities: Mapping[str, Entity]


def parse(ir: str) -> RuntimeIR:
    header: list[str] = []
    found: dict[str, Entity] = {}
    rest = []
    pos = 0
    while (start := ir.find("define ", pos)) >= 0:
        if start and ir[start - 1] != "\n":  # not at the start of a line
            rest.append(ir[pos:start + 7])
            pos = start + 7
            continue
        end = ir.find("\n}\n", start) + 2  # the line that closes the body
        if end < 2:
            raise ValueError("a function body of rt.ll does not end")
        rest.append(ir[pos:start])
        pos = end
        text = ir[start:end]
        name = _SYM.search(text)[1]  # type: ignore[index]
        local = text.split(" ", 2)[1] in LOCAL_LINKAGE
        found[name] = _entity(name, "fn", text, local, text.count("\n  "))
    rest.append(ir[pos:])
    for line in "".join(rest).splitlines():
        if line.startswith("@"):
            name, _eq, linkage = line[1:].split(" ", 3)[:3]
            kind: Kind = "const" if " constant " in line else "var"
            found[name] = _entity(name, kind, line, linkage in LOCAL_LINKAGE, 0)
        elif line.startswith("!") and line[1:2].isdigit():
            name = line.split(" ", 1)[0]
            found[name] = _entity(name, "md", line, True, 0)
        elif line and not line.startswith(";"):
            header.append(line)
    root_mds = frozenset(m for line in header for m in _MD.findall(line))
    return RuntimeIR("\n".join(header), root_mds, MappingProxyType(_add_metadata_syms(found)))


def _entity(name: str, kind: Kind, text: str, local: bool, size: int) -> Entity:
    own = name[1:] if kind == "md" else name
    syms = frozenset(_SYM.findall(text)) - {name}
    return Entity(name, kind, text, local, size, syms, frozenset(_MD.findall(text)) - {own})


def md_closure(entities: Mapping[str, Entity], start: frozenset[str] | set[str]) -> set[str]:
    """The metadata numbers reachable from `start` (numbers, without the "!")."""
    seen = set(start)
    work = list(seen)
    while work:
        for ref in entities["!" + work.pop()].mds:
            if ref not in seen:
                seen.add(ref)
                work.append(ref)
    return seen


def _add_metadata_syms(found: dict[str, Entity]) -> dict[str, Entity]:
    """Count the symbols of a function's metadata as its own references, so a module
    that copies the function also gets (or declares) whatever its metadata names."""
    if not any(e.kind == "md" and e.syms for e in found.values()):
        return found
    out = dict(found)
    for name, e in found.items():
        if e.kind == "fn" and e.mds:
            extra = {s for m in md_closure(found, e.mds) for s in found["!" + m].syms} - {name}
            if extra - e.syms:
                out[name] = Entity(name, e.kind, e.text, e.local, e.size, e.syms | extra, e.mds)
    return out

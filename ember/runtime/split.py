"""The runtime cut into what programs inline and what they only call.

Linking all of rt.ll into every program made LLVM re-optimize the big functions (float
formatting, string methods) on every compile that missed the cache: several times the
work of a 100-line program itself. Now:
- A function of at most `max_inline` instructions is *inlinable*: every module that
  calls it (the program, or a piece below) gets a copy of its IR, which the target
  internalizes, so list push, string equality or allocation still inline into hot loops.
- Every bigger function lives in exactly one place: its own *piece*, a module compiled
  once to an object and cached. Modules reach it through a declaration that keeps
  clang's attributes (nocapture, readonly, noreturn ...).
- Mutable globals (the stdout buffer, argv, the fault lock) must exist once per
  process, so they all live in one piece, `ember_rt.data`.

A local (`static`) function or variable that must be reachable from another module is
*promoted*: renamed `ember_rt.<name>` (no C name can clash) and given global linkage.
Constants are copied wherever they are used. The text transformation needs no edit of
rt.ll; `entities.parse` reads it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ember.runtime.entities import LOCAL_LINKAGE, Entity, RuntimeIR, md_closure, parse

PREFIX = "ember_rt."
DATA = PREFIX + "data"

_SYM = re.compile(r"@([-A-Za-z$._0-9]+)")
_DECLARED = re.compile(r'^declare [^@]*@"?([-A-Za-z$._0-9]+)', re.M)
_LINKAGE = frozenset(("private", "internal", "available_externally", "linkonce", "weak", "common",
                      "appending", "extern_weak", "linkonce_odr", "weak_odr", "external",
                      "dso_local", "dso_preemptable"))


@dataclass(frozen=True)
class Module:
    """IR text of one module and the symbols it defines for other modules."""

    ir: str
    exports: tuple[str, ...]


@dataclass(frozen=True)
class RuntimeSplit:
    """rt.ll split for one inlining threshold; see the module docstring."""

    rt: RuntimeIR
    inlinable: frozenset[str]
    promoted: frozenset[str]    # local names that become PREFIX + name
    exported: frozenset[str]    # rt.ll's external functions: what programs may call

    def roots(self, program_ir: str) -> frozenset[str]:
        """The runtime functions a program's IR declares."""
        return self.exported.intersection(_DECLARED.findall(program_ir))

    def program_part(self, roots: Iterable[str]) -> str:
        """The runtime IR to link into a program that names `roots`: copies of the
        inlinable ones and of what they need, declarations of the rest."""
        return self._module((), roots).ir

    def pieces(self, roots: Iterable[str]) -> tuple[str, ...]:
        """Every piece a program that names `roots` needs, directly or through others."""
        todo = [self._piece_of(s) for s in self._walk((), roots)[1]]
        seen: set[str] = set()
        while todo:
            piece = todo.pop()
            if piece not in seen:
                seen.add(piece)
                todo += (self._piece_of(s) for s in self._walk(self._defines(piece), ())[1])
        return tuple(sorted(seen))

    def piece(self, name: str) -> Module:
        """A piece's module (name from `pieces`); it exports the symbols it defines."""
        return self._module(self._defines(name), ())

    def _piece_of(self, symbol: str) -> str:
        if self.rt.entities[symbol].kind == "var":
            return DATA
        return PREFIX + symbol if symbol in self.promoted else symbol

    def _defines(self, piece: str) -> tuple[str, ...]:
        if piece == DATA:
            return tuple(sorted(n for n, e in self.rt.entities.items() if e.kind == "var"))
        name = piece.removeprefix(PREFIX) if piece.removeprefix(PREFIX) in self.promoted else piece
        if name not in self.rt.entities or name in self.inlinable:
            raise KeyError(f"no runtime piece {piece!r}")
        return (name,)

    def _walk(self, defines: Iterable[str], roots: Iterable[str]) -> tuple[dict[str, Entity], set[str]]:
        """What a module defining `defines` and calling `roots` copies, and what it
        declares (symbols defined by pieces)."""
        ents = self.rt.entities
        keep: dict[str, Entity] = {}
        declare: set[str] = set()
        work = list(defines)
        for r in roots:
            if r in self.inlinable:
                work.append(r)
            elif r in self.exported:
                declare.add(r)
        defined = set(work)
        while work:
            name = work.pop()
            if name in keep:
                continue
            keep[name] = e = ents[name]
            for ref in e.syms:
                r = ents.get(ref)
                if r is None or ref in keep or r.kind == "md":
                    continue
                if ref in defined or r.kind == "const" or ref in self.inlinable:
                    work.append(ref)
                else:
                    declare.add(ref)
        return keep, declare

    def _module(self, defines: Iterable[str], roots: Iterable[str]) -> Module:
        defines = tuple(defines)
        keep, declare = self._walk(defines, roots)
        ents = self.rt.entities
        mds = md_closure(ents, set(self.rt.root_mds).union(*(e.mds for e in keep.values())))
        parts = [self.rt.header]
        parts += (self._declaration(ents[n]) for n in sorted(declare))
        for n in sorted(keep):
            text = self._rename(keep[n].text)
            parts.append(_globalize(text) if n in defines and n in self.promoted else text)
        parts += (self._rename(ents["!" + m].text) for m in sorted(mds, key=int))
        exports = tuple(PREFIX + n if n in self.promoted else n for n in defines)
        return Module("\n".join(parts) + "\n", exports)

    def _rename(self, text: str) -> str:
        """Every `@name` of a promoted symbol becomes `@ember_rt.name`."""
        promoted = self.promoted
        return _SYM.sub(lambda m: f"@{PREFIX}{m[1]}" if m[1] in promoted else m[0], text)

    def _declaration(self, e: Entity) -> str:
        if e.kind == "fn":
            words = e.text.split("\n", 1)[0].removeprefix("define ").removesuffix("{").split()
            while words[0] in _LINKAGE:
                words.pop(0)
            return self._rename("declare " + " ".join(words))
        return f"@{PREFIX if e.name in self.promoted else ''}{e.name} = external global {_global_type(e.text)}"


def split(ir: str, max_inline: int) -> RuntimeSplit:
    """Split rt.ll: functions of at most `max_inline` instructions are inlinable."""
    rt = parse(ir)
    ents = rt.entities
    inlinable = frozenset(n for n, e in ents.items() if e.kind == "fn" and e.size <= max_inline)
    promoted = frozenset(n for n, e in ents.items()
                         if e.local and (e.kind == "var" or (e.kind == "fn" and n not in inlinable)))
    exported = frozenset(n for n, e in ents.items() if e.kind == "fn" and not e.local)
    return RuntimeSplit(rt, inlinable, promoted, exported)


def _globalize(text: str) -> str:
    """A promoted definition without its local linkage: `define internal fastcc ...`,
    `@ember_rt.g = internal global ...`."""
    head, sep, rest = text.partition("\n")
    for local in LOCAL_LINKAGE:
        for lead in ("define ", " = "):
            if lead + local + " " in head:
                return head.replace(lead + local + " ", lead, 1) + sep + rest
    return text


def _global_type(line: str) -> str:
    """The value type of a one-line global definition `@g = <linkage...> global T init`."""
    rest = re.split(r"\b(?:global|constant) ", line, maxsplit=1)[1]
    if rest[0] not in "[{<":
        word = rest.split(" ", 1)[0].rstrip(",")
        if not rest[len(word):].startswith(" ("):
            return word
        rest = rest[len(word) + 1:]  # a function pointer: `void (i8*, i64)* null`
        depth = 0
        for i, ch in enumerate(rest):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                return word + " " + rest[: i + 1] + re.match(r"\**", rest[i + 1:])[0]  # type: ignore[index]
    depth = 0
    for i, ch in enumerate(rest):
        depth += ch in "[{<"
        depth -= ch in "]}>"
        if depth == 0:
            return rest[: i + 1]
    raise ValueError(f"unbalanced type in {line[:80]!r}")


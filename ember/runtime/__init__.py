"""Ember's runtime library.

rt.h is the ABI between generated code and the runtime; rt.c implements it in portable
C11 over libc/libm (Python-exact printing and format(), UTF-8 strings indexed by code
point, lists of inline elements, faults, a buffered stdout). Users need no C compiler:
rt.c is compiled once by developers to LLVM IR, rt.ll, which is checked in. The target
triple, datalayout and CPU attributes are stripped from rt.ll so the code generator can
set them for the host. Programs get rt.ll's small functions as IR to inline; the big ones
are compiled separately, once, into cached objects ("pieces", see split.py).

Regenerate rt.ll after editing rt.c (needs clang-14):

    python -m ember.runtime.build_rt
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ember.runtime.split import RuntimeSplit

# Functions up to this many instructions are inlinable. list push (45) is the biggest
# one hot loops need: called instead of inlined, an append loop ran twice as long. Every
# inlinable function a program calls adds to its compile (startup.ember: 0.16 s of -O3
# and codegen at 30, 0.27 s at 50), so not more.
MAX_INLINE = 50


@functools.cache
def runtime_ir() -> str:
    """The runtime's LLVM IR text (rt.ll)."""
    return resources.files(__package__).joinpath("rt.ll").read_text(encoding="utf-8")


@functools.cache
def runtime_split() -> RuntimeSplit:
    """rt.ll cut into what programs inline and the pieces they call (split.py);
    imported here, because a warm cache hit needs none of it."""
    from ember.runtime.split import split

    return split(runtime_ir(), MAX_INLINE)

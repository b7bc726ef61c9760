"""Ember's runtime library.

rt.h is the ABI between generated code and the runtime; rt.c implements it in portable
C11 over libc/libm (Python-exact printing and format(), UTF-8 strings indexed by code
point, lists of inline elements, faults, a buffered stdout). Users need no C compiler:
rt.c is compiled once by developers to LLVM IR, rt.ll, which is checked in, and the code
generator links that IR into every program. The target triple, datalayout and CPU
attributes are stripped from rt.ll so the code generator can set them for the host.

Regenerate rt.ll after editing rt.c (needs clang-14):

    python -m ember.runtime.build_rt
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def runtime_ir() -> str:
    """The runtime's LLVM IR text (rt.ll)."""
    return resources.files(__package__).joinpath("rt.ll").read_text(encoding="utf-8")

"""A program's entry point, `i32 ember_main(i32 argc, ptr argv)`, and calling it in this
process: without llvmlite, so a cached `ember run` linked by objload imports no LLVM."""
from __future__ import annotations

import ctypes
import sys

ENTRY = "ember_main"


def call_main(addr: int, argv: list[str]) -> int:
    """Run `ember_main` at `addr` with `argv` (argv[0] the program's path); its status.

    Python's own buffered output is flushed first, because compiled code writes to the
    same file descriptors and would otherwise overtake it."""
    entry = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_int32, ctypes.POINTER(ctypes.c_char_p))(addr)
    args = [a.encode("utf-8", "surrogateescape") for a in argv]
    c_argv = (ctypes.c_char_p * (len(args) + 1))(*args, None)
    sys.stdout.flush()
    sys.stderr.flush()
    return int(entry(len(args), c_argv))

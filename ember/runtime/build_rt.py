"""Regenerate rt.ll from rt.c (developer tool; needs clang-14 on PATH or $EMBER_CLANG).

    python -m ember.runtime.build_rt [OUTPUT_DIR]

The target datalayout/triple and CPU attributes are stripped so that the code generator
can set them for the host it compiles for; rt.ll is otherwise clang's output verbatim.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLANG_FLAGS = [
    "-std=c11",
    "-O2",
    "-S",
    "-emit-llvm",
    "-fno-stack-protector",
    "-fPIC",
    "-fno-exceptions",
    "-fno-asynchronous-unwind-tables",
    "-Wall",
    "-Wextra",
    "-Werror",
]


def clang() -> str:
    return os.environ.get("EMBER_CLANG", "clang-14")


def strip_target(ll: str) -> str:
    """Remove everything that ties the IR to the machine it was compiled on."""
    ll = re.sub(r"^target (datalayout|triple) = .*\n", "", ll, flags=re.M)
    ll = re.sub(r'\s*"(target-cpu|target-features|tune-cpu)"="[^"]*"', "", ll)
    ll = re.sub(r"^!llvm\.ident = .*\n", "", ll, flags=re.M)
    ll = re.sub(r'^(!\d+) = !\{!"[^"]*clang version[^"]*"\}\n', "", ll, flags=re.M)
    ll = re.sub(r"^; ModuleID = .*\n", "", ll, flags=re.M)
    ll = re.sub(r'^source_filename = .*\n', 'source_filename = "rt.c"\n', ll, flags=re.M)
    return ll


def build(out_dir: Path = HERE) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "rt.ll"
        subprocess.run([clang(), *CLANG_FLAGS, str(HERE / "rt.c"), "-o", str(raw)], check=True, cwd=HERE)
        text = strip_target(raw.read_text())
    out = Path(out_dir) / "rt.ll"
    out.write_text(text)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))

"""Text I/O: the standard streams (sys.stdin, input, sys.stdout/stderr.write,
print(file=...)) and files (open, TextFile's methods, iteration, `with`): each program here
(run in its own temporary folder, where it writes its scratch files), fed the same stdin, prints what CPython prints on stdout and on stderr
and exits as CPython does; the executable from `ember build` also frees everything it
allocated (valgrind, where installed)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from ember_testing import build, ember_command, fail, output_diff, run

ECHO = '''import sys

name = input("name? ")
print("hello", name)
first = sys.stdin.readline()
print(repr(first))
n = sys.stdout.write("written é\\n")
print(n)
print("to err", 1, sep="-", end="!\\n", file=sys.stderr)
print("to out", file=sys.stdout)
sys.stderr.write("err2\\n")
count = 0
for line in sys.stdin:
    count += 1
    print(line.rstrip().upper())
print(count, [l for l in sys.stdin])
print(repr(sys.stdin.read()), sys.stdin.readlines(), repr(sys.stdin.readline()))
sys.stdout.flush()
sys.stderr.flush()
'''
WORDS = '''import sys
from sys import stdin

text = stdin.read()
words = text.split()
print(len(words), len(text.splitlines()), sorted(words)[:3])
'''
EOF_INPUT = '''print("before")
x = input()
print("got", x)
y = input("more? ")
print("never")
'''
FILES = """f = open("scratch_f.txt", "w")
n = f.write("héllo\\nworld\\n")
print("x", 2, sep=":", file=f)
f.writelines(["a\\n", "b"])
f.close()
f.close()
print(n)
g = open("scratch_f.txt")
print(repr(g.readline()))
print(g.readlines())
g.close()
h = open("scratch_f.txt", "a", encoding="utf-8")
h.write("\\nmore\\n")
h.flush()
h.close()
print(repr(open("scratch_f.txt").read()))
def first(path):
    with open(path) as f:
        return f.readline()

with open("scratch_w.txt", "w") as f, open("scratch_w2.txt", "w") as g:
    f.write("one\\ntwo\\nthree\\n")
    print("in g", file=g)
with open("scratch_w.txt") as f:
    lines = f.read().splitlines()
print(lines, repr(first("scratch_w2.txt")))
for i in range(3):
    with open("scratch_w.txt") as f:
        if i == 1:
            continue
        print(i, f.readlines())
with open("scratch_w.txt", "a"):
    pass
with open("scratch_it.txt", "w") as f:
    for i in range(5):
        print("line", i, file=f)
    f.write("no newline")
n = 0
for line in open("scratch_it.txt"):
    n += len(line.split())
print(n)
with open("scratch_it.txt") as f:
    first = f.readline()
    rest = [l.rstrip() for l in f]
print(repr(first), rest)
"""
MISSING = """try:
    open("missing.txt")
except ValueError:
    print("not this")
print("after")
"""
CLOSED = """with open("scratch.txt", "w") as f:
    f.write("x")
print(f.write("y"))
"""
NOT_READABLE = """f = open("scratch.txt", "w")
print("start")
print(f.readline())
"""
OPEN_ERRORS = """def load(path):
    with open(path) as f:
        return f.read()

try:
    print(load("missing.txt"))
except FileNotFoundError as e:
    print("caught:", e)
try:
    open("/tmp")
except OSError as e:
    print("os:", e)
try:
    open("missing2.txt", "r")
except ValueError:
    print("no")
except Exception as e:
    print("exc:", e)
open("missing3.txt")
"""
CASES = {"echo": (ECHO, "bob\nfirst line\nx y\nlast"), "words": (WORDS, "b a\nc d é\n\ne"),
         "eof": (EOF_INPUT, "one"), "files": (FILES, ""), "missing": (MISSING, ""), "closed": (CLOSED, ""),
         "not_readable": (NOT_READABLE, ""), "open_errors": (OPEN_ERRORS, "")}


def _write(tmp_path: Path, name: str) -> Path:
    src = tmp_path / f"{name}.py"
    src.write_text(CASES[name][0], encoding="utf-8")
    return src


def _same_as_cpython(src: Path, cmd: list[str], stdin: str) -> None:
    want = run([sys.executable, src.name], src.parent, stdin=stdin)
    got = run(cmd, src.parent, stdin=stdin)
    if got.stdout != want.stdout:
        fail(src, output_diff(want.stdout, got.stdout), got)
    if got.returncode != want.returncode:
        fail(src, f"exit status {got.returncode}, CPython's {want.returncode}", got)
    if want.returncode == 0 and got.stderr != want.stderr:
        fail(src, output_diff(want.stderr, got.stderr, "stderr"), got)
    if want.returncode != 0 and want.stderr.splitlines()[-1] not in got.stderr:
        fail(src, f"stderr lacks CPython's {want.stderr.splitlines()[-1]!r}", got)


@pytest.mark.parametrize("name", sorted(CASES))
def test_textio_run(name: str, tmp_path: Path) -> None:
    src = _write(tmp_path, name)
    _same_as_cpython(src, ember_command() + ["run", src.name], CASES[name][1])


@pytest.mark.parametrize("name", ["echo", "files", "open_errors"])
def test_textio_build_valgrind(name: str, tmp_path: Path) -> None:
    src = _write(tmp_path, name)
    built, exe = build(src.name, tmp_path, tmp_path)
    if built.returncode != 0:
        fail(src, "`ember build` failed", built)
    _same_as_cpython(src, [str(exe)], CASES[name][1])
    if shutil.which("valgrind") is None:
        pytest.skip("valgrind is not installed")
    checked = run(["valgrind", "--leak-check=full", "--error-exitcode=99", "--errors-for-leak-kinds=definite",
                   str(exe)], tmp_path, stdin=CASES[name][1])
    if checked.returncode == 99 or "definitely lost: 0 bytes" not in checked.stderr \
            and "no leaks are possible" not in checked.stderr:  # 99: valgrind's --error-exitcode
        fail(src, "valgrind reports an error or a leak", checked)

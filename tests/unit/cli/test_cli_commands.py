"""`ember` in a subprocess, as users and the spec runner call it, on a program that
prints its own name; the cache is watched through `EMBER_LOG=cache`."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from ember.driver import cache

HELLO = (0, "hello.ember\n")
Guard = Callable[[], AbstractContextManager[None]]  # conftest.unless_compiler_edited


def _run(ember: Any, expect: str) -> None:
    r = ember("run", "hello.ember")
    assert (r.returncode, r.stdout) == HELLO, r.stderr
    assert f"cache: {expect}" in r.stderr, r.stderr


def test_cache_hit_and_editing_invalidates(ember: Any, unless_compiler_edited: Guard) -> None:
    with unless_compiler_edited():
        _run(ember, "miss")
        _run(ember, "hit")
        (ember.cwd / "hello.ember").write_text('print("hello.ember")\n\n')
        _run(ember, "miss")
        _run(ember, "hit")


def test_corrupt_and_truncated_entries_are_rebuilt(ember: Any,
                                                   unless_compiler_edited: Guard) -> None:
    with unless_compiler_edited():
        _run(ember, "miss")
        entries = sorted((ember.cache / "obj").rglob("*.emo"))  # rt/ holds runtime pieces
        assert len(entries) == 1
        entry, good = entries[0], entries[0].read_bytes()
        entry.write_bytes(good[: len(good) // 2])  # bit flips: test_driver_cache.py
        _run(ember, "miss")
        assert entry.read_bytes() == good and cache.lookup(ember.cache, entry.stem)
        _run(ember, "hit")


def test_a_damaged_runtime_piece_is_compiled_again(ember: Any,
                                                   unless_compiler_edited: Guard) -> None:
    with unless_compiler_edited():
        _run(ember, "miss")
        pieces = sorted((ember.cache / "rt").rglob("*.emo"))
        assert pieces
        piece, good = pieces[0], pieces[0].read_bytes()
        piece.write_bytes(good[:-1])
        r = ember("run", "hello.ember")
        assert (r.returncode, r.stdout) == HELLO and "cache: hit" in r.stderr, r.stderr
        assert "1 compiled" in r.stderr and piece.read_bytes() == good
        r = ember("run", "hello.ember")
        assert "cache: hit" in r.stderr and " 0 compiled" in r.stderr, r.stderr


def test_program_arguments_may_look_like_options(warm_ember: Any) -> None:
    r = warm_ember("run", "-O3", "hello.ember", "-O0", "--help", "--no-cache", "x")
    assert (r.returncode, r.stdout) == HELLO, r.stderr
    assert "cache: " in r.stderr  # --no-cache went to the program, not to ember


def test_build_prints_what_run_prints(warm_ember: Any) -> None:
    r = warm_ember("build", "hello.ember", "-o", "hello")
    assert r.returncode == 0, r.stderr
    exe = warm_ember.cwd / "hello"
    assert os.access(exe, os.X_OK)
    ran = subprocess.run([str(exe), "arg"], capture_output=True, text=True, timeout=30)
    assert (ran.returncode, ran.stdout) == HELLO == _status_out(warm_ember("run", "hello.ember"))


def _status_out(r: subprocess.CompletedProcess[str]) -> tuple[int, str]:
    return r.returncode, r.stdout


def test_missing_file_is_one_line(warm_ember: Any) -> None:
    r = warm_ember("run", "nope.ember")
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr.strip().splitlines() == ["ember: error: nope.ember: no such file"]


def test_version_and_python_dash_m(warm_ember: Any) -> None:
    import ember as pkg

    r = warm_ember("--version")
    assert (r.returncode, r.stdout.strip()) == (0, f"ember {pkg.__version__}")
    r = subprocess.run([sys.executable, "-m", "ember", "--version"], cwd=warm_ember.cwd,
                       env=warm_ember.env, capture_output=True, text=True, timeout=30)
    assert (r.returncode, r.stdout.strip()) == (0, f"ember {pkg.__version__}")


def test_imports_from_ember_path_and_editing_an_import_invalidates(
        ember: Any, unless_compiler_edited: Guard) -> None:
    """LANGUAGE.md §1: modules are found beside the importer, then on EMBER_PATH; the
    cache key covers every imported file."""
    lib = ember.cwd / "lib"
    lib.mkdir()
    (lib / "greet.ember").write_text('def word() -> str:\n    return "hi"\n')
    (ember.cwd / "main.ember").write_text("from greet import word\nprint(word())\n")
    with unless_compiler_edited():
        r = ember("run", "main.ember")
        assert r.returncode == 1 and "module `greet` not found" in r.stderr, r.stderr
        for out, log in [("hi\n", "miss"), ("hi\n", "hit")]:
            r = ember("run", "main.ember", EMBER_PATH=str(lib))
            assert (r.returncode, r.stdout) == (0, out) and f"cache: {log}" in r.stderr, r.stderr
        (lib / "greet.ember").write_text('def word() -> str:\n    return "ho"\n')
        r = ember("run", "main.ember", EMBER_PATH=str(lib))
        assert (r.returncode, r.stdout) == (0, "ho\n") and "cache: miss" in r.stderr, r.stderr
        (ember.cwd / "greet.ember").write_text('def word() -> str:\n    return "local"\n')
        r = ember("run", "main.ember", EMBER_PATH=str(lib))
        assert (r.returncode, r.stdout) == (0, "local\n") and "cache: miss" in r.stderr, r.stderr


# 0.1 * 10.0 rounds to 1.0 exactly; fused, 0.1's error survives the subtraction
FUSABLE = "from sys import argv\n\nfn main():\n    print(float(argv[1]) * float(argv[2]) - 1.0)\n"


def test_fp_contract_fuses_and_keeps_its_own_cache_entries(ember: Any, unless_compiler_edited: Guard) -> None:
    (ember.cwd / "fuse.ember").write_text(FUSABLE)
    cpu = ("--target-cpu", "x86-64-v3")  # has FMA
    with unless_compiler_edited():
        runs = [ember(*cpu, *flag, "run", "fuse.ember", "0.1", "10")
                for flag in ((), ("--fp-contract",), (), ("--fp-contract",))]
        assert [(r.returncode, r.stdout) for r in runs] == [(0, "0.0\n"), (0, "5.551115123125783e-17\n")] * 2, \
            [r.stderr for r in runs]
        assert ["cache: hit" in r.stderr for r in runs] == [False, False, True, True]

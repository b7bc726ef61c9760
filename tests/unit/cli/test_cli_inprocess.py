"""`check`, `emit` and `--no-cache` through `run_cli` in this process (fast: the
compiler is imported once), output captured at the file-descriptor level."""
from __future__ import annotations

from pathlib import Path

import pytest

from ember.cli.main import run_cli


@pytest.fixture
def hello(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("hello.ember").write_text('print("hello.ember")\n')
    return Path("hello.ember")


def test_check(hello: Path, capfd: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["check", "hello.ember"], {"EMBER_CACHE_DIR": "c"}) == 0
    assert capfd.readouterr() == ("", "")


def test_emit(hello: Path, capfd: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["emit", "llvm", "hello.ember"], {}) == 0
    out = capfd.readouterr().out
    assert "@ember_main" in out and "target triple" in out
    assert run_cli(["-O0", "emit", "asm", "hello.ember"], {}) == 0
    assert "ember_main:" in capfd.readouterr().out
    assert run_cli(["emit", "mir", "hello.ember"], {}) == 0
    capfd.readouterr()
    with pytest.raises(SystemExit) as info:
        run_cli(["emit", "wasm", "hello.ember"], {})
    assert info.value.code == 2 and "invalid choice" in capfd.readouterr().err


def test_emit_mir_before_and_after_its_loop_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capfd: pytest.CaptureFixture[str]) -> None:
    """`mir` is the MIR as built and checked; `mir-opt` what codegen gets: the small
    function's call is inlined there and only there."""
    monkeypatch.chdir(tmp_path)
    Path("inl.ember").write_text("fn twice(x: Int) -> Int:\n    return x * 2\n\n"
                                 "fn main():\n    s = 0\n    for i in range(10):\n        s += twice(i)\n    print(s)\n")
    assert run_cli(["emit", "mir", "inl.ember"], {}) == 0
    built = capfd.readouterr().out
    assert run_cli(["emit", "mir-opt", "inl.ember"], {}) == 0
    optimized = capfd.readouterr().out
    assert "call twice(" in built and "call twice(" not in optimized, (built, optimized)


def test_no_cache_runs_in_process(hello: Path, capfd: pytest.CaptureFixture[str]) -> None:
    env = {"EMBER_CACHE_DIR": "cache", "EMBER_LOG": "cache"}
    assert run_cli(["--no-cache", "run", "hello.ember"], env) == 0
    out, err = capfd.readouterr()
    assert out == "hello.ember\n" and "cache:" not in err and not Path("cache").exists()


def test_missing_file_every_command(hello: Path, capfd: pytest.CaptureFixture[str]) -> None:
    for cmd in (["build"], ["check"], ["emit", "llvm"]):
        assert run_cli([*cmd, "nope.ember"], {}) == 1
        assert capfd.readouterr() == ("", "ember: error: nope.ember: no such file\n")

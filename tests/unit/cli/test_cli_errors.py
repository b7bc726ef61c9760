"""How `ember` fails, in-process: diagnostics exit 1, compiler bugs exit 2 without a
traceback, tool errors are one line. Faults are injected by monkeypatching the driver."""
from __future__ import annotations

from pathlib import Path

import pytest

from ember.base.source import Span
from ember.cli import main as cli
from ember.driver import frontend, pipeline


@pytest.fixture
def hello(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("hello.ember").write_text("x = 1\nprint(x)\n")
    return Path("hello.ember")


def _main(*args: str, **env: str) -> int:
    return cli.run_cli(args, {"EMBER_CACHE_DIR": "cache", **env})


def _raise(exc: Exception):  # type: ignore[no-untyped-def]
    def fail(*args: object) -> None:
        raise exc

    return fail


@pytest.mark.parametrize("command", [("run",), ("build",), ("check",), ("emit", "llvm"),
                                     ("emit", "mir")])
def test_internal_error_exits_2_without_traceback(
        hello: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        command: tuple[str, ...]) -> None:
    monkeypatch.setattr(frontend, "compile_to_ir", _raise(ValueError("bad operand")))
    monkeypatch.setattr(frontend, "mir_text", _raise(ValueError("bad operand")))
    assert _main(*command, "hello.ember") == 2
    err = capsys.readouterr().err
    assert "hello.ember: internal compiler error: frontend: ValueError: bad operand" in err
    assert "Traceback" not in err and "report" in err


def test_internal_error_in_load_and_debug_traceback(
        hello: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(frontend, "load", _raise(RecursionError("deep")))
    assert _main("check", "hello.ember", EMBER_DEBUG="1") == 2
    err = capsys.readouterr().err
    assert "internal compiler error: load: RecursionError: deep" in err
    assert "Traceback" in err


def test_error_outside_any_phase_is_still_internal(
        hello: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(pipeline, "check", _raise(AttributeError("oops")))
    assert _main("check", "hello.ember") == 2
    assert "internal compiler error: driver: AttributeError: oops" in capsys.readouterr().err


def test_diagnostics_are_rendered_and_exit_1(
        hello: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def bad(session: pipeline.Session, program: frontend.Program) -> None:
        f = program.files[0]
        session.sink.error(Span(f.id, 12, 13), "use of moved value `t1`", "used here")
        return None

    monkeypatch.setattr(frontend, "mir_text", bad)
    assert _main("check", "hello.ember") == 1
    err = capsys.readouterr().err
    assert err.startswith("hello.ember:2:7: error: use of moved value `t1`")
    assert "^ used here" in err


def test_build_without_cc(hello: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(pipeline.shutil, "which", lambda name: None)
    assert _main("build", "hello.ember", "-o", "out") == 1
    err = capsys.readouterr().err
    assert err.startswith("ember: error: cannot link: no C compiler driver `cc`")
    assert not Path("out").exists()


def test_split_run_args() -> None:
    split = cli._split_run_args
    assert split(["run", "f.ember", "-x", "--no-cache"]) == (["run", "f.ember"], ["-x", "--no-cache"])
    assert split(["-O", "1", "run", "--target-cpu", "x", "f", "a"]) == (
        ["-O", "1", "run", "--target-cpu", "x", "f"], ["a"])
    assert split(["check", "run"]) == (["check", "run"], [])
    assert split(["emit", "llvm", "f"]) == (["emit", "llvm", "f"], [])


def test_options_from_environment(tmp_path: Path) -> None:
    ns = cli.build_parser().parse_args(["-O2", "run", "--target-cpu", "generic", "f"])
    opts = cli.options_from(ns, {"XDG_CACHE_HOME": "/xdg", "EMBER_PATH": "/a:/b"})
    assert opts.opt_level == 2 and opts.target_cpu == "generic"
    assert opts.cache_dir == Path("/xdg/ember") and opts.search_path == (Path("/a"), Path("/b"))
    ns = cli.build_parser().parse_args(["run", "f"])
    assert cli.options_from(ns, {"EMBER_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x"}).cache_dir == Path("/c")
    ns = cli.build_parser().parse_args(["run", "--no-cache", "f"])
    assert cli.options_from(ns, {"EMBER_CACHE_DIR": "/c"}).cache_dir is None
    assert cli.options_from(cli.build_parser().parse_args(["check", "f"]), {}).opt_level == 3


@pytest.mark.parametrize("command", [("run",), ("build",), ("emit", "mir-opt")])
def test_an_unknown_target_cpu_is_one_line_not_an_llvm_abort(
        hello: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]) -> None:
    """LLVM aborts the process on a CPU name it does not know ("64-bit code requested on a
    subtarget that doesn't support it"): codegen/target.py `cpu_known` tries the name in a
    child process first, and the driver reports it before compiling."""
    assert _main("--target-cpu", "bogus", *command, "hello.ember") == 1
    err = capsys.readouterr().err
    assert "ember: error: unknown CPU `bogus` for --target-cpu" in err and "LLVM ERROR" not in err, err
    assert _main("--target-cpu", "znver3", "run", "hello.ember") == 0  # a name LLVM knows, tried the same way

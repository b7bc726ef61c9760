"""The pipeline in-process: cache hits and misses, errors of each kind, emitted text."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ember.base.source import Span
from ember.driver import frontend, pipeline
from ember.driver.session import Options, Session


def _session(tmp_path: Path, **kw: object) -> Session:
    return Session(Options(cache_dir=tmp_path / "cache", **kw))  # type: ignore[arg-type]


def _cache_events(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "ember.cache"]


def test_second_build_hits_and_editing_invalidates(tmp_path: Path, hello: Path,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="ember.cache")
    first = pipeline.build_object(_session(tmp_path), hello)
    second = pipeline.build_object(_session(tmp_path), hello)
    assert first and first == second
    hello.write_text('print("edited")\n')
    pipeline.build_object(_session(tmp_path), hello)
    pipeline.build_object(_session(tmp_path, opt_level=1), hello)
    assert _cache_events(caplog) == ["cache: miss", "cache: hit", "cache: miss", "cache: miss"]


def test_no_cache_dir_means_no_cache(tmp_path: Path, hello: Path,
                                     caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="ember.cache")
    assert pipeline.build_object(Session(Options(cache_dir=None)), hello)
    assert _cache_events(caplog) == []


def test_missing_file_is_a_tool_error(tmp_path: Path) -> None:
    with pytest.raises(pipeline.ToolError, match="no such file"):
        pipeline.build_object(_session(tmp_path), tmp_path / "nope.ember")


def test_python_exception_becomes_internal_error(tmp_path: Path, hello: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(session: Session, program: object) -> str:
        raise KeyError("lost")

    monkeypatch.setattr(frontend, "compile_to_ir", boom)
    with pytest.raises(pipeline.InternalError) as info:
        pipeline.build_object(_session(tmp_path), hello)
    assert info.value.phase == "frontend" and isinstance(info.value.cause, KeyError)


def test_invalid_ir_is_an_internal_error_in_optimize(tmp_path: Path, hello: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frontend, "compile_to_ir", lambda s, p: "define i32 @ember_main(")
    with pytest.raises(pipeline.InternalError) as info:
        pipeline.build_object(_session(tmp_path), hello)
    assert info.value.phase == "optimize"


def test_diagnostics_stop_the_pipeline(tmp_path: Path, hello: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def bad(session: Session, program: object) -> None:
        session.sink.error(Span(0, 0, 5), "use of moved value `t1`")
        return None

    monkeypatch.setattr(frontend, "compile_to_ir", bad)
    session = _session(tmp_path)
    assert pipeline.build_object(session, hello) is None
    assert session.sink.has_errors


def test_emit_llvm_and_asm(tmp_path: Path, hello: Path) -> None:
    ir = pipeline.emit(_session(tmp_path), hello, "llvm")
    assert ir is not None and "define" in ir and "@ember_main" in ir and "target triple" in ir
    asm = pipeline.emit(_session(tmp_path), hello, "asm")
    assert asm is not None and "ember_main:" in asm
    assert pipeline.emit(_session(tmp_path), hello, "mir") is not None


def test_check(tmp_path: Path, hello: Path) -> None:
    assert pipeline.check(_session(tmp_path), hello)

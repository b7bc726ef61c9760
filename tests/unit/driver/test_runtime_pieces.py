"""The runtime split into inlinable IR and separately compiled pieces (runtime/split.py),
and the pipeline's use of them: objects that link, globals that exist once."""
from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from ember import runtime
from ember.codegen import target
from ember.driver import pipeline
from ember.driver.session import Options, Session
from ember.runtime.split import DATA, split

# A mutable global, a big local helper that writes it, small functions that reach it.
TOY_RT = """source_filename = "toy.c"

@counter = internal global i64 0, align 8
@.unused = private unnamed_addr constant [3 x i8] c"hi\\00", align 1

define i64 @rt_add(i64 %x) #0 {
  %r = tail call fastcc i64 @bump(i64 %x)
  ret i64 %r
}

define internal fastcc i64 @bump(i64 %x) unnamed_addr #0 {
  %c = load i64, ptr @counter, align 8
  %a = add i64 %c, %x
  %b = mul i64 %a, 1
  %n = add i64 %b, 0
  store i64 %n, ptr @counter, align 8
  ret i64 %n
}

define i64 @rt_get() #0 {
  %c = load i64, ptr @counter, align 8
  ret i64 %c
}

attributes #0 = { nounwind }
"""

TOY_PROGRAM = """
declare i64 @rt_add(i64)
declare i64 @rt_get()
define i32 @ember_main(i32 %argc, ptr %argv) {
  %a = call i64 @rt_add(i64 5)
  %b = call i64 @rt_add(i64 7)
  %c = call i64 @rt_get()
  %r = trunc i64 %c to i32
  ret i32 %r
}
"""


def _objects(ir: str, max_inline: int) -> list[bytes]:
    rt = split(ir, max_inline)
    roots = rt.roots(TOY_PROGRAM)
    tm = target.host_target_machine()
    program = target.emit_object(target.optimize(TOY_PROGRAM, rt.program_part(roots), tm), tm)
    pieces = [rt.piece(name) for name in rt.pieces(roots)]
    return [*(target.library_object(p.ir, p.exports, None, 3) for p in pieces), program]


def test_toy_split_promotes_what_copies_need() -> None:
    rt = split(TOY_RT, 3)
    assert rt.inlinable == {"rt_add", "rt_get"}
    assert rt.promoted == {"bump", "counter"}
    assert rt.roots(TOY_PROGRAM) == {"rt_add", "rt_get"}
    assert rt.pieces({"rt_get"}) == (DATA,)
    assert rt.pieces({"rt_add"}) == ("ember_rt.bump", DATA)
    part = rt.program_part({"rt_add"})
    assert "define i64 @rt_add" in part and "declare fastcc i64 @ember_rt.bump(" in part
    assert "@ember_rt.counter" not in part and ".unused" not in part
    bump = rt.piece("ember_rt.bump")
    assert bump.exports == ("ember_rt.bump",)
    assert "define fastcc i64 @ember_rt.bump(" in bump.ir
    assert "@ember_rt.counter = external global i64" in bump.ir
    data = rt.piece(DATA)
    assert data.exports == ("ember_rt.counter",) and "@ember_rt.counter = global i64 0" in data.ir
    with pytest.raises(KeyError):
        rt.piece("rt_add")  # inlinable: copied, never a piece


@pytest.mark.parametrize("max_inline", [0, 3, 100])
def test_toy_program_and_pieces_share_one_global(max_inline: int) -> None:
    # 5 + 7 through the piece's `bump`, read back through an inlined or called `rt_get`
    assert target.jit_call_main(_objects(TOY_RT, max_inline), ["toy"]) == 12


def _declared(ir: str) -> set[str]:
    return set(re.findall(r"^declare [^@]*@([-\w$.]+)\(", ir, re.M)) | set(
        re.findall(r"^@([-\w$.]+) = external global", ir, re.M))


def test_every_real_piece_compiles_and_the_closure_is_complete() -> None:
    rt = runtime.runtime_split()
    names = rt.pieces(rt.exported)
    exported: set[str] = set()
    declared: set[str] = set()
    for name in names:
        piece = rt.piece(name)
        assert target.library_object(piece.ir, piece.exports, None, 3)
        exported |= set(piece.exports)
        declared |= {d for d in _declared(piece.ir) if d.startswith("ember")}
    assert declared <= exported
    part = rt.program_part(rt.exported)
    assert {d for d in _declared(part) if d.startswith("ember")} <= exported


def test_programs_share_cached_pieces(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="ember.cache")
    first, second = tmp_path / "a.ember", tmp_path / "b.ember"
    first.write_text('print("a", 1, 2.5)\n')
    second.write_text('print("b", 2, 0.5)\n')
    session = Session(Options(cache_dir=tmp_path / "cache"))
    a = pipeline.build_object(session, first)
    assert a is not None and a.runtime and a.objects[-1] == a.program
    b = pipeline.build_object(Session(Options(cache_dir=tmp_path / "cache")), second)
    assert b is not None and b.runtime == a.runtime
    events = [r.getMessage() for r in caplog.records if r.name == "ember.cache.runtime"]
    assert events[0].endswith(f"0 from the cache, {len(a.runtime)} compiled")
    assert events[1] == f"runtime pieces: {len(a.runtime)} from the cache, 0 compiled"


# A parallel loop through the real runtime: every iteration adds 1 to its counter, then
# the entry checks the counters and, like compiled programs, ends with ember_rt_finish.
PAR_PROGRAM = """
declare void @ember_rt_init(i32, ptr)
declare void @ember_rt_finish()
declare void @ember_par_run(ptr, ptr, i64)
declare i64 @ember_par_chunks(i64)

define internal void @body(ptr %counts, i64 %start, i64 %end, i64 %chunk) {
entry:
  %go = icmp slt i64 %start, %end
  br i1 %go, label %loop, label %done
loop:
  %i = phi i64 [ %start, %entry ], [ %next, %loop ]
  %p = getelementptr i64, ptr %counts, i64 %i
  %old = atomicrmw add ptr %p, i64 1 monotonic
  %next = add i64 %i, 1
  %more = icmp slt i64 %next, %end
  br i1 %more, label %loop, label %done
done:
  ret void
}

define i32 @ember_main(i32 %argc, ptr %argv) {
entry:
  %counts = alloca [100000 x i64]
  call void @llvm.memset.p0.i64(ptr %counts, i8 0, i64 800000, i1 false)
  call void @ember_rt_init(i32 %argc, ptr %argv)
  call void @ember_par_run(ptr @body, ptr %counts, i64 100000)
  br label %check
check:
  %i = phi i64 [ 0, %entry ], [ %next, %check ]
  %bad = phi i32 [ 0, %entry ], [ %bad.next, %check ]
  %p = getelementptr i64, ptr %counts, i64 %i
  %c = load i64, ptr %p
  %wrong = icmp ne i64 %c, 1
  %w = zext i1 %wrong to i32
  %bad.next = add i32 %bad, %w
  %next = add i64 %i, 1
  %more = icmp slt i64 %next, 100000
  br i1 %more, label %check, label %end
end:
  %nc = call i64 @ember_par_chunks(i64 100000)
  %nc.ok = icmp eq i64 %nc, 1024
  %nc.bad = select i1 %nc.ok, i32 0, i32 1000000
  %status = add i32 %bad.next, %nc.bad
  call void @ember_rt_finish()
  ret i32 %status
}

declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
"""


@pytest.mark.parametrize("max_inline", [0, runtime.MAX_INLINE, 10_000])
def test_parallel_loop_through_pieces_joins_its_threads(max_inline: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """ember_par_run as a piece or inlined; its pool lives in the one data piece, and
    ember_rt_finish joins the workers before the JIT's code goes away."""
    monkeypatch.setenv("EMBER_NUM_THREADS", "4")
    rt = split(runtime.runtime_ir(), max_inline)
    roots = rt.roots(PAR_PROGRAM)
    assert roots == {"ember_rt_init", "ember_rt_finish", "ember_par_run", "ember_par_chunks"}
    tm = target.host_target_machine()
    program = target.emit_object(target.optimize(PAR_PROGRAM, rt.program_part(roots), tm), tm)
    pieces = [rt.piece(name) for name in rt.pieces(roots)]
    objects = [*(target.library_object(p.ir, p.exports, None, 3) for p in pieces), program]
    tasks = Path("/proc/self/task")
    before = len(list(tasks.iterdir())) if tasks.is_dir() else None
    assert target.jit_call_main(objects, ["par"]) == 0
    assert target.jit_call_main(objects, ["par"]) == 0  # a new engine, a new pool
    if before is not None:
        assert len(list(tasks.iterdir())) == before


def test_function_pointer_globals_are_declared_with_their_type() -> None:
    toy = TOY_RT.replace("@counter = internal global i64 0, align 8",
                         "@counter = internal global i64 0, align 8\n"
                         "@hook = internal global void (i64)* null, align 8")
    toy = toy.replace("define i64 @rt_get() #0 {\n",
                      "define i64 @rt_get() #0 {\n  %h = load void (i64)*, void (i64)** @hook, align 8\n")
    rt = split(toy, 3)
    assert "@ember_rt.hook = external global void (i64)*" in rt.program_part({"rt_get"})
    assert target.jit_call_main(_objects(toy, 3), ["toy"]) == 12

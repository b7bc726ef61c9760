"""Parallel loops (LANGUAGE.md 6): chunk bounds, the thread pool, faults in chunks, nested
and concurrent loops, and ember_list_extend_move.

The chunk functions are hand-written LLVM IR, JIT-compiled together with rt.ll (no
Python callbacks: pool threads must not need the GIL). Every loop that may use threads
runs in a forked child of this process: EMBER_NUM_THREADS is read when the pool starts,
once per process, and a fault ends the process."""

from __future__ import annotations

import ctypes
import os
import signal
import tempfile
import threading
import time
import traceback
from collections.abc import Callable

import llvmlite.binding as llvm
import pytest

from ember.runtime import runtime_ir

I64 = ctypes.c_int64
P = ctypes.c_void_p
CHUNK_FN = ctypes.CFUNCTYPE(None, P, I64, I64, I64)

CHUNKS_IR = r"""
@file = private constant [10 x i8] c"par.ember\00"
@slow_done = private constant [16 x i8] c"slow chunk done\0A"

declare void @ember_par_run(ptr, ptr, i64)
declare void @ember_fault_index(i64, i64, ptr, i32, i32) noreturn
declare ptr @ember_alloc(i64)
declare i64 @pthread_self()
declare i64 @write(i32, ptr, i64)

; env: {ptr counts (i64[n] or null), ptr calls, ptr starts, ptr ends, ptr tids} (i64[1024] each)
define void @record(ptr %env, i64 %start, i64 %end, i64 %c) {
entry:
  %counts = load ptr, ptr %env
  %calls.p = getelementptr ptr, ptr %env, i64 1
  %calls = load ptr, ptr %calls.p
  %starts.p = getelementptr ptr, ptr %env, i64 2
  %starts = load ptr, ptr %starts.p
  %ends.p = getelementptr ptr, ptr %env, i64 3
  %ends = load ptr, ptr %ends.p
  %tids.p = getelementptr ptr, ptr %env, i64 4
  %tids = load ptr, ptr %tids.p
  %call.c = getelementptr i64, ptr %calls, i64 %c
  %old = atomicrmw add ptr %call.c, i64 1 seq_cst
  %start.c = getelementptr i64, ptr %starts, i64 %c
  store i64 %start, ptr %start.c
  %end.c = getelementptr i64, ptr %ends, i64 %c
  store i64 %end, ptr %end.c
  %self = call i64 @pthread_self()
  %tid.c = getelementptr i64, ptr %tids, i64 %c
  store i64 %self, ptr %tid.c
  %has = icmp ne ptr %counts, null
  %nonempty = icmp slt i64 %start, %end
  %go = and i1 %has, %nonempty
  br i1 %go, label %loop, label %done
loop:
  %i = phi i64 [ %start, %entry ], [ %i.next, %loop ]
  %count.i = getelementptr i64, ptr %counts, i64 %i
  %o = atomicrmw add ptr %count.i, i64 1 monotonic
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %end
  br i1 %more, label %loop, label %done
done:
  ret void
}

; env: i64[2] = {chunk 1 started, chunk 0 saw it}. Chunk 0 waits (a bounded spin) until
; chunk 1 runs, which only another thread can do meanwhile.
define void @meet(ptr %env, i64 %start, i64 %end, i64 %c) {
entry:
  %saw = getelementptr i64, ptr %env, i64 1
  switch i64 %c, label %done [ i64 0, label %wait
                               i64 1, label %signal ]
signal:
  store atomic i64 1, ptr %env seq_cst, align 8
  br label %done
wait:
  %k = phi i64 [ 0, %entry ], [ %k.next, %wait.next ]
  %flag = load atomic i64, ptr %env seq_cst, align 8
  %set = icmp eq i64 %flag, 1
  br i1 %set, label %met, label %wait.next
wait.next:
  %k.next = add i64 %k, 1
  %again = icmp slt i64 %k.next, 20000000000
  br i1 %again, label %wait, label %done
met:
  store i64 1, ptr %saw
  br label %done
done:
  ret void
}

; env: i64[] = {k, slow chunk, spin, at_1 .. at_k}. Faults (IndexError "list index I out of
; range for length CHUNK" at par.ember:I:7) at iteration at_j; the slow chunk first spins,
; and prints a line when it ends without a fault.
define void @faulty(ptr %env, i64 %start, i64 %end, i64 %c) {
entry:
  %spin.slot = alloca i64
  %k = load i64, ptr %env
  %slow.p = getelementptr i64, ptr %env, i64 1
  %slow = load i64, ptr %slow.p
  %spin.p = getelementptr i64, ptr %env, i64 2
  %spin = load i64, ptr %spin.p
  %is.slow = icmp eq i64 %c, %slow
  br i1 %is.slow, label %spin.loop, label %iter.head
spin.loop:
  %s = phi i64 [ 0, %entry ], [ %s.next, %spin.loop ]
  store volatile i64 %s, ptr %spin.slot
  %s.next = add i64 %s, 1
  %spinning = icmp slt i64 %s.next, %spin
  br i1 %spinning, label %spin.loop, label %iter.head
iter.head:
  %nonempty = icmp slt i64 %start, %end
  br i1 %nonempty, label %iter, label %finish
iter:
  %i = phi i64 [ %start, %iter.head ], [ %i.next, %iter.next ]
  br label %scan
scan:
  %j = phi i64 [ 0, %iter ], [ %j.next, %scan.next ]
  %in = icmp slt i64 %j, %k
  br i1 %in, label %check, label %iter.next
check:
  %at.idx = add i64 %j, 3
  %at.p = getelementptr i64, ptr %env, i64 %at.idx
  %at = load i64, ptr %at.p
  %hit = icmp eq i64 %at, %i
  br i1 %hit, label %fault, label %scan.next
scan.next:
  %j.next = add i64 %j, 1
  br label %scan
fault:
  %line = trunc i64 %i to i32
  call void @ember_fault_index(i64 %i, i64 %c, ptr @file, i32 %line, i32 7)
  unreachable
iter.next:
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %end
  br i1 %more, label %iter, label %finish
finish:
  br i1 %is.slow, label %say, label %done
say:
  %w = call i64 @write(i32 1, ptr @slow_done, i64 16)
  br label %done
done:
  ret void
}

; env: i64* = {iteration}: allocation fails (MemoryError) in that iteration
define void @oom(ptr %env, i64 %start, i64 %end, i64 %c) {
entry:
  %at = load i64, ptr %env
  %lo = icmp sge i64 %at, %start
  %hi = icmp slt i64 %at, %end
  %in = and i1 %lo, %hi
  br i1 %in, label %fail, label %done
fail:
  %p = call ptr @ember_alloc(i64 -1)
  br label %done
done:
  ret void
}

; env: {ptr outer_tids (i64[n]), ptr inner (i64[n * m]), i64 m}: iteration i records its
; thread, then runs a nested loop of m iterations that each add their thread to inner[i*m + j].
define void @outer(ptr %env, i64 %start, i64 %end, i64 %c) {
entry:
  %ctx = alloca ptr
  %outer = load ptr, ptr %env
  %inner.p = getelementptr ptr, ptr %env, i64 1
  %inner = load ptr, ptr %inner.p
  %m.p = getelementptr ptr, ptr %env, i64 2
  %m = load i64, ptr %m.p
  %nonempty = icmp slt i64 %start, %end
  br i1 %nonempty, label %loop, label %done
loop:
  %i = phi i64 [ %start, %entry ], [ %i.next, %loop ]
  %self = call i64 @pthread_self()
  %out.i = getelementptr i64, ptr %outer, i64 %i
  store i64 %self, ptr %out.i
  %row = mul i64 %i, %m
  %row.p = getelementptr i64, ptr %inner, i64 %row
  store ptr %row.p, ptr %ctx
  call void @ember_par_run(ptr @inner, ptr %ctx, i64 %m)
  %i.next = add i64 %i, 1
  %more = icmp slt i64 %i.next, %end
  br i1 %more, label %loop, label %done
done:
  ret void
}

define void @inner(ptr %env, i64 %start, i64 %end, i64 %c) {
entry:
  %row = load ptr, ptr %env
  %nonempty = icmp slt i64 %start, %end
  br i1 %nonempty, label %loop, label %done
loop:
  %j = phi i64 [ %start, %entry ], [ %j.next, %loop ]
  %self = call i64 @pthread_self()
  %cell = getelementptr i64, ptr %row, i64 %j
  %o = atomicrmw add ptr %cell, i64 %self monotonic
  %j.next = add i64 %j, 1
  %more = icmp slt i64 %j.next, %end
  br i1 %more, label %loop, label %done
done:
  ret void
}
"""


class Par:
    """rt.ll and the chunk functions above, JIT-compiled into this process."""

    def __init__(self) -> None:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        mod = llvm.parse_assembly(runtime_ir())
        mod.link_in(llvm.parse_assembly(CHUNKS_IR))
        mod.verify()
        tm = llvm.Target.from_default_triple().create_target_machine()
        self.ee = llvm.create_mcjit_compiler(mod, tm)
        self.ee.finalize_object()
        self.run = self._fn("ember_par_run", None, P, P, I64)
        self.chunks = self._fn("ember_par_chunks", I64, I64)
        self.shutdown = self._fn("ember_par_shutdown", None)
        self.finish = self._fn("ember_rt_finish", None)

    def _fn(self, name: str, res, *args):
        addr = self.ee.get_function_address(name)
        assert addr, name
        return ctypes.CFUNCTYPE(res, *args)(addr)

    def chunk_fn(self, name: str) -> int:
        addr = self.ee.get_function_address(name)
        assert addr, name
        return addr

    def record(self, n: int, count: bool = True) -> dict[str, list[int]]:
        """Runs `record` over n iterations; what each chunk and iteration saw."""
        counts = (I64 * n)() if count else None
        calls, starts, ends, tids = ((I64 * 1024)() for _ in range(4))
        env = (P * 5)(ctypes.addressof(counts) if counts is not None else None, *map(ctypes.addressof, (calls, starts, ends, tids)))
        self.run(self.chunk_fn("record"), env, n)
        nc = self.chunks(n)
        return {"counts": list(counts) if counts is not None else [], "calls": list(calls[:nc]),
                "starts": list(starts[:nc]), "ends": list(ends[:nc]), "tids": list(tids[:nc])}

    def faulty(self, n: int, at: list[int], slow: int = -1, spin: int = 0) -> None:
        env = (I64 * (3 + len(at)))(len(at), slow, spin, *at)
        self.run(self.chunk_fn("faulty"), env, n)


@pytest.fixture(scope="module")
def par() -> Par:
    return Par()


def in_child(action: Callable[[], None], threads: int | None, timeout: float = 120) -> tuple[int, str, str]:
    """Runs action() in a forked child with EMBER_NUM_THREADS=threads (None: unset) and
    returns (exit status, stdout, stderr); the child exits 0 after action() returns."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        ctypes.CDLL(None).fflush(None)
        pid = os.fork()
        if pid == 0:
            status = 98
            try:
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                if threads is None:
                    os.environ.pop("EMBER_NUM_THREADS", None)
                else:
                    os.environ["EMBER_NUM_THREADS"] = str(threads)
                action()
                status = 0
            except BaseException:  # noqa: BLE001 - reported to the parent through stderr
                os.write(2, traceback.format_exc().encode())
            finally:
                os._exit(status)
        deadline = time.monotonic() + timeout
        while (done := os.waitpid(pid, os.WNOHANG))[0] == 0:
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                pytest.fail(f"the child did not finish in {timeout} s (deadlock?)")
            time.sleep(0.01)
        out.seek(0)
        err.seek(0)
        return os.waitstatus_to_exitcode(done[1]), out.read().decode(), err.read().decode()


def expect_ok(got: tuple[int, str, str]) -> str:
    status, out, err = got
    assert (status, err) == (0, ""), (status, out, err)
    return out


def bounds(n: int) -> list[int]:
    """Chunk c covers [bounds(n)[c], bounds(n)[c + 1])."""
    nc = min(n, 1024)
    return [c * n // nc for c in range(nc + 1)] if n > 0 else [0]


# ---------------------------------------------------------------- chunk bounds

def test_chunk_count(par):
    for n, nc in [(-5, 0), (0, 0), (1, 1), (2, 2), (1023, 1023), (1024, 1024), (1025, 1024), (10**6, 1024),
                  (2**63 - 1, 1024), (-(2**63), 0)]:
        assert par.chunks(n) == nc, n


@pytest.mark.parametrize("n", [0, 1, 2, 3, 1023, 1024, 1025, 4097, 10**6])
def test_inline_loop_runs_every_iteration_once(par, n):
    # n <= 1 runs inline without a pool; EMBER_NUM_THREADS=1 is a pool of one thread
    def check():
        got = par.record(n)
        b = bounds(n)
        assert got["calls"] == [1] * par.chunks(n)
        assert got["starts"] == b[:-1] and got["ends"] == b[1:]
        assert got["counts"] == [1] * n
        assert len(set(got["tids"])) <= 1  # all on the calling thread
    if n <= 1:
        check()
    else:
        expect_ok(in_child(check, 1))


@pytest.mark.parametrize("n", [2**31 + 7, 2**62 + 12345, 2**63 - 1])
def test_huge_n_bounds_do_not_overflow(par, n):
    def check():
        got = par.record(n, count=False)
        b = bounds(n)
        assert got["calls"] == [1] * 1024
        assert got["starts"] == b[:-1] and got["ends"] == b[1:]
    expect_ok(in_child(check, 2))


# ---------------------------------------------------------------- the pool

@pytest.mark.parametrize("threads", [1, 2, 8, None])
def test_every_iteration_runs_exactly_once(par, threads):
    def check():
        for n in [2, 3, 1023, 1024, 1025, 4097, 10**6]:
            for _ in range(3 if n < 10**5 else 1):
                got = par.record(n)
                b = bounds(n)
                assert got["calls"] == [1] * par.chunks(n), n
                assert got["starts"] == b[:-1] and got["ends"] == b[1:], n
                assert got["counts"] == [1] * n, n
        tids = set()
        for _ in range(200):  # many loops in a row reuse the pool
            got = par.record(64)
            assert got["calls"] == [1] * 64 and got["counts"] == [1] * 64
            tids |= set(got["tids"])
        assert len(tids) <= (threads or os.cpu_count() or 1)
        par.finish()  # joins the workers; a later loop starts a new pool
        assert par.record(5000)["counts"] == [1] * 5000
        par.shutdown()
        par.shutdown()
    expect_ok(in_child(check, threads))


@pytest.mark.parametrize("threads", [2, 8])
def test_pool_threads_run_chunks_concurrently(par, threads):
    def check():
        flags = (I64 * 2)()
        par.run(par.chunk_fn("meet"), flags, 2)
        assert list(flags) == [1, 1]
    expect_ok(in_child(check, threads))


def test_nested_loops_run_inline_on_the_chunks_thread(par):
    n, m = 300, 37

    def check():
        outer, inner = (I64 * n)(), (I64 * (n * m))()
        env = (P * 3)(ctypes.addressof(outer), ctypes.addressof(inner), m)
        for _ in range(3):
            ctypes.memset(inner, 0, ctypes.sizeof(inner))
            par.run(par.chunk_fn("outer"), env, n)
            for i in range(n):
                assert inner[i * m:(i + 1) * m] == [outer[i]] * m, i
    expect_ok(in_child(check, 4))


def test_concurrent_callers_all_get_their_loops_done(par):
    """Loops from several OS threads at once: one gets the pool, the others run inline."""
    def check():
        errors: list[str] = []

        def caller(k: int) -> None:
            for r in range(20):
                n = 3000 + 17 * k + r
                got = par.record(n)
                if got["counts"] != [1] * n or got["calls"] != [1] * par.chunks(n):
                    errors.append(f"caller {k} loop {r}")

        threads = [threading.Thread(target=caller, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
    expect_ok(in_child(check, 3))


def test_a_forked_child_starts_its_own_pool(par):
    def check():
        assert par.record(10000)["counts"] == [1] * 10000  # the pool starts here
        grandchild = in_child(lambda: None if par.record(10000)["counts"] == [1] * 10000 else os._exit(3), 2,
                              timeout=60)
        assert grandchild == (0, "", "")
        assert par.record(10000)["counts"] == [1] * 10000
    expect_ok(in_child(check, 2))


# ---------------------------------------------------------------- faults in chunks

MSG = "par.ember:{i}:7: IndexError: list index {i} out of range for length {c}\n"


def chunk_of(i: int, n: int) -> int:
    b = bounds(n)
    return next(c for c in range(len(b) - 1) if b[c] <= i < b[c + 1])


@pytest.mark.parametrize("threads", [1, 2, 8])
def test_the_lowest_failing_iteration_is_reported(par, threads):
    n = 10**6
    for at in ([999_999, 500_000, 123_456], [5, 999_000], [777_777], [0, 1, 2, 3]):
        low = min(at)
        got = in_child(lambda: par.faulty(n, at), threads)
        assert got == (1, "", MSG.format(i=low, c=chunk_of(low, n))), (at, got)


@pytest.mark.parametrize("threads", [2, 8])
def test_a_slow_lower_chunk_finishes_and_its_later_fault_wins(par, threads):
    n = 4096  # 1024 chunks of 4
    # chunk 0 spins, then faults at iteration 3; chunk 700 faults at once
    got = in_child(lambda: par.faulty(n, [2801, 3], slow=0, spin=30_000_000), threads)
    assert got == (1, "", MSG.format(i=3, c=0))
    # chunk 1 spins and ends normally; chunk 500's fault is reported after it is done
    got = in_child(lambda: par.faulty(n, [2001], slow=1, spin=30_000_000), threads)
    assert got == (1, "slow chunk done\n", MSG.format(i=2001, c=500))


@pytest.mark.parametrize("threads", [1, 4])
def test_out_of_memory_in_a_chunk(par, threads):
    got = in_child(lambda: par.run(par.chunk_fn("oom"), ctypes.byref(I64(70_000)), 100_000), threads)
    assert got == (1, "", "MemoryError: out of memory\n")


def test_a_fault_after_a_faulting_loop_is_not_captured(par):
    """Outside chunks (before, between and after loops) faults exit at once."""
    fault = par._fn("ember_fault", None, ctypes.c_int32, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int32,
                    ctypes.c_int32)

    def check():
        par.record(5000)
        fault(4, b"plain", b"p.ember", 2, 3)
    assert in_child(check, 2) == (1, "", "p.ember:2:3: ValueError: plain\n")


# ---------------------------------------------------------------- lists

def test_extend_move(rt):
    a, b = rt.ilist([1, 2]), rt.ilist([3, 4, 5])
    rt.list_extend_move(a, b, 8)
    assert rt.items(a) == [1, 2, 3, 4, 5]
    rt.list_extend_move(a, rt.ilist([]), 8)
    rt.list_extend_move(a, None, 8)
    assert rt.items(a) == [1, 2, 3, 4, 5]
    big = rt.ilist(range(1000))
    rt.list_extend_move(a, big, 8)
    assert rt.items(a) == [1, 2, 3, 4, 5, *range(1000)]
    rt.list_drop(a, 8, None)


def test_extend_move_into_an_empty_list_takes_the_storage(rt):
    a, b = rt.list_new(8, 0), rt.ilist([7, 8, 9])
    data = rt.EmList.from_address(b).data
    rt.list_extend_move(a, b, 8)
    h = rt.EmList.from_address(a)
    assert (h.data, rt.items(a)) == (data, [7, 8, 9])
    rt.list_drop(a, 8, None)


def test_extend_move_moves_owned_elements(rt):
    """Elements change owner: no copies, and dropping dst frees each string once."""
    a, b = rt.slist(["x", "y"]), rt.slist(["z" * 40, "w"])
    moved = rt.items(b, ctypes.c_void_p)
    rt.list_extend_move(a, b, 8)
    assert rt.strs(a) == ["x", "y", "z" * 40, "w"]
    assert rt.items(a, ctypes.c_void_p)[2:] == moved
    free_str = ctypes.CFUNCTYPE(None, P)(rt.ee.get_function_address("ember_str_free"))
    drop = rt.callback(rt.DROP_FN, lambda p: free_str(ctypes.c_void_p.from_address(p).value))
    rt.list_drop(a, 8, drop)


def test_extend_move_wide_elements(rt):
    a = rt.list_new(24, 0)
    for k in range(3):
        ctypes.memmove(rt.list_push(a, 24), bytes([k]) * 24, 24)
    b = rt.list_new(24, 0)
    for k in range(3, 10):
        ctypes.memmove(rt.list_push(b, 24), bytes([k]) * 24, 24)
    rt.list_extend_move(a, b, 24)
    h = rt.EmList.from_address(a)
    assert ctypes.string_at(h.data, 24 * h.len) == b"".join(bytes([k]) * 24 for k in range(10))
    rt.list_drop(a, 24, None)

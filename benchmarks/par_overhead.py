"""Overhead of one parallel loop: ember_par_run over 2 empty iterations (2 chunks).

    python benchmarks/par_overhead.py [THREADS ...]      (default: 1 2)

rt.ll is JIT-compiled as `ember run` loads it, with an empty chunk function and a timing
loop in IR (no ctypes call per loop). For each EMBER_NUM_THREADS value, in a fresh
process (the pool reads it once): microseconds per loop for loops back to back (workers
spinning), and for loops 2 ms apart (workers asleep: the caller's wake-up system call), timed in IR as well.
"""
from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BENCH_IR = r"""
declare void @ember_par_run(ptr, ptr, i64)
declare void @ember_rt_finish()
declare double @ember_perf_counter()
declare i32 @nanosleep(ptr, ptr)

define void @empty(ptr %env, i64 %start, i64 %end, i64 %chunk) {
  ret void
}

define void @loops(i64 %reps) {
entry:
  br label %loop
loop:
  %k = phi i64 [ 0, %entry ], [ %next, %loop ]
  call void @ember_par_run(ptr @empty, ptr null, i64 2)
  %next = add i64 %k, 1
  %more = icmp slt i64 %next, %reps
  br i1 %more, label %loop, label %done
done:
  ret void
}

; out[k] = seconds of one loop started 2 ms after the previous one ended
define void @spaced(ptr %out, i64 %reps) {
entry:
  %ts = alloca { i64, i64 }
  store { i64, i64 } { i64 0, i64 2000000 }, ptr %ts
  br label %loop
loop:
  %k = phi i64 [ 0, %entry ], [ %next, %loop ]
  %r = call i32 @nanosleep(ptr %ts, ptr null)
  %t0 = call double @ember_perf_counter()
  call void @ember_par_run(ptr @empty, ptr null, i64 2)
  %t1 = call double @ember_perf_counter()
  %dt = fsub double %t1, %t0
  %slot = getelementptr double, ptr %out, i64 %k
  store double %dt, ptr %slot
  %next = add i64 %k, 1
  %more = icmp slt i64 %next, %reps
  br i1 %more, label %loop, label %done
done:
  ret void
}
"""


def measure() -> None:
    sys.path.insert(0, str(ROOT))
    import llvmlite.binding as llvm

    from ember.runtime import runtime_ir

    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    mod = llvm.parse_assembly(runtime_ir())
    mod.link_in(llvm.parse_assembly(BENCH_IR))
    ee = llvm.create_mcjit_compiler(mod, llvm.Target.from_default_triple().create_target_machine())
    ee.finalize_object()
    loops = ctypes.CFUNCTYPE(None, ctypes.c_int64)(ee.get_function_address("loops"))
    finish = ctypes.CFUNCTYPE(None)(ee.get_function_address("ember_rt_finish"))
    loops(1000)  # starts the pool
    reps, hot = 100_000, []
    for _ in range(5):
        t0 = time.perf_counter()
        loops(reps)
        hot.append((time.perf_counter() - t0) / reps * 1e6)
    spaced = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_int64)(ee.get_function_address("spaced"))
    out = (ctypes.c_double * 200)()
    spaced(out, len(out))
    asleep = sorted(t * 1e6 for t in out)
    finish()
    print(f"EMBER_NUM_THREADS={os.environ.get('EMBER_NUM_THREADS', '(unset)')}: "
          f"back to back {min(hot):.2f} us/loop (best of 5 x {reps}); "
          f"workers asleep: median {asleep[len(asleep) // 2]:.1f} us, best {asleep[0]:.1f} us")


def main(argv: list[str]) -> None:
    if argv == ["--child"]:
        measure()
        return
    for threads in argv or ["1", "2"]:
        env = {**os.environ, "EMBER_NUM_THREADS": threads}
        subprocess.run([sys.executable, __file__, "--child"], env=env, check=True)


if __name__ == "__main__":
    main(sys.argv[1:])

"""LLVM's side of the pipeline: target machine, linking, -O3, object code, and the JIT.

Everything here takes IR *text* and returns plain data (bytes, str, an int status), so
the driver never touches llvmlite (DESIGN.md: llvmlite lives only in codegen, runtime,
interop). The runtime's IR is passed in by the driver: codegen and runtime are sibling
layers and do not import each other. A program is several objects: its own (with the
runtime's small functions inlined) and the runtime pieces it calls (runtime/split.py).
"""
from __future__ import annotations

import functools
import subprocess
import sys
from collections.abc import Iterable, Sequence

import llvmlite
import llvmlite.binding as llvm

from ember.codegen.entry import ENTRY, call_main  # ENTRY: the name the driver uses too

# `i32 main(i32, ptr)` for executables: a separate object so the cached program object
# is the same one the JIT runs.
_MAIN_SHIM = f"""
declare i32 @{ENTRY}(i32, ptr)
define i32 @main(i32 %argc, ptr %argv) {{
  %r = call i32 @{ENTRY}(i32 %argc, ptr %argv)
  ret i32 %r
}}
"""


@functools.cache
def _init_native() -> None:
    """LLVM needs the native target and printers registered once per process.

    Ordered reductions: x86 LLVM otherwise leaves `s += f(j)` on floats scalar, since
    it may not reassociate the sum. Forced, it vectorizes the work that feeds the sum
    and adds the lanes one by one, in the source's order (results are bit for bit the
    same): spectral norm's division runs 8 wide. The option is LLVM's, process-wide;
    it changes what is vectorized, never a result, for any other user of llvmlite."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()
    llvm.set_option("ember", "-force-ordered-reductions")


def llvm_version() -> str:
    """Goes into the cache key: a new llvmlite or LLVM makes different code."""
    return f"llvmlite {llvmlite.__version__} LLVM {'.'.join(map(str, llvm.llvm_version_info))}"


def cpu_and_features(cpu: str | None) -> tuple[str, str]:
    """The host CPU and all its features by default; a named CPU brings its own."""
    _init_native()
    if cpu is None:
        return llvm.get_host_cpu_name(), llvm.get_host_cpu_features().flatten()
    return cpu, ""


# names every x86-64 LLVM knows; others are tried in a child process (`cpu_known`)
_PORTABLE = frozenset({"x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4"})
_TRY_CPU = """
import sys
import llvmlite.binding as llvm
llvm.initialize_native_target()
llvm.initialize_native_asmprinter()
tm = llvm.Target.from_triple(llvm.get_process_triple()).create_target_machine(cpu=sys.argv[1])
mod = llvm.parse_assembly("define i64 @f(i64 %a) {\\n  ret i64 %a\\n}\\n")
mod.triple = tm.triple
tm.emit_assembly(mod)
"""


@functools.cache
def cpu_known(cpu: str) -> bool:
    """Whether LLVM knows `cpu` for this machine's target. An unknown name aborts LLVM
    inside the process that compiles with it ("64-bit code requested on a subtarget that
    doesn't support it"), so a child process compiles a function for it first."""
    if cpu in _PORTABLE or cpu == llvm.get_host_cpu_name():
        return True
    try:
        r = subprocess.run([sys.executable, "-c", _TRY_CPU, cpu], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return r.returncode == 0 and "not a recognized processor" not in r.stderr


def host_target_machine(cpu: str | None = None, opt_level: int = 3) -> llvm.TargetMachine:
    """A fresh machine for the host triple. PIC so one object serves `cc` and the JIT."""
    name, features = cpu_and_features(cpu)
    target = llvm.Target.from_triple(llvm.get_process_triple())
    return target.create_target_machine(
        cpu=name, features=features, opt=opt_level, reloc="pic", codemodel="default"
    )


_PROBE = """
define <8 x double> @probe(<8 x double> %a, <8 x double> %b) {
  %c = fadd <8 x double> %a, %b
  ret <8 x double> %c
}
"""


@functools.cache
def f64_lanes(cpu: str | None) -> int:
    """The lanes of the vector copies the MIR passes make (mir/outer.py, mir/variants.py):
    two vector registers of f64 on the target, so two chains of dependent operations are
    in flight. B4's escape loop: 16 lanes 18.5 ms and 8 lanes 24 ms on AVX-512; on AVX2
    16 lanes took 68 ms (spills) and 8 lanes 36. Asked of LLVM for the target: whether
    an add of 8 f64 is one instruction on a `zmm` register."""
    tm = host_target_machine(cpu)
    mod = llvm.parse_assembly(_PROBE)
    mod.triple = tm.triple
    return 16 if "zmm" in tm.emit_assembly(mod) else 8


def _parse(ir_text: str, tm: llvm.TargetMachine, what: str) -> llvm.ModuleRef:
    mod = llvm.parse_assembly(ir_text)
    mod.name = what
    mod.triple = tm.triple
    mod.data_layout = str(tm.target_data)
    return mod


def _internalize(mod: llvm.ModuleRef, exports: Iterable[str]) -> None:
    """Hide every definition but the exports, so LLVM inlines the runtime into the
    program and drops the parts it does not use (smaller objects, faster codegen)."""
    keep = set(exports)
    for sym in (*mod.functions, *mod.global_variables):
        if sym.is_declaration or sym.name in keep or sym.name.startswith("llvm."):
            continue
        sym.linkage = llvm.Linkage.internal


def optimize(
    ir_text: str,
    runtime_ir: str,
    tm: llvm.TargetMachine,
    opt_level: int = 3,
    exports: Iterable[str] = (ENTRY,),
) -> llvm.ModuleRef:
    """Parse and link program and runtime, verify, then run LLVM's new pass manager.

    The program is linked into the runtime's part, not the other way round: a
    declaration in the destination wins, and the runtime's carry clang's attributes
    (nocapture, readonly, noreturn ...), which the program's own lack."""
    _init_native()
    mod = _parse(ir_text, tm, "program")
    if runtime_ir:
        mod, program = _parse(runtime_ir, tm, "program"), mod
        mod.link_in(program)
    mod.verify()
    _internalize(mod, exports)
    pto = llvm.create_pipeline_tuning_options(speed_level=opt_level)
    pto.loop_vectorization = opt_level >= 2
    pto.slp_vectorization = opt_level >= 2
    pb = llvm.create_pass_builder(tm, pto)
    pb.getModulePassManager().run(mod, pb)
    return mod


@functools.lru_cache(maxsize=512)
def library_object(ir_text: str, exports: tuple[str, ...], cpu: str | None, opt_level: int) -> bytes:
    """The object of a runtime piece, with only `exports` visible to other objects.

    No IR passes run: rt.ll is clang's -O2 output already, and running -O3 over it again
    changed nothing measurable (formatting, split, replace, find) while it took 2/3 of
    the time. Memoized in this process (a pure function of its arguments), because
    tests and the Python API compile many programs in one process, often uncached."""
    _init_native()
    tm = host_target_machine(cpu, opt_level)
    mod = _parse(ir_text, tm, "runtime")
    mod.verify()
    _internalize(mod, exports)
    return emit_object(mod, tm)


def emit_object(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> bytes:
    return bytes(tm.emit_object(mod))


def emit_asm(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> str:
    return str(tm.emit_assembly(mod))


def emit_llvm(mod: llvm.ModuleRef) -> str:
    return str(mod)


def main_shim_object(tm: llvm.TargetMachine) -> bytes:
    """The object defining C's `main`, which only calls the program's entry."""
    _init_native()
    return emit_object(_parse(_MAIN_SHIM, tm, "main"), tm)


def jit_engine(objects: Sequence[bytes], cpu: str | None = None) -> llvm.ExecutionEngine:
    """An engine with the objects loaded and linked; it lives (and its code with it) as
    long as the returned object. `get_function_address` finds exported symbols."""
    _init_native()
    tm = host_target_machine(cpu)  # the engine takes ownership of its machine
    engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), tm)
    for obj in objects:
        engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
    engine.finalize_object()
    return engine


def jit_call_main(objects: Sequence[bytes], argv: list[str], cpu: str | None = None) -> int:
    """Load the program's objects into this process with LLVM's JIT and run
    `ember_main(argc, argv)` (entry.call_main)."""
    engine = jit_engine(objects, cpu)
    addr = engine.get_function_address(ENTRY)
    if not addr:
        raise RuntimeError(f"the objects define no `{ENTRY}`")
    return call_main(addr, argv)

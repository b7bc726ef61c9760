"""`ember build --shared`: a C-ABI shared library of the main file's functions
(interop/cabi.py says which, and how they cross), linked with the system's `cc` like
an executable, with a C header beside it."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ember import runtime
from ember.codegen import target
from ember.driver import pipeline
from ember.driver.pipeline import ToolError, _phase
from ember.driver.session import Session


def build_shared(session: Session, path: Path, out: Path) -> tuple[tuple[str, str], ...] | None:
    """Write the library `out` and its header (`out` with suffix `.h`); (name, why) for
    each function left out; None on errors in the program."""
    from ember.interop import cabi, exports

    if (program := pipeline._load(session, path)) is None:
        return None
    with _phase("frontend"):
        front = pipeline._frontend()
        both = front.typed_mir(session, program)
        if both is None:
            return None
        typed, mir = both
        iface = exports.interface(str(path), typed, mir)
        fns, skipped = cabi.select(iface)
        ir = front.ir_of(session, program, mir, cabi.extender(fns, mir, iface.run_top))
    with _phase("runtime"):
        split = runtime.runtime_split()
        roots = split.roots(ir)
        runtime_part = split.program_part(roots)
    opts = session.options
    with _phase("optimize"):
        tm = target.host_target_machine(opts.target_cpu, opts.opt_level)
        keep = (target.ENTRY, "ember.shared.init", *(f.name for f in fns))
        mod = target.optimize(ir, runtime_part, tm, opts.opt_level, keep)
    with _phase("codegen"):
        objects = (target.emit_object(mod, tm),
                   *pipeline._runtime_objects(session, pipeline._key_fields(session), split.pieces(roots)))
    if (cc := shutil.which("cc")) is None:
        raise ToolError("cannot link: no C compiler driver `cc` found on PATH "
                        "(`ember build` uses it as the linker; `ember run` needs none)")
    with _phase("link"), tempfile.TemporaryDirectory(prefix="ember-link-") as tmp:
        files = []
        for i, data in enumerate(objects):
            files.append(Path(tmp, f"{i}.o"))
            files[-1].write_bytes(data)
        cmd = [cc, "-shared", "-o", str(out), *map(str, files), "-lm", "-lpthread"]
        proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise ToolError(f"linking {out} failed ({' '.join(cmd[:4])} ...):\n{proc.stderr.strip()}")
    guard = "".join(c if c.isalnum() else "_" for c in out.stem).upper() + "_H"
    out.with_suffix(".h").write_text(cabi.header(fns, guard), encoding="utf-8")
    return skipped

"""`ember build --shared`: a C-ABI shared library of the main file's functions
(interop/cabi.py says which, and how they cross), linked with the system's `cc` like
an executable, with a C header beside it."""
from __future__ import annotations

from pathlib import Path

from ember.codegen import target
from ember.driver import pipeline
from ember.driver.pipeline import _phase
from ember.driver.session import Session


def build_shared(session: Session, path: Path, out: Path) -> tuple[tuple[str, str], ...] | None:
    """Write the library `out` and its header (`out` with suffix `.h`); (name, why) for
    each function left out; None on errors in the program."""
    from ember.driver.library import interfaced
    from ember.interop import cabi

    if (program := pipeline._load(session, path)) is None:
        return None
    with _phase("frontend"):
        if (checked := interfaced(session, path, program)) is None:
            return None
        front, mir, iface = checked
        fns, skipped = cabi.select(iface)
        ir = front.ir_of(session, program, mir, cabi.extender(fns, mir, iface.run_top))
    keep = (target.ENTRY, "ember.shared.init", *(f.name for f in fns))
    mod, tm, pieces = pipeline.optimize_ir(session, ir, keep)
    with _phase("codegen"):
        objects = (target.emit_object(mod, tm), *pipeline._runtime_objects(session, pipeline._key_fields(session), pieces))
    pipeline.link(objects, out, ("-shared",))
    guard = "".join(c if c.isalnum() else "_" for c in out.stem).upper() + "_H"
    out.with_suffix(".h").write_text(cabi.header(fns, guard), encoding="utf-8")
    return skipped

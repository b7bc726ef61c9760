"""codegen.target through its text-in, data-out API: optimize, objects, the JIT."""
from __future__ import annotations

import pytest

from ember.codegen import target

ARGV_IR = """
declare i64 @strlen(ptr)
define i32 @ember_main(i32 %argc, ptr %argv) {
  %p = getelementptr ptr, ptr %argv, i32 2
  %s = load ptr, ptr %p
  %n = call i64 @strlen(ptr %s)
  %n32 = trunc i64 %n to i32
  %r = mul i32 %argc, 100
  %t = add i32 %r, %n32
  ret i32 %t
}
define internal i32 @helper() {
  ret i32 7
}
define i32 @unused_export() {
  ret i32 1
}
"""


def test_jit_passes_argv_and_returns_status() -> None:
    tm = target.host_target_machine()
    obj = target.emit_object(target.optimize(ARGV_IR, "", tm), tm)
    # argc = 3, strlen(argv[2]) = len("--flag") = 6
    assert target.jit_call_main([obj], ["prog.ember", "x", "--flag"]) == 306


def test_optimize_keeps_only_the_entry_visible() -> None:
    tm = target.host_target_machine(opt_level=3)
    ir = target.emit_llvm(target.optimize(ARGV_IR, "", tm))
    assert "define i32 @ember_main" in ir or "define noundef i32 @ember_main" in ir
    assert "unused_export" not in ir  # internalized, then deleted as dead


def test_optimize_at_every_level() -> None:
    for level in range(4):
        tm = target.host_target_machine(opt_level=level)
        assert target.emit_object(target.optimize(ARGV_IR, "", tm, level), tm)


def test_named_cpu() -> None:
    assert target.cpu_and_features("generic") == ("generic", "")
    name, _features = target.cpu_and_features(None)
    assert name


def test_shim_defines_main() -> None:
    tm = target.host_target_machine()
    assert b"main" in target.main_shim_object(tm)


def test_missing_entry_raises() -> None:
    tm = target.host_target_machine()
    obj = target.emit_object(target.optimize("define i32 @other() {\n ret i32 0\n}", "", tm,
                                             exports=("other",)), tm)
    with pytest.raises(RuntimeError, match="ember_main"):
        target.jit_call_main([obj], ["p"])

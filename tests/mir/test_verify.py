"""The MIR verifier: each hand-built broken module is rejected with the message naming
its problem; every program the compiler accepts passes; the driver runs the verifier.

Each broken module differs from a valid one in one place, so each test fails if the
verifier lost that check (the valid baseline is itself a test).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from ember.base.source import NO_SPAN
from ember.driver import frontend, pipeline
from ember.driver.session import Session
from ember.mir import ir
from ember.mir.verify import MirError, ensure_valid, verify
from ember.types import types as T
from ember_testing import CORPUS, PROGRAMS, REPO, SPEC

OWNED, BORROW, REF, GLOBAL = (ir.LocalKind.OWNED, ir.LocalKind.BORROW, ir.LocalKind.REF,
                              ir.LocalKind.GLOBAL)
LIST = T.ListType(T.INT)
PAIR = T.TupleType((T.INT, T.STR))

# The locals of `f` below: f(n: Int borrowed, xs: [Int] borrowed, r: Int inout) -> Int.
N = ir.Local(0, "n", T.INT, BORROW)
XS = ir.Local(1, "xs", LIST, BORROW)
R = ir.Local(2, "r", T.INT, REF)
I = ir.Local(3, "i", T.INT, OWNED)
S = ir.Local(4, "s", T.STR, OWNED)
C = ir.Local(5, "", T.BOOL, BORROW)
P = ir.Local(6, "p", PAIR, OWNED)
REF_I = ir.Local(7, "", T.INT, REF)
G = ir.Local(0, "total", LIST, GLOBAL)
E = ir.Local(8, "", T.EXC, OWNED)  # an error, where a test adds it to `f`


def _c(v: object, t: T.Type = T.INT) -> ir.Const:
    return ir.Const(v, t)


def _program(stmts: list[ir.Statement], term: ir.Terminator | None = None,
             extra_blocks: tuple[ir.Block, ...] = ()) -> ir.Program:
    """`f`, whose bb0 is `stmts` then `term` (default: return i), then `extra_blocks`;
    `main` calls it; the entry calls `main`."""
    f = ir.Function("f", (N, XS, R), T.INT, [N, XS, R, I, S, C, P, REF_I],
                    [ir.Block(0, stmts, term or ir.Return(ir.Copy(I))), *extra_blocks], NO_SPAN)
    lst = ir.Local(0, "", LIST, OWNED)
    out = ir.Local(1, "", T.INT, OWNED)
    ref = ir.Local(2, "", T.INT, REF)
    main = ir.Function("main", (), T.NONE, [lst, out, ref], [ir.Block(0, [
        ir.Assign(lst, ir.Intrinsic("list.new", (), NO_SPAN, (0,))),
        ir.Assign(ref, ir.AddrOf(ir.Place(out, (), T.INT))),
        ir.Assign(out, ir.Call("f", (_c(1), ir.Copy(lst), ir.Copy(ref)), NO_SPAN)),
        ir.Drop(lst),
    ], ir.Return(None))], NO_SPAN)
    entry = ir.Function("ember_main", (), T.NONE, [], [ir.Block(0, [
        ir.Eval(ir.Call("main", (), NO_SPAN)), ir.Drop(G)], ir.Return(None))], NO_SPAN, is_entry=True)
    return ir.Program({"f": f, "main": main, "ember_main": entry}, (G,), {}, "ember_main", {})


def _with(fn: str, edit: Callable[[ir.Function], None]) -> ir.Program:
    prog = _program([])
    edit(prog.functions[fn])
    return prog


def test_valid_baseline_passes() -> None:
    assert verify(_program([ir.Assign(I, ir.BinOp(ir.BinKind.ADD, ir.Copy(N), _c(1), NO_SPAN))])) == []


BROKEN = [
    # the CFG
    pytest.param(lambda: _program([], ir.Goto(3)), "fn f: bb0: `goto bb3`: jumps to bb3, which does not exist",
                 id="goto-missing-block"),
    pytest.param(lambda: _program([ir.Assign(C, ir.Use(_c(True, T.BOOL)))], ir.Branch(ir.Copy(C), 0, 9)),
                 "jumps to bb9, which does not exist", id="branch-missing-block"),
    pytest.param(lambda: _with("f", lambda f: setattr(f.blocks[0], "term", None)),
                 "fn f: bb0: block has no terminator", id="no-terminator"),
    pytest.param(lambda: _with("f", lambda f: setattr(f.blocks[0], "term", ir.Drop(I))),
                 "fn f: bb0: `drop(_3)`: block ends in Drop, which is no terminator", id="statement-as-terminator"),
    pytest.param(lambda: _program([ir.Return(None)]),  # type: ignore[list-item]
                 "Return is not a statement", id="terminator-among-statements"),
    pytest.param(lambda: _program([], extra_blocks=(ir.Block(5, [], ir.Return(_c(0))),)),
                 "block #1 has id 5", id="block-id"),
    pytest.param(lambda: _with("f", lambda f: f.blocks.clear()), "fn f: blocks: no blocks", id="no-blocks"),
    # locals
    pytest.param(lambda: _program([ir.Assign(ir.Local(3, "j", T.INT, OWNED), ir.Use(_c(1)))]),
                 "_3 (j: Int) is not a local of this function", id="undeclared-local"),
    pytest.param(lambda: _program([ir.Assign(I, ir.Use(ir.Copy(ir.Local(42, "", T.INT, OWNED))))]),
                 "_42 (temp: Int) is not a local of this function", id="local-out-of-range"),
    pytest.param(lambda: _program([ir.Drop(ir.Local(1, "other", LIST, GLOBAL))]),
                 "@other is not a global of the program", id="unknown-global"),
    pytest.param(lambda: _with("f", lambda f: f.locals.__setitem__(4, ir.Local(8, "s", T.STR, OWNED))),
                 "fn f: locals: local #4 has id 8", id="local-id"),
    # types
    pytest.param(lambda: _program([ir.Assign(I, ir.Use(_c(True, T.BOOL)))]),
                 "fn f: bb0: `_3 = const True: Bool`: assigns a Bool to _3 of type Int", id="assign-type"),
    pytest.param(lambda: _program([ir.Assign(I, ir.BinOp(ir.BinKind.ADD, ir.Copy(N), _c(1.0, T.F64), NO_SPAN))]),
                 "add of Int and f64", id="binop-operand-types"),
    pytest.param(lambda: _program([ir.Assign(I, ir.BinOp(ir.BinKind.LT, ir.Copy(N), _c(1), NO_SPAN))]),
                 "assigns a Bool to _3 of type Int", id="comparison-is-bool"),
    pytest.param(lambda: _program([ir.Assign(C, ir.UnOp("not", ir.Copy(N), NO_SPAN))]),
                 "not of a Int", id="not-of-int"),
    pytest.param(lambda: _program([ir.Assign(S, ir.Cast(ir.Copy(N), NO_SPAN))]),
                 "casts a Int to str", id="cast-to-str"),
    pytest.param(lambda: _program([ir.Assign(I, ir.Use(_c("1")))]),
                 "constant '1' is not a value of Int", id="const-value"),
    pytest.param(lambda: _program([ir.Assign(C, ir.Load(ir.Place(XS, (ir.IndexProj(_c(0), NO_SPAN),), T.BOOL)))]),
                 "place has type Bool but its projections reach Int", id="place-type"),
    pytest.param(lambda: _program([ir.Assign(I, ir.Load(ir.Place(P, (ir.FieldProj(2),), T.INT)))]),
                 "field .2 of (Int, str), which has no such field", id="field-out-of-range"),
    pytest.param(lambda: _program([ir.Assign(I, ir.Load(ir.Place(N, (ir.IndexProj(_c(0), NO_SPAN),), T.INT)))]),
                 "index [Int] into Int, which is not a list", id="index-non-list"),
    pytest.param(lambda: _program([ir.Assign(P, ir.Aggregate((_c(1), _c(2))))]),
                 "builds a (Int, str) from (Int, Int)", id="aggregate-types"),
    pytest.param(lambda: _program([ir.Store(ir.Place(XS, (ir.IndexProj(_c(0), NO_SPAN),), T.INT), _c(1.5, T.F64), NO_SPAN)]),
                 "stores a f64 into a place of type Int", id="store-type"),
    pytest.param(lambda: _program([], ir.Branch(ir.Copy(N), 0, 0)), "branches on a Int", id="branch-on-int"),
    pytest.param(lambda: _program([], ir.Return(_c(True, T.BOOL))),
                 "returns a Bool from a function returning Int", id="return-type"),
    pytest.param(lambda: _program([], ir.Return(None)),
                 "returns nothing from a function returning Int", id="return-nothing"),
    pytest.param(lambda: _program([], ir.Fault("AssertionError", ir.Copy(N), NO_SPAN)),
                 "fault message is a Int", id="fault-message"),
    # calls
    pytest.param(lambda: _with("main", lambda f: f.blocks[0].stmts.__setitem__(
        2, ir.Assign(f.locals[1], ir.Call("f", (_c(1),), NO_SPAN)))),
                 "fn main: bb0: `_1 = call f(const 1: Int)`: calls f with 1 arguments; it takes 3",
                 id="call-arity"),
    pytest.param(lambda: _with("ember_main", lambda f: f.blocks[0].stmts.__setitem__(
        0, ir.Eval(ir.Call("mian", (), NO_SPAN)))), "calls mian, which does not exist", id="call-unknown"),
    pytest.param(lambda: _with("main", lambda f: f.blocks[0].stmts.__setitem__(
        2, ir.Assign(f.locals[1], ir.Call("f", (_c(1), ir.Copy(f.locals[0]), _c(0)), NO_SPAN)))),
                 "inout parameter _2 of f needs a ref local", id="inout-needs-ref"),
    pytest.param(lambda: _with("main", lambda f: f.blocks[0].stmts.__setitem__(
        2, ir.Assign(f.locals[1], ir.Call("f", (_c(1.0, T.F64), ir.Copy(f.locals[0]), ir.Copy(f.locals[2])), NO_SPAN)))),
                 "passes a f64 to parameter _0: Int of f", id="argument-type"),
    pytest.param(lambda: _leaky_eval(), "discards the [Int] that g returns (it would leak)", id="eval-discards-owned"),
    # errors
    pytest.param(lambda: _raising(with_err=False), "calls f, which raises, without an error local",
                 id="raising-call-without-error-local"),
    pytest.param(lambda: _raising(f_raises=False), "calls f, which does not raise, with an error local",
                 id="error-local-of-plain-call"),
    pytest.param(lambda: _raising(err_kind=BORROW), "the error of f goes to _3, which is no owned Error local",
                 id="error-local-kind"),
    pytest.param(lambda: _with("f", lambda f: (f.locals.append(E), setattr(f.blocks[0], "term", ir.Raise(ir.Move(E), NO_SPAN)))),
                 "fn f: bb0: `raise move _8`: raises an error out of a function that does not raise",
                 id="raise-out-of-plain-fn"),
    pytest.param(lambda: _raising(f_term=ir.Raise(ir.Move(S), NO_SPAN)), "raises a str, which is no Error",
                 id="raise-non-error"),
    # ownership
    pytest.param(lambda: _program([ir.Assign(S, ir.Intrinsic("str", (ir.Move(XS),), NO_SPAN))]),
                 "moves out of _1, a borrow local that owns nothing", id="move-out-of-borrow"),
    pytest.param(lambda: _program([ir.Drop(XS)]), "drops _1, a borrow local that owns nothing", id="drop-borrow"),
    pytest.param(lambda: _program([ir.Assign(REF_I, ir.Use(_c(1)))]),
                 "a ref local is written by an address (&place) and only a ref local is", id="ref-by-value"),
    pytest.param(lambda: _program([ir.Assign(I, ir.AddrOf(ir.Place(N, (), T.INT)))]),
                 "a ref local is written by an address", id="addr-into-value"),
    pytest.param(lambda: _program([ir.Assign(S, ir.Use(_c("a", T.STR))),
                                   ir.Assign(P, ir.Aggregate((_c(1), ir.Copy(S))))]),
                 "the aggregate takes ownership of a str but gets a copy of _4 (move it)",
                 id="aggregate-copies-owned"),
    pytest.param(lambda: _program([ir.Assign(ir.Local(7, "", T.INT, REF), ir.AddrOf(ir.Place(I, (), T.INT))),
                                   ir.Assign(S, ir.Intrinsic("str", (ir.Copy(N),), NO_SPAN)),
                                   ir.Assign(S, ir.Use(ir.Copy(S)))]),
                 "the assignment takes ownership of a str but gets a copy of _4", id="assign-copies-owned"),
    pytest.param(lambda: _program([ir.Assign(S, ir.Load(ir.Place(P, (ir.FieldProj(1),), T.STR)))]),
                 "loads a str into _4, an owning local, leaving two owners", id="load-into-owner"),
    pytest.param(lambda: _program([ir.Assign(XS, ir.Intrinsic("list.new", (), NO_SPAN, (0,)))]),
                 "reassigns _1, a borrowed parameter: the caller owns its value", id="reassign-borrowed-param"),
    pytest.param(lambda: _program([ir.Store(ir.Place(XS, (), LIST), ir.Move(G), NO_SPAN)]),
                 "overwrites a [Int] in the storage of _1, a borrow local", id="store-into-borrow"),
    pytest.param(lambda: _program([ir.Assign(S, ir.Use(_c("a", T.STR))), ir.Drop(S),
                                   ir.Assign(I, ir.Intrinsic("len", (ir.Copy(S),), NO_SPAN))]),
                 "fn f: bb0: `_3 = len(_4)`: _4 is used after drop(_4) in this block", id="use-after-drop"),
    # the program
    pytest.param(lambda: _with("ember_main", lambda f: setattr(f, "is_entry", False)),
                 "entry function 'ember_main' must be marked is_entry", id="entry-not-marked"),
]


def _raising(f_raises: bool = True, with_err: bool = True, err_kind: ir.LocalKind = OWNED,
             f_term: ir.Terminator | None = None) -> ir.Program:
    """`f` raises; `main` calls it with its error local _3 (valid as built)."""
    prog = _program([], f_term)
    f, main = prog.functions["f"], prog.functions["main"]
    f.raises = f_raises
    err = ir.Local(3, "", T.EXC, err_kind)
    main.locals.append(err)
    call = main.blocks[0].stmts[2]
    assert isinstance(call, ir.Assign) and isinstance(call.rv, ir.Call)
    main.blocks[0].stmts[2] = ir.Assign(call.dest, replace(call.rv, err=err if with_err else None))
    return prog


def test_raising_baseline_passes() -> None:
    assert verify(_raising()) == []
    assert verify(_raising(f_term=ir.Raise(ir.Move(E), NO_SPAN))) == ["fn f: bb0: `raise move _8`: _8 (temp: Error) "
                                                                     "is not a local of this function"]


def _leaky_eval() -> ir.Program:
    """`g` returns a new list; `main` calls it for effect and drops nothing."""
    prog = _program([])
    out = ir.Local(0, "", LIST, OWNED)
    prog.functions["g"] = ir.Function("g", (), LIST, [out], [ir.Block(0, [
        ir.Assign(out, ir.Intrinsic("list.new", (), NO_SPAN, (0,)))], ir.Return(ir.Move(out)))], NO_SPAN)
    prog.functions["main"].blocks[0].stmts.append(ir.Eval(ir.Call("g", (), NO_SPAN)))
    return prog


@pytest.mark.parametrize(("make", "message"), BROKEN)
def test_broken_mir_is_rejected(make: Callable[[], ir.Program], message: str) -> None:
    problems = verify(make())
    assert len(problems) == 1 and message in problems[0], problems


def test_reassigned_after_drop_is_fine() -> None:
    assert verify(_program([ir.Assign(S, ir.Use(_c("a", T.STR))), ir.Drop(S), ir.Drop(S),
                            ir.Assign(S, ir.Use(_c("b", T.STR))),
                            ir.Assign(I, ir.Intrinsic("len", (ir.Copy(S),), NO_SPAN))])) == []


def test_ensure_valid_raises_listing_every_problem() -> None:
    prog = _program([ir.Drop(XS), ir.Assign(I, ir.Use(_c(True, T.BOOL)))], ir.Goto(7))
    with pytest.raises(MirError) as info:
        ensure_valid(prog)
    assert len(info.value.problems) == 3
    assert str(info.value).startswith("invalid MIR (3 problems):\n  fn f: bb0: `drop(_1)`")


def test_a_verifier_failure_is_an_internal_error_of_phase_mir_verify(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ember.mir.build as build

    def broken_build(program: object) -> ir.Program:
        return _program([], ir.Goto(3))

    monkeypatch.setattr(build, "build", broken_build)
    src = tmp_path / "p.ember"
    src.write_text("print(1)\n")
    with pytest.raises(pipeline.InternalError) as info:
        pipeline.emit(Session(), src, "mir")
    assert info.value.phase == "mir-verify" and isinstance(info.value.cause, MirError)
    assert "jumps to bb3" in str(info.value)


SOURCES = sorted([*CORPUS.glob("*.py"), *(PROGRAMS / "basics").glob("*.ember"), *(PROGRAMS / "errors").glob("*.ember"),
                  *(REPO / "examples").glob("*.ember"), *SPEC.glob("*.ember"),
                  *(Path(__file__).parent / "golden").glob("*.ember")])


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_program_that_compiles_verifies(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ember.mir.build as build
    import ember.mir.verify as verify_module

    built: list[ir.Program] = []
    real_build = build.build
    monkeypatch.setattr(build, "build", lambda typed: built.append(real_build(typed)) or built[-1])
    monkeypatch.setattr(verify_module, "ensure_valid", lambda prog: prog)  # checked below
    session = Session()
    program = frontend.load(session, path)
    if program is None or frontend.mir_text(session, program) is None:
        pytest.skip("rejected by the parser or checker (not supported yet)")
    assert verify(built[-1]) == []


OPTIMIZED = sorted([*(PROGRAMS / "outer").glob("*.ember"), PROGRAMS / "parallel" / "rows.ember",
                    *(REPO / "benchmarks").glob("*/*.ember"), *(REPO / "examples").glob("*.ember")])


@pytest.mark.parametrize("path", OPTIMIZED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_loop_work_keeps_the_invariants(path: Path) -> None:
    """driver/frontend.py `optimize_mir` hands codegen MIR that still verifies: the copies
    mir/outer.py makes, the vector variants of mir/variants.py (mask `~`, not `not`), ..."""
    session = Session()
    program = frontend.load(session, path)
    assert program is not None, path
    mir = frontend._mir(session, program)
    assert mir is not None, path
    assert verify(frontend.optimize_mir(mir)) == []

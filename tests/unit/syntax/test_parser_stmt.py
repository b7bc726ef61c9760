"""Statements and declarations, Python's and Ember's."""
from __future__ import annotations

import pathlib
from typing import Callable

import pytest

from ember.syntax import ast

Parse = Callable[[str], ast.Module]
SPEC = pathlib.Path(__file__).resolve().parents[4] / "shared" / "spec"


@pytest.mark.parametrize("path", sorted(SPEC.rglob("*.ember")), ids=lambda p: p.name)
def test_spec_files_parse_cleanly(parse_ok: Parse, path: pathlib.Path) -> None:
    module = parse_ok(path.read_text())
    assert module.body


def one(parse_ok: Parse, code: str) -> ast.Stmt:
    module = parse_ok(code)
    assert len(module.body) == 1, module.body
    return module.body[0]


def test_assignments(parse_ok: Parse) -> None:
    m = parse_ok("a = b = c\na, b = b, a\nx: [f32] = []\nvar y = 1\nvar z: Int\nq **= 2\n")
    a, t, ann, v1, v2, aug = m.body
    assert isinstance(a, ast.Assign) and len(a.targets) == 2
    assert isinstance(t, ast.Assign) and isinstance(t.targets[0], ast.TupleExpr)
    assert isinstance(ann, ast.AnnAssign) and isinstance(ann.annotation, ast.ListType)
    assert not ann.is_var
    assert isinstance(v1, ast.AnnAssign) and v1.is_var and v1.annotation is None
    assert isinstance(v2, ast.AnnAssign) and v2.is_var and v2.value is None
    assert isinstance(aug, ast.AugAssign) and aug.op == "**"


def test_soft_keywords_are_names(parse_ok: Parse) -> None:
    m = parse_ok("read = 1\nout = read + var\nfn = 2\nstruct = fn\nparallel = alias\n"
                 "def f(out, var):\n    return out\n")
    assert len(m.body) == 6
    f = m.body[5]
    assert isinstance(f, ast.FnDef) and [p.convention for p in f.params] == [None, None]


def test_if_elif_else_and_spans(parse_ok: Parse) -> None:
    code = "if a:\n    b\nelif c:\n    d\nelse:\n    e\nz\n"
    m = parse_ok(code)
    s = m.body[0]
    assert isinstance(s, ast.If) and len(s.orelse) == 1
    elif_ = s.orelse[0]
    assert isinstance(elif_, ast.If) and isinstance(elif_.orelse[0], ast.ExprStmt)
    assert code[s.span.start:s.span.end] == code[:code.index("\nz")]
    assert code[elif_.span.start:elif_.span.end].startswith("elif c")


def test_loops(parse_ok: Parse) -> None:
    m = parse_ok("for i, x in enumerate(xs):\n    break\nelse:\n    pass\n"
                 "while x:\n    continue\nelse:\n    pass\n"
                 "parallel for t in batch:\n    pass\n")
    f, w, p = m.body
    assert isinstance(f, ast.For) and isinstance(f.target, ast.TupleExpr) and f.orelse
    assert isinstance(w, ast.While) and w.orelse
    assert isinstance(p, ast.For) and p.parallel and not p.comptime
    assert p.span.start == m.body[2].span.start


def test_comptime_forms(parse_ok: Parse) -> None:
    m = parse_ok("@parameter\nif a:\n    pass\n@parameter\nfor i in range(3):\n    pass\n"
                 "comptime if b:\n    pass\ncomptime for j in r:\n    pass\n"
                 "comptime N = 8\ncomptime M: Int = N * 2\nalias K = 3\n")
    i1, f1, i2, f2, c1, c2, c3 = m.body
    assert isinstance(i1, ast.If) and i1.comptime and i1.span.start == 0
    assert isinstance(f1, ast.For) and f1.comptime
    assert isinstance(i2, ast.If) and i2.comptime
    assert isinstance(f2, ast.For) and f2.comptime
    assert isinstance(c1, ast.Comptime) and c1.keyword == "comptime" and c1.annotation is None
    assert isinstance(c2, ast.Comptime) and isinstance(c2.annotation, ast.NamedType)
    assert isinstance(c3, ast.Comptime) and c3.keyword == "alias"


def test_simple_statements(parse_ok: Parse) -> None:
    m = parse_ok("return\nreturn a, b\nraise\nraise Error('x')\nassert a, 'm'\n"
                 "global g, h\npass; pass\n")
    kinds = [type(s).__name__ for s in m.body]
    assert kinds == ["Return", "Return", "Raise", "Raise", "Assert", "Global", "Pass", "Pass"]


def test_imports(parse_ok: Parse) -> None:
    m = parse_ok("import a\nimport a.b as c, d\nfrom a import b, c as d\nfrom m import *\n"
                 "from .x import (y,)\n")
    i1, i2, f1, f2, f3 = m.body
    assert isinstance(i1, ast.Import) and i1.names[0].name == "a"
    assert isinstance(i2, ast.Import) and i2.names[0] == ast.Alias("a.b", "c", i2.names[0].span)
    assert isinstance(f1, ast.ImportFrom) and [a.asname for a in f1.names] == [None, "d"]
    assert isinstance(f2, ast.ImportFrom) and f2.names[0].name == "*"
    assert isinstance(f3, ast.ImportFrom) and f3.module == ".x"


def test_try(parse_ok: Parse) -> None:
    s = one(parse_ok, "try:\n    a\nexcept ValueError as e:\n    b\nexcept e:\n    c\n"
            "except:\n    d\nelse:\n    f\nfinally:\n    g\n")
    assert isinstance(s, ast.Try) and len(s.handlers) == 3
    h1, h2, h3 = s.handlers
    assert h1.name == "e" and isinstance(h1.type, ast.Name)
    assert h2.name is None and isinstance(h2.type, ast.Name) and h2.type.id == "e"
    assert h3.type is None and s.orelse and s.finalbody


def test_fn_signature(parse_ok: Parse) -> None:
    code = ("fn name[N: Int, T: DType = f32](owned a: T, inout b: [f32], c: Int = 3) "
            "raises -> T:\n    return a\n")
    f = one(parse_ok, code)
    assert isinstance(f, ast.FnDef) and f.keyword == "fn" and f.raises
    assert [(p.name, p.convention) for p in f.params] == [("a", "owned"), ("b", "inout"),
                                                          ("c", None)]
    assert [tp.name for tp in f.type_params] == ["N", "T"]
    assert isinstance(f.type_params[1].default, ast.Name)
    assert isinstance(f.params[2].default, ast.IntLit)
    assert isinstance(f.returns, ast.NamedType) and f.returns.name == "T"
    assert code[f.name_span.start:f.name_span.end] == "name"
    assert code[f.span.start:f.span.end] == code.rstrip("\n")


def test_def_with_decorators_and_conventions(parse_ok: Parse) -> None:
    f = one(parse_ok, "@ember.jit\n@staticmethod\ndef f(self, read x, mut y, out z, "
            "borrowed w, var v, k=1): return x\n")
    assert isinstance(f, ast.FnDef) and f.keyword == "def" and len(f.decorators) == 2
    assert isinstance(f.decorators[0], ast.Attribute) and f.span.start == 0
    assert [p.convention for p in f.params] == [None, "read", "mut", "out", "borrowed",
                                                "var", None]
    assert f.params[0].annotation is None


def test_struct(parse_ok: Parse) -> None:
    s = one(parse_ok, "struct Matrix[rows: Int, cols: Int]:\n    '''doc'''\n"
            "    data: [f32]\n    n: Int = 0\n    var m: f64\n    comptime K = 2\n"
            "    alias J = 3\n    fn __init__(out self, n: Int):\n        self.n = n\n"
            "    def get(self): return self.n\n")
    assert isinstance(s, ast.StructDef) and s.keyword == "struct"
    assert [f.name for f in s.fields] == ["data", "n", "m"]
    assert isinstance(s.fields[1].default, ast.IntLit)
    assert [m.name for m in s.methods] == ["__init__", "get"]
    assert [type(o).__name__ for o in s.others] == ["ExprStmt", "Comptime", "Comptime"]
    assert [tp.name for tp in s.type_params] == ["rows", "cols"]


def test_python_class(parse_ok: Parse) -> None:
    s = one(parse_ok, "@dataclass\nclass P:\n    x: int\n    y: float = 0.0\n    z = 3\n"
            "    def norm(self) -> float:\n        return self.x\n")
    assert isinstance(s, ast.StructDef) and s.keyword == "class" and len(s.decorators) == 1
    assert [f.name for f in s.fields] == ["x", "y"] and len(s.methods) == 1
    assert isinstance(s.others[0], ast.Assign)


def test_type_expressions(parse_ok: Parse) -> None:
    m = parse_ok("a: Int\nb: [T; N]\nc: [[f32]]\nd: List[T]\ne: tuple[Int, f32]\n"
                 "f: (Int, f32)\ng: SIMD[f32, 8]\nh: Matrix[4, 4]\ni: None\nj: mod.T\n")
    types = [s.annotation for s in m.body if isinstance(s, ast.AnnAssign)]
    a, b, c, d, e, f, g, h, i, j = types
    assert isinstance(a, ast.NamedType) and a.args == ()
    assert isinstance(b, ast.ArrayType) and isinstance(b.size, ast.Name)
    assert isinstance(c, ast.ListType) and isinstance(c.elem, ast.ListType)
    assert isinstance(d, ast.NamedType) and isinstance(d.args[0], ast.NamedType)
    assert isinstance(e, ast.NamedType) and len(e.args) == 2
    assert isinstance(f, ast.TupleType) and len(f.elems) == 2
    assert isinstance(g, ast.NamedType) and isinstance(g.args[1], ast.IntLit)
    assert isinstance(h, ast.NamedType) and all(isinstance(x, ast.IntLit) for x in h.args)
    assert isinstance(i, ast.NamedType) and i.name == "None"
    assert isinstance(j, ast.NamedType) and j.name == "mod.T"

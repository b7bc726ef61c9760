"""Random well-typed unannotated Python programs for the differential fuzz
(test_untyped_fuzz.py). See that module's docstring."""
from __future__ import annotations

import random

INT, FLOAT, BOOL, STR, LIST, TUP = "int", "float", "bool", "str", "list", "tuple"
NUM = "num"  # an int or a float, as the values say (`0 if c else 0.5`, `max(3, 2.5)`: check/numbers.py)
TYPES = (INT, FLOAT, BOOL, STR, LIST, TUP, NUM)
MOD = 1000003  # keeps every int far below 2**62


class Gen:
    """Builds one function at a time; `funcs` holds (name, param types, result type)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.funcs: list[tuple[str, tuple[str, ...], str]] = []
        self.scope: dict[str, str] = {}
        self.fresh = 0
        self.loops = 0

    def name(self, prefix: str) -> str:
        """A name no other has: `prefix` and the next number."""
        self.fresh += 1
        return f"{prefix}{self.fresh - 1}"

    # -- expressions -----------------------------------------------------------------
    def var(self, t: str) -> str | None:
        names = [n for n, vt in self.scope.items() if vt == t]
        return self.rng.choice(names) if names else None

    def lit(self, t: str) -> str:
        r = self.rng
        if t == INT:
            return str(r.randint(-50, 200))
        if t == FLOAT:
            return r.choice(["0.5", "1.25", "2.0", "-3.75", "0.1", "10.0", "1e3", "0.0", "7.5"])
        if t == BOOL:
            return r.choice(["True", "False"])
        if t == STR:
            return repr(r.choice(["", "a", "ab", "hello", "Ember", "x y z", "123", "MiXeD"]))
        if t == NUM:
            return self.lit(r.choice([INT, FLOAT]))
        if t == LIST:
            return "[" + ", ".join(str(r.randint(-20, 20)) for _ in range(r.randint(1, 5))) + "]"
        return f"({self.lit(INT)}, {self.lit(STR)})"

    def expr(self, t: str, depth: int = 0) -> str:
        r = self.rng
        if depth >= 3 or r.random() < 0.3:
            v = self.var(t)
            return v if v is not None and r.random() < 0.7 else self.lit(t)
        d = depth + 1
        e = self.expr
        if t == INT:
            k = r.randrange(17)
            if k >= 14:  # generator expressions (taken lazily) and bools as the ints 0 and 1
                x = self.name("v")
                if k == 14:
                    return f"sum({x} > {r.randint(-5, 5)} for {x} in {e(LIST, d)})"
                if k == 15:
                    return f"sum({x} * {x} for {x} in {e(LIST, d)} if {x} != {r.randint(-5, 5)})"
                return f"({e(BOOL, d)} + {e(BOOL, d)} * {e(INT, d)})"
            if k == 0:
                return f"({e(INT, d)} + {e(INT, d)})"
            if k == 1:
                return f"({e(INT, d)} - {e(INT, d)})"
            if k == 2:
                return f"({e(INT, d)} * {e(INT, d)} % {r.choice([7, 97, 10007])})"
            if k == 3:
                return f"({e(INT, d)} // (abs({e(INT, d)}) + 1))"
            if k == 4:
                return f"({e(INT, d)} % {r.choice([3, 10, -7, 1000])})"
            if k == 5:
                return f"len({e(r.choice([STR, LIST]), d)})"
            if k == 6:
                return f"sum({e(LIST, d)})"
            if k == 7:
                return f"({e(INT, d)} if {e(BOOL, d)} else {e(INT, d)})"
            if k == 8:
                return f"{e(TUP, d)}[0]"
            if k == 9:
                return f"int({e(FLOAT, d)} % 1000.0)" if r.random() < 0.7 else f"round({e(NUM, d)})"
            if k == 10:
                return f"max({e(INT, d)}, {e(INT, d)})"
            if k == 11:
                return f"(({e(INT, d)} & 255) {r.choice(['|', '^', '&'])} ({e(INT, d)} >> {r.randint(0, 3)}))"
            if k == 12:
                lst = e(LIST, d)
                return f"({lst} + [7])[{e(INT, d)} % (len({lst}) + 1)]"
            return self.call(INT, d) or self.lit(INT)
        if t == FLOAT:
            k = r.randrange(8)
            if k == 0:
                return f"({e(FLOAT, d)} + {e(FLOAT, d)})"
            if k == 1:
                return f"({e(FLOAT, d)} - {e(FLOAT, d)})"
            if k == 2:
                return f"({e(FLOAT, d)} * {r.choice(['0.5', '2.0', '1.5', '-1.0'])})"
            if k == 3:
                return f"({e(FLOAT, d)} / (abs({e(FLOAT, d)}) + 1.0))"
            if k == 4:
                return f"float({e(INT, d)})"
            if k == 5:
                return f"({e(INT, d)} / {r.choice(['4', '8', '3', '-5'])})"
            if k == 6:
                return f"min({e(FLOAT, d)}, {e(FLOAT, d)})"
            if k == 7 and r.random() < 0.5:
                return r.choice([f"({e(NUM, d)} / 4)", f"float({e(NUM, d)})", f"({e(NUM, d)} + {e(FLOAT, d)})"])
            return self.call(FLOAT, d) or self.lit(FLOAT)
        if t == NUM:
            k = r.randrange(11)
            if k == 0:
                return f"({e(INT, d)} if {e(BOOL, d)} else {e(FLOAT, d)})"
            if k == 1:
                return f"({e(FLOAT, d)} if {e(BOOL, d)} else {e(INT, d)})"
            if k == 2:
                return f"{r.choice(['max', 'min'])}({e(r.choice([INT, NUM]), d)}, {e(r.choice([FLOAT, NUM]), d)})"
            if k == 3:
                return f"({e(NUM, d)} {r.choice(['+', '-'])} {e(r.choice([INT, NUM]), d)})"
            if k == 4:
                return f"({e(NUM, d)} * {r.choice(['2', '-1', '3'])})"
            if k == 5:
                return f"({e(NUM, d)} // {r.choice(['2', '3', '-4'])})"
            if k == 6:
                return f"({e(NUM, d)} % {r.choice(['7', '10', '-3'])})"
            if k == 7:
                return f"abs({e(NUM, d)})" if r.random() < 0.5 else f"(-{e(NUM, d)})"
            if k == 8:
                return f"round({e(NUM, d)}, {r.randint(0, 2)})"
            return self.call(NUM, d) or self.lit(NUM)
        if t == BOOL:
            k = r.randrange(10)
            if k == 9:  # a subset test
                return f"(set({e(LIST, d)}) {r.choice(['<=', '<', '==', '>='])} set({e(LIST, d)}))"
            if k >= 7:  # stops at the first item that decides: later calls (which may print) never run
                x = self.name("v")
                test = self.call(BOOL, d) if r.random() < 0.5 else None
                test = f"({test} or {x} > {r.randint(-5, 5)})" if test else f"{x} > {r.randint(-5, 5)}"
                return f"{'any' if k == 7 else 'all'}({test} for {x} in {e(LIST, d)})"
            if k == 0:
                ct = r.choice([INT, FLOAT, STR, NUM])
                return f"({e(ct, d)} {r.choice(['<', '<=', '==', '!=', '>', '>='])} {e(ct, d)})"
            if k == 1:
                return f"({e(BOOL, d)} {r.choice(['and', 'or'])} {e(BOOL, d)})"
            if k == 2:
                return f"(not {e(BOOL, d)})"
            if k == 3:
                return f"({e(INT, d)} in {e(LIST, d)})"
            if k == 4:
                return f"({e(STR, d)} in {e(STR, d)})"
            if k == 5:
                return f"({e(LIST, d)} == {e(LIST, d)})"
            return self.call(BOOL, d) or self.lit(BOOL)
        if t == STR:
            k = r.randrange(10)
            if k >= 8:  # a set printed: its order is CPython's
                if k == 8:
                    return f"str(set({e(LIST, d)}))"
                return f"str(set({e(LIST, d)}) {r.choice(['|', '&', '-', '^'])} set({e(LIST, d)}))"
            if k == 0:
                return f"({e(STR, d)} + {e(STR, d)})"
            if k == 1:
                return f"str({e(r.choice([INT, BOOL, FLOAT, NUM]), d)})"
            if k == 2:
                return f"{e(STR, d)}[{r.randint(0, 3)}:{r.randint(0, 6)}]"
            if k == 3:
                return f"{e(STR, d)}.{r.choice(['upper', 'lower', 'strip'])}()"
            if k == 4:
                return f"({e(STR, d)} * {r.randint(0, 3)})"
            if k == 5:
                return f'f"<{{{e(r.choice([INT, NUM]), 3)}}}|{{{e(STR, 3)}}}>"'
            if k == 6:
                return f"{e(TUP, d)}[1]"
            return self.call(STR, d) or self.lit(STR)
        if t == LIST:
            k = r.randrange(8)
            x = self.name("v")
            if k == 6:
                return f"sorted({{{x} % 7 for {x} in {e(LIST, d)}}})"
            if k == 7:  # in the set's order
                return f"list(set({e(LIST, d)}) | {{{r.randint(-9, 9)}, {r.randint(-9, 9)}, -1, -2}})"
            if k == 0:
                return f"[{x} * {r.randint(-3, 3)} for {x} in {e(LIST, d)}]"
            if k == 1:
                return f"[{x} for {x} in {e(LIST, d)} if {x} {r.choice(['<', '>', '!='])} {r.randint(-5, 5)}]"
            if k == 2:
                return f"({e(LIST, d)} + {e(LIST, d)})"
            if k == 3:
                return f"{e(LIST, d)}[{r.randint(0, 2)}:{r.randint(1, 6)}]"
            if k == 4:
                return f"sorted({e(LIST, d)})"
            return f"[{x} % 100 for {x} in range({r.randint(0, 6)})]"
        k = r.randrange(3)
        if k == 0:
            return f"({e(INT, d)}, {e(STR, d)})"
        return self.call(TUP, d) or self.lit(TUP)

    def call(self, t: str, depth: int) -> str | None:
        cands = [f for f in self.funcs if f[2] == t]
        if not cands or depth > 2:
            return None
        name, params, _ = self.rng.choice(cands)
        args = ', '.join(self.expr(p, 3) if p != LIST else self.lit(LIST) for p in params)
        same = [f[0] for f in cands if f[1] == params and f[0] != name]
        r = self.rng.random()
        if same and r < 0.2:  # through a function value (sema/fnvalues.py): a list, a dict, a conditional
            other = self.rng.choice(same)
            callee = self.rng.choice([f"[{name}, {other}][{self.rng.randint(0, 1)}]",
                                      f"{{'a': {name}, 'b': {other}}}['{self.rng.choice('ab')}']",
                                      f"({name} if {self.expr(BOOL, 3)} else {other})"])
            return f"{callee}({args})"
        return f"{name}({args})"

    # -- statements ------------------------------------------------------------------
    def stmts(self, indent: str, n: int, depth: int) -> list[str]:
        out: list[str] = []
        for _ in range(n):
            out += self.stmt(indent, depth)
        return out

    def stmt(self, indent: str, depth: int) -> list[str]:
        r = self.rng
        k = r.randrange(9 if depth < 2 else 4)
        if k == 8:
            return self.empty_list(indent)
        if k <= 1:
            t = r.choice(TYPES)
            old = [n for n, vt in self.scope.items() if vt == t and n.startswith("l")]
            if old and r.random() < 0.4:
                name = r.choice(old)
            else:
                name = self.name("l")
            value = self.expr(t)
            if t == NUM and name not in old and r.random() < 0.3:
                value = self.lit(INT)  # an int now, a float once an update below makes it one
            if t in (INT, NUM):
                value = f"({value}) % {MOD}"
            if t in (STR, LIST) and name in old:
                value = f"({value})[:64]"  # `s = s + s` in nested loops grew to 2**25 characters
            elif t == LIST and value.isidentifier():
                value += "[:]"  # a fresh list: Python's aliasing of `ys = xs` is not modelled
            self.scope[name] = t
            return [f"{indent}{name} = {value}"]
        if k == 2:
            ints = [n for n, vt in self.scope.items() if vt == INT and not n.startswith("i")]  # not a loop counter
            if ints:
                v = r.choice(ints)
                return [f"{indent}{v} = ({v} {r.choice(['+', '-', '*'])} {self.expr(INT, 1)}) % {MOD}"]
            nums = [n for n, vt in self.scope.items() if vt == NUM]
            if nums and r.random() < 0.5:
                v = r.choice(nums)
                return [f"{indent}{v} = ({v} {r.choice(['+', '-'])} {self.expr(r.choice([FLOAT, NUM, INT]), 1)}) % {MOD}"]
            strs = [n for n, vt in self.scope.items() if vt == STR]
            if strs:
                v = r.choice(strs)
                return [f"{indent}{v} += {self.expr(STR, 2)}[:3]"]
            return [f"{indent}pass"]
        if k == 3:
            lists = [n for n, vt in self.scope.items() if vt == LIST]
            if lists:
                v = r.choice(lists)
                if r.random() < 0.5:
                    return [f"{indent}{v}.append({self.expr(INT, 1)} % 1000)"]
                return [f"{indent}if len({v}) > 0:",
                        f"{indent}    {v}[{self.expr(INT, 2)} % len({v})] = {self.expr(INT, 2)} % 1000"]
            return [f"{indent}pass"]
        if k in (4, 5):
            test = self.expr(BOOL)
            if r.random() < 0.2:  # `:=` first in the test: bound before the `if`, on both sides
                w = self.name("w")
                test = f"({w} := {self.expr(INT, 1)} % {MOD}) > {r.randint(-50, 50)}"
                self.scope[w] = INT
            # new names bound inside a block stay block-local in the generator's model
            saved = dict(self.scope)
            out = [f"{indent}if {test}:"] + self.stmts(indent + "    ", r.randint(1, 3), depth + 1)
            self.scope = dict(saved)
            if r.random() < 0.5:
                out += [f"{indent}else:"] + self.stmts(indent + "    ", r.randint(1, 2), depth + 1)
                self.scope = saved
            return out
        saved = dict(self.scope)
        i = self.name("i")
        if k == 6:
            self.scope[i] = INT
            out = [f"{indent}for {i} in range({r.randint(0, 6)}):"] + self.stmts(indent + "    ", r.randint(1, 3), depth + 1)
        else:
            out = [f"{indent}{i} = 0", f"{indent}while {i} < {r.randint(0, 5)}:", f"{indent}    {i} += 1"]
            self.scope[i] = INT
            out += self.stmts(indent + "    ", r.randint(1, 2), depth + 1)
        self.scope = saved
        return out

    def empty_list(self, indent: str) -> list[str]:
        """`xs = []` typed by a later use (LANGUAGE.md 2): appends in a loop or under a
        condition, `+=`, element lists and tuples, or never filled; then a value of a
        known type made from it (a list of ints, a str, a float, an int)."""
        r = self.rng
        xs, i = self.name("e"), self.name("i")
        n = r.randint(0, 5)
        self.scope[i] = INT
        kind = r.randrange(8)
        if kind == 0:  # ints, appended in a loop
            body = [f"{indent}    {xs}.append({self.expr(INT, 1)} % 1000)"]
            use, t = f"{xs}", LIST
        elif kind == 1:  # ints, appended under a condition
            body = [f"{indent}    if {self.expr(BOOL, 2)}:", f"{indent}        {xs}.append({i} * {r.randint(-3, 3)})"]
            use, t = f"{xs}", LIST
        elif kind == 2:  # `+=` of a display
            body = [f"{indent}    {xs} += [{self.expr(INT, 2)} % 100, {i}]"]
            use, t = f"{xs}", LIST
        elif kind == 3:  # strs, joined
            body = [f"{indent}    {xs}.append({self.expr(STR, 2)}[:2])"]
            use, t = f"'-'.join({xs})", STR
        elif kind == 4:  # floats (`+ 0.0`: Python's `sum([])` is an int `0`)
            body = [f"{indent}    {xs}.append({self.expr(FLOAT, 2)})"]
            use, t = f"(sum({xs}) + 0.0)", FLOAT
        elif kind == 5:  # lists of ints, filled through an index
            body = [f"{indent}    {xs}.append([])", f"{indent}    {xs}[{i}].append({self.expr(INT, 2)} % 100)",
                    f"{indent}    {xs}[0].append({i})"]
            use, t = f"[len(row) + sum(row) for row in {xs}]", LIST
        elif kind == 6:  # (int, str) tuples
            body = [f"{indent}    {xs}.append(({i}, {self.expr(STR, 2)}))"]
            use, t = f"[p[0] * 2 for p in {xs}]", LIST
        else:  # never filled, only read: always empty, whatever its type (Python's `sum([])` is `0`)
            body = [f"{indent}    print({i}, {xs}, len({xs}), sum({xs}), {xs} == [])"]
            use, t = f"(len({xs}) + sum({xs}))", INT
        del self.scope[i]
        out = [f"{indent}{xs} = []", f"{indent}for {i} in range({n}):", *body]
        if kind != 5 and r.random() < 0.3:  # a use that needs the type before the first append decides it
            out.insert(1, f"{indent}print({xs!r}, len({xs}), {xs} == [])")
        name = self.name("l")
        self.scope[name] = t
        return out + [f"{indent}{name} = {use}"]

    def function(self) -> tuple[list[str], str, tuple[str, ...], str]:
        r = self.rng
        idx = len(self.funcs)
        name = f"f{idx}"
        params = tuple(r.choice(TYPES) for _ in range(r.randint(0, 3)))
        self.scope = {f"p{i}": t for i, t in enumerate(params)}
        ret = r.choice(TYPES)
        body = self.stmts("    ", r.randint(1, 5), 0)
        # an argument rebound with a new type stays out of the model: only fresh names do
        result = self.expr(ret)
        lines = [f"def {name}({', '.join(f'p{i}' for i in range(len(params)))}):", *body, f"    return {result}"]
        return lines, name, params, ret


def program(rng: random.Random, count: int) -> tuple[str, list[tuple[int, str]]]:
    """A program of `count` functions, each called and its result printed from `main`;
    and, per function, (first line, its source) to show a failing one."""
    g = Gen(rng)
    lines: list[str] = []
    spans: list[tuple[int, str]] = []
    calls: list[str] = []
    for _ in range(count):
        fn, name, params, ret = g.function()
        spans.append((len(lines), "\n".join(fn)))
        lines += fn + ["", ""]
        g.scope = {}
        args = []
        pre = []
        for i, p in enumerate(params):
            a = g.lit(p) if p != LIST else f"a{name}_{i}"
            if p == LIST:
                pre.append(f"    {a} = {g.lit(LIST)}")
            args.append(a)
        calls += pre + [f"    print({name!r}, {name}({', '.join(args)}))"]
        calls += [f"    print({a!r}, {a})" for a in args if a.startswith("a")]
        g.funcs.append((name, params, ret))
    lines += ["def main():", *calls, "", "", "main()", ""]
    return "\n".join(lines), spans

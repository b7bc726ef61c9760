"""Differential fuzz of names reused for values of other types (sema/webs.py): random
`def`s over three names given ints, strs and lists in branches, `for` and `while` loops
(the names as loop targets too), `break`, `continue`, early `return`s and `try` bodies
that raise, values from a call that raises for some arguments, every read a `repr` (which any
type takes, so CPython runs them all). Ember
either prints exactly what CPython prints or rejects the program for a name that changes
type where a read may see two of its values (or for a list used after it moved); it
never compiles a read to the wrong one of a name's variables (a web split where a path
joins it)."""
from __future__ import annotations

import random
from pathlib import Path

from ember_testing import fail, one_random_seed, output_diff, run_ember

NAMES = "abc"
# what Ember may reject the program for: a type change a read sees, or (`c = b` of a list,
# then `b` read) a use after a move, where Python aliases (LANGUAGE.md §5)
REJECTIONS = ("cannot now hold", "would change the type", "mismatched types", "cannot concatenate",
              "has no method", "cannot add", "unsupported operand", "expected `", "use of moved value")


def _value(r: random.Random) -> str:
    return r.choice([str(r.randint(-9, 99)), repr(r.choice(["x", "yz", ""])), f"[{r.randint(0, 9)}]",
                     r.choice(NAMES), f"conv({r.choice(NAMES)}, n, {r.randint(0, 3)})"])


def _block(r: random.Random, depth: int, loops: int, pad: str, out: list[str]) -> None:
    for _ in range(r.randint(1, 4)):
        _stmt(r, depth, loops, pad, out)


def _stmt(r: random.Random, depth: int, loops: int, pad: str, out: list[str]) -> None:
    v = r.choice(NAMES)
    kinds = ["assign"] * 5 + ["aug", "read", "read", "read"]
    if depth < 3:
        kinds += ["if", "if", "for", "for_name", "while", "try"]
    if loops:
        kinds += ["break", "continue"]
    if depth:
        kinds += ["return"]
    match r.choice(kinds):
        case "assign":
            out.append(f"{pad}{v} = {_value(r)}")
        case "aug":
            out.append(f"{pad}{v} += {v}")
        case "read":
            out.append(f"{pad}print({v!r}, repr({v}))")
        case "if":
            out.append(f"{pad}if n % {r.randint(2, 4)} == {r.randint(0, 1)}:")
            _block(r, depth + 1, loops, pad + "    ", out)
            if r.random() < 0.5:
                out.append(f"{pad}else:")
                _block(r, depth + 1, loops, pad + "    ", out)
        case "for":
            i = f"i{depth}"
            out.append(f"{pad}for {i} in range({r.randint(0, 3)}):")
            _block(r, depth + 1, loops + 1, pad + "    ", out)
        case "for_name":
            items = r.choice(["[1, 2]", "['p', 'q']", "[]", "[[3]]"])
            out.append(f"{pad}for {v} in {items}:")
            _block(r, depth + 1, loops + 1, pad + "    ", out)
        case "while":
            w = f"w{depth}"
            out.append(f"{pad}{w} = 0")
            out.append(f"{pad}while {w} < {r.randint(0, 3)}:")
            out.append(f"{pad}    {w} += 1")
            _block(r, depth + 1, loops + 1, pad + "    ", out)
        case "try":
            out.append(f"{pad}try:")
            _block(r, depth + 1, loops, pad + "    ", out)
            out.append(f"{pad}    if n > {r.randint(0, 3)}:")
            out.append(f"{pad}        raise ValueError('v')")
            _block(r, depth + 1, loops, pad + "    ", out)
            out.append(f"{pad}except ValueError:")
            _block(r, depth + 1, loops, pad + "    ", out)
        case "break":
            out.append(f"{pad}if n % 2 == {r.randint(0, 1)}:")
            out.append(f"{pad}    break")
        case "continue":
            out.append(f"{pad}if n % 3 == {r.randint(0, 2)}:")
            out.append(f"{pad}    continue")
        case "return":
            out.append(f"{pad}if n == {r.randint(0, 3)}:")
            out.append(f"{pad}    return repr({v})")


def _program(r: random.Random) -> str:
    out = ["def conv(x, n, k):", "    if n > k:", "        raise ValueError('conv')", "    return x", "",
           "def f(n):"] + [f"    {v} = {r.randint(0, 9)}" for v in NAMES]
    _block(r, 0, 0, "    ", out)
    out.append(f"    return repr({r.choice(NAMES)})")
    out.append("")
    out.append("for n in range(4):")
    out.append("    try:")
    out.append("        print(f(n))")
    out.append("    except ValueError:")
    out.append("        print('raised')")
    return "\n".join(out) + "\n"


@one_random_seed
def test_reused_names_run_as_cpython_or_are_rejected(seed: int, tmp_path: Path) -> None:
    import contextlib
    import io

    r = random.Random(seed)
    for k in range(6):
        text = _program(r)
        src = tmp_path / f"webs{k}.py"
        src.write_text(text)
        oracle = io.StringIO()
        with contextlib.redirect_stdout(oracle):
            exec(compile(text, str(src), "exec"), {"__name__": "__main__"})  # noqa: S102 - the test's own program
        result = run_ember(["run", src.name], tmp_path)
        if result.returncode == 0 and result.stdout == oracle.getvalue():
            continue
        rejected = result.returncode != 0 and not result.stdout and "error:" in result.stderr \
            and "internal compiler error" not in result.stderr and any(m in result.stderr for m in REJECTIONS)
        if not rejected:
            fail(src, f"seed {seed}, program {k}: differs from CPython\n" + output_diff(oracle.getvalue(), result.stdout),
                 result)

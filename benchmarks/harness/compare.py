"""Compare program outputs: text exactly, numbers within a relative tolerance."""
from __future__ import annotations

COMPUTE_PREFIX = "compute_s "


def split_output(stdout: str) -> tuple[str, float | None]:
    """The result lines, and the program's own `compute_s` timing if it printed one."""
    keep: list[str] = []
    inproc = None
    for line in stdout.splitlines():
        if line.startswith(COMPUTE_PREFIX):
            inproc = float(line[len(COMPUTE_PREFIX):])
        else:
            keep.append(line.rstrip())
    return "\n".join(keep), inproc


def _same_token(a: str, b: str, rel_tol: float) -> bool:
    if a == b:
        return True
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return abs(x - y) <= rel_tol * max(abs(x), abs(y))


def difference(expected: str, got: str, rel_tol: float) -> str | None:
    """None when `got` matches `expected`, else a short description of the first
    differing line (tokens that parse as numbers compare within `rel_tol`)."""
    exp_lines, got_lines = expected.splitlines(), got.splitlines()
    if len(exp_lines) != len(got_lines):
        return f"{len(got_lines)} result lines, expected {len(exp_lines)}"
    for n, (e, g) in enumerate(zip(exp_lines, got_lines), 1):
        et, gt = e.split(), g.split()
        if len(et) != len(gt) or not all(_same_token(a, b, rel_tol) for a, b in zip(et, gt)):
            return f"line {n}: {g!r}, expected {e!r}"
    return None

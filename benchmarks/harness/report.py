"""Format results as Markdown tables, so the output can be pasted into the README."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from harness.measure import Failed, Measured
from harness.tools import Unavailable


@dataclass(frozen=True, slots=True)
class Row:
    bench: str
    impl: str
    result: Measured | Unavailable | Failed
    note: str = ""


def seconds(t: float | None) -> str:
    if t is None:
        return ""
    return f"{t:.3f}" if t < 10 else f"{t:.1f}"


def _ratios(r: Measured, ref: Measured | Unavailable | Failed | None) -> tuple[str, str]:
    """(wall, cpu) ratio of `r` over `ref`, blank when `ref` has no time."""
    if not isinstance(ref, Measured):
        return "", ""
    return f"{r.wall / ref.wall:.2f}x", f"{r.cpu / ref.cpu:.2f}x" if ref.cpu > 0 else ""


def table(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(row[i]) for row in body)) for i, h in enumerate(header)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in body]
    return "\n".join(lines)


def results_table(rows: Sequence[Row], c_label: str, ember_label: str) -> str:
    """Ratios are this implementation's best time over C's and Ember's (ember build)
    on the same benchmark, above 1 meaning slower: by wall clock, and by CPU time,
    which a busy machine inflates less (wall counts the time a process waits for a
    core)."""
    refs = {(r.bench, r.impl): r.result for r in rows}
    body = []
    for r in rows:
        res = r.result
        match res:
            case Measured():
                wall_c, cpu_c = _ratios(res, refs.get((r.bench, c_label)))
                wall_e, cpu_e = _ratios(res, refs.get((r.bench, ember_label)))
                cells = [seconds(res.wall), seconds(res.cpu), seconds(res.inproc),
                         wall_c, wall_e, cpu_c, cpu_e, str(res.runs)]
            case Unavailable(reason=why):
                cells = [f"n/a ({why})"] + [""] * 7
            case Failed(reason=why):
                cells = [f"FAILED ({why})"] + [""] * 7
        body.append([r.bench, r.impl, *cells, r.note])
    header = ["benchmark", "implementation", "best wall s", "cpu s", "in-process s",
              "wall vs C", "wall vs Ember", "cpu vs C", "cpu vs Ember", "runs", "notes"]
    return table(header, body)

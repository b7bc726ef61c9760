"""`--chart FILE.png`: the results table as a bar chart, with matplotlib if it is installed
(the optional extra `bench`: `pip install -e '.[bench]'`)."""
from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

from harness.report import Row, ratio

NO_MATPLOTLIB = ("--chart: matplotlib is not installed, so no chart was written "
                 "(pip install matplotlib, or pip install -e '.[bench]')")


def write_chart(rows: Sequence[Row], path: Path, c_label: str, title: str) -> str:
    """Draw each implementation's median kernel time over C's, per benchmark, on a log
    scale (below 1 is faster than C); return what was done, for the user."""
    if importlib.util.find_spec("matplotlib") is None:
        return NO_MATPLOTLIB
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    refs = {(r.bench, r.impl): r for r in rows}
    benches = list(dict.fromkeys(r.bench for r in rows))
    impls = [i for i in dict.fromkeys(r.impl for r in rows)
             if any(ratio(r, refs.get((r.bench, c_label))) for r in rows if r.impl == i)]
    if not impls:
        return "--chart: no implementation has a time to compare with C's; no chart written"
    width = 0.8 / len(impls)
    fig, ax = plt.subplots(figsize=(max(10.0, 1.2 * len(benches) + 6), 6))
    for k, impl in enumerate(impls):
        xs, ys = [], []
        for b, bench in enumerate(benches):
            x = ratio(refs[(bench, impl)], refs.get((bench, c_label))) if (bench, impl) in refs else None
            if x is not None:
                xs.append(b + (k - (len(impls) - 1) / 2) * width)
                ys.append(x)
        hatch = "//" if impl.startswith("parallel") else None
        ax.bar(xs, ys, width, label=impl, hatch=hatch)
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.set_yscale("log")
    ax.set_xticks(range(len(benches)), benches, rotation=30, ha="right")
    ax.set_ylabel("median in-process time / C's (log scale; below 1 is faster than C)")
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return f"chart written to {path}"

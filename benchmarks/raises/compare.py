"""What `raises` costs in a hot loop (LANGUAGE.md 8; issue 5 asks for within 5%).

Builds `raises.ember` and the same program without `raises` (each `raise` line becomes
`return -1`, the hot paths are the same) with `ember build`, runs the two executables
alternately, and prints the best in-process time of each kernel and their ratio:

    python benchmarks/raises/compare.py [RUNS]      # default 7

`EMBER_BENCH_EMBER` replaces the Ember command, as for benchmarks/run.py.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def plain(source: str) -> str:
    source = source.replace(") raises -> Int:", ") -> Int:")
    return re.sub(r"^( *)raise .*$", r"\1return -1", source, flags=re.M)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    ember = shlex.split(os.environ.get("EMBER_BENCH_EMBER", "")) or [sys.executable, "-m", "ember"]
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", str(REPO))} \
        if "EMBER_BENCH_EMBER" not in os.environ else dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="ember-raises-") as tmp:
        exes = {}
        for name, text in (("raises", (HERE / "raises.ember").read_text()),
                           ("plain", plain((HERE / "raises.ember").read_text()))):
            src = Path(tmp, f"{name}.ember")
            src.write_text(text)
            exes[name] = Path(tmp, name)
            subprocess.run([*ember, "build", str(src), "-o", str(exes[name])], check=True, env=env, cwd=tmp)
        best: dict[tuple[str, str], float] = {}
        outputs = {}
        for _ in range(runs):
            for name, exe in exes.items():
                out = subprocess.run([str(exe)], check=True, capture_output=True, text=True).stdout
                outputs[name] = [line for line in out.splitlines() if not line.endswith("_s") and "_s " not in line]
                for kernel, secs in re.findall(r"^(\w+)_s (\S+)$", out, flags=re.M):
                    best[name, kernel] = min(best.get((name, kernel), float("inf")), float(secs))
    if outputs["raises"] != outputs["plain"]:
        sys.exit(f"the two programs print different results: {outputs}")
    print(f"best of {runs} runs, in-process seconds")
    print("| kernel | with raises | without | ratio |")
    print("|---|---|---|---|")
    for kernel in sorted({k for _, k in best}):
        r, p = best["raises", kernel], best["plain", kernel]
        print(f"| {kernel} | {r:.3f} | {p:.3f} | {r / p:.2f}x |")


if __name__ == "__main__":
    main()

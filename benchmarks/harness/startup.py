"""`ember run` latency on a ~100-line program: cold (empty cache; and the program not
cached but the runtime's pieces are, as for any program after the first) and warm.

The goals are the project's: 1 s cold, 0.3 s warm. Interpreter start and `ember
--version` are shown beside them because they bound what any warm run can reach.
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path

from harness.compare import difference, split_output
from harness.measure import Failed, Measured, measure, run_once
from harness.report import seconds, table
from harness.suite import STARTUP_PROGRAM
from harness.tools import Command, Tools, Unavailable

COLD_GOAL_S, WARM_GOAL_S = 1.0, 0.3


def _cold(ember: Command, repeat: int, timeout: float, work: Path,
          runtime_cached: bool = False) -> Measured | Failed:
    """Each run gets a new EMBER_CACHE_DIR, so each one compiles the program. With
    `runtime_cached`, another program (the same text plus a comment) has run with that
    cache first, so the runtime's cached pieces are there: any program but the first
    one on a machine starts this way."""
    walls, cpus, out = [], [], ""
    other = work / "startup_other.ember"
    other.write_text(STARTUP_PROGRAM.read_text() + "\n# another program\n")
    for i in range(repeat):
        cache = {"EMBER_CACHE_DIR": str(work / f"startup-cold-{int(runtime_cached)}-{i}")}
        if runtime_cached:
            run_once(ember.with_args("run", str(other), env=cache), timeout)
        cmd = ember.with_args("run", str(STARTUP_PROGRAM), env=cache)
        r = run_once(cmd, timeout)
        if isinstance(r, Failed):
            return r
        walls.append(r[0])
        cpus.append(r[1])
        out = split_output(r[2].stdout)[0]
    return Measured(statistics.median(walls), statistics.median(cpus), None, len(walls), walls[0], out)


def startup_table(tools: Tools, repeat: int, timeout: float, work: Path) -> tuple[str, bool]:
    """The table, and whether every measurement ran and printed the right output."""
    if isinstance(tools.ember, Unavailable):
        return f"ember run startup: n/a ({tools.ember.reason})", True
    ember = tools.ember
    warm_cmd = ember.with_args("run", str(STARTUP_PROGRAM),
                               env={"EMBER_CACHE_DIR": str(work / "startup-warm")})
    run_once(warm_cmd, timeout)  # fill the cache; failures show in the measured runs
    expected = run_once(tools.python.with_args(str(STARTUP_PROGRAM)), timeout)
    rows: list[tuple[str, Measured | Failed, float | None]] = [
        ("ember run, cold cache (nothing cached)", _cold(ember, repeat, timeout, work), COLD_GOAL_S),
        ("ember run, cold program, runtime cached", _cold(ember, repeat, timeout, work, True), COLD_GOAL_S),
        ("ember run, warm cache", measure(warm_cmd, repeat, 30.0, timeout), WARM_GOAL_S),
        ("python -c pass", measure(tools.python.with_args("-c", "pass"), repeat, 30.0, timeout), None),
        ("ember --version", measure(ember.with_args("--version"), repeat, 30.0, timeout), None),
    ]
    ok = True
    body: list[Sequence[str]] = []
    for name, res, goal in rows:
        if isinstance(res, Measured) and goal is not None and not isinstance(expected, Failed):
            if diff := difference(expected[2].stdout.strip(), res.output, 0.0):
                res = Failed(f"output differs from CPython's: {diff}")
        if isinstance(res, Failed):
            ok = False
            body.append([name, f"FAILED ({res.reason})", "", "", "", ""])
            continue
        met = "" if goal is None else ("yes" if res.wall <= goal else "no")
        body.append([name, seconds(res.wall), seconds(res.cpu), seconds(goal), met, str(res.runs)])
    header = ["ember run startup (%s, %d lines)" % (STARTUP_PROGRAM.name,
              len(STARTUP_PROGRAM.read_text().splitlines())),
              "median wall s", "cpu s", "goal s", "met", "runs"]
    return table(header, body), ok

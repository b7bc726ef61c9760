"""benchmarks/harness/measure.py: the implementations of a benchmark are timed in turns,
so a stretch of slow machine falls on all of them alike."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))

from harness.measure import Failed, Measured, interleaved  # noqa: E402


class FakeCommand:
    """Stands for a prepared program: records each run, prints a fixed result."""

    def __init__(self, name: str, log: list[str], outputs: list[str] | None = None) -> None:
        self.name, self.log, self.outputs = name, log, outputs
        self.argv = [name]

    def run_timed(self, timeout: float) -> tuple[subprocess.CompletedProcess[str], float]:
        self.log.append(self.name)
        out = self.outputs.pop(0) if self.outputs else "42\ncompute_s 0.5\n"
        return subprocess.CompletedProcess([self.name], 0, out, ""), 0.01


def test_runs_alternate_between_implementations() -> None:
    log: list[str] = []
    results = interleaved([FakeCommand("c", log), FakeCommand("ember", log)], 3, 1e9, 10.0)
    assert log == ["c", "ember", "c", "ember", "c", "ember"]
    assert all(isinstance(r, Measured) and r.runs == 3 and r.inproc == 0.5 for r in results)


def test_one_failing_implementation_stops_alone() -> None:
    log: list[str] = []
    flaky = FakeCommand("flaky", log, ["1\ncompute_s 0.1\n", "2\ncompute_s 0.1\n"])
    results = interleaved([flaky, FakeCommand("c", log)], 3, 1e9, 10.0)
    assert isinstance(results[0], Failed) and "different result" in results[0].reason
    assert isinstance(results[1], Measured) and results[1].runs == 3
    assert log == ["flaky", "c", "flaky", "c", "c"]

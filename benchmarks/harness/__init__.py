"""The benchmark harness behind `python benchmarks/run.py`: tools, suite, timing, report."""

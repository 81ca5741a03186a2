"""Benchmark harness for Dongbei Survey Desk (not part of the test suite). Run `python bench/run.py`."""

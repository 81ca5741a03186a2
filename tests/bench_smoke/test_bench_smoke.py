"""A tiny run of the benchmark harness (bench/run.py), so it does not rot. Checks the table, not timings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_harness_prints_and_writes_a_table(tmp_path: Path) -> None:
    md = tmp_path / "bench.md"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "20,40", "--repeat", "1",
         "--only", "list,form,export", "--cache", str(tmp_path / "cache"), "--md", str(md)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    for heading in ("== list ==", "== form ==", "== export ==", "== targets =="):
        assert heading in out, out
    assert "benchmark failed" not in out, out
    list_table = out.split("== list ==")[1].split("== form ==")[0]
    assert "search 哈尔滨 (3 chars)" in list_table and "40/20" in list_table
    assert "save: edit one answer" in out and "backup (dongbei backup -o, checked)" in out
    text = md.read_text(encoding="utf-8")
    assert "## Machine" in text and "| nproc |" in text and "## Targets" in text
    assert "| case | unit | 20 | 40 | ratio | runs | note |" in text
    # the demo databases were built in the cache given, nowhere else
    assert sorted(p.name for p in (tmp_path / "cache").glob("demo-*.sqlite")) == ["demo-20.sqlite", "demo-40.sqlite"]

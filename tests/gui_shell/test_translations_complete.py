"""Every UI string of every feature has Japanese and Chinese, and the committed .ts/.qm files are fresh."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_committed_translations_are_complete_and_up_to_date():
    proc = subprocess.run([sys.executable, "scripts/update_translations.py", "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "translations are up to date" in out
    assert "ja: " in out and "ja: 0 translated" not in out
    for lang in ("ja", "zh"):
        line = next(x for x in out.splitlines() if x.startswith(f"{lang}: "))
        assert line.endswith(" 0 without a glossary entry"), line

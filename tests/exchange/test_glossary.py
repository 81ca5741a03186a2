"""Every string the exchange dialogs show through tr() has a Japanese and a Chinese entry in the glossary."""

from __future__ import annotations

import ast
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = ["desktop/gui/import_wizard.py", "desktop/gui/export_dialog.py", "desktop/gui/merge_dialog.py"]


def test_glossary_covers_every_tr_string():
    strings = set()
    for f in FILES:
        for node in ast.walk(ast.parse((ROOT / f).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "tr" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                strings.add(node.args[0].value)
    with open(ROOT / "resources/translations/glossary/exchange.csv", encoding="utf-8", newline="") as fh:
        rows = {r["source"]: r for r in csv.DictReader(fh)}
    missing = strings - rows.keys()
    assert not missing, missing
    for s in strings:
        assert rows[s]["ja"].strip() and rows[s]["zh"].strip(), s
        assert rows[s]["ja"].count("%") == s.count("%") == rows[s]["zh"].count("%"), s

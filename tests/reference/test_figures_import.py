"""desktop.exchange.figures and `dongbei reference`: import (all or nothing), dry run, re-import, export."""

from __future__ import annotations

import csv
import sqlite3

import openpyxl
import pytest

from desktop.cli import main
from desktop.exchange.figures import FigureImportError, export_figures, import_figures, preview_figures
from desktop.store import open_store
from desktop.store import reference as ref
from desktop.store import reference_edit as refedit

NEW = {"id": "", "geography": "23", "partner": "JP", "indicator": "trade_with_japan",
       "indicator_label_en": "Trade with Japan", "value": "2.5", "unit": "USD bn", "period": "2023",
       "count_kind": "", "status": "ESTIMATED", "source_name": "Test source", "source_url": "https://example.org/hlj",
       "note": "about 2.5"}


def audit_count(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_bad_row_reported_with_row_and_column_and_file_untouched(helpers, tmp_path, store):
    rows = helpers.shipped_rows()
    rows[2]["value"] = "12,4%"           # file row 4
    rows[6]["source_url"] = ""           # file row 8
    rows.append(dict(NEW))               # a good new row must not be imported either
    path = helpers.write_csv(tmp_path / "bad.csv", rows)
    db = store.path
    store.close()
    before = helpers.file_hash(db)
    s = open_store(db, who="tester")
    with pytest.raises(FigureImportError) as err:
        import_figures(s, path)
    s.close()
    problems = err.value.problems
    assert any(p.startswith("bad.csv: row 4, column 'value':") and "12,4%" in p for p in problems)
    assert any(p.startswith("bad.csv: row 8, column 'source_url':") for p in problems)
    assert len(problems) == 2
    assert helpers.file_hash(db) == before
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM reference_figures").fetchone()[0] == 62


def test_reimport_adds_nothing_and_changes_update_with_audit(helpers, tmp_path, store, fresh_process):
    path = helpers.write_csv(tmp_path / "same.csv", helpers.shipped_rows())
    result = import_figures(store, path)
    assert (result.added, result.updated, len(result.unchanged)) == ([], [], 62)
    rows = helpers.shipped_rows()
    trade = next(r for r in rows if r["id"] == "ln_trade_jp_2019")
    trade["value"] = "98.7"
    trade["id"] = ""                      # matched by key, not by id
    rows.append(dict(NEW))
    path = helpers.write_csv(tmp_path / "changed.csv", rows)
    dry = import_figures(store, path, dry_run=True)
    assert dry.dry_run and len(dry.added) == 1 and dry.updated == [("ln_trade_jp_2019", ["value"])]
    assert ref.get_figure(store, "ln_trade_jp_2019")["value"] == 98.2
    result = import_figures(store, path)
    assert result.updated == [("ln_trade_jp_2019", ["value"])] and len(result.added) == 1
    again = import_figures(store, path)
    assert again.added == [] and again.updated == []
    hist = refedit.history(store, "reference_figures", "ln_trade_jp_2019")
    assert [(h["field"], h["old"], h["new"]) for h in hist] == [("value", "98.2", "98.7")]
    out = fresh_process("""
        import sys
        from desktop.store import open_store
        from desktop.store import reference as ref
        s = open_store(sys.argv[1], readonly=True)
        print(len(ref.figures(s)), ref.get_figure(s, "ln_trade_jp_2019")["value"],
              [f["source_url"] for f in ref.latest_figures(s, "23") if f["period"] == "2023"][0])
        """, str(store.path)).stdout.split()
    assert out == ["63", "98.7", "https://example.org/hlj"]


def test_duplicate_rows_in_one_file_refused(helpers, tmp_path, store):
    path = helpers.write_csv(tmp_path / "dup.csv", [dict(NEW), dict(NEW, note="again")])
    with pytest.raises(FigureImportError, match=r"row 3, column 'period'.*already on row 2"):
        import_figures(store, path)


def test_xlsx_with_translated_headers_and_mapping(helpers, tmp_path, store):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["地域", "相手国", "指標", "値", "単位", "期間", "状態", "出典", "出典URL", "extra"])
    ws.append(["2101", "JP", "jcci_member_firms", 120, "firms", "2024", "ESTIMATED", "JCCI Shenyang",
               "https://example.org/sy", "ignored"])
    path = tmp_path / "figures.xlsx"
    wb.save(path)
    preview = preview_figures(path)
    assert preview.missing == [] and preview.unmapped == ["extra"]
    assert preview.mapping["値"] == "value" and preview.mapping["出典URL"] == "source_url"
    result = import_figures(store, path, allow_new_units=False)
    assert len(result.added) == 1
    f = ref.get_figure(store, result.added[0])
    assert (f["geography"], f["value"], f["count_kind"], f["status"]) == ("2101", 120.0, "", "ESTIMATED")


def test_missing_required_column_named(helpers, tmp_path, store):
    rows = [{k: v for k, v in NEW.items() if k != "source_url"}]
    with pytest.raises(FigureImportError, match="no column for source_url"):
        import_figures(store, helpers.write_csv(tmp_path / "x.csv", rows))


def test_cp932_file_and_new_unit(helpers, tmp_path, store):
    row = dict(NEW, note="約2.5億ドル", unit="JPY bn")
    path = helpers.write_csv(tmp_path / "sjis.csv", [row], encoding="cp932")
    with pytest.raises(FigureImportError, match="column 'unit'.*not a known unit"):
        import_figures(store, path)
    result = import_figures(store, path, allow_new_units=True)
    assert ref.get_figure(store, result.added[0])["note"] == "約2.5億ドル"


def test_export_round_trip_and_formula_guard(helpers, tmp_path, store):
    refedit.add_figure(store, dict(NEW, note="=HYPERLINK(\"x\")"))
    out = tmp_path / "export.csv"
    assert export_figures(store, out) == 63
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(ref.FIGURE_COLUMNS)
    assert next(r for r in rows if r["note"].startswith("'="))
    assert next(r for r in rows if r["id"] == "ln_trade_jp_2012_01_09_growth" or r["value"] == "-9.8")["value"] == "-9.8"
    result = import_figures(store, out)
    assert (result.added, result.updated) == ([], [])


def test_cli_list_export_import(helpers, tmp_path, db_path, capsys):
    assert main(["--db", str(db_path), "reference", "list", "--geography", "21"]) == 0
    listed = capsys.readouterr().out
    assert "trade_with_japan" in listed and "24 figures" in listed
    out = tmp_path / "fig.csv"
    assert main(["--db", str(db_path), "reference", "export", "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 62 and list(rows[0]) == list(ref.FIGURE_COLUMNS)
    rows.append(dict(NEW))
    helpers.write_csv(out, rows)
    before = audit_count(db_path)
    assert main(["--db", str(db_path), "--who", "cli", "reference", "import", str(out), "--dry-run"]) == 0
    assert "would add 1" in capsys.readouterr().out and audit_count(db_path) == before
    assert main(["--db", str(db_path), "--who", "cli", "reference", "import", str(out)]) == 0
    assert "added 1" in capsys.readouterr().out and audit_count(db_path) == before + 1
    rows[0]["status"] = "MAYBE"
    helpers.write_csv(out, rows)
    assert main(["--db", str(db_path), "reference", "import", str(out)]) == 1
    assert "row 2, column 'status'" in capsys.readouterr().err

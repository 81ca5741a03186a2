"""The dongbei import/export/package/merge commands, end to end on real files."""

from __future__ import annotations

from exchange_helpers import file_hash, write_csv

from desktop.cli import main


def test_import_dry_run_report_then_import(tmp_path, make_rows, closed_db, capsys):
    header, rows = make_rows(3)
    rows[2][header.index("employees")] = "-4"
    path = write_csv(tmp_path / "in.csv", header, rows)
    before = file_hash(closed_db)
    assert main(["--db", str(closed_db), "import", str(path), "--dry-run", "--report", str(tmp_path / "r.csv")]) == 1
    out = capsys.readouterr().out
    assert "row 4, column 'employees', value '-4'" in out
    assert "row,column,value,problem,kind" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert main(["--db", str(closed_db), "import", str(path)]) == 1          # all-or-nothing refuses
    assert file_hash(closed_db) == before
    assert main(["--db", str(closed_db), "import", str(path), "--valid-only"]) == 0
    assert "imported 2 surveys" in capsys.readouterr().out


def test_export_package_merge_commands(tmp_path, demo_store, capsys):
    db = str(demo_store.path)
    assert main(["--db", db, "export", "-o", str(tmp_path / "x.csv"), "--province", "21", "--labels",
                 "--lang", "ja"]) == 0
    assert (tmp_path / "x-codebook.csv").exists()
    assert main(["--db", db, "package", "-o", str(tmp_path / "p.dongbei"), "--province", "22"]) == 0
    other = str(tmp_path / "other.sqlite")
    assert main(["--db", other, "merge", str(tmp_path / "p.dongbei")]) == 0
    assert "new surveys" in capsys.readouterr().out
    assert main(["--db", other, "merge", str(tmp_path / "p.dongbei")]) == 0
    assert "merged: 0 surveys" in capsys.readouterr().out
    assert main(["--db", other, "import", str(tmp_path / "nothing.csv")]) == 2

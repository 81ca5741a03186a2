"""Importing surveys: each class of bad input gets row + column messages and leaves the file untouched."""

from __future__ import annotations

import pytest
from exchange_helpers import file_hash, write_csv

from desktop.exchange.importing import ImportOptions, ImportRefused, apply_import, import_file, plan_import
from desktop.exchange.reading import read_table
from desktop.questionnaire import load_questionnaire
from desktop.store import open_store
from desktop.store.surveys import get_survey


def _import(db, path, mode="all-or-nothing", **opts):
    with open_store(db, who="importer") as store:
        return import_file(store, path, ImportOptions(**opts), mode=mode)


def _refused_untouched(db, path, match, **opts):
    before = file_hash(db)
    with open_store(db, who="importer") as store:
        plan = plan_import(store, read_table(path, encoding=opts.pop("encoding", None)), ImportOptions(**opts))
        with pytest.raises(ImportRefused):
            apply_import(store, plan)
    assert file_hash(db) == before
    messages = [f"row {p.row} column {p.column}: {p.message}" for p in plan.errors]
    assert any(__import__("re").search(match, m) for m in messages), messages
    return plan


@pytest.mark.parametrize("encoding", ["cp932", "gbk", "utf-8-sig"])
def test_cjk_encodings_import_company_names(closed_db, tmp_path, make_rows, encoding):
    name = "北風精機（大連）有限公司" if encoding == "cp932" else "大连北风精密机械有限公司"
    header, rows = make_rows(2, name_local=name, name_ja="北風精機")
    path = write_csv(tmp_path / "in.csv", header, rows, encoding=encoding)
    plan, result = _import(closed_db, path)
    assert result.surveys_added == 2 and result.companies_added == 1, plan.problems
    with open_store(closed_db) as store:
        sid = plan.surveys[0]["id"]
        assert get_survey(store, sid)["name_local"] == name


def test_translated_columns_and_labels_in_three_languages(closed_db, tmp_path, make_rows):
    qn = load_questionnaire()
    header, rows = make_rows(3)
    ja_header = [qn.question(h).text("ja") for h in header]
    # answers as Japanese / Chinese labels
    i_mode, i_prov = header.index("interview_mode"), header.index("province")
    rows[0][i_mode] = "訪問面談"
    rows[1][i_mode] = "电话"
    rows[2][i_prov] = "Liaoning"
    i_mp = header.index("management_problems")
    rows[0][i_mp] = qn.codebooks["management_problem"].label("mp_wage_increase", "zh") + ";mp_logistics"
    path = write_csv(tmp_path / "ja.csv", ja_header, rows)
    plan, result = _import(closed_db, path)
    assert result.surveys_added == 3, plan.problems
    with open_store(closed_db) as store:
        got = [get_survey(store, s["id"]) for s in plan.surveys]
    by_date = {g["interview_date"]: g for g in got}
    first = by_date[rows[0][header.index("interview_date")]]
    assert first["interview_mode"] == "visit" and first["management_problems"] == ["mp_wage_increase", "mp_logistics"]


def test_missing_required_column_wrong_types_and_extra_columns(closed_db, tmp_path, make_rows):
    header, rows = make_rows(3)
    drop = header.index("analyst")
    header2 = [h for i, h in enumerate(header) if i != drop] + ["my private column"]
    rows2 = [[c for i, c in enumerate(r) if i != drop] + ["x"] for r in rows]
    path = write_csv(tmp_path / "m.csv", header2, rows2)
    plan = _refused_untouched(closed_db, path, r"row 2 column \(Analyst\): Analyst: required")
    assert any(p.kind == "note" and p.column == "my private column" for p in plan.problems)
    header, rows = make_rows(3)
    rows[1][header.index("employees")] = "many"
    rows[2][header.index("infra_port")] = "7"
    path = write_csv(tmp_path / "t.csv", header, rows)
    plan = _refused_untouched(closed_db, path, r"row 3 column employees: .*'many' is not a whole number")
    assert any(p.row == 4 and p.column == "infra_port" for p in plan.errors)


def test_ambiguous_dates_flagged_then_explicit_format(closed_db, tmp_path, make_rows):
    header, rows = make_rows(2)
    i = header.index("interview_date")
    rows[0][i], rows[1][i] = "03/04/2024", "05/06/2024"
    path = write_csv(tmp_path / "d.csv", header, rows)
    _refused_untouched(closed_db, path, r"row 2 column interview_date: .*ambiguous")
    plan, result = _import(closed_db, path, date_format="DD/MM/YYYY")
    assert result.surveys_added == 2
    assert sorted(s["interview_date"] for s in plan.surveys) == ["2024-04-03", "2024-06-05"]


def test_japanese_date_format_and_unambiguous_auto(closed_db, tmp_path, make_rows):
    header, rows = make_rows(2)
    i = header.index("interview_date")
    rows[0][i], rows[1][i] = "2024年6月12日", "13/04/2024"
    path = write_csv(tmp_path / "d.csv", header, rows)
    with open_store(closed_db) as store:
        plan = plan_import(store, read_table(path))
    # a column mixing two formats: auto reads the unambiguous ones
    assert not plan.errors and sorted(s["interview_date"] for s in plan.surveys) == ["2024-04-13", "2024-06-12"]


def test_reimport_adds_nothing_and_file_unchanged(closed_db, tmp_path, make_rows):
    header, rows = make_rows(3)
    path = write_csv(tmp_path / "r.csv", header, rows + [rows[0]])
    plan, result = _import(closed_db, path)
    assert result.surveys_added == 3 and plan.rows_duplicate == 1
    assert any("repeats row 2" in p.message for p in plan.problems)
    before = file_hash(closed_db)
    plan, result = _import(closed_db, path)
    assert result.surveys_added == 0 and plan.rows_duplicate == 4
    assert file_hash(closed_db) == before


def test_valid_only_imports_the_good_rows(closed_db, tmp_path, make_rows):
    header, rows = make_rows(3)
    rows[1][header.index("sales_local_pct")] = "90"
    path = write_csv(tmp_path / "v.csv", header, rows)
    plan, result = _import(closed_db, path, mode="valid-only")
    assert result.surveys_added == 2 and plan.rows_invalid == 1
    assert any(p.row == 3 and "sales_local_pct" in p.column and "100%" in p.message for p in plan.errors)


def test_control_characters_emoji_and_very_long_text(closed_db, tmp_path, make_rows):
    header, rows = make_rows(2)
    n = header.index("notes")
    rows[0][n] = "bell\x07 and emoji 🏭🇯🇵 kept"
    rows[1][n] = "x" * 10001
    path = write_csv(tmp_path / "c.csv", header, rows)
    _refused_untouched(closed_db, path, r"row 3 column notes: .*10001 characters")
    plan, result = _import(closed_db, path, mode="valid-only")
    with open_store(closed_db) as store:
        assert get_survey(store, plan.surveys[0]["id"])["notes"] == "bell and emoji 🏭🇯🇵 kept"


def test_empty_and_header_only_files(closed_db, tmp_path):
    from desktop.exchange.reading import ReadError
    (tmp_path / "e.csv").write_bytes(b"")
    with pytest.raises(ReadError, match="empty"):
        _import(closed_db, tmp_path / "e.csv")
    (tmp_path / "h.csv").write_text("name_local,province\n", encoding="utf-8")
    before = file_hash(closed_db)
    with open_store(closed_db) as store:
        plan = plan_import(store, read_table(tmp_path / "h.csv"))
        assert plan.fatal and plan.errors[0].row == 2
        with pytest.raises(ImportRefused, match="no data rows"):
            apply_import(store, plan)
    assert file_hash(closed_db) == before


def test_cancelled_import_leaves_no_trace(closed_db, tmp_path, make_rows):
    header, rows = make_rows(4)
    path = write_csv(tmp_path / "c.csv", header, rows)
    before = file_hash(closed_db)
    calls = []

    def progress(done, total):
        calls.append(done)
        return len(calls) < 2          # cancel after the rows were written, before the commit
    with open_store(closed_db) as store:
        plan = plan_import(store, read_table(path))
        with pytest.raises(ImportRefused, match="cancelled"):
            apply_import(store, plan, progress=progress, backup=False)
    assert file_hash(closed_db) == before


def test_import_survives_reopen_in_fresh_process(closed_db, tmp_path, make_rows, fresh_process):
    header, rows = make_rows(3)
    path = write_csv(tmp_path / "f.csv", header, rows)
    plan, result = _import(closed_db, path)
    out = fresh_process("""
        import sys
        from desktop.store import open_store
        from desktop.store.surveys import get_survey
        with open_store(sys.argv[1], readonly=True) as s:
            print(s.conn.execute("select count(*) from surveys").fetchone()[0], get_survey(s, sys.argv[2])["employees"])
        """, str(closed_db), plan.surveys[0]["id"])
    assert out.stdout.split() == ["3", "420"]
    with open_store(closed_db) as store:
        assert store.conn.execute("select count(*) from audit_log where action = 'import'").fetchone()[0] == 4


def test_hostile_and_huge_files_leave_database_untouched(closed_db, tmp_path):
    import zipfile

    from desktop.exchange.reading import ReadError
    with zipfile.ZipFile(tmp_path / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<x/>")
        z.writestr("xl/workbook.xml", "<x/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<" * (30 * 1024 * 1024))
    (tmp_path / "fake.xlsx").write_bytes(b"name_local,province\nA,21\n")
    before = file_hash(closed_db)
    for name, match in (("bomb.xlsx", "bomb.xlsx: refused"), ("fake.xlsx", "fake.xlsx: not an .xlsx")):
        with pytest.raises(ReadError, match=match):
            _import(closed_db, tmp_path / name)
    with open_store(closed_db) as store, pytest.raises(ReadError, match="files over"):
        from desktop.exchange.reading import read_table as rt
        plan_import(store, rt(tmp_path / "bomb.xlsx", max_bytes=1000))
    assert file_hash(closed_db) == before


def test_existing_company_fills_missing_company_columns(closed_db, tmp_path, make_rows):
    header, rows = make_rows(1)
    _import(closed_db, write_csv(tmp_path / "a.csv", header, rows))
    keep = ["name_local", "interview_date", "analyst", "interview_mode", "reference_year", "employees",
            "op_profit_forecast", "op_profit_vs_prev", "op_profit_change_reasons", "business_direction",
            "expand_functions", "sales_local_pct", "sales_japan_pct", "sales_other_pct", "proc_local_pct",
            "proc_japan_pct", "proc_other_pct", "management_problems", "infra_port", "infra_rail", "infra_road"]
    header2, rows2 = make_rows(2)
    idx = [header2.index(k) for k in keep]
    rows2 = [[r[i] for i in idx] for r in rows2][1:]
    plan, result = _import(closed_db, write_csv(tmp_path / "b.csv", keep, rows2))
    assert result.surveys_added == 1 and result.companies_added == 0, plan.problems


def test_xlsx_native_cells_chinese_headers_and_labels(closed_db, tmp_path, answers):
    import datetime

    import openpyxl
    qn = load_questionnaire()
    a = answers()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([q.text("zh") for q in qn.questions] + ["状态"])
    row = []
    for q in qn.questions:
        v = a.get(q.id)
        if q.id == "interview_date":
            v = datetime.datetime(2024, 6, 12)
        elif isinstance(v, list):
            v = ";".join(qn.codebook_for(q).label(c, "ja") for c in v)
        elif q.codebook and v is not None and q.type != "rating":
            v = qn.codebook_for(q).label(str(v), "zh")
        row.append(v)
    ws.append(row + ["草稿"])
    wb.save(tmp_path / "native.xlsx")
    plan, result = _import(closed_db, tmp_path / "native.xlsx")
    assert result.surveys_added == 1, plan.problems
    with open_store(closed_db) as store:
        got = get_survey(store, plan.surveys[0]["id"])
    assert (got["status"], got["interview_date"], got["employees"], got["city"]) == ("draft", "2024-06-12", 420, "2102")
    assert got["management_problems"] == a["management_problems"]

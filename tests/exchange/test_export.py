"""Export: formula injection neutralised, strings only in XLSX, atomic write, round trip through import."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from desktop.exchange.exporting import codebook_rows, export_surveys, neutralise
from desktop.exchange.importing import import_file
from desktop.questionnaire import load_questionnaire
from desktop.store import open_store
from desktop.store.listing import SurveyFilter
from desktop.store.surveys import get_survey, save_survey

META = ("revision", "created_at", "updated_at", "created_by", "updated_by", "deleted_at")
HOSTILE = ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def test_neutralise():
    assert [neutralise(v)[:2] for v in HOSTILE] == ["'=", "'+", "'-", "'@", "'\t", "'\r"]
    assert neutralise("plain") == "plain" and neutralise("") == ""


@pytest.fixture
def hostile_store(store, answers):
    for i, text in enumerate(HOSTILE):
        save_survey(store, answers(notes=f"{text}", name_local=f"{text}公司{i}", interview_date=f"2024-05-{10 + i}"),
                    final=True)
    return store


def test_formula_injection_csv(hostile_store, tmp_path):
    export_surveys(hostile_store, tmp_path / "x.csv")
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    stored = {r["id"]: get_survey(hostile_store, r["id"]) for r in rows}
    assert len(rows) == len(HOSTILE)
    for r in rows:       # tab/CR never reach the database (the validator strips them); = + - @ do
        assert r["notes"] == neutralise(stored[r["id"]]["notes"])
        assert r["name_local"] == neutralise(stored[r["id"]]["name_local"])
    assert sum(r["notes"].startswith("'") for r in rows) == 4
    assert not list(tmp_path.glob(".*part"))


def test_formula_injection_xlsx_written_as_strings(hostile_store, tmp_path):
    export_surveys(hostile_store, tmp_path / "x.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "x.xlsx")
    ws = wb["surveys"]
    head = [c.value for c in ws[1]]
    col = head.index("notes")
    cells = [row[col] for row in ws.iter_rows(min_row=2)]
    assert len(cells) == len(HOSTILE) and all(c.data_type == "s" for c in cells)
    assert sum(str(c.value).startswith("'=") or str(c.value)[:2] in ("'+", "'-", "'@") for c in cells) == 4
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row if c.value is not None)
    assert "codebook" in wb.sheetnames


def test_hostile_values_round_trip(hostile_store, tmp_path, db_path):
    export_surveys(hostile_store, tmp_path / "x.csv")
    with open_store(tmp_path / "copy.sqlite") as other:
        plan, result = import_file(other, tmp_path / "x.csv")
        assert result.surveys_added == len(HOSTILE), plan.problems
        ids = [s["id"] for s in plan.surveys]
        assert sorted(get_survey(other, i)["notes"] for i in ids) == sorted(
            get_survey(hostile_store, i)["notes"] for i in ids)


def _same(a_store, b_store, ids):
    for sid in ids:
        a, b = get_survey(a_store, sid), get_survey(b_store, sid)
        assert {k: v for k, v in a.items() if k not in META} == {k: v for k, v in b.items() if k not in META}


@pytest.mark.parametrize("suffix,labels,lang", [(".csv", False, "en"), (".xlsx", True, "ja"), (".csv", True, "zh")])
def test_round_trip_demo(demo_store, tmp_path, suffix, labels, lang):
    out = tmp_path / f"all{suffix}"
    r = export_surveys(demo_store, out, labels=labels, lang=lang)
    assert r.surveys == 300
    ids = [row[0] for row in demo_store.conn.execute("SELECT id FROM surveys")]
    with open_store(tmp_path / "empty.sqlite", who="copy") as other:
        plan, result = import_file(other, out)
        assert result.surveys_added == 300, plan.problems[:5]
        _same(demo_store, other, ids)


def test_filters_and_codebook(demo_store, tmp_path):
    r = export_surveys(demo_store, tmp_path / "f.csv", SurveyFilter(province="22"), labels=True, lang="zh")
    with open(tmp_path / "f.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == r.surveys > 0
    assert {x["省份"] for x in rows} == {load_questionnaire().codebooks["province"].label("22", "zh")}
    assert r.codebook and r.codebook.exists()
    assert next(codebook_rows())[:2] == ["question", "question_en"]

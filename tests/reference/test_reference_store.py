"""desktop.store.reference: read API, latest figures, series, periods, the figure validator, audited edits."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from desktop import paths
from desktop.questionnaire import load_file
from desktop.store import StoreError
from desktop.store import reference as ref
from desktop.store import reference_edit as refedit


def test_place_tables_read(store):
    assert [p["code"] for p in ref.provinces(store)] == ["21", "22", "23"]
    assert len(ref.cities(store)) == 36
    assert {c["province_code"] for c in ref.cities(store, province="22")} == {"22"}
    assert len(ref.industries(store)) == 27
    assert len(ref.zones(store)) == 26


def test_every_shipped_figure_with_its_source(store):
    with (paths.REFERENCE_DIR / "figures.csv").open(encoding="utf-8", newline="") as fh:
        shipped = {r["id"]: r for r in csv.DictReader(fh)}
    assert len(shipped) == 62
    stored = {f["id"]: f for f in ref.figures(store)}
    assert set(stored) == set(shipped)
    for fid, row in shipped.items():
        f = stored[fid]
        assert f["source_name"] == row["source_name"] and f["source_name"]
        assert f["source_url"] == row["source_url"] and f["source_url"].startswith("http")
        assert f["value"] == float(row["value"]) and f["unit"] == row["unit"] and f["period"] == row["period"]


def test_latest_figures_liaoning_has_trade_with_japan_and_firm_counts(store):
    latest = ref.latest_figures(store, "21")
    by = {(f["indicator"], f["unit"]): f for f in latest}
    assert by[("trade_with_japan", "CNY bn")]["period"] == "2019"
    assert by[("trade_with_japan", "USD bn")]["period"] == "2012-01/2012-09"
    firms = by[("japanese_firms_approved_cumulative", "firms")]
    assert (firms["value"], firms["period"], firms["count_kind"]) == (7770, "2019-12-31", "cumulative_approvals")
    assert set(latest[0]) >= set(ref.FIGURE_COLUMNS) | {"retired", "updated_at"}
    # one per (indicator, partner, unit, count_kind)
    keys = [(f["indicator"], f["partner"], f["unit"], f["count_kind"]) for f in latest]
    assert len(keys) == len(set(keys))


def test_latest_figures_for_a_year(store):
    by = {f["indicator"]: f for f in ref.latest_figures(store, "21", year=2018)}
    assert by["japanese_firms_approved_cumulative"]["period"] == "2017-12-31"
    assert by["fdi_actual_all"]["period"] == "2018"
    assert "fdi_actual_from_japan_growth" in by and by["fdi_actual_from_japan_growth"]["period"] == "2015"
    area = ref.latest_figures(store, "NE3", year=1990)
    assert [f["indicator"] for f in area] == ["area"]           # no period: always qualifies
    dalian_counts = {f["count_kind"] for f in ref.latest_figures(store, "2102") if f["unit"] == "firms"}
    assert dalian_counts == {"cumulative_approvals", "operating_companies", "chamber_members"}


def test_series_sorted_and_mixed_units_refused(store):
    fdi = ref.series(store, "21", "fdi_actual_all")
    assert [f["period"] for f in fdi] == ["2017", "2018", "2019"]
    with pytest.raises(ref.MixedSeriesError) as err:
        ref.series(store, "21", "trade_with_japan", "JP")
    assert "USD bn" in str(err.value) and "CNY bn" in str(err.value)
    groups = err.value.groups
    assert sorted(len(g) for g in groups) == [1, 3]
    usd = next(g for g in groups if g[0]["unit"] == "USD bn")
    assert [f["period"] for f in usd] == ["2009", "2010-01/2010-02", "2012-01/2012-09"]
    assert ref.series(store, "21", "no_such_indicator") == []


def test_series_refuses_mixed_kinds_of_count(store):
    refedit.add_figure(store, {"geography": "2102", "partner": "JP", "indicator": "jcci_member_firms",
                           "value": "650", "unit": "firms", "period": "2023", "count_kind": "operating_companies",
                           "status": "ESTIMATED", "source_name": "Test", "source_url": "https://example.org/x"})
    with pytest.raises(ref.MixedSeriesError, match="kinds of count"):
        ref.series(store, "2102", "jcci_member_firms", "JP")


def test_period_parsing_and_order():
    assert ref.parse_period("2020-H1") == (dt.date(2020, 1, 1), dt.date(2020, 6, 30))
    assert ref.parse_period("2012-01/2012-09") == (dt.date(2012, 1, 1), dt.date(2012, 9, 30))
    assert ref.parse_period("2010-06") == (dt.date(2010, 6, 1), dt.date(2010, 6, 30))
    assert ref.parse_period("") is None
    for bad in ("2019/20", "2019-13", "2019-02-30", "2012-09/2012-01", "FY2019", "2020-H3"):
        with pytest.raises(ValueError, match="period"):
            ref.parse_period(bad)
    periods = ["2019", "2012-01/2012-09", "", "2019-12-31", "2012", "2020-H1", "2019-H2", "2010-06"]
    assert sorted(periods, key=ref.period_key) == [
        "", "2010-06", "2012-01/2012-09", "2012", "2019-12-31", "2019-H2", "2019", "2020-H1"]


def test_validate_figure_names_each_column(store):
    ctx = refedit.figure_context(store)
    good = {"geography": "21", "partner": "JP", "indicator": "trade_with_japan", "value": "1.5",
            "unit": "USD bn", "period": "2021", "status": "verified", "source_name": "S",
            "source_url": "https://example.org"}
    clean, problems = refedit.validate_figure(good, ctx)
    assert problems == [] and clean["value"] == 1.5 and clean["status"] == "VERIFIED"
    bad = {"geography": "99", "partner": "Japan", "indicator": "Trade With Japan", "value": "nan",
           "unit": "furlongs", "period": "2021/22", "count_kind": "guess", "status": "GUESS",
           "source_name": "", "source_url": "www example"}
    _, problems = refedit.validate_figure(bad, ctx)
    assert {p.column for p in problems} == {"geography", "partner", "indicator", "value", "unit", "period",
                                             "count_kind", "status", "source_name", "source_url"}
    _, problems = refedit.validate_figure({**good, "unit": "furlongs"}, ctx, allow_new_unit=True)
    assert problems == []
    _, problems = refedit.validate_figure({**good, "value": "inf"}, ctx)
    assert [p.column for p in problems] == ["value"]


def test_add_invalid_figure_writes_nothing(store):
    before = len(ref.figures(store, include_retired=True))
    with pytest.raises(ref.FigureInvalid) as err:
        refedit.add_figure(store, {"geography": "21", "indicator": "x", "value": "", "unit": "%",
                               "status": "VERIFIED", "source_name": "S", "source_url": ""})
    assert {p.column for p in err.value.problems} == {"value", "source_url"}
    assert len(ref.figures(store, include_retired=True)) == before


def test_edit_and_retire_are_audited_and_survive_reopening(store, fresh_process):
    changed = refedit.update_figure(store, "ln_trade_jp_2009", {"value": "12.5", "note": "revised"})
    assert changed == ["value", "note"]
    assert refedit.set_retired(store, "reference_figures", "ln_trade_jp_2009") is True
    assert refedit.update_place(store, "cities", "2102", {"name_ja": "大連市（だいれん）"}) == ["name_ja"]
    with pytest.raises(StoreError, match="name_en is required"):
        refedit.update_place(store, "cities", "2102", {"name_en": " "})
    rows = refedit.history(store, "reference_figures", "ln_trade_jp_2009")
    assert [(r["field"], r["old"], r["new"]) for r in rows] == [
        ("value", "12.14", "12.5"), ("note", rows[1]["old"], "revised"), ("retired", "0", "1")]
    assert all(r["who"] == "tester" for r in rows)
    out = fresh_process("""
        import sys
        from desktop.store import open_store
        from desktop.store import reference as ref
        s = open_store(sys.argv[1], readonly=True)
        f = ref.get_figure(s, "ln_trade_jp_2009")
        print(f["value"], f["retired"], ref.cities(s, "21")[1]["name_ja"])
        print(all(x["id"] != "ln_trade_jp_2009" for x in ref.latest_figures(s, "21")))
        """, str(store.path)).stdout.split()
    assert out == ["12.5", "1", "大連市（だいれん）", "True"]


def test_codebook_reference_feeds_the_questionnaire(store):
    refedit.update_place(store, "cities", "2102", {"name_en": "Dalian (Dairen)"})
    refedit.set_retired(store, "cities", "2114")
    qn = load_file(paths.QUESTIONNAIRE_FILE, reference=ref.codebook_reference(store))
    city = qn.codebooks["city"]
    assert city.label("2102", "en") == "Dalian (Dairen)"
    assert city.get("2114").retired  # old answers still resolve ...
    assert "2114" not in {i.code for i in city.active()}  # ... but it is no longer offered
    assert qn.codebooks["industry"].label("M01", "zh") == "食品饮料"


def test_citation_marks_estimates(store):
    f = next(f for f in ref.latest_figures(store, "2102") if f["indicator"] == "japanese_residents")
    assert f["status"] == "ESTIMATED"
    line = ref.citation(f)
    assert line.startswith("2013; ") and "estimate" in line and f["source_url"] in line


def test_second_figure_with_the_same_key_refused(store):
    row = {**ref.get_figure(store, "ln_trade_jp_2019"), "id": "", "value": 1}
    with pytest.raises(ref.FigureInvalid, match="ln_trade_jp_2019 already holds"):
        refedit.add_figure(store, row)
    with pytest.raises(ref.FigureInvalid, match="ln_trade_jp_2019 already holds"):
        refedit.update_figure(store, "ln_trade_jp_2009", {"period": "2019", "unit": "CNY bn"})
    assert refedit.update_figure(store, "ln_trade_jp_2019", {"value": 99}) == ["value"]

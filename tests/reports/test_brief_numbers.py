"""Every key figure of a brief equals a value computed independently from the fixed dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.reports import BriefOptions, load_data, overview_brief, province_brief
from desktop.store import open_store

DASH = "–"


def expected(rows: list[tuple], threshold: int = 3) -> dict[str, str]:
    """The key indicators as printed, computed with plain Python from COMPANIES (no pandas)."""
    n = len(rows)
    if n < threshold:
        return {k: DASH for k in ("surplus", "break_even", "deficit", "di", "expand", "emp_total", "emp_mean",
                                  "proc", "sales")}

    def share(field: int, value: str) -> float:
        return 100.0 * sum(1 for r in rows if r[field] == value) / n

    mfg = [r for r in rows if r[3].startswith("M")]
    return {
        "surplus": f"{share(4, 'surplus'):.1f}", "break_even": f"{share(4, 'break_even'):.1f}",
        "deficit": f"{share(4, 'deficit'):.1f}",
        "di": f"{share(5, 'improve') - share(5, 'deteriorate'):+.1f}",
        "expand": f"{share(6, 'expand'):.1f}",
        "emp_total": f"{sum(r[7] for r in rows):,}", "emp_mean": f"{sum(r[7] for r in rows) / n:,.0f}",
        "proc": f"{sum(r[8] for r in mfg) / len(mfg):.1f}" if len(mfg) >= threshold else DASH,
        "sales": f"{sum(r[9] for r in mfg) / len(mfg):.1f}" if len(mfg) >= threshold else DASH,
    }


LABELS = {"surplus": "Operating profit forecast: profit, %", "break_even": "Operating profit forecast: break-even, %",
          "deficit": "Operating profit forecast: deficit, %", "di": "DI: % improve minus % deteriorate (points)",
          "expand": "Planning to expand, %", "emp_total": "Employees, total", "emp_mean": "Employees per company, mean",
          "proc": "Local procurement share, mean % (manufacturers)", "sales": "Local sales share, mean % (manufacturers)"}


@pytest.fixture(scope="module")
def liaoning_pdf(brief_db: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out") / "liaoning.pdf"
    with open_store(brief_db, readonly=True) as store:
        province_brief(load_data(store, BriefOptions()), "21", out)
    return out


def test_key_indicators_match_independent_computation(liaoning_pdf: Path, kit) -> None:
    COMPANIES, table_row = kit.COMPANIES, kit.table_row
    text = kit.pdf_text(liaoning_pdf)
    ln = [r for r in COMPANIES if r[1] == "21"]
    jl = [r for r in COMPANIES if r[1] == "22"]
    want = {geo: expected(rows) for geo, rows in (("21", ln), ("22", jl), ("23", []), ("NE3", COMPANIES))}
    for key, label in LABELS.items():
        cells = table_row(text, label)
        assert cells == [want["21"][key], want["22"][key], want["23"][key], want["NE3"][key]], (key, cells)
    # spot checks of the arithmetic the helper does: 3 of 5 in profit, DI = 60 - 20
    assert want["21"]["surplus"] == "60.0" and want["21"]["di"] == "+40.0" and want["NE3"]["emp_total"] == "2,250"


def test_counts_use_one_survey_per_company_and_final_only(liaoning_pdf: Path, kit) -> None:
    text, table_row = kit.pdf_text(liaoning_pdf), kit.table_row
    # 5 Liaoning companies; 6 final surveys (E twice); the draft-only company is left out
    assert table_row(text, "Companies (distinct)") == ["5", "2", "0", "7"]
    assert table_row(text, "Surveys in the period") == ["6", "2", "0", "8"]
    assert "Surveys 6" in " ".join(text.split()) and "Companies 5" in " ".join(text.split())


def test_suppression_hides_exactly_the_small_cells(liaoning_pdf: Path, kit) -> None:
    text, table_row = kit.pdf_text(liaoning_pdf), kit.table_row
    # Jilin has 2 companies: every Jilin figure is a dash, Liaoning's (5) are numbers
    assert table_row(text, "Planning to expand, %")[1] == DASH
    assert table_row(text, "Planning to expand, %")[0] == "40.0"
    # cities: Shenyang has 2 companies (primary), Dalian 3 is hidden too (secondary), no count printed
    flat = " ".join(text.split())
    assert "Dalian –" in flat and "Shenyang –" in flat
    assert "fewer than 3 companies answered" in flat


def test_drafts_option_and_threshold(brief_db: Path, tmp_path: Path, kit) -> None:
    pdf_text, table_row = kit.pdf_text, kit.table_row
    with open_store(brief_db, readonly=True) as store:
        data = load_data(store, BriefOptions(drafts=True, threshold=2))
    assert data.ind["21"].companies == 6
    out = province_brief(data, "22", tmp_path / "jilin.pdf").path
    text = pdf_text(out)
    # threshold 2: Jilin's two companies now show: 1 of 2 expanding
    assert table_row(text, "Planning to expand, %")[0] == "50.0"
    assert table_row(text, "Companies (distinct)") == ["2", "6", "0", "8"]


def test_year_filter_keeps_the_older_survey(brief_db: Path) -> None:
    with open_store(brief_db, readonly=True) as store:
        data = load_data(store, BriefOptions(year=2024))
    assert data.ind["21"].companies == 1 and data.ind["21"].surveys == 1
    assert data.ind["21"].employees_total.value is None  # 1 company < 3: suppressed


def test_overview_answers_concentration(brief_db: Path, tmp_path: Path, kit) -> None:
    pdf_text = kit.pdf_text
    with open_store(brief_db, readonly=True) as store:
        out = overview_brief(load_data(store, BriefOptions()), tmp_path / "overview.pdf").path
    flat = " ".join(pdf_text(out).split())
    # 5 of 7 in Liaoning = 71.4%; Dalian (3) is suppressed by secondary suppression
    assert "Of the 7 surveyed companies, 5 are in Liaoning (71.4%) and – in Dalian" in flat
    for q in ("How concentrated", "How do the inland provinces compare?", "What holds firms back?",
              "How do firms rate logistics infrastructure?"):
        assert q in flat
    # top problem: wage increase, Liaoning 3 of 5 = 60.0%, three provinces 4 of 7 = 57.1%
    assert "Employees' wage increase 60.0 – – 57.1" in flat

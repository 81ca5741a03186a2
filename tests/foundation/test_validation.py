"""The validator's rules, each with a failing and a passing case."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.validation import clean_text, validate

TODAY = dt.date(2026, 6, 30)


def codes(result):
    return {(p.field, p.code) for p in result.problems}


def check(answers, final=True, lang="en"):
    return validate(answers, final=final, lang=lang, today=TODAY)


def test_complete_survey_passes(answers):
    result = check(answers())
    assert result.ok, result.problems
    assert result.clean["employees"] == 420
    assert result.clean["management_problems"] == ["mp_wage_increase", "mp_logistics", "mp_competitor_cost"]


@pytest.mark.parametrize("field, bad, good, code", [
    ("employees", "12a", "12", "not_integer"),
    ("employees", 12.5, 12.0, "not_integer"),
    ("employees", -1, 0, "too_small"),
    ("employees", 500001, 500000, "too_large"),
    ("japanese_equity_pct", "abc", "51%", "not_number"),
    ("japanese_equity_pct", 100.5, 100, "too_large"),
    ("interview_date", "12/06/2025", "2025-06-12", "not_date"),
    ("interview_date", "2026-07-01", "2026-06-30", "future_date"),
    ("year_established", 1949, 1950, "too_small"),
    ("year_established", 2027, 2026, "too_large"),
    ("reference_year", 2028, 2027, "too_large"),
    ("infra_port", 6, 5, "unknown_code"),
    ("parent_size", "huge", "sme", "unknown_code"),
    ("name_en", "x" * 201, "x" * 200, "too_long"),
    ("op_profit_change_reasons", ["fx", "fx"], ["fx"], "duplicate_choice"),
    ("op_profit_change_reasons", ["fx", "other", "local_sales_up", "input_cost_up"], ["fx", "other", "local_sales_up"], "too_many"),
    ("management_problems", ["mp_none", "mp_power"], ["mp_none"], "exclusive"),
])
def test_field_rules(answers, field, bad, good, code):
    assert (field, code) in codes(check(answers(**{field: bad})))
    result = check(answers(**{field: good}))
    assert not [p for p in result.problems if p.field == field], result.problems


def test_required_for_final_but_not_for_draft(answers):
    incomplete = answers(employees=None, op_profit_forecast="", management_problems=[])
    assert {("employees", "required"), ("op_profit_forecast", "required"),
            ("management_problems", "required")} <= codes(check(incomplete))
    assert check(incomplete, final=False).ok


def test_city_must_belong_to_province(answers):
    assert ("city", "city_province") in codes(check(answers(province="22", city="2102")))
    assert check(answers(province="22", city="2201")).ok


def test_shares_sum_to_100_within_half_a_point(answers):
    result = check(answers(sales_local_pct=60, sales_japan_pct=30, sales_other_pct=9))
    assert ("sales_shares", "sales_shares_sum") in codes(result)
    assert "99" in [p.message for p in result.problems if p.code == "sales_shares_sum"][0]
    assert check(answers(sales_local_pct=60, sales_japan_pct=30, sales_other_pct=10.4)).ok
    assert ("procurement_shares", "procurement_shares_sum") in codes(
        check(answers(proc_local_pct=50, proc_japan_pct=50, proc_other_pct=1)))


def test_shares_only_for_manufacturers(answers):
    non_mfg = answers(industry="N01")
    assert {("sales_local_pct", "not_applicable")} <= codes(check(non_mfg))
    cleared = answers(industry="N01", sales_local_pct=None, sales_japan_pct=None, sales_other_pct=None,
                      proc_local_pct=None, proc_japan_pct=None, proc_other_pct=None)
    assert check(cleared).ok


def test_relocation_destination_only_when_relocating(answers):
    assert ("relocation_destination", "not_applicable") in codes(check(answers(relocation_destination="asean")))
    relocating = answers(business_direction="relocate_withdraw", expand_functions=[])
    assert ("relocation_destination", "required") in codes(check(relocating))
    assert check(answers(business_direction="relocate_withdraw", expand_functions=[],
                         relocation_destination="asean")).ok


def test_expatriates_never_above_employees(answers):
    assert ("japanese_expats", "expats_le_employees") in codes(check(answers(employees=5, japanese_expats=6)))
    assert check(answers(employees=6, japanese_expats=6)).ok


def test_interview_not_before_establishment(answers):
    assert ("interview_date", "interview_after_establishment") in codes(
        check(answers(year_established=2025, interview_date="2024-12-31")))


def test_labels_in_any_language_become_codes(answers):
    result = check(answers(business_direction="拡大", op_profit_forecast="盈利", parent_size="SME",
                           province="Liaoning", city="大連市", industry="一般機械"))
    assert result.ok, result.problems
    assert (result.clean["business_direction"], result.clean["op_profit_forecast"]) == ("expand", "surplus")
    assert (result.clean["province"], result.clean["city"], result.clean["industry"]) == ("21", "2102", "M09")


def test_text_cleaned_of_control_characters_and_lone_surrogates(answers):
    dirty = "大连\x00北风\ud800精密\x1b机械\u200b "
    result = check(answers(name_local=dirty, notes="line one\r\nline\x07 two\ttab"))
    assert result.clean["name_local"] == "大连北风精密机械\u200b"
    assert result.clean["notes"] == "line one\nline two\ttab"
    assert clean_text("A<B & C>") == "A<B & C>"
    assert clean_text("😀 emoji ok") == "😀 emoji ok"


def test_every_problem_reported_at_once_in_the_users_language(answers):
    result = check(answers(employees="many", province="22", city="2102", japanese_equity_pct=300), lang="ja")
    assert len(result.problems) >= 3
    messages = " ".join(p.message for p in result.problems)
    assert "従業員数" in messages and "整数ではありません" in messages
    zh = check(answers(employees=None), lang="zh")
    assert zh.problems[0].message == "员工总数: 最终保存时必填"


def test_unknown_fields_reported_when_asked(answers):
    result = validate(answers(colour="red"), final=True, today=TODAY, ignore_unknown=False)
    assert ("colour", "unknown_field") in codes(result)

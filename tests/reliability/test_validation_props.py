"""Property tests of the validator: any input gives a Result (no crash), clean text is clean, and input
the validator rejects leaves the database exactly as it was."""

from __future__ import annotations

import math
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.questionnaire import load_questionnaire
from desktop.store.errors import ValidationFailed
from desktop.store.surveys import save_survey
from desktop.validation import clean_text, validate

QN = load_questionnaire()
# every code point, lone surrogates and C0/C1 controls included
ANY_CHAR = st.characters(codec=None, categories=None, exclude_categories=())
LONG_TEXT = st.builds(lambda s, n: ((s or "長") * n)[:n], st.text(ANY_CHAR, max_size=8), st.integers(9990, 10020))
ANY_TEXT = st.text(ANY_CHAR, max_size=60) | LONG_TEXT
NUMBERS = (st.integers(min_value=-(10**30), max_value=10**30) | st.floats(allow_nan=True, allow_infinity=True)
           | st.sampled_from([float("nan"), float("inf"), -float("inf"), 10**300, -(10**300), 1e308, 5e-324,
                              sys.maxsize, 2**63, "1e999", "9" * 5000, "NaN", "-inf", "１２３", "50%", "1,000", True]))
HUGE_INTS = st.sampled_from([10**309, -(10**309), 10**4000])
VALUES = ANY_TEXT | NUMBERS | st.none() | st.lists(ANY_TEXT | NUMBERS, max_size=4) | st.tuples(ANY_TEXT)
# multi-select answers as the form and the importer pass them: a list or a ";"-separated string
MULTI_VALUES = ANY_TEXT | st.none() | st.lists(ANY_TEXT | NUMBERS | st.tuples(ANY_TEXT), max_size=4)


def _values_for(q) -> st.SearchStrategy:
    return MULTI_VALUES if q.type == "multichoice" else VALUES


def _bad_chars(text: str, multiline: bool) -> list[str]:
    allowed = {"\n", "\t"} if multiline else set()
    return [c for c in text if (unicodedata.category(c) in ("Cc", "Cs") and c not in allowed)]


@given(ANY_TEXT, st.booleans())
def test_clean_text_never_keeps_controls_or_surrogates(text, multiline):
    out = clean_text(text, multiline=multiline)
    assert _bad_chars(out, multiline) == []
    assert out == out.strip() and unicodedata.is_normalized("NFC", out)
    assert "\r" not in out


ANSWERS = st.fixed_dictionaries({}, optional={q.id: _values_for(q) for q in QN.questions})


@settings(max_examples=150, deadline=None)
@given(ANSWERS, st.booleans(), st.sampled_from(["en", "ja", "zh"]))
def test_validate_never_crashes_and_cleans_everything(answers, final, lang):
    result = validate(answers, final=final, lang=lang)
    assert isinstance(result.ok, bool)
    for p in result.problems:
        assert p.message and isinstance(p.message, str)
        p.message.encode("utf-8")  # printable: no lone surrogates echoed back
    for fid, value in result.clean.items():
        q = QN.question(fid) if fid in {x.id for x in QN.questions} else None
        if isinstance(value, str):
            assert _bad_chars(value, q is not None and q.type == "longtext") == []
        if isinstance(value, float):
            assert math.isfinite(value)
        if isinstance(value, int) and not isinstance(value, bool):
            assert -(2**63) <= value < 2**63  # fits an SQLite INTEGER


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_rejected_input_changes_nothing(store, answers, data):
    base = answers()
    bad = dict(base)
    for fid in data.draw(st.lists(st.sampled_from([q.id for q in QN.questions]), min_size=1, max_size=4, unique=True)):
        bad[fid] = data.draw(_values_for(QN.question(fid)))
    before = store.conn.total_changes
    counts = [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("surveys", "companies", "survey_choices", "audit_log")]
    try:
        save_survey(store, bad, final=data.draw(st.booleans()))
    except ValidationFailed as exc:
        assert exc.problems
        assert store.conn.total_changes == before and not store.conn.in_transaction
        assert counts == [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                          for t in ("surveys", "companies", "survey_choices", "audit_log")]


# Inputs these property tests once crashed the validator with; now each is a reported Problem
# (or, for an empty entry in a list, simply no answer).
ODD_INPUTS = [
    pytest.param({"op_profit_change_reasons": 3}, False, id="multichoice-given-a-number"),
    pytest.param({"management_problems": [()]}, True, id="multichoice-with-an-empty-tuple"),
    pytest.param({"employees": 10**309}, False, id="integer-beyond-float-range"),
]


@pytest.mark.parametrize("answers, ok", ODD_INPUTS)
def test_odd_inputs_are_reported_not_crashes(answers, ok):
    result = validate(answers, final=False)
    assert result.ok is ok, result.problems


@settings(max_examples=30, deadline=None)
@given(HUGE_INTS.map(str), st.sampled_from(["employees", "reference_year", "sales_local_pct", "name_local"]))
def test_huge_numbers_as_text_are_rejected_cleanly(text, fid):
    result = validate({fid: text}, final=False)
    assert fid == "name_local" or not result.ok

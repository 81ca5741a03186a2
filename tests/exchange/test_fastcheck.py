"""The lean column-wise validator must agree with desktop.validation.validate on every row it accepts."""

from __future__ import annotations

import datetime as _dt
import random

from exchange_helpers import survey_row

from desktop.exchange.fastcheck import BAD, FastValidator
from desktop.questionnaire import load_questionnaire
from desktop.validation import validate

MUTATIONS = ["", " ", "abc", "-1", "0", "1", "3", "5", "6", "100", "100.4", "1,000", "５０", "50%", "1e3", "nan",
             "inf", "2024-02-30", "2024-06-12", "2099-01-01", "visit", "電話", "LIAONING", "21", "2102", "2201",
             "M09", "N01", "expand", "relocate_withdraw", "japan", "improve", "same", "sales;rnd", "sales;sales",
             "mp_wage_increase;mp_logistics;mp_power;mp_customs;mp_fx_local_jpy;mp_labor_shortage", "x" * 201,
             "\x07", "🏭", "final"]


def test_fast_path_agrees_with_validate(answers):
    qn = load_questionnaire()
    today = _dt.date(2026, 1, 15)
    fast = FastValidator(qn, today)
    rng = random.Random(5)
    base = survey_row(answers())
    ids = [q.id for q in fast.questions]
    accepted = rejected = 0
    for _ in range(1500):
        row = dict(base)
        for _k in range(rng.randint(0, 3)):
            row[rng.choice(ids)] = rng.choice(MUTATIONS)
        final = rng.random() < 0.7
        clean = {qid: fast.convert(qid, [row[qid]])[0] for qid in ids}
        fast_ok = not any(v is BAD for v in clean.values()) and fast.check_row(clean, final)
        result = validate(row, final=final, today=today)
        if fast_ok:
            accepted += 1
            assert result.ok, (row, result.problems)
            assert result.clean == clean, row
        else:
            rejected += 1
    assert accepted > 300 and rejected > 300      # both paths were exercised

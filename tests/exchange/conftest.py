"""Fixtures for the exchange tests; plain helpers live in exchange_helpers.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from exchange_helpers import survey_row  # noqa: E402

from desktop.questionnaire import load_questionnaire  # noqa: E402


@pytest.fixture
def make_rows(answers):
    """make_rows(n, **overrides) -> (header ids, rows) of n distinct valid surveys (different dates)."""
    def make(n: int = 3, **overrides):
        qn = load_questionnaire()
        header = [q.id for q in qn.questions]
        rows = []
        for i in range(n):
            a = answers(interview_date=f"2024-0{1 + i % 9}-{10 + i:02d}", **overrides)
            r = survey_row(a)
            rows.append([r[h] for h in header])
        return header, rows
    return make


@pytest.fixture
def closed_db(db_path):
    """A migrated, closed database file; returns its path (hash it, then open your own store)."""
    from desktop.store import open_store
    open_store(db_path, who="tester").close()
    return db_path

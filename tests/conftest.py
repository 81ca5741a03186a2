"""Shared fixtures: a fresh database per test, offscreen Qt, a helper to run code in a new process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Path of a not-yet-created database file in a temporary folder."""
    return tmp_path / "surveys.sqlite"


@pytest.fixture
def store(db_path: Path):
    """A freshly created and migrated store, closed after the test."""
    from desktop.store import open_store

    s = open_store(db_path, who="tester")
    yield s
    s.close()


@pytest.fixture
def demo_store(db_path: Path):
    """A store with 300 seeded demo surveys."""
    from desktop.demo import generate
    from desktop.store import open_store

    s = open_store(db_path, who="tester")
    generate(s, 300, seed=7)
    yield s
    s.close()


def run_python(code: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `code` in a fresh Python process (the project on its path); raises on failure."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True,
                          text=True, env=env, timeout=timeout, cwd=ROOT)
    if proc.returncode != 0:
        raise AssertionError(f"subprocess failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


@pytest.fixture
def fresh_process():
    """run_python, as a fixture: fresh_process(code, *argv) -> CompletedProcess."""
    return run_python


def complete_answers(**overrides):
    """A valid final survey of a manufacturer in Dalian; override any answer."""
    answers = {
        "name_local": "大连北风精密机械有限公司", "name_en": "Kitakaze Precision (Dalian) Co., Ltd.",
        "name_ja": "北風精機（大連）有限公司", "parent_company": "Kitakaze K.K.", "parent_size": "large",
        "province": "21", "city": "2102", "dev_zone": "Dalian ETDZ", "establishment_type": "subsidiary",
        "investment_form": "wholly_owned", "japanese_equity_pct": 100, "year_established": 1998,
        "industry": "M09", "interview_date": "2025-06-12", "analyst": "Sato Yui", "interview_mode": "visit",
        "reference_year": 2025, "employees": 420, "japanese_expats": 6, "headcount_change": "same",
        "op_profit_forecast": "surplus", "op_profit_vs_prev": "improve",
        "op_profit_change_reasons": ["local_sales_up", "fx"], "business_direction": "expand",
        "expand_functions": ["sales", "rnd"], "relocation_destination": None,
        "sales_local_pct": 60, "sales_japan_pct": 30, "sales_other_pct": 10,
        "proc_local_pct": 55, "proc_japan_pct": 40, "proc_other_pct": 5,
        "management_problems": ["mp_wage_increase", "mp_logistics", "mp_competitor_cost"],
        "infra_port": 4, "infra_rail": 3, "infra_road": 4, "infra_air": 3, "infra_power": 4,
        "infra_customs": 3, "notes": "Met the general manager.",
    }
    answers.update(overrides)
    return answers


@pytest.fixture
def answers():
    """complete_answers(**overrides), as a fixture."""
    return complete_answers

"""A small fixed dataset for the brief tests, saved through save_survey, and PDF text helpers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

# (key, province, city, industry, profit, vs_prev, direction, employees, proc_local, sales_local, problems, port)
# proc/sales shares only for manufacturers (M..); the rest of each share group goes to Japan / other.
COMPANIES = [
    ("A", "21", "2102", "M09", "surplus", "improve", "expand", 100, 50, 60, ["mp_wage_increase", "mp_logistics"], 5),
    ("B", "21", "2102", "M10", "surplus", "same", "maintain", 200, 70, 40, ["mp_wage_increase"], 4),
    ("C", "21", "2102", "N01", "deficit", "deteriorate", "maintain", 50, None, None, ["mp_competitor_cost"], 3),
    ("D", "21", "2101", "M12", "break_even", "improve", "expand", 300, 30, 80,
     ["mp_wage_increase", "mp_competitor_cost"], 4),
    ("E", "21", "2101", "M09", "surplus", "improve", "reduce", 400, 90, 20, ["mp_labor_shortage"], 2),
    ("J1", "22", "2201", "M12", "deficit", "deteriorate", "maintain", 500, 40, 50, ["mp_logistics"], 2),
    ("J2", "22", "2201", "M12", "surplus", "improve", "expand", 700, 60, 70, ["mp_logistics", "mp_wage_increase"], 3),
]
HOSTILE = {"A": ("A<B & C>", "大连<img src=\"x\">精密有限公司"), "B": ("Kitakaze <b>Bold</b> & Sons", None)}
CJK_NAMES = {"C": "大连北风物流有限公司", "D": "沈阳白桦电子有限公司", "E": "沈阳雪見精機有限公司"}


def company_answers(make, row) -> dict:
    key, prov, city, ind, profit, vs_prev, direction, emp, proc, sales, problems, port = row
    over = dict(province=prov, city=city, industry=ind, op_profit_forecast=profit, op_profit_vs_prev=vs_prev,
                business_direction=direction, employees=emp, japanese_expats=1, management_problems=problems,
                infra_port=port, name_local=CJK_NAMES.get(key, f"测试企业{key}有限公司"),
                name_en=f"Test {key} Co., Ltd.", name_ja=f"テスト{key}有限公司",
                op_profit_change_reasons=["fx"] if vs_prev != "same" else [],
                expand_functions=["sales"] if direction == "expand" else [], relocation_destination=None)
    if key in HOSTILE:
        over["name_en"], local = HOSTILE[key]
        if local:
            over["name_local"] = local
    if ind.startswith("M"):
        over.update(proc_local_pct=proc, proc_japan_pct=100 - proc, proc_other_pct=0,
                    sales_local_pct=sales, sales_japan_pct=100 - sales, sales_other_pct=0)
    else:
        over.update({f"{g}_{k}_pct": None for g in ("proc", "sales") for k in ("local", "japan", "other")})
    return make(**over)


@pytest.fixture(scope="module")
def brief_db(tmp_path_factory) -> Path:
    """The fixed dataset: 5 Liaoning and 2 Jilin companies (final, 2025), none in Heilongjiang; E also has an
    older 2024 survey (deficit) and one extra Liaoning company has only a draft."""
    complete_answers = _root_conftest().complete_answers
    from desktop.store import open_store
    from desktop.store.surveys import save_survey

    path = tmp_path_factory.mktemp("briefs") / "briefs.sqlite"
    with open_store(path, who="tester") as store:
        ids = {}
        for row in COMPANIES:
            ids[row[0]] = save_survey(store, company_answers(complete_answers, row), final=True).company_id
        old = company_answers(complete_answers, COMPANIES[4])
        old.update(reference_year=2024, interview_date="2024-06-12", op_profit_forecast="deficit", employees=999)
        save_survey(store, old, final=True, company_id=ids["E"])
        draft = complete_answers(name_local="草稿企业有限公司", name_en="Draft Only Co.", op_profit_forecast="deficit")
        save_survey(store, draft, final=False)
    return path


def _root_conftest():
    import importlib.util

    spec = importlib.util.spec_from_file_location("root_conftest", Path(__file__).resolve().parent.parent / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pdf_text(path: Path, layout: bool = True) -> str:
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def table_row(text: str, label: str) -> list[str]:
    """The cells after `label` on its line in `pdftotext -layout` output (split on 2+ spaces)."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            rest = line.strip()[len(label):]
            return [c for c in re.split(r"\s{2,}", rest.strip()) if c]
    raise AssertionError(f"no line starting with {label!r} in:\n{text[:3000]}")


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


@pytest.fixture(scope="session")
def kit():
    """The dataset and PDF helpers (importlib mode cannot import this conftest by name)."""
    from types import SimpleNamespace

    return SimpleNamespace(COMPANIES=COMPANIES, pdf_text=pdf_text, table_row=table_row, page_count=page_count,
                           HOSTILE=HOSTILE, CJK_NAMES=CJK_NAMES)

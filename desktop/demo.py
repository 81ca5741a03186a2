"""Fictional sample surveys (seeded, reproducible) for newcomers, screenshots, tests and benchmarks.

Every demo company is invented and marked: its English name ends in "(demo)", its notes say so, and
the database records `demo_surveys` in its settings table. The shape follows what the reference data
says of the region: most Japanese firms in Liaoning (Dalian first, then Shenyang), autos around
Changchun, fewer firms inland.
"""

from __future__ import annotations

import datetime as _dt
import random
import uuid
from collections.abc import Callable

from desktop.questionnaire import load_questionnaire
from desktop.store import Store, bulk

# (province, city, weight, industry weights)
PLACES = [
    ("21", "2102", 44, {"M10": 4, "M11": 5, "M09": 4, "M12": 2, "M08": 2, "M01": 2, "N05": 4, "N01": 4, "N03": 2, "M14": 1}),
    ("21", "2101", 18, {"M09": 4, "M12": 4, "M08": 2, "M04": 2, "N01": 3, "N05": 1, "N02": 1}),
    ("21", "2108", 3, {"M08": 3, "M04": 2, "N03": 2}),
    ("21", "2103", 2, {"M08": 4, "M09": 1}),
    ("21", "2106", 2, {"M01": 2, "M02": 3}),
    ("21", "2107", 1, {"M04": 2, "M11": 1}),
    ("22", "2201", 13, {"M12": 8, "M09": 2, "N01": 2, "M01": 1}),
    ("22", "2202", 3, {"M04": 3, "M12": 1}),
    ("22", "2224", 2, {"M01": 2, "N08": 1, "N01": 1}),
    ("23", "2301", 8, {"M01": 3, "M09": 3, "M05": 1, "N01": 2, "N02": 1}),
    ("23", "2306", 2, {"M04": 3, "M06": 2}),
    ("23", "2310", 1, {"M03": 2, "N01": 1}),
    ("23", "2302", 1, {"M09": 2, "M08": 1}),
]

STEMS = [
    ("Kitakaze", "北風", "北风"), ("Shirakaba", "白樺", "白桦"), ("Yukimi", "雪見", "雪见"),
    ("Hoshizora", "星空", "星空"), ("Asagiri", "朝霧", "朝雾"), ("Kurenai", "紅", "红叶"),
    ("Tsubame", "燕", "飞燕"), ("Minato", "湊", "港湾"), ("Hinode", "日の出", "日出"),
    ("Sakuragawa", "桜川", "樱川"), ("Aozora", "青空", "蓝天"), ("Kogane", "黄金", "黄金"),
    ("Ginga", "銀河", "银河"), ("Tokiwa", "常磐", "常磐"), ("Hayate", "疾風", "疾风"),
    ("Midori", "緑", "绿源"), ("Izumi", "泉", "清泉"), ("Kazahana", "風花", "风花"),
]
TRADES = {
    "M": [("Precision", "精機", "精密机械"), ("Electronics", "電子", "电子"), ("Industries", "工業", "工业"),
          ("Parts", "部品", "零部件"), ("Materials", "素材", "材料")],
    "N": [("Trading", "商事", "商贸"), ("Logistics", "物流", "物流"), ("Software", "ソフト", "软件"),
          ("Services", "サービス", "服务")],
}
CITY_ZH = {"2102": "大连", "2101": "沈阳", "2108": "营口", "2103": "鞍山", "2106": "丹东", "2107": "锦州",
           "2201": "长春", "2202": "吉林", "2224": "延边", "2301": "哈尔滨", "2306": "大庆", "2310": "牡丹江",
           "2302": "齐齐哈尔"}
CITY_JA = {"2102": "大連", "2101": "瀋陽", "2108": "営口", "2103": "鞍山", "2106": "丹東", "2107": "錦州",
           "2201": "長春", "2202": "吉林", "2224": "延辺", "2301": "ハルビン", "2306": "大慶", "2310": "牡丹江",
           "2302": "チチハル"}
ANALYSTS = ["Sato Yui", "Wang Lei", "Tanaka Ken", "Li Na", "Suzuki Aoi"]


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _shares(rng: random.Random, local_mean: float) -> tuple[float, float, float]:
    local = max(0, min(100, round(rng.gauss(local_mean, 20))))
    japan = round((100 - local) * rng.uniform(0.3, 0.9))
    return float(local), float(japan), float(100 - local - japan)


def _company(rng: random.Random, n: int) -> dict:
    prov, city, _, industries = rng.choices(PLACES, weights=[p[2] for p in PLACES])[0]
    industry = _pick(rng, industries)
    stem = STEMS[n % len(STEMS)]
    trade = rng.choice(TRADES[industry[0]])
    suffix = f" {n // len(STEMS) + 1}" if n >= len(STEMS) else ""
    city_zh = CITY_ZH[city]
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "name_local": f"{city_zh}{stem[2]}{trade[2]}有限公司{suffix}",
        "name_en": f"{stem[0]} {trade[0]} ({_city_en(city)}) Co., Ltd.{suffix} (demo)",
        "name_ja": f"{stem[1]}{trade[1]}（{CITY_JA[city]}）有限公司{suffix}",
        "parent_company": f"{stem[0]} {trade[0]} K.K. (fictional)",
        "parent_size": "large" if rng.random() < 0.55 else "sme",
        "province": prov, "city": city,
        "dev_zone": "Dalian ETDZ (Jinzhou)" if city == "2102" and rng.random() < 0.5 else None,
        "establishment_type": rng.choices(["subsidiary", "branch", "rep_office"], [90, 4, 6])[0],
        "investment_form": rng.choices(["wholly_owned", "equity_jv", "contractual_jv"], [70, 27, 3])[0],
        "japanese_equity_pct": float(rng.choice([100, 100, 100, 80, 70, 60, 51, 49])),
        "year_established": rng.randint(1985, 2020) if prov == "21" else rng.randint(1992, 2021),
        "industry": industry,
    }


_CITY_EN = {"2102": "Dalian", "2101": "Shenyang", "2108": "Yingkou", "2103": "Anshan", "2106": "Dandong",
            "2107": "Jinzhou", "2201": "Changchun", "2202": "Jilin", "2224": "Yanbian", "2301": "Harbin",
            "2306": "Daqing", "2310": "Mudanjiang", "2302": "Qiqihar"}


def _city_en(code: str) -> str:
    return _CITY_EN[code]


def _survey(rng: random.Random, company: dict, year: int, today: _dt.date) -> dict:
    coastal = company["province"] == "21"
    mfg = company["industry"].startswith("M")
    date = min(_dt.date(year, rng.randint(3, 11), rng.randint(1, 28)), today)
    employees = int(rng.lognormvariate(5.0 if mfg else 3.5, 1.0)) + 3
    expats = min(employees, max(0, int(rng.gauss(4 if mfg else 2, 3))))
    vs_prev = rng.choices(["improve", "same", "deteriorate"], [30, 35, 35] if coastal else [25, 35, 40])[0]
    direction = rng.choices(["expand", "maintain", "reduce", "relocate_withdraw"],
                            [32, 55, 10, 3] if coastal else [22, 60, 13, 5])[0]
    problems_w = {"mp_wage_increase": 70, "mp_competitor_cost": 45, "mp_employee_quality": 35,
                  "mp_procurement_cost": 30, "mp_price_cut_request": 30, "mp_market_sluggish": 25,
                  "mp_recruit_engineers": 20, "mp_quality_control": 20, "mp_labor_shortage": 15,
                  "mp_fx_local_jpy": 15, "mp_customs": 10, "mp_logistics": 8 if coastal else 30,
                  "mp_power": 3 if coastal else 10, "mp_local_procurement": 15 if coastal else 25}
    k = rng.randint(1, 5)
    problems: list[str] = []
    while len(problems) < k:
        p = _pick(rng, problems_w)
        if p not in problems:
            problems.append(p)
    s = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "company_id": company["id"],
        "status": "final" if rng.random() < 0.9 else "draft",
        "interview_date": date.isoformat(), "analyst": rng.choice(ANALYSTS),
        "interview_mode": rng.choices(["visit", "phone", "online", "written"], [60, 10, 20, 10])[0],
        "reference_year": year, "employees": employees, "japanese_expats": expats,
        "headcount_change": rng.choice(["increase", "same", "decrease"]),
        "op_profit_forecast": rng.choices(["surplus", "break_even", "deficit"],
                                          [68, 14, 18] if coastal else [58, 16, 26])[0],
        "op_profit_vs_prev": vs_prev,
        "op_profit_change_reasons": rng.sample(["local_sales_up", "local_sales_down", "productivity_up",
                                                "labor_cost_down", "input_cost_up", "fx"], rng.randint(1, 3))
        if vs_prev != "same" else [],
        "business_direction": direction,
        "expand_functions": rng.sample(["sales", "production_high_value", "production_general", "rnd",
                                        "logistics"], rng.randint(1, 2)) if direction == "expand" else [],
        "relocation_destination": rng.choice(["japan", "asean", "other_china", "withdraw"])
        if direction == "relocate_withdraw" else None,
        "management_problems": problems,
        "infra_port": min(5, max(1, round(rng.gauss(4.0 if coastal else 2.6, 0.8)))),
        "infra_rail": min(5, max(1, round(rng.gauss(3.4 if coastal else 2.9, 0.8)))),
        "infra_road": min(5, max(1, round(rng.gauss(3.6 if coastal else 3.1, 0.8)))),
        "infra_air": min(5, max(1, round(rng.gauss(3.5 if coastal else 3.0, 0.9)))),
        "infra_power": min(5, max(1, round(rng.gauss(3.8, 0.7)))),
        "infra_customs": min(5, max(1, round(rng.gauss(3.2, 0.9)))),
        "notes": "Fictional demo survey generated by `dongbei demo`; not real data.",
    }
    for key in ("sales", "proc"):
        if mfg:
            local, japan, other = _shares(rng, 55 if key == "sales" else (60 if coastal else 50))
        else:
            local = japan = other = None  # type: ignore[assignment]
        s[f"{key}_local_pct"], s[f"{key}_japan_pct"], s[f"{key}_other_pct"] = local, japan, other
    return s


def generate(store: Store, surveys: int = 300, seed: int = 2025, last_year: int | None = None,
             progress: Callable[[int, int], None] | None = None, batch: int = 20000) -> dict[str, int]:
    """Add `surveys` fictional surveys (companies surveyed in several years) in one transaction."""
    load_questionnaire()
    rng = random.Random(seed)
    today = _dt.date.today()
    last_year = last_year or (today.year - 1)
    made_s = made_c = 0
    n = 0
    with store.write() as conn:
        while made_s < surveys:
            comps, survs = [], []
            while made_s + len(survs) < surveys and len(survs) < batch:
                company = _company(rng, n)
                n += 1
                comps.append(company)
                years = rng.randint(1, 4)
                for year in range(last_year - years + 1, last_year + 1):
                    if made_s + len(survs) >= surveys:
                        break
                    survs.append(_survey(rng, company, year, today))
            bulk.insert_companies(conn, comps, store.who or "demo")
            bulk.insert_surveys(conn, survs, store.who or "demo")
            made_c += len(comps)
            made_s += len(survs)
            if progress:
                progress(made_s, surveys)
        bulk.add_to_setting_count(conn, "demo_surveys", made_s)
    return {"surveys": made_s, "companies": made_c}

"""SQL -> pandas frames for the PDF briefs: only the columns the briefs need, one survey per company.

Every frame counts a company once per period: among the surveys that pass the filter (not in the trash,
final only unless drafts are asked for, in the reference year or interview-date range), the latest
survey of each company is kept (latest reference year, then interview date, then last update).
No Qt here; the aggregation itself is pure pandas in desktop.reports.aggregates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from desktop.questionnaire import load_questionnaire
from desktop.store.connection import Store

PROVINCES = ("21", "22", "23")

# survey columns the briefs read (checked against the questionnaire on use, never a free list of SQL)
BRIEF_SURVEY_COLUMNS = (
    "reference_year", "interview_date", "employees", "op_profit_forecast", "op_profit_vs_prev",
    "business_direction", "sales_local_pct", "sales_japan_pct", "sales_other_pct",
    "proc_local_pct", "proc_japan_pct", "proc_other_pct",
)
BRIEF_COMPANY_COLUMNS = ("province", "city", "industry", "year_established")


def infra_columns() -> list[str]:
    """The infrastructure rating questions, from the questionnaire (section 'infrastructure')."""
    return [q.id for q in load_questionnaire().questions if q.type == "rating"]


@dataclass(frozen=True)
class BriefFilter:
    """Which surveys a brief rests on.

    year: reference year (None: every year, each company by its latest survey).
    date_from, date_to: interview-date range, ISO 'YYYY-MM-DD', inclusive ('' = open).
    drafts: include draft surveys too (default: final surveys only).
    """

    year: int | None = None
    date_from: str = ""
    date_to: str = ""
    drafts: bool = False

    def where(self) -> tuple[str, list[Any]]:
        """SQL conditions on the surveys table (alias s) and their parameters."""
        conds = ["s.deleted_at IS NULL"]
        params: list[Any] = []
        if not self.drafts:  # '+' keeps SQLite from the status index: a table scan is faster here
            conds.append("+s.status = 'final'")
        if self.year is not None:
            conds.append("s.reference_year = ?")
            params.append(int(self.year))
        if self.date_from:
            conds.append("s.interview_date >= ?")
            params.append(self.date_from)
        if self.date_to:
            conds.append("s.interview_date <= ?")
            params.append(self.date_to)
        return " AND ".join(conds), params


def _checked(names: list[str] | tuple[str, ...], entity: str) -> list[str]:
    known = {q.id for q in load_questionnaire().scalar(entity)}
    bad = [n for n in names if n not in known]
    if bad:
        raise ValueError(f"not {entity} questions of the questionnaire: {bad}")
    return list(names)


def _latest_cte(flt: BriefFilter) -> tuple[str, list[Any]]:
    """CTE `latest(survey_id, n_surveys, last_update)`: the latest survey of each company in the filter.

    The sort key ends with the survey id (36 characters), so the id of the latest survey is the tail of
    max(key): one GROUP BY pass, much faster than a window function at 100,000 surveys.
    """
    where, params = flt.where()
    cte = ("WITH latest AS (SELECT substr(max(printf('%04d|%s|%s|%s', s.reference_year, coalesce(s.interview_date, ''), "
           "s.updated_at, s.id)), -36) AS survey_id, count(*) AS n_surveys, max(s.updated_at) AS last_update "
           f"FROM surveys s WHERE {where} GROUP BY s.company_id)")
    return cte, params


JOIN_LATEST = ("FROM latest l JOIN surveys s ON s.id = l.survey_id JOIN companies c ON c.id = s.company_id "
               "WHERE c.deleted_at IS NULL")


def _fast_reads(store: Store) -> None:
    """Let this connection map the file into memory and cache more pages (read speed at 100k surveys)."""
    store.conn.execute("PRAGMA mmap_size = 1073741824")
    store.conn.execute("PRAGMA cache_size = -65536")


def _frame(store: Store, sql: str, params: list[Any]) -> pd.DataFrame:
    cur = store.conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return pd.DataFrame.from_records(cur.fetchall(), columns=names)


def survey_frame(store: Store, flt: BriefFilter, multi: tuple[str, ...] = ("management_problems",)) -> pd.DataFrame:
    """One row per company (its latest survey in the filter), all three provinces.

    Columns (no identifiers: a row is a company, the briefs need no more): n_surveys (the company's surveys in the filter), last_update (of
    any of them), province, city, industry, year_established, the
    survey columns the briefs use (BRIEF_SURVEY_COLUMNS + infrastructure ratings), and for each
    multi-select question in `multi` a column of its codes joined by spaces.
    """
    company = _checked(BRIEF_COMPANY_COLUMNS, "company")
    extra = _checked(list(BRIEF_SURVEY_COLUMNS) + infra_columns(), "survey")
    known_multi = {q.id for q in load_questionnaire().multi()}
    if set(multi) - known_multi:
        raise ValueError(f"not multi-select questions: {sorted(set(multi) - known_multi)}")
    cte, params = _latest_cte(flt)
    subs = [f"(SELECT group_concat(code, ' ') FROM survey_choices sc WHERE sc.survey_id = s.id "
            f"AND sc.question = '{m}') AS {m}" for m in multi]
    select = ", ".join(["l.n_surveys", "l.last_update"] + [f"c.{c}" for c in company]
                       + [f"s.{c}" for c in extra] + subs)
    cols = ["n_surveys", "last_update", *company, *extra, *multi]
    _fast_reads(store)
    df = _frame(store, f"{cte} SELECT {select} {JOIN_LATEST}", params)
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    return df


def company_list(store: Store, flt: BriefFilter, province: str) -> pd.DataFrame:
    """The surveyed companies of one province (for the optional appendix), by local name."""
    cte, params = _latest_cte(flt)
    return _frame(store, f"{cte} SELECT c.id AS company_id, c.name_local, c.name_en, c.name_ja, c.city, "
                         f"c.industry, c.year_established {JOIN_LATEST} AND c.province = ? "
                         f"ORDER BY c.name_local, c.id", [*params, province])


def provinces(store: Store) -> pd.DataFrame:
    """The provinces table: names and population/GDP/area with year and source."""
    return _frame(store, "SELECT code, name_en, name_zh, name_ja, capital_city_code, population_million, "
                         "population_year, population_source, gdp_cny_bn, gdp_year, gdp_source, area_km2, "
                         "area_source, status FROM provinces WHERE retired = 0 ORDER BY code", [])


FIGURE_COLUMNS = ("id", "geography", "partner", "indicator", "indicator_label_en", "value", "unit", "period",
                  "count_kind", "status", "source_name", "source_url", "note")


def reference_figures(store: Store, geography: str) -> list[dict[str, Any]]:
    """The latest figure of each indicator for one geography ('21', a city code, 'NE3', 'CN').

    Uses desktop.store.reference.latest_figures when that module exists; otherwise reads the
    reference_figures table (non-retired rows, latest period per indicator and partner).
    """
    try:
        from desktop.store import reference  # owned by the reference helper
        latest = getattr(reference, "latest_figures", None)
    except ImportError:
        latest = None
    if latest is not None:
        return [dict(r) for r in latest(store, geography)]
    cur = store.conn.execute(
        f"SELECT {', '.join(FIGURE_COLUMNS)} FROM reference_figures WHERE geography = ? AND retired = 0 "
        f"ORDER BY indicator, partner, period DESC, id", (geography,))
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for row in cur.fetchall():
        rec = dict(zip(FIGURE_COLUMNS, row))
        out.setdefault((rec["indicator"], rec["partner"]), rec)
    return list(out.values())


def city_codes(store: Store, province: str) -> list[str]:
    return [r[0] for r in store.conn.execute(
        "SELECT code FROM cities WHERE province_code = ? AND retired = 0 ORDER BY code", (province,))]

"""The survey list: filtered, sorted, paged queries and counts, fast at 100,000 surveys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.store.companies import name_filter
from desktop.store.connection import Store

LIST_COLUMNS = {
    "id": "s.id",
    "name_local": "companies.name_local",
    "name_en": "companies.name_en",
    "name_ja": "companies.name_ja",
    "province": "companies.province",
    "city": "companies.city",
    "industry": "companies.industry",
    "interview_date": "s.interview_date",
    "reference_year": "s.reference_year",
    "analyst": "s.analyst",
    "status": "s.status",
    "employees": "s.employees",
    "updated_at": "s.updated_at",
    "revision": "s.revision",
    "company_id": "s.company_id",
}


@dataclass
class SurveyFilter:
    """What the survey list shows; empty fields do not filter."""

    search: str = ""
    province: str = ""
    city: str = ""
    industry: str = ""
    status: str = ""
    analyst: str = ""
    year: int | None = None
    trash: bool = False
    company_id: str = ""

    def where(self) -> tuple[str, list[Any]]:
        conds = ["s.deleted_at IS NOT NULL" if self.trash else "s.deleted_at IS NULL"]
        params: list[Any] = []
        for column, value in (("companies.province", self.province), ("companies.city", self.city),
                              ("companies.industry", self.industry), ("s.status", self.status),
                              ("s.analyst", self.analyst), ("s.company_id", self.company_id)):
            if value:
                conds.append(f"{column} = ?")
                params.append(value)
        if self.year:
            conds.append("s.reference_year = ?")
            params.append(int(self.year))
        name_cond, name_params = name_filter(self.search)
        if name_cond:
            conds.append(name_cond)
            params.extend(name_params)
        return " AND ".join(conds), params

    def needs_company_join(self) -> bool:
        return bool(self.province or self.city or self.industry)


_FROM = "FROM surveys s JOIN companies ON companies.id = s.company_id"
BROAD = 1000  # a search with more hits than this pages by walking the sort index
_WALK_INDEX = {"updated_at": "surveys_live_updated", "interview_date": "surveys_interview_date",
               "reference_year": "surveys_reference_year", "analyst": "surveys_analyst"}


def _from(flt: SurveyFilter, order_by: str = "") -> str:
    """Join companies only when a filter or the sort needs it (counting surveys alone is much faster).

    A name search starts from the matching companies (CROSS JOIN fixes that loop order), then finds
    their surveys by index: far fewer rows than testing every survey's company.
    """
    if flt.search.strip():
        return "FROM companies CROSS JOIN surveys s ON s.company_id = companies.id"
    if flt.needs_company_join() or LIST_COLUMNS.get(order_by, "").startswith("companies."):
        return _FROM
    return "FROM surveys s"


def count_surveys(store: Store, flt: SurveyFilter | None = None, cap: int | None = None) -> int:
    """How many surveys the filter shows; with `cap`, stop counting at cap + 1 (cheap while typing:
    a result above cap reads as "more than cap")."""
    flt = flt or SurveyFilter()
    where, params = flt.where()
    if cap is not None:
        return store.conn.execute(f"SELECT count(*) FROM (SELECT 1 {_from(flt)} WHERE {where} LIMIT ?)",
                                  (*params, cap + 1)).fetchone()[0]
    return store.conn.execute(f"SELECT count(*) {_from(flt)} WHERE {where}", params).fetchone()[0]


def list_surveys(store: Store, flt: SurveyFilter | None = None, order_by: str = "updated_at",
                 descending: bool = True, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
    """One page of the survey list (LIST_COLUMNS keys), filtered and sorted."""
    if order_by not in LIST_COLUMNS:
        raise ValueError(f"cannot sort by {order_by!r}")
    flt = flt or SurveyFilter()
    where, params = flt.where()
    source = _from(flt, order_by)
    walk = _WALK_INDEX.get(order_by)
    if flt.search.strip() and walk and not (flt.trash and walk == "surveys_live_updated") \
            and count_surveys(store, flt, cap=BROAD) > BROAD:
        # a broad search (many hits): walk the sort index and stop after the page, instead of sorting
        # every hit; a narrow one is faster from its few matching companies (_from)
        source = f"FROM surveys s INDEXED BY {walk} JOIN companies ON companies.id = s.company_id"
    select = ", ".join(f"{expr} AS {name}" for name, expr in LIST_COLUMNS.items())
    direction = "DESC" if descending else "ASC"
    # page over rowids first (narrow rows, indexes), then fetch the columns of that page only
    order = f"{LIST_COLUMNS[order_by]} {direction}, s.id {direction}"
    cur = store.conn.execute(
        f"SELECT {select} FROM (SELECT s.rowid AS rid {source} WHERE {where} "
        f"ORDER BY {order} LIMIT ? OFFSET ?) AS page JOIN surveys s ON s.rowid = page.rid "
        f"JOIN companies ON companies.id = s.company_id ORDER BY {order}", (*params, limit, offset))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def distinct_values(store: Store, column: str) -> list[Any]:
    """Values present in the data for a filter box (analyst, reference_year)."""
    if column not in ("analyst", "reference_year"):
        raise ValueError(column)
    # read from the column's index alone (values of surveys in the trash included: harmless for a filter)
    return [r[0] for r in store.conn.execute(
        f"SELECT DISTINCT {column} FROM surveys WHERE {column} IS NOT NULL ORDER BY {column}")]


def totals(store: Store) -> dict[str, int]:
    """Counts for the status bar (each read from a small partial index, see migration 0003)."""
    by_status = dict(store.conn.execute(
        "SELECT status, count(*) FROM surveys WHERE deleted_at IS NULL GROUP BY status").fetchall())
    trash = store.conn.execute("SELECT count(*) FROM surveys WHERE deleted_at IS NOT NULL").fetchone()[0]
    companies_n = store.conn.execute("SELECT count(*) FROM companies WHERE deleted_at IS NULL").fetchone()[0]
    final, draft = by_status.get("final", 0), by_status.get("draft", 0)
    return {"surveys": final + draft, "final": final, "draft": draft, "companies": companies_n, "trash": trash}

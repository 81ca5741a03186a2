"""Reference data: provinces, cities, industries, zones and reference figures (read, validate, edit, import).

Figures follow db/reference/README.md: one numeric value per row with unit, period, geography, partner,
kind of count, source (name + URL) and status (VERIFIED / ESTIMATED / DERIVED). Rows with the same
geography, partner, indicator, unit and kind of count form a series; different units or kinds of count are
never put in one series (MixedSeriesError).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.store.connection import Store
from desktop.store.errors import NotFoundError, StoreError

FIGURE_COLUMNS = ("id", "geography", "partner", "indicator", "indicator_label_en", "value", "unit", "period",
                  "count_kind", "status", "source_name", "source_url", "note")
"""The columns of db/reference/figures.csv, in order (also the export/import columns)."""
EDITABLE_FIGURE_COLUMNS = FIGURE_COLUMNS[1:]
KNOWN_UNITS = ("USD bn", "USD m", "CNY bn", "firms", "bases", "persons", "projects", "%", "% y/y",
               "million persons", "km2")
COUNT_KINDS = ("", "cumulative_approvals", "operating_companies", "bases_mofa", "chamber_members",
               "investing_companies")
STATUSES = ("VERIFIED", "ESTIMATED", "DERIVED")
SPECIAL_GEOGRAPHIES = ("NE3", "CN")
PERIOD_FORMATS = ("YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM/YYYY-MM", "YYYY-H1", "YYYY-H2", "(empty)")
KEY_COLUMNS = ("geography", "indicator", "partner", "period", "unit")
"""A re-imported row matches a stored figure when these are equal."""

# table -> (key column, editable columns, required text columns)
PLACE_TABLES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "provinces": ("code", ("name_en", "name_zh", "name_ja", "capital_city_code", "population_million",
                           "population_year", "population_source", "gdp_cny_bn", "gdp_year", "gdp_source",
                           "area_km2", "area_source", "status"), ("name_en", "name_zh", "name_ja")),
    "cities": ("code", ("province_code", "name_zh", "name_en", "name_ja", "division_type", "is_capital",
                        "is_subprovincial", "pop_2023_10k", "note", "source", "name_ja_status"),
               ("province_code", "name_zh", "name_en", "name_ja", "source")),
    "industries": ("code", ("grp", "label_en", "label_ja", "label_zh", "status", "source"),
                   ("grp", "label_en", "label_ja", "label_zh")),
    "zones": ("id", ("kind", "province_code", "city", "name_en", "name_zh", "name_ja", "facts", "source"),
              ("kind", "province_code", "name_en", "source")),
}
_REAL = {"population_million", "gdp_cny_bn", "area_km2", "pop_2023_10k", "value"}
_BOOL = {"is_capital", "is_subprovincial"}


class MixedSeriesError(StoreError):
    """Figures of different units, kinds of count or partners were asked for as one series."""

    def __init__(self, message: str, groups: list[list[dict[str, Any]]]):
        super().__init__(message)
        self.groups = groups


@dataclass(frozen=True)
class FigureProblem:
    column: str
    message: str


class FigureInvalid(StoreError):
    """A figure row failed validation; `problems` names the column of each."""

    def __init__(self, problems: list[FigureProblem]):
        self.problems = problems
        super().__init__("; ".join(f"{p.column}: {p.message}" for p in problems))


# ---------------------------------------------------------------- periods

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$")
_HALF = re.compile(r"^(\d{4})-H([12])$")


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(period: str) -> tuple[_dt.date, _dt.date] | None:
    """(first day, last day) a period covers; None for the empty period. ValueError names the formats."""
    p = (period or "").strip()
    try:
        if not p:
            return None
        if m := _YEAR.match(p):
            y = int(m[1])
            return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
        if m := _MONTH.match(p):
            y, mo = int(m[1]), int(m[2])
            return _dt.date(y, mo, 1), _month_end(y, mo)
        if m := _DATE.match(p):
            d = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _RANGE.match(p):
            start, end = _dt.date(int(m[1]), int(m[2]), 1), _month_end(int(m[3]), int(m[4]))
            if end < start:
                raise ValueError(f"period {p!r} ends before it starts")
            return start, end
        if m := _HALF.match(p):
            y, h = int(m[1]), int(m[2])
            return (_dt.date(y, 1, 1), _dt.date(y, 6, 30)) if h == 1 else (_dt.date(y, 7, 1), _dt.date(y, 12, 31))
    except ValueError as exc:
        if "period" in str(exc):
            raise
        raise ValueError(f"period {p!r} is not a real date ({exc})") from exc
    raise ValueError(f"period {p!r} is not in a known format ({', '.join(PERIOD_FORMATS)})")


def period_key(period: str) -> tuple[str, int]:
    """Sort key: by the last day covered, then by the length covered; the empty period sorts first.

    '2012' > '2012-01/2012-09' (a full year ends later); '2019' > '2019-H2' > '2019-12-31' (same end: the
    figure covering more wins, so the latest of a series is the most complete one).
    Unparseable periods sort first too (they never pass validation into the database).
    """
    try:
        span = parse_period(period)
    except ValueError:
        span = None
    if span is None:
        return ("", 0)
    return (span[1].isoformat(), (span[1] - span[0]).days)


def period_start_year(period: str) -> int | None:
    try:
        span = parse_period(period)
    except ValueError:
        return None
    return span[0].year if span else None


# ---------------------------------------------------------------- reading

def _rows(store: Store, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return list(store.db.query(sql, tuple(params)))


def _retired(include_retired: bool) -> str:
    return "" if include_retired else " WHERE retired = 0"


def provinces(store: Store, include_retired: bool = False) -> list[dict[str, Any]]:
    return _rows(store, f"SELECT * FROM provinces{_retired(include_retired)} ORDER BY code")


def cities(store: Store, province: str | None = None, include_retired: bool = False) -> list[dict[str, Any]]:
    where, params = [], []
    if not include_retired:
        where.append("retired = 0")
    if province:
        where.append("province_code = ?")
        params.append(province)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return _rows(store, f"SELECT * FROM cities{clause} ORDER BY code", params)


def industries(store: Store, include_retired: bool = False) -> list[dict[str, Any]]:
    return _rows(store, f"SELECT * FROM industries{_retired(include_retired)} ORDER BY code")


def zones(store: Store, include_retired: bool = False) -> list[dict[str, Any]]:
    return _rows(store, f"SELECT * FROM zones{_retired(include_retired)} ORDER BY province_code, id")


def codebook_reference(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Provinces, cities and industries as desktop.questionnaire.parse(..., reference=...) expects them.

    Retired rows are included with retired=1; desktop.questionnaire.loader.reference_items skips them.
    """
    return {"provinces": provinces(store, True), "cities": cities(store, include_retired=True),
            "industries": industries(store, True)}


def figures(store: Store, geography: str | None = None, include_retired: bool = False) -> list[dict[str, Any]]:
    """Figures (all columns), by geography, indicator, partner and period."""
    where, params = [], []
    if not include_retired:
        where.append("retired = 0")
    if geography:
        where.append("geography = ?")
        params.append(geography)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = _rows(store, f"SELECT * FROM reference_figures{clause}", params)
    rows.sort(key=lambda r: (r["geography"], r["indicator"], r["partner"], period_key(r["period"]), r["id"]))
    return rows


def get_figure(store: Store, figure_id: str) -> dict[str, Any]:
    rows = _rows(store, "SELECT * FROM reference_figures WHERE id = ?", (figure_id,))
    if not rows:
        raise NotFoundError(f"no reference figure with id {figure_id}")
    return rows[0]


def latest_figures(store: Store, geography: str, year: int | None = None) -> list[dict[str, Any]]:
    """The latest non-retired figure of each (indicator, partner, unit, count_kind) for `geography`.

    year: take the figure whose period starts in that year, or else the latest one starting before it;
        figures with no period (e.g. an area) always qualify. Sorted by indicator, partner.
    """
    best: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for f in figures(store, geography):
        if year is not None:
            start = period_start_year(f["period"])
            if start is not None and start > year:
                continue
        key = (f["indicator"], f["partner"], f["unit"], f["count_kind"])
        if key not in best or period_key(f["period"]) >= period_key(best[key]["period"]):
            best[key] = f
    return sorted(best.values(), key=lambda f: (f["indicator"], f["partner"], f["unit"], f["count_kind"]))


def split_series(rows: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Split figures into consistent series: one list per (geography, indicator, partner, unit, count_kind),
    each sorted by period; the lists in order of their first period."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for f in rows:
        key = (f["geography"], f["indicator"], f["partner"], f["unit"], f["count_kind"])
        groups.setdefault(key, []).append(f)
    out = [sorted(g, key=lambda f: period_key(f["period"])) for g in groups.values()]
    return sorted(out, key=lambda g: (period_key(g[0]["period"]), g[0]["unit"], g[0]["count_kind"]))


def series(store: Store, geography: str, indicator: str, partner: str | None = None) -> list[dict[str, Any]]:
    """Non-retired figures of one indicator for one geography (and partner), sorted by period.

    Raises MixedSeriesError when the figures differ in unit, kind of count or partner: such values are
    never summed or charted together; `error.groups` holds the consistent series (see split_series).
    """
    rows = [f for f in figures(store, geography) if f["indicator"] == indicator
            and (partner is None or f["partner"] == partner)]
    groups = split_series(rows)
    if len(groups) > 1:
        parts = ", ".join(f"{g[0]['partner']}/{g[0]['unit']}"
                          + (f"/{g[0]['count_kind']}" if g[0]["count_kind"] else "")
                          + f" ({len(g)})" for g in groups)
        raise MixedSeriesError(
            f"{indicator} for {geography} mixes partners, units or kinds of count ({parts}); "
            f"these are not one series: choose one (split_series gives each)", groups)
    return groups[0] if groups else []


def citation(figure: dict[str, Any]) -> str:
    """One footnote line: period, source name and URL, and the status when not VERIFIED."""
    parts = [f"{figure['period']}" if figure.get("period") else "no period stated",
             f"{figure['source_name']} <{figure['source_url']}>"]
    if figure.get("status") == "ESTIMATED":
        parts.append("estimate")
    elif figure.get("status") == "DERIVED":
        parts.append("derived: " + (figure.get("note") or "computed from other figures"))
    return "; ".join(parts)


# ---------------------------------------------------------------- validation

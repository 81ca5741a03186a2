"""Brief indicators from the survey frame (pure, vectorised pandas; no SQL, no Qt).

Every number is a `Figure` that knows how many companies it rests on. A figure resting on fewer than
`threshold` companies is suppressed (value None): the brief prints a dash and a footnote instead.
What a figure rests on:
- a share or mean: the companies that answered the question (its base);
- a count of companies (by city, industry, period of establishment): the count itself. When exactly one
  cell of such a distribution is suppressed, the next smallest cell is suppressed too, so the hidden
  cell cannot be recovered by subtracting the others from the total (secondary suppression).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from desktop.questionnaire import load_questionnaire

PROVINCES = ("21", "22", "23")
TOTAL = "NE3"
GEOS = (*PROVINCES, TOTAL)
DEFAULT_THRESHOLD = 3
PERIODS_ESTABLISHED = (("-1989", None, 1989), ("1990-1999", 1990, 1999), ("2000-2009", 2000, 2009),
                       ("2010-2019", 2010, 2019), ("2020-", 2020, None))


@dataclass(frozen=True)
class Figure:
    """A number of the brief. value is None when suppressed (base below the threshold) or unknown."""

    value: float | None
    base: int
    suppressed: bool = False


@dataclass
class Indicators:
    """Everything a brief prints for one geography (a province code or NE3)."""

    geo: str
    companies: int = 0
    surveys: int = 0
    last_update: str = ""
    profit: dict[str, Figure] = field(default_factory=dict)
    vs_prev: dict[str, Figure] = field(default_factory=dict)
    di: Figure = Figure(None, 0)
    direction: dict[str, Figure] = field(default_factory=dict)
    expanding: Figure = Figure(None, 0)
    employees_total: Figure = Figure(None, 0)
    employees_mean: Figure = Figure(None, 0)
    manufacturers: int = 0
    sales: dict[str, Figure] = field(default_factory=dict)
    procurement: dict[str, Figure] = field(default_factory=dict)
    infra: dict[str, Figure] = field(default_factory=dict)
    problems: dict[str, Figure] = field(default_factory=dict)
    problem_respondents: int = 0
    by_city: dict[str, Figure] = field(default_factory=dict)
    by_industry: dict[str, Figure] = field(default_factory=dict)
    by_established: dict[str, Figure] = field(default_factory=dict)

    @property
    def any_suppressed(self) -> bool:
        groups = [self.profit, self.vs_prev, self.direction, self.sales, self.procurement, self.infra,
                  self.problems, self.by_city, self.by_industry, self.by_established]
        singles = [self.di, self.expanding, self.employees_total, self.employees_mean]
        return any(f.suppressed for f in singles) or any(f.suppressed for g in groups for f in g.values())


def _fig(value: float | None, base: int, threshold: int) -> Figure:
    if base < threshold:
        return Figure(None, base, suppressed=base > 0 or value is not None)
    return Figure(None if value is None or pd.isna(value) else float(value), base)


def _shares(col: pd.Series, codes: list[str], threshold: int) -> dict[str, Figure]:
    counts = col.value_counts()
    counts = counts[counts.index.astype(str) != ""]
    base = int(counts.sum())
    return {c: _fig(100.0 * counts.get(c, 0) / base if base else None, base, threshold) for c in codes}


def _mean(col: pd.Series, threshold: int) -> Figure:
    values = pd.to_numeric(col, errors="coerce").dropna()
    return _fig(values.mean() if len(values) else None, len(values), threshold)


def suppress_counts(counts: dict[str, int], threshold: int) -> dict[str, Figure]:
    """Counts of companies with primary (count < threshold) and secondary suppression."""
    out = {k: _fig(float(n), int(n), threshold) for k, n in counts.items()}
    hidden = [k for k, f in out.items() if f.suppressed]
    if len(hidden) == 1:
        shown = sorted((f.base, k) for k, f in out.items() if not f.suppressed)
        if shown:
            k = shown[0][1]
            out[k] = Figure(None, out[k].base, suppressed=True)
    return out


def _counts(col: pd.Series, threshold: int, order: list[str] | None = None) -> dict[str, Figure]:
    vc = col.value_counts()
    vc = vc[vc > 0]
    vc.index = vc.index.astype(str)
    keys = [k for k in (order or []) if k in vc.index] + sorted(k for k in vc.index if k not in (order or []))
    counts = {k: int(vc[k]) for k in keys}
    figs = suppress_counts(counts, threshold)
    return dict(sorted(figs.items(), key=lambda kv: (-kv[1].base, keys.index(kv[0]))))


def _established(col: pd.Series, threshold: int) -> dict[str, Figure]:
    years = pd.to_numeric(col, errors="coerce").dropna()
    counts = {}
    for label, lo, hi in PERIODS_ESTABLISHED:
        mask = pd.Series(True, index=years.index)
        if lo is not None:
            mask &= years >= lo
        if hi is not None:
            mask &= years <= hi
        counts[label] = int(mask.sum())
    figs = suppress_counts({k: n for k, n in counts.items() if n}, threshold)
    return {label: figs.get(label, Figure(0.0, 0)) for label, _, _ in PERIODS_ESTABLISHED}


def _problems(exploded: pd.Series, base: int, codes: list[str], threshold: int) -> tuple[dict[str, Figure], int]:
    counts = exploded.value_counts()
    return {c: _fig(100.0 * counts.get(c, 0) / base if base else None, base, threshold) for c in codes}, base


CATEGORICAL = ("province", "city", "industry", "op_profit_forecast", "op_profit_vs_prev", "business_direction")


def prepare(frame: pd.DataFrame) -> pd.DataFrame:
    """survey_frame() output with code columns as categoricals (fast counting at 100,000 surveys)."""
    df = frame.copy()
    for c in CATEGORICAL:
        df[c] = df[c].astype("category")
    df["industry_is_mfg"] = df["industry"].astype(str).str.startswith("M")
    return df


def exploded_problems(df: pd.DataFrame) -> pd.Series:
    """One row per (company row, problem code), indexed like df; empty answers dropped."""
    col = df["management_problems"].dropna()
    col = col[col.astype(str).str.len() > 0]
    return col.astype(str).str.split(" ").explode().astype("category")


def indicators(frame: pd.DataFrame, geo: str, threshold: int = DEFAULT_THRESHOLD,
               problems: pd.Series | None = None) -> Indicators:
    """Indicators of one geography from survey_frame() output (one row per company).

    frame may be prepare()d and problems exploded_problems(frame) already (all_indicators does so).
    """
    qn = load_questionnaire()
    cb = qn.codebooks
    if "industry_is_mfg" not in frame.columns:
        frame = prepare(frame)
    if problems is None:
        problems = exploded_problems(frame)
    mask = frame["province"].isin(PROVINCES) if geo == TOTAL else frame["province"] == geo
    df = frame[mask]
    ind = Indicators(geo=geo, companies=len(df),
                     surveys=int(pd.to_numeric(df["n_surveys"]).sum()) if len(df) else 0,
                     last_update=str(df["last_update"].max())[:10] if len(df) else "")
    ind.profit = _shares(df["op_profit_forecast"], cb["op_profit_forecast"].codes(), threshold)
    ind.vs_prev = _shares(df["op_profit_vs_prev"], cb["op_profit_vs_prev"].codes(), threshold)
    improve, worse = ind.vs_prev.get("improve"), ind.vs_prev.get("deteriorate")
    if improve and worse and improve.value is not None and worse.value is not None:
        ind.di = Figure(improve.value - worse.value, improve.base)
    else:
        ind.di = _fig(None, improve.base if improve else 0, threshold)
    ind.direction = _shares(df["business_direction"], cb["business_direction"].codes(), threshold)
    ind.expanding = ind.direction.get("expand", Figure(None, 0))
    employees = pd.to_numeric(df["employees"], errors="coerce").dropna()
    ind.employees_total = _fig(employees.sum() if len(employees) else None, len(employees), threshold)
    ind.employees_mean = _fig(employees.mean() if len(employees) else None, len(employees), threshold)
    mfg = df[df["industry_is_mfg"]]
    ind.manufacturers = len(mfg)
    ind.sales = {k: _mean(mfg[f"sales_{k}_pct"], threshold) for k in ("local", "japan", "other")}
    ind.procurement = {k: _mean(mfg[f"proc_{k}_pct"], threshold) for k in ("local", "japan", "other")}
    ind.infra = {q.id: _mean(df[q.id], threshold) for q in qn.questions if q.type == "rating"}
    mine = problems[problems.index.isin(df.index)]
    ind.problems, ind.problem_respondents = _problems(
        mine, int(mine.index.nunique()), cb["management_problem"].codes(), threshold)
    ind.by_city = _counts(df["city"], threshold, cb["city"].codes())
    ind.by_industry = _counts(df["industry"], threshold, cb["industry"].codes())
    ind.by_established = _established(df["year_established"], threshold)
    return ind


def all_indicators(frame: pd.DataFrame, threshold: int = DEFAULT_THRESHOLD) -> dict[str, Indicators]:
    """Indicators of the three provinces and their total, keyed by '21', '22', '23', 'NE3'."""
    df = prepare(frame)
    problems = exploded_problems(df)
    return {geo: indicators(df, geo, threshold, problems) for geo in GEOS}


def top_problems(ind: Indicators, fallback: Indicators, n: int = 8) -> list[str]:
    """The n most cited problems of `ind` (or of `fallback` when ind's are suppressed), most cited first."""
    source = ind if any(f.value for f in ind.problems.values()) else fallback
    ranked = sorted(((f.value or 0.0, code) for code, f in source.problems.items()), key=lambda t: -t[0])
    return [code for value, code in ranked if value > 0][:n]

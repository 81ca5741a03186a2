"""Sections shared by the province and overview briefs: title block, indicator table, context, codebook,
method note."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.reports import charts
from desktop.reports.aggregates import GEOS, TOTAL, Indicators
from desktop.reports.layout.common import Styles, figure_block, heading, keep, para, table
from desktop.reports.text import Text, count, pct, ref_value, short_province, signed

if TYPE_CHECKING:
    from desktop.reports.build import BriefData

WIDTH = 174 * mm


def filters_text(data: BriefData, tx: Text) -> str:
    o = data.options
    if o.year is not None:
        period = tx.t("period_year", year=o.year)
    elif o.date_from or o.date_to:
        period = tx.t("period_dates", start=o.date_from or "…", end=o.date_to or "…")
    else:
        period = tx.t("period_all")
    if o.year is not None and (o.date_from or o.date_to):
        period += "; " + tx.t("period_dates", start=o.date_from or "…", end=o.date_to or "…")
    status = tx.t("status_drafts" if o.drafts else "status_final")
    return f"{period}; {status}; {tx.t('threshold', n=o.threshold)}"


def names_line(code: str, tx: Text) -> str:
    item = tx.qn.codebooks["province"].get(code)
    assert item is not None
    return " · ".join(item.label[lang] for lang in ("en", "zh", "ja"))


def title_block(data: BriefData, tx: Text, st: Styles, kind: str, title: str, subtitle: str,
                geo: str) -> list[Flowable]:
    ind = data.ind[geo]
    meta = [
        (tx.t("data_as_of"), ind.last_update or "–"),
        (tx.t("generated"), data.generated),
        (tx.t("filters"), filters_text(data, tx)),
        (tx.t("n_surveys"), f"{ind.surveys:,}"),
        (tx.t("n_companies"), f"{ind.companies:,}"),
    ]
    out: list[Flowable] = [para(kind, st.subtitle), para(title, st.title)]
    if subtitle:
        out.append(para(subtitle, st.subtitle))
    out.append(Spacer(1, 3 * mm))
    out.append(table(["", ""], meta, st, [40 * mm, WIDTH - 40 * mm], numeric_from=9))
    return out


def geo_order(first: str | None) -> list[str]:
    """Columns of comparison tables: the brief's province first, then the other two, then the total."""
    provs = [g for g in GEOS if g != TOTAL]
    if first in provs:
        provs.remove(first)
        provs.insert(0, first)
    return [*provs, TOTAL]


def indicator_rows(ind: dict[str, Indicators], order: list[str], tx: Text) -> list[list[str]]:
    def row(key: str, fn: Any) -> list[str]:
        return [tx.t(key), *[fn(ind[g]) for g in order]]

    return [
        row("ind_companies", lambda i: f"{i.companies:,}"),
        row("ind_surveys", lambda i: f"{i.surveys:,}"),
        row("ind_surplus", lambda i: pct(i.profit["surplus"])),
        row("ind_break_even", lambda i: pct(i.profit["break_even"])),
        row("ind_deficit", lambda i: pct(i.profit["deficit"])),
        row("ind_di", lambda i: signed(i.di)),
        row("ind_expanding", lambda i: pct(i.expanding)),
        row("ind_employees_total", lambda i: count(i.employees_total)),
        row("ind_employees_mean", lambda i: count(i.employees_mean)),
        row("ind_proc_local", lambda i: pct(i.procurement["local"])),
        row("ind_sales_local", lambda i: pct(i.sales["local"])),
    ]


def indicator_table(data: BriefData, tx: Text, st: Styles, first: str | None) -> list[Flowable]:
    order = geo_order(first)
    rows = indicator_rows(data.ind, order, tx)
    w = (WIDTH - 70 * mm) / len(order)
    return [table([tx.t("col_indicator"), *[tx.geo(g) for g in order]], rows, st, [70 * mm] + [w] * len(order),
                  highlight_col=1 if first else None),
            para(tx.t("dash_note", n=data.options.threshold), st.small)]


def comparison_charts(data: BriefData, tx: Text, st: Styles, first: str | None) -> dict[str, Flowable]:
    """Charts that put the provinces and the total side by side (profit, direction, structure, infra)."""
    order = geo_order(first)
    names = [tx.geo(g) for g in order]
    font = st.font
    qn = tx.qn
    out: dict[str, Flowable] = {}
    profit_codes = qn.codebooks["op_profit_forecast"].codes()
    out["profit"] = figure_block(tx.t("chart_profit"), charts.stacked(
        names, [tx.code("op_profit_forecast", c) for c in profit_codes],
        [[data.ind[g].profit[c] for c in profit_codes] for g in order], font, WIDTH), st)
    dir_codes = qn.codebooks["business_direction"].codes()
    out["direction"] = figure_block(tx.t("chart_direction"), charts.stacked(
        names, [tx.code("business_direction", c) for c in dir_codes],
        [[data.ind[g].direction[c] for c in dir_codes] for g in order], font, WIDTH), st)
    parts = [tx.t("share_local"), tx.t("share_japan"), tx.t("share_other")]
    keys = ("local", "japan", "other")
    out["sales"] = figure_block(tx.t("chart_sales"), charts.stacked(
        names, parts, [[data.ind[g].sales[k] for k in keys] for g in order], font, WIDTH), st)
    out["procurement"] = figure_block(tx.t("chart_procurement"), charts.stacked(
        names, parts, [[data.ind[g].procurement[k] for k in keys] for g in order], font, WIDTH), st)
    infra = [q.id for q in qn.questions if q.type == "rating"]
    out["infra"] = figure_block(tx.t("chart_infra"), charts.hbar(
        [tx.question(q) for q in infra], [(tx.geo(g), [data.ind[g].infra[q] for q in infra]) for g in order],
        font, WIDTH, value_fmt="%.2f", value_max=5.0, bar_h=7), st,
        note=tx.t("dash_note", n=data.options.threshold))
    return out


def _status_mark(status: str, tx: Text) -> str:
    return {"ESTIMATED": tx.t("ctx_estimated"), "DERIVED": tx.t("ctx_derived")}.get(status, "")


def _geo_label(geo: str, tx: Text) -> str:
    if geo in ("21", "22", "23"):
        return tx.geo(geo)
    if geo == TOTAL:
        return tx.t("total")
    if geo == "CN":
        return "China" if tx.lang == "en" else "中国"
    return tx.code("city", geo)


def indicator_label(fig: dict[str, Any], tx: Text) -> str:
    names = tx.t("ref_indicators") if tx.lang != "en" else {}
    return names.get(fig["indicator"]) or fig.get("indicator_label_en") or fig["indicator"]


def context_section(data: BriefData, tx: Text, st: Styles, geos: list[str]) -> list[Flowable]:
    """Population, GDP, area (provinces table) and reference figures, sources as numbered notes."""
    sources: dict[str, int] = {}
    notes: list[str] = []

    def cite(name: str, url: str) -> str:
        key = f"{name} {url}".strip()
        if key not in sources:
            sources[key] = len(sources) + 1
            notes.append(f"[{sources[key]}] {name}" + (f" — {url}" if url and url != name else ""))
        return f"[{sources[key]}]"

    out = heading(tx.t("sec_context"), st)
    prov_rows = []
    provs = data.provinces.set_index("code")
    for g in [g for g in geos if g in provs.index]:
        p = provs.loc[g]
        for key, value, period, source in (
                ("ctx_population", p["population_million"], p["population_year"], p["population_source"]),
                ("ctx_gdp", p["gdp_cny_bn"], p["gdp_year"], p["gdp_source"]),
                ("ctx_area", p["area_km2"], "", p["area_source"])):
            if value is None or value != value:
                continue
            prov_rows.append([short_province(tx.geo(g)), tx.t(key), ref_value(float(value)), str(period or ""),
                              cite(str(source or ""), "")])
    fig_rows = []
    for g in geos:
        for f in data.figures.get(g, []):
            fig_rows.append([_geo_label(g, tx), indicator_label(f, tx), f"{ref_value(f['value'])} {f['unit']}",
                             f["period"], f"{cite(f['source_name'], f['source_url'])} {_status_mark(f['status'], tx)}"])
    header = [tx.t("ctx_geo"), tx.t("ctx_indicator"), tx.t("ctx_value"), tx.t("ctx_period"), tx.t("ctx_sources")]
    widths = [24 * mm, 62 * mm, 28 * mm, 32 * mm, 28 * mm]
    if prov_rows:
        out.append(table(header, prov_rows, st, widths, numeric_from=2))
        out.append(Spacer(1, 3 * mm))
    if fig_rows:
        out.append(table(header, fig_rows, st, widths, numeric_from=2))
    else:
        out.append(para(tx.t("ctx_none"), st.body))
    out.append(para(tx.t("ctx_status_note"), st.small))
    out.append(Spacer(1, 2 * mm))
    out.append(para(tx.t("ctx_sources"), st.h2))
    out.extend(para(n, st.small) for n in notes)
    return out


def method_section(data: BriefData, tx: Text, st: Styles) -> list[Flowable]:
    out = heading(tx.t("sec_method"), st)
    out.extend(para(p.format(n=data.options.threshold), st.body) for p in tx.t("method"))
    return out


def _describe(q: Any, tx: Text, provinces: list[str]) -> str:
    cb = tx.qn.codebook_for(q)
    if cb is not None:
        items = [i for i in cb.items if not (cb.name == "city" and i.parent not in provinces)]
        text = "; ".join(f"{i.code} = {i.text(tx.lang)}" for i in items)
        extra = [tx.t("cb_multi")] if q.is_multi else []
        if q.ranked:
            extra.append(tx.t("cb_ranked"))
        return text + (f" ({', '.join(extra)})" if extra else "")
    if q.type in ("text", "longtext"):
        return tx.t("cb_type_text")
    if q.type == "date":
        return tx.t("cb_type_date")
    hi = q.max if q.max is not None else q.max_spec.replace("_", " ")
    unit = q.unit.get(tx.lang, "") if q.unit else ""
    lo = "" if q.min is None else q.min
    return f"{tx.t('cb_type_number')} {lo}–{hi} {unit}".strip()


def codebook_section(tx: Text, st: Styles, provinces: list[str]) -> list[Flowable]:
    """Every question of the questionnaire with its codes and labels, in questionnaire order."""
    out = heading(tx.t("sec_codebook"), st)
    out.append(para(tx.t("cb_intro", version=tx.qn.version), st.small))
    for section in tx.qn.sections:
        rows = [[f"{q.text(tx.lang)} ({q.id})", _describe(q, tx, provinces)] for q in section.questions]
        out.append(keep(para(section.text(tx.lang), st.h2),
                                 table([tx.t("cb_question"), tx.t("cb_codes")], rows, st,
                                       [55 * mm, WIDTH - 55 * mm], numeric_from=9)))
    return out


def small_data_note(ind: Indicators, tx: Text, st: Styles, threshold: int) -> list[Flowable]:
    if ind.companies >= max(10, 4 * threshold):
        return []
    return [Spacer(1, 2 * mm), para(tx.t("small_text", n=ind.companies, province=tx.geo(ind.geo), t=threshold),
                                    st.body)]


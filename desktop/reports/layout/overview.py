"""The overview brief: the three provinces side by side, answering four questions analysts ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from desktop.reports import charts
from desktop.reports.aggregates import PROVINCES, TOTAL, Figure, top_problems
from desktop.reports.layout.common import Styles, figure_block, heading, keep, para, section, table
from desktop.reports.layout.sections import (
    WIDTH,
    codebook_section,
    comparison_charts,
    context_section,
    geo_order,
    indicator_label,
    indicator_table,
    method_section,
    title_block,
)
from desktop.reports.text import DASH, Text, pct, ref_value

if TYPE_CHECKING:
    from desktop.reports.build import BriefData

DALIAN = "2102"
LIAONING = "21"


def share(part: Figure, whole: int) -> Figure:
    """part as % of whole; suppressed when the part is."""
    if part.value is None or not whole:
        return Figure(None, part.base, part.suppressed)
    return Figure(100.0 * part.value / whole, part.base)


def concentration(data: BriefData, tx: Text, st: Styles) -> list[Flowable]:
    total, ln = data.ind[TOTAL], data.ind[LIAONING]
    dalian = ln.by_city.get(DALIAN, Figure(0.0, 0))
    ln_fig = Figure(float(ln.companies), ln.companies) if ln.companies >= data.options.threshold \
        else Figure(None, ln.companies, True)
    text = tx.t("ov_concentration", total=f"{total.companies:,}",
                liaoning=DASH if ln_fig.value is None else f"{ln.companies:,}",
                liaoning_pct=pct(share(ln_fig, total.companies)),
                dalian=DASH if dalian.value is None else f"{dalian.value:,.0f}",
                dalian_pct=pct(share(dalian, total.companies)), dalian_in_ln=pct(share(dalian, ln.companies)))
    out: list[Flowable] = [para(text, st.body)]
    cities = list(total.by_city)[:12]
    out.append(figure_block(tx.t("chart_city"), charts.hbar(
        [tx.code("city", c) for c in cities], [(tx.geo(TOTAL), [total.by_city[c] for c in cities])],
        st.font, WIDTH, value_fmt="%.0f"), st, tx.t("dash_note", n=data.options.threshold)))
    counts = [f for g in ("NE3", LIAONING, DALIAN) for f in data.figures.get(g, [])
              if f["indicator"] in ("japanese_firms_count", "japanese_firms_approved_cumulative",
                                    "japanese_bases_mofa", "jcci_member_firms", "japanese_firms_investing")]
    if counts:
        out.append(para(tx.t("ov_reference_counts"), st.body))
        rows = [[_geo(f["geography"], tx), indicator_label(f, tx), f"{ref_value(f['value'])} {f['unit']}",
                 f["period"], f"{f['source_name']} ({f['status']})"] for f in counts]
        out.append(table([tx.t("ctx_geo"), tx.t("ctx_indicator"), tx.t("ctx_value"), tx.t("ctx_period"),
                          tx.t("ctx_sources")], rows, st, [22 * mm, 56 * mm, 24 * mm, 22 * mm, 50 * mm],
                         numeric_from=2))
    return section(tx.t("ov_sec_concentration"), st, [keep(*out[:2]), *out[2:]])


def _geo(geo: str, tx: Text) -> str:
    return tx.geo(geo) if geo in (*PROVINCES, TOTAL) else tx.code("city", geo)


def problems_table(data: BriefData, tx: Text, st: Styles) -> list[Flowable]:
    order = geo_order(None)
    codes = top_problems(data.ind[TOTAL], data.ind[TOTAL], n=10)
    out: list[Flowable] = [para(tx.t("ov_problems_text"), st.body)]
    if not codes:
        return section(tx.t("ov_sec_problems"), st, [*out, para(tx.t("no_data"), st.body)])
    rows = [[tx.code("management_problem", c), *[pct(data.ind[g].problems[c]) for g in order]] for c in codes]
    w = (WIDTH - 78 * mm) / len(order)
    out.append(table(["", *[tx.geo(g) for g in order]], rows, st, [78 * mm] + [w] * len(order)))
    out.append(para(tx.t("dash_note", n=data.options.threshold), st.small))
    return section(tx.t("ov_sec_problems"), st, [keep(*out)])


def overview_story(data: BriefData, tx: Text, st: Styles) -> list[Flowable]:
    names = " · ".join(tx.geo(g) for g in PROVINCES)
    story = title_block(data, tx, st, tx.t("overview_kind"), tx.t("overview_title"), names, TOTAL)
    story += heading(tx.t("sec_key"), st)
    story += indicator_table(data, tx, st, None)
    if data.ind[TOTAL].companies == 0:
        story.append(para(tx.t("empty_text", province=tx.t("total"), filters=""), st.body))
        return story
    comp = comparison_charts(data, tx, st, None)
    story += concentration(data, tx, st)
    story += section(tx.t("ov_sec_inland"), st, [comp["profit"], comp["direction"], comp["sales"],
                                                  comp["procurement"]])
    story += problems_table(data, tx, st)
    story += section(tx.t("ov_sec_logistics"), st,
                     [keep(para(tx.t("ov_logistics_text"), st.body), comp["infra"]), Spacer(1, 2 * mm)])
    story += context_section(data, tx, st, ["NE3", *PROVINCES])
    story += method_section(data, tx, st)
    story += codebook_section(tx, st, list(PROVINCES))
    return story

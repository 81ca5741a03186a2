"""The province brief: title block, key indicators, charts, context, method, codebook, appendix."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop.reports import charts
from desktop.reports.aggregates import PERIODS_ESTABLISHED, TOTAL, top_problems
from desktop.reports.layout.common import Styles, figure_block, heading, para, section, table
from desktop.reports.layout.sections import (
    WIDTH,
    codebook_section,
    comparison_charts,
    context_section,
    filters_text,
    indicator_table,
    method_section,
    names_line,
    small_data_note,
    title_block,
)
from desktop.reports.text import Text

if TYPE_CHECKING:
    from desktop.reports.build import BriefData


def province_title(code: str, tx: Text) -> str:
    return tx.t("brief_title", province=tx.code("province", code))


def empty_story(data: BriefData, code: str, tx: Text, st: Styles) -> list[Flowable]:
    """The one-page brief of a province without any matching survey."""
    story = title_block(data, tx, st, tx.t("brief_kind"), province_title(code, tx), names_line(code, tx), code)
    story += heading(tx.t("empty_title"), st)
    story.append(para(tx.t("empty_text", province=tx.code("province", code), filters=filters_text(data, tx)),
                      st.body))
    return story


def profile_charts(data: BriefData, code: str, tx: Text, st: Styles) -> list[Flowable]:
    ind = data.ind[code]
    note = tx.t("dash_note", n=data.options.threshold)
    out: list[Flowable] = []
    cities = list(ind.by_city)
    out.append(figure_block(tx.t("chart_city"), charts.hbar(
        [tx.code("city", c) for c in cities], [(tx.geo(code), [ind.by_city[c] for c in cities])],
        st.font, WIDTH, value_fmt="%.0f"), st, note))
    inds = list(ind.by_industry)
    out.append(figure_block(tx.t("chart_industry"), charts.hbar(
        [tx.code("industry", c) for c in inds], [(tx.geo(code), [ind.by_industry[c] for c in inds])],
        st.font, WIDTH, value_fmt="%.0f", bar_h=7), st, note))
    periods = [p for p, _, _ in PERIODS_ESTABLISHED]
    out.append(figure_block(tx.t("chart_established"), charts.vbar(
        periods, [ind.by_established[p] for p in periods], st.font, WIDTH * 0.7), st, note))
    return out


def problems_chart(data: BriefData, code: str, tx: Text, st: Styles) -> Flowable:
    ind, total = data.ind[code], data.ind[TOTAL]
    codes = top_problems(ind, total, n=8)
    if not codes:
        return para(tx.t("no_data"), st.body)
    return figure_block(tx.t("chart_problems"), charts.hbar(
        [tx.code("management_problem", c) for c in codes],
        [(tx.geo(code), [ind.problems[c] for c in codes]), (tx.geo(TOTAL), [total.problems[c] for c in codes])],
        st.font, WIDTH, bar_h=6), st, tx.t("dash_note", n=data.options.threshold))


def appendix(companies: pd.DataFrame, tx: Text, st: Styles) -> list[Flowable]:
    """Surveyed companies by name (only when asked for: confidential)."""
    out: list[Flowable] = [PageBreak(), *heading(tx.t("sec_appendix"), st), para(tx.t("confidential"), st.small)]
    rows = []
    for r in companies.itertuples(index=False):
        other = " / ".join(str(n) for n in (r.name_en, r.name_ja) if n)
        rows.append([r.name_local, other, tx.code("city", r.city) if r.city else "",
                     tx.code("industry", r.industry) if r.industry else "",
                     "" if pd.isna(r.year_established) else str(int(r.year_established))])
    header = [tx.t("ap_name_local"), tx.t("ap_name_other"), tx.t("ap_city"), tx.t("ap_industry"), tx.t("ap_year")]
    out.append(table(header, rows, st, [48 * mm, 58 * mm, 20 * mm, 36 * mm, 12 * mm], numeric_from=4))
    return out


def province_story(data: BriefData, code: str, tx: Text, st: Styles) -> list[Flowable]:
    ind = data.ind[code]
    if ind.companies == 0:
        return empty_story(data, code, tx, st)
    story = title_block(data, tx, st, tx.t("brief_kind"), province_title(code, tx), names_line(code, tx), code)
    story += small_data_note(ind, tx, st, data.options.threshold)
    story += heading(tx.t("sec_key"), st)
    story += indicator_table(data, tx, st, code)
    comp = comparison_charts(data, tx, st, code)
    story += section(tx.t("sec_profile"), st, profile_charts(data, code, tx, st))
    story += section(tx.t("sec_business"), st, [comp["profit"], comp["direction"]])
    story += section(tx.t("sec_problems"), st, [problems_chart(data, code, tx, st)])
    story += section(tx.t("sec_structure"), st, [comp["sales"], comp["procurement"]])
    story += section(tx.t("sec_infra"), st, [comp["infra"]])
    story.append(Spacer(1, 2 * mm))
    geos = [code, *data.cities.get(code, [])]
    story += context_section(data, tx, st, geos)
    story += method_section(data, tx, st)
    story += codebook_section(tx, st, [code])
    if data.options.appendix and code in data.companies:
        story += appendix(data.companies[code], tx, st)
    return story

"""Vector charts (reportlab.graphics) for the briefs. Suppressed figures draw no bar and a dash label.

Chart text is drawn with reportlab String objects (no markup), so names print literally; labels use
the brief font so Chinese and Japanese category names show.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.aggregates import Figure
from desktop.reports.text import DASH, styles

Series = list[tuple[str, list[Figure]]]  # (series name, one figure per category)


def _drawing(width: float, height: float, font: str) -> Drawing:
    """A drawing whose initial font is the brief font (reportlab's default would reference Helvetica)."""
    d = Drawing(width, height)
    d.initialFontName = font
    return d


def _colour(i: int, key: str = "series") -> colors.Color:
    palette = styles()["colour"][key]
    return colors.HexColor(palette[i % len(palette)])


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a label to `width` points with an ellipsis (a label never runs into the bars)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _legend(d: Drawing, names: list[str], font: str, size: float, x: float, y: float,
            key: str = "series") -> float:
    """Swatches and names from (x, y) downwards, wrapping within the drawing; returns the height used."""
    cx, cy, line = x, y - size, size + 4
    for i, name in enumerate(names):
        w = 10 + stringWidth(name, font, size) + 12
        if cx + w > d.width and cx > x:
            cx, cy = x, cy - line
        d.add(Rect(cx, cy - 1, 7, 7, fillColor=_colour(i, key), strokeColor=None))
        d.add(String(cx + 10, cy, name, fontName=font, fontSize=size))
        cx += w
    return y - cy + 3


def _legend_height(names: list[str], font: str, size: float, width: float) -> float:
    lines, cx = 1, 0.0
    for name in names:
        w = 10 + stringWidth(name, font, size) + 12
        if cx + w > width and cx > 0:
            lines, cx = lines + 1, 0.0
        cx += w
    return lines * (size + 4) + 4


def hbar(categories: list[str], series: Series, font: str, width: float, value_fmt: str = "%.1f",
         value_max: float | None = None, bar_h: float = 9, label_w: float | None = None) -> Drawing:
    """Horizontal bars: one row per category, one bar per series; dashes for suppressed figures."""
    size = styles()["size"]["chart"]
    n_series = max(1, len(series))
    row_h = bar_h * n_series + 5
    plot_h = max(row_h * len(categories), 20)
    label_w = label_w or min(width * 0.42, max([stringWidth(c, font, size) for c in categories] + [30]) + 6)
    names = [name for name, _ in series]
    legend_h = _legend_height(names, font, size, width - label_w) if len(series) > 1 else 0
    d = _drawing(width, plot_h + 18 + legend_h, font)
    ch = HorizontalBarChart()
    ch.x, ch.y = label_w, 12
    ch.width, ch.height = width - label_w - 30, plot_h
    # reportlab draws the first series lowest in each group: reverse, so bars read top-down like the legend
    rev = list(reversed(series))
    ch.data = [[f.value or 0.0 for f in figs] for _, figs in rev] or [[0.0] * len(categories)]
    ch.barLabelFormat = "values"
    ch.barLabelArray = [[DASH if f.value is None else value_fmt % f.value for f in figs] for _, figs in rev]
    ch.barLabels.fontName, ch.barLabels.fontSize = font, size
    ch.barLabels.boxAnchor, ch.barLabels.dx = "w", 2
    ch.categoryAxis.categoryNames = [_fit(c, font, size, label_w - 6) for c in categories]
    ch.categoryAxis.reverseDirection = 1
    ch.categoryAxis.labels.fontName, ch.categoryAxis.labels.fontSize = font, size
    ch.categoryAxis.labels.boxAnchor, ch.categoryAxis.labels.dx = "e", -3
    ch.valueAxis.labels.fontName, ch.valueAxis.labels.fontSize = font, size
    ch.valueAxis.valueMin = 0
    peak = max([v for row in ch.data for v in row] + [0.0])
    ch.valueAxis.valueMax = value_max if value_max is not None else max(peak * 1.15, 1.0)
    ch.valueAxis.visibleGrid, ch.valueAxis.gridStrokeColor = 1, colors.HexColor("#e4e4e4")
    ch.barSpacing, ch.groupSpacing = 0.5, 5
    for i in range(len(series)):
        ch.bars[i].fillColor = _colour(len(series) - 1 - i)
        ch.bars[i].strokeColor = None
    d.add(ch)
    if legend_h:
        _legend(d, names, font, size, label_w, d.height - 2)
    return d


def vbar(categories: list[str], figures: list[Figure], font: str, width: float, height: float = 110) -> Drawing:
    """Vertical bars of counts (year established), dashes for suppressed cells."""
    size = styles()["size"]["chart"]
    d = _drawing(width, height, font)
    ch = VerticalBarChart()
    ch.x, ch.y, ch.width, ch.height = 30, 18, width - 40, height - 30
    ch.data = [[f.value or 0.0 for f in figures]]
    ch.barLabelFormat = "values"
    ch.barLabelArray = [[DASH if f.value is None and f.base else ("0" if f.value is None else f"{f.value:,.0f}")
                         for f in figures]]
    ch.barLabels.fontName, ch.barLabels.fontSize = font, size
    ch.barLabels.boxAnchor, ch.barLabels.dy = "s", 2
    ch.categoryAxis.categoryNames = categories
    ch.categoryAxis.labels.fontName, ch.categoryAxis.labels.fontSize = font, size
    ch.valueAxis.labels.fontName, ch.valueAxis.labels.fontSize = font, size
    ch.valueAxis.valueMin = 0
    ch.valueAxis.valueMax = max(max(ch.data[0] + [0.0]) * 1.2, 1.0)
    ch.valueAxis.labelTextFormat = "%.0f"
    ch.bars[0].fillColor, ch.bars[0].strokeColor = _colour(0), None
    d.add(ch)
    return d


def stacked(rows: list[str], parts: list[str], shares: list[list[Figure]], font: str, width: float,
            bar_h: float = 12) -> Drawing:
    """100% stacked horizontal bars: one row per geography, one segment per answer (shares in %).

    A row whose shares are suppressed draws no bar, only a dash.
    """
    size = styles()["size"]["chart"]
    label_w = min(width * 0.3, max(stringWidth(r, font, size) for r in rows) + 8)
    plot_w = width - label_w - 10
    row_gap = 5
    plot_h = len(rows) * (bar_h + row_gap)
    d = _drawing(width, plot_h + _legend_height(parts, font, size, width - label_w) + 4, font)
    for r, (name, figs) in enumerate(zip(rows, shares)):
        y = plot_h - (r + 1) * (bar_h + row_gap) + row_gap
        d.add(String(label_w - 4, y + bar_h / 2 - size / 3, _fit(name, font, size, label_w - 6),
                     fontName=font, fontSize=size, textAnchor="end"))
        if any(f.value is None for f in figs):
            d.add(String(label_w + 2, y + bar_h / 2 - size / 3, DASH, fontName=font, fontSize=size))
            continue
        x = label_w
        for i, f in enumerate(figs):
            w = plot_w * (f.value or 0.0) / 100.0
            if w <= 0:
                continue
            d.add(Rect(x, y, w, bar_h, fillColor=_colour(i, "stack"), strokeColor=colors.white, strokeWidth=0.5))
            label = f"{f.value:.0f}"
            if w > stringWidth(label, font, size) + 3:
                dark = i in (0, 2)
                d.add(String(x + w / 2, y + bar_h / 2 - size / 3, label, fontName=font, fontSize=size,
                             textAnchor="middle", fillColor=colors.white if dark else colors.black))
            x += w
    _legend(d, parts, font, size, label_w, d.height - 1, key="stack")
    return d

"""Shared layout: page template with footer, paragraph styles, escaped paragraphs, tables, headings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.reports.text import Text, esc, styles

PAGE_W, PAGE_H = A4


class Styles:
    """Paragraph styles of a brief; CJK word wrapping for ja/zh (English keeps word wrapping)."""

    def __init__(self, font: str, lang: str):
        size = styles()["size"]
        col = styles()["colour"]
        wrap = "CJK" if lang in ("ja", "zh") else None
        self.font = font

        def ps(name: str, sz: float, **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=font, fontSize=sz, leading=sz * 1.35, wordWrap=wrap, **kw)

        self.title = ps("title", size["title"], textColor=colors.HexColor(col["accent"]), spaceAfter=4)
        self.subtitle = ps("subtitle", size["subtitle"], textColor=colors.HexColor(col["muted"]), spaceAfter=2)
        self.h1 = ps("h1", size["h1"], textColor=colors.HexColor(col["accent"]), spaceBefore=8, spaceAfter=4)
        self.h2 = ps("h2", size["h2"], spaceBefore=6, spaceAfter=2)
        self.body = ps("body", size["body"], spaceAfter=3)
        self.small = ps("small", size["small"], textColor=colors.HexColor(col["muted"]), spaceAfter=1)
        self.cell = ps("cell", size["table"])
        self.cell_num = ps("cell_num", size["table"], alignment=TA_RIGHT)
        self.cell_head = ps("cell_head", size["table"], textColor=colors.HexColor(col["accent"]))
        self.cell_head_num = ps("cell_head_num", size["table"], alignment=TA_RIGHT,
                                textColor=colors.HexColor(col["accent"]))


def para(text: Any, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (user or label) text: escaped, so markup in it prints literally."""
    return Paragraph(esc(text), style)


def heading(text: str, st: Styles, level: int = 1) -> list[Flowable]:
    """A heading that never sits alone at the foot of a page."""
    return [CondPageBreak(40 * mm if level == 1 else 25 * mm), para(text, st.h1 if level == 1 else st.h2)]


def keep(*flowables: Flowable) -> KeepTogether:
    """KeepTogether of the flowables, flattening nested KeepTogethers (reportlab reports a nested one as
    0xffffff points high, which would push the whole group to a new page)."""
    flat: list[Flowable] = []
    for f in flowables:
        flat.extend(f._content if isinstance(f, KeepTogether) else [f])  # type: ignore[attr-defined]
    return KeepTogether(flat)


def section(title: str, st: Styles, blocks: Sequence[Flowable]) -> list[Flowable]:
    """A level-1 heading kept on the same page as the first block under it."""
    if not blocks:
        return heading(title, st)
    return [CondPageBreak(40 * mm), keep(para(title, st.h1), blocks[0]), *blocks[1:]]


def table(header: Sequence[str], rows: Sequence[Sequence[Any]], st: Styles, widths: Sequence[float],
          numeric_from: int = 1, highlight_col: int | None = None, highlight_row: int | None = None) -> Table:
    """A table of escaped text cells, header repeated on every page it spans.

    numeric_from: columns from this index on are right-aligned numbers.
    highlight_col / highlight_row: a column or row (0 = first data row) shaded as 'this province'.
    """
    col = styles()["colour"]

    def cell(value: Any, i: int, head: bool) -> Paragraph:
        num = i >= numeric_from
        style = (st.cell_head_num if num else st.cell_head) if head else (st.cell_num if num else st.cell)
        return para(value, style)

    data = [[cell(v, i, True) for i, v in enumerate(header)]]
    data += [[cell(v, i, False) for i, v in enumerate(r)] for r in rows]
    t = Table(data, colWidths=list(widths), repeatRows=1)
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), st.font),  # the cell default would reference Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(col["header_bg"])),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(col["accent"])),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor(col["rule"])),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if highlight_col is not None:
        cmds.append(("BACKGROUND", (highlight_col, 1), (highlight_col, -1), colors.HexColor(col["highlight_bg"])))
    if highlight_row is not None:
        cmds.append(("BACKGROUND", (0, highlight_row + 1), (-1, highlight_row + 1),
                     colors.HexColor(col["highlight_bg"])))
    t.setStyle(TableStyle(cmds))
    return t


def figure_block(title: str, drawing: Flowable, st: Styles, note: str = "") -> KeepTogether:
    """A chart with its title (and an optional note) kept on one page."""
    parts: list[Flowable] = [para(title, st.h2), drawing]
    if note:
        parts.append(para(note, st.small))
    parts.append(Spacer(1, 4))
    return KeepTogether(parts)


class BriefDoc(BaseDocTemplate):
    """A4 document with a footer: brief title, optional confidentiality mark, page number."""

    def __init__(self, path: str, text: Text, font: str, footer: str, confidential: bool = False,
                 title: str = "", **kw: Any):
        m = styles()["margin_mm"]
        super().__init__(path, pagesize=A4, leftMargin=m["left"] * mm, rightMargin=m["right"] * mm,
                         topMargin=m["top"] * mm, bottomMargin=m["bottom"] * mm, title=title,
                         author="Dongbei Survey Desk", creator="Dongbei Survey Desk",
                         initialFontName=font, **kw)
        self.text, self.font, self.footer, self.confidential = text, font, footer, confidential
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas: Any, doc: Any) -> None:
        col = styles()["colour"]
        size = styles()["size"]["small"]
        canvas.saveState()
        y = self.bottomMargin - 9 * mm
        canvas.setStrokeColor(colors.HexColor(col["rule"]))
        canvas.setLineWidth(0.4)
        canvas.line(self.leftMargin, y + 4 * mm, PAGE_W - self.rightMargin, y + 4 * mm)
        canvas.setFont(self.font, size)
        canvas.setFillColor(colors.HexColor(col["muted"]))
        canvas.drawString(self.leftMargin, y, self.footer)
        canvas.drawRightString(PAGE_W - self.rightMargin, y, self.text.t("page", n=doc.page))
        if self.confidential:
            canvas.setFillColor(colors.HexColor("#b00020"))
            canvas.drawCentredString(PAGE_W / 2, PAGE_H - self.topMargin + 6 * mm, self.text.t("confidential"))
        canvas.restoreState()

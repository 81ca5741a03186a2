"""Brief wording (resources/brief/labels.json), styles, number formats and markup escaping."""

from __future__ import annotations

import functools
import json
from typing import Any
from xml.sax.saxutils import escape

from desktop import paths
from desktop.questionnaire import load_questionnaire
from desktop.reports.aggregates import TOTAL, Figure

BRIEF_DIR = paths.RESOURCES / "brief"
DASH = "–"  # printed in place of a suppressed figure


@functools.lru_cache(maxsize=1)
def labels() -> dict[str, Any]:
    return json.loads((BRIEF_DIR / "labels.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def styles() -> dict[str, Any]:
    return json.loads((BRIEF_DIR / "styles.json").read_text(encoding="utf-8"))


class Text:
    """Wording of a brief in one language: t('key', name=value) and codebook labels."""

    def __init__(self, lang: str):
        self.lang = lang
        self.qn = load_questionnaire()

    def t(self, key: str, **values: Any) -> str:
        entry = labels()[key]
        text = entry.get(self.lang) or entry["en"]
        return text.format(**values) if values and isinstance(text, str) else text

    def code(self, codebook: str, code: str) -> str:
        """The label of a code in the brief language (from the questionnaire)."""
        return self.qn.codebooks[codebook].label(code, self.lang)

    def geo(self, geo: str) -> str:
        """A province name (or the three-province total) in the brief language, without 省."""
        if geo == TOTAL:
            return self.t("total")
        return short_province(self.code("province", geo))

    def question(self, qid: str) -> str:
        return self.qn.question(qid).text(self.lang)


def short_province(name: str) -> str:
    """'辽宁省' -> '辽宁' (English names are unchanged)."""
    return name[:-1] if name.endswith("省") and len(name) > 2 else name


def esc(value: Any) -> str:
    """Text made safe for reportlab Paragraph markup: <, > and & print literally."""
    return escape("" if value is None else str(value))


def fmt_number(fig: Figure, decimals: int = 1, signed: bool = False, thousands: bool = False) -> str:
    """A figure as printed: a dash when suppressed or missing."""
    if fig.value is None:
        return DASH
    spec = f"{'+' if signed else ''}{',' if thousands else ''}.{decimals}f"
    out = format(fig.value, spec)
    return "0.0" if signed and out in ("+0.0", "-0.0") else out


def pct(fig: Figure) -> str:
    return fmt_number(fig, 1)


def signed(fig: Figure) -> str:
    return fmt_number(fig, 1, signed=True)


def count(fig: Figure) -> str:
    return fmt_number(fig, 0, thousands=True)


def mean2(fig: Figure) -> str:
    return fmt_number(fig, 2)


def ref_value(value: float) -> str:
    """A reference figure's value: thousands separators, no needless decimals."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")

"""What a brief covers: language, period, drafts, appendix, suppression threshold; province names."""

from __future__ import annotations

import datetime as _dt
import unicodedata
from dataclasses import dataclass

from desktop.questionnaire import LANGUAGES, load_questionnaire
from desktop.reports.aggregates import DEFAULT_THRESHOLD, PROVINCES
from desktop.store.frames import BriefFilter


class BriefOptionError(ValueError):
    """An option of a brief is not usable; the message says which and why."""


@dataclass(frozen=True)
class BriefOptions:
    """Options of a province or overview brief.

    lang: 'en', 'ja' or 'zh' (wording, codebook labels, province names).
    year: reference year, or None for every year (each company by its latest survey).
    date_from, date_to: interview-date range 'YYYY-MM-DD' (inclusive); '' leaves that end open.
    drafts: include draft surveys (default: final surveys only).
    appendix: list the surveyed companies by name (off by default: survey data is confidential).
    threshold: figures resting on fewer companies than this are printed as dashes (at least 1).
    """

    lang: str = "en"
    year: int | None = None
    date_from: str = ""
    date_to: str = ""
    drafts: bool = False
    appendix: bool = False
    threshold: int = DEFAULT_THRESHOLD

    def checked(self) -> BriefOptions:
        """Return self when every option is usable; raise BriefOptionError naming the first bad one."""
        if self.lang not in LANGUAGES:
            raise BriefOptionError(f"language must be one of {', '.join(LANGUAGES)} (not {self.lang!r})")
        if self.year is not None and not (1990 <= int(self.year) <= 2200):
            raise BriefOptionError(f"year {self.year} is out of range (1990-2200)")
        for name, value in (("start date", self.date_from), ("end date", self.date_to)):
            if value:
                try:
                    _dt.date.fromisoformat(value)
                except ValueError:
                    raise BriefOptionError(f"{name} {value!r} is not a date like 2025-03-31") from None
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise BriefOptionError(f"start date {self.date_from} is after end date {self.date_to}")
        if not isinstance(self.threshold, int) or self.threshold < 1 or self.threshold > 1000:
            raise BriefOptionError(f"threshold must be a whole number from 1 to 1000 (not {self.threshold!r})")
        return self

    def filter(self) -> BriefFilter:
        return BriefFilter(year=self.year, date_from=self.date_from, date_to=self.date_to, drafts=self.drafts)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().casefold()
    for suffix in (" province", "省"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
    return text


def province_aliases() -> dict[str, str]:
    """Accepted spellings -> province code: the code, and every name of the questionnaire's province
    codebook in en/ja/zh, with or without 省, in any case."""
    out: dict[str, str] = {}
    cb = load_questionnaire().codebooks["province"]
    for item in cb.items:
        if item.code not in PROVINCES:
            continue
        out[item.code] = item.code
        for name in item.label.values():
            out[_norm(name)] = item.code
    return out


def parse_province(text: str) -> str:
    """'liaoning', 'Liaoning', '辽宁', '遼寧省', '21' -> '21'; raises BriefOptionError otherwise."""
    code = province_aliases().get(_norm(str(text)))
    if code is None:
        raise BriefOptionError(
            f"unknown province {text!r}: use liaoning, jilin or heilongjiang (any case), a Chinese or "
            f"Japanese name such as 辽宁 or 遼寧, or a code 21, 22, 23")
    return code

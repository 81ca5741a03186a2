"""PDF province and overview briefs: frames -> aggregates -> charts and layout -> PDF. No Qt here."""

from desktop.reports.build import (
    BriefData,
    BriefOutputError,
    BriefResult,
    all_briefs,
    load_data,
    overview_brief,
    province_brief,
)
from desktop.reports.fonts import FontNotFoundError
from desktop.reports.options import BriefOptionError, BriefOptions, parse_province

__all__ = [
    "BriefData", "BriefOptionError", "BriefOptions", "BriefOutputError", "BriefResult", "FontNotFoundError",
    "all_briefs", "load_data", "overview_brief", "parse_province", "province_brief",
]

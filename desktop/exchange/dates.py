"""Dates in an explicit, previewed format. Day/month order is never guessed: ambiguous values are flagged."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable

AUTO = "auto"
# name -> (regex, order of the groups)
FORMATS: dict[str, tuple[re.Pattern[str], str]] = {
    "YYYY-MM-DD": (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), "ymd"),
    "YYYY/MM/DD": (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), "ymd"),
    "YYYY.MM.DD": (re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"), "ymd"),
    "YYYY年M月D日": (re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"), "ymd"),
    "DD/MM/YYYY": (re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$"), "dmy"),
    "MM/DD/YYYY": (re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$"), "mdy"),
}
UNAMBIGUOUS = ("YYYY-MM-DD", "YYYY/MM/DD", "YYYY.MM.DD", "YYYY年M月D日")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


class DateError(ValueError):
    """A value that is not a date in the chosen format, or whose day/month order is ambiguous."""


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip()
    return _TIME.sub("", text).strip()     # spreadsheets add 00:00:00 to dates


def parse_date(text: str, fmt: str = AUTO) -> str | None:
    """ISO 'YYYY-MM-DD' for `text` in format `fmt` (or AUTO: only unambiguous forms); None for blank.

    Raises DateError saying what is wrong (not a date, no such day, day/month order ambiguous).
    """
    value = _norm(text)
    if not value:
        return None
    names = [fmt] if fmt != AUTO else list(UNAMBIGUOUS)
    for name in names:
        if name not in FORMATS:
            raise DateError(f"unknown date format {name!r}")
        rx, order = FORMATS[name]
        m = rx.match(value)
        if m:
            parts = dict(zip(order, (int(g) for g in m.groups())))
            try:
                return _dt.date(parts["y"], parts["m"], parts["d"]).isoformat()
            except ValueError:
                raise DateError(f"{text!r} is not a real date ({name})") from None
    if fmt == AUTO:
        m = FORMATS["DD/MM/YYYY"][0].match(value)
        if m:
            a, b, _ = (int(g) for g in m.groups())
            if a == b:
                return parse_date(value, "DD/MM/YYYY")
            if a > 12 and b <= 12:
                return parse_date(value, "DD/MM/YYYY")
            if b > 12 and a <= 12 and "/" in value:
                return parse_date(value, "MM/DD/YYYY")
            raise DateError(f"{text!r} is ambiguous: day/month order unknown; choose DD/MM/YYYY or MM/DD/YYYY")
        raise DateError(f"{text!r} is not a date (expected YYYY-MM-DD or another listed format)")
    raise DateError(f"{text!r} does not match the date format {fmt}")


def detect_format(values: Iterable[str]) -> tuple[str, list[str]]:
    """The one format every non-blank value fits (AUTO when none or several do) and the formats that fit all.

    A file whose dates are all like 03/04/2025 fits both DD/MM/YYYY and MM/DD/YYYY: the answer is AUTO and
    the caller must ask; AUTO then flags each ambiguous value instead of guessing.
    """
    fits = {name: True for name in FORMATS}
    seen = False
    done: set[str] = set()
    for raw in values:
        if raw in done:
            continue
        done.add(raw)
        v = _norm(raw)
        if not v:
            continue
        seen = True
        for name in FORMATS:
            if fits[name]:
                try:
                    parse_date(v, name)
                except DateError:
                    fits[name] = False
        if not any(fits.values()):
            break
    ok = [n for n, f in fits.items() if f] if seen else []
    return (ok[0] if len(ok) == 1 else AUTO), ok

"""A lean, column-wise twin of desktop.validation.validate for bulk imports.

validate() takes about 200 µs a row; a 100,000-row import needs far less. This module converts whole
columns at once, caching each distinct cell text (a column of codes has a handful), then applies the
conditions, required answers and rules row by row on the cleaned values. It only ever says "fine" or
"not sure": any cell or row it does not accept is handed back to validate(), which then produces the
problems and messages. So validate() stays the one judge of what is wrong, and tests check that
every row this module accepts gets the same clean values from validate().
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from desktop.questionnaire import Codebook, Question, Questionnaire, load_questionnaire
from desktop.validation import clean_text


class _Bad:
    def __repr__(self) -> str:
        return "BAD"


BAD: Any = _Bad()          # "let validate() judge this cell"
_SPLIT = re.compile(r"[;|\n]")
KNOWN_RULES = ("sum", "not_greater", "year_not_before")


def _lookup(cb: Codebook) -> Callable[[str], str | None]:
    exact = {i.code: i.code for i in cb.items}
    folded: dict[str, str] = {}
    for item in cb.items:
        for key in (item.code, *item.label.values()):
            folded.setdefault(key.casefold(), item.code)

    def resolve(text: str) -> str | None:
        t = text.strip()
        return exact.get(t) or folded.get(t.casefold())
    return resolve


class FastValidator:
    """Column converters and row checks compiled once from the questionnaire."""

    def __init__(self, qn: Questionnaire | None = None, today: _dt.date | None = None,
                 entities: tuple[str, ...] = ("company", "survey")):
        self.qn = qn or load_questionnaire()
        self.today = today or _dt.date.today()
        self.questions = [q for q in self.qn.questions if q.entity in entities]
        self.ids = {q.id for q in self.questions}
        self.conditional = [q for q in self.questions if q.when is not None]
        self.required = [q for q in self.questions if q.required]
        self.reliable = all(r.kind in KNOWN_RULES for r in self.qn.rules)
        self._converters = {q.id: self._converter(q) for q in self.questions}
        self._groups = {r.group: [q.id for q in self.qn.group(r.group) if q.id in self.ids]
                        for r in self.qn.rules if r.kind == "sum"}
        self._cities = self.qn.codebooks.get("city")
        # conditions read only these answers: cache which questions apply per combination of them
        self._cond_fields = sorted({q.when.field for q in self.conditional})  # type: ignore[union-attr]
        self._applies: dict[tuple, dict[str, bool]] = {}

    # ------------------------------------------------------------ cells
    def _converter(self, q: Question) -> Callable[[str], Any]:
        t = q.type
        if t in ("integer", "number", "percent", "year"):
            integral = t in ("integer", "year", "rating")
            low, high = q.min, q.upper_bound(self.today)

            def number(raw: str) -> Any:
                text = unicodedata.normalize("NFKC", raw).strip().replace(",", "")
                if t == "percent":
                    text = text.rstrip("%").strip()
                try:
                    num = float(text)
                except ValueError:
                    return BAD
                if not math.isfinite(num) or (integral and not num.is_integer()):
                    return BAD
                out = int(num) if integral else float(num)
                if (low is not None and out < low) or (high is not None and out > high):
                    return BAD
                return out
            return number
        if t == "date":
            def date(raw: str) -> Any:
                text = raw.strip()
                try:
                    day = _dt.date.fromisoformat(text)
                except ValueError:
                    return BAD
                if len(text) != 10 or (q.not_future and day > self.today):
                    return BAD
                return day.isoformat()
            return date
        if t in ("text", "longtext"):
            multiline = t == "longtext"

            def text(raw: str) -> Any:
                out = clean_text(raw, multiline=multiline)
                if not out or (q.max_length and len(out) > q.max_length):
                    return BAD
                return out
            return text
        cb = self.qn.codebook_for(q)
        assert cb is not None
        resolve = _lookup(cb)
        if t in ("choice", "rating"):
            def choice(raw: str) -> Any:
                code = resolve(raw)
                if code is None:
                    return BAD
                return int(code) if t == "rating" else code
            return choice
        order = {c: i for i, c in enumerate(cb.codes())}
        exclusive = {i.code for i in cb.items if i.exclusive}

        def multi(raw: str) -> Any:
            codes: list[str] = []
            for part in _SPLIT.split(raw):
                if not part.strip():
                    continue
                code = resolve(part)
                if code is None or code in codes:
                    return BAD
                codes.append(code)
            if q.max_choices and len(codes) > q.max_choices:
                return BAD
            if not q.ranked:
                codes.sort(key=order.__getitem__)
            if len(codes) > 1 and exclusive.intersection(codes):
                return BAD
            return codes
        return multi

    def convert(self, qid: str, cells: Sequence[str], bad: set[int] | None = None,
                prepare: Callable[[str], str] | None = None) -> list[Any]:
        """Clean values of one column (None or [] for blanks, BAD for cells validate() must judge).

        Each distinct cell text is converted once. bad: collects the positions of BAD cells.
        prepare: applied to each distinct text before converting (e.g. undoing a formula guard).
        """
        conv = self._converters[qid]
        blank: Any = [] if self.qn.question(qid).is_multi else None
        values: dict[str, Any] = {}
        for raw in set(cells):
            text = prepare(raw) if prepare else raw
            values[raw] = blank if not text.strip() else conv(text)
        out = [values[c] for c in cells]
        if bad is not None and any(v is BAD for v in values.values()):
            bad.update(i for i, v in enumerate(out) if v is BAD)
        return out

    # ------------------------------------------------------------ rows
    def check_row(self, clean: dict[str, Any], final: bool) -> bool:
        """Conditions, required answers and rules on a row of clean values (every question a key).

        Blanks answers of questions that do not apply. False: let validate() judge the row.
        """
        if not self.reliable:
            return False
        key = tuple(clean.get(f) for f in self._cond_fields)
        applies = self._applies.get(key)
        if applies is None:
            applies = {q.id: q.when.holds(clean) for q in self.conditional}  # type: ignore[union-attr]
            if len(self._applies) < 10_000:
                self._applies[key] = applies
        for q in self.conditional:
            if not applies[q.id]:
                v = clean[q.id]
                if v is not None and v != []:
                    return False
                clean[q.id] = [] if q.is_multi else None
        if final:
            for q in self.required:
                v = clean[q.id]
                if (v is None or v == []) and applies.get(q.id, True):
                    return False
        context = clean
        if self._cities is not None and "city" in self.ids and clean.get("city") and context.get("province"):
            item = self._cities.get(str(clean["city"]))
            if item and item.parent != str(context["province"]):
                return False
        for rule in self.qn.rules:
            if rule.kind == "sum":
                values: list[Any] = [clean[qid] for qid in self._groups[rule.group] if applies.get(qid, True)]
                if values and all(v is not None for v in values) and abs(sum(values) - rule.total) > rule.tolerance:
                    return False
                continue
            if rule.field not in self.ids or rule.than not in self.ids and rule.than not in context:
                continue
            value, other = clean.get(rule.field), clean.get(rule.than, context.get(rule.than))
            if value is None or other in (None, ""):
                continue
            if rule.kind == "not_greater" and float(value) > float(other):
                return False
            if rule.kind == "year_not_before" and int(str(value)[:4]) < int(other):
                return False
        return True

"""The one validator: form, importer and command line all check answers here.

`validate(answers, final=...)` returns every problem at once, each naming the question and saying what
is wrong in the user's language, plus the cleaned values ready for the store. No Qt, no SQL.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from desktop.questionnaire import Codebook, Question, Questionnaire, load_questionnaire

MESSAGES: dict[str, dict[str, str]] = {
    "required": {"en": "required for a final survey", "ja": "確定保存には必須です", "zh": "最终保存时必填"},
    "not_integer": {"en": "{value!r} is not a whole number", "ja": "{value!r} は整数ではありません", "zh": "{value!r} 不是整数"},
    "not_number": {"en": "{value!r} is not a number", "ja": "{value!r} は数値ではありません", "zh": "{value!r} 不是数字"},
    "too_small": {"en": "must be at least {min} (got {value})", "ja": "{min} 以上にしてください（入力値 {value}）", "zh": "不能小于{min}（输入值{value}）"},
    "too_large": {"en": "must be at most {max} (got {value})", "ja": "{max} 以下にしてください（入力値 {value}）", "zh": "不能大于{max}（输入值{value}）"},
    "not_date": {"en": "{value!r} is not a date in the form YYYY-MM-DD", "ja": "{value!r} は YYYY-MM-DD 形式の日付ではありません", "zh": "{value!r} 不是 YYYY-MM-DD 格式的日期"},
    "future_date": {"en": "{value} is in the future", "ja": "{value} は未来の日付です", "zh": "{value} 是将来的日期"},
    "too_long": {"en": "is {length} characters long; at most {max} allowed", "ja": "{length} 文字あります（上限 {max} 文字）", "zh": "共{length}个字符，最多{max}个"},
    "unknown_code": {"en": "{value!r} is not one of the answers in the codebook", "ja": "{value!r} はコードブックにない回答です", "zh": "{value!r} 不是代码表中的选项"},
    "too_many": {"en": "at most {max} answers (got {count})", "ja": "回答は {max} つまでです（{count} 件）", "zh": "最多{max}项（已选{count}项）"},
    "duplicate_choice": {"en": "{value!r} is chosen twice", "ja": "{value!r} が重複しています", "zh": "{value!r} 重复选择"},
    "exclusive": {"en": "{label!r} cannot be combined with other answers", "ja": "「{label}」は他の回答と同時に選べません", "zh": "“{label}”不能与其他选项同时选择"},
    "not_applicable": {"en": "answered, but the question does not apply here", "ja": "回答がありますが、この条件では対象外の質問です", "zh": "已填写，但此情况下不适用该问题"},
    "city_province": {"en": "{city} is not in {province}", "ja": "{city} は {province} にありません", "zh": "{city}不属于{province}"},
    "unknown_field": {"en": "unknown field", "ja": "不明な項目です", "zh": "未知字段"},
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field (or with a rule joining several)."""

    field: str
    code: str
    message: str


@dataclass
class Result:
    clean: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def by_field(self) -> dict[str, list[Problem]]:
        out: dict[str, list[Problem]] = {}
        for p in self.problems:
            out.setdefault(p.field, []).append(p)
        return out


def clean_text(value: str, multiline: bool = False) -> str:
    """Text without control characters or lone surrogates, NFC-normalised and stripped."""
    value = _SURROGATE.sub("", value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if multiline:
        value = _CONTROL.sub("", value)
    else:
        value = _CONTROL.sub("", value.replace("\n", " ").replace("\t", " "))
    return unicodedata.normalize("NFC", value).strip()


def _blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and not value.strip():
        return True
    return isinstance(value, (list, tuple)) and len(value) == 0


def resolve_code(codebook: Codebook, value: Any) -> str | None:
    """The code for a code or a label in any language (case-insensitive), or None."""
    text = str(value).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if codebook.get(text):
        return text
    folded = text.casefold()
    for item in codebook.items:
        if item.code.casefold() == folded or any(lbl.casefold() == folded for lbl in item.label.values()):
            return item.code
    return None


class _Checker:
    def __init__(self, qn: Questionnaire, lang: str, today: _dt.date):
        self.qn, self.lang, self.today = qn, lang, today
        self.result = Result()

    def problem(self, q: Question | None, fid: str, code: str, **kw: Any) -> None:
        template = MESSAGES[code].get(self.lang) or MESSAGES[code]["en"]
        text = template.format(**kw)
        label = q.text(self.lang) if q else fid
        self.result.problems.append(Problem(fid, code, f"{label}: {text}"))

    def number(self, q: Question, value: Any) -> int | float | None:
        integral = q.type in ("integer", "year", "rating")
        if isinstance(value, bool):
            self.problem(q, q.id, "not_number", value=value)
            return None
        if isinstance(value, (int, float)):
            num: float = value
        else:
            text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", "")
            if q.type == "percent":
                text = text.rstrip("%").strip()
            try:
                num = float(text)
            except ValueError:
                self.problem(q, q.id, "not_integer" if integral else "not_number", value=value)
                return None
        try:
            finite = math.isfinite(num)
        except OverflowError:  # an int beyond float range
            self.problem(q, q.id, "too_large", max=_fmt(q.upper_bound(self.today) or 0), value=str(value)[:20])
            return None
        if not finite or (integral and not float(num).is_integer()):
            self.problem(q, q.id, "not_integer" if integral else "not_number", value=value)
            return None
        out: int | float = int(num) if integral else float(num)
        low, high = q.min, q.upper_bound(self.today)
        if low is not None and out < low:
            self.problem(q, q.id, "too_small", min=_fmt(low), value=_fmt(out))
            return None
        if high is not None and out > high:
            self.problem(q, q.id, "too_large", max=_fmt(high), value=_fmt(out))
            return None
        return out

    def date(self, q: Question, value: Any) -> str | None:
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            day = value
        else:
            text = str(value).strip()
            try:
                day = _dt.date.fromisoformat(text)
                if len(text) != 10:
                    raise ValueError(text)
            except ValueError:
                self.problem(q, q.id, "not_date", value=value)
                return None
        if q.not_future and day > self.today:
            self.problem(q, q.id, "future_date", value=day.isoformat())
            return None
        return day.isoformat()

    def text(self, q: Question, value: Any) -> str | None:
        text = clean_text(str(value), multiline=q.type == "longtext")
        if q.max_length and len(text) > q.max_length:
            self.problem(q, q.id, "too_long", length=len(text), max=q.max_length)
            return None
        return text or None

    def choice(self, q: Question, value: Any) -> str | int | None:
        cb = self.qn.codebook_for(q)
        assert cb is not None
        code = resolve_code(cb, value)
        if code is None:
            self.problem(q, q.id, "unknown_code", value=value)
            return None
        return int(code) if q.type == "rating" else code

    def multi(self, q: Question, value: Any) -> list[str] | None:
        cb = self.qn.codebook_for(q)
        assert cb is not None
        if isinstance(value, str):
            raw: list[Any] = re.split(r"[;|\n]", value)
        elif isinstance(value, (list, tuple, set)):
            raw = list(value)
        else:
            raw = [value]
        codes: list[str] = []
        for v in raw:
            if isinstance(v, (tuple, list)):
                v = v[0] if v else None
            if _blank(v):
                continue
            code = resolve_code(cb, v)
            if code is None:
                self.problem(q, q.id, "unknown_code", value=v)
                return None
            if code in codes:
                self.problem(q, q.id, "duplicate_choice", value=code)
                return None
            codes.append(code)
        if q.max_choices and len(codes) > q.max_choices:
            self.problem(q, q.id, "too_many", max=q.max_choices, count=len(codes))
            return None
        if not q.ranked:
            order = {c: i for i, c in enumerate(cb.codes())}
            codes.sort(key=order.__getitem__)
        for code in codes:
            item = cb.get(code)
            if item and item.exclusive and len(codes) > 1:
                self.problem(q, q.id, "exclusive", label=item.text(self.lang))
                return None
        return codes

    def value(self, q: Question, value: Any) -> Any:
        if q.type in ("integer", "number", "percent", "year"):
            return self.number(q, value)
        if q.type == "date":
            return self.date(q, value)
        if q.type in ("text", "longtext"):
            return self.text(q, value)
        if q.type in ("choice", "rating"):
            return self.choice(q, value)
        return self.multi(q, value)


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def validate(answers: dict[str, Any], *, final: bool, lang: str = "en",
             questionnaire: Questionnaire | None = None, today: _dt.date | None = None,
             entities: tuple[str, ...] = ("company", "survey"),
             ignore_unknown: bool = True) -> Result:
    """Check `answers` (question id -> raw value) and return cleaned values and every problem.

    final: True applies the required-for-final rules; a draft may leave answers out.
    lang: language of the messages (en, ja, zh).
    entities: which questions to check: company fields, survey fields, or both.
    ignore_unknown: False reports keys that are not questions.
    """
    qn = questionnaire or load_questionnaire()
    chk = _Checker(qn, lang, today or _dt.date.today())
    questions = [q for q in qn.questions if q.entity in entities]
    known = {q.id for q in qn.questions}
    if not ignore_unknown:
        for key in answers:
            if key not in known:
                chk.problem(None, key, "unknown_field")
    clean = chk.result.clean
    for q in questions:
        raw = answers.get(q.id)
        clean[q.id] = [] if q.is_multi else None
        if not _blank(raw):
            v = chk.value(q, raw)
            if v is not None:
                clean[q.id] = v
    # conditions are judged on the cleaned values (codes, not labels)
    context = {**answers, **clean}
    for q in questions:
        applies = qn.applies(q, context)
        present = not _blank(clean[q.id])
        if not applies:
            if present:
                chk.problem(q, q.id, "not_applicable")
            clean[q.id] = [] if q.is_multi else None
        elif final and q.required and not present and not _blank_error(chk.result, q.id) \
                and _blank(answers.get(q.id)):
            chk.problem(q, q.id, "required")
    _check_rules(chk, qn, questions, clean, context)
    return chk.result


def _blank_error(result: Result, fid: str) -> bool:
    return any(p.field == fid for p in result.problems)


def _check_rules(chk: _Checker, qn: Questionnaire, questions: list[Question],
                 clean: dict[str, Any], context: dict[str, Any]) -> None:
    ids = {q.id for q in questions}
    if "city" in ids and clean.get("city") and context.get("province"):
        cities = qn.codebooks["city"]
        item = cities.get(str(clean["city"]))
        if item and item.parent != str(context["province"]):
            prov = qn.codebooks["province"].label(str(context["province"]), chk.lang)
            chk.problem(qn.question("city"), "city", "city_province",
                        city=item.text(chk.lang), province=prov)
            clean["city"] = None
    for rule in qn.rules:
        msg = rule.message.get(chk.lang) or rule.message["en"]
        if rule.kind == "sum":
            members = [q for q in qn.group(rule.group) if q.id in ids and qn.applies(q, context)]
            values = [clean.get(q.id) for q in members]
            if members and all(v is not None for v in values):
                total = sum(values)
                if abs(total - rule.total) > rule.tolerance:
                    chk.result.problems.append(Problem(rule.group, rule.id, msg.format(sum=_fmt(round(total, 2)))))
            continue
        if rule.field not in ids or rule.than not in ids and rule.than not in context:
            continue
        value, other = clean.get(rule.field), clean.get(rule.than, context.get(rule.than))
        if value is None or other in (None, ""):
            continue
        if rule.kind == "not_greater" and float(value) > float(other):
            chk.result.problems.append(Problem(rule.field, rule.id, msg.format(value=value, other=other)))
        elif rule.kind == "year_not_before" and int(str(value)[:4]) < int(other):
            chk.result.problems.append(Problem(rule.field, rule.id, msg.format(value=value, other=other)))

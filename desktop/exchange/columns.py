"""Which file column holds which question: recognised by question id or by its label in en/ja/zh.

The names come from the questionnaire (never a hand-written list of questions). Three columns that are
not questions are recognised too: the survey's stable id, its company's id and its status.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop.questionnaire import LANGUAGES, Questionnaire, load_questionnaire

SURVEY_ID, COMPANY_ID, STATUS = "id", "company_id", "status"
# labels of the three non-question columns (the exporter writes these; the importer recognises them)
META_LABELS: dict[str, dict[str, str]] = {
    SURVEY_ID: {"en": "Survey ID", "ja": "調査ID", "zh": "调查ID"},
    COMPANY_ID: {"en": "Company ID", "ja": "企業ID", "zh": "企业ID"},
    STATUS: {"en": "Status", "ja": "状態", "zh": "状态"},
}
META_ALIASES = {SURVEY_ID: ("survey_id", "uuid"), COMPANY_ID: (), STATUS: ("ステータス",)}
STATUS_LABELS: dict[str, dict[str, str]] = {
    "final": {"en": "Final", "ja": "確定", "zh": "最终"},
    "draft": {"en": "Draft", "ja": "下書き", "zh": "草稿"},
}


def fold(text: str) -> str:
    """A header folded for matching: NFKC (full-width letters), case, spaces and punctuation ignored."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"[\s_\-:：。.,，、()（）\[\]【】]+", "", text)


def field_names(qn: Questionnaire | None = None) -> dict[str, str]:
    """Folded name -> field id, for every question id and label, and the meta columns."""
    qn = qn or load_questionnaire()
    names: dict[str, str] = {}
    for fid, labels in META_LABELS.items():
        for name in (fid, *labels.values(), *META_ALIASES[fid]):
            names.setdefault(fold(name), fid)
    for q in qn.questions:
        names[fold(q.id)] = q.id
    for q in qn.questions:
        for lang in LANGUAGES:
            label = q.label.get(lang)
            if label:
                names.setdefault(fold(label), q.id)
    return names


def header(fid: str, lang: str | None, qn: Questionnaire | None = None) -> str:
    """The column header the exporter writes for `fid`: the id itself, or its label in `lang`."""
    if lang is None:
        return fid
    if fid in META_LABELS:
        return META_LABELS[fid].get(lang, fid)
    return (qn or load_questionnaire()).question(fid).text(lang)


def parse_status(value: str) -> str | None:
    """'final' or 'draft' from a code or a label in any language; None when unrecognised."""
    v = fold(value)
    for code, labels in STATUS_LABELS.items():
        if v == code or v in (fold(x) for x in labels.values()):
            return code
    return None


@dataclass
class Mapping:
    """Column position -> field id (None: ignored), with what could not be matched."""

    fields: dict[int, str | None]
    columns: list[str]
    unknown: list[str] = field(default_factory=list)        # headers that match nothing
    duplicated: dict[str, list[str]] = field(default_factory=dict)   # field -> the columns claiming it

    def column_of(self, fid: str) -> str | None:
        for i, f in self.fields.items():
            if f == fid:
                return self.columns[i]
        return None

    def index_of(self, fid: str) -> int | None:
        for i, f in self.fields.items():
            if f == fid:
                return i
        return None

    def mapped(self) -> dict[str, int]:
        return {f: i for i, f in self.fields.items() if f}


def auto_map(columns: list[str], overrides: dict[str, str | None] | None = None,
             qn: Questionnaire | None = None) -> Mapping:
    """Match each header to a field; `overrides` (header -> field id or None) are the user's choices."""
    qn = qn or load_questionnaire()
    names = field_names(qn)
    valid = {q.id for q in qn.questions} | set(META_LABELS)
    overrides = overrides or {}
    fields: dict[int, str | None] = {}
    unknown: list[str] = []
    for i, col in enumerate(columns):
        if col in overrides:
            fid = overrides[col]
            if fid is not None and fid not in valid:
                raise ValueError(f"{fid!r} is not a question of the questionnaire")
        else:
            fid = names.get(fold(col))
            if fid is None:
                unknown.append(col)
        fields[i] = fid
    claims: dict[str, list[str]] = {}
    for i, fid in fields.items():
        if fid:
            claims.setdefault(fid, []).append(columns[i])
    duplicated = {f: cols for f, cols in claims.items() if len(cols) > 1}
    return Mapping(fields=fields, columns=list(columns), unknown=unknown, duplicated=duplicated)

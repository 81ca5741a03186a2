"""Load the questionnaire file, check it against its schema, and resolve reference codebooks."""

from __future__ import annotations

import csv
import functools
import json
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.questionnaire.model import (
    ENTITIES,
    LANGUAGES,
    QUESTION_TYPES,
    Codebook,
    Condition,
    Item,
    Question,
    Questionnaire,
    Rule,
    Section,
)


class QuestionnaireError(ValueError):
    """The questionnaire file breaks its schema; the message names the place."""


RULE_KINDS = ("sum", "not_greater", "year_not_before")
QUESTION_KEYS = {
    "id", "entity", "type", "label", "required", "codebook", "min", "max", "max_length",
    "unit", "help", "when", "depends_on", "group", "ranked", "max_choices", "not_future",
}


def _labels(obj: Any, where: str) -> dict[str, str]:
    if not isinstance(obj, dict):
        raise QuestionnaireError(f"{where}: labels must be an object with keys {LANGUAGES}")
    for lang in LANGUAGES:
        if not isinstance(obj.get(lang), str) or not obj[lang].strip():
            raise QuestionnaireError(f"{where}: missing {lang} label")
    return {k: obj[k] for k in LANGUAGES}


def read_reference_csv(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    """Rows of db/reference/<name>.csv as dicts."""
    path = (folder or paths.REFERENCE_DIR) / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def reference_items(name: str, rows: list[dict[str, Any]]) -> tuple[Item, ...]:
    """Codebook items from reference rows (provinces, cities, industries)."""
    items = []
    for r in rows:
        retired = str(r.get("retired") or "0") not in ("0", "", "None")
        if name == "industries":
            label = {"en": r["label_en"], "ja": r["label_ja"], "zh": r["label_zh"]}
            items.append(Item(str(r["code"]), label, r.get("status", ""), r.get("source", ""),
                              group=r.get("group") or r.get("grp") or "", retired=retired))
        else:
            label = {"en": r["name_en"], "ja": r["name_ja"], "zh": r["name_zh"]}
            items.append(Item(str(r["code"]), label, r.get("status", ""), r.get("source", ""),
                              parent=str(r.get("province_code") or ""), retired=retired))
    return tuple(items)


def _codebook(name: str, spec: dict, reference: dict[str, list[dict]] | None) -> Codebook:
    if "ref" in spec:
        ref = spec["ref"]
        rows = reference[ref] if reference and ref in reference else read_reference_csv(ref)
        return Codebook(name, reference_items(ref, rows), spec.get("parent", ""))
    items = []
    seen = set()
    for n, it in enumerate(spec.get("items", [])):
        where = f"codebook {name} item {n + 1}"
        code = it.get("code")
        if not isinstance(code, str) or not code:
            raise QuestionnaireError(f"{where}: code must be a non-empty string")
        if code in seen:
            raise QuestionnaireError(f"{where}: duplicate code {code!r}")
        seen.add(code)
        items.append(Item(code, _labels(it.get("label"), f"{where} ({code})"),
                          it.get("status", ""), it.get("source", ""), it.get("group", ""),
                          exclusive=bool(it.get("exclusive", False))))
    if not items:
        raise QuestionnaireError(f"codebook {name}: no items")
    return Codebook(name, tuple(items))


def _question(q: dict, section: str, codebooks: dict[str, Codebook]) -> Question:
    qid = q.get("id")
    where = f"section {section}, question {qid or '?'}"
    if not isinstance(qid, str) or not qid.isidentifier():
        raise QuestionnaireError(f"{where}: id must be a lower-case identifier")
    unknown = set(q) - QUESTION_KEYS
    if unknown:
        raise QuestionnaireError(f"{where}: unknown keys {sorted(unknown)}")
    if q.get("entity") not in ENTITIES:
        raise QuestionnaireError(f"{where}: entity must be one of {ENTITIES}")
    qtype = q.get("type")
    if qtype not in QUESTION_TYPES:
        raise QuestionnaireError(f"{where}: type must be one of {QUESTION_TYPES}")
    cb = q.get("codebook", "")
    if qtype in ("choice", "multichoice", "rating") and cb not in codebooks:
        raise QuestionnaireError(f"{where}: codebook {cb!r} is not defined")
    when = None
    if "when" in q:
        w = q["when"]
        if not isinstance(w, dict) or "field" not in w or not ("in" in w or "prefix" in w):
            raise QuestionnaireError(f"{where}: 'when' needs 'field' and 'in' or 'prefix'")
        when = Condition(w["field"], tuple(w.get("in", ())), w.get("prefix", ""))
    max_raw = q.get("max")
    max_spec = max_raw if isinstance(max_raw, str) else ""
    if max_spec and max_spec not in ("current_year", "current_year_plus_1"):
        raise QuestionnaireError(f"{where}: max {max_raw!r} is neither a number nor current_year")
    return Question(
        id=qid, entity=q["entity"], type=qtype, section=section,
        label=_labels(q.get("label"), where),
        required=bool(q.get("required", False)), codebook=cb,
        min=q.get("min"), max=None if max_spec else max_raw, max_spec=max_spec,
        max_length=q.get("max_length"),
        unit=_labels(q["unit"], f"{where} unit") if "unit" in q else {},
        help=_labels(q["help"], f"{where} help") if "help" in q else {},
        when=when, depends_on=q.get("depends_on", ""), group=q.get("group", ""),
        ranked=bool(q.get("ranked", False)), max_choices=q.get("max_choices"),
        not_future=bool(q.get("not_future", False)),
    )


def parse(data: dict, reference: dict[str, list[dict]] | None = None) -> Questionnaire:
    """Build and check a Questionnaire from the decoded JSON document."""
    for key in ("id", "version", "title", "codebooks", "sections", "rules"):
        if key not in data:
            raise QuestionnaireError(f"questionnaire: missing top-level key {key!r}")
    codebooks = {n: _codebook(n, spec, reference) for n, spec in data["codebooks"].items()}
    sections = []
    ids: set[str] = set()
    for s in data["sections"]:
        sid = s.get("id", "?")
        questions = tuple(_question(q, sid, codebooks) for q in s.get("questions", []))
        for q in questions:
            if q.id in ids:
                raise QuestionnaireError(f"question id {q.id!r} is used twice")
            ids.add(q.id)
        sections.append(Section(sid, _labels(s.get("label"), f"section {sid}"),
                                _labels(s["help"], f"section {sid} help") if "help" in s else {},
                                questions))
    rules = []
    for r in data["rules"]:
        if r.get("kind") not in RULE_KINDS:
            raise QuestionnaireError(f"rule {r.get('id')}: kind must be one of {RULE_KINDS}")
        rules.append(Rule(r["id"], r["kind"], _labels(r.get("message"), f"rule {r['id']}"),
                          r.get("group", ""), r.get("field", ""), r.get("than", ""),
                          float(r.get("total", 100)), float(r.get("tolerance", 0.5))))
    qn = Questionnaire(data["id"], int(data["version"]), _labels(data["title"], "title"),
                       tuple(sections), codebooks, tuple(rules))
    _check_references(qn)
    return qn


def _check_references(qn: Questionnaire) -> None:
    ids = {q.id for q in qn.questions}
    for q in qn.questions:
        if q.when and q.when.field not in ids:
            raise QuestionnaireError(f"question {q.id}: 'when' names unknown field {q.when.field!r}")
        if q.depends_on and q.depends_on not in ids:
            raise QuestionnaireError(f"question {q.id}: depends_on unknown field {q.depends_on!r}")
    groups = {q.group for q in qn.questions if q.group}
    for r in qn.rules:
        if r.kind == "sum" and r.group not in groups:
            raise QuestionnaireError(f"rule {r.id}: no question is in group {r.group!r}")
        if r.kind != "sum" and (r.field not in ids or r.than not in ids):
            raise QuestionnaireError(f"rule {r.id}: field or than names an unknown question")


def load_file(path: Path, reference: dict[str, list[dict]] | None = None) -> Questionnaire:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise QuestionnaireError(f"{path.name}: not valid JSON: {exc}") from exc
    return parse(data, reference)


_active: Questionnaire | None = None


@functools.lru_cache(maxsize=1)
def _from_files() -> Questionnaire:
    return load_file(paths.QUESTIONNAIRE_FILE)


def load_questionnaire() -> Questionnaire:
    """The app's questionnaire: place and industry codebooks from db/reference, or from the open
    database once use_reference() was called (labels edited in the Reference data window)."""
    return _active if _active is not None else _from_files()


def use_reference(reference: dict[str, list[dict]] | None) -> Questionnaire:
    """Resolve place/industry codebooks from these rows (desktop.store.reference.codebook_reference(store))
    for every later load_questionnaire(); None goes back to the shipped CSV files."""
    global _active
    _active = load_file(paths.QUESTIONNAIRE_FILE, reference) if reference is not None else None
    return load_questionnaire()

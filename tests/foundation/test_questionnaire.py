"""The questionnaire file: schema check, labels in three languages, agreement with the database."""

from __future__ import annotations

import copy
import json

import pytest

from desktop import paths
from desktop.questionnaire import LANGUAGES, QuestionnaireError, load_questionnaire, parse


@pytest.fixture
def raw() -> dict:
    return json.loads(paths.QUESTIONNAIRE_FILE.read_text(encoding="utf-8"))


def test_loads_with_every_label_in_three_languages():
    qn = load_questionnaire()
    assert len(qn.questions) >= 35
    for q in qn.questions:
        assert all(q.label[lang].strip() for lang in LANGUAGES), q.id
    for cb in qn.codebooks.values():
        for item in cb.items:
            assert all(item.label[lang].strip() for lang in LANGUAGES), (cb.name, item.code)


def test_reference_codebooks_resolved_from_db_reference():
    qn = load_questionnaire()
    assert qn.codebooks["province"].codes() == ["21", "22", "23"]
    assert len(qn.codebooks["city"].items) == 36
    assert qn.codebooks["city"].get("2102").parent == "21"
    assert qn.codebooks["industry"].label("M12", "zh")
    assert len(qn.codebooks["industry"].items) == 27


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["sections"][0]["questions"][0].update(type="float"), "type must be one of"),
    (lambda d: d["sections"][0]["questions"][0]["label"].pop("zh"), "missing zh label"),
    (lambda d: d["sections"][0]["questions"][4].update(codebook="nope"), "codebook 'nope' is not defined"),
    (lambda d: d["sections"][1]["questions"].append(copy.deepcopy(d["sections"][0]["questions"][0])),
     "used twice"),
    (lambda d: d["sections"][0]["questions"][0].update(colour="red"), "unknown keys"),
    (lambda d: d["sections"][2]["questions"][5]["when"].update(field="ghost"), "unknown field 'ghost'"),
    (lambda d: d["rules"][0].update(group="ghost_group"), "no question is in group"),
    (lambda d: d["codebooks"]["parent_size"]["items"].append({"code": "large", "label": {"en": "a", "ja": "b", "zh": "c"}}),
     "duplicate code"),
    (lambda d: d.pop("rules"), "missing top-level key 'rules'"),
])
def test_schema_errors_name_the_place(raw, mutate, message):
    mutate(raw)
    with pytest.raises(QuestionnaireError, match=message):
        parse(raw)


def test_questions_match_database_columns(store):
    qn = load_questionnaire()

    def cols(table):
        return {r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")}

    company_cols, survey_cols = cols("companies"), cols("surveys")
    for q in qn.scalar("company"):
        assert q.id in company_cols, f"company question {q.id} has no column"
    for q in qn.scalar("survey"):
        assert q.id in survey_cols, f"survey question {q.id} has no column"
    meta = {"id", "company_id", "status", "revision", "created_at", "updated_at", "created_by",
            "updated_by", "deleted_at"}
    assert survey_cols - meta == {q.id for q in qn.scalar("survey")}
    assert company_cols - meta == {q.id for q in qn.scalar("company")}
    assert all(q.entity == "survey" for q in qn.multi())


def test_conditional_rules_are_declared():
    qn = load_questionnaire()
    reloc = qn.question("relocation_destination")
    assert reloc.when and reloc.when.values == ("relocate_withdraw",)
    for qid in ("sales_local_pct", "proc_other_pct"):
        assert qn.question(qid).when.prefix == "M"
    assert {r.group for r in qn.rules if r.kind == "sum"} == {"sales_shares", "procurement_shares"}


def test_labels_edited_in_the_database_reach_the_questionnaire(store):
    from desktop.questionnaire import use_reference
    from desktop.store import reference

    store.conn.execute("UPDATE cities SET name_en = 'Dalian (edited)', retired = 0 WHERE code = '2102'")
    store.conn.execute("UPDATE cities SET retired = 1 WHERE code = '2107'")
    store.conn.commit()
    try:
        qn = use_reference(reference.codebook_reference(store))
        cities = qn.codebooks["city"]
        assert cities.label("2102", "en") == "Dalian (edited)"
        assert load_questionnaire() is qn
        assert cities.get("2107").retired and "2107" not in {i.code for i in cities.children("21")}
        assert "2107" in cities.codes()  # old answers still resolve
    finally:
        use_reference(None)
    assert load_questionnaire().codebooks["city"].label("2102", "en") == "Dalian"

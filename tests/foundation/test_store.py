"""The store: every write path survives close and reopen in a new process; audit; conflicts; search."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.store import ConflictError, NotFoundError, ValidationFailed, audit, companies, drafts, open_store, surveys
from desktop.store.listing import SurveyFilter, count_surveys, list_surveys, totals

READ_BACK = """
import json, sys
from desktop.store import open_store
from desktop.store.surveys import get_survey
with open_store(sys.argv[1], readonly=True) as s:
    print(json.dumps(get_survey(s, sys.argv[2]), ensure_ascii=False))
"""


def read_back(fresh_process, db_path, survey_id):
    return json.loads(fresh_process(READ_BACK, str(db_path), survey_id).stdout)


def test_create_survey_survives_reopen_in_new_process(store, db_path, answers, fresh_process):
    saved = surveys.save_survey(store, answers(), final=True)
    store.close()
    got = read_back(fresh_process, db_path, saved.survey_id)
    assert got["status"] == "final" and got["revision"] == 1
    assert got["name_local"] == "大连北风精密机械有限公司" and got["city"] == "2102"
    assert got["management_problems"] == ["mp_wage_increase", "mp_logistics", "mp_competitor_cost"]
    assert got["expand_functions"] == ["sales", "rnd"]
    assert got["sales_local_pct"] == 60.0 and got["employees"] == 420


def test_update_bumps_revision_and_audits_each_field(store, db_path, answers, fresh_process):
    first = surveys.save_survey(store, answers(), final=True)
    second = surveys.save_survey(store, answers(employees=450, management_problems=["mp_power"]), final=True,
                                 survey_id=first.survey_id, company_id=first.company_id, expected_revision=1)
    assert second.revision == 2 and set(second.changed) == {"employees", "management_problems"}
    rows = audit.history(store, first.survey_id)
    assert [r["action"] for r in rows] == ["create", "update", "update"]
    assert {(r["field"], r["old"], r["new"]) for r in rows[1:]} == {
        ("employees", "420", "450"),
        ("management_problems", '["mp_wage_increase", "mp_logistics", "mp_competitor_cost"]', '["mp_power"]')}
    store.close()
    got = read_back(fresh_process, db_path, first.survey_id)
    assert got["employees"] == 450 and got["revision"] == 2 and got["management_problems"] == ["mp_power"]


def test_saving_unchanged_answers_writes_nothing(store, answers):
    first = surveys.save_survey(store, answers(), final=True)
    again = surveys.save_survey(store, answers(), final=True, survey_id=first.survey_id,
                                company_id=first.company_id, expected_revision=1)
    assert again.revision == 1 and again.changed == []
    assert len(audit.history(store, first.survey_id)) == 1


def test_conflicting_revision_is_refused_and_nothing_changes(store, db_path, answers):
    first = surveys.save_survey(store, answers(), final=True)
    other = open_store(db_path, who="other analyst")
    surveys.save_survey(other, answers(employees=500), final=True, survey_id=first.survey_id,
                        company_id=first.company_id, expected_revision=1)
    other.close()
    with pytest.raises(ConflictError, match="changed elsewhere"):
        surveys.save_survey(store, answers(employees=999), final=True, survey_id=first.survey_id,
                            company_id=first.company_id, expected_revision=1)
    assert surveys.get_survey(store, first.survey_id)["employees"] == 500


def test_invalid_answers_raise_with_every_problem_and_write_nothing(store, answers):
    with pytest.raises(ValidationFailed) as err:
        surveys.save_survey(store, answers(employees=-3, city="2201"), final=True)
    assert {p.field for p in err.value.problems} == {"employees", "city"}
    assert totals(store)["surveys"] == 0 and totals(store)["companies"] == 0
    assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 0


def test_draft_may_be_incomplete_but_needs_a_company(store, answers):
    saved = surveys.save_survey(store, {"name_local": "哈尔滨雪见食品有限公司", "province": "23"}, final=False)
    assert surveys.get_survey(store, saved.survey_id)["status"] == "draft"
    with pytest.raises(ValidationFailed, match="Company name"):
        surveys.save_survey(store, {"employees": 10}, final=False)


def test_failed_write_rolls_back_the_whole_transaction(store, answers):
    before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError):
        with store.write() as conn:
            companies.insert_company(conn, answers(), store.who)
            conn.execute("INSERT INTO surveys (id, company_id, created_at, updated_at) VALUES ('short', 'x', '', '')")
    assert store.conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_delete_restore_and_purge_survive_reopen(store, db_path, answers, fresh_process):
    sid = surveys.save_survey(store, answers(), final=True).survey_id
    surveys.delete_survey(store, sid)
    assert count_surveys(store) == 0 and count_surveys(store, SurveyFilter(trash=True)) == 1
    store.close()
    fresh_process("""
import sys
from desktop.store import open_store
from desktop.store.surveys import restore_survey
with open_store(sys.argv[1]) as s:
    restore_survey(s, sys.argv[2])
""", str(db_path), sid)
    with open_store(db_path) as s:
        assert count_surveys(s) == 1
        surveys.delete_survey(s, sid)
        surveys.purge_survey(s, sid)
    with open_store(db_path) as s:
        with pytest.raises(NotFoundError):
            surveys.get_survey(s, sid)
        assert [r["action"] for r in audit.history(s, sid)] == ["create", "delete", "restore", "delete", "purge"]


def test_audit_log_is_append_only(store, answers):
    surveys.save_survey(store, answers(), final=True)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with store.write() as conn:
            conn.execute("UPDATE audit_log SET who = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        with store.write() as conn:
            conn.execute("DELETE FROM audit_log")


def test_company_create_and_update_survive_reopen(store, db_path, answers, fresh_process):
    cid = companies.create_company(store, answers())
    changed = companies.update_company(store, cid, {"name_en": "Kitakaze Seiki Dalian", "city": "2101"})
    assert set(changed) == {"name_en", "city"}
    store.close()
    out = fresh_process("""
import sys
from desktop.store import open_store
from desktop.store.companies import get_company
with open_store(sys.argv[1]) as s:
    c = get_company(s, sys.argv[2]); print(c["name_en"], c["city"], c["revision"])
""", str(db_path), cid).stdout.split()
    assert out == ["Kitakaze", "Seiki", "Dalian", "2101", "2"]


def test_drafts_survive_reopen(store, db_path, fresh_process):
    drafts.save_draft(store, "form-1", {"name_local": "长春白桦汽车零部件有限公司", "employees": "12"})
    drafts.save_draft(store, "form-1", {"name_local": "长春白桦汽车零部件有限公司", "employees": "120"})
    store.close()
    out = fresh_process("""
import json, sys
from desktop.store import open_store
from desktop.store.drafts import list_drafts
with open_store(sys.argv[1]) as s:
    print(json.dumps(list_drafts(s), ensure_ascii=False))
""", str(db_path)).stdout
    got = json.loads(out)
    assert len(got) == 1 and got[0]["payload"]["employees"] == "120"
    with open_store(db_path) as s:
        drafts.discard_draft(s, "form-1")
        assert drafts.list_drafts(s) == []


def test_list_filters_sorting_and_cjk_search(demo_store):
    s = demo_store
    everything = count_surveys(s)
    assert everything == 300
    dalian = count_surveys(s, SurveyFilter(city="2102"))
    assert 0 < dalian < everything
    assert count_surveys(s, SurveyFilter(province="21")) > count_surveys(s, SurveyFilter(province="23"))
    two_chars = list_surveys(s, SurveyFilter(search="大连"), limit=1000)  # LIKE path
    assert two_chars and all("大连" in r["name_local"] for r in two_chars)
    three_chars = list_surveys(s, SurveyFilter(search="哈尔滨"), limit=1000)  # trigram path
    assert three_chars and all(r["city"] == "2301" for r in three_chars)
    japanese = list_surveys(s, SurveyFilter(search="大連"), limit=1000)
    assert japanese and all("大連" in r["name_ja"] for r in japanese)
    english = count_surveys(s, SurveyFilter(search="kitakaze"))
    assert english > 0
    page = list_surveys(s, order_by="employees", descending=True, limit=10)
    assert [r["employees"] for r in page] == sorted((r["employees"] for r in page), reverse=True)
    assert len(list_surveys(s, limit=50, offset=280)) == 20
    with pytest.raises(ValueError):
        list_surveys(s, order_by="employees; DROP TABLE surveys")


def test_search_terms_with_quotes_and_wildcards_are_literal(store, answers):
    surveys.save_survey(store, answers(name_local='A<B & "C"> 100%_有限公司'), final=True)
    assert count_surveys(store, SurveyFilter(search='"C"')) == 1
    assert count_surveys(store, SurveyFilter(search="0%")) == 1
    assert count_surveys(store, SurveyFilter(search="%")) == 1
    assert count_surveys(store, SurveyFilter(search="_x")) == 0


def test_find_similar_warns_about_likely_duplicates(store, answers):
    cid = companies.create_company(store, answers())
    hits = companies.find_similar(store, ["大连北风精密机械有限公司 "])
    assert hits and hits[0]["id"] == cid
    assert companies.find_similar(store, ["Kitakaze Precision (Dalian) Co Ltd"])[0]["id"] == cid
    assert companies.find_similar(store, ["北風精機(大連)"])[0]["id"] == cid
    assert companies.find_similar(store, ["Shirakaba Trading"]) == []


def test_duplicate_as_new_prefills_next_year(store, answers):
    saved = surveys.save_survey(store, answers(), final=True)
    prefill = surveys.duplicate_as_new(store, saved.survey_id)
    assert prefill["company_id"] == saved.company_id and prefill["reference_year"] == 2026
    assert "interview_date" not in prefill and "notes" not in prefill
    assert prefill["management_problems"] == answers()["management_problems"]

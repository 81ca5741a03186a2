"""Inline errors, refused final saves with a clickable list, drafts that keep bad input, and the
questions that appear, disappear and follow other answers."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

READ_ROW = """
import json, sys
from desktop.store import open_store
from desktop.store.drafts import list_drafts
s = open_store(sys.argv[1], readonly=True)
rows = [dict(zip(("id", "status", "employees", "name_local"), r)) for r in s.conn.execute(
    "SELECT s.id, s.status, s.employees, c.name_local FROM surveys s JOIN companies c ON c.id = s.company_id")]
print(json.dumps({"rows": rows, "drafts": [d["payload"]["answers"] for d in list_drafts(s)]}, ensure_ascii=False))
"""


def fill(form, values: dict) -> None:
    for qid, value in values.items():
        form.rows[qid].field.set_value(value)


def test_out_of_range_shows_inline_and_draft_keeps_it(make_form, kb, db_path, fresh_process):
    form = make_form()
    form.jump_to("employees")
    kb.type("99999999")
    error = form.rows["employees"].error
    assert not error.isHidden() and "at most 500000" in error.text()
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("420")
    assert error.isHidden()
    kb.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    kb.type("99999999")
    form.rows["name_local"].field.set_value("大连测试有限公司")

    form.final_button.click()  # refused: many answers missing, nothing written
    assert form.survey_id is None and form.problems.isVisibleTo(form)
    listed = [form.problems.item(i).text() for i in range(form.problems.count())]
    assert any(t.startswith("Province: required") for t in listed)
    assert any("Employees (total): must be at most 500000" in t for t in listed)
    assert not form.rows["province"].error.isHidden()  # missing answers are marked inline too
    province_item = next(form.problems.item(i) for i in range(form.problems.count())
                         if form.problems.item(i).text().startswith("Province"))
    form.problems.itemClicked.emit(province_item)  # a click jumps to the field
    assert form.stack.currentIndex() == 0
    assert QApplication.focusWidget() is form.rows["province"].field.focus_target()

    kb.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save as draft always works
    assert form.survey_id and form.status_value == "draft"
    assert form.rows["employees"].field.value() == "99999999"  # kept in the form
    form.autosaver.flush()
    out = json.loads(fresh_process(READ_ROW, str(db_path)).stdout)
    assert out["rows"] == [{"id": form.survey_id, "status": "draft", "employees": None,
                            "name_local": "大连测试有限公司"}]
    assert out["drafts"][0]["employees"] == "99999999"  # ... and in the autosaved draft


def test_draft_save_keeps_stored_value_of_a_field_with_a_problem(make_form, store, answers):
    form = make_form()
    fill(form, answers())
    assert form.save_final()
    form.rows["employees"].field.set_value("12x")
    assert "not a whole number" in form.rows["employees"].error.text()
    assert form.save_draft()
    from desktop.store.surveys import get_survey

    assert get_survey(store, form.survey_id)["employees"] == 420
    assert form.dirty  # the bad entry is still unsaved work


def test_relocation_destination_only_for_relocate_withdraw(make_form):
    form = make_form()
    page = form.pages[form.page_of["relocation_destination"]]
    assert not page.row_visible("relocation_destination")
    form.rows["business_direction"].field.set_value("relocate_withdraw")
    assert page.row_visible("relocation_destination") and not page.row_visible("expand_functions")
    form.rows["relocation_destination"].field.set_value("asean")
    form.rows["business_direction"].field.set_value("maintain")
    assert not page.row_visible("relocation_destination")
    assert form.rows["relocation_destination"].field.value() is None  # a hidden answer is cleared
    form.rows["business_direction"].field.set_value("expand")
    assert page.row_visible("expand_functions")


def test_sales_and_procurement_only_for_manufacturers(make_form, kb):
    form = make_form()
    page = form.pages[form.page_of["sales_local_pct"]]
    shares = [q for q in page.rows if q.endswith("_pct")]
    assert len(shares) == 6 and not any(page.row_visible(q) for q in shares)
    form.jump_to("industry")
    kb.type("M09")
    kb.tab()
    assert all(page.row_visible(q) for q in shares)
    form.jump_to("sales_local_pct")
    kb.type("60")
    kb.tab()
    kb.type("30")
    total = page.groups["sales_shares"]
    assert total.total.text().startswith("Total: 90% / 100%")
    kb.tab()
    kb.type("5")
    assert "must add up to 100% (now 95%)" in total.error.text()
    form.rows["industry"].field.set_value("N01")
    assert not any(page.row_visible(q) for q in shares)
    assert form.rows["sales_local_pct"].field.value() is None


def test_city_list_follows_province(make_form):
    form = make_form()
    city = form.rows["city"].field
    every = city.combo.count()
    form.rows["province"].field.set_value("21")
    liaoning = [city.combo.itemData(i) for i in range(1, city.combo.count())]
    assert liaoning and all(c.startswith("21") for c in liaoning) and len(liaoning) < every - 1
    city.set_value("2102")
    form.rows["province"].field.set_value("22")
    jilin = [city.combo.itemData(i) for i in range(1, city.combo.count())]
    assert jilin and all(c.startswith("22") for c in jilin)
    assert city.value() is None  # Dalian is not in Jilin: dropped


def test_ranked_problems_keep_order_and_limit(make_form, store, answers):
    form = make_form()
    fill(form, answers(management_problems=[]))
    field = form.rows["management_problems"].field
    for code in ["mp_logistics", "mp_power", "mp_tax_burden", "mp_customs", "mp_receivables"]:
        item = next(field.list.item(i) for i in range(field.list.count())
                    if field.list.item(i).data(Qt.ItemDataRole.UserRole) == code)
        item.setCheckState(Qt.CheckState.Checked)
    sixth = next(field.list.item(i) for i in range(field.list.count())
                 if field.list.item(i).data(Qt.ItemDataRole.UserRole) == "mp_other")
    assert not sixth.flags() & Qt.ItemFlag.ItemIsUserCheckable  # at most 5
    field.list.setCurrentItem(next(field.list.item(i) for i in range(field.list.count())
                                   if field.list.item(i).data(Qt.ItemDataRole.UserRole) == "mp_customs"))
    field.move_current(-2)
    assert field.value() == ["mp_logistics", "mp_customs", "mp_power", "mp_tax_burden", "mp_receivables"]
    assert form.save_final()
    rows = store.conn.execute("SELECT code, rank FROM survey_choices WHERE survey_id = ? AND "
                              "question = 'management_problems' ORDER BY rank", (form.survey_id,)).fetchall()
    assert rows == [("mp_logistics", 1), ("mp_customs", 2), ("mp_power", 3), ("mp_tax_burden", 4),
                    ("mp_receivables", 5)]


def test_rating_keys(make_form, kb):
    form = make_form()
    form.jump_to("infra_port")
    kb.type("4")
    assert form.rows["infra_port"].field.value() == "4"
    kb.key(Qt.Key.Key_Right)
    assert form.rows["infra_port"].field.value() == "5"
    kb.key(Qt.Key.Key_Delete)
    assert form.rows["infra_port"].field.value() is None

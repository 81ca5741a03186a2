"""Company picker (search, duplicate warning), history dialog, and the form in Japanese."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.form.history_dialog import HistoryDialog
from desktop.questionnaire import load_questionnaire
from desktop.store import companies, surveys


def test_duplicate_warning_offers_the_existing_company(make_form, store, answers, qtbot, commit):
    saved = surveys.save_survey(store, answers(), final=True)
    form = make_form()
    edit = form.rows["name_local"].field.focus_target()
    edit.setFocus()
    commit(edit, "大连北风精密机械公司")  # the same company, typed without 有限
    banner = form.picker.banner
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=3000)
    assert "Possible duplicate" in form.picker.banner_text.text()
    assert "大连北风精密机械有限公司" in form.picker.banner_text.text()
    form.picker.use_button.click()
    assert form.company_id == saved.company_id and banner.isHidden()
    assert form.rows["name_local"].field.value() == "大连北风精密机械有限公司"
    assert form.rows["city"].field.value() == "2102" and form.rows["industry"].field.value() == "M09"
    form.picker.new_button.click()  # change of mind: a new company after all
    assert form.company_id is None


def test_duplicate_warning_for_english_name(make_form, store, answers, kb, qtbot):
    surveys.save_survey(store, answers(), final=True)
    form = make_form()
    form.jump_to("name_en")
    kb.type("Kitakaze Precision Dalian")
    qtbot.waitUntil(lambda: not form.picker.banner.isHidden(), timeout=3000)
    form.rows["name_en"].field.set_value("Totally Different Trading")
    qtbot.waitUntil(lambda: form.picker.banner.isHidden(), timeout=3000)


def test_search_existing_company_by_cjk_substring(make_form, store, answers, qtbot, commit, kb):
    surveys.save_survey(store, answers(), final=True)
    surveys.save_survey(store, answers(name_local="沈阳南风电子有限公司", name_en="Minamikaze Shenyang",
                                       name_ja="南風電子（瀋陽）", city="2101"), final=True)
    form = make_form()
    search = form.picker.search
    search.setFocus()
    commit(search, "南风")
    qtbot.waitUntil(lambda: form.picker.results.count() == 1 and not form.picker.results.isHidden(), timeout=3000)
    kb.key(Qt.Key.Key_Return)
    target = companies.list_companies(store, "南风")[0]
    assert form.company_id == target["id"]
    assert form.rows["name_local"].field.value() == "沈阳南风电子有限公司"
    assert form.rows["city"].field.value() == "2101"
    for qid, value in answers().items():
        if load_questionnaire().question(qid).entity == "survey":
            form.rows[qid].field.set_value(value)
    assert form.save_final()
    assert store.conn.execute("SELECT count(*) FROM companies").fetchone() == (2,)  # no new company


def test_history_dialog_shows_labels(make_form, store, answers, qtbot):
    form = make_form()
    for qid, value in answers().items():
        form.rows[qid].field.set_value(value)
    assert form.save_final()
    form.rows["op_profit_forecast"].field.set_value("deficit")
    form.rows["employees"].field.set_value("430")
    assert form.save_draft()
    dialog = HistoryDialog(store, form.survey_id, "en", form)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert any(r[4] == "Operating profit forecast (this year)" and r[5] == "Profit (surplus)"
               and r[6] == "Loss (deficit)" and r[1] == "tester" for r in rows)
    assert any(r[4] == "Employees (total)" and r[5] == "420" and r[6] == "430" for r in rows)
    assert any(r[4] == "Status" and r[5] == "final" and r[6] == "draft" for r in rows)
    assert any(r[3] == "created" and r[2] == "Company" for r in rows)


def test_form_in_japanese_and_screenshots(make_form, english, store, answers, qtbot):
    from desktop.gui.i18n import set_language

    qn = load_questionnaire()
    form = make_form()
    for qid, value in answers().items():
        form.rows[qid].field.set_value(value)
    form.rows["employees"].field.set_value("99999999")
    form.resize(1100, 760)
    form.grab().save("/tmp/form_en.png")
    assert form.rows["province"].label.text() == "Province *"
    set_language(english, "ja")  # a live switch: LanguageChange relabels the open form
    qtbot.waitUntil(lambda: form.lang == "ja", timeout=3000)
    for qid in ("name_local", "province", "city", "industry", "year_established"):
        q = qn.question(qid)
        assert form.rows[qid].label.text() == q.text("ja") + (" *" if q.required else "")
    assert form.sections.item(0).text() == qn.sections[0].text("ja")
    assert form.rows["province"].field.combo.currentText() == "遼寧省"
    assert form.rows["city"].field.combo.currentText() == "大連市"
    assert "500000 以下" in form.rows["employees"].error.text()
    assert form.rows["employees"].field.unit.text() == "人"
    assert form.rows["province"].field.value() == "21"  # relabelling keeps the answers
    form.grab().save("/tmp/form_ja.png")
    second = make_form()  # a form opened in Japanese
    assert second.rows["interview_date"].label.text() == qn.question("interview_date").text("ja") + " *"

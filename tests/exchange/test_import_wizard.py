"""The ImportWizard driven through a small Shift_JIS file: preview, mapping, dates, dry run, import."""

from __future__ import annotations

import pytest
from exchange_helpers import write_csv

pytest.importorskip("pytestqt")

from desktop.questionnaire import load_questionnaire  # noqa: E402


def _next(qtbot, wizard):
    before = wizard.currentId()
    qtbot.waitUntil(lambda: wizard.button(wizard.WizardButton.NextButton).isEnabled(), timeout=15000)
    wizard.next()
    assert wizard.currentId() == before + 1


def test_wizard_imports_small_file(qtbot, store, tmp_path, make_rows):
    from desktop.gui.import_wizard import ImportWizard
    qn = load_questionnaire()
    header, rows = make_rows(3, name_local="北風精機（大連）有限公司")
    i = header.index("interview_date")
    rows[0][i], rows[1][i], rows[2][i] = "03/04/2024", "05/06/2024", "07/08/2024"
    ja_header = [qn.question(h).text("ja") for h in header] + ["調査ID", "状態"]
    ja_header[header.index("notes")] = "メモ欄"          # not a label: mapped by hand below
    ids = ["6f1c8a52-0c39-4b8e-9d1e-0a4b6d1f7c0" + str(n) for n in range(3)]
    rows = [r + [sid, "確定"] for r, sid in zip(rows, ids)]
    path = write_csv(tmp_path / "sjis.csv", ja_header, rows, encoding="cp932")

    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    file_page, enc_page, map_page, date_page, report_page, run_page = wizard.pages
    qtbot.keyClicks(file_page.path, str(path))
    _next(qtbot, wizard)
    assert enc_page.encoding.currentData() == "cp932"
    assert enc_page.table.item(0, 0).text() == "北風精機（大連）有限公司"
    enc_page.encoding.setCurrentIndex(enc_page.encoding.findData("utf-8"))    # wrong: the error shows inline
    assert "cannot be read as utf-8" in enc_page.error.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    enc_page.encoding.setCurrentIndex(enc_page.encoding.findData("cp932"))
    _next(qtbot, wizard)
    notes_row = ja_header.index("メモ欄")
    combo = map_page.combos[notes_row]
    assert combo.currentData() is None
    combo.setCurrentIndex(combo.findData("notes"))
    _next(qtbot, wizard)
    texts = [date_page.preview.item(r, 2).text() for r in range(date_page.preview.rowCount())]
    assert all("ambiguous" in t for t in texts)
    date_page.format.setCurrentIndex(date_page.format.findData("DD/MM/YYYY"))
    assert date_page.preview.item(0, 2).text() == "2024-04-03"
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=15000)
    assert wizard.plan.rows_valid == 3 and not wizard.plan.errors
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: run_page.finished, timeout=15000)
    assert wizard.result.surveys_added == 3, run_page.label.text()
    assert {r[0] for r in store.conn.execute("SELECT id FROM surveys")} == set(ids)
    names = {r[0] for r in store.conn.execute("SELECT name_local FROM companies")}
    notes = {r[0] for r in store.conn.execute("SELECT notes FROM surveys")}
    assert names == {"北風精機（大連）有限公司"} and notes == {"Met the general manager."}


def test_wizard_offers_the_sheets_of_a_workbook(qtbot, store, tmp_path):
    import openpyxl

    from desktop.gui.import_wizard import ImportWizard
    wb = openpyxl.Workbook()
    wb.active.title = "notes"
    wb.active.append(["just", "notes"])
    data = wb.create_sheet("surveys")
    data.append(["name_local", "province"])
    data.append(["大连北风精密机械有限公司", "21"])
    wb.save(tmp_path / "two.xlsx")
    wizard = ImportWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].path.setText(str(tmp_path / "two.xlsx"))
    _next(qtbot, wizard)
    page = wizard.pages[1]
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["notes", "surveys"]
    page.sheet.setCurrentIndex(1)
    assert page.table.item(0, 0).text() == "大连北风精密机械有限公司"
    _next(qtbot, wizard)
    assert wizard.options.sheet == "surveys"

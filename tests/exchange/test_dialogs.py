"""ExportDialog and MergeDialog on real files."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


def test_export_dialog_writes_filtered_xlsx(qtbot, demo_store, tmp_path):
    import openpyxl

    from desktop.gui.export_dialog import ExportDialog
    dialog = ExportDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.province.setCurrentIndex(dialog.province.findData("23"))
    dialog.year.setText("abc")
    dialog.start()
    assert "number" in dialog.message.text()
    dialog.year.setText("")
    dialog.path.setText(str(tmp_path / "hlj"))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
    wb = openpyxl.load_workbook(tmp_path / "hlj.xlsx", read_only=True)
    rows = list(wb["surveys"].iter_rows(values_only=True))
    col = rows[0].index("province")
    provinces = {row[col] for row in rows[1:]}
    wb.close()
    assert provinces == {"23"} and dialog.result.surveys > 0


def test_merge_dialog_resolves_conflict_per_field(qtbot, tmp_path, answers):
    from desktop.exchange.packages import export_package
    from desktop.gui.merge_dialog import MergeDialog
    from desktop.store import open_store
    from desktop.store.surveys import get_survey, save_survey
    mine = open_store(tmp_path / "mine.sqlite", who="me")
    saved = save_survey(mine, answers(), final=True)
    export_package(mine, tmp_path / "p.dongbei")
    theirs = open_store(tmp_path / "theirs.sqlite", who="them")
    from desktop.exchange.merging import apply_merge, plan_merge
    apply_merge(theirs, plan_merge(theirs, tmp_path / "p.dongbei"))
    s = get_survey(theirs, saved.survey_id)
    save_survey(theirs, {**s, "employees": 500, "notes": "theirs"}, final=True, survey_id=saved.survey_id,
                company_id=s["company_id"])
    theirs.close()
    s = get_survey(mine, saved.survey_id)
    save_survey(mine, {**s, "employees": 430, "notes": "mine"}, final=True, survey_id=saved.survey_id,
                company_id=s["company_id"])
    dialog = MergeDialog(mine, path=tmp_path / "theirs.sqlite")
    qtbot.addWidget(dialog)
    dialog.compare()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=15000)
    assert {f for _r, f, _c in dialog.choice_boxes} == {"employees", "notes"}
    assert not dialog.merge_button.isEnabled()
    for _rid, field, combo in dialog.choice_boxes:
        combo.setCurrentIndex(combo.findData("theirs" if field == "employees" else "mine"))
    assert dialog.merge_button.isEnabled()
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.done_counts is not None, timeout=15000)
    got = get_survey(mine, saved.survey_id)
    assert (got["employees"], got["notes"]) == (500, "mine")
    mine.close()

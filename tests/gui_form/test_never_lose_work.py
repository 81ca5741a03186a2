"""Never lose work: autosave survives a killed process, closing asks, conflicts never overwrite."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.gui.form import SurveyFormWindow, offer_restore, saving, survey_form
from desktop.store import drafts, open_store, surveys

ROOT = Path(__file__).resolve().parents[2]

KILLED = """
import os, signal, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop.gui.form import SurveyFormWindow
from desktop.store import open_store
from desktop.store.drafts import list_drafts

app = QApplication([])
store = open_store(sys.argv[1], who="Sato Yui")
form = SurveyFormWindow(store)
form.show()
QTest.keyClicks(form.rows["name_en"].field.focus_target(), "Killed Before Saving Co")
QTest.keyClicks(form.rows["employees"].field.focus_target(), "77")
form.rows["business_direction"].field.set_value("expand")
form.rows["expand_functions"].field.set_value(["rnd", "sales"])
deadline = time.monotonic() + 20
while not list_drafts(store) and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.05)
print("draft written" if list_drafts(store) else "no draft", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_autosaved_draft_restored_after_kill(qtbot, db_path, english, monkeypatch, closing):
    open_store(db_path).close()
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(KILLED), str(db_path)], capture_output=True,
                          text=True, timeout=120, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "draft written" in proc.stdout
    store = open_store(db_path, who="Sato Yui")
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.informativeText())
                        or QMessageBox.StandardButton.Yes)
    forms = offer_restore(store)
    assert len(forms) == 1 and "Killed Before Saving Co — new survey" in asked[0]
    form = forms[0]
    closing.append(form)
    assert form.rows["name_en"].field.value() == "Killed Before Saving Co"
    assert form.rows["employees"].field.value() == "77"
    assert form.rows["expand_functions"].field.value() == ["sales", "rnd"]
    assert form.rows["analyst"].field.value() == "Sato Yui"
    assert form.dirty
    form.rows["name_local"].field.set_value("杀死测试有限公司")
    assert form.save_draft()
    assert drafts.list_drafts(store) == []  # saved: the draft is gone
    assert store.conn.execute("SELECT employees FROM surveys").fetchall() == [(77,)]
    store.close()


def test_discarding_restore_deletes_drafts(qtbot, store, english, monkeypatch):
    drafts.save_draft(store, "k1", {"answers": {"name_local": "甲"}})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    assert offer_restore(store) == []
    assert drafts.list_drafts(store) == []
    drafts.save_draft(store, "k2", {"answers": {"name_local": "乙"}})
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    assert offer_restore(store) == [] and len(drafts.list_drafts(store)) == 1  # later: kept


def test_autosave_within_a_second_and_close_prompt(make_form, qtbot, store, monkeypatch):
    form = make_form()
    form.rows["name_local"].field.set_value("自动保存有限公司")
    qtbot.waitUntil(lambda: len(drafts.list_drafts(store)) == 1, timeout=2000)
    assert drafts.list_drafts(store)[0]["payload"]["answers"]["name_local"] == "自动保存有限公司"
    monkeypatch.setattr(survey_form, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Cancel)
    assert not form.close() and form.isVisible()
    monkeypatch.setattr(survey_form, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Save)
    assert form.close()
    assert store.conn.execute("SELECT count(*) FROM surveys").fetchone() == (1,)
    assert drafts.list_drafts(store) == []


def test_close_discard_deletes_draft(make_form, qtbot, store, monkeypatch):
    form = make_form()
    form.rows["notes"].field.set_value("typed, then thrown away")
    form.autosaver.flush()
    monkeypatch.setattr(survey_form, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard)
    assert form.close()
    assert drafts.list_drafts(store) == []
    assert store.conn.execute("SELECT count(*) FROM surveys").fetchone() == (0,)


def test_conflict_is_reported_and_nothing_overwritten(make_form, store, db_path, answers, fresh_process,
                                                      monkeypatch):
    form = make_form()
    for qid, value in answers().items():
        form.rows[qid].field.set_value(value)
    assert form.save_final()
    sid = form.survey_id
    other = open_store(db_path, who="Other Analyst")  # a second connection saves in between
    surveys.save_survey(other, answers(employees=999), final=True, survey_id=sid,
                        company_id=form.company_id, expected_revision=1)
    other.close()
    form.rows["employees"].field.set_value("500")
    assert not form.save_final()
    assert not form.conflict.isHidden()
    assert "Nothing was overwritten" in form.conflict.text.text()
    assert form.rows["employees"].field.value() == "500"  # the local edit is kept
    code = """
import sys
from desktop.store import open_store
s = open_store(sys.argv[1], readonly=True)
print(s.conn.execute("SELECT employees, revision, updated_by FROM surveys").fetchall())
"""
    assert fresh_process(code, str(db_path)).stdout.strip() == "[(999, 2, 'Other Analyst')]"
    assert json.loads(json.dumps(drafts.list_drafts(store)[0]["payload"]["answers"]["employees"])) == "500"

    monkeypatch.setattr(saving, "confirm_reload", lambda parent: False)
    form.conflict.reload_button.click()  # the analyst says no: nothing changes
    assert form.rows["employees"].field.value() == "500"
    form.conflict.copy_button.click()  # save mine as a new survey
    assert form.survey_id != sid and form.conflict.isHidden()
    assert store.conn.execute("SELECT count(*) FROM surveys").fetchone() == (2,)
    assert surveys.get_survey(store, sid)["employees"] == 999


def test_conflict_reload_shows_stored_version(make_form, store, db_path, answers, monkeypatch):
    form = make_form()
    for qid, value in answers().items():
        form.rows[qid].field.set_value(value)
    assert form.save_draft()
    other = open_store(db_path, who="Other Analyst")
    surveys.save_survey(other, answers(employees=321), final=False, survey_id=form.survey_id,
                        company_id=form.company_id, expected_revision=form.revision)
    other.close()
    form.rows["employees"].field.set_value("5")
    assert not form.save_draft()
    monkeypatch.setattr(saving, "confirm_reload", lambda parent: True)
    form.conflict.reload_button.click()
    assert form.rows["employees"].field.value() == "321" and form.revision == 2 and not form.dirty
    assert drafts.list_drafts(store) == []


def test_reopen_existing_survey_and_prefill(make_form, store, answers):
    saved = surveys.save_survey(store, answers(), final=True)
    form = make_form(survey_id=saved.survey_id)
    assert form.rows["employees"].field.value() == "420" and form.revision == 1 and not form.dirty
    assert form.rows["city"].field.combo.currentText() == "Dalian"
    prefill = surveys.duplicate_as_new(store, saved.survey_id)
    second = make_form(prefill=prefill)
    assert second.company_id == saved.company_id and second.survey_id is None
    assert second.rows["reference_year"].field.value() == "2026"
    assert "Existing company" in second.picker.status.text()
    assert isinstance(second, SurveyFormWindow)

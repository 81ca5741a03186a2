"""A complete survey keyed with the keyboard alone, saved as final, read back in a fresh process."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

CTRL = Qt.KeyboardModifier.ControlModifier

READ_BACK = """
import json, sys
from desktop.store import open_store
from desktop.store.surveys import get_survey
s = open_store(sys.argv[1], readonly=True)
row = s.conn.execute("SELECT id FROM surveys").fetchall()
print(json.dumps({"n": len(row), "survey": get_survey(s, row[0][0])}, ensure_ascii=False, default=str))
"""


def check_items(kb, codes: list[str]) -> None:
    """In the focused checkable list, tick `codes` in this order (Home, Down..., Space)."""
    lst = kb.focused()
    assert isinstance(lst, QListWidget)
    for code in codes:
        order = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]
        kb.key(Qt.Key.Key_Home)
        kb.key(Qt.Key.Key_Down, times=order.index(code))
        kb.key(Qt.Key.Key_Space)


def test_complete_survey_by_keyboard_saved_final(make_form, kb, db_path, fresh_process, answers):
    form = make_form()
    form.go_section(0)
    assert kb.focused() is form.rows["name_local"].field.focus_target()
    for text in ("大连北风精密机械有限公司", "Kitakaze Precision (Dalian) Co., Ltd.", "北風精機（大連）有限公司",
                 "Kitakaze K.K.", "Large", "Liaoning", "Dalian", "Dalian ETDZ", "subsidiary",
                 "Wholly", "100", "1998", "M09"):
        kb.type(text)
        kb.tab()
    kb.key(Qt.Key.Key_Return, CTRL)  # next section
    assert form.stack.currentIndex() == 1
    kb.type("2025-06-12")
    kb.tab()
    kb.key(Qt.Key.Key_A, CTRL)  # the analyst field is pre-filled from store.who: replace it
    for text in ("Sato Yui", "Visit", "2025"):
        kb.type(text)
        kb.tab()
    kb.key(Qt.Key.Key_PageDown, CTRL)
    for text in ("420", "6", "No change", "Profit", "Improve"):
        kb.type(text)
        kb.tab()
    check_items(kb, ["local_sales_up", "fx"])  # shown only because profit improves
    kb.key(Qt.Key.Key_Return, CTRL)
    kb.type("Expand")
    kb.tab()
    check_items(kb, ["sales", "rnd"])
    kb.key(Qt.Key.Key_Return, CTRL)
    for text in ("60", "30", "10", "55", "40", "5"):
        kb.type(text)
        kb.tab()
    assert form.pages[4].groups["sales_shares"].total.text().startswith("Total: 100% / 100%")
    kb.key(Qt.Key.Key_Return, CTRL)
    check_items(kb, ["mp_wage_increase", "mp_logistics", "mp_competitor_cost"])
    kb.key(Qt.Key.Key_Return, CTRL)
    for digit in "434343":
        kb.type(digit)
        kb.tab()
    kb.key(Qt.Key.Key_Return, CTRL)
    kb.type("Met the general manager.")
    kb.key(Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)

    assert form.problems.count() == 0, [form.problems.item(i).text() for i in range(form.problems.count())]
    assert form.survey_id and form.status_value == "final" and not form.dirty
    out = json.loads(fresh_process(READ_BACK, str(db_path)).stdout)
    assert out["n"] == 1
    stored = out["survey"]
    expected = answers()
    for key, value in expected.items():
        assert stored[key] == value, key
    assert stored["status"] == "final" and stored["revision"] == 1


def test_shortcuts_new_form_escape_and_saved_signal(make_form, kb, qtbot, monkeypatch, answers, closing):
    from PySide6.QtWidgets import QMessageBox

    from desktop.gui.form import SurveyFormWindow, survey_form

    form = make_form()
    form.go_section(0)
    before = set(SurveyFormWindow.open_windows)
    kb.key(Qt.Key.Key_N, CTRL)
    new = set(SurveyFormWindow.open_windows) - before
    assert len(new) == 1
    closing.extend(new)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.go_section(0)
    for qid, value in answers().items():
        form.rows[qid].field.set_value(value)
    with qtbot.waitSignal(form.saved, timeout=2000) as signal:
        kb.key(Qt.Key.Key_S, CTRL)
    assert signal.args == [form.survey_id]
    form.rows["notes"].field.set_value("more")
    asked = []
    monkeypatch.setattr(survey_form, "ask_unsaved",
                        lambda parent: asked.append(1) or QMessageBox.StandardButton.Cancel)
    form.jump_to("employees")
    kb.key(Qt.Key.Key_Escape)
    assert asked == [1] and form.isVisible()


def test_choice_type_ahead_matches_substrings(make_form):
    form = make_form()
    combo = form.rows["industry"].field.combo
    completer = combo.completer()
    completer.setCompletionPrefix("machinery")
    matches = {completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())}
    assert matches == {"M09 General (industrial) machinery"}  # found inside the label, not as a prefix
    form.rows["city"].field.combo.setEditText("Dalian")
    assert form.rows["city"].field.value() == "2102"
    form.rows["city"].field.combo.setEditText("Atlantis")
    assert form.rows["city"].field.value() == "Atlantis"  # kept as typed, flagged by the validator
    assert "not one of the answers" in form.rows["city"].error.text()

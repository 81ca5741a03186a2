"""Delete -> trash -> undo, restore from the Trash view; every change checked in a fresh process."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

CHECK = """
import json, sys, sqlite3
conn = sqlite3.connect(sys.argv[1])
ids = json.loads(sys.argv[2])
rows = conn.execute(f"SELECT id, deleted_at IS NOT NULL FROM surveys WHERE id IN ({','.join('?' * len(ids))})", ids)
who = conn.execute("SELECT who FROM audit_log WHERE record_id = ? ORDER BY id DESC LIMIT 1", (ids[0],)).fetchone()
print(json.dumps({"deleted": dict(rows.fetchall()), "who": who[0] if who else None}))
"""


def deleted_state(fresh_process, path, ids):  # noqa: ANN001, ANN201
    out = fresh_process(CHECK, str(path), json.dumps(ids))
    data = json.loads(out.stdout)
    return {k: bool(v) for k, v in data["deleted"].items()}, data["who"]


@pytest.fixture
def confirm(monkeypatch):
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.append(a) or QMessageBox.StandardButton.Yes)
    return answers


def test_delete_moves_to_trash_and_undo_restores(window, demo_store, fresh_process, confirm):
    window.select_row(0)
    window.table.selectionModel().select(window.model.index(1, 0), window.table.selectionModel().SelectionFlag.Select
                                         | window.table.selectionModel().SelectionFlag.Rows)
    ids = window.selected_ids()
    assert len(ids) == 2 and window.acts.delete.isEnabled()
    window.acts.delete.trigger()
    assert confirm, "a confirmation was asked"
    assert window.model.rowCount() == 298
    assert window.undo_button.isVisible() and window.acts.undo.isEnabled()
    assert "2 in trash" in window.counts_label.text()
    state, who = deleted_state(fresh_process, demo_store.path, ids)
    assert state == {ids[0]: True, ids[1]: True} and who == "tester"

    window.filters.trash.setChecked(True)  # the Trash view lists them
    assert window.model.rowCount() == 2 and window.acts.trash.isChecked()
    assert {window.model.survey_id(0), window.model.survey_id(1)} == set(ids)
    assert not window.acts.delete.isEnabled()
    window.filters.trash.setChecked(False)

    window.undo_button.click()
    assert window.model.rowCount() == 300 and not window.undo_button.isVisible()
    state, _ = deleted_state(fresh_process, demo_store.path, ids)
    assert state == {ids[0]: False, ids[1]: False}


def test_restore_from_trash_view(window, demo_store, fresh_process, confirm):
    window.select_row(5)
    sid = window.selected_ids()[0]
    window.delete_selected()
    window.undo_stack.clear()  # forget the undo: bring it back through the Trash view instead
    window.update_actions()
    window.acts.trash.trigger()
    assert window.filters.trash.isChecked() and window.model.rowCount() == 1
    window.select_row(0)
    assert window.acts.restore.isEnabled()
    window.acts.restore.trigger()
    assert window.model.rowCount() == 0
    state, who = deleted_state(fresh_process, demo_store.path, [sid])
    assert state == {sid: False} and who == "tester"


def test_cancelled_delete_changes_nothing(window, demo_store, fresh_process, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.select_row(0)
    sid = window.selected_ids()[0]
    window.acts.delete.trigger()
    assert window.model.rowCount() == 300 and not window.undo_stack
    assert deleted_state(fresh_process, demo_store.path, [sid])[0] == {sid: False}


def test_read_only_database_disables_changes(demo_store, make_window, tmp_path):
    from desktop.store import open_store
    demo_store.close()
    ro = open_store(demo_store.path, readonly=True)
    window = make_window(ro)
    assert window.banner.isVisible() and "opened read-only" in window.banner.text()
    window.select_row(0)
    assert window.acts.open_survey.isEnabled()
    assert not window.acts.delete.isEnabled() and not window.acts.new_survey.isEnabled()
    assert not window.acts.import_.isEnabled() and not window.acts.duplicate.isEnabled()
    ro.close()

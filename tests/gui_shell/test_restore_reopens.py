"""After the Backups dialog restores a backup, the main window reopens the database and shows its content."""

from __future__ import annotations

from desktop.demo import generate
from desktop.store import open_store
from desktop.store.backup import make_backup, restore_backup


def test_window_reopens_the_database_after_a_restore(tmp_path, make_window, qtbot):
    path = tmp_path / "surveys.sqlite"
    store = open_store(path)
    generate(store, 10, seed=5)
    backup = make_backup(store, None, "manual")
    generate(store, 5, seed=6)
    window = make_window(store)
    assert window.model.rowCount() == 15
    restore_backup(backup, path)
    window.reopen_database()
    assert window.store is not store and not window.store.readonly
    assert window.model.rowCount() == 10
    assert "10 surveys" in window.counts_label.text()


def test_file_menu_opens_merge_and_export_with_the_current_filter(tmp_path, make_window, monkeypatch):
    from desktop.gui import export_dialog, merge_dialog
    from desktop.store.listing import SurveyFilter

    store = open_store(tmp_path / "s.sqlite")
    window = make_window(store)
    seen = {}
    monkeypatch.setattr(merge_dialog.MergeDialog, "exec", lambda self: seen.setdefault("merge", self) and 0)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: seen.setdefault("export", self) and 0)
    window.model.set_filter(SurveyFilter(province="22"))
    window.acts.merge.trigger()
    window.acts.export.trigger()
    assert isinstance(seen["merge"], merge_dialog.MergeDialog)
    assert seen["export"].flt.province == "22"
    assert window.acts.merge in window.file_menu.actions()

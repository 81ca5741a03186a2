"""Changes to surveys from the list: duplicate as new, delete to the trash, undo, restore, purge."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.store import StoreError
from desktop.store.surveys import delete_survey, duplicate_as_new, purge_survey, restore_survey

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


class SurveyChanges(QObject):
    """Acts on the main window's selected surveys; deletions go to the trash and can be undone."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def duplicate(self) -> None:
        ids = self.window.selected_ids()
        if not ids or self.window.store.readonly:
            return
        try:
            prefill = duplicate_as_new(self.window.store, ids[0])
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Duplicate as new"), str(exc))
            return
        self.window.show_form(prefill=prefill)

    def delete(self) -> None:
        ids = self.window.selected_ids()
        if not ids or self.window.store.readonly or self.window.filters.trash.isChecked():
            return
        answer = QMessageBox.question(self.window, self.tr("Delete surveys"),
            self.tr("Move %n survey(s) to the trash? You can undo this or restore them from the Trash view.",
                    "", len(ids)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = self._each(ids, delete_survey)
        if done:
            self.window.undo_stack.append(done)
            self.window.message(self.tr("Moved %n survey(s) to the trash.", "", len(done)))
        self.window.refresh()

    def undo(self) -> None:
        if not self.window.undo_stack or self.window.store.readonly:
            return
        done = self._each(self.window.undo_stack.pop(), restore_survey)
        self.window.message(self.tr("Restored %n survey(s) from the trash.", "", len(done)))
        self.window.refresh()

    def restore(self) -> None:
        done = self._each(self.window.selected_ids(), restore_survey)
        if done:
            self.window.message(self.tr("Restored %n survey(s) from the trash.", "", len(done)))
        self.window.refresh()

    def purge(self) -> None:
        ids = self.window.selected_ids()
        if not ids:
            return
        answer = QMessageBox.warning(self.window, self.tr("Delete permanently"),
            self.tr("Delete %n survey(s) for good? This cannot be undone (the audit trail is kept).", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self._each(ids, purge_survey)
            self.window.refresh()

    def _each(self, ids: list[str], func: Any) -> list[str]:
        done = []
        for sid in ids:
            try:
                func(self.window.store, sid)
                done.append(sid)
            except StoreError as exc:
                QMessageBox.warning(self.window, self.tr("Could not change the survey"), str(exc))
                break
        return done

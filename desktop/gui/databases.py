"""Switching, creating and filling the main window's database (open, new, recent files, sample data)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop.store import StoreError, open_store

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

DB_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;* (*)"
SAMPLE_SURVEYS = 300


class DatabaseControl(QObject):
    """The main window's database actions; never overwrites an existing file."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.operation: Any = None

    def choose(self) -> None:
        w = self.window
        name, _ = QFileDialog.getOpenFileName(w, self.tr("Open a survey database"), str(w.store.path.parent),
                                              DB_FILTER)
        if name:
            self.open(Path(name))

    def create(self) -> None:
        w = self.window
        name, _ = QFileDialog.getSaveFileName(w, self.tr("New survey database"),
                                              str(w.store.path.parent / "surveys.sqlite"), DB_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        if Path(name).exists():
            QMessageBox.warning(w, self.tr("New survey database"),
                                self.tr("{path} already exists and was left as it is. Choose another name, or "
                                        "open it with Open database….").format(path=name))
            return
        self.open(Path(name))

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        for path in self.window.settings.recent_databases():
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open(p))

    def open(self, path: Path) -> bool:
        """Switch the window to the database at `path` (created when missing); False with a message on failure."""
        w = self.window
        if Path(path).resolve() == w.store.path.resolve():
            return True
        if any(form.isVisible() for form in w.forms):
            QMessageBox.information(w, self.tr("Open database"),
                                    self.tr("Close the open survey forms before switching databases."))
            return False
        try:
            new = open_store(path, who=w.store.who)
        except (StoreError, OSError) as exc:
            QMessageBox.critical(w, self.tr("Could not open the database"), str(exc))
            return False
        old = w.store
        w.use_store(new)
        old.close()
        w.settings.remember_database(new.path)
        w.message(self.tr("Opened {path}").format(path=new.path))
        return True

    def reopen(self) -> None:
        """Close and reopen the window's database file (after a restore replaced its content)."""
        w = self.window
        path, who = w.store.path, w.store.who
        w.store.close()
        try:
            new = open_store(path, who=who)
        except (StoreError, OSError) as exc:
            QMessageBox.critical(w, self.tr("Could not open the database"), str(exc))
            new = open_store(path, who=who, readonly=True, full_check=False)
        w.use_store(new)
        w.message(self.tr("Reopened {path} after the restore").format(path=path))

    def load_sample_data(self) -> None:
        """Add fictional demo surveys in the background (own connection), then show the list."""
        w = self.window
        if w.store.readonly:
            return
        from desktop.demo import generate
        from desktop.gui.workers import Cancelled, OperationContext, run_with_progress
        path, who = w.store.path, w.store.who or "demo"

        def work(ctx: OperationContext) -> dict:
            with open_store(path, who=who) as own:
                return generate(own, SAMPLE_SURVEYS, progress=lambda done, total: ctx.progress(done, total))

        def failed(exc: BaseException) -> None:
            w.refresh()
            if not isinstance(exc, Cancelled):
                QMessageBox.warning(w, self.tr("Sample data"), str(exc))

        def succeeded(made: dict) -> None:
            w.refresh()
            w.message(self.tr("Added {n} fictional sample surveys.").format(n=made["surveys"]))

        self.operation = run_with_progress(w, self.tr("Sample data"), self.tr("Adding fictional sample surveys…"),
                                           work, succeeded, failed)

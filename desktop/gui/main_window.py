"""The main window: survey list with filters, welcome panel, company registry, menus, toolbar, status bar."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.gui.company_registry import CompanyRegistry
from desktop.gui.databases import DatabaseControl
from desktop.gui.filters import FilterBar
from desktop.gui.main_actions import MainActions
from desktop.gui.settings import Settings
from desktop.gui.store_watch import StoreWatch
from desktop.gui.survey_changes import SurveyChanges
from desktop.gui.survey_model import SurveyTableModel
from desktop.gui.welcome import WelcomePanel
from desktop.store import Store
from desktop.store.listing import totals

log = logging.getLogger(__name__)
DIALOGS = {  # action name -> (module under desktop.gui, class, modal, refresh the list afterwards)
    "import": ("import_wizard", "ImportWizard", True, True),
    "export": ("export_dialog", "ExportDialog", True, False),
    "merge": ("merge_dialog", "MergeDialog", True, True),
    "print_brief": ("brief_dialog", "BriefDialog", True, False),
    "backups": ("backups_dialog", "BackupsDialog", True, True),
    "reference_data": ("reference_window", "ReferenceWindow", False, False),
}


class MainWindow(QMainWindow):
    """The app's main window over one open Store (switchable with open_database)."""

    def __init__(self, store: Store, settings: Settings | None = None):
        super().__init__()
        self.setObjectName("main_window")
        self.store = store
        self.settings = settings or Settings()
        self.undo_stack: list[list[str]] = []
        self._totals: dict[str, int] | None = None
        self._totals_store: Store | None = None
        self.forms: list[QWidget] = []
        self.open_windows: list[QWidget] = []
        self.acts = MainActions(self)
        self.databases = DatabaseControl(self)
        self.changes = SurveyChanges(self)
        self.watch = StoreWatch(self)
        self.model = SurveyTableModel(store, self)
        self.filters = FilterBar(store)
        self.filters.changed.connect(self.apply_filter)
        self.table = QTableView()
        self.table.setObjectName("survey_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setStretchLastSection(True)
        for col, width in enumerate((340, 110, 220, 110, 100, 110, 70)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.addAction(self.acts.open_survey)
        self.table.addAction(self.acts.delete)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.banner = QLabel()
        self.banner.setObjectName("readonly_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px; border: 1px solid #ffe69c;")
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filters)
        list_layout.addWidget(self.table)
        self.welcome = WelcomePanel()
        self.welcome.start_entering.connect(self.new_survey)
        self.welcome.open_database.connect(self.choose_database)
        self.welcome.load_sample.connect(self.load_sample_data)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.welcome)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.stack)
        self.setCentralWidget(central)
        self.registry = CompanyRegistry(store, self)
        self.registry.company_chosen.connect(self.show_company)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.registry)
        self.registry.hide()
        self.registry.visibilityChanged.connect(self.acts.registry.setChecked)
        self._build_menus()
        self._connect_actions()
        self.db_label, self.counts_label = QLabel(), QLabel()
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.retranslate()
        self.resize(1200, 720)
        self.restore_state()
        self.refresh()

    # construction ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.acts
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(lambda: self.databases.fill_recent(self.recent_menu))
        for item in (a.new_survey, None, a.open_database, a.new_database, self.recent_menu, None, a.import_,
                     a.export, a.merge, a.brief, None, a.backups, None, a.quit):
            self._add(self.file_menu, item)
        self.edit_menu = bar.addMenu("")
        for item in (a.open_survey, a.duplicate, a.delete, a.undo, None, a.restore, a.purge, None, a.settings):
            self._add(self.edit_menu, item)
        self.view_menu = bar.addMenu("")
        for item in (a.trash, a.registry, a.reference, None, a.refresh):
            self._add(self.view_menu, item)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.about)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for item in (a.new_survey, a.open_survey, a.duplicate, a.delete, a.undo, None, a.import_, a.export,
                     a.brief):
            self._add(self.toolbar, item)
        self.addToolBar(self.toolbar)

    @staticmethod
    def _add(container: Any, item: Any) -> None:
        if item is None:
            container.addSeparator()
        elif isinstance(item, QMenu):
            container.addMenu(item)
        else:
            container.addAction(item)

    def _connect_actions(self) -> None:
        a = self.acts
        a.new_survey.triggered.connect(self.new_survey)
        a.open_survey.triggered.connect(self.open_selected)
        a.duplicate.triggered.connect(self.duplicate_selected)
        a.delete.triggered.connect(self.delete_selected)
        a.undo.triggered.connect(self.undo_delete)
        a.restore.triggered.connect(self.restore_selected)
        a.purge.triggered.connect(self.purge_selected)
        a.trash.toggled.connect(self.filters.trash.setChecked)
        self.filters.trash.toggled.connect(a.trash.setChecked)
        a.registry.triggered.connect(lambda on: self.registry.setVisible(on))
        a.open_database.triggered.connect(self.choose_database)
        a.new_database.triggered.connect(self.create_database)
        a.settings.triggered.connect(self.show_settings)
        a.quit.triggered.connect(self.close)
        a.refresh.triggered.connect(self.refresh)
        a.about.triggered.connect(self.show_about)
        for action in (a.import_, a.export, a.merge, a.brief, a.backups, a.reference):
            action.triggered.connect(lambda _checked=False, name=action.objectName(): self.open_dialog(name))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dongbei Survey Desk — {name}").format(name=self.store.path.name))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Recent databases"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.undo_button.setText(self.tr("Undo delete"))
        self.acts.retranslate()
        self.model.retranslate()
        self.update_status(recount=False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # list and status -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read counts, filter values and the list (after saves, imports, restores, a db switch)."""
        self.filters.reload_values()
        self.model.refresh()
        if self.registry.isVisible():
            self.registry.reload()
        self.update_status()

    def apply_filter(self, flt: Any) -> None:
        self.model.set_filter(flt)
        self.update_status(recount=False)  # the totals do not change while typing a search

    def update_status(self, recount: bool = True) -> None:
        """Status bar, banner and actions; recount=False reuses the last totals (no query)."""
        if recount or self._totals is None or self._totals_store is not self.store:
            self._totals, self._totals_store = totals(self.store), self.store
        t = self._totals
        empty = t["surveys"] == 0 and t["trash"] == 0 and not self.filters.is_filtering()
        self.stack.setCurrentIndex(1 if empty else 0)
        self.welcome.set_database(str(self.store.path))
        self.db_label.setText(self.tr("Database: {path}").format(path=self.store.path))
        shown = self.model.rowCount()
        self.counts_label.setText(self.tr("{shown} shown · {surveys} surveys ({final} final, {draft} drafts) · "
                                          "{companies} companies · {trash} in trash").format(shown=shown, **t))
        banner = self.watch.banner_text()
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.update_actions()

    def update_actions(self) -> None:
        a = self.acts
        writable = not self.store.readonly
        trash = self.filters.trash.isChecked()
        selected = bool(self.selected_ids())
        a.new_survey.setEnabled(writable)
        a.open_survey.setEnabled(selected and not trash)
        a.duplicate.setEnabled(writable and selected and not trash)
        a.delete.setEnabled(writable and selected and not trash)
        a.restore.setEnabled(writable and selected and trash)
        a.purge.setEnabled(writable and selected and trash)
        a.undo.setEnabled(writable and bool(self.undo_stack))
        a.import_.setEnabled(writable)
        a.merge.setEnabled(writable)
        self.undo_button.setVisible(writable and bool(self.undo_stack))
        self.welcome.new_button.setEnabled(writable)
        self.welcome.sample_button.setEnabled(writable)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [sid for sid in (self.model.survey_id(r) for r in rows) if sid]

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setCurrentIndex(index)

    def show_company(self, company_id: str, name: str) -> None:
        self.filters.set_company(company_id, name)
        self.stack.setCurrentIndex(0)

    def message(self, text: str, ms: int = 8000) -> None:
        self.statusBar().showMessage(text, ms)

    # surveys ---------------------------------------------------------------------------------
    def _form_class(self) -> Any:
        try:
            from desktop.gui.form import SurveyFormWindow
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("desktop.gui.form"):
                self.message(self.tr("The survey form is not available in this build."))
                return None
            raise
        return SurveyFormWindow

    def show_form(self, survey_id: str | None = None, prefill: dict | None = None) -> QWidget | None:
        cls = self._form_class()
        if cls is None:
            return None
        window = cls(self.store, survey_id=survey_id, prefill=prefill, parent=self)
        window.saved.connect(lambda _sid: self.refresh())
        self.forms.append(window)
        window.destroyed.connect(lambda *_a, w=window: self.forms.remove(w) if w in self.forms else None)
        window.show()
        return window

    def new_survey(self) -> None:
        if not self.store.readonly:
            self.show_form()

    def open_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.filters.trash.isChecked():
            self.show_form(survey_id=ids[0])

    def duplicate_selected(self) -> None:
        self.changes.duplicate()

    def delete_selected(self) -> None:
        self.changes.delete()

    def undo_delete(self) -> None:
        self.changes.undo()

    def restore_selected(self) -> None:
        self.changes.restore()

    def purge_selected(self) -> None:
        self.changes.purge()

    # other windows ---------------------------------------------------------------------------
    def open_dialog(self, name: str) -> QWidget | None:
        module_name, class_name, modal, refresh = DIALOGS[name]
        full = f"desktop.gui.{module_name}"
        try:
            module = importlib.import_module(full)
        except ModuleNotFoundError as exc:
            if exc.name and full.startswith(exc.name):
                self.message(self.tr("This feature is not available in this build yet."))
                return None
            raise
        extra = {"flt": self.model.filter} if name == "export" else {}  # export what the list shows
        dialog = getattr(module, class_name)(self.store, self, **extra)
        if hasattr(dialog, "restored"):  # the Backups dialog replaced the database's content
            dialog.restored.connect(lambda _path: self.reopen_database())
        if modal:
            dialog.exec()
            if refresh:
                self.refresh()
        else:
            self.open_windows.append(dialog)
            dialog.show()
        return dialog

    def reopen_database(self) -> None:
        """Close and reopen the current database file (after a restore replaced its content)."""
        self.databases.reopen()

    def show_settings(self) -> None:
        from desktop.gui.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.settings, self.store.path, self)
        dialog.database_requested.connect(lambda path: self.open_database(path) and dialog.accept())
        if dialog.exec():
            self.store.who = self.settings.analyst()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Dongbei Survey Desk"),
                          self.tr("Dongbei Survey Desk {version}\nSurvey entry and province briefs on "
                                  "Japanese-affiliated companies in Northeast China.").format(version=__version__))

    # databases (desktop/gui/databases.py does the work) --------------------------------------
    def choose_database(self) -> None:
        self.databases.choose()

    def create_database(self) -> None:
        self.databases.create()

    def open_database(self, path: Path) -> bool:
        """Switch to the database at `path` (created when missing); False (with a message) when it fails."""
        return self.databases.open(path)

    def load_sample_data(self) -> None:
        self.databases.load_sample_data()

    def use_store(self, new: Store) -> None:
        """Show `new` everywhere (the old store is closed by the caller)."""
        self.store = new
        self.undo_stack.clear()
        self.model.set_store(new)
        self.filters.set_store(new)
        self.registry.set_store(new)
        self.retranslate()
        self.refresh()

    # window state ----------------------------------------------------------------------------
    def restore_state(self) -> None:
        for name, restore in (("main_geometry", self.restoreGeometry), ("main_state", self.restoreState),
                              ("survey_header", self.table.horizontalHeader().restoreState)):
            state = self.settings.state(name)
            if state is not None:
                restore(state)
        self.acts.registry.setChecked(self.registry.isVisible())

    def save_state(self) -> None:
        self.settings.set_state("main_geometry", self.saveGeometry())
        self.settings.set_state("main_state", self.saveState())
        self.settings.set_state("survey_header", self.table.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.forms):
            if window.isVisible() and not window.close():
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)

"""The main window's actions (menus and toolbar): texts, shortcuts and icons in one place."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

MNEMONIC = re.compile(r"\s*\(&\w\)")  # "新しい調査(&N)" -> "新しい調査" on toolbar buttons


class MainActions(QObject):
    """Creates every QAction of the main window; `retranslate()` sets their texts in the current language."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        style = window.style()

        def make(name: str, shortcut: QKeySequence | str | None = None, icon: QStyle.StandardPixmap | None = None,
                 checkable: bool = False) -> QAction:
            action = QAction(window)
            action.setObjectName(name)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            if icon is not None:
                action.setIcon(style.standardIcon(icon))
            action.setCheckable(checkable)
            return action

        sp = QStyle.StandardPixmap
        self.new_survey = make("new_survey", QKeySequence.StandardKey.New, sp.SP_FileIcon)
        self.open_survey = make("open_survey", QKeySequence(Qt.Key.Key_Return), sp.SP_DialogOpenButton)
        self.open_survey.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.duplicate = make("duplicate_survey", "Ctrl+D", sp.SP_FileLinkIcon)
        self.delete = make("delete_survey", QKeySequence.StandardKey.Delete, sp.SP_TrashIcon)
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo = make("undo_delete", QKeySequence.StandardKey.Undo, sp.SP_ArrowBack)
        self.restore = make("restore_survey", "Ctrl+R", sp.SP_DialogResetButton)
        self.purge = make("purge_survey", None)
        self.trash = make("show_trash", "Ctrl+T", None, checkable=True)
        self.registry = make("show_registry", "Ctrl+K", None, checkable=True)
        self.import_ = make("import", "Ctrl+I", sp.SP_ArrowDown)
        self.export = make("export", "Ctrl+E", sp.SP_ArrowUp)
        self.merge = make("merge", None, sp.SP_FileDialogToParent)
        self.brief = make("print_brief", QKeySequence.StandardKey.Print, sp.SP_FileDialogDetailedView)
        self.backups = make("backups", None, sp.SP_DriveHDIcon)
        self.reference = make("reference_data", None, sp.SP_FileDialogInfoView)
        self.open_database = make("open_database", QKeySequence.StandardKey.Open, sp.SP_DirOpenIcon)
        self.new_database = make("new_database", None)
        self.settings = make("settings", QKeySequence.StandardKey.Preferences)
        if self.settings.shortcut().isEmpty():
            self.settings.setShortcut(QKeySequence("Ctrl+,"))
        self.quit = make("quit", QKeySequence.StandardKey.Quit)
        if self.quit.shortcut().isEmpty():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.refresh = make("refresh", QKeySequence.StandardKey.Refresh, sp.SP_BrowserReload)
        self.about = make("about", None)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.new_survey: (self.tr("&New survey"), self.tr("Enter a new survey")),
            self.open_survey: (self.tr("&Open survey"), self.tr("Open the selected survey (Enter or double-click)")),
            self.duplicate: (self.tr("D&uplicate as new"),
                             self.tr("Start a new survey of the same company, pre-filled from the selected one")),
            self.delete: (self.tr("&Delete"), self.tr("Move the selected surveys to the trash")),
            self.undo: (self.tr("&Undo delete"), self.tr("Bring back the surveys you deleted last")),
            self.restore: (self.tr("&Restore from trash"), self.tr("Bring the selected surveys back from the trash")),
            self.purge: (self.tr("Delete &permanently…"), self.tr("Remove the selected surveys from the trash for good")),
            self.trash: (self.tr("&Trash"), self.tr("Show deleted surveys")),
            self.registry: (self.tr("Company &registry"), self.tr("Show or hide the company registry")),
            self.import_: (self.tr("&Import…"), self.tr("Import surveys from a CSV or Excel spreadsheet")),
            self.merge: (self.tr("&Merge a package or database…"),
                         self.tr("Merge another analyst's survey package or database into this one")),
            self.export: (self.tr("&Export…"), self.tr("Export surveys to a spreadsheet or a survey package")),
            self.brief: (self.tr("&Print brief…"), self.tr("Make a PDF province brief")),
            self.backups: (self.tr("&Backups…"), self.tr("Back up the database or restore a backup")),
            self.reference: (self.tr("Re&ference data…"), self.tr("Provinces, cities, industries and figures")),
            self.open_database: (self.tr("Open &database…"), self.tr("Open another survey database file")),
            self.new_database: (self.tr("New data&base…"), self.tr("Create a new, empty survey database file")),
            self.settings: (self.tr("&Settings…"), self.tr("Analyst name, language, database and brief options")),
            self.quit: (self.tr("&Quit"), self.tr("Close Dongbei Survey Desk")),
            self.refresh: (self.tr("Re&load list"), self.tr("Read the survey list again from the database")),
            self.about: (self.tr("&About"), self.tr("About Dongbei Survey Desk")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setIconText(MNEMONIC.sub("", text).replace("&", "").rstrip("…").strip())
            action.setToolTip(tip)
            action.setStatusTip(tip)

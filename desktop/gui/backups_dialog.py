"""The Backups dialog: list the database's backups, make one now, restore one, set how many are kept.

    dialog = BackupsDialog(store, parent)
    dialog.restored.connect(main_window.reopen_database)   # str: the database path
    dialog.exec()

After a restore the database file holds the backup's content (the previous content was backed up first,
as a "before-restore" backup). The Store passed in still works, but open drafts, models and forms show
the old content: the application should close it and open the path from `restored` again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.workers import run_in_background
from desktop.store.backup import BackupInfo, backups_dir, list_backups, make_backup, restore_backup
from desktop.store.connection import Store
from desktop.store.errors import StoreError
from desktop.store.retention import Policy, policy_of, set_policy

COL_DATE, COL_REASON, COL_SIZE, COL_SURVEYS = range(4)


class BackupsDialog(QDialog):
    """Backups of `store`'s database. Emits `restored(str)` with the database path after a restore."""

    restored = Signal(str)
    backup_made = Signal(str)  # path of the new backup

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.store = store
        self.db_path = Path(store.path)
        self.backups: list[BackupInfo] = []
        self._busy = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_now, self.restore = QPushButton(), QPushButton()
        self.backup_now.setObjectName("backup_now")
        self.restore.setObjectName("restore")
        self.backup_now.clicked.connect(self.make_backup_now)
        self.restore.clicked.connect(self.restore_selected)
        policy = policy_of(store)
        self.keep_recent, self.keep_days = QSpinBox(), QSpinBox()
        self.keep_recent.setRange(1, 500)
        self.keep_days.setRange(0, 3650)
        self.keep_recent.setValue(policy.keep_recent)
        self.keep_days.setValue(policy.keep_days)
        self.keep_recent.valueChanged.connect(self._save_policy)
        self.keep_days.valueChanged.connect(self._save_policy)
        for box in (self.keep_recent, self.keep_days):
            box.setEnabled(not store.readonly)
        self.keep_form = QFormLayout()
        self.keep_recent_label, self.keep_days_label = QLabel(), QLabel()
        self.keep_form.addRow(self.keep_recent_label, self.keep_recent)
        self.keep_form.addRow(self.keep_days_label, self.keep_days)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.backup_now)
        row.addWidget(self.restore)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addLayout(self.keep_form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 440)
        self.retranslate()
        self.refresh()

    # -- texts --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(self.tr("Backups of {db} are kept in {folder}. One is made each day the database "
                                   "is opened, before every upgrade, import and merge, and whenever you "
                                   "click Back up now.").format(db=self.db_path.name,
                                                                folder=backups_dir(self.db_path)))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason"), self.tr("Size"),
                                              self.tr("Surveys")])
        self.backup_now.setText(self.tr("Back up now"))
        self.restore.setText(self.tr("Restore selected…"))
        self.keep_recent_label.setText(self.tr("Keep the most recent backups:"))
        self.keep_days_label.setText(self.tr("Also keep one a day for (days):"))
        if self.backups:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reason_text(self, reason: str) -> str:
        known = {"manual": self.tr("made by hand"), "daily": self.tr("daily"),
                 "before-import": self.tr("before an import"), "before-merge": self.tr("before a merge"),
                 "before-restore": self.tr("before a restore")}
        if reason in known:
            return known[reason]
        if reason.startswith("before-migration"):
            return self.tr("before an upgrade")
        return reason

    # -- content ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the backups folder again."""
        self.backups = list_backups(self.db_path)
        self._fill()

    def _fill(self) -> None:
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            when = b.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            surveys = "?" if b.surveys is None else locale.toString(b.surveys)
            cells = [when, self.reason_text(b.reason), locale.formattedDataSize(b.size), surveys]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (COL_SIZE, COL_SURVEYS):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(b.path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.restore.setEnabled(self.selected() is not None and not self._busy)
        self.backup_now.setEnabled(not self._busy)

    def _save_policy(self) -> None:
        try:
            set_policy(self.store, Policy(self.keep_recent.value(), self.keep_days.value()))
        except StoreError as exc:
            self.status.setText(str(exc))

    # -- actions ------------------------------------------------------------------------------------
    def make_backup_now(self) -> None:
        """Write a manual backup off the UI thread (with its own read-only connection)."""
        path = self.db_path

        def work(ctx: object) -> str:
            with Store(path, readonly=True, register_instance=False, backups=False) as own:
                return str(make_backup(own, None, "manual"))

        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("Backing up…"))
        run_in_background(work, on_success=self._backup_done, on_failure=self._failed, parent=self)

    def _backup_done(self, path: str) -> None:
        self._busy = False
        self.status.setText(self.tr("Backup written and checked: {path}").format(path=path))
        self.refresh()
        self.backup_made.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText(self.tr("Nothing was changed: {error}").format(error=exc))

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes |
                                      QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        """Ask, then replace the database's content with the selected backup; True when restored."""
        chosen = self.selected()
        if chosen is None:
            return False
        when = chosen.created.astimezone().strftime("%Y-%m-%d %H:%M")
        text = self.tr("Replace the whole database with the backup of {when} ({count} surveys)? Everything "
                       "saved since then will be replaced; the current content is backed up first, so this "
                       "can be undone.").format(when=when, count="?" if chosen.surveys is None else chosen.surveys)
        others = self.store.other_instances()
        if others:
            text += "\n\n" + self.tr("Warning: the database is also open in: {who}. Close it there first.").format(
                who="; ".join(o.describe() for o in others))
        if not self.confirm(self.tr("Restore backup"), text):
            return False
        try:
            safety = restore_backup(chosen.path, self.db_path)
        except StoreError as exc:
            self.status.setText(self.tr("Nothing was restored: {error}").format(error=exc))
            return False
        self.status.setText(self.tr("Restored. The previous content was kept as {path}.").format(path=safety))
        self.refresh()
        self.restored.emit(str(self.db_path))
        return True

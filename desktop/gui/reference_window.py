"""The Reference data window: provinces, cities, industries, development zones and reference figures.

    ReferenceWindow(store, parent=None)       a QMainWindow; the shell opens it with .show()

Each tab: a filter box, "show retired", a sortable table, and Add / Edit / Retire / Restore / History.
The figures tab also imports (preview, column mapping, dry run, all or nothing) and exports CSV.
Every save is one transaction in desktop.store.reference, audited; this module runs no SQL.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.figures import FigureImport, FigureImportError, export_figures, import_figures, preview_figures
from desktop.exchange.reading import ReadError
from desktop.gui.reference_models import (
    FIGURE_TAB,
    KEY_ROLE,
    TABS,
    ReferenceFilterProxy,
    ReferenceTableModel,
    RowDialog,
    TabSpec,
    display,
)
from desktop.store import Store, StoreError
from desktop.store import reference as ref
from desktop.store import reference_edit as refedit

LOADERS = {"provinces": ref.provinces, "industries": ref.industries, "zones": ref.zones}


class ReferenceTab(QWidget):
    """One reference table: filter, table, and the buttons that change it."""

    changed = Signal(str)          # the table name, after any saved change

    def __init__(self, store: Store, spec: TabSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.spec = store, spec
        self.model = ReferenceTableModel(spec, self)
        self.proxy = ReferenceFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.show_retired = QCheckBox()
        self.show_retired.toggled.connect(self.proxy.set_show_retired)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_retired)
        actions = ["add", "edit", "retire", "restore", "history"]
        if spec.table == "reference_figures":
            actions += ["import", "export"]
        for name in actions:
            button = QPushButton()
            button.clicked.connect(getattr(self, f"{name}_clicked" if name in ("import", "export") else
                                           f"{name}_selected" if name != "add" else "add_row"))
            self.buttons[name] = button
            top.addWidget(button)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate()
        self.reload()
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter (any column, any language)…"))
        self.show_retired.setText(self.tr("Show retired"))
        texts = {"add": self.tr("Add…"), "edit": self.tr("Edit…"), "retire": self.tr("Retire"),
                 "restore": self.tr("Restore"), "history": self.tr("History…"), "import": self.tr("Import…"),
                 "export": self.tr("Export CSV…")}
        for name, button in self.buttons.items():
            button.setText(texts[name])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # data ------------------------------------------------------------------------------------
    def reload(self) -> None:
        table = self.spec.table
        if table == "reference_figures":
            rows = ref.figures(self.store, include_retired=True)
        elif table == "cities":
            rows = ref.cities(self.store, include_retired=True)
        else:
            rows = LOADERS[table](self.store, include_retired=True)
        self.model.set_rows(rows)
        shown = sum(1 for r in rows if not r.get("retired"))
        self.status.setText(self.tr("{0} rows ({1} retired)").format(shown, len(rows) - shown))

    def selected_row(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Select a row first."))
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.row_at(source.row())

    def select_key(self, key: str) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(KEY_ROLE) == key:
                self.table.selectRow(r)
                self.table.scrollTo(index)
                return

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        if self.spec.table != "reference_figures":
            return {}
        geos = [(p["code"], f"{p['code']} {p['name_en']} {p['name_zh']}") for p in ref.provinces(self.store)]
        geos += [(c["code"], f"{c['code']} {c['name_en']} {c['name_zh']}") for c in ref.cities(self.store)]
        geos += [("NE3", self.tr("NE3 (the three provinces)")), ("CN", self.tr("CN (China)"))]
        units = sorted(refedit.figure_context(self.store).units)
        kinds = [(k, k or self.tr("(not a firm count)")) for k in ref.COUNT_KINDS]
        return {"geography": geos, "unit": [(u, u) for u in units], "count_kind": kinds}

    # actions ---------------------------------------------------------------------------------
    def _save(self, values: dict[str, Any], key: str | None) -> list[tuple[str, str]]:
        """Validate and save; problems as (column, message). One transaction per save, audited."""
        try:
            if self.spec.table == "reference_figures":
                new_unit = bool(values.pop("new_unit", 0))
                _, problems = refedit.validate_figure(values, refedit.figure_context(self.store), new_unit)
                if problems:
                    return [(p.column, p.message) for p in problems]
                if key is None:
                    key = refedit.add_figure(self.store, values, new_unit)
                else:
                    refedit.update_figure(self.store, key, values, new_unit)
            elif key is None:
                key = refedit.add_place(self.store, self.spec.table, values)
            else:
                refedit.update_place(self.store, self.spec.table, key, values)
        except ref.FigureInvalid as exc:
            return [(p.column, p.message) for p in exc.problems]
        except StoreError as exc:
            return [("", str(exc))]
        self.reload()
        self.select_key(key)
        self.status.setText(self.tr("Saved {0}.").format(key))
        self.changed.emit(self.spec.table)
        return []

    def add_row(self) -> RowDialog:
        defaults: dict[str, Any] = {"partner": "JP", "status": "VERIFIED"} if self.spec is FIGURE_TAB else {}
        dialog = RowDialog(self.spec, defaults, lambda v: self._save(v, None), self.choices(), True, self)
        dialog.open()
        return dialog

    def edit_selected(self) -> RowDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        key = row[self.spec.key]

        def check(values: dict[str, Any]) -> list[tuple[str, str]]:
            return self._save({k: x for k, x in values.items() if k != self.spec.key}, key)

        dialog = RowDialog(self.spec, row, check, self.choices(), False, self)
        dialog.open()
        return dialog

    def _set_retired(self, retired: bool) -> None:
        row = self.selected_row()
        if row is None:
            return
        key = row[self.spec.key]
        try:
            changed = refedit.set_retired(self.store, self.spec.table, key, retired)
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        self.reload()
        self.select_key(key)
        if changed:
            self.status.setText((self.tr("Retired {0}.") if retired else self.tr("Restored {0}.")).format(key))
            self.changed.emit(self.spec.table)

    def retire_selected(self) -> None:
        self._set_retired(True)

    def restore_selected(self) -> None:
        self._set_retired(False)

    def history_selected(self) -> QDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        entries = refedit.history(self.store, self.spec.table, row[self.spec.key])
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("History of {0}").format(row[self.spec.key]))
        table = QTableWidget(len(entries), 6)
        table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Field"),
                                         self.tr("Old"), self.tr("New")])
        for r, e in enumerate(entries):
            for c, key in enumerate(("at", "who", "action", "field", "old", "new")):
                table.setItem(r, c, QTableWidgetItem(display(e[key])))
        table.resizeColumnsToContents()
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("{0} changes").format(len(entries)) if entries else
                                self.tr("No changes recorded since the reference data was loaded.")))
        layout.addWidget(table)
        dialog.resize(760, 360)
        dialog.open()
        return dialog

    def import_clicked(self) -> FigureImportDialog:
        dialog = FigureImportDialog(self.store, self)
        dialog.finished.connect(lambda _: (self.reload(), self.changed.emit(self.spec.table)))
        dialog.open()
        return dialog

    def export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export reference figures"), "figures.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            n = export_figures(self.store, path)
        except StoreError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Wrote {0} figures to {1}.").format(n, path))


class FigureImportDialog(QDialog):
    """Choose a CSV/XLSX, see its first rows and the column mapping, check (dry run), then import."""

    IGNORE = ""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.path: Path | None = None
        self.setWindowTitle(self.tr("Import reference figures"))
        self.choose = QPushButton(self.tr("Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("File column"), self.tr("Figure column")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.preview = QTableWidget(0, 0)
        self.new_units = QCheckBox(self.tr("Accept new units"))
        self.result = QPlainTextEdit()
        self.result.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = buttons.addButton(self.tr("Check (dry run)"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        buttons.rejected.connect(self.reject)
        for b in (self.check_button, self.import_button):
            b.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.mapping, 1)
        middle.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.new_units)
        layout.addWidget(self.result)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Figures file"), "",
                                              self.tr("Tables (*.csv *.tsv *.txt *.xlsx)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> bool:
        """Read the file's head and propose a mapping; False (with the reason shown) if unreadable."""
        try:
            preview = preview_figures(path)
        except (ReadError, FigureImportError) as exc:
            self.result.setPlainText(str(exc))
            return False
        self.path = Path(path)
        table = preview.table
        self.file_label.setText(self.tr("{0} ({1}, first {2} rows shown)").format(
            self.path.name, table.encoding or table.sheet, len(table.rows)))
        self.mapping.setRowCount(len(table.columns))
        for r, column in enumerate(table.columns):
            self.mapping.setItem(r, 0, QTableWidgetItem(column))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), self.IGNORE)
            for target in ref.FIGURE_COLUMNS:
                combo.addItem(target, target)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(column, self.IGNORE))))
            self.mapping.setCellWidget(r, 1, combo)
        self.preview.setColumnCount(len(table.columns))
        self.preview.setRowCount(len(table.rows))
        self.preview.setHorizontalHeaderLabels(table.columns)
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers])
        for r, cells in enumerate(table.rows):
            for c, cell in enumerate(cells[:len(table.columns)]):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        missing = ", ".join(preview.missing)
        self.result.setPlainText(self.tr("Columns without a match: {0}").format(missing) if missing else
                                 self.tr("All required columns found. Check first, then import."))
        for b in (self.check_button, self.import_button):
            b.setEnabled(True)
        return True

    def current_mapping(self) -> dict[str, str]:
        out = {}
        for r in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(r, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[self.mapping.item(r, 0).text()] = combo.currentData()
        return out

    def run(self, dry_run: bool) -> FigureImport | None:
        if self.path is None:
            return None
        try:
            result = import_figures(self.store, self.path, mapping=self.current_mapping(), dry_run=dry_run,
                                    allow_new_units=self.new_units.isChecked())
        except StoreError as exc:
            problems = getattr(exc, "problems", [str(exc)])
            self.result.setPlainText(self.tr("Nothing was imported.") + "\n" + "\n".join(problems))
            return None
        lines = [result.summary()]
        lines += [f"  {fid}: {', '.join(fields)}" for fid, fields in result.updated]
        if dry_run:
            lines.append(self.tr("Dry run: nothing was written."))
        self.result.setPlainText("\n".join(lines))
        return result


class ReferenceWindow(QMainWindow):
    """Tabs of provinces, cities, industries, development zones and reference figures.

    `changed(table)` is emitted after every saved change (so the shell can reload codebooks, e.g. with
    desktop.store.reference.codebook_reference for place and industry labels)."""

    changed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.tabs = QTabWidget()
        self.pages: dict[str, ReferenceTab] = {}
        for spec in TABS:
            page = ReferenceTab(store, spec, self)
            page.changed.connect(self.changed)
            self.pages[spec.table] = page
            self.tabs.addTab(page, "")
        self.setCentralWidget(self.tabs)
        self.retranslate()
        self.resize(1200, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reference data"))
        titles = {"provinces": self.tr("Provinces"), "cities": self.tr("Cities"),
                  "industries": self.tr("Industries"), "zones": self.tr("Development zones"),
                  "reference_figures": self.tr("Reference figures")}
        for i, spec in enumerate(TABS):
            self.tabs.setTabText(i, titles[spec.table])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def page(self, table: str) -> ReferenceTab:
        return self.pages[table]

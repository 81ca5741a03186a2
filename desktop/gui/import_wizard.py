"""Import wizard: file -> encoding and preview -> column mapping -> dates -> dry-run report -> import.

    ImportWizard(store, parent=None)

Reading, checking and writing run off the UI thread (desktop.gui.workers), each with its own database
connection; the import is one transaction, and Cancel rolls it back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.exchange.columns import META_LABELS, auto_map
from desktop.exchange.dates import AUTO, FORMATS, DateError, parse_date
from desktop.exchange.importing import ImportOptions, ImportPlan, apply_import, plan_import
from desktop.exchange.reading import ReadError, Table, read_table
from desktop.exchange.xlsx_reading import sheet_names
from desktop.gui.i18n import current_language
from desktop.gui.workers import run_in_background
from desktop.questionnaire import load_questionnaire
from desktop.store import open_store
from desktop.store.connection import Store

PREVIEW_ROWS = 20
ENCODINGS = ["utf-8", "utf-8-sig", "cp932", "gb18030", "utf-16"]


def _fmt(template: str, *values: object) -> str:
    """Fill Qt-style %1, %2 ... placeholders of a translated string."""
    for i in range(len(values), 0, -1):
        template = template.replace(f"%{i}", str(values[i - 1]))
    return template


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    return label


def _vbox(parent: QWidget, *items: QWidget | QHBoxLayout | QFormLayout) -> QVBoxLayout:
    lay = QVBoxLayout(parent)
    for item in items:
        if isinstance(item, QWidget):
            lay.addWidget(item)
        else:
            lay.addLayout(item)
    return lay


def _fill(table: QTableWidget, headers: list[str], rows: list[list[Any]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or XLSX file of surveys, one survey per row, with a header row."))
        self.path = QLineEdit()
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.error = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        _vbox(self, row, self.error).addStretch()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import surveys"), "",
                                              self.tr("Tables (*.csv *.tsv *.txt *.xlsx)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        try:
            self.wiz.preview = read_table(path, limit=PREVIEW_ROWS)
        except ReadError as exc:
            self.error.setText(str(exc))
            return False
        self.error.clear()
        self.wiz.path = path
        return True


class EncodingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Encoding and preview"))
        self.setSubTitle(self.tr("Check that names in Chinese and Japanese read correctly; if not, choose "
                                 "another encoding."))
        self.encoding = QComboBox()
        self.encoding.currentIndexChanged.connect(self.reload)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self.reload)
        self.error = _error_label()
        self.table = QTableWidget()
        form = QFormLayout()
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Sheet:"), self.sheet)
        _vbox(self, form, self.error, self.table)

    def initializePage(self) -> None:
        t = self.wiz.preview
        assert t is not None
        self.encoding.blockSignals(True)
        self.sheet.blockSignals(True)
        self.encoding.clear()
        self.sheet.clear()
        self.sheet.setEnabled(t.encoding == "xlsx")
        if t.encoding == "xlsx":
            self.encoding.addItem(self.tr("(workbook: no encoding)"), None)
            self.encoding.setEnabled(False)
            try:
                for name in sheet_names(self.wiz.path):
                    self.sheet.addItem(name, name)
            except ReadError as exc:
                self.error.setText(str(exc))
            self.sheet.setCurrentIndex(max(0, self.sheet.findData(t.sheet)))
        else:
            self.encoding.setEnabled(True)
            for enc in ENCODINGS:
                label = _fmt(self.tr("%1 (detected)"), enc) if enc == t.encoding else enc
                self.encoding.addItem(label, enc)
            self.encoding.setCurrentIndex(max(0, ENCODINGS.index(t.encoding) if t.encoding in ENCODINGS else 0))
        self.encoding.blockSignals(False)
        self.sheet.blockSignals(False)
        self.show_preview(t)

    def reload(self) -> None:
        enc = self.encoding.currentData()
        try:
            t = read_table(self.wiz.path, encoding=enc, sheet=self.sheet.currentData(), limit=PREVIEW_ROWS)
        except ReadError as exc:
            self.error.setText(str(exc))
            self.wiz.preview_ok = False
        else:
            self.error.clear()
            self.wiz.preview, self.wiz.preview_ok = t, True
            self.show_preview(t)
        self.completeChanged.emit()

    def show_preview(self, t: Table) -> None:
        _fill(self.table, t.columns, t.rows)

    def isComplete(self) -> bool:
        return self.wiz.preview_ok

    def validatePage(self) -> bool:
        self.wiz.options.encoding = self.encoding.currentData()
        self.wiz.options.sheet = self.sheet.currentData()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Columns are matched by question id or by their English, Japanese or Chinese "
                                 "label. Choose a question for the others, or ignore them."))
        self.table = QTableWidget(0, 3)
        self.error = _error_label()
        _vbox(self, self.table, self.error)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        t = self.wiz.preview
        assert t is not None
        lang = current_language()
        qn = load_questionnaire()
        mapping = auto_map(t.columns, qn=qn)
        choices: list[tuple[str, str | None]] = [(self.tr("(ignore this column)"), None)]
        choices += [(labels.get(lang, fid), fid) for fid, labels in META_LABELS.items()]
        choices += [(f"{q.text(lang)} [{q.id}]", q.id) for q in qn.questions]
        self.table.setRowCount(len(t.columns))
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Question"),
                                              self.tr("First value")])
        self.combos = []
        for r, col in enumerate(t.columns):
            self.table.setItem(r, 0, QTableWidgetItem(col))
            combo = QComboBox()
            for text, fid in choices:
                combo.addItem(text, fid)
            combo.setCurrentIndex(max(0, combo.findData(mapping.fields.get(r))))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.table.setCellWidget(r, 1, combo)
            self.combos.append(combo)
            self.table.setItem(r, 2, QTableWidgetItem(t.rows[0][r] if t.rows and r < len(t.rows[0]) else ""))
        self.table.resizeColumnsToContents()

    def chosen(self) -> dict[str, str | None]:
        t = self.wiz.preview
        assert t is not None
        return {col: self.combos[i].currentData() for i, col in enumerate(t.columns)}

    def isComplete(self) -> bool:
        picked = [f for f in self.chosen().values() if f] if self.combos else []
        dup = {f for f in picked if picked.count(f) > 1}
        self.error.setText(_fmt(self.tr("Several columns are mapped to the same question: %1"),
                                ", ".join(sorted(dup))) if dup else "")
        return bool(picked) and not dup

    def validatePage(self) -> bool:
        self.wiz.options.mapping = self.chosen()
        return True


class DatePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Dates and status"))
        self.setSubTitle(self.tr("How are dates written? With 'automatic', dates like 03/04/2025 whose day and "
                                 "month could be swapped are reported, never guessed."))
        self.format = QComboBox()
        self.format.addItem(self.tr("automatic (unambiguous dates only)"), AUTO)
        for name in FORMATS:
            self.format.addItem(name, name)
        self.format.currentIndexChanged.connect(self.show_preview)
        self.status = QComboBox()
        self.status.addItem(self.tr("from the status column, else final"), "column")
        self.status.addItem(self.tr("final (all required answers)"), "final")
        self.status.addItem(self.tr("draft"), "draft")
        self.preview = QTableWidget()
        form = QFormLayout()
        form.addRow(self.tr("Date format:"), self.format)
        form.addRow(self.tr("Save surveys as:"), self.status)
        _vbox(self, form, self.preview)

    def initializePage(self) -> None:
        self.show_preview()

    def show_preview(self) -> None:
        t = self.wiz.preview
        assert t is not None
        fmt = self.format.currentData()
        mapping = self.wiz.options.mapping
        dates = {q.id for q in load_questionnaire().questions if q.type == "date"}
        date_cols = [i for i, c in enumerate(t.columns) if mapping.get(c) in dates] if mapping else []
        rows = []
        for i in date_cols:
            for row in t.rows[:10]:
                try:
                    result = parse_date(row[i], fmt) or ""
                except DateError as exc:
                    result = str(exc)
                rows.append([t.columns[i], row[i], result])
        _fill(self.preview, [self.tr("Column"), self.tr("In the file"), self.tr("Read as")], rows)

    def validatePage(self) -> bool:
        self.wiz.options.date_format = self.format.currentData()
        self.wiz.options.status = self.status.currentData()
        self.wiz.options.lang = current_language()
        return True


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Check (dry run)"))
        self.setSubTitle(self.tr("Every row was checked; nothing has been written yet."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget()
        self.save = QPushButton(self.tr("Save report as CSV…"))
        self.save.clicked.connect(self.save_report)
        self.all_or_nothing = QRadioButton(self.tr("Import only if every row is valid"))
        self.valid_only = QRadioButton(self.tr("Import the valid rows, skip the others"))
        self.all_or_nothing.setChecked(True)
        for b in (self.all_or_nothing, self.valid_only):
            b.toggled.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch()
        _vbox(self, self.summary, self.table, row, self.all_or_nothing, self.valid_only)
        self.op: Any = None

    def initializePage(self) -> None:
        self.wiz.plan = None
        self.summary.setText(self.tr("Checking…"))
        _fill(self.table, [], [])
        self.save.setEnabled(False)
        path, opts, db, who = self.wiz.path, self.wiz.options, self.wiz.store.path, self.wiz.store.who

        def work(ctx: Any) -> ImportPlan:
            table = read_table(path, encoding=opts.encoding, sheet=opts.sheet,
                               progress=lambda d, t: ctx.progress(d, t) or True)
            with open_store(db, who=who) as store:
                return plan_import(store, table, opts, lambda d, t: ctx.progress(d, t) or True)
        self.op = run_in_background(work, self.done, self.failed, parent=self)

    def done(self, plan: ImportPlan) -> None:
        self.wiz.plan = plan
        text = _fmt(self.tr("%1 rows: %2 new and valid, %3 with problems, %4 already in the database; "
                            "%5 new companies."), plan.rows_total, plan.rows_valid, plan.rows_invalid,
                    plan.rows_duplicate, len(plan.companies))
        if plan.fatal:
            text += " " + _fmt(self.tr("The file cannot be imported: %1"), plan.fatal)
        self.summary.setText(text)
        _fill(self.table, [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem"), self.tr("Kind")],
              [[p.row, p.column, p.value, p.message, p.kind] for p in plan.problems[:5000]])
        self.save.setEnabled(bool(plan.problems))
        self.completeChanged.emit()

    def failed(self, exc: BaseException) -> None:
        self.summary.setText(str(exc))
        self.completeChanged.emit()

    def save_report(self) -> None:
        if self.wiz.plan is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), "import-report.csv",
                                              self.tr("CSV (*.csv)"))
        if name:
            self.wiz.plan.save_report(name)

    def mode(self) -> str:
        return "valid-only" if self.valid_only.isChecked() else "all-or-nothing"

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        if plan is None or plan.fatal or not plan.surveys:
            return False
        return self.mode() == "valid-only" or not plan.errors

    def validatePage(self) -> bool:
        self.wiz.mode = self.mode()
        return True


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.bar = QProgressBar()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel import"))
        self.cancel.clicked.connect(self.stop)
        _vbox(self, self.bar, self.label, self.cancel).addStretch()
        self.finished = False
        self.op: Any = None

    def initializePage(self) -> None:
        self.finished = False
        self.wiz.result = None
        self.label.setText(self.tr("Importing…"))
        self.cancel.setEnabled(True)
        plan, mode, db, who = self.wiz.plan, self.wiz.mode, self.wiz.store.path, self.wiz.store.who

        def work(ctx: Any) -> Any:
            with open_store(db, who=who) as store:
                return apply_import(store, plan, mode, lambda d, t: ctx.progress(d, t) or True)
        self.op = run_in_background(work, self.done, self.failed, self.progress, parent=self)

    def progress(self, done: int, total: int, _message: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def stop(self) -> None:
        if self.op is not None:
            self.op.cancel()

    def done(self, result: Any) -> None:
        self.wiz.result = result
        self.label.setText(_fmt(self.tr("Imported %1 surveys and %2 new companies."), result.surveys_added,
                                result.companies_added))
        self._end()

    def failed(self, exc: BaseException) -> None:
        self.label.setText(_fmt(self.tr("Nothing was imported: %1"), str(exc) or type(exc).__name__))
        self._end()

    def _end(self) -> None:
        self.finished = True
        self.cancel.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished


class ImportWizard(QWizard):
    """Import surveys from CSV/XLSX into `store` (checked first; one transaction)."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Import surveys"))
        self.path = Path()
        self.preview: Table | None = None
        self.preview_ok = True
        self.options = ImportOptions()
        self.plan: ImportPlan | None = None
        self.mode = "all-or-nothing"
        self.result: Any = None
        self.pages = [FilePage(self), EncodingPage(self), MappingPage(self), DatePage(self), ReportPage(self),
                      RunPage(self)]
        for page in self.pages:
            self.addPage(page)
        self.resize(860, 600)

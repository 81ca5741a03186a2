"""Export dialog: surveys to CSV/XLSX (codes or labels in a language, codebook) or a survey package.

    ExportDialog(store, parent=None, flt=None)     flt: the survey list's current SurveyFilter
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.exporting import export_surveys, safe_filename
from desktop.exchange.packages import export_package
from desktop.gui.i18n import LANGUAGE_NAMES, current_language
from desktop.gui.workers import run_in_background
from desktop.questionnaire import load_questionnaire
from desktop.store import open_store
from desktop.store.connection import Store
from desktop.store.listing import SurveyFilter, count_surveys


class ExportDialog(QDialog):
    """Choose a format, language and filter; the export runs off the UI thread."""

    def __init__(self, store: Store, parent: QWidget | None = None, flt: SurveyFilter | None = None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Export surveys"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Excel workbook (.xlsx)"), ".xlsx")
        self.kind.addItem(self.tr("CSV file (.csv) and codebook"), ".csv")
        self.kind.addItem(self.tr("Survey package for another analyst"), ".dongbei")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.labels = QCheckBox(self.tr("Answers as labels (not codes)"))
        self.lang = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(self.lang.findData(current_language()))
        self.codebook = QCheckBox(self.tr("Include the codebook"))
        self.codebook.setChecked(True)
        qn = load_questionnaire()
        lang = current_language()
        self.province = QComboBox()
        self.province.addItem(self.tr("All provinces"), "")
        for item in qn.codebooks["province"].items:
            self.province.addItem(item.text(lang), item.code)
        self.status = QComboBox()
        self.status.addItem(self.tr("Final and draft"), "")
        self.status.addItem(self.tr("Final only"), "final")
        self.status.addItem(self.tr("Drafts only"), "draft")
        self.year = QLineEdit()
        self.year.setPlaceholderText(self.tr("any year"))
        self.flt = flt or SurveyFilter()
        if self.flt.province:
            self.province.setCurrentIndex(self.province.findData(self.flt.province))
        if self.flt.status:
            self.status.setCurrentIndex(self.status.findData(self.flt.status))
        if self.flt.year:
            self.year.setText(str(self.flt.year))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.kind)
        form.addRow(self.tr("Language:"), self.lang)
        form.addRow("", self.labels)
        form.addRow("", self.codebook)
        form.addRow(self.tr("Province:"), self.province)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Reference year:"), self.year)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.op: Any = None
        self.result: Any = None
        self._kind_changed()

    def _kind_changed(self) -> None:
        package = self.kind.currentData() == ".dongbei"
        for w in (self.labels, self.lang, self.codebook):
            w.setEnabled(not package)

    def filter(self) -> SurveyFilter | None:
        text = self.year.text().strip()
        if text and not text.isdigit():
            self.message.setText(self.tr("The reference year must be a number, like 2025."))
            return None
        return SurveyFilter(search=self.flt.search, province=self.province.currentData(),
                            city=self.flt.city if self.flt.province == self.province.currentData() else "",
                            industry=self.flt.industry, status=self.status.currentData(),
                            analyst=self.flt.analyst, year=int(text) if text else None)

    def browse(self) -> None:
        suffix = self.kind.currentData()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), safe_filename("surveys") + suffix,
                                              f"*{suffix}")
        if name:
            self.path.setText(name if name.endswith(suffix) else name + suffix)

    def start(self) -> None:
        flt = self.filter()
        if flt is None:
            return
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose a file to export to."))
            return
        path = Path(text)
        suffix = self.kind.currentData()
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        n = count_surveys(self.store, flt)
        if n == 0:
            self.message.setText(self.tr("No survey matches these filters."))
            return
        db, who = self.store.path, self.store.who
        lang, labels, codebook = self.lang.currentData(), self.labels.isChecked(), self.codebook.isChecked()

        def work(ctx: Any) -> Any:
            with open_store(db, who=who, readonly=True) as store:
                if suffix == ".dongbei":
                    return export_package(store, path, flt)
                return export_surveys(store, path, flt, lang, labels, codebook,
                                      lambda d, t: ctx.progress(d, t) or True)
        self.message.setText(self.tr("Exporting %1 surveys…").replace("%1", str(n)))
        self.buttons.setEnabled(False)
        self.op = run_in_background(work, self.done, self.failed, parent=self)

    def done(self, result: Any) -> None:
        self.result = result
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Exported %1 surveys to %2").replace("%1", str(result.surveys)).replace(
            "%2", str(result.path)))

    def failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("Nothing was exported: %1").replace("%1", str(exc)))

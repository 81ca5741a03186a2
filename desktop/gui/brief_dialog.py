"""The brief dialog: choose a province (or the overview, or all four), language, period, drafts, appendix
and threshold; generate off the UI thread; preview the pages; open or save the PDF."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.questionnaire import load_questionnaire
from desktop.store import Store, open_store
from desktop.store.listing import distinct_values

TARGETS = ("21", "22", "23", "overview", "all")
LANG_NAMES = {"en": "English", "ja": "日本語", "zh": "中文"}


@dataclass
class Generated:
    """What a background run produced: PDFs in a temporary folder, page images, a text summary."""

    folder: Path
    pdfs: list[Path]
    pages: list[Path] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)


def render_pages(pdf: Path, folder: Path, resolution: int = 50) -> list[Path]:
    """Page images of `pdf` made with pdftoppm (poppler), or [] when it is not installed."""
    exe = shutil.which("pdftoppm")
    if not exe:
        return []
    prefix = folder / pdf.stem
    subprocess.run([exe, "-r", str(resolution), "-png", str(pdf), str(prefix)], check=True,
                   capture_output=True, timeout=120)
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


def generate(db: Path, target: str, options: Any, ctx: Any = None) -> Generated:
    """Write the chosen brief(s) into a new temporary folder (runs in a worker thread: own connection)."""
    from desktop.reports import all_briefs, load_data, overview_brief, province_brief

    folder = Path(tempfile.mkdtemp(prefix="dongbei-brief-"))
    with open_store(db, readonly=True) as store:
        if target == "all":
            results = all_briefs(store, options, folder,
                                 progress=(lambda d, t, m: ctx.progress(d, t + 1, m)) if ctx else None)
        else:
            if ctx:
                ctx.progress(0, 3, "reading surveys")
            data = load_data(store, options)
            if ctx:
                ctx.progress(1, 3, "laying out pages")
            results = [overview_brief(data, folder / "overview.pdf") if target == "overview"
                       else province_brief(data, target, folder / f"brief-{target}.pdf")]
    if ctx:
        ctx.progress(len(results) + 1, len(results) + 2, "preview")
    pages: list[Path] = []
    for r in results[:1] if target != "all" else results:
        pages += render_pages(r.path, folder)
    summary = [line for r in results for line in [f"{r.path.name}: {r.pages} pages", *r.summary]]
    return Generated(folder, [r.path for r in results], pages, summary)


class BriefDialog(QDialog):
    """BriefDialog(store, parent): make PDF briefs from the open database.

    store: the open Store (the worker opens its own read-only connection to store.path).
    """

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.result_: Generated | None = None
        self.error: BaseException | None = None
        self.operation: Any = None
        self.setWindowTitle(self.tr("Province briefs"))
        self.resize(760, 720)
        self._build()
        self._load_defaults()

    # layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        qn = load_questionnaire()
        self.target = QComboBox()
        for code in TARGETS[:3]:
            self.target.addItem(qn.codebooks["province"].label(code, "en") + " / "
                                + qn.codebooks["province"].label(code, "zh"), code)
        self.target.addItem(self.tr("Overview of the three provinces"), "overview")
        self.target.addItem(self.tr("All: three province briefs and the overview"), "all")
        self.language = QComboBox()
        for code, name in LANG_NAMES.items():
            self.language.addItem(name, code)
        self.year = QComboBox()
        self.year.addItem(self.tr("All years (latest survey of each company)"), None)
        for y in reversed(distinct_values(self.store, "reference_year")):
            self.year.addItem(str(y), int(y))
        self.drafts = QCheckBox(self.tr("Include draft surveys"))
        self.appendix = QCheckBox(self.tr("Appendix listing surveyed companies (confidential)"))
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 1000)
        self.threshold.setSuffix(self.tr(" companies"))
        self.threshold.setToolTip(self.tr("Figures resting on fewer companies are printed as a dash"))
        form = QFormLayout()
        form.addRow(self.tr("Brief"), self.target)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Reference year"), self.year)
        form.addRow("", self.drafts)
        form.addRow("", self.appendix)
        form.addRow(self.tr("Suppress figures below"), self.threshold)

        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.clicked.connect(self.generate)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button = QPushButton(self.tr("Save As…"))
        self.save_button.clicked.connect(self.save_as)
        for b in (self.open_button, self.save_button):
            b.setEnabled(False)
        actions = QHBoxLayout()
        for b in (self.generate_button, self.open_button, self.save_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages_box)
        self.text_preview = QPlainTextEdit()
        self.text_preview.setReadOnly(True)
        self.preview = QStackedWidget()
        self.preview.addWidget(self.scroll)
        self.preview.addWidget(self.text_preview)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)

    def _load_defaults(self) -> None:
        defaults: dict[str, Any] = {}
        try:
            from desktop.gui.settings import brief_defaults
            defaults = brief_defaults()
        except (ImportError, AttributeError):
            pass
        self.language.setCurrentIndex(max(0, self.language.findData(defaults.get("language", "en"))))
        self.drafts.setChecked(not defaults.get("final_only", True))
        self.appendix.setChecked(bool(defaults.get("include_appendix", False)))
        self.threshold.setValue(int(defaults.get("suppression_threshold", 3)))

    # actions -----------------------------------------------------------------------------
    def options(self) -> Any:
        from desktop.reports import BriefOptions
        return BriefOptions(lang=self.language.currentData(), year=self.year.currentData(),
                            drafts=self.drafts.isChecked(), appendix=self.appendix.isChecked(),
                            threshold=self.threshold.value()).checked()

    def generate(self) -> None:
        """Start making the brief(s) in the background; the preview fills in when done."""
        from desktop.gui.workers import run_in_background
        try:
            options = self.options()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.result_, self.error = None, None
        self.generate_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Generating…"))
        db, target = self.store.path, self.target.currentData()
        self.operation = run_in_background(lambda ctx: generate(db, target, options, ctx),
                                           on_success=self._done, on_failure=self._failed,
                                           on_progress=self._progress, parent=self)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: Generated) -> None:
        self.result_ = result
        self.progress.setVisible(False)
        self.generate_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Ready: {n} PDF file(s). Open it, or Save As to keep it.")
                            .replace("{n}", str(len(result.pdfs))))
        self.show_preview(result)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.progress.setVisible(False)
        self.generate_button.setEnabled(True)
        self.status.setText(self.tr("The brief could not be made: {error}").replace("{error}", str(exc)))

    def show_preview(self, result: Generated) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.text_preview.setPlainText("\n".join(result.summary))
        if not result.pages:
            self.preview.setCurrentWidget(self.text_preview)
            return
        for png in result.pages:
            label = QLabel()
            label.setPixmap(QPixmap(str(png)))
            label.setToolTip(png.name)
            self.pages_layout.addWidget(label)
        self.pages_layout.addStretch(1)
        self.preview.setCurrentWidget(self.scroll)

    def page_labels(self) -> list[QLabel]:
        return [w for w in self.pages_box.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]

    def open_pdf(self) -> None:
        if self.result_ and self.result_.pdfs:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_.pdfs[0])))

    def save_as(self) -> None:
        if not self.result_:
            return
        if len(self.result_.pdfs) > 1:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save the briefs in folder"))
            if folder:
                self.save_to(Path(folder))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save brief"), self.result_.pdfs[0].name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, dest: Path) -> list[Path]:
        """Copy the generated PDF(s) to `dest` (a file, or a folder for several); reports problems inline."""
        assert self.result_ is not None
        try:
            if len(self.result_.pdfs) > 1 or dest.is_dir():
                if not dest.is_dir():
                    raise OSError(self.tr("{path} is not a folder").replace("{path}", str(dest)))
                saved = [Path(shutil.copy2(p, dest / p.name)) for p in self.result_.pdfs]
            else:
                if not dest.parent.is_dir():
                    raise OSError(self.tr("the folder {path} does not exist").replace("{path}", str(dest.parent)))
                saved = [Path(shutil.copy2(self.result_.pdfs[0], dest))]
        except OSError as exc:
            self.status.setText(self.tr("Not saved: {error}").replace("{error}", str(exc)))
            return []
        self.status.setText(self.tr("Saved {files}").replace("{files}", ", ".join(str(p) for p in saved)))
        return saved

    def done(self, code: int) -> None:  # noqa: D401 - QDialog.done
        if self.operation is not None and not self.operation.is_finished:
            self.operation.cancel()
        super().done(code)

"""Settings: analyst name, database file, interface language (applied at once), default brief options."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import LANGUAGE_NAMES, current_language, set_language
from desktop.gui.settings import Settings

MAX_ANALYST = 100
DB_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;* (*)"


class SettingsDialog(QDialog):
    """Emits `database_requested(Path)` when the user picks another database (the main window opens it)."""

    database_requested = Signal(Path)

    def __init__(self, settings: Settings, current_db: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.current_db = current_db
        self.analyst = QLineEdit(settings.analyst())
        self.analyst.setMaxLength(MAX_ANALYST)
        self.analyst_error = QLabel()
        self.analyst_error.setStyleSheet("color: #b00020")
        self.analyst_error.hide()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.db_label = QLabel(str(current_db))
        self.db_label.setWordWrap(True)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_db, self.new_db = QPushButton(), QPushButton()
        self.open_db.clicked.connect(self._open_existing)
        self.new_db.clicked.connect(self._create_new)
        self.recent = QListWidget()
        self.recent.setMaximumHeight(110)
        for path in settings.recent_databases():
            self.recent.addItem(str(path))
        self.recent.itemActivated.connect(lambda item: self._request(Path(item.text())))
        brief = settings.brief_defaults()
        self.brief_language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.brief_language.addItem(name, code)
        self.brief_language.setCurrentIndex(self.brief_language.findData(brief["language"]))
        self.final_only, self.appendix = QCheckBox(), QCheckBox()
        self.final_only.setChecked(brief["final_only"])
        self.appendix.setChecked(brief["include_appendix"])
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 50)
        self.threshold.setValue(brief["suppression_threshold"])

        self.general_box, self.db_box, self.brief_box = QGroupBox(), QGroupBox(), QGroupBox()
        general = QFormLayout(self.general_box)
        self.analyst_caption, self.language_caption = QLabel(), QLabel()
        general.addRow(self.analyst_caption, self.analyst)
        general.addRow("", self.analyst_error)
        general.addRow(self.language_caption, self.language)
        db = QVBoxLayout(self.db_box)
        db.addWidget(self.db_label)
        row = QHBoxLayout()
        row.addWidget(self.open_db)
        row.addWidget(self.new_db)
        row.addStretch(1)
        db.addLayout(row)
        self.recent_caption = QLabel()
        db.addWidget(self.recent_caption)
        db.addWidget(self.recent)
        briefs = QFormLayout(self.brief_box)
        self.brief_language_caption, self.threshold_caption = QLabel(), QLabel()
        briefs.addRow(self.brief_language_caption, self.brief_language)
        briefs.addRow("", self.final_only)
        briefs.addRow("", self.appendix)
        briefs.addRow(self.threshold_caption, self.threshold)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.general_box, self.db_box, self.brief_box):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.retranslate()
        state = settings.state("settings_dialog")
        if state is not None:
            self.restoreGeometry(state)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language.blockSignals(True)
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.language.blockSignals(False)
        self.general_box.setTitle(self.tr("You"))
        self.analyst_caption.setText(self.tr("Analyst name:"))
        self.analyst.setPlaceholderText(self.tr("Recorded with every change you make"))
        self.language_caption.setText(self.tr("Interface language:"))
        self.db_box.setTitle(self.tr("Database file"))
        self.open_db.setText(self.tr("Open existing…"))
        self.new_db.setText(self.tr("New database…"))
        self.recent_caption.setText(self.tr("Recent files (double-click to open):"))
        self.brief_box.setTitle(self.tr("Default brief options"))
        self.brief_language_caption.setText(self.tr("Language of the brief:"))
        self.final_only.setText(self.tr("Final surveys only (leave drafts out)"))
        self.appendix.setText(self.tr("Include the appendix of surveyed companies (confidential)"))
        self.threshold_caption.setText(self.tr("Suppress figures based on fewer than (companies):"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self, _index: int) -> None:
        lang = self.language.currentData()
        self.settings.set_language(lang)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_language(app, lang)

    def _request(self, path: Path) -> None:
        self.database_requested.emit(path)
        self.db_label.setText(str(path))

    def _open_existing(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open a survey database"),
                                              str(self.current_db.parent), DB_FILTER)
        if name:
            self._request(Path(name))

    def _create_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New survey database"),
                                              str(self.current_db.parent / "surveys.sqlite"), DB_FILTER,
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return
        if Path(name).exists():
            self.db_label.setText(self.tr("{path} already exists; it was not replaced. Use Open existing… "
                                          "to open it.").format(path=name))
            return
        self._request(Path(name))

    def validate(self) -> bool:
        name = self.analyst.text().strip()
        problem = ""
        if any(ord(ch) < 32 for ch in name):
            problem = self.tr("The name cannot contain control characters.")
        self.analyst_error.setText(problem)
        self.analyst_error.setVisible(bool(problem))
        return not problem

    def accept(self) -> None:
        if not self.validate():
            return
        self.settings.set_analyst(self.analyst.text())
        self.settings.set_brief_defaults(language=self.brief_language.currentData(),
                                         final_only=self.final_only.isChecked(),
                                         include_appendix=self.appendix.isChecked(),
                                         suppression_threshold=self.threshold.value())
        self.settings.set_state("settings_dialog", self.saveGeometry())
        super().accept()

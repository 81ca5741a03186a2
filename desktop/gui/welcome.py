"""The welcome panel, shown in place of the survey list while the database holds no survey."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    """Three ways to begin: enter surveys, open another database, explore with sample data."""

    start_entering = Signal()
    open_database = Signal()
    load_sample = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.database = QLabel()
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button, self.open_button, self.sample_button = QPushButton(), QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.start_entering)
        self.open_button.clicked.connect(self.open_database)
        self.sample_button.clicked.connect(self.load_sample)
        self.new_button.setDefault(True)
        self.sample_note = QLabel()
        self.sample_note.setWordWrap(True)
        box = QWidget()
        box.setFixedWidth(600)  # a fixed width lets the wrapped labels compute their full height
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addSpacing(12)
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(36)
            inner.addWidget(button)
        inner.addWidget(self.sample_note)
        inner.addSpacing(12)
        inner.addWidget(self.database)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self._db_path = ""
        self.retranslate()

    def set_database(self, path: str) -> None:
        self._db_path = path
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Dongbei Survey Desk"))
        self.intro.setText(self.tr("This database has no surveys yet. Key in the surveys of Japanese-affiliated "
                                   "companies in Liaoning, Jilin and Heilongjiang, then print province briefs."))
        self.new_button.setText(self.tr("Start entering surveys"))
        self.open_button.setText(self.tr("Open another database…"))
        self.sample_button.setText(self.tr("Explore with sample data"))
        self.sample_note.setText(self.tr("Sample data adds 300 fictional surveys, clearly marked as demo, to "
                                         "this database."))
        self.database.setText(self.tr("Database: {path}").format(path=self._db_path))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

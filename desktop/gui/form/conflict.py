"""The banner shown when the survey was saved elsewhere since this form loaded it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.gui.form.common import CONFLICT_STYLE


class ConflictBanner(QFrame):
    """Says that nothing was overwritten; offers reload (dropping local edits) or save as a copy."""

    reload_requested = Signal()
    copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflict_banner")
        self.setStyleSheet(f"QFrame#conflict_banner {{ {CONFLICT_STYLE} }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        self.text = QLabel(self)
        self.text.setObjectName("conflict_text")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("conflict_reload")
        self.reload_button.clicked.connect(self.reload_requested)
        row.addWidget(self.reload_button)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("conflict_copy")
        self.copy_button.clicked.connect(self.copy_requested)
        row.addWidget(self.copy_button)
        self.expected = self.actual = 0
        self.hide()
        self.retranslate()

    def show_conflict(self, expected: int, actual: int) -> None:
        self.expected, self.actual = expected, actual
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.text.setText(self.tr(
            "Someone saved this survey elsewhere (now revision {actual}) after you opened it (revision "
            "{expected}). Nothing was overwritten, and your edits are still here and in the autosaved "
            "draft. Reload the stored version (your edits here are dropped) or save your version as a "
            "new copy.").format(actual=self.actual, expected=self.expected))
        self.reload_button.setText(self.tr("Reload stored version…"))
        self.copy_button.setText(self.tr("Save mine as a copy"))

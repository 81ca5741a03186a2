"""One place for logging and for unexpected errors: a rotating log file and a dialog with copyable details."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import paths

log = logging.getLogger("desktop.gui")
LOG_FILE_NAME = "dongbei.log"
_showing = False


def log_path() -> Path:
    folder = paths.data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_FILE_NAME


def setup_logging(path: Path | None = None) -> Path:
    """Log INFO and above to a rotating file (1 MB x 5) in the user data folder; returns its path."""
    target = path or log_path()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and \
                Path(handler.baseFilename) == target.resolve():
            return target
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return target


class ErrorDialog(QDialog):
    """Says something went wrong, where the log is, and shows the traceback in a copyable read-only box."""

    def __init__(self, details: str, log_file: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.details_text = details
        self.log_file = log_file
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 220)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unexpected error"))
        where = self.tr("The details were written to {path}.").format(path=self.log_file) if self.log_file else ""
        self.message.setText(self.tr("Something went wrong. Your saved data is safe; the last action may not "
                                     "have finished. Please send the details below to support.") + " " + where)
        self.copy_button.setText(self.tr("Copy details"))

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log the error and show it (once at a time) when a QApplication runs."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    app = QApplication.instance()
    if app is None or _showing:
        sys.__stderr__.write(details) if sys.__stderr__ else None
        return
    _showing = True
    try:
        target = None
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                target = Path(handler.baseFilename)
        dialog = ErrorDialog(details, target, QApplication.activeWindow())
        dialog.exec()
    finally:
        _showing = False


def install_excepthook() -> None:
    sys.excepthook = handle_exception

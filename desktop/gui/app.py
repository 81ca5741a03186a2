"""Start the desktop app: QApplication, logging and excepthook, language, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.gui import errors
from desktop.gui.i18n import apply_fonts, set_language
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import APPLICATION, ORGANIZATION, Settings
from desktop.store import Store, StoreError, open_store

log = logging.getLogger(__name__)
QUIT_AFTER_ENV_VAR = "DONGBEI_GUI_QUIT_AFTER_MS"  # smoke tests: close the window after this many ms
DB_FILTER = "SQLite (*.sqlite *.sqlite3 *.db);;* (*)"


def application() -> QApplication:
    """The running QApplication, created (with our names, fonts and language) when there is none."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Dongbei Survey Desk")
    apply_fonts(app)
    return app


def create_main_window(store: Store, settings: Settings | None = None) -> MainWindow:
    """A main window over an open store (used by run_gui and by tests)."""
    settings = settings or Settings()
    if settings.analyst() and not store.who:
        store.who = settings.analyst()
    return MainWindow(store, settings)


def open_with_recovery(path: Path, who: str, parent: QWidget | None = None) -> Store | None:
    """Open `path`; on a StoreError explain it and offer another file or a new one (never overwriting)."""
    while True:
        try:
            # the full quick_check (O(file size)) runs after the window shows: verify_in_background
            return open_store(path, who=who, full_check=False)
        except (StoreError, OSError) as exc:
            log.warning("could not open %s: %s", path, exc)
            translate = QCoreApplication.translate
            box = QMessageBox(QMessageBox.Icon.Critical, translate("App", "Could not open the database"),
                              translate("App", "The survey database could not be opened:\n\n{error}\n\nThe file "
                                        "was left as it is. You can open another database file or create a new "
                                        "one.").format(error=exc), parent=parent)
            open_other = box.addButton(translate("App", "Open another file…"), QMessageBox.ButtonRole.AcceptRole)
            create_new = box.addButton(translate("App", "Create a new database…"),
                                       QMessageBox.ButtonRole.AcceptRole)
            box.addButton(translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is open_other:
                name, _ = QFileDialog.getOpenFileName(parent, translate("App", "Open a survey database"),
                                                      str(path.parent), DB_FILTER)
            elif clicked is create_new:
                name, _ = QFileDialog.getSaveFileName(parent, translate("App", "New survey database"),
                                                      str(path.parent / "new-surveys.sqlite"), DB_FILTER,
                                                      options=QFileDialog.Option.DontConfirmOverwrite)
                if name and Path(name).exists() and Path(name).resolve() == path.resolve():
                    continue
            else:
                return None
            if name:
                path = Path(name)


def verify_in_background(window: MainWindow) -> None:
    """Run the full integrity check of the open database off the UI thread; if it finds damage, say so and
    reopen the database read-only, so nothing more is written to it (the file itself is left as it is)."""
    from desktop.gui.workers import run_in_background
    from desktop.store.connection import check_file

    path = window.store.path

    def done(result: str) -> None:
        if result == "ok" or window.store.path != path:
            return
        log.error("quick_check of %s: %s", path, result)
        translate = QCoreApplication.translate
        try:
            damaged = Store(path, who=window.store.who, readonly=True, full_check=False, backups=False,
                            register_instance=False)
        except (StoreError, OSError):
            damaged = None
        if damaged is not None:
            old = window.store
            window.use_store(damaged)
            damaged.readonly_reason = translate("App", "the integrity check found damage ({error})").format(
                error=result)
            window.update_status()
            old.close()
        QMessageBox.critical(window, translate("App", "The database is damaged"),
                             translate("App", "The integrity check of {path} found damage:\n\n{error}\n\nThe "
                                       "database is now open read-only so that nothing more is written to it. "
                                       "Restore the latest good backup with File ▸ Backups….").format(
                                 path=path, error=result))

    window._verify_op = run_in_background(lambda _ctx: check_file(path), on_success=done, parent=window)


def offer_crash_recovery(window: MainWindow) -> None:
    """Ask the form package to offer unsaved drafts left by a crash (skipped while the form is not built)."""
    try:
        from desktop.gui.form import offer_restore
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("desktop.gui.form"):
            return
        raise
    except ImportError:
        return
    if not window.store.readonly:
        offer_restore(window.store, parent=window)


def run_gui(db_path: Path, who: str = "") -> int:
    """The desktop app (what `dongbei` runs without a subcommand); returns the exit code."""
    app = application()
    log_file = errors.setup_logging()
    errors.install_excepthook()
    settings = Settings()
    set_language(app, settings.language())
    who = who or settings.analyst()
    log.info("starting with %s (log %s)", db_path, log_file)
    store = open_with_recovery(Path(db_path).expanduser(), who)
    if store is None:
        return 1
    settings.remember_database(store.path)
    window = create_main_window(store, settings)
    window.show()
    QTimer.singleShot(0, lambda: verify_in_background(window))
    QTimer.singleShot(0, lambda: offer_crash_recovery(window))
    quit_after = os.environ.get(QUIT_AFTER_ENV_VAR)
    if quit_after:
        QTimer.singleShot(int(quit_after), window.close)
    try:
        code = app.exec()
    finally:
        store = window.store
        store.close()
    log.info("closed normally")
    return int(code)

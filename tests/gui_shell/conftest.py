"""GUI shell fixtures: isolated settings and log folder, a main window over a fresh or demo database."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own settings file and user data folder, and ends in English."""
    ini = tmp_path / "settings.ini"
    monkeypatch.setenv("DONGBEI_SETTINGS", str(ini))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield ini
    from PySide6.QtWidgets import QApplication

    from desktop.gui.i18n import current_language, set_language
    app = QApplication.instance()
    if isinstance(app, QApplication) and current_language() != "en":
        set_language(app, "en")


def _close(window) -> None:  # noqa: ANN001
    import shiboken6
    for form in list(window.forms):
        if shiboken6.isValid(form):
            form.hide()
            shiboken6.delete(form)
    window.forms.clear()
    if shiboken6.isValid(window):
        window.hide()
        shiboken6.delete(window)


@pytest.fixture
def make_window(qtbot):
    """make_window(store) -> a shown MainWindow (torn down without prompts after the test)."""
    from desktop.gui.app import application, create_main_window

    application()
    made = []

    def make(store, settings=None):  # noqa: ANN001, ANN202
        window = create_main_window(store, settings)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        _close(window)


@pytest.fixture
def window(demo_store, make_window):
    """A main window over 300 demo surveys."""
    return make_window(demo_store)


def commit_text(widget, text: str) -> None:  # noqa: ANN001
    """Type CJK text the way an input method does (qtbot.keyClicks would crash on it: PITFALLS.md)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def type_cjk():
    """commit_text(widget, text), as a fixture."""
    return commit_text

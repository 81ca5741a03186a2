"""Fixtures for the survey form: a real form window on a fresh database, keyboard helpers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.gui.form import survey_form


@pytest.fixture(autouse=True)
def _no_modal_prompts(monkeypatch):
    """A close with unsaved changes answers Discard unless a test says otherwise."""
    monkeypatch.setattr(survey_form, "ask_unsaved", lambda parent: QMessageBox.StandardButton.Discard)


@pytest.fixture
def english(qapp):
    """The interface in English (and back to English after the test)."""
    from desktop.gui.i18n import set_language

    set_language(qapp, "en")
    yield qapp
    set_language(qapp, "en")


@pytest.fixture
def make_form(qtbot, store, english):
    """make_form(**kwargs) -> a shown SurveyFormWindow on the test store; closed after the test."""
    forms = []

    def make(**kwargs):
        form = survey_form.SurveyFormWindow(store, **kwargs)
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        forms.append(form)
        return form

    yield make
    close_forms(forms)


def close_forms(forms) -> None:
    """Close forms left open by a test without prompting (a closed form deletes itself)."""
    for f in forms:
        try:
            f.dirty = False
            f.close()
        except RuntimeError:  # already closed and deleted
            pass


@pytest.fixture
def closing():
    """A list: forms appended to it are closed after the test."""
    forms: list = []
    yield forms
    close_forms(forms)


def commit_text(widget: QWidget, text: str) -> None:
    """Enter text as an input method does (keyClicks with CJK crashes Qt: PITFALLS.md)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class Keyboard:
    """Type into whatever has the focus, as an analyst at the keyboard would."""

    def __init__(self, qtbot):
        self.qtbot = qtbot

    @staticmethod
    def focused() -> QWidget:
        w = QApplication.focusWidget()
        assert w is not None, "nothing has the keyboard focus"
        return w

    def type(self, text: str) -> None:
        """ASCII with key clicks, anything else (CJK) as an input method commit."""
        if text.isascii():
            self.qtbot.keyClicks(self.focused(), text)
        else:
            commit_text(self.focused(), text)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifier)

    def tab(self, times: int = 1) -> None:
        self.key(Qt.Key.Key_Tab, times=times)


@pytest.fixture
def kb(qtbot) -> Keyboard:
    return Keyboard(qtbot)


@pytest.fixture
def commit():
    """commit(widget, text): input-method text entry."""
    return commit_text

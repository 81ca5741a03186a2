"""Base field widget and the free-entry fields: text, long text, numbers with units, dates.

Every field keeps the *raw* value the analyst entered (text, a code, a list of codes) so that a
value the validator refuses stays in the form and in the autosaved draft. Empty means unanswered:
no field ever turns an empty answer into 0.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.questionnaire import Question, Questionnaire

translate = QCoreApplication.translate



class FieldWidget(QWidget):
    """Base class: value()/set_value() of the raw answer, `changed` on every edit."""

    changed = Signal()

    def __init__(self, q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.q, self.qn, self.lang = q, qn, lang
        self.setObjectName(f"field_{q.id}")
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self.set_value(None)

    def is_empty(self) -> bool:
        v = self.value()
        return v is None or v == "" or v == []

    def focus_target(self) -> QWidget:
        return self

    def editing(self) -> bool:
        """True while the analyst is typing a partial entry (do not nag about it yet)."""
        return False

    def retranslate(self, lang: str) -> None:
        self.lang = lang


class TextField(FieldWidget):
    def __init__(self, q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(q, qn, lang, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"edit_{q.id}")
        if q.max_length:
            self.edit.setMaxLength(q.max_length)
        self.layout_.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class NumberField(TextField):
    """integer, number, percent and year: a line edit (empty allowed) with the unit beside it.

    A line edit rather than a spin box: a spin box cannot be empty and silently clamps values,
    while the validator explains an out-of-range entry inline.
    """

    def __init__(self, q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(q, qn, lang, parent)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(140)
        self.unit = QLabel(self)
        self.layout_.addWidget(self.unit)
        self.layout_.addStretch(1)
        self.retranslate(lang)

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        super().set_value(value)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.unit.setText(self.q.unit.get(lang, self.q.unit.get("en", "")) if self.q.unit else "")
        low, high = self.q.min, self.q.upper_bound()
        if self.q.type == "year":
            self.edit.setPlaceholderText(translate("FormField", "YYYY"))
        elif low is not None and high is not None:
            self.edit.setPlaceholderText(f"{low:g}–{high:g}")


class DateField(TextField):
    """A date as YYYY-MM-DD text (empty allowed) with a calendar popup button."""

    def __init__(self, q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(q, qn, lang, parent)
        self.edit.setMaximumWidth(140)
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        menu.aboutToShow.connect(self._sync_calendar)
        self.calendar.clicked.connect(lambda d: (self.edit.setText(d.toString("yyyy-MM-dd")), menu.hide()))
        self.layout_.addWidget(self.button)
        self.layout_.addStretch(1)
        self.retranslate(lang)

    def _sync_calendar(self) -> None:
        day = QDate.fromString(self.edit.text().strip(), "yyyy-MM-dd")
        self.calendar.setSelectedDate(day if day.isValid() else QDate.currentDate())

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.button.setToolTip(translate("FormField", "Pick a date from a calendar"))


class LongTextField(FieldWidget):
    def __init__(self, q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(q, qn, lang, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName(f"edit_{q.id}")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(160)
        self.layout_.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit

"""Codebook-based fields: choice (combo with type-ahead), rating (radio buttons), multichoice
(checkable list with ranking)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.form.common import HELP_STYLE
from desktop.gui.form.fields import FieldWidget
from desktop.questionnaire import Codebook, Item, Question, Questionnaire
from desktop.validation import resolve_code

translate = QCoreApplication.translate

CODE_ROLE = Qt.ItemDataRole.UserRole

def item_text(cb: Codebook, item: Item, lang: str) -> str:
    """How a codebook item is shown in a list: industries carry their code (M09 ...)."""
    if cb.name == "industry":
        return f"{item.code} {item.text(lang)}"
    return item.text(lang)


class ChoiceField(FieldWidget):
    """An editable combo with type-ahead (substring, any case); the first, empty entry = unanswered."""

    def __init__(self, q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(q, qn, lang, parent)
        self.cb = qn.codebook_for(q)
        assert self.cb is not None
        self.parent_code: str | None = None
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"combo_{q.id}")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(34)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.layout_.addWidget(self.combo)
        self.layout_.addStretch(1)
        self.setFocusProxy(self.combo)
        self._fill()
        self.combo.currentTextChanged.connect(self.changed)
        self.combo.lineEdit().editingFinished.connect(self._finished)

    def items(self) -> list[Item]:
        assert self.cb is not None
        if self.cb.parent_question and self.parent_code:
            return self.cb.children(self.parent_code)
        return list(self.cb.items)

    def _fill(self) -> None:
        keep = self.value() if self.combo.count() else None
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("", None)
        assert self.cb is not None
        for item in self.items():
            self.combo.addItem(item_text(self.cb, item, self.lang), item.code)
        self.combo.setCurrentIndex(0)
        self.combo.view().setMinimumWidth(self.combo.view().sizeHintForColumn(0) + 30)
        self.combo.blockSignals(False)
        if keep is not None:
            self.set_value(keep)

    def set_parent_code(self, code: str | None) -> bool:
        """Follow the parent answer (the city list follows the province); True when the value was dropped."""
        if code == self.parent_code:
            return False
        self.parent_code = code
        before = self.value()
        self._fill()
        allowed = {i.code for i in self.items()}
        if before is not None and before not in allowed:
            self.set_value(None)
            return True
        return False

    def _finished(self) -> None:
        self._snap()
        self.changed.emit()

    def _snap(self) -> None:
        """On leaving the field, show the canonical label of a recognised answer."""
        code = self.value()
        idx = self.combo.findData(code) if code is not None else -1
        if idx > 0 and self.combo.currentIndex() != idx:
            self.combo.setCurrentIndex(idx)
        elif idx > 0 and self.combo.currentText() != self.combo.itemText(idx):
            self.combo.setEditText(self.combo.itemText(idx))

    def value(self) -> str | None:
        text = self.combo.currentText().strip()
        if not text:
            return None
        idx = self.combo.currentIndex()
        if idx > 0 and self.combo.itemText(idx) == text:
            return str(self.combo.itemData(idx))
        folded = text.casefold()
        partial = []
        for i in range(1, self.combo.count()):
            shown = self.combo.itemText(i).casefold()
            if shown == folded:
                return str(self.combo.itemData(i))
            if folded in shown:
                partial.append(str(self.combo.itemData(i)))
        assert self.cb is not None
        code = resolve_code(self.cb, text)
        if code is None and len(partial) == 1:  # type-ahead: a fragment naming one answer
            code = partial[0]
        return code or text

    def editing(self) -> bool:
        return self.combo.lineEdit().hasFocus()

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            self.combo.setCurrentIndex(0)
            self.combo.setEditText("")
            return
        assert self.cb is not None
        code = resolve_code(self.cb, value) or str(value)
        idx = self.combo.findData(code)
        if idx > 0:
            self.combo.setCurrentIndex(idx)
            self.combo.setEditText(self.combo.itemText(idx))
        else:
            self.combo.setCurrentIndex(0)
            self.combo.setEditText(str(value))

    def focus_target(self) -> QWidget:
        return self.combo

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self._fill()


class RatingField(FieldWidget):
    """Five radio buttons; keys 1-5 choose, 0/Delete/Backspace clear, Left/Right step."""

    def __init__(self, q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(q, qn, lang, parent)
        self.cb = qn.codebook_for(q)
        assert self.cb is not None
        self.frame = QFrame(self)
        self.frame.setObjectName(f"rating_{q.id}")
        self.frame.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.frame.setStyleSheet(f"QFrame#rating_{q.id} {{ border: 1px solid transparent; }}"
                                 f"QFrame#rating_{q.id}:focus {{ border: 1px solid #3070c0; }}")
        row = QHBoxLayout(self.frame)
        row.setContentsMargins(2, 2, 2, 2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QRadioButton] = []
        for item in self.cb.items:
            b = QRadioButton(item.text(lang), self.frame)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setProperty("code", item.code)
            self.group.addButton(b)
            self.buttons.append(b)
            row.addWidget(b)
        self.group.buttonClicked.connect(self._clicked)
        self.layout_.addWidget(self.frame)
        self.layout_.addStretch(1)
        self.setFocusProxy(self.frame)
        self.frame.installEventFilter(self)

    def _clicked(self, button: QRadioButton) -> None:
        self._select(button.property("code") if button.isChecked() else None)

    def _select(self, code: str | None) -> None:
        for b in self.buttons:
            b.setChecked(b.property("code") == code)
        self.changed.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.frame and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            codes = [str(b.property("code")) for b in self.buttons]
            key, text = event.key(), event.text()
            if text in codes:
                self._select(text)
                return True
            if key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._select(None)
                return True
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                cur = self.value()
                pos = codes.index(cur) if cur in codes else (-1 if key == Qt.Key.Key_Right else len(codes))
                pos = max(0, min(len(codes) - 1, pos + (1 if key == Qt.Key.Key_Right else -1)))
                self._select(codes[pos])
                return True
        return super().eventFilter(obj, event)

    def value(self) -> str | None:
        for b in self.buttons:
            if b.isChecked():
                return str(b.property("code"))
        return None

    def set_value(self, value: Any) -> None:
        code = None if value is None or value == "" else str(value)
        for b in self.buttons:
            b.setChecked(b.property("code") == code)

    def focus_target(self) -> QWidget:
        return self.frame

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        assert self.cb is not None
        for b in self.buttons:
            b.setText(self.cb.label(str(b.property("code")), lang))


class MultiChoiceField(FieldWidget):
    """A checkable list (Space toggles). Ranked questions number the chosen answers in the order they
    were ticked, with Move up / Move down (Alt+Up / Alt+Down); max_choices is enforced."""

    def __init__(self, q: Question, qn: Questionnaire, lang: str, parent: QWidget | None = None):
        super().__init__(q, qn, lang, parent)
        self.cb = qn.codebook_for(q)
        assert self.cb is not None
        self._busy = False
        self.order: list[str] = []  # chosen codes, in rank order
        box = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName(f"list_{q.id}")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        rows = len(self.cb.items)
        self.list.setMinimumHeight(min(rows, 12) * 22 + 8)
        box.addWidget(self.list)
        self.note = QLabel(self)
        self.note.setStyleSheet(HELP_STYLE)
        box.addWidget(self.note)
        self.layout_.addLayout(box, 1)
        self.up = self.down = None
        if q.ranked:
            buttons = QVBoxLayout()
            self.up, self.down = QToolButton(self), QToolButton(self)
            for b, step in ((self.up, -1), (self.down, 1)):
                b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                b.clicked.connect(lambda _=False, s=step: self.move_current(s))
                buttons.addWidget(b)
            buttons.addStretch(1)
            self.layout_.addLayout(buttons)
            self.list.installEventFilter(self)
        for item in self.cb.items:
            it = QListWidgetItem(item.text(lang))
            it.setData(CODE_ROLE, item.code)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(it)
        self.setFocusProxy(self.list)
        self.list.itemChanged.connect(self._item_changed)
        self.retranslate(lang)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.list and event.type() == QEvent.Type.KeyPress and self.q.ranked:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(obj, event)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._busy:
            return
        code = str(item.data(CODE_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            if code not in self.order:  # newly chosen: ranked last
                self.order.append(code)
        elif code in self.order:
            self.order.remove(code)
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        """Texts (with rank numbers), check marks and the max_choices limit; rows never move."""
        assert self.cb is not None
        self._busy = True
        full = bool(self.q.max_choices) and len(self.order) >= (self.q.max_choices or 0)
        for it in self._items():
            code = str(it.data(CODE_ROLE))
            label = self.cb.label(code, self.lang)
            chosen = code in self.order
            it.setText(f"{self.order.index(code) + 1}. {label}" if self.q.ranked and chosen else label)
            state = Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
            if it.checkState() != state:
                it.setCheckState(state)
            flags = it.flags()
            if full and not chosen:
                it.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                it.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        self._busy = False
        if self.q.max_choices:
            note = translate("FormField", "{n} of at most {max} chosen").format(
                n=len(self.order), max=self.q.max_choices)
        else:
            note = translate("FormField", "{n} chosen").format(n=len(self.order))
        if self.q.ranked and self.order:
            note += ": " + "  ".join(f"{n}. {self.cb.label(c, self.lang)}" for n, c in enumerate(self.order, 1))
        self.note.setText(note)

    def move_current(self, step: int) -> None:
        """Move the current (chosen) answer up or down the ranking."""
        item = self.list.currentItem()
        code = str(item.data(CODE_ROLE)) if item is not None else None
        if code is None or code not in self.order:
            return
        pos = self.order.index(code)
        new = max(0, min(len(self.order) - 1, pos + step))
        if new != pos:
            self.order.insert(new, self.order.pop(pos))
            self._refresh()
            self.changed.emit()

    def value(self) -> list[str]:
        if self.q.ranked:
            return list(self.order)
        assert self.cb is not None
        return [c for c in self.cb.codes() if c in self.order]

    def set_value(self, value: Any) -> None:
        assert self.cb is not None
        raw = value if isinstance(value, (list, tuple)) else ([] if value in (None, "") else [value])
        codes = [resolve_code(self.cb, v) or str(v) for v in raw]
        self.order = [c for n, c in enumerate(codes) if self.cb.get(c) and c not in codes[:n]]
        self._refresh()

    def focus_target(self) -> QWidget:
        return self.list

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        if self.up is not None and self.down is not None:
            self.up.setText(translate("FormField", "Move up"))
            self.up.setToolTip(translate("FormField", "Move the chosen answer up (Alt+Up)"))
            self.down.setText(translate("FormField", "Move down"))
            self.down.setToolTip(translate("FormField", "Move the chosen answer down (Alt+Down)"))
        self._refresh()

"""The company picker at the top of the form: find an existing company, or type a new one and be
warned (debounced) when its name looks like a company already in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.form.common import WARN_STYLE
from desktop.questionnaire import load_questionnaire
from desktop.store import companies
from desktop.store.connection import Store
from desktop.store.errors import StoreError

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250
DUPLICATE_DELAY_MS = 400


def company_text(row: dict[str, Any], lang: str) -> str:
    """One line naming a company: local name, English/Japanese name, city."""
    qn = load_questionnaire()
    other = row.get("name_ja") if lang == "ja" and row.get("name_ja") else row.get("name_en")
    city = qn.codebooks["city"].label(str(row["city"]), lang) if row.get("city") else ""
    parts = [row.get("name_local") or "?"]
    if other:
        parts.append(f"({other})")
    if city:
        parts.append(f"· {city}")
    return " ".join(parts)


class CompanyPicker(QWidget):
    """chosen(company_id) when the analyst picks an existing company; new_company() for a new one."""

    chosen = Signal(str)
    new_company = Signal()

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store, self.lang = store, lang
        self.company_id: str | None = None
        self.company_row: dict[str, Any] | None = None
        self._dup: dict[str, Any] | None = None
        self._dup_names: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        top.addWidget(self.title)
        self.status = QLabel(self)
        self.status.setObjectName("company_status")
        top.addWidget(self.status, 1)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("company_new")
        self.new_button.clicked.connect(self.use_new)
        top.addWidget(self.new_button)
        outer.addLayout(top)
        self.search = QLineEdit(self)
        self.search.setObjectName("company_search")
        self.search.setClearButtonEnabled(True)
        outer.addWidget(self.search)
        self.results = QListWidget(self)
        self.results.setObjectName("company_results")
        self.results.setMaximumHeight(130)
        self.results.hide()
        outer.addWidget(self.results)
        self.banner = QFrame(self)
        self.banner.setObjectName("duplicate_banner")
        self.banner.setStyleSheet(f"QFrame#duplicate_banner {{ {WARN_STYLE} }}")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(6, 4, 6, 4)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        row.addWidget(self.banner_text, 1)
        self.use_button = QPushButton(self.banner)
        self.use_button.setObjectName("duplicate_use")
        self.use_button.clicked.connect(self._use_duplicate)
        row.addWidget(self.use_button)
        self.banner.hide()
        outer.addWidget(self.banner)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self._dup_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._dup_timer.timeout.connect(self._run_duplicates)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._choose_current)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._choose_item)
        self.retranslate(lang)

    # --- searching existing companies -------------------------------------------------------------
    def _run_search(self) -> None:
        term = self.search.text().strip()
        self.results.clear()
        if not term:
            self.results.hide()
            return
        try:
            rows = companies.list_companies(self.store, term, limit=20)
        except StoreError as exc:
            rows = []
            self.status.setText(str(exc))
        for r in rows:
            it = QListWidgetItem(company_text(r, self.lang))
            it.setData(ID_ROLE, r["id"])
            self.results.addItem(it)
        if not rows:
            it = QListWidgetItem(self.tr("No company matches; type the new company's names below"))
            it.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(it)
        self.results.setCurrentRow(0)
        self.results.show()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.search and event.type() == QEvent.Type.KeyPress and self.results.isVisible():
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, row)))
                return True
        return super().eventFilter(obj, event)

    def _choose_current(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._run_search()
        item = self.results.currentItem()
        if item is not None:
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        cid = item.data(ID_ROLE)
        if cid:
            self.choose(str(cid))

    def choose(self, company_id: str) -> None:
        """Use an existing company; the form fills the company fields from it."""
        self.company_row = companies.get_company(self.store, company_id)
        self.company_id = company_id
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.results.hide()
        self.banner.hide()
        self._show_status()
        self.chosen.emit(company_id)

    def set_company(self, company_id: str | None) -> None:
        """Show the company of a loaded survey without emitting anything."""
        self.company_id = company_id
        self.company_row = companies.get_company(self.store, company_id) if company_id else None
        self._show_status()

    def use_new(self) -> None:
        """Stop using the chosen company: the survey will create a new one from the names typed."""
        self.company_id, self.company_row = None, None
        self._show_status()
        self.new_company.emit()

    # --- duplicate warning -----------------------------------------------------------------------
    def names_changed(self, names: list[str]) -> None:
        """The analyst typed company names (a new company): check for look-alikes after a pause."""
        self._dup_names = [n for n in names if n]
        if self.company_id is None:
            self._dup_timer.start()

    def _run_duplicates(self) -> None:
        self._dup = None
        if self.company_id is None and self._dup_names:
            try:
                similar = companies.find_similar(self.store, self._dup_names)
            except StoreError:
                similar = []
            self._dup = similar[0] if similar else None
        self._show_banner()

    def _show_banner(self) -> None:
        if self._dup is None:
            self.banner.hide()
            return
        self.banner_text.setText(self.tr("Possible duplicate: {name} is already in the database. Use it?")
                                 .format(name=company_text(self._dup, self.lang)))
        self.banner.show()

    def duplicate(self) -> dict[str, Any] | None:
        return self._dup if self.banner.isVisible() else None

    def _use_duplicate(self) -> None:
        if self._dup:
            self.choose(self._dup["id"])

    # --- texts -----------------------------------------------------------------------------------
    def _show_status(self) -> None:
        if self.company_row:
            self.status.setText(self.tr("Existing company: {name}").format(
                name=company_text(self.company_row, self.lang)))
            self.new_button.show()
        else:
            self.status.setText(self.tr("New company: type its names below, or find an existing one"))
            self.new_button.hide()

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(self.tr("Company:"))
        self.search.setPlaceholderText(self.tr("Find an existing company (any name, any script)…"))
        self.new_button.setText(self.tr("New company instead"))
        self.use_button.setText(self.tr("Use this company"))
        self._show_status()
        if self.banner.isVisible():
            self._show_banner()

"""The company registry (a dock): find a company by any of its names, see its surveys, filter the list to it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.i18n import current_language
from desktop.gui.survey_model import company_name
from desktop.questionnaire import load_questionnaire
from desktop.store import Store
from desktop.store.companies import list_companies
from desktop.store.listing import SurveyFilter, count_surveys

LIMIT = 200


class CompanyRegistry(QDockWidget):
    """Emits `company_chosen(company_id, display_name)` when a company is opened (double-click or Enter)."""

    company_chosen = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("company_registry")
        self.store = store
        self.rows: list[dict] = []
        self.city = load_questionnaire().codebooks["city"]
        body = QWidget()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda index: self.choose(index.row()))
        self.table.activated.connect(lambda index: self.choose(index.row()))
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        self.setWidget(body)
        self.retranslate()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Company registry"))
        self.search.setPlaceholderText(self.tr("Search companies (any language)…"))
        self.table.setHorizontalHeaderLabels([self.tr("Chinese name"), self.tr("Japanese name"),
                                              self.tr("English name"), self.tr("City"), self.tr("Surveys")])
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Query the companies matching the search box (at most LIMIT) with their survey counts."""
        if not self.isVisible():  # filled when shown (showEvent): nothing to query at start-up
            return
        self.rows = list_companies(self.store, self.search.text(), limit=LIMIT)
        lang = current_language()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            n = count_surveys(self.store, SurveyFilter(company_id=row["id"]))
            cells = [row["name_local"] or "", row["name_ja"] or "", row["name_en"] or "",
                     self.city.label(row["city"], lang) if row.get("city") else ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r)
                self.table.setItem(r, c, item)
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.DisplayRole, n)
            count.setData(Qt.ItemDataRole.UserRole, r)
            self.table.setItem(r, 4, count)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        if len(self.rows) >= LIMIT:
            self.note.setText(self.tr("Showing the first {n} companies; type part of a name to narrow.").format(n=LIMIT))
        else:
            self.note.setText(self.tr("{n} companies. Double-click one to list its surveys.").format(n=len(self.rows)))

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.reload()

    def choose(self, table_row: int) -> None:
        item = self.table.item(table_row, 0)
        if item is None:
            return
        row = self.rows[int(item.data(Qt.ItemDataRole.UserRole))]
        self.company_chosen.emit(row["id"], company_name(row, current_language()))

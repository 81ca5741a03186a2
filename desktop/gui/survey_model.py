"""The survey list model: a lazy page cache over desktop.store.listing, smooth at 100,000 surveys.

rowCount is the filtered count (one COUNT query); rows are fetched a page at a time when the view asks
for them and at most MAX_PAGES pages stay cached, so memory does not grow with the database. Sorting is
done by SQLite (list_surveys order_by), never in Python.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.gui.i18n import current_language
from desktop.questionnaire import load_questionnaire
from desktop.store import Store
from desktop.store.listing import SurveyFilter, count_surveys, list_surveys

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("company", "city", "industry", "interview_date", "reference_year", "analyst", "status")
COMPANY_ORDER = {"en": "name_en", "ja": "name_ja", "zh": "name_local"}
SURVEY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


log = logging.getLogger(__name__)

def company_name(row: dict[str, Any], lang: str) -> str:
    """The company's name in the interface language, falling back to its local (Chinese) name."""
    if lang == "en":
        return row.get("name_en") or row.get("name_local") or ""
    if lang == "ja":
        return row.get("name_ja") or row.get("name_local") or ""
    return row.get("name_local") or row.get("name_en") or ""


class SurveyTableModel(QAbstractTableModel):
    """Surveys matching a SurveyFilter, sorted server-side, loaded page by page."""

    PAGE_SIZE = 200
    MAX_PAGES = 12

    def __init__(self, store: Store, parent: Any = None):
        super().__init__(parent)
        self.store = store
        self.filter = SurveyFilter()
        self.sort_column = -1
        self.descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        self.queries = 0
        qn = load_questionnaire()
        self._city = qn.codebooks["city"]
        self._industry = qn.codebooks["industry"]
        self.refresh()

    # loading ---------------------------------------------------------------------------------
    def set_store(self, store: Store) -> None:
        self.store = store
        self.refresh()

    def set_filter(self, flt: SurveyFilter) -> None:
        self.filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Re-count and drop the cache (after a save, delete, import, filter or sort change)."""
        self.beginResetModel()
        self._pages.clear()
        try:
            self._count = count_surveys(self.store, self.filter)
        except sqlite3.DatabaseError as exc:  # a damaged file: show no rows, never crash the window
            log.error("counting surveys failed: %s", exc)
            self._count = 0
        self.endResetModel()

    def order_by(self) -> str:
        if self.sort_column < 0:
            return "updated_at"
        key = COLUMNS[self.sort_column]
        return COMPANY_ORDER[current_language()] if key == "company" else key

    def _page(self, number: int) -> list[dict[str, Any]]:
        page = self._pages.get(number)
        if page is None:
            try:
                page = list_surveys(self.store, self.filter, order_by=self.order_by(), descending=self.descending,
                                    limit=self.PAGE_SIZE, offset=number * self.PAGE_SIZE)
            except sqlite3.DatabaseError as exc:  # rows that cannot be read show empty, the window lives on
                log.error("reading survey list page %d failed: %s", number, exc)
                page = []
            self.queries += 1
            self._pages[number] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_data(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def survey_id(self, row: int) -> str | None:
        data = self.row_data(row)
        return data["id"] if data else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[index.column()] == "company":
                return "\n".join(n for n in (row.get("name_local"), row.get("name_ja"), row.get("name_en")) if n)
            return self.display(row, COLUMNS[index.column()])  # long industry labels are elided in the cell
        if role == SURVEY_ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] == "reference_year":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, row: dict[str, Any], key: str) -> str:
        lang = current_language()
        if key == "company":
            return company_name(row, lang)
        if key == "city":
            return self._city.label(row["city"], lang) if row.get("city") else ""
        if key == "industry":
            return self._industry.label(row["industry"], lang) if row.get("industry") else ""
        if key == "status":
            return self.tr("Final") if row.get("status") == "final" else self.tr("Draft")
        value = row.get(key)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.header_labels()[section]

    def header_labels(self) -> list[str]:
        return [self.tr("Company"), self.tr("City"), self.tr("Industry"), self.tr("Interview date"),
                self.tr("Reference year"), self.tr("Analyst"), self.tr("Status")]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column if 0 <= column < len(COLUMNS) else -1
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def retranslate(self) -> None:
        """Labels depend on the interface language; company sort follows the language's name."""
        if self.sort_column >= 0 and COLUMNS[self.sort_column] == "company":
            self.refresh()
        else:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
            if self._count:
                self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

"""The filter bar above the survey list: debounced name search, codebook filters and the Trash view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.gui.i18n import current_language
from desktop.questionnaire import load_questionnaire
from desktop.store import Store
from desktop.store.listing import SurveyFilter, distinct_values

SEARCH_DELAY_MS = 200


class FilterBar(QWidget):
    """Emits `changed(SurveyFilter)` whenever the search text (after a pause) or any filter changes."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.company_id = ""
        self.qn = load_questionnaire()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.emit_changed)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.emit_changed)
        self.province, self.city, self.industry = QComboBox(), QComboBox(), QComboBox()
        self.status, self.analyst, self.year = QComboBox(), QComboBox(), QComboBox()
        self.company_label = QLabel()
        self.clear_company = QToolButton()
        self.clear_company.clicked.connect(lambda: self.set_company("", ""))
        self.trash = QToolButton()
        self.trash.setCheckable(True)
        self.trash.toggled.connect(lambda _on: self.emit_changed())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.search, 3)
        for combo in (self.province, self.city, self.industry, self.status, self.analyst, self.year):
            # narrow boxes (the popup still shows whole labels) so the window fits a small laptop screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(4)
            combo.view().setMinimumWidth(260)
            layout.addWidget(combo, 1)
        layout.addWidget(self.company_label)
        layout.addWidget(self.clear_company)
        layout.addWidget(self.trash)
        self.province.currentIndexChanged.connect(self._province_changed)
        for combo in (self.city, self.industry, self.status, self.analyst, self.year):
            combo.currentIndexChanged.connect(lambda _i: self.emit_changed())
        self._filling = False
        self.retranslate()

    # building the combos ---------------------------------------------------------------------
    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        self._filling = True
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for label, value in items:
            combo.addItem(label, value)
        found = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        self._filling = False

    def _codebook_items(self, name: str, parent: str = "") -> list[tuple[str, str]]:
        lang = current_language()
        cb = self.qn.codebooks[name]
        return [(i.text(lang), i.code) for i in cb.active() if not parent or i.parent == parent]

    def _fill_cities(self) -> None:
        self._fill(self.city, self.tr("All cities"), self._codebook_items("city", self.province.currentData() or ""))

    def reload_values(self) -> None:
        """Refill the analyst and year lists from the data (after saves, imports, a database switch)."""
        self._fill(self.analyst, self.tr("All analysts"),
                   [(str(a), str(a)) for a in distinct_values(self.store, "analyst")])
        self._fill(self.year, self.tr("All years"),
                   [(str(y), str(y)) for y in reversed(distinct_values(self.store, "reference_year"))])

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search company names (any language)…"))
        self.search.setToolTip(self.tr("Finds a company by any of its names: Chinese, Japanese or English"))
        self._fill(self.province, self.tr("All provinces"), self._codebook_items("province"))
        self._fill_cities()
        self._fill(self.industry, self.tr("All industries"), self._codebook_items("industry"))
        self._fill(self.status, self.tr("Any status"), [(self.tr("Final"), "final"), (self.tr("Draft"), "draft")])
        self.reload_values()
        self.trash.setText(self.tr("Trash"))
        self.trash.setToolTip(self.tr("Show deleted surveys (select one and choose Restore)"))
        self.clear_company.setText(self.tr("Show all companies"))
        self._update_company_widgets()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # state -----------------------------------------------------------------------------------
    def _province_changed(self, _index: int) -> None:
        province = self.province.currentData() or ""
        if not province or not str(self.city.currentData() or "").startswith(province):
            self.city.blockSignals(True)
            self.city.setCurrentIndex(0)  # a city of another province (or of "all") no longer applies
            self.city.blockSignals(False)
        self._fill_cities()
        self.emit_changed()

    def set_store(self, store: Store) -> None:
        self.store = store
        self.company_id = ""
        self._update_company_widgets()
        self.reload_values()

    def set_company(self, company_id: str, name: str) -> None:
        """Show only the surveys of one company (from the company registry); empty id clears it."""
        self.company_id = company_id
        self.company_name = name
        self._update_company_widgets()
        self.emit_changed()

    def _update_company_widgets(self) -> None:
        on = bool(self.company_id)
        self.company_label.setVisible(on)
        self.clear_company.setVisible(on)
        if on:
            self.company_label.setText(self.tr("Company: {name}").format(name=getattr(self, "company_name", "")))

    def current_filter(self) -> SurveyFilter:
        year = self.year.currentData()
        return SurveyFilter(
            search=self.search.text().strip(), province=self.province.currentData() or "",
            city=self.city.currentData() or "", industry=self.industry.currentData() or "",
            status=self.status.currentData() or "", analyst=self.analyst.currentData() or "",
            year=int(year) if year else None, trash=self.trash.isChecked(), company_id=self.company_id)

    def is_filtering(self) -> bool:
        flt = self.current_filter()
        return any((flt.search, flt.province, flt.city, flt.industry, flt.status, flt.analyst, flt.year,
                    flt.trash, flt.company_id))

    def emit_changed(self) -> None:
        if self._filling:
            return
        self.timer.stop()
        self.changed.emit(self.current_filter())

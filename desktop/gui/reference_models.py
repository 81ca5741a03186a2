"""Item models and the row editor of the Reference data window (no SQL: rows come from desktop.store.reference).

    TABS                      one TabSpec per reference table: columns shown, fields edited
    ReferenceTableModel       rows (dicts) of one table; set_rows() resets it; retired rows greyed
    ReferenceFilterProxy      text filter over every column, hide/show retired, numeric and period sorting
    RowDialog                 add/edit form built from a TabSpec; errors inline under the form
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.store.reference import period_key

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "Reference"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Field:
    column: str
    label: str                              # English; translated with tr() when shown
    kind: str = "text"                      # text | long | combo | bool
    choices: tuple[str, ...] = ()
    editable_combo: bool = True
    hint: str = ""                          # placeholder text (not translated: formats and examples)


@dataclass(frozen=True)
class TabSpec:
    table: str                              # provinces | cities | industries | zones | reference_figures
    title: str
    key: str
    columns: tuple[tuple[str, str], ...]    # (column, header) shown in the table
    fields: tuple[Field, ...] = field(default=())


def _f(column: str, label: str, kind: str = "text", choices: tuple[str, ...] = (), editable: bool = True) -> Field:
    return Field(column, label, kind, choices, editable)


FIGURE_TAB = TabSpec("reference_figures", "Reference figures", "id", (
    ("geography", "Geography"), ("partner", "Partner"), ("indicator", "Indicator"), ("value", "Value"),
    ("unit", "Unit"), ("period", "Period"), ("count_kind", "Kind of count"), ("status", "Status"),
    ("source_name", "Source"), ("source_url", "Source URL"), ("indicator_label_en", "Label"), ("note", "Note"),
    ("id", "ID")), (
    _f("geography", "Geography", "combo"), _f("partner", "Partner", "combo", ("JP", "ALL", "-")),
    _f("indicator", "Indicator (snake_case)"), _f("indicator_label_en", "Indicator label (English)"),
    _f("value", "Value"), _f("unit", "Unit", "combo"), _f("new_unit", "This is a new unit", "bool"),
    Field("period", "Period", hint="YYYY | YYYY-MM | YYYY-MM-DD | YYYY-MM/YYYY-MM | YYYY-H1 | YYYY-H2"),
    _f("count_kind", "Kind of count", "combo", editable=False),
    _f("status", "Status", "combo", ("VERIFIED", "ESTIMATED", "DERIVED"), editable=False),
    _f("source_name", "Source name"), Field("source_url", "Source URL", hint="https://…"),
    _f("note", "Note", "long")))

TABS: tuple[TabSpec, ...] = (
    TabSpec("provinces", "Provinces", "code", (
        ("code", "Code"), ("name_en", "English"), ("name_ja", "Japanese"), ("name_zh", "Chinese"),
        ("capital_city_code", "Capital"), ("population_million", "Population (m)"), ("population_year", "Year"),
        ("gdp_cny_bn", "GDP (CNY bn)"), ("gdp_year", "GDP year"), ("area_km2", "Area (km²)"),
        ("status", "Status"), ("gdp_source", "GDP source")), (
        _f("code", "Code"), _f("name_en", "Name (English)"), _f("name_ja", "Name (Japanese)"),
        _f("name_zh", "Name (Chinese)"), _f("capital_city_code", "Capital city code"),
        _f("population_million", "Population (million)"), _f("population_year", "Population year"),
        _f("population_source", "Population source"), _f("gdp_cny_bn", "GDP (CNY bn)"), _f("gdp_year", "GDP year"),
        _f("gdp_source", "GDP source"), _f("area_km2", "Area (km²)"), _f("area_source", "Area source"),
        _f("status", "Status"))),
    TabSpec("cities", "Cities", "code", (
        ("code", "Code"), ("province_code", "Province"), ("name_en", "English"), ("name_ja", "Japanese"),
        ("name_zh", "Chinese"), ("division_type", "Type"), ("is_capital", "Capital"),
        ("pop_2023_10k", "Population 2023 (10k)"), ("name_ja_status", "Japanese name"), ("source", "Source")), (
        _f("code", "Code (GB/T 2260, 4 digits)"), _f("province_code", "Province", "combo", ("21", "22", "23")),
        _f("name_en", "Name (English)"), _f("name_ja", "Name (Japanese)"), _f("name_zh", "Name (Chinese)"),
        _f("division_type", "Division type"), _f("is_capital", "Provincial capital", "bool"),
        _f("is_subprovincial", "Sub-provincial", "bool"), _f("pop_2023_10k", "Population 2023 (10,000)"),
        _f("name_ja_status", "Japanese name status"), _f("note", "Note", "long"), _f("source", "Source"))),
    TabSpec("industries", "Industries", "code", (
        ("code", "Code"), ("grp", "Group"), ("label_en", "English"), ("label_ja", "Japanese"),
        ("label_zh", "Chinese"), ("status", "Status"), ("source", "Source")), (
        _f("code", "Code"), _f("grp", "Group", "combo", ("mfg", "nonmfg"), editable=False),
        _f("label_en", "Label (English)"), _f("label_ja", "Label (Japanese)"), _f("label_zh", "Label (Chinese)"),
        _f("status", "Status"), _f("source", "Source"))),
    TabSpec("zones", "Development zones", "id", (
        ("id", "ID"), ("kind", "Kind"), ("province_code", "Province"), ("city", "City"), ("name_en", "English"),
        ("name_ja", "Japanese"), ("name_zh", "Chinese"), ("facts", "Facts"), ("source", "Source")), (
        _f("id", "ID (slug)"), _f("kind", "Kind", "combo", ("zone", "plan", "port", "airport", "rail"), False),
        _f("province_code", "Province", "combo", ("21", "22", "23", "NE3")), _f("city", "City"),
        _f("name_en", "Name (English)"), _f("name_ja", "Name (Japanese)"), _f("name_zh", "Name (Chinese)"),
        _f("facts", "Facts", "long"), _f("source", "Source"))),
    FIGURE_TAB,
)


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"
    return str(value)


class ReferenceTableModel(QAbstractTableModel):
    """The rows of one reference table (dicts with every column, including `retired`)."""

    def __init__(self, spec: TabSpec, parent: Any = None):
        super().__init__(parent)
        self.spec = spec
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.spec.columns[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.spec.columns[index.column()][0]
        value = row.get(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = display(value)
            if column == "status" and row.get("retired"):
                text = f"{text} ({tr('retired')})" if text else tr("retired")
            return text
        if role == SORT_ROLE:
            if column == "period":
                end, days = period_key(value or "")
                return f"{end}|{days:05d}"
            return value if isinstance(value, (int, float)) else display(value).casefold()
        if role == KEY_ROLE:
            return row[self.spec.key]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.get("retired"):
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.BackgroundRole and column == "status" and value == "ESTIMATED":
            return QBrush(QColor("#fff4d6"))
        return None

    def row_at(self, source_row: int) -> dict[str, Any]:
        return self.rows[source_row]


class ReferenceFilterProxy(QSortFilterProxyModel):
    """Case-insensitive substring filter over every column; retired rows hidden unless show_retired."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.text = ""
        self.show_retired = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _refilter(self, name: str, value: Any) -> None:
        if hasattr(self, "beginFilterChange"):          # Qt >= 6.9 (invalidateFilter is deprecated there)
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, name, value)
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._refilter("text", text.strip().casefold())

    def set_show_retired(self, show: bool) -> None:
        self._refilter("show_retired", show)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ReferenceTableModel)
        row = model.row_at(source_row)
        if row.get("retired") and not self.show_retired:
            return False
        if not self.text:
            return True
        return any(self.text in display(row.get(c)).casefold() for c, _ in model.spec.columns)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return a < b
        if a is None or b is None:
            return a is None and b is not None
        return str(a) < str(b)


class RowDialog(QDialog):
    """Add or edit one row. `check(values) -> [(column, message)]` runs on OK; the dialog closes only when
    it returns no problems (the caller's check also saves). Problems show inline, the fields turn red."""

    def __init__(self, spec: TabSpec, values: dict[str, Any], check: Callable[[dict[str, Any]], list[tuple[str, str]]],
                 choices: dict[str, list[tuple[str, str]]] | None = None, new: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.spec, self.check = spec, check
        self.setWindowTitle(tr("Add to {0}").format(tr(spec.title)) if new else
                            tr("Edit {0} {1}").format(tr(spec.title), values.get(spec.key, "")))
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for f in spec.fields:
            w = self._widget(f, values.get(f.column), (choices or {}).get(f.column))
            if f.column == spec.key and not new:
                w.setEnabled(False)
            self.widgets[f.column] = w
            form.addRow(tr(f.label), w)
        self.errors = QLabel()
        self.errors.setObjectName("errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _widget(self, f: Field, value: Any, choices: list[tuple[str, str]] | None) -> QWidget:
        if f.kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if f.kind == "long":
            edit = QPlainTextEdit(display(value))
            edit.setFixedHeight(70)
            return edit
        if f.kind == "combo":
            combo = QComboBox()
            combo.setEditable(f.editable_combo)
            for code, label in choices or [(c, c) for c in f.choices]:
                combo.addItem(label, code)
            current = display(value)
            pos = combo.findData(current)
            if pos >= 0:
                combo.setCurrentIndex(pos)
            elif f.editable_combo:
                combo.setEditText(current)
            return combo
        edit = QLineEdit(display(value))
        edit.setPlaceholderText(f.hint)
        return edit

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for column, w in self.widgets.items():
            if isinstance(w, QCheckBox):
                out[column] = 1 if w.isChecked() else 0
            elif isinstance(w, QPlainTextEdit):
                out[column] = w.toPlainText()
            elif isinstance(w, QComboBox):
                text = w.currentText()
                pos = w.findText(text)
                out[column] = w.itemData(pos) if pos >= 0 and w.itemData(pos) is not None else text
            elif isinstance(w, QLineEdit):
                out[column] = w.text()
        return out

    def try_accept(self) -> None:
        for w in self.widgets.values():
            w.setStyleSheet("")
        problems = self.check(self.values())
        if not problems:
            self.accept()
            return
        lines = []
        for column, message in problems:
            label = next((tr(f.label) for f in self.spec.fields if f.column == column), column)
            lines.append(f"{label}: {message}")
            if column in self.widgets:
                self.widgets[column].setStyleSheet("border: 1px solid #b00020")
        self.errors.setText("\n".join(lines))


# Every label above, marked for pyside6-lupdate (tr() is called with variables, which lupdate cannot see).
# tests/reference checks that this list covers every TabSpec title, header and field label.
MARKED = (
    QT_TRANSLATE_NOOP("Reference", 'Provinces'),
    QT_TRANSLATE_NOOP("Reference", 'Code'),
    QT_TRANSLATE_NOOP("Reference", 'English'),
    QT_TRANSLATE_NOOP("Reference", 'Japanese'),
    QT_TRANSLATE_NOOP("Reference", 'Chinese'),
    QT_TRANSLATE_NOOP("Reference", 'Capital'),
    QT_TRANSLATE_NOOP("Reference", 'Population (m)'),
    QT_TRANSLATE_NOOP("Reference", 'Year'),
    QT_TRANSLATE_NOOP("Reference", 'GDP (CNY bn)'),
    QT_TRANSLATE_NOOP("Reference", 'GDP year'),
    QT_TRANSLATE_NOOP("Reference", 'Area (km²)'),
    QT_TRANSLATE_NOOP("Reference", 'Status'),
    QT_TRANSLATE_NOOP("Reference", 'GDP source'),
    QT_TRANSLATE_NOOP("Reference", 'Name (English)'),
    QT_TRANSLATE_NOOP("Reference", 'Name (Japanese)'),
    QT_TRANSLATE_NOOP("Reference", 'Name (Chinese)'),
    QT_TRANSLATE_NOOP("Reference", 'Capital city code'),
    QT_TRANSLATE_NOOP("Reference", 'Population (million)'),
    QT_TRANSLATE_NOOP("Reference", 'Population year'),
    QT_TRANSLATE_NOOP("Reference", 'Population source'),
    QT_TRANSLATE_NOOP("Reference", 'Area source'),
    QT_TRANSLATE_NOOP("Reference", 'Cities'),
    QT_TRANSLATE_NOOP("Reference", 'Province'),
    QT_TRANSLATE_NOOP("Reference", 'Type'),
    QT_TRANSLATE_NOOP("Reference", 'Population 2023 (10k)'),
    QT_TRANSLATE_NOOP("Reference", 'Japanese name'),
    QT_TRANSLATE_NOOP("Reference", 'Source'),
    QT_TRANSLATE_NOOP("Reference", 'Code (GB/T 2260, 4 digits)'),
    QT_TRANSLATE_NOOP("Reference", 'Division type'),
    QT_TRANSLATE_NOOP("Reference", 'Provincial capital'),
    QT_TRANSLATE_NOOP("Reference", 'Sub-provincial'),
    QT_TRANSLATE_NOOP("Reference", 'Population 2023 (10,000)'),
    QT_TRANSLATE_NOOP("Reference", 'Japanese name status'),
    QT_TRANSLATE_NOOP("Reference", 'Note'),
    QT_TRANSLATE_NOOP("Reference", 'Industries'),
    QT_TRANSLATE_NOOP("Reference", 'Group'),
    QT_TRANSLATE_NOOP("Reference", 'Label (English)'),
    QT_TRANSLATE_NOOP("Reference", 'Label (Japanese)'),
    QT_TRANSLATE_NOOP("Reference", 'Label (Chinese)'),
    QT_TRANSLATE_NOOP("Reference", 'Development zones'),
    QT_TRANSLATE_NOOP("Reference", 'ID'),
    QT_TRANSLATE_NOOP("Reference", 'Kind'),
    QT_TRANSLATE_NOOP("Reference", 'City'),
    QT_TRANSLATE_NOOP("Reference", 'Facts'),
    QT_TRANSLATE_NOOP("Reference", 'ID (slug)'),
    QT_TRANSLATE_NOOP("Reference", 'Reference figures'),
    QT_TRANSLATE_NOOP("Reference", 'Geography'),
    QT_TRANSLATE_NOOP("Reference", 'Partner'),
    QT_TRANSLATE_NOOP("Reference", 'Indicator'),
    QT_TRANSLATE_NOOP("Reference", 'Value'),
    QT_TRANSLATE_NOOP("Reference", 'Unit'),
    QT_TRANSLATE_NOOP("Reference", 'Period'),
    QT_TRANSLATE_NOOP("Reference", 'Kind of count'),
    QT_TRANSLATE_NOOP("Reference", 'Source URL'),
    QT_TRANSLATE_NOOP("Reference", 'Label'),
    QT_TRANSLATE_NOOP("Reference", 'Indicator (snake_case)'),
    QT_TRANSLATE_NOOP("Reference", 'Indicator label (English)'),
    QT_TRANSLATE_NOOP("Reference", 'This is a new unit'),
    QT_TRANSLATE_NOOP("Reference", 'Source name'),
    QT_TRANSLATE_NOOP("Reference", 'Add to {0}'),
    QT_TRANSLATE_NOOP("Reference", 'Edit {0} {1}'),
    QT_TRANSLATE_NOOP("Reference", 'retired'),
)

"""Merge dialog: another analyst's package or database into this one, conflicts resolved field by field.

    MergeDialog(store, parent=None, path=None)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.merging import MergePlan, apply_merge, plan_merge
from desktop.gui.i18n import current_language
from desktop.gui.workers import run_in_background
from desktop.questionnaire import load_questionnaire
from desktop.store import open_store
from desktop.store.connection import Store


def _item(text: Any) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class MergeDialog(QDialog):
    """Compare, show what would change, let the user resolve conflicts, then merge in one transaction."""

    def __init__(self, store: Store, parent: QWidget | None = None, path: str | Path | None = None):
        super().__init__(parent)
        self.store = store
        self.plan: MergePlan | None = None
        self.done_counts: dict[str, int] | None = None
        self.setWindowTitle(self.tr("Merge surveys from another analyst"))
        self.path = QLineEdit(str(path) if path else "")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        compare = QPushButton(self.tr("Compare"))
        compare.clicked.connect(self.compare)
        self.summary = QLabel(self.tr("Choose a survey package or a database file, then Compare."))
        self.summary.setWordWrap(True)
        self.companies = QTableWidget(0, 3)
        self.companies.setHorizontalHeaderLabels([self.tr("Their company"), self.tr("Looks like, here"),
                                                  self.tr("Same company")])
        self.conflicts = QTableWidget(0, 5)
        self.conflicts.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"), self.tr("Mine"),
                                                  self.tr("Theirs"), self.tr("Choice")])
        all_mine = QPushButton(self.tr("Keep all mine"))
        all_mine.clicked.connect(lambda: self.choose_all("mine"))
        all_theirs = QPushButton(self.tr("Take all theirs"))
        all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.path)
        top.addWidget(browse)
        top.addWidget(compare)
        choice_row = QHBoxLayout()
        choice_row.addWidget(all_mine)
        choice_row.addWidget(all_theirs)
        choice_row.addStretch()
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(self.tr("Companies that may already be here:")))
        lay.addWidget(self.companies)
        lay.addWidget(QLabel(self.tr("Surveys and companies changed on both sides:")))
        lay.addWidget(self.conflicts)
        lay.addLayout(choice_row)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.choice_boxes: list[tuple[str, str, QComboBox]] = []
        self.link_boxes: list[tuple[str, str, QCheckBox]] = []
        self.op: Any = None
        self.resize(900, 640)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Merge from"), "",
                                              self.tr("Survey packages and databases (*.dongbei *.sqlite *.db);;"
                                                      "All files (*)"))
        if name:
            self.path.setText(name)

    def compare(self) -> None:
        path = Path(self.path.text().strip())
        db, who = self.store.path, self.store.who
        self.merge_button.setEnabled(False)
        self.summary.setText(self.tr("Comparing…"))

        def work(_ctx: Any) -> MergePlan:
            with open_store(db, who=who) as store:
                return plan_merge(store, path)
        self.op = run_in_background(work, self.show_plan, self.failed, parent=self)

    def show_plan(self, plan: MergePlan) -> None:
        self.plan = plan
        text = self.tr("%1 new surveys, %2 new companies, %3 updates, %4 conflicts, %5 unchanged.")
        for i, n in enumerate((len(plan.add["surveys"]), len(plan.add["companies"]), len(plan.take),
                               len(plan.conflicts), plan.same + plan.kept), start=1):
            text = text.replace(f"%{i}", str(n))
        if plan.nothing_to_do:
            text += " " + self.tr("Nothing to merge: this database already has all of it.")
        self.summary.setText(text)
        self.companies.setRowCount(len(plan.matches))
        self.link_boxes = []
        for r, m in enumerate(plan.matches):
            best = m.candidates[0]
            self.companies.setItem(r, 0, _item(" / ".join(str(m.theirs.get(k) or "") for k in
                                                          ("name_local", "name_ja", "name_en"))))
            self.companies.setItem(r, 1, _item(" / ".join(str(best.get(k) or "") for k in
                                                          ("name_local", "name_ja", "name_en"))))
            box = QCheckBox()
            box.setChecked(best.get("score", 0) >= 1.0)
            self.companies.setCellWidget(r, 2, box)
            self.link_boxes.append((m.theirs["id"], best["id"], box))
        rows = [(c, d) for c in plan.conflicts for d in c.fields]
        self.conflicts.setRowCount(len(rows))
        self.choice_boxes = []
        qn = load_questionnaire()
        lang = current_language()
        for r, (c, d) in enumerate(rows):
            try:
                label = qn.question(d.field).text(lang)
            except KeyError:
                label = d.field
            self.conflicts.setItem(r, 0, _item(c.title))
            self.conflicts.setItem(r, 1, _item(label))
            self.conflicts.setItem(r, 2, _item(d.mine))
            self.conflicts.setItem(r, 3, _item(d.theirs))
            combo = QComboBox()
            combo.addItem(self.tr("(choose)"), None)
            combo.addItem(self.tr("Keep mine"), "mine")
            combo.addItem(self.tr("Take theirs"), "theirs")
            combo.currentIndexChanged.connect(self.update_button)
            self.conflicts.setCellWidget(r, 4, combo)
            self.choice_boxes.append((c.record_id, d.field, combo))
        for table in (self.conflicts, self.companies):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
        self.update_button()

    def choose_all(self, side: str) -> None:
        for _rid, _f, combo in self.choice_boxes:
            combo.setCurrentIndex(combo.findData(side))

    def update_button(self) -> None:
        unresolved = sum(combo.currentData() is None for _r, _f, combo in self.choice_boxes)
        self.message.setText(self.tr("%1 fields still to choose.").replace("%1", str(unresolved))
                             if unresolved else "")
        self.merge_button.setEnabled(self.plan is not None and not self.plan.nothing_to_do and not unresolved)

    def merge(self) -> None:
        plan = self.plan
        if plan is None:
            return
        choices = {(rid, f): combo.currentData() for rid, f, combo in self.choice_boxes}
        links = {theirs: mine for theirs, mine, box in self.link_boxes if box.isChecked()}
        db, who = self.store.path, self.store.who
        self.merge_button.setEnabled(False)
        self.message.setText(self.tr("Merging…"))

        def work(_ctx: Any) -> dict[str, int]:
            with open_store(db, who=who) as store:
                return apply_merge(store, plan, choices=choices, links=links)
        self.op = run_in_background(work, self.merged, self.failed, parent=self)

    def merged(self, counts: dict[str, int]) -> None:
        self.done_counts = counts
        self.plan = None
        self.message.setText(self.tr("Merged: %1 surveys added, %2 updated, %3 conflicts resolved.").replace(
            "%1", str(counts["added_surveys"])).replace("%2", str(counts["updated"])).replace(
            "%3", str(counts["resolved"])))

    def failed(self, exc: BaseException) -> None:
        self.message.setText(self.tr("Nothing was merged: %1").replace("%1", str(exc)))
        self.update_button()

"""The change history of one survey and its company: when, who, which field, old -> new, with
codebook labels in the UI language (from the append-only audit log)."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.questionnaire import load_questionnaire
from desktop.store import audit, surveys
from desktop.store.connection import Store
from desktop.store.errors import StoreError

translate = QCoreApplication.translate


def local_time(stamp: str) -> str:
    """An audit timestamp (UTC, ISO) shown in local time to the minute."""
    try:
        at = _dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def field_label(field: str, lang: str) -> str:
    qn = load_questionnaire()
    try:
        return qn.question(field).text(lang)
    except KeyError:
        pass
    special = {"*": translate("HistoryDialog", "(all answers)"), "status": translate("HistoryDialog", "Status"),
               "company_id": translate("HistoryDialog", "Company"), "": ""}
    return special.get(field, field)


def value_text(field: str, raw: str | None, lang: str) -> str:
    """An audit value (text or JSON) as the analyst reads it: codes become labels."""
    if raw is None or raw == "":
        return "—"
    qn = load_questionnaire()
    if field == "status":
        names = {"draft": translate("HistoryDialog", "draft"), "final": translate("HistoryDialog", "final")}
        return names.get(raw, raw)
    try:
        q = qn.question(field)
    except KeyError:
        return raw
    cb = qn.codebook_for(q)
    if q.is_multi and cb is not None:
        try:
            codes = json.loads(raw)
        except json.JSONDecodeError:
            return raw
        if not codes:
            return "—"
        return "; ".join(cb.label(str(c), lang) for c in codes)
    if cb is not None:
        return cb.label(raw, lang)
    return raw


def snapshot_text(raw: str | None, lang: str) -> str:
    """The answers recorded when a record was created, one 'label: value' per line."""
    try:
        data: dict[str, Any] = json.loads(raw or "{}")
    except json.JSONDecodeError:
        return raw or ""
    lines = []
    for k, v in data.items():
        if v in (None, "", []):
            continue
        text = json.dumps(v, ensure_ascii=False) if isinstance(v, list) else str(v)
        lines.append(f"{field_label(k, lang)}: {value_text(k, text, lang)}")
    return "\n".join(lines)


class HistoryDialog(QDialog):
    """History of survey `survey_id` (and of its company), oldest first."""

    def __init__(self, store: Store, survey_id: str, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Survey history"))
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Record"),
                                              self.tr("Action"), self.tr("Field"), self.tr("Old"), self.tr("New")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.note = QLabel(self)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load(store, survey_id, lang)

    def load(self, store: Store, survey_id: str, lang: str) -> None:
        rows = [dict(r, kind="survey") for r in audit.history(store, survey_id)]
        try:
            company_id = surveys.get_survey(store, survey_id, with_company=False)["company_id"]
            rows += [dict(r, kind="company") for r in audit.history(store, company_id)]
        except StoreError:
            pass
        rows.sort(key=lambda r: (r["at"], r["id"]))
        actions = {"create": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("moved to trash"),
                   "restore": self.tr("restored"), "purge": self.tr("purged")}
        kinds = {"survey": self.tr("Survey"), "company": self.tr("Company")}
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            field = r.get("field") or ""
            if field == "*":
                old, new = "—", snapshot_text(r.get("new"), lang)
                new_short = self.tr("{n} answers").format(n=new.count("\n") + 1 if new else 0)
            else:
                old, new = value_text(field, r.get("old"), lang), value_text(field, r.get("new"), lang)
                new_short = new
            cells = [local_time(r["at"]), r.get("who") or "", kinds[r["kind"]],
                     actions.get(r["action"], r["action"]), field_label(field, lang), old, new_short]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 6 and new != new_short:
                    item.setToolTip(new)
                self.table.setItem(n, c, item)
        self.note.setText(self.tr("{n} changes recorded; times are local.").format(n=len(rows)))
